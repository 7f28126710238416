import { beforeEach, describe, expect, it } from "vitest";
import { databaseExists, freshIndexedDb, loadPage, queuedAnswer, studyCard } from "./offline-fixtures";

beforeEach(freshIndexedDb);

const ids = (cards: { itemId: string }[]) => cards.map((c) => c.itemId);

describe("the offline card store", () => {
  it("keeps a scope's cards in the server's order, and a refresh replaces them all", async () => {
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-a");
    await page.storeCards(db, null, [studyCard("c"), studyCard("a"), studyCard("b")]);
    expect(ids(await page.getOfflineCards(db, null))).toEqual(["c", "a", "b"]);
    await page.storeCards(db, null, [studyCard("b", { cardVersion: 2 }), studyCard("d")]);
    const cards = await page.getOfflineCards(db, null);
    expect(ids(cards)).toEqual(["b", "d"]);
    expect(cards[0]?.cardVersion).toBe(2);
  });

  it("keeps each deck apart from free study: refreshing or forgetting in one leaves the other", async () => {
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-a");
    await page.storeCards(db, null, [studyCard("x"), studyCard("y")]);
    await page.storeCards(db, "deck-1", [studyCard("x"), studyCard("z")]);
    await page.forgetCard(db, "deck-1", "x");
    expect(ids(await page.getOfflineCards(db, "deck-1"))).toEqual(["z"]);
    expect(ids(await page.getOfflineCards(db, null))).toEqual(["x", "y"]);
    await page.storeCards(db, "deck-1", []);
    expect(await page.getOfflineCards(db, "deck-1")).toEqual([]);
    expect(ids(await page.getOfflineCards(db, null))).toEqual(["x", "y"]);
    expect(await page.getOfflineCards(db, "deck-2")).toEqual([]);
  });

  it("keeps at most MAX_STORED_CARDS of a scope, the first ones the server sent", async () => {
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-a");
    const sent = Array.from({ length: page.MAX_STORED_CARDS + 30 }, (_, i) => studyCard(`item-${String(i).padStart(3, "0")}`));
    await page.storeCards(db, null, sent);
    const kept = await page.getOfflineCards(db, null);
    expect(kept).toHaveLength(page.MAX_STORED_CARDS);
    expect(ids(kept)).toEqual(ids(sent.slice(0, page.MAX_STORED_CARDS)));
  });

  it("offers no card whose answer waits to be sent, in any scope", async () => {
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-a");
    await page.storeCards(db, null, [studyCard("a"), studyCard("b"), studyCard("c")]);
    await page.storeCards(db, "deck-1", [studyCard("b")]);
    await page.queueAnswer(db, queuedAnswer("b"));
    expect(ids(await page.getOfflineCards(db, null))).toEqual(["a", "c"]);
    expect(await page.getOfflineCards(db, "deck-1")).toEqual([]);
  });

  it("never holds an answer: what is kept is the StudyCard as given, and nothing else", async () => {
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-a");
    const card = studyCard("a", { type: "choice", choices: ["Paris", "Lyon"] });
    await page.storeCards(db, null, [card]);
    const rows = await db.getAll("cards");
    expect(rows).toEqual([{ key: "all\na", scope: "all", position: 0, card }]);
  });
});

describe("the answer queue", () => {
  it("keeps answers in the order they were given, with every field the server needs", async () => {
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-a");
    const given = [queuedAnswer("b"), queuedAnswer("a"), queuedAnswer("b", { response: "" }), queuedAnswer("c")];
    for (const answer of given) expect(await page.queueAnswer(db, answer)).toBe(true);
    const kept = await db.getAll("outbox");
    expect(kept.map(({ seq: _seq, ...answer }) => answer)).toEqual(given);
    const seqs = kept.map((a) => a.seq!);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  });

  it("refuses the answer past MAX_WAITING_ANSWERS and keeps the ones before it untouched", async () => {
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-a");
    for (let i = 0; i < page.MAX_WAITING_ANSWERS; i++) expect(await page.queueAnswer(db, queuedAnswer(`item-${i}`))).toBe(true);
    expect(await page.queueAnswer(db, queuedAnswer("one-too-many"))).toBe(false);
    expect(await db.count("outbox")).toBe(page.MAX_WAITING_ANSWERS);
    const last = await db.transaction("outbox").store.openCursor(null, "prev");
    expect(last?.value.itemId).toBe(`item-${page.MAX_WAITING_ANSWERS - 1}`);
  });

  it("survives a reload: the same learner finds the cards, answers and notices where they were", async () => {
    const first = await loadPage();
    const db = await first.openOfflineDb("learner-a");
    await first.storeCards(db, null, [studyCard("a"), studyCard("b")]);
    await first.queueAnswer(db, queuedAnswer("a"));
    await db.put("notices", { clientId: "n1", prompt: "P", kind: "not-counted", message: "Not counted: x" });

    const reloaded = await loadPage();
    const again = await reloaded.openOfflineDb("learner-a");
    expect(ids(await reloaded.getOfflineCards(again, null))).toEqual(["b"]);
    expect((await again.getAll("outbox")).map((a) => a.itemId)).toEqual(["a"]);
    expect(await again.count("notices")).toBe(1);
  });
});

describe("privacy: one learner's store", () => {
  async function fillFor(learnerId: string) {
    const page = await loadPage();
    const db = await page.openOfflineDb(learnerId);
    await page.storeCards(db, null, [studyCard("a")]);
    await page.storeCards(db, "deck-1", [studyCard("b")]);
    await page.queueAnswer(db, queuedAnswer("a"));
    await db.put("notices", { clientId: "n1", prompt: "P", kind: "not-counted", message: "Not counted" });
    return page;
  }

  it("is emptied when another learner opens it on the same device, after a reload", async () => {
    await fillFor("learner-a");
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-b");
    expect(await db.count("cards")).toBe(0);
    expect(await db.count("outbox")).toBe(0);
    expect(await db.count("notices")).toBe(0);
    expect(await db.get("meta", "learner")).toBe("learner-b");
  });

  it("is emptied when another learner opens it in the same page", async () => {
    const page = await fillFor("learner-a");
    const db = await page.openOfflineDb("learner-b");
    expect(await db.count("cards")).toBe(0);
    expect(await db.count("outbox")).toBe(0);
    // and back: learner b's answer is not shown to learner a either
    await page.queueAnswer(db, queuedAnswer("c"));
    const back = await page.openOfflineDb("learner-a");
    expect(await back.count("outbox")).toBe(0);
  });

  it("is deleted at sign-out, even while the page holds it open", async () => {
    const page = await fillFor("learner-a");
    await page.clearOfflineDb();
    expect(await databaseExists(page.OFFLINE_DB_NAME)).toBe(false);
  });
});
