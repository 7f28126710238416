import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Actions read the session through requireUser; each test sets who is signed in.
vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { assignDeck, getAssignedDecksForLearner } = await import("@/lib/server/assignments");
const { createClass, joinClass, archiveClass, listInstructorClasses } = await import("@/lib/server/classes");
const { getDb } = await import("@/lib/server/db");
const { createDeck, getInstructorDeck, publishDeck, listDeckSourceArticles } = await import("@/lib/server/decks");
const { getInstructorArticle, listInstructorArticles } = await import("@/lib/server/instructor-articles");
const { getReadableArticle } = await import("@/lib/server/articles");
const { createUser } = await import("@/lib/server/users");
const { createLearner, uniqueEmail } = await import("./helpers");
const classActions = await import("@/app/classes/actions");
const deckActions = await import("@/app/decks/actions");
const articleActions = await import("@/app/instructor/articles/actions");
const exportRoute = await import("@/app/api/classes/[classId]/export/route");

const now = new Date("2026-11-22T10:00:00Z");
const ALL = { kinds: ["percent"] as "percent"[], types: ["choice"] as "choice"[] };
const NOT_FOUND = (what: string) => ({ ok: false, error: `${what} was not found.`, code: "not_found" });

function createInstructor(label: string) {
  return createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });
}

async function createArticle(ownerId: string | null, items = 2) {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `admin-${tag}`, title: `Article ${tag}`, body: "x", contentHash: tag, ownerId } });
  const itemIds: string[] = [];
  for (let i = 0; i < items; i++) {
    const item = await db.item.create({
      data: { key: `admin-${tag}-${i}`, articleId: article.id, type: "choice", kind: "percent", prompt: `Q${i} ${tag}?`, answer: "24%", choices: '["12%","24%"]', sourceSentence: "x" },
    });
    itemIds.push(item.id);
  }
  return { articleId: article.id, itemIds };
}

/** An instructor with a class, one learner who answered once, and a published deck from their own article assigned to it. */
async function setUp(label: string) {
  const db = getDb();
  const instructor = await createInstructor(label);
  const learner = await createLearner(`${label}-learner`);
  const { articleId, itemIds } = await createArticle(instructor.id);
  const klass = await createClass(instructor.id, { name: `Class ${label}` });
  await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
  const deck = await createDeck(instructor.id, { title: `Deck ${label}`, articleIds: [articleId], ...ALL });
  await publishDeck(instructor.id, deck.id, now);
  await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: null });
  const itemId = itemIds[0]!;
  const card = await db.card.create({ data: { userId: learner.id, itemId, due: now, reps: 1, state: 2 } });
  await db.reviewLog.create({
    data: { userId: learner.id, clientId: randomUUID(), cardId: card.id, itemId, rating: 3, correct: true, response: "24%", stateBefore: "{}", stateAfter: "{}", reviewedAt: now, deckId: deck.id },
  });
  return { instructor, learner, classId: klass.id, deckId: deck.id, articleId, itemIds };
}

const historyOf = async (userId: string) => ({
  cards: await getDb().card.count({ where: { userId } }),
  reviews: await getDb().reviewLog.count({ where: { userId } }),
});

beforeEach(() => {
  session.user = null;
});

describe("renaming and deleting a deck", () => {
  it("renames the deck learners see, and deleting it drops its assignments but keeps learners' cards and reviews", async () => {
    const X = await setUp("deck");
    session.user = X.instructor;
    expect(await deckActions.renameDeckAction({ deckId: X.deckId, title: "  Week 1: energy ", description: "Read first" })).toEqual({ ok: true, data: { id: X.deckId, title: "Week 1: energy" } });
    expect((await getInstructorDeck(X.instructor.id, X.deckId)).description).toBe("Read first");
    expect((await getAssignedDecksForLearner(X.learner.id, now)).map((a) => a.deckTitle)).toEqual(["Week 1: energy"]);
    expect(await deckActions.renameDeckAction({ deckId: X.deckId, title: "   " })).toMatchObject({ ok: false, error: "Give the deck a title." });

    const before = await historyOf(X.learner.id);
    expect(before).toEqual({ cards: 1, reviews: 1 });
    expect(await deckActions.deleteDeckAction({ deckId: X.deckId })).toEqual({ ok: true, data: { id: X.deckId, assignments: 1 } });
    expect(await getAssignedDecksForLearner(X.learner.id, now)).toEqual([]);
    expect(await getDb().deck.count({ where: { id: X.deckId } })).toBe(0);
    expect(await getDb().assignment.count({ where: { deckId: X.deckId } })).toBe(0);
    expect(await historyOf(X.learner.id)).toEqual(before);
    // the questions stay in the instructor's library for other decks
    expect(await getDb().item.count({ where: { id: { in: X.itemIds }, status: "active" } })).toBe(2);
    expect(await deckActions.deleteDeckAction({ deckId: X.deckId })).toEqual(NOT_FOUND("That deck"));
  });

  it("is 'not found' for another instructor and for a learner, and changes nothing", async () => {
    const X = await setUp("deck-own");
    const other = await createInstructor("deck-other");
    for (const user of [other, X.learner]) {
      session.user = user;
      expect(await deckActions.renameDeckAction({ deckId: X.deckId, title: "Mine now" })).toEqual(expect.objectContaining({ ok: false, code: "not_found" }));
      expect(await deckActions.deleteDeckAction({ deckId: X.deckId })).toEqual(expect.objectContaining({ ok: false, code: "not_found" }));
    }
    expect((await getInstructorDeck(X.instructor.id, X.deckId)).title).toBe("Deck deck-own");
  });
});

describe("renaming and deleting a class", () => {
  it("renames an open class, refuses renaming an archived one, and deleting keeps learners' history", async () => {
    const X = await setUp("class");
    session.user = X.instructor;
    expect(await classActions.renameClassAction({ classId: X.classId, name: "Physics 2" })).toEqual({ ok: true, data: { id: X.classId, name: "Physics 2" } });
    expect((await listInstructorClasses(X.instructor.id)).map((c) => c.name)).toEqual(["Physics 2"]);
    await archiveClass(X.instructor.id, X.classId, now);
    expect(await classActions.renameClassAction({ classId: X.classId, name: "Physics 3" })).toMatchObject({ ok: false, code: "conflict" });

    const before = await historyOf(X.learner.id);
    expect(await classActions.deleteClassAction({ classId: X.classId })).toEqual({ ok: true, data: { id: X.classId } });
    expect(await listInstructorClasses(X.instructor.id)).toEqual([]);
    expect(await getDb().membership.count({ where: { classId: X.classId } })).toBe(0);
    expect(await historyOf(X.learner.id)).toEqual(before);
    // the deck stays the instructor's
    expect((await getInstructorDeck(X.instructor.id, X.deckId)).assignedClasses).toEqual([]);
  });

  it("is 'not found' for another instructor and for a learner", async () => {
    const X = await setUp("class-own");
    const other = await createInstructor("class-other");
    session.user = other;
    expect(await classActions.renameClassAction({ classId: X.classId, name: "Taken" })).toEqual(NOT_FOUND("That class"));
    expect(await classActions.deleteClassAction({ classId: X.classId })).toEqual(NOT_FOUND("That class"));
    session.user = X.learner;
    expect(await classActions.deleteClassAction({ classId: X.classId })).toEqual(NOT_FOUND("That"));
    expect((await listInstructorClasses(X.instructor.id)).map((c) => c.name)).toEqual(["Class class-own"]);
  });
});

describe("changing an assignment's due date", () => {
  it("moves the date to the end of the instructor's day, clears it, and never creates an assignment", async () => {
    const X = await setUp("due");
    await getDb().user.update({ where: { id: X.instructor.id }, data: { timeZone: "Europe/Paris" } });
    session.user = X.instructor;
    const moved = await classActions.changeDueDateAction({ classId: X.classId, deckId: X.deckId, dueDate: "2026-12-01" });
    expect(moved).toEqual({ ok: true, data: { deckId: X.deckId, dueAt: new Date("2026-12-01T22:59:59.999Z") } });
    expect((await getAssignedDecksForLearner(X.learner.id, now))[0]?.dueAt).toEqual(new Date("2026-12-01T22:59:59.999Z"));
    expect(await classActions.changeDueDateAction({ classId: X.classId, deckId: X.deckId, dueDate: "" })).toEqual({ ok: true, data: { deckId: X.deckId, dueAt: null } });
    expect(await classActions.changeDueDateAction({ classId: X.classId, deckId: X.deckId, dueDate: "2026-02-30" })).toMatchObject({ ok: false, error: "Pick a valid due date." });

    const unassigned = await createDeck(X.instructor.id, { title: "Not assigned", articleIds: [X.articleId], ...ALL });
    expect(await classActions.changeDueDateAction({ classId: X.classId, deckId: unassigned.id, dueDate: "2026-12-01" })).toEqual(NOT_FOUND("That assignment"));
    expect(await getDb().assignment.count({ where: { deckId: unassigned.id } })).toBe(0);
  });

  it("is 'not found' for another instructor and a learner", async () => {
    const X = await setUp("due-own");
    session.user = await createInstructor("due-other");
    expect(await classActions.changeDueDateAction({ classId: X.classId, deckId: X.deckId, dueDate: "2026-12-01" })).toEqual(NOT_FOUND("That class"));
    session.user = X.learner;
    expect(await classActions.changeDueDateAction({ classId: X.classId, deckId: X.deckId, dueDate: "2026-12-01" })).toEqual(NOT_FOUND("That"));
    expect((await getAssignedDecksForLearner(X.learner.id, now))[0]?.dueAt).toBeNull();
  });
});

describe("editing and deleting an uploaded article", () => {
  it("edits title, source and published date, refusing a date in the future", async () => {
    const X = await setUp("art-edit");
    session.user = X.instructor;
    expect(await articleActions.editArticleAction({ articleId: X.articleId, title: "Energy report", source: "Reuters", published: "2026-11-20" })).toEqual({
      ok: true,
      data: { id: X.articleId, title: "Energy report" },
    });
    const article = await getInstructorArticle(X.instructor.id, X.articleId);
    expect({ title: article.title, source: article.source, publishedAt: article.publishedAt }).toEqual({ title: "Energy report", source: "Reuters", publishedAt: new Date("2026-11-20T00:00:00Z") });
    expect(await articleActions.editArticleAction({ articleId: X.articleId, title: "Energy report", published: "2999-01-01" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await articleActions.editArticleAction({ articleId: X.articleId, title: "Energy report", source: "", published: "" })).toMatchObject({ ok: true });
    expect((await getInstructorArticle(X.instructor.id, X.articleId)).source).toBeNull();
  });

  it("retires its items (out of the deck and study), keeps reviews, and leaves other instructors and the shared library alone", async () => {
    const X = await setUp("art-del");
    const Y = await setUp("art-del-other");
    const shared = await createArticle(null);
    const sharedDeck = await createDeck(Y.instructor.id, { title: "Shared", articleIds: [shared.articleId], ...ALL });
    const job = await getDb().generationJob.create({ data: { articleId: X.articleId, contentHash: "h", status: "queued" } });
    const before = await historyOf(X.learner.id);

    session.user = Y.instructor;
    expect(await articleActions.deleteArticleAction({ articleId: X.articleId })).toEqual(NOT_FOUND("That article"));
    expect(await articleActions.deleteArticleAction({ articleId: shared.articleId })).toEqual(NOT_FOUND("That article"));
    session.user = X.learner;
    expect(await articleActions.deleteArticleAction({ articleId: X.articleId })).toEqual(NOT_FOUND("That"));

    session.user = X.instructor;
    expect(await articleActions.deleteArticleAction({ articleId: X.articleId })).toEqual({ ok: true, data: { id: X.articleId, retired: 2 } });
    expect((await getInstructorDeck(X.instructor.id, X.deckId)).items).toEqual([]);
    expect((await getAssignedDecksForLearner(X.learner.id, now))[0]?.itemsTotal).toBe(0);
    expect(await historyOf(X.learner.id)).toEqual(before);
    expect(await listInstructorArticles(X.instructor.id)).toEqual([]);
    expect((await listDeckSourceArticles(X.instructor.id)).some((a) => a.id === X.articleId)).toBe(false);
    await expect(getInstructorArticle(X.instructor.id, X.articleId)).rejects.toThrow("not found");
    const slug = (await getDb().article.findUniqueOrThrow({ where: { id: X.articleId }, select: { slug: true } })).slug;
    await expect(getReadableArticle(X.learner.id, slug)).rejects.toThrow("not found");
    expect(await getDb().generationJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true } })).toEqual({ status: "failed" });
    expect(await articleActions.editArticleAction({ articleId: X.articleId, title: "Back?" })).toEqual(NOT_FOUND("That article"));

    // untouched: the other instructor's deck and article, and the shared library
    expect((await getInstructorDeck(Y.instructor.id, Y.deckId)).items.map((i) => i.itemId).sort()).toEqual([...Y.itemIds].sort());
    expect((await getInstructorDeck(Y.instructor.id, sharedDeck.id)).items).toHaveLength(2);
    expect(await getDb().item.count({ where: { id: { in: shared.itemIds }, status: "active" } })).toBe(2);
  });
});

describe("the dashboard's assignment completion", () => {
  it("downloads one row per deck and learner, with the deck, its due date and the status; another instructor gets 'not found'", async () => {
    const X = await setUp("completion");
    session.user = X.instructor;
    await classActions.changeDueDateAction({ classId: X.classId, deckId: X.deckId, dueDate: "2026-11-01" });
    const request = new Request(`http://localhost/api/classes/${X.classId}/export?table=assignments`);
    const response = await exportRoute.GET(request, { params: Promise.resolve({ classId: X.classId }) });
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("deck,due_at,name,email,items_seen,items_total,completion_percent,status");
    // the learner answered one of the deck's two items, and the due date has passed
    expect(lines[1]).toBe(`Deck completion,2026-11-01T23:59:59.999Z,${X.learner.name},${X.learner.email},1,2,50,overdue`);
    session.user = await createInstructor("completion-other");
    expect((await exportRoute.GET(request, { params: Promise.resolve({ classId: X.classId }) })).status).toBe(404);
  });
});
