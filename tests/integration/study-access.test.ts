import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Issue 11: an item id alone must not open an answer. A learner answers, regrades or undoes only
// items they may study now: the shared library, or a deck assigned to an open class of theirs.
vi.mock("@/lib/server/session", () => import("./fake-session"));
const { session } = await import("./fake-session");

const { assignDeck } = await import("@/lib/server/assignments");
const { archiveClass, createClass, joinClass, removeLearner } = await import("@/lib/server/classes");
const { getDb } = await import("@/lib/server/db");
const { createDeck, publishDeck } = await import("@/lib/server/decks");
const { createUser } = await import("@/lib/server/users");
const { clientId, createLearner, uniqueEmail } = await import("./helpers");
const { json, sendJson } = await import("./route-requests");
const answerRoute = await import("@/app/api/study/answer/route");
const gradeRoute = await import("@/app/api/study/grade/route");
const undoRoute = await import("@/app/api/study/undo/route");
const cardsRoute = await import("@/app/api/study/cards/route");

const now = new Date("2026-11-22T10:00:00Z");
const SECRET = "Zyxwv-secret-answer";
const NOT_FOUND_CARD = { error: "That card was not found.", code: "not_found" };

async function instructorWithDeck(label: string) {
  const db = getDb();
  const instructor = await createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({
    data: { slug: `access-${tag}`, title: `Private title ${tag}`, body: "x", contentHash: tag, ownerId: instructor.id },
  });
  const item = await db.item.create({
    data: {
      key: `access-${tag}`,
      articleId: article.id,
      type: "typed",
      kind: "person",
      prompt: "Who?",
      answer: SECRET,
      choices: "[]",
      sourceSentence: `Private sentence naming ${SECRET}.`,
    },
  });
  const klass = await createClass(instructor.id, { name: `Class ${label}` });
  const deck = await createDeck(instructor.id, { title: `Deck ${label}`, articleIds: [article.id], kinds: ["person"], types: ["typed"] });
  await publishDeck(instructor.id, deck.id, now);
  await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: null });
  return { instructor, classId: klass.id, joinCode: klass.joinCode, deckId: deck.id, itemId: item.id };
}

const answerBody = (itemId: string, deckId?: string) => ({ clientId: clientId(), itemId, cardVersion: 0, response: "a guess", deckId });

async function postAnswer(body: unknown) {
  return json(await answerRoute.POST(sendJson("/api/study/answer", body)));
}

let X: Awaited<ReturnType<typeof instructorWithDeck>>;
let libraryItemId: string;

beforeAll(async () => {
  X = await instructorWithDeck("access");
  const db = getDb();
  const article = await db.article.create({ data: { slug: `library-${randomUUID().slice(0, 8)}`, title: "Library", body: "x", contentHash: "l" } });
  libraryItemId = (
    await db.item.create({
      data: { key: `lib-${randomUUID()}`, articleId: article.id, type: "typed", kind: "person", prompt: "Who?", answer: "Ada", choices: "[]", sourceSentence: "Ada did." },
    })
  ).id;
});
beforeEach(() => {
  session.user = null;
});

describe("answering an item of an instructor's own article", () => {
  it("is 'not found' without its deck, for an outsider, another instructor and even a member, and leaks nothing", async () => {
    const outsider = await createLearner("outsider");
    const member = await createLearner("member");
    await joinClass({ userId: member.id, address: null }, X.joinCode, now);
    const otherInstructor = await createUser({ name: "Other", email: uniqueEmail("other"), password: "correct horse battery", role: "instructor" });
    for (const user of [outsider, member, otherInstructor, X.instructor]) {
      session.user = user;
      const response = await postAnswer(answerBody(X.itemId));
      expect(response).toEqual({ status: 404, body: NOT_FOUND_CARD });
      expect(JSON.stringify(response)).not.toContain(SECRET);
    }
    expect(await getDb().reviewLog.count({ where: { itemId: X.itemId } })).toBe(0);
  });

  it("is 'not found' in the deck for an outsider, a removed learner and a member of an archived class", async () => {
    const outsider = await createLearner("outsider2");
    const removed = await createLearner("removed");
    await joinClass({ userId: removed.id, address: null }, X.joinCode, now);
    await removeLearner(X.instructor.id, X.classId, removed.id, now);
    const archived = await instructorWithDeck("archived");
    const archivedMember = await createLearner("archived-member");
    await joinClass({ userId: archivedMember.id, address: null }, archived.joinCode, now);
    await archiveClass(archived.instructor.id, archived.classId, now);
    for (const [user, target] of [
      [outsider, X],
      [removed, X],
      [archivedMember, archived],
    ] as const) {
      session.user = user;
      for (const body of [answerBody(target.itemId, target.deckId), answerBody(target.itemId)]) {
        const response = await postAnswer(body);
        expect(response.status).toBe(404);
        expect(JSON.stringify(response)).not.toContain(SECRET);
      }
    }
  });

  it("is answered by a current member in the assigned deck, and library items by anyone", async () => {
    const member = await createLearner("member2");
    await joinClass({ userId: member.id, address: null }, X.joinCode, now);
    session.user = member;
    const inDeck = await postAnswer({ ...answerBody(X.itemId, X.deckId), response: SECRET });
    expect(inDeck).toMatchObject({ status: 200, body: { correct: true, answer: SECRET } });
    const library = await postAnswer({ ...answerBody(libraryItemId), response: "Ada" });
    expect(library).toMatchObject({ status: 200, body: { correct: true, answer: "Ada" } });
  });
});

describe("changing the grade of or undoing an answer after leaving the class", () => {
  it("is 'not found' once the learner is removed, and works while they are a member", async () => {
    const learner = await createLearner("leaver");
    await joinClass({ userId: learner.id, address: null }, X.joinCode, now);
    session.user = learner;
    const first = await postAnswer({ ...answerBody(X.itemId, X.deckId), response: SECRET });
    expect(first.status).toBe(200);
    const reviewClientId = (first.body as { reviewClientId: string }).reviewClientId;
    const regraded = await json(await gradeRoute.POST(sendJson("/api/study/grade", { clientId: clientId(), reviewClientId, rating: 4 })));
    expect(regraded).toMatchObject({ status: 200, body: { rating: 4 } });
    const regradedId = (regraded.body as { reviewClientId: string }).reviewClientId;

    await removeLearner(X.instructor.id, X.classId, learner.id, now);
    const grade = await json(await gradeRoute.POST(sendJson("/api/study/grade", { clientId: clientId(), reviewClientId: regradedId, rating: 2 })));
    expect(grade).toEqual({ status: 404, body: NOT_FOUND_CARD });
    const undo = await json(await undoRoute.POST(sendJson("/api/study/undo", { clientId: clientId(), reviewClientId: regradedId })));
    expect(undo).toEqual({ status: 404, body: NOT_FOUND_CARD });
    const cards = await json(await cardsRoute.GET(new Request(`http://localhost/api/study/cards?deck=${X.deckId}`)));
    expect(cards.status).toBe(404);
  });
});
