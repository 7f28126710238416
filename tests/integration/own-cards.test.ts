import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { getDb } = await import("@/lib/server/db");
const { createUser } = await import("@/lib/server/users");
const { ownDeckId } = await import("@/lib/own-cards/own-store");
const { getOwnCard, listOwnCards } = await import("@/lib/server/own-cards");
const { getStudySession } = await import("@/lib/server/study/get-study-session");
const { getStudySummary } = await import("@/lib/server/study/get-study-summary");
const { recordAnswer } = await import("@/lib/server/study/record-answer");
const { flagItem } = await import("@/lib/server/item-flags");
const { getLearnerProgress } = await import("@/lib/server/progress");
const { deleteAccount, getAccountDeletionSummary } = await import("@/lib/server/account");
const { listInstructorDecks, publishDeck } = await import("@/lib/server/decks");
const { readCardPages, readOwnCardPages } = await import("@/lib/server/account-export");
const { GET: exportRoute } = await import("@/app/api/account/export/route");
const actions = await import("@/app/cards/actions");
const { createLearner, uniqueEmail, clientId } = await import("./helpers");

const PASSWORD = "correct horse battery";
const now = new Date("2026-11-29T10:00:00Z");
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

beforeEach(() => {
  session.user = null;
});

/** A learner with one basic and one cloze card, written through the actions as the form sends them. */
async function learnerWithCards(label: string) {
  const learner = await createLearner(label);
  session.user = learner;
  const basic = await actions.createOwnCardAction({ card: { type: "basic", front: "Capital of Peru?", back: "Lima" } });
  const cloze = await actions.createOwnCardAction({ card: { type: "cloze", text: "Peru declared independence in {{c1::1821}}." } });
  if (!basic.ok || !cloze.ok) throw new Error("could not create the cards");
  session.user = null;
  return { learner, basicId: basic.data.itemId, clozeId: cloze.data.itemId };
}

async function libraryItem() {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `lib-${tag}`, title: `Library ${tag}`, body: "x", contentHash: tag } });
  return db.item.create({ data: { key: `lib-${tag}`, articleId: article.id, type: "typed", kind: "percent", prompt: "How much?", answer: "24%", sourceSentence: "x" } });
}

const answer = (userId: string, itemId: string, response: string, at: Date, deckId: string | null = null, cardVersion = 0) =>
  recordAnswer(userId, { clientId: clientId(), itemId, cardVersion, response, deckId }, at);

describe("own cards: writing them", () => {
  it("stores a basic and a cloze card in the learner's personal deck, as they wrote them", async () => {
    const { learner, basicId, clozeId } = await learnerWithCards("writer");
    const cards = await listOwnCards(learner.id);
    expect(cards.map((c) => [c.itemId, c.card])).toEqual([
      [clozeId, { type: "cloze", text: "Peru declared independence in {{c1::1821}}." }],
      [basicId, { type: "basic", front: "Capital of Peru?", back: "Lima" }],
    ]);
    const deck = await getDb().deck.findUniqueOrThrow({ where: { id: ownDeckId(learner.id) }, select: { ownerId: true, personal: true, publishedAt: true } });
    expect(deck).toEqual({ ownerId: learner.id, personal: true, publishedAt: null });
  });

  it("refuses bad input with a plain sentence and stores nothing; nobody signed in is refused", async () => {
    const { learner } = await learnerWithCards("careless");
    const before = await getDb().item.count();
    session.user = learner;
    expect(await actions.createOwnCardAction({ card: { type: "cloze", text: "Peru declared independence in 1821." } })).toMatchObject({
      ok: false,
      code: "invalid",
      error: expect.stringContaining("{{c1::"),
    });
    expect(await actions.createOwnCardAction({ card: { type: "basic", front: "Capital?", back: "  " } })).toMatchObject({ ok: false, error: "Write the back of the card." });
    session.user = null;
    expect(await actions.createOwnCardAction({ card: { type: "basic", front: "Capital?", back: "Lima" } })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await getDb().item.count()).toBe(before);
    expect(await listOwnCards(learner.id)).toHaveLength(2);
  });
});

describe("own cards: private to their owner", () => {
  it("another learner and an instructor can neither see, study, answer, edit nor delete them", async () => {
    const { learner, basicId } = await learnerWithCards("private");
    const other = await createLearner("nosy");
    const teacher = await createUser({ name: "Teacher nosy", email: uniqueEmail("nosy-teacher"), password: PASSWORD, role: "instructor" });
    for (const intruder of [other, teacher]) {
      await expect(getStudySession(intruder.id, { deckId: ownDeckId(learner.id) }, now)).rejects.toThrow("not found");
      expect((await getStudySession(intruder.id, { limit: 50 }, now)).cards.map((c) => c.itemId)).not.toContain(basicId);
      await expect(answer(intruder.id, basicId, "Lima", now)).rejects.toThrow("not found");
      await expect(answer(intruder.id, basicId, "Lima", now, ownDeckId(learner.id))).rejects.toThrow("not found");
      await expect(getOwnCard(intruder.id, basicId)).rejects.toThrow("not found");
      session.user = intruder;
      expect(await actions.updateOwnCardAction({ itemId: basicId, card: { type: "basic", front: "Hacked?", back: "yes" } })).toMatchObject({ ok: false, code: "not_found" });
      expect(await actions.deleteOwnCardAction({ itemId: basicId })).toMatchObject({ ok: false, code: "not_found" });
      expect(await listOwnCards(intruder.id)).toEqual([]);
    }
    expect((await getOwnCard(learner.id, basicId)).card).toEqual({ type: "basic", front: "Capital of Peru?", back: "Lima" });
    expect(await getDb().card.count({ where: { itemId: basicId } })).toBe(0);
  });

  it("never becomes an instructor's deck: not listed, not publishable, even for a learner promoted to instructor", async () => {
    const { learner } = await learnerWithCards("promoted");
    await getDb().user.update({ where: { id: learner.id }, data: { role: "instructor" } });
    expect(await listInstructorDecks(learner.id)).toEqual([]);
    await expect(publishDeck(learner.id, ownDeckId(learner.id), now)).rejects.toThrow("not found");
  });

  it("cannot be flagged: there is nobody to tell", async () => {
    const { learner, basicId } = await learnerWithCards("flagger");
    await answer(learner.id, basicId, "Lima", now);
    await expect(flagItem(learner.id, { itemId: basicId, deckId: null, reason: "wrong" }, now)).rejects.toThrow("your own card");
  });
});

describe("own cards: studied like any other card", () => {
  it("come up in the daily session and in their own deck, without their answers, and are graded on the server", async () => {
    const { learner, basicId, clozeId } = await learnerWithCards("student");
    await libraryItem();
    const daily = await getStudySession(learner.id, { limit: 50 }, now);
    // written to be learnt: before the library's new cards, which follow (other tests' library items among them)
    expect(daily.cards.slice(0, 2).map((c) => c.itemId).sort()).toEqual([basicId, clozeId].sort());
    expect(daily.cards.slice(2).length).toBeGreaterThan(0);
    expect(daily.cards.slice(2).every((c) => !c.own)).toBe(true);
    expect((await getStudySummary(learner.id, now)).newAvailable).toBeGreaterThanOrEqual(3);

    const own = await getStudySession(learner.id, { deckId: ownDeckId(learner.id) }, now);
    expect(own.cards.map((c) => c.itemId).sort()).toEqual([basicId, clozeId].sort());
    const cloze = own.cards.find((c) => c.itemId === clozeId)!;
    expect(cloze).toEqual({ itemId: clozeId, cardVersion: 0, type: "cloze", kind: "other", prompt: "Peru declared independence in _____.", choices: [], articleTitle: "My cards", isNew: true, own: true });
    expect(JSON.stringify(own)).not.toContain("1821");
    expect(JSON.stringify(own)).not.toContain("Lima");

    const right = await answer(learner.id, clozeId, "1821", now, ownDeckId(learner.id));
    expect(right).toMatchObject({ correct: true, answer: "1821", sourceSentence: "Peru declared independence in 1821." });
    const wrong = await answer(learner.id, basicId, "Cusco", now);
    expect(wrong).toMatchObject({ correct: false, answer: "Lima" });
    const card = await getDb().card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: clozeId } } });
    expect(card.due.getTime()).toBeGreaterThan(now.getTime());
    expect(card.reps).toBe(1);
  });

  it("have a new-card limit of their own in their deck, so a card written today can be studied today", async () => {
    const { learner, basicId } = await learnerWithCards("limited");
    const db = getDb();
    await db.user.update({ where: { id: learner.id }, data: { newCardsPerDay: 1 } });
    const lib = await libraryItem();
    await answer(learner.id, lib.id, "24%", now);
    expect((await getStudySession(learner.id, {}, now)).cards.filter((c) => c.isNew)).toEqual([]);
    const own = await getStudySession(learner.id, { deckId: ownDeckId(learner.id) }, now);
    expect(own.cards).toHaveLength(1);
    await answer(learner.id, own.cards[0]!.itemId, own.cards[0]!.itemId === basicId ? "Lima" : "1821", now, ownDeckId(learner.id));
    // the one it allows today is met: the other waits for tomorrow
    expect((await getStudySession(learner.id, { deckId: ownDeckId(learner.id) }, now)).cards.filter((c) => c.isNew)).toEqual([]);
  });

  it("are in custom study: a missed own card comes back in 'my misses' from My cards", async () => {
    const { learner, basicId, clozeId } = await learnerWithCards("misser");
    await answer(learner.id, basicId, "Cusco", now, ownDeckId(learner.id));
    const first = await answer(learner.id, clozeId, "1821", now, ownDeckId(learner.id));
    const misses = await getStudySession(learner.id, { deckId: ownDeckId(learner.id), custom: { focus: "misses", days: 7 } }, later(1));
    expect(misses.mode).toBe("custom");
    expect(misses.cards.map((c) => c.itemId)).toEqual([basicId]);
    // a second right answer makes the cloze a review card, due days ahead: "ahead of schedule" offers it
    await answer(learner.id, clozeId, "1821", later(1), ownDeckId(learner.id), first.cardVersion);
    const ahead = await getStudySession(learner.id, { deckId: ownDeckId(learner.id), custom: { focus: "ahead", days: 30 } }, later(1));
    expect(ahead.cards.map((c) => c.itemId)).toEqual([clozeId]);
  });

  it("count in progress: answers, 'All content' and a 'My cards' row", async () => {
    const { learner, basicId } = await learnerWithCards("counted");
    await answer(learner.id, basicId, "Lima", now);
    const progress = await getLearnerProgress(learner.id, now);
    expect(progress.totalReviews).toBe(1);
    expect(progress.cardsStudied).toBe(1);
    expect(progress.mastery.find((m) => m.deckId === null)?.items).toBeGreaterThanOrEqual(2);
    expect(progress.mastery.find((m) => m.deckId === ownDeckId(learner.id))).toMatchObject({ title: "My cards", items: 2 });
  });
});

describe("own cards: editing and deleting", () => {
  it("an edit keeps the card's schedule and answers, and later answers are graded against the new wording", async () => {
    const { learner, basicId } = await learnerWithCards("editor");
    const first = await answer(learner.id, basicId, "Lima", now);
    const cardBefore = await getDb().card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: basicId } } });
    session.user = learner;
    expect(await actions.updateOwnCardAction({ itemId: basicId, card: { type: "basic", front: "Capital of Peru (city)?", back: "Lima, Peru" } })).toEqual({ ok: true, data: { itemId: basicId } });
    expect(await actions.updateOwnCardAction({ itemId: basicId, card: { type: "cloze", text: "No gap" } })).toMatchObject({ ok: false, code: "invalid" });
    const cardAfter = await getDb().card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: basicId } } });
    expect(cardAfter).toEqual(cardBefore);
    expect(await getDb().reviewLog.count({ where: { itemId: basicId } })).toBe(1);
    expect((await getOwnCard(learner.id, basicId)).card).toEqual({ type: "basic", front: "Capital of Peru (city)?", back: "Lima, Peru" });
    const second = await answer(learner.id, basicId, "Lima, Peru", later(10), null, first.cardVersion);
    expect(second).toMatchObject({ correct: true, answer: "Lima, Peru" });
  });

  it("a delete takes the card and its answers, and progress is recounted without them", async () => {
    const { learner, basicId, clozeId } = await learnerWithCards("deleter");
    await answer(learner.id, basicId, "Lima", now);
    await answer(learner.id, clozeId, "1821", now);
    expect((await getLearnerProgress(learner.id, now)).totalReviews).toBe(2);
    session.user = learner;
    expect(await actions.deleteOwnCardAction({ itemId: basicId })).toEqual({ ok: true, data: { itemId: basicId } });
    const db = getDb();
    expect(await db.item.count({ where: { id: basicId } })).toBe(0);
    expect(await db.card.count({ where: { itemId: basicId } })).toBe(0);
    expect(await db.reviewLog.count({ where: { itemId: basicId } })).toBe(0);
    expect((await getLearnerProgress(learner.id, now)).totalReviews).toBe(1);
    expect((await listOwnCards(learner.id)).map((c) => c.itemId)).toEqual([clozeId]);
    expect(await actions.deleteOwnCardAction({ itemId: basicId })).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("own cards: the account's data", () => {
  it("are in the data download, studied or not, and only the caller's", async () => {
    const { learner, basicId, clozeId } = await learnerWithCards("exporter");
    const other = await learnerWithCards("other-exporter");
    await answer(learner.id, basicId, "Lima", now);
    const written = [];
    for await (const page of readOwnCardPages(learner.id)) written.push(...page);
    expect(written.map((c) => c.id).sort()).toEqual([basicId, clozeId].sort());
    const studied = [];
    for await (const page of readCardPages(learner.id)) studied.push(...page);
    expect(studied.map((c) => c.itemId)).toEqual([basicId]);

    session.user = learner;
    const json = (await (await exportRoute(new Request("http://localhost/api/account/export?format=json"))).json()) as { own_cards: { item_id: string; card_type: string; cloze_text: string | null }[] };
    expect(json.own_cards.map((c) => c.item_id).sort()).toEqual([basicId, clozeId].sort());
    expect(json.own_cards.find((c) => c.item_id === clozeId)).toMatchObject({ card_type: "cloze", cloze_text: "Peru declared independence in {{c1::1821}}." });
    const csv = await (await exportRoute(new Request("http://localhost/api/account/export?format=csv&table=own_cards"))).text();
    expect(csv).toContain("Capital of Peru?,Lima");
    expect(csv).not.toContain(other.basicId);
  });

  it("go with the account, and are not counted as the learner's teaching", async () => {
    const { learner, basicId } = await learnerWithCards("leaver");
    const other = await learnerWithCards("stayer");
    await answer(learner.id, basicId, "Lima", now);
    expect(await getAccountDeletionSummary(learner.id)).toMatchObject({ decks: 0, articles: 0, ownCards: 2, cards: 1, reviews: 1 });
    await deleteAccount(learner.id, { password: PASSWORD, confirmation: "delete my account" }, now);
    const db = getDb();
    expect(await db.item.count({ where: { id: basicId } })).toBe(0);
    expect(await db.deck.count({ where: { id: ownDeckId(learner.id) } })).toBe(0);
    expect(await db.article.count({ where: { ownerId: learner.id } })).toBe(0);
    // No own card became a library one.
    expect(await db.item.count({ where: { key: { startsWith: "own-" }, article: { ownerId: null } } })).toBe(0);
    expect(await listOwnCards(other.learner.id)).toHaveLength(2);
  });
});
