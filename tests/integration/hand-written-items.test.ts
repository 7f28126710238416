import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { assignDeck } = await import("@/lib/server/assignments");
const { createClass, joinClass } = await import("@/lib/server/classes");
const { getDb } = await import("@/lib/server/db");
const { createDeck, getInstructorDeck, publishDeck, listDeckSourceArticles } = await import("@/lib/server/decks");
const { listInstructorArticles } = await import("@/lib/server/instructor-articles");
const { getStudySession } = await import("@/lib/server/study/get-study-session");
const { recordAnswer } = await import("@/lib/server/study/record-answer");
const { createUser } = await import("@/lib/server/users");
const { createLearner, uniqueEmail, clientId } = await import("./helpers");
const deckActions = await import("@/app/decks/actions");

const now = new Date("2026-11-22T10:00:00Z");
const ALL = { kinds: ["percent"] as "percent"[], types: ["choice"] as "choice"[] };

async function setUp(label: string) {
  const db = getDb();
  const instructor = await createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });
  const learner = await createLearner(`${label}-learner`);
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `hw-${tag}`, title: `Article ${tag}`, body: "x", contentHash: tag, ownerId: instructor.id } });
  await db.item.create({ data: { key: `hw-${tag}`, articleId: article.id, type: "choice", kind: "percent", prompt: "Q?", answer: "24%", choices: '["12%","24%"]', sourceSentence: "x" } });
  const klass = await createClass(instructor.id, { name: `Class ${label}` });
  await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
  const deck = await createDeck(instructor.id, { title: `Deck ${label}`, articleIds: [article.id], ...ALL });
  await publishDeck(instructor.id, deck.id, now);
  await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: null });
  return { instructor, learner, deckId: deck.id };
}

beforeEach(() => {
  session.user = null;
});

describe("a hand-written question", () => {
  it("joins the end of the deck and is studied by its learners like a generated one, without its answer before answering", async () => {
    const X = await setUp("hw");
    session.user = X.instructor;
    const added = await deckActions.addHandWrittenItemAction({
      deckId: X.deckId,
      item: { type: "typed", kind: "other", prompt: "Which gas do plants take in?", answer: "carbon dioxide", accepted: ["CO2", ""], explanation: "Photosynthesis uses CO2." },
    });
    expect(added).toMatchObject({ ok: true });
    const itemId = added.ok ? added.data.itemId : "";
    const deck = await getInstructorDeck(X.instructor.id, X.deckId);
    expect(deck.items.map((i) => i.itemId).at(-1)).toBe(itemId);
    expect(deck.items.at(-1)).toMatchObject({ type: "typed", kind: "other", prompt: "Which gas do plants take in?", answer: "carbon dioxide", articleTitle: "Written by Teacher hw" });
    // the store of hand-written questions is no upload and no deck source
    expect(await listInstructorArticles(X.instructor.id)).toHaveLength(1);
    expect((await listDeckSourceArticles(X.instructor.id)).map((a) => a.title)).not.toContain("Written by Teacher hw");

    const studied = await getStudySession(X.learner.id, { deckId: X.deckId }, now);
    const card = studied.cards.find((c) => c.itemId === itemId);
    expect(card).toEqual({ itemId, cardVersion: 0, type: "typed", kind: "other", prompt: "Which gas do plants take in?", choices: [], articleTitle: "Written by Teacher hw", isNew: true, own: false });
    expect(JSON.stringify(studied)).not.toContain("carbon dioxide");
    const feedback = await recordAnswer(X.learner.id, { clientId: clientId(), itemId, cardVersion: 0, response: "co2", deckId: X.deckId }, now);
    expect(feedback).toMatchObject({ correct: true, answer: "carbon dioxide", sourceSentence: "Photosynthesis uses CO2." });
    // nobody outside the deck's classes studies it: not in free study
    const other = await createLearner("hw-outsider");
    expect((await getStudySession(other.id, {}, now)).cards.some((c) => c.itemId === itemId)).toBe(false);
  });

  it("takes each type, checked by zod with sentences a person can act on", async () => {
    const X = await setUp("hw-types");
    session.user = X.instructor;
    const add = (item: Record<string, unknown>) => deckActions.addHandWrittenItemAction({ deckId: X.deckId, item });
    expect(await add({ type: "choice", prompt: "Capital of Peru?", answer: "Lima", choices: ["Lima", "Quito", "Bogotá"] })).toMatchObject({ ok: true });
    expect(await add({ type: "cloze", kind: "place", prompt: "The capital of Peru is ___.", answer: "Lima" })).toMatchObject({ ok: true });
    expect(await add({ type: "truefalse", prompt: "Lima is in Peru.", answer: "True" })).toMatchObject({ ok: true });
    const items = (await getInstructorDeck(X.instructor.id, X.deckId)).items.slice(-3);
    expect(items.map((i) => [i.type, i.kind, i.prompt, i.choices])).toEqual([
      ["choice", "other", "Capital of Peru?", ["Lima", "Quito", "Bogotá"]],
      ["cloze", "place", "The capital of Peru is _____.", []],
      ["truefalse", "other", "Lima is in Peru.", ["True", "False"]],
    ]);

    expect(await add({ type: "choice", prompt: "Capital?", answer: "Lima", choices: ["Quito", "Bogotá"] })).toMatchObject({ ok: false, error: "The answer must be one of the choices." });
    expect(await add({ type: "choice", prompt: "Capital?", answer: "Lima", choices: ["Lima"] })).toMatchObject({ ok: false, error: "Give at least two choices." });
    expect(await add({ type: "cloze", prompt: "No blank here.", answer: "Lima" })).toMatchObject({ ok: false, error: expect.stringContaining("exactly one blank") });
    expect(await add({ type: "truefalse", prompt: "Lima is in Peru.", answer: "Yes" })).toMatchObject({ ok: false, error: expect.stringContaining("True or False") });
    expect(await add({ type: "typed", prompt: " ", answer: "x" })).toMatchObject({ ok: false, error: "Write the question." });
    expect(await add({ type: "essay", prompt: "Why?", answer: "x" })).toMatchObject({ ok: false, code: "invalid" });
    expect((await getInstructorDeck(X.instructor.id, X.deckId)).items).toHaveLength(4);
  });

  it("cannot be added to another instructor's deck, nor by a learner", async () => {
    const X = await setUp("hw-own");
    const item = { type: "typed", prompt: "Mine?", answer: "yes" };
    session.user = (await setUp("hw-other")).instructor;
    expect(await deckActions.addHandWrittenItemAction({ deckId: X.deckId, item })).toEqual({ ok: false, error: "That deck was not found.", code: "not_found" });
    session.user = X.learner;
    expect(await deckActions.addHandWrittenItemAction({ deckId: X.deckId, item })).toEqual({ ok: false, error: "That was not found.", code: "not_found" });
    expect((await getInstructorDeck(X.instructor.id, X.deckId)).items).toHaveLength(1);
  });

  it("retires with its deck, while the learner's card and review stay", async () => {
    const X = await setUp("hw-delete");
    session.user = X.instructor;
    const added = await deckActions.addHandWrittenItemAction({ deckId: X.deckId, item: { type: "truefalse", prompt: "Water boils at 100 °C at sea level.", answer: "True" } });
    const itemId = added.ok ? added.data.itemId : "";
    await recordAnswer(X.learner.id, { clientId: clientId(), itemId, cardVersion: 0, response: "True", deckId: X.deckId }, now);
    expect(await deckActions.deleteDeckAction({ deckId: X.deckId })).toMatchObject({ ok: true });
    expect(await getDb().item.findUniqueOrThrow({ where: { id: itemId }, select: { status: true } })).toEqual({ status: "retired" });
    expect(await getDb().reviewLog.count({ where: { userId: X.learner.id, itemId } })).toBe(1);
  });

  it("without explanations, are no siblings of each other: answering a true/false one keeps the next in today's session", async () => {
    const X = await setUp("hw-siblings");
    session.user = X.instructor;
    const tf = await deckActions.addHandWrittenItemAction({ deckId: X.deckId, item: { type: "truefalse", prompt: "Lima is in Chile.", answer: "False" } });
    const typed = await deckActions.addHandWrittenItemAction({ deckId: X.deckId, item: { type: "typed", prompt: "Capital of Peru?", answer: "Lima" } });
    const tfId = tf.ok ? tf.data.itemId : "";
    const typedId = typed.ok ? typed.data.itemId : "";
    await recordAnswer(X.learner.id, { clientId: clientId(), itemId: tfId, cardVersion: 0, response: "False", deckId: X.deckId }, now);
    const next = await getStudySession(X.learner.id, { deckId: X.deckId }, now);
    expect(next.cards.map((c) => c.itemId)).toContain(typedId);
  });
});
