import { beforeEach, describe, expect, it, vi } from "vitest";

// Sign-up through its server action, with the request's peer address stood in for.
vi.mock("next/headers", () => import("./fake-headers"));
vi.mock("@/lib/server/session", () => import("./fake-session"));

const { PEER_ADDRESS_HEADER } = await import("@/lib/auth/client-address");
const { request } = await import("./fake-headers");
const { session } = await import("./fake-session");
const { signUpAction } = await import("@/app/sign-up/actions");
const { createInstructorInviteAction } = await import("@/app/instructor/invite/actions");
const { createClassAction } = await import("@/app/classes/actions");
const { getDb } = await import("@/lib/server/db");
const { createUser, promoteToInstructor, signUp, verifyCredentials } = await import("@/lib/server/users");
const { createInstructorInvite } = await import("@/lib/server/instructor-invites");
const { ensureDemoAccounts } = await import("@/lib/server/demo-accounts");
const { createLearner, uniqueAddress, uniqueEmail } = await import("./helpers");

const password = "a long enough password";
const freshAddress = uniqueAddress;
const from = (address: string) => {
  request.headers = { [PEER_ADDRESS_HEADER]: address };
};
const tokenOf = (path: string) => new URL(path, "http://x").searchParams.get("invite")!;

beforeEach(() => {
  from(freshAddress());
  session.user = null;
});

describe("sign up", () => {
  it("answers a taken email exactly as a new one, creates nothing and leaves the owner's account as it was", async () => {
    const email = uniqueEmail("taken");
    const owner = await createUser({ name: "Owner", email, password: "the owner's password", role: "learner" });
    const before = await getDb().user.findUniqueOrThrow({ where: { email } });

    const fresh = await signUpAction({ name: "New", email: uniqueEmail("fresh"), password, timeZone: "UTC" });
    const taken = await signUpAction({ name: "Impostor", email: email.toUpperCase(), password, timeZone: "UTC" });
    expect(Object.keys(taken)).toEqual(Object.keys(fresh));
    expect(taken).toEqual({ ok: true, data: { email } });

    expect(await getDb().user.findUniqueOrThrow({ where: { email } })).toEqual(before);
    const address = uniqueAddress();
    await expect(verifyCredentials({ email, password }, address, new Date())).rejects.toThrow("do not match");
    await expect(verifyCredentials({ email, password: "the owner's password" }, address, new Date())).resolves.toMatchObject({ id: owner.id });
  });

  it("makes a learner, whatever role the form is tampered to send", async () => {
    const email = uniqueEmail("tamper");
    expect(await signUpAction({ name: "Sneaky", email, password, role: "instructor" })).toMatchObject({ ok: true });
    const row = await getDb().user.findUniqueOrThrow({ where: { email }, select: { role: true } });
    expect(row.role).toBe("learner");
    session.user = { ...(await verifyCredentials({ email, password }, null, new Date())), timeZone: "UTC" };
    expect(await createClassAction({ name: "Mine now" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("limits sign-ups per address, counting taken emails too, and leaves other addresses alone", async () => {
    const crowded = freshAddress();
    from(crowded);
    const taken = (await createLearner("crowd-owner")).email;
    for (let i = 0; i < 40; i++) {
      const email = i % 2 ? taken : uniqueEmail(`crowd${i}`);
      expect(await signUpAction({ name: `Crowd ${i}`, email, password })).toMatchObject({ ok: true });
    }
    const email = uniqueEmail("one-too-many");
    expect(await signUpAction({ name: "Late", email, password })).toMatchObject({ ok: false, code: "throttled" });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
    from(freshAddress());
    expect(await signUpAction({ name: "Elsewhere", email, password })).toMatchObject({ ok: true });
  });
});

describe("instructor invites", () => {
  it("let an instructor invite a colleague, once; the link then makes no more instructors", async () => {
    const teacher = await createUser({ name: "Teacher", email: uniqueEmail("teacher"), password, role: "instructor" });
    session.user = teacher;
    const created = await createInstructorInviteAction({});
    if (!created.ok) throw new Error(created.error);
    session.user = null;
    const invite = tokenOf(created.data.path);

    const colleague = uniqueEmail("colleague");
    expect(await signUpAction({ name: "Colleague", email: colleague, password, invite })).toMatchObject({ ok: true });
    expect(await getDb().user.findUniqueOrThrow({ where: { email: colleague }, select: { role: true } })).toEqual({ role: "instructor" });

    const second = uniqueEmail("second");
    expect(await signUpAction({ name: "Second", email: second, password, invite })).toMatchObject({ ok: false, error: expect.stringContaining("expired or was already used") });
    expect(await signUpAction({ name: "Forged", email: second, password, invite: "made-up-token" })).toMatchObject({ ok: false });
    expect(await getDb().user.count({ where: { email: second } })).toBe(0);
  });

  it("are for instructors only", async () => {
    session.user = await createLearner("no-invites");
    expect(await createInstructorInviteAction({})).toMatchObject({ ok: false, code: "not_found" });
  });

  it("expire after a week, and are not used up by a sign-up with a taken email", async () => {
    const teacher = await createUser({ name: "Teacher", email: uniqueEmail("teacher2"), password, role: "instructor" });
    const now = new Date();
    const { token } = await createInstructorInvite(teacher.id, now);
    const taken = (await createLearner("taken-with-invite")).email;
    await signUp({ name: "Impostor", email: taken, password, invite: token }, null, now);
    expect(await getDb().user.findUniqueOrThrow({ where: { email: taken }, select: { role: true } })).toEqual({ role: "learner" });

    const weekLater = new Date(now.getTime() + 7 * 24 * 60 * 60_000 + 1);
    await expect(signUp({ name: "Late", email: uniqueEmail("late"), password, invite: token }, null, weekLater)).rejects.toThrow("expired");
    await signUp({ name: "In time", email: uniqueEmail("in-time"), password, invite: token }, null, now);
  });

  it("refuse a malformed form with the form's own message and create nothing, and answer with the normalised email", async () => {
    const email = uniqueEmail("Shape");
    await expect(signUp({ name: "  ", email, password }, null, new Date())).rejects.toMatchObject({ name: "UserFacingError", message: "Enter your name." });
    expect(await getDb().user.count({ where: { email: email.toLowerCase() } })).toBe(0);
    expect(await signUp({ name: "Shape", email: `  ${email.toUpperCase()} `, password }, null, new Date())).toEqual({ email: email.toLowerCase() });
  });

  it("are not needed for the first instructor: `npm run user:promote` makes one, and the demo accounts keep their roles", async () => {
    const email = uniqueEmail("first");
    await signUp({ name: "First", email, password }, null, new Date());
    expect(await promoteToInstructor(email.toUpperCase())).toBe(true);
    expect(await getDb().user.findUniqueOrThrow({ where: { email }, select: { role: true } })).toEqual({ role: "instructor" });
    expect(await promoteToInstructor(uniqueEmail("nobody"))).toBe(false);

    const demo = { role: "instructor" as const, name: "Demo Instructor", email: uniqueEmail("demo"), password };
    await ensureDemoAccounts([demo], false);
    await ensureDemoAccounts([demo], true);
    expect(await getDb().user.findUniqueOrThrow({ where: { email: demo.email }, select: { role: true } })).toEqual({ role: "instructor" });
  });
});
