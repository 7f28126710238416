import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Routes and actions read the session through requireUser; each test sets who is signed in.
vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { assignDeck, getAssignedDecksForLearner, getDeckItemIdsForLearner } = await import("@/lib/server/assignments");
const { getClassDashboard } = await import("@/lib/server/class-dashboard");
const { createClass, getInstructorClass, joinClass, removeLearner, archiveClass } = await import("@/lib/server/classes");
const { getDb } = await import("@/lib/server/db");
const { createDeck, getInstructorDeck, publishDeck, updateDeckItem, removeDeckItem, setDeckItemSuspended } = await import("@/lib/server/decks");
const { createUser } = await import("@/lib/server/users");
const { createLearner, uniqueEmail } = await import("./helpers");
const classActions = await import("@/app/classes/actions");
const deckActions = await import("@/app/decks/actions");
const classRoute = await import("@/app/api/classes/[classId]/route");
const classesRoute = await import("@/app/api/classes/route");
const dashboardRoute = await import("@/app/api/classes/[classId]/dashboard/route");
const exportRoute = await import("@/app/api/classes/[classId]/export/route");
const assignedRoute = await import("@/app/api/classes/assigned/route");
const joinRoute = await import("@/app/api/classes/join/route");
const deckRoute = await import("@/app/api/decks/[deckId]/route");
const deckItemsRoute = await import("@/app/api/decks/[deckId]/items/route");

const now = new Date("2026-11-22T10:00:00Z");
const NOT_FOUND_CLASS = { error: "That class was not found.", code: "not_found" };
const NOT_FOUND_DECK = { error: "That deck was not found.", code: "not_found" };
const ALL = { kinds: ["percent", "person"] as ("percent" | "person")[], types: ["choice", "typed"] as ("choice" | "typed")[] };

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const get = (path: string) => new Request(`http://localhost${path}`);
const post = (path: string, body: unknown) =>
  new Request(`http://localhost${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", origin: "http://localhost" } });
async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as unknown };
}

async function createInstructor(label: string) {
  return createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });
}

/** An instructor's class with one learner and a published deck assigned to it. */
async function createClassWithDeck(label: string) {
  const db = getDb();
  const instructor = await createInstructor(label);
  const learner = await createLearner(`${label}-learner`);
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `perm-${tag}`, title: `Perm ${tag}`, body: "x", contentHash: tag, ownerId: instructor.id } });
  const item = await db.item.create({
    data: { key: `perm-${tag}`, articleId: article.id, type: "choice", kind: "percent", prompt: "Q?", answer: "24%", choices: '["12%","24%"]', sourceSentence: "x" },
  });
  const klass = await createClass(instructor.id, { name: `Class ${label}` });
  await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
  const deck = await createDeck(instructor.id, { title: `Deck ${label}`, articleIds: [article.id], ...ALL });
  await publishDeck(instructor.id, deck.id, now);
  await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: null });
  const card = await db.card.create({ data: { userId: learner.id, itemId: item.id, due: now, reps: 1, state: 2 } });
  await db.reviewLog.create({
    data: { userId: learner.id, clientId: tag, cardId: card.id, itemId: item.id, rating: 3, correct: true, response: "24%", stateBefore: "{}", stateAfter: "{}", reviewedAt: now, deckId: deck.id },
  });
  return { instructor, learner, classId: klass.id, joinCode: klass.joinCode, deckId: deck.id, itemId: item.id, articleId: article.id };
}

let X: Awaited<ReturnType<typeof createClassWithDeck>>;
let Y: Awaited<ReturnType<typeof createClassWithDeck>>;

beforeAll(async () => {
  X = await createClassWithDeck("x");
  Y = await createClassWithDeck("y");
});
beforeEach(() => {
  session.user = null;
});

describe("a learner reading another learner's progress", () => {
  it("is 'not found' through the dashboard and its CSV, and the learner's own list holds only their own figures", async () => {
    session.user = X.learner;
    expect(await json(await dashboardRoute.GET(get(`/api/classes/${X.classId}/dashboard`), params({ classId: X.classId })))).toEqual({
      status: 404,
      body: { error: "That was not found.", code: "not_found" },
    });
    const csv = await exportRoute.GET(get(`/api/classes/${X.classId}/export?table=learners`), params({ classId: X.classId }));
    expect(csv.status).toBe(404);
    expect(csv.headers.get("content-type")).toContain("application/json");

    // Learner B (of class Y) has answered; learner A's assigned list must not show Y's deck or B's figures.
    const assigned = await json(await assignedRoute.GET());
    expect(assigned.status).toBe(200);
    expect(assigned.body).toEqual([expect.objectContaining({ deckId: X.deckId, itemsSeen: 1, itemsTotal: 1 })]);
    const other = await createLearner("newcomer");
    await joinClass({ userId: other.id, address: null }, X.joinCode, now);
    expect(await getAssignedDecksForLearner(other.id, now)).toEqual([expect.objectContaining({ deckId: X.deckId, itemsSeen: 0 })]);
  });
});

describe("a learner of class X opening a deck of class Y", () => {
  it("is 'not found', exactly as for a deck that does not exist", async () => {
    await expect(getDeckItemIdsForLearner(X.learner.id, Y.deckId)).rejects.toThrow("That deck was not found.");
    session.user = X.learner;
    const foreign = await json(await deckItemsRoute.GET(get(`/api/decks/${Y.deckId}/items`), params({ deckId: Y.deckId })));
    const missing = await json(await deckItemsRoute.GET(get("/api/decks/nope/items"), params({ deckId: "nope" })));
    expect(foreign).toEqual({ status: 404, body: NOT_FOUND_DECK });
    expect(missing).toEqual(foreign);
    expect(await json(await deckItemsRoute.GET(get(`/api/decks/${X.deckId}/items`), params({ deckId: X.deckId })))).toEqual({
      status: 200,
      body: { itemIds: [X.itemId] },
    });
    // the instructor's view of a deck is closed to learners, even for their own class's deck
    expect((await deckRoute.GET(get(`/api/decks/${X.deckId}`), params({ deckId: X.deckId }))).status).toBe(404);
  });

  it("is 'not found' once the learner is removed or the class archived", async () => {
    const c = await createClassWithDeck("z");
    await removeLearner(c.instructor.id, c.classId, c.learner.id, now);
    await expect(getDeckItemIdsForLearner(c.learner.id, c.deckId)).rejects.toThrow("was not found");
    expect(await getAssignedDecksForLearner(c.learner.id, now)).toEqual([]);
    const d = await createClassWithDeck("w");
    await archiveClass(d.instructor.id, d.classId, now);
    await expect(getDeckItemIdsForLearner(d.learner.id, d.deckId)).rejects.toThrow("was not found");
    expect(await getAssignedDecksForLearner(d.learner.id, now)).toEqual([]);
  });
});

describe("instructor X opening class Y", () => {
  it("is 'not found' in every service, exactly as for a class that does not exist", async () => {
    const id = X.instructor.id;
    await expect(getInstructorClass(id, Y.classId)).rejects.toThrow("That class was not found.");
    await expect(getClassDashboard(id, Y.classId, now)).rejects.toThrow("That class was not found.");
    await expect(removeLearner(id, Y.classId, Y.learner.id, now)).rejects.toThrow("That class was not found.");
    await expect(archiveClass(id, Y.classId, now)).rejects.toThrow("That class was not found.");
    await expect(assignDeck(id, { classId: Y.classId, deckId: X.deckId })).rejects.toThrow("That class was not found.");
    await expect(assignDeck(id, { classId: X.classId, deckId: Y.deckId })).rejects.toThrow("That deck was not found.");
    await expect(getInstructorDeck(id, Y.deckId)).rejects.toThrow("That deck was not found.");
    await expect(updateDeckItem(id, { deckId: Y.deckId, itemId: Y.itemId, prompt: "Hacked?", answer: "24%", choices: ["12%", "24%"] })).rejects.toThrow(
      "was not found",
    );
    await expect(setDeckItemSuspended(id, { deckId: Y.deckId, itemId: Y.itemId, suspended: true })).rejects.toThrow("was not found");
    await expect(removeDeckItem(id, { deckId: Y.deckId, itemId: Y.itemId })).rejects.toThrow("was not found");
    // nothing of Y changed
    expect(await getDb().deckItem.findFirst({ where: { deckId: Y.deckId, OR: [{ overrides: { not: null } }, { suspended: true }] } })).toBeNull();
    expect(await getDb().deckItem.count({ where: { deckId: Y.deckId } })).toBe(1);
    expect(await getDb().membership.count({ where: { classId: Y.classId, removedAt: null } })).toBe(1);
  });

  it("is 'not found' through the routes and actions, with the same body as a missing class", async () => {
    session.user = X.instructor;
    for (const route of [classRoute, dashboardRoute]) {
      const foreign = await json(await route.GET(get(`/api/classes/${Y.classId}`), params({ classId: Y.classId })));
      const missing = await json(await route.GET(get("/api/classes/missing"), params({ classId: "missing" })));
      expect(foreign).toEqual({ status: 404, body: NOT_FOUND_CLASS });
      expect(missing).toEqual(foreign);
    }
    expect((await exportRoute.GET(get(`/api/classes/${Y.classId}/export?table=items`), params({ classId: Y.classId }))).status).toBe(404);
    expect(await classActions.removeLearnerAction({ classId: Y.classId, userId: Y.learner.id })).toEqual({ ok: false, ...NOT_FOUND_CLASS });
    expect(await classActions.archiveClassAction({ classId: Y.classId })).toEqual({ ok: false, ...NOT_FOUND_CLASS });
    expect(await classActions.restoreLearnerAction({ classId: Y.classId, userId: Y.learner.id })).toEqual({ ok: false, ...NOT_FOUND_CLASS });
    expect(await deckActions.publishDeckAction({ deckId: Y.deckId })).toEqual({ ok: false, ...NOT_FOUND_DECK });
    const listed = await json(await classesRoute.GET());
    expect((listed.body as { id: string }[]).map((c) => c.id)).toEqual([X.classId]);
  });

  it("still works for the instructor's own class, and the CSV export is a proper download", async () => {
    session.user = X.instructor;
    const ok = await json(await dashboardRoute.GET(get(`/api/classes/${X.classId}/dashboard`), params({ classId: X.classId })));
    expect(ok.status).toBe(200);
    const learners = (ok.body as { learners: { userId: string }[] }).learners;
    expect(learners.find((l) => l.userId === X.learner.id)).toMatchObject({ itemsSeen: 1, itemsTotal: 1, retention: 1 });
    const csv = await exportRoute.GET(get(`/api/classes/${X.classId}/export?table=learners`), params({ classId: X.classId }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="class-x-learners-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await csv.text();
    expect(text.split("\r\n")[1]).toContain(X.learner.email);
    const bad = await exportRoute.GET(get(`/api/classes/${X.classId}/export?table=passwords`), params({ classId: X.classId }));
    expect(bad.status).toBe(400);
  });
});

describe("a learner calling instructor-only actions and routes", () => {
  it("gets 'not found' and changes nothing", async () => {
    session.user = X.learner;
    const notFound = { ok: false, error: "That was not found.", code: "not_found" };
    expect(await classActions.createClassAction({ name: "Mine now" })).toEqual(notFound);
    expect(await classActions.archiveClassAction({ classId: X.classId })).toEqual(notFound);
    expect(await classActions.assignDeckAction({ classId: X.classId, deckId: Y.deckId })).toEqual(notFound);
    expect(await classActions.removeLearnerAction({ classId: X.classId, userId: X.learner.id })).toEqual(notFound);
    expect(await deckActions.createDeckAction({ title: "Mine", articleIds: [X.articleId], ...ALL })).toEqual(notFound);
    expect(await deckActions.updateDeckItemAction({ deckId: X.deckId, itemId: X.itemId, prompt: "Changed?", answer: "24%", choices: ["12%", "24%"] })).toEqual(notFound);
    expect(await json(await classesRoute.POST(post("/api/classes", { name: "Mine now" })))).toEqual({ status: 404, body: { error: "That was not found.", code: "not_found" } });
    expect((await classRoute.GET(get(`/api/classes/${X.classId}`), params({ classId: X.classId }))).status).toBe(404);
    expect(await getDb().class.count({ where: { name: "Mine now" } })).toBe(0);
    expect((await getDb().class.findUniqueOrThrow({ where: { id: X.classId } })).archivedAt).toBeNull();
    expect(await getDb().deckItem.findFirst({ where: { deckId: X.deckId, overrides: { not: null } } })).toBeNull();
  });

  it("an instructor cannot join a class as a learner, and a signed-out caller is asked to sign in", async () => {
    session.user = Y.instructor;
    expect((await joinRoute.POST(post("/api/classes/join", { code: X.joinCode }))).status).toBe(404);
    session.user = null;
    expect(await json(await assignedRoute.GET())).toEqual({
      status: 401,
      body: { error: "Your session has ended. Sign in again to continue.", code: "unauthenticated" },
    });
    const learner = await createLearner("joiner");
    session.user = learner;
    expect(await json(await joinRoute.POST(post("/api/classes/join", { code: X.joinCode.toLowerCase() })))).toEqual({
      status: 200,
      body: { classId: X.classId, name: "Class x" },
    });
  });
});
