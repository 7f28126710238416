import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The session read keeps decoded tokens (lib/server/session-token-cache.ts): what it may keep is
// the decryption only. These pin that a kept token is still checked against the database on every
// request, and is dropped at its own expiry.
vi.mock("next/headers", () => import("./fake-headers"));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const original = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...original, decode: vi.fn(original.decode) };
});
process.env.NEXTAUTH_SECRET = "integration-secret-0123456789abcdef0123456789abcdef";
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

const { request } = await import("./fake-headers");
const { decode, encode } = await import("next-auth/jwt");
const { authOptions, SESSION_MAX_AGE_S } = await import("@/lib/server/auth-options");
const { authorized } = await import("@/lib/server/action");
const { getDb } = await import("@/lib/server/db");
const { createUser, revokeAllSessions, verifyCredentials } = await import("@/lib/server/users");
const { signOutEverywhereAction } = await import("@/app/settings/account-actions");
const { uniqueEmail } = await import("./helpers");

const COOKIE = "next-auth.session-token";
const secret = process.env.NEXTAUTH_SECRET;
const password = "the first password";
const decodes = vi.mocked(decode);

async function signIn(email: string, maxAge = SESSION_MAX_AGE_S): Promise<string> {
  const user = await verifyCredentials({ email, password }, "192.0.2.10", new Date());
  const jwt = authOptions.callbacks!.jwt!;
  const token = await jwt({ token: { name: user.name, email: user.email, sub: user.id }, user, account: null, trigger: "signIn" } as never);
  return encode({ token, secret, maxAge });
}

const whoAmI = authorized("study:read", z.object({}), async (_input, user) => ({ id: user.id, role: user.role }));

async function callAs(cookie: string) {
  request.cookies = { [COOKIE]: cookie };
  return whoAmI({});
}

async function newUser(label: string) {
  const email = uniqueEmail(label);
  return { ...(await createUser({ name: label, email, password, role: "learner" })), email };
}

beforeEach(() => {
  request.cookies = {};
  decodes.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the session read's decoded tokens", () => {
  it("decode a token once, yet a session revoked or a role changed meanwhile takes effect at the next request", async () => {
    const user = await newUser("cache-revoke");
    const cookie = await signIn(user.email);
    expect(await callAs(cookie)).toEqual({ ok: true, data: { id: user.id, role: "learner" } });
    expect(await callAs(cookie)).toEqual({ ok: true, data: { id: user.id, role: "learner" } });
    expect(decodes).toHaveBeenCalledTimes(1);

    await getDb().user.update({ where: { id: user.id }, data: { role: "instructor" } });
    expect(await callAs(cookie)).toEqual({ ok: true, data: { id: user.id, role: "instructor" } });

    await revokeAllSessions(user.id);
    expect(await callAs(cookie)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(decodes).toHaveBeenCalledTimes(1); // refused by the database check, not by decoding again
  });

  it("let 'sign out everywhere' end a session whose token was kept", async () => {
    const user = await newUser("cache-everywhere");
    const laptop = await signIn(user.email);
    const phone = await signIn(user.email);
    expect(await callAs(laptop)).toMatchObject({ ok: true });
    request.cookies = { [COOKIE]: phone };
    expect(await signOutEverywhereAction({})).toEqual({ ok: true, data: { signedOut: true } });
    expect(await callAs(laptop)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await callAs(phone)).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("drop a kept token at its expiry", async () => {
    const user = await newUser("cache-expiry");
    const cookie = await signIn(user.email, 60);
    expect(await callAs(cookie)).toMatchObject({ ok: true });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 2 * 60_000);
    expect(await callAs(cookie)).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("keep nothing of a token that does not decode, nor of one made with another secret", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {}); // each refusal is logged
    expect(await callAs("not a token")).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await callAs("not a token")).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(decodes).toHaveBeenCalledTimes(2);

    const user = await newUser("cache-secret");
    const cookie = await signIn(user.email);
    expect(await callAs(cookie)).toMatchObject({ ok: true });
    process.env.NEXTAUTH_SECRET = "a rotated secret 0123456789abcdef0123456789abcdef";
    try {
      expect(await callAs(cookie)).toMatchObject({ ok: false, code: "unauthenticated" });
    } finally {
      process.env.NEXTAUTH_SECRET = secret;
    }
  });
});
