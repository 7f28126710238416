import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";

// Issue 11: lone surrogates (both databases) and NUL (PostgreSQL) reached the database and came
// back as 500s; the invite page crashed once the wrong-code limit was hit. Each gets a clear 4xx.
vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { getDb } = await import("@/lib/server/db");
const { createUser } = await import("@/lib/server/users");
const { UNSAFE_TEXT_MESSAGE } = await import("@/lib/validation/safe-text");
const { JOIN_ATTEMPT_RULE } = await import("@/lib/classes/join-code");
const { createLearner, uniqueEmail } = await import("./helpers");
const { json, sendJson } = await import("./route-requests");
const classesRoute = await import("@/app/api/classes/route");
const settingsRoute = await import("@/app/api/settings/route");
const joinRoute = await import("@/app/api/classes/join/route");
const classActions = await import("@/app/classes/actions");
const { signUpAction } = await import("@/app/sign-up/actions");
const JoinPage = (await import("@/app/join/[code]/page")).default;

const ODD = ["lone high \uD800 surrogate", "lone low \uDFFF", "nul \u0000 byte"];
const INVALID = { status: 400, body: { error: UNSAFE_TEXT_MESSAGE, code: "invalid" } };

async function createInstructor() {
  return createUser({ name: "Teacher", email: uniqueEmail("odd"), password: "correct horse battery", role: "instructor" });
}

beforeEach(() => {
  session.user = null;
});

describe("text the database cannot store", () => {
  it.each(ODD)("is a 400 with a plain message on the JSON routes, and nothing is stored (%j)", async (text) => {
    const instructor = await createInstructor();
    session.user = instructor;
    expect(await json(await classesRoute.POST(sendJson("/api/classes", { name: text })))).toEqual(INVALID);
    expect(await getDb().class.count({ where: { instructorId: instructor.id } })).toBe(0);
    session.user = await createLearner("odd");
    expect(await json(await settingsRoute.PUT(sendJson("/api/settings", { desiredRetention: 0.9, newCardsPerDay: 5, timeZone: text }, "PUT")))).toEqual(INVALID);
    expect(await json(await joinRoute.POST(sendJson("/api/classes/join", { code: text })))).toEqual(INVALID);
    // in a key, deep inside the body
    expect(await json(await joinRoute.POST(sendJson("/api/classes/join", { code: "ABC123", extra: [{ [text]: 1 }] })))).toEqual(INVALID);
  });

  it.each(ODD)("is refused by server actions and sign-up (%j)", async (text) => {
    session.user = await createInstructor();
    expect(await classActions.createClassAction({ name: text })).toEqual({ ok: false, error: UNSAFE_TEXT_MESSAGE, code: "invalid" });
    session.user = null;
    const email = uniqueEmail("odd-signup");
    expect(await signUpAction({ name: text, email, password: "correct horse battery" })).toEqual({ ok: false, error: UNSAFE_TEXT_MESSAGE, code: "invalid" });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
  });
});

describe("the invite page after too many wrong codes", () => {
  it("says to wait instead of failing", async () => {
    const learner = await createLearner("guesser");
    session.user = learner;
    for (let i = 0; i <= JOIN_ATTEMPT_RULE.maxFailures; i++) {
      // well-formed codes that no class is likely to have
      await joinRoute.POST(sendJson("/api/classes/join", { code: `XXX${"ACDEFGHJKMNP"[i]}XX` }));
    }
    const html = renderToStaticMarkup(await JoinPage({ params: Promise.resolve({ code: "QQQ999" }) }));
    expect(html).toContain("Too many wrong codes");
    expect(html).toContain('role="alert"');
  });
});
