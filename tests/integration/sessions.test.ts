import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The real session path (next-auth's session read, the jwt callback, the action wrapper) with the
// request stood in for: session cookies go in `request.cookies`.
vi.mock("next/headers", () => import("./fake-headers"));
process.env.NEXTAUTH_SECRET = "integration-secret-0123456789abcdef0123456789abcdef";
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

const { request, setCookies } = await import("./fake-headers");
const { decode, encode } = await import("next-auth/jwt");
const { getServerSession } = await import("next-auth");
const { authOptions, SESSION_MAX_AGE_S } = await import("@/lib/server/auth-options");
const { authorized } = await import("@/lib/server/action");
const { getCurrentUser } = await import("@/lib/server/session");
const { reissueToken } = await import("@/lib/server/session-cookie");
const { getDb } = await import("@/lib/server/db");
const { createUser, revokeAllSessions, changePassword, verifyCredentials } = await import("@/lib/server/users");
const { changePasswordAction, signOutEverywhereAction } = await import("@/app/settings/account-actions");
const { uniqueEmail } = await import("./helpers");

const COOKIE = "next-auth.session-token";
const secret = process.env.NEXTAUTH_SECRET;
const password = "the first password";

/** Signs in as next-auth does for the Credentials provider: authorize, then the jwt callback, then the signed cookie. */
async function signIn(email: string, pass = password): Promise<string> {
  const user = await verifyCredentials({ email, password: pass }, "192.0.2.10", new Date());
  const jwt = authOptions.callbacks!.jwt!;
  const token = await jwt({ token: { name: user.name, email: user.email, sub: user.id }, user, account: null, trigger: "signIn" } as never);
  return encode({ token, secret, maxAge: SESSION_MAX_AGE_S });
}

const whoAmI = authorized("study:read", z.object({}), async (_input, user) => user.id);

async function callAs(cookie: string) {
  request.cookies = { [COOKIE]: cookie };
  return whoAmI({});
}

/**
 * GET /api/auth/session as next-auth answers it: the same session action and callbacks, through
 * getServerSession's request/response form (its route handler reads next/headers through require).
 */
async function sessionEndpoint(cookie: string): Promise<{ body: Record<string, unknown>; setCookie: string | null }> {
  let setCookie: string[] = [];
  const res = { getHeader: () => setCookie, setHeader: (_name: string, value: string[]) => void (setCookie = value) };
  const req = { headers: {}, cookies: { [COOKIE]: cookie } };
  const body = await getServerSession(req as never, res as never, authOptions);
  return { body: (body ?? {}) as Record<string, unknown>, setCookie: setCookie.find((c) => c.startsWith(`${COOKIE}=`)) ?? null };
}

async function newUser(label: string) {
  const email = uniqueEmail(label);
  const user = await createUser({ name: label, email, password, role: "learner" });
  return { ...user, email };
}

beforeEach(() => {
  request.cookies = {};
});

describe("sessions", () => {
  it("end after a week without renewal, and each read of the session renews them", async () => {
    const user = await newUser("lifetime");
    const cookie = await signIn(user.email);
    const token = await decode({ token: cookie, secret });
    expect(Number(token?.exp) - Number(token?.iat)).toBe(7 * 24 * 60 * 60);
    const { setCookie } = await sessionEndpoint(cookie);
    expect(setCookie).toMatch(new RegExp(`${COOKIE}=[^;]+;.*Expires=`, "i"));
  });

  it("refuse a cookie replayed after 'sign out everywhere', in every action behind the wrapper and in /api/auth/session", async () => {
    const user = await newUser("replay");
    const laptop = await signIn(user.email);
    const phone = await signIn(user.email);
    expect(await callAs(laptop)).toEqual({ ok: true, data: user.id });

    request.cookies = { [COOKIE]: phone };
    expect(await signOutEverywhereAction({})).toEqual({ ok: true, data: { signedOut: true } });

    for (const cookie of [laptop, phone]) {
      expect(await callAs(cookie)).toMatchObject({ ok: false, code: "unauthenticated" });
      const { body, setCookie } = await sessionEndpoint(cookie);
      expect(body).toEqual({});
      expect(setCookie).toMatch(new RegExp(`${COOKIE}=;`)); // next-auth clears the dead cookie
    }
    // signing in again works
    expect(await callAs(await signIn(user.email))).toEqual({ ok: true, data: user.id });
  });

  it("refuse every other session after a password change, and keep the one that changed it", async () => {
    const user = await newUser("change");
    const thief = await signIn(user.email);
    const mine = await signIn(user.email);
    request.cookies = { [COOKIE]: mine };
    expect(await changePasswordAction({ currentPassword: password, newPassword: "a brand new password" })).toEqual({ ok: true, data: { changed: true } });
    const renewed = setCookies[COOKIE]!.value;

    expect(await callAs(thief)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await callAs(mine)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await callAs(renewed)).toEqual({ ok: true, data: user.id });
    await expect(signIn(user.email)).rejects.toThrow("do not match");
    expect(await callAs(await signIn(user.email, "a brand new password"))).toEqual({ ok: true, data: user.id });
  });

  it("need the current password to change it", async () => {
    const user = await newUser("wrong-current");
    request.cookies = { [COOKIE]: await signIn(user.email) };
    expect(await changePasswordAction({ currentPassword: "not my password", newPassword: "a brand new password" })).toMatchObject({
      ok: false,
      error: "Your current password is not right. Check it and try again.",
    });
    await expect(changePassword(user.id, { currentPassword: "still not it", newPassword: "another new password" }, new Date())).rejects.toThrow(
      "not right",
    );
    expect(await callAs(await signIn(user.email))).toEqual({ ok: true, data: user.id });
  });

  it("show a role change at once, in /api/auth/session and to the wrapper, without signing in again", async () => {
    const user = await newUser("promoted");
    const cookie = await signIn(user.email);
    expect((await sessionEndpoint(cookie)).body.user).toMatchObject({ id: user.id, role: "learner" });
    await getDb().user.update({ where: { id: user.id }, data: { role: "instructor" } });
    expect((await sessionEndpoint(cookie)).body.user).toMatchObject({ id: user.id, role: "instructor" });
    request.cookies = { [COOKIE]: cookie };
    expect(await getCurrentUser()).toMatchObject({ role: "instructor" });
  });

  it("refuse a token of a deleted account and a token without a session version (made before this release)", async () => {
    const user = await newUser("deleted");
    const cookie = await signIn(user.email);
    const legacy = await encode({ token: { sub: user.id, uid: user.id, role: "learner", email: user.email }, secret });
    expect(await callAs(legacy)).toMatchObject({ ok: false, code: "unauthenticated" });
    await getDb().user.delete({ where: { id: user.id } });
    expect(await callAs(cookie)).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("re-issue a token under a new version only from a genuine one", async () => {
    const user = await newUser("reissue");
    const cookie = await signIn(user.email);
    const version = await revokeAllSessions(user.id);
    expect(await callAs(cookie)).toMatchObject({ ok: false });
    expect(await callAs((await reissueToken(cookie, version))!)).toEqual({ ok: true, data: user.id });
    expect(await reissueToken("not a token", version)).toBeNull();
  });
});

describe("the server log", () => {
  it("stays quiet about a revoked cookie, which anyone can replay, but keeps other session errors", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const user = await newUser("quiet");
      const cookie = await signIn(user.email);
      await revokeAllSessions(user.id);
      expect(await callAs(cookie)).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(errors).not.toHaveBeenCalled();
      expect(await callAs("garbage")).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(errors).toHaveBeenCalledWith("[next-auth][error][JWT_SESSION_ERROR]", expect.anything());
    } finally {
      errors.mockRestore();
    }
  });
});
