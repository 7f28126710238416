import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { assignDeck, getAssignedDecksForLearner, getDeckItemIdsForLearner } from "@/lib/server/assignments";
import { importArticleFiles } from "@/lib/server/catalog";
import { getClassDashboard } from "@/lib/server/class-dashboard";
import { createClass, joinClass } from "@/lib/server/classes";
import { getDb } from "@/lib/server/db";
import { createDeck, getInstructorDeck, publishDeck, removeDeckItem, restoreDeckItem, setDeckItemSuspended, updateDeckItem } from "@/lib/server/decks";
import { changeGrade, getStudySession, recordAnswer, undoAnswer } from "@/lib/server/study";
import { createUser } from "@/lib/server/users";
import { clientId, createLearner, uniqueEmail } from "./helpers";

// An instructor's edits and suspensions belong to their deck: the shared item, free study and
// other instructors' decks keep the generated question.

const now = new Date("2026-11-22T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const ALL = {
  kinds: ["percent", "money", "count", "ordinal", "date", "duration", "person", "organisation", "place"],
  types: ["choice", "cloze", "typed", "truefalse"],
} as const;

const tag = randomUUID().slice(0, 8);
const fileName = `deck-edits-${tag}.md`;
const articleText = (containers: string) => `---
title: "Norland trade grows ${tag}"
source: "Test wire"
published: 2026-11-20
---

Trade between Norland and Sudia rose 24% in 2025, the trade ministry said on Monday.

The port of Eastham handled ${containers} million containers in 2025, up from 2.9 million a year earlier.
`;

const EDITED_PROMPT = "Deck wording: by how much did Norland–Sudia trade grow in 2025?";

const createInstructor = (label: string) =>
  createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });

async function classWithDeck(label: string, articleId: string) {
  const instructor = await createInstructor(label);
  const learner = await createLearner(`${label}-learner`);
  const klass = await createClass(instructor.id, { name: `Class ${label}` });
  await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
  const deck = await createDeck(instructor.id, { title: `Deck ${label}`, articleIds: [articleId], kinds: [...ALL.kinds], types: [...ALL.types] });
  await publishDeck(instructor.id, deck.id, now);
  await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id });
  return { instructor, learner, classId: klass.id, deckId: deck.id };
}

let articleId = "";
let statementId: string | null = null;
// A true/false statement shows the sentence filled in, so it holds back its sentence's recall items for the day: a
// deck that edits the recall item leaves the statement out, so the edited item is offered today.
const leaveOutStatement = async (deck: { instructor: { id: string }; deckId: string }) => {
  if (statementId) await setDeckItemSuspended(deck.instructor.id, { deckId: deck.deckId, itemId: statementId, suspended: true });
};
let editedId = "";
let suspendedId = "";
let A: Awaited<ReturnType<typeof classWithDeck>>;
let B: Awaited<ReturnType<typeof classWithDeck>>;

beforeAll(async () => {
  const report = await importArticleFiles([{ fileName, text: articleText("3.2") }]);
  expect(report.failed).toEqual([]);
  const db = getDb();
  const article = await db.article.findFirstOrThrow({ where: { title: `Norland trade grows ${tag}` }, select: { id: true, ownerId: true } });
  expect(article.ownerId).toBeNull(); // a shared library article
  articleId = article.id;
  const items = await db.item.findMany({ where: { articleId, status: "active" }, select: { id: true, type: true, answer: true, sourceSentence: true } });
  const fromTrade = items.filter((i) => i.sourceSentence.includes("24%") && i.answer === "24%");
  editedId = fromTrade.find((i) => i.type === "typed" || i.type === "cloze")!.id;
  suspendedId = fromTrade.find((i) => i.id !== editedId)!.id;
  A = await classWithDeck("a", articleId);
  B = await classWithDeck("b", articleId);
  await updateDeckItem(A.instructor.id, { deckId: A.deckId, itemId: editedId, prompt: EDITED_PROMPT, answer: "25%", choices: [] });
  statementId = items.find((i) => i.sourceSentence.includes("24%") && i.type === "truefalse")?.id ?? null;
  await leaveOutStatement(A);
});

const answer = (itemId: string, response: string, deckId?: string) => ({ clientId: clientId(), itemId, cardVersion: 0, response, durationMs: 1000, tzOffset: 0, deckId });

describe("an instructor's edit of a shared library item", () => {
  it("is shown to learners studying that deck, who are graded against the edited answer and see it in the feedback", async () => {
    const session = await getStudySession(A.learner.id, { deckId: A.deckId, limit: 50 }, now);
    const card = session.cards.find((c) => c.itemId === editedId);
    expect(card?.prompt).toBe(EDITED_PROMPT);

    const input = answer(editedId, "25%", A.deckId);
    const feedback = await recordAnswer(A.learner.id, input, now);
    expect(feedback).toMatchObject({ correct: true, answer: "25%" });
    const log = await getDb().reviewLog.findUniqueOrThrow({ where: { userId_clientId: { userId: A.learner.id, clientId: input.clientId } } });
    expect(log.deckId).toBe(A.deckId);
    // the same answer submitted again is read back with the deck's wording
    expect(await recordAnswer(A.learner.id, input, now)).toMatchObject({ correct: true, answer: "25%" });
  });

  it("is not used in free study: the generated question and answer are", async () => {
    const learner = await createLearner("free");
    const feedback = await recordAnswer(learner.id, answer(editedId, "25%"), now);
    expect(feedback).toMatchObject({ correct: false, answer: "24%" });
    // the answer was wrong, so the card comes back within the hour, worded as generated
    const session = await getStudySession(learner.id, { limit: 50 }, later(60));
    const card = session.cards.find((c) => c.itemId === editedId);
    expect(card).toBeDefined();
    expect(card!.prompt).not.toBe(EDITED_PROMPT);
    expect(card!.prompt).toBe((await getDb().item.findUniqueOrThrow({ where: { id: editedId } })).prompt);
  });

  it("is not used in another instructor's deck of the same article", async () => {
    const session = await getStudySession(B.learner.id, { deckId: B.deckId, limit: 50 }, now);
    expect(session.cards.find((c) => c.itemId === editedId)?.prompt).not.toBe(EDITED_PROMPT);
    expect(await recordAnswer(B.learner.id, answer(editedId, "25%", B.deckId), now)).toMatchObject({ correct: false, answer: "24%" });
    expect((await getInstructorDeck(B.instructor.id, B.deckId)).items.find((i) => i.itemId === editedId)).toMatchObject({ edited: false });
  });

  it("cannot be reached by naming a deck the learner may not study", async () => {
    await expect(recordAnswer(B.learner.id, answer(editedId, "25%", A.deckId), now)).rejects.toThrow("was not found");
    await expect(recordAnswer(A.learner.id, answer(editedId, "25%", "no-such-deck"), now)).rejects.toThrow("was not found");
    expect(await getDb().reviewLog.count({ where: { userId: B.learner.id, deckId: A.deckId } })).toBe(0);
  });

  it("keeps the deck's wording through undo and a changed grade", async () => {
    const learner = await createLearner("undo");
    await joinClass({ userId: learner.id, address: null }, (await getDb().class.findUniqueOrThrow({ where: { id: A.classId } })).joinCode, now);
    const first = await recordAnswer(learner.id, answer(editedId, "25%", A.deckId), now);
    expect(first.correct).toBe(true);
    const undone = await undoAnswer(learner.id, { clientId: clientId(), reviewClientId: first.reviewClientId }, later(1));
    expect(undone.prompt).toBe(EDITED_PROMPT);
    const again = await recordAnswer(learner.id, { ...answer(editedId, "25%", A.deckId), cardVersion: undone.cardVersion }, later(2));
    const regraded = await changeGrade(learner.id, { clientId: clientId(), reviewClientId: again.reviewClientId, rating: 4 }, later(3));
    expect(regraded).toMatchObject({ correct: true, answer: "25%", rating: 4 });
    const logs = await getDb().reviewLog.findMany({ where: { userId: learner.id }, select: { deckId: true } });
    expect(logs).toHaveLength(5); // answer, undo, answer, undo of it, regraded answer
    expect(logs.every((l) => l.deckId === A.deckId)).toBe(true);
  });

  it("is what the class dashboard shows", async () => {
    const dashboard = await getClassDashboard(A.instructor.id, A.classId, now);
    expect(dashboard.items.find((i) => i.itemId === editedId)).toMatchObject({ prompt: EDITED_PROMPT, answer: "25%" });
    const other = await getClassDashboard(B.instructor.id, B.classId, now);
    expect(other.items.find((i) => i.itemId === editedId)).toMatchObject({ answer: "24%" });
  });
});

describe("suspending an item in one deck", () => {
  it("hides it from that deck's learners only", async () => {
    const before = (await getAssignedDecksForLearner(A.learner.id, now))[0]!.itemsTotal;
    await setDeckItemSuspended(A.instructor.id, { deckId: A.deckId, itemId: suspendedId, suspended: true });
    expect(await getDeckItemIdsForLearner(A.learner.id, A.deckId)).not.toContain(suspendedId);
    expect((await getAssignedDecksForLearner(A.learner.id, now))[0]!.itemsTotal).toBe(before - 1);
    const session = await getStudySession(A.learner.id, { deckId: A.deckId, limit: 50 }, now);
    expect(session.cards.map((c) => c.itemId)).not.toContain(suspendedId);
    await expect(recordAnswer(A.learner.id, answer(suspendedId, "24%", A.deckId), now)).rejects.toThrow("was not found");

    expect(await getDeckItemIdsForLearner(B.learner.id, B.deckId)).toContain(suspendedId);
    expect((await getDb().item.findUniqueOrThrow({ where: { id: suspendedId } })).status).toBe("active");
    expect((await getClassDashboard(A.instructor.id, A.classId, now)).items.map((i) => i.itemId)).not.toContain(suspendedId);
    expect((await getClassDashboard(B.instructor.id, B.classId, now)).items.map((i) => i.itemId)).toContain(suspendedId);
  });
});

describe("re-importing the article with the edited sentence unchanged", () => {
  it("keeps the deck's edit and suspension", async () => {
    const report = await importArticleFiles([{ fileName, text: articleText("3.4") }]);
    expect(report.failed).toEqual([]);
    expect(report.items.retired).toBeGreaterThan(0); // the changed sentence's items went
    const db = getDb();
    expect(await db.item.findUniqueOrThrow({ where: { id: editedId }, select: { status: true } })).toEqual({ status: "active" });

    const deck = await getInstructorDeck(A.instructor.id, A.deckId);
    expect(deck.items.find((i) => i.itemId === editedId)).toMatchObject({ prompt: EDITED_PROMPT, answer: "25%", edited: true, editable: true });
    expect(deck.items.find((i) => i.itemId === suspendedId)).toMatchObject({ status: "suspended" });
    const learner = await createLearner("after-import");
    await joinClass({ userId: learner.id, address: null }, (await db.class.findUniqueOrThrow({ where: { id: A.classId } })).joinCode, now);
    const session = await getStudySession(learner.id, { deckId: A.deckId, limit: 50 }, now);
    expect(session.cards.find((c) => c.itemId === editedId)?.prompt).toBe(EDITED_PROMPT);
    expect(session.cards.map((c) => c.itemId)).not.toContain(suspendedId);
    expect(await recordAnswer(learner.id, answer(editedId, "25%", A.deckId), now)).toMatchObject({ correct: true, answer: "25%" });
  });
});

describe("removing an item from a deck", () => {
  it("can be undone: the item comes back at its place with the deck's edit, and undoing twice is harmless", async () => {
    const C = await classWithDeck("c", articleId);
    await leaveOutStatement(C);
    await updateDeckItem(C.instructor.id, { deckId: C.deckId, itemId: editedId, prompt: EDITED_PROMPT, answer: "25%", choices: [] });
    const row = () => getDb().deckItem.findUnique({ where: { deckId_itemId: { deckId: C.deckId, itemId: editedId } }, select: { position: true, overrides: true, suspended: true } });
    const before = await row();

    const removed = await removeDeckItem(C.instructor.id, { deckId: C.deckId, itemId: editedId });
    expect(removed).toEqual({ deckId: C.deckId, itemId: editedId, ...before });
    expect(await row()).toBeNull();

    await restoreDeckItem(C.instructor.id, removed);
    await restoreDeckItem(C.instructor.id, removed);
    expect(await row()).toEqual(before);
    const session = await getStudySession(C.learner.id, { deckId: C.deckId, limit: 50 }, now);
    expect(session.cards.find((c) => c.itemId === editedId)?.prompt).toBe(EDITED_PROMPT);
  });

  it("cannot be undone into another instructor's deck, nor with edits that break the item", async () => {
    const C = await classWithDeck("c2", articleId);
    const choice = (await getDb().item.findFirstOrThrow({ where: { articleId, status: "active", type: "choice" }, select: { id: true } })).id;
    const removed = await removeDeckItem(C.instructor.id, { deckId: C.deckId, itemId: choice });
    await expect(restoreDeckItem(B.instructor.id, removed)).rejects.toThrow("That deck was not found");
    const broken = { ...removed, overrides: JSON.stringify({ answer: "not among the choices" }) };
    await expect(restoreDeckItem(C.instructor.id, broken)).rejects.toThrow("The answer must be one of the choices.");
    expect(await getDeckItemIdsForLearner(C.learner.id, C.deckId)).not.toContain(choice);
  });
});
