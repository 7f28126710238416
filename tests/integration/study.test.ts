import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { changeGrade, getStudySession, getStudySummary, recordAnswer as submitAnswer, undoAnswer } from "@/lib/server/study";
import { rebuildCard } from "@/lib/srs/rebuild-card";
import { parseReviewEvent } from "@/lib/srs/review-event";
import { newCardState, isSameCardState } from "@/lib/srs/card-state";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { clientId, createLearner } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
let itemIds: string[] = [];

beforeAll(async () => {
  const db = getDb();
  const article = await db.article.create({
    // Published earliest, so its items are introduced before any other test file's.
    data: { slug: `study-${randomUUID().slice(0, 8)}`, title: "Study fixture", body: "Trade rose 24% in 2024.", contentHash: "x", publishedAt: new Date("1990-01-01") },
  });
  const items = await Promise.all(
    [0, 1, 2].map((i) =>
      db.item.create({
        data: {
          key: `study-fixture-${randomUUID()}`,
          articleId: article.id,
          type: "choice",
          kind: "percent",
          prompt: `By what percentage did trade rise in 2024? (${i})`,
          answer: "24%",
          choices: JSON.stringify(["12%", "24%", "35.4%", "50%"]),
          sourceSentence: `Trade rose 24% in 2024 (fixture ${i}).`,
        },
      }),
    ),
  );
  itemIds = items.map((item) => item.id);
});

const answer = (itemId: string, response: string, cardVersion = 0, id = clientId()) => ({
  clientId: id,
  itemId,
  cardVersion,
  response,
  durationMs: 1200,
  tzOffset: 0,
});

describe("study cards", () => {
  it("never carry the answer or the source sentence before the learner answers", async () => {
    const learner = await createLearner();
    const { cards } = await getStudySession(learner.id, { limit: 50 }, now);
    const ours = cards.filter((c) => itemIds.includes(c.itemId));
    expect(ours).toHaveLength(3);
    for (const card of ours) {
      expect(Object.keys(card).sort()).toEqual(["articleTitle", "cardVersion", "choices", "isNew", "itemId", "kind", "own", "prompt", "type"]);
      expect(JSON.stringify(card)).not.toContain("Trade rose");
    }
  });
});

describe("submitting an answer", () => {
  it("grades on the server, schedules with FSRS and counts the review", async () => {
    const learner = await createLearner();
    const right = await submitAnswer(learner.id, answer(itemIds[0]!, "24%"), now);
    expect(right).toMatchObject({ correct: true, answer: "24%", cardVersion: 1, rating: 3 });
    expect(right.grades.map((g) => g.rating)).toEqual([2, 3, 4]);
    expect(new Date(right.nextDue).getTime()).toBeGreaterThan(now.getTime());
    const wrong = await submitAnswer(learner.id, answer(itemIds[1]!, "50%"), now);
    expect(wrong.correct).toBe(false);
    expect(wrong.grades.map((g) => g.rating)).toEqual([1]);
    const summary = await getStudySummary(learner.id, now);
    expect(summary.studiedToday).toBe(2);
    // Both answers were given at the same instant, so the log has no order between them to check.
    const logs = await getDb().reviewLog.findMany({ where: { userId: learner.id }, select: { itemId: true, rating: true, correct: true } });
    expect(logs.map((l) => [l.itemId, l.rating, l.correct]).sort()).toEqual(
      [
        [itemIds[0], 3, true],
        [itemIds[1], 1, false],
      ].sort(),
    );
  });

  it("stores a review once when the same submission arrives twice, one after the other", async () => {
    const learner = await createLearner();
    const submission = answer(itemIds[0]!, "24%");
    const first = await submitAnswer(learner.id, submission, now);
    const second = await submitAnswer(learner.id, submission, now);
    expect(second).toEqual(first);
    expect(await getDb().reviewLog.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("stores a review once when the same submission arrives twice at the same time", async () => {
    const learner = await createLearner();
    const submission = answer(itemIds[2]!, "24%");
    const results = await Promise.allSettled([submitAnswer(learner.id, submission, now), submitAnswer(learner.id, submission, now)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await getDb().reviewLog.count({ where: { userId: learner.id } })).toBe(1);
    const card = await getDb().card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: itemIds[2]! } } });
    expect(card.reps).toBe(1);
    expect(card.version).toBe(1);
  });

  it("refuses an answer given against a card state that changed since it was shown", async () => {
    const learner = await createLearner();
    await submitAnswer(learner.id, answer(itemIds[1]!, "24%", 0), now);
    // A second tab still shows version 0 and answers with a new client id.
    await expect(submitAnswer(learner.id, answer(itemIds[1]!, "50%", 0), now)).rejects.toThrow("already answered");
    expect(await getDb().reviewLog.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("answers 'not found' for an item that does not exist", async () => {
    const learner = await createLearner();
    await expect(submitAnswer(learner.id, answer("no-such-item", "24%"), now)).rejects.toThrow("was not found");
  });
});

describe("changing a grade and undoing", () => {
  const settings = parseSchedulerSettings({});

  async function replayedCard(userId: string, itemId: string) {
    const db = getDb();
    const card = await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
    const rows = await db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    return { card, rebuilt: rebuildCard(newCardState(now), rows.map(parseReviewEvent), settings) };
  }

  it("regrades a right answer to Easy as an undo plus a new review, and the log replays to the stored card", async () => {
    const learner = await createLearner();
    const first = await submitAnswer(learner.id, answer(itemIds[0]!, "24%"), now);
    const easy = await changeGrade(learner.id, { clientId: clientId(), reviewClientId: first.reviewClientId, rating: 4 }, now);
    expect(easy.rating).toBe(4);
    expect(new Date(easy.nextDue).getTime()).toBeGreaterThan(new Date(first.nextDue).getTime());
    const events = await getDb().reviewLog.findMany({ where: { userId: learner.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.event).sort()).toEqual(["review", "review", "undo"]);
    const { card, rebuilt } = await replayedCard(learner.id, itemIds[0]!);
    expect(card.due.toISOString()).toBe(easy.nextDue);
    expect(rebuilt.due.toISOString()).toBe(easy.nextDue);
    expect(await getStudySummary(learner.id, now)).toMatchObject({ studiedToday: 1 });
  });

  it("refuses to grade a wrong answer anything but Again", async () => {
    const learner = await createLearner();
    const wrong = await submitAnswer(learner.id, answer(itemIds[0]!, "50%"), now);
    await expect(changeGrade(learner.id, { clientId: clientId(), reviewClientId: wrong.reviewClientId, rating: 3 }, now)).rejects.toThrow(
      "A wrong answer is always graded Again.",
    );
  });

  it("undo restores the card's previous state, logs the undo and can be sent twice", async () => {
    const learner = await createLearner();
    const before = await getDb().card.findUnique({ where: { userId_itemId: { userId: learner.id, itemId: itemIds[1]! } } });
    expect(before).toBeNull();
    const first = await submitAnswer(learner.id, answer(itemIds[1]!, "24%"), now);
    const undo = { clientId: clientId(), reviewClientId: first.reviewClientId };
    const restored = await undoAnswer(learner.id, undo, now);
    // Sent twice, the same card comes back (its choices in a new order: every showing shuffles them).
    const again = await undoAnswer(learner.id, undo, now);
    expect({ ...again, choices: [...again.choices].sort() }).toEqual({ ...restored, choices: [...restored.choices].sort() });
    expect(restored).toMatchObject({ itemId: itemIds[1], isNew: true, cardVersion: 2 });
    const { card, rebuilt } = await replayedCard(learner.id, itemIds[1]!);
    expect(card.reps).toBe(0);
    expect(card.state).toBe(0);
    expect(isSameCardState(rebuilt, newCardState(now))).toBe(true);
    expect(await getDb().reviewLog.count({ where: { userId: learner.id, event: "undo" } })).toBe(1);
    expect(await getStudySummary(learner.id, now)).toMatchObject({ studiedToday: 0 });
    // The card can be answered again with its new version.
    await expect(submitAnswer(learner.id, answer(itemIds[1]!, "24%", restored.cardVersion), now)).resolves.toMatchObject({ correct: true });
  });

  it("refuses to undo an answer that a later answer has built on", async () => {
    const learner = await createLearner();
    const first = await submitAnswer(learner.id, answer(itemIds[2]!, "24%", 0), now);
    const later = new Date(now.getTime() + 15 * 60_000);
    await submitAnswer(learner.id, answer(itemIds[2]!, "24%", first.cardVersion), later);
    await expect(undoAnswer(learner.id, { clientId: clientId(), reviewClientId: first.reviewClientId }, later)).rejects.toThrow(
      "undo the later answer first",
    );
  });

  it("does not let one learner undo another's answer", async () => {
    const owner = await createLearner("owner");
    const other = await createLearner("other");
    const first = await submitAnswer(owner.id, answer(itemIds[0]!, "24%"), now);
    await expect(undoAnswer(other.id, { clientId: clientId(), reviewClientId: first.reviewClientId }, now)).rejects.toThrow("was not found");
  });
});

describe("revealing a typed card", () => {
  let typedItemId = "";
  beforeAll(async () => {
    const db = getDb();
    const article = await db.article.findFirstOrThrow({ where: { items: { some: { id: itemIds[0]! } } }, select: { id: true } });
    typedItemId = (
      await db.item.create({
        data: {
          key: `study-typed-${randomUUID()}`,
          articleId: article.id,
          type: "typed",
          kind: "percent",
          prompt: "By what percentage did trade rise in 2024? (typed)",
          answer: "24%",
          sourceSentence: "Trade rose 24% in 2024 (typed fixture).",
        },
      })
    ).id;
  });

  it("records a self-graded Good at once, offers all four grades, and lets the learner pick Again", async () => {
    const learner = await createLearner();
    const shown = await submitAnswer(learner.id, { ...answer(typedItemId, ""), reveal: true }, now);
    expect(shown).toMatchObject({ selfGraded: true, correct: true, rating: 3, answer: "24%" });
    expect(shown.grades.map((g) => g.rating)).toEqual([1, 2, 3, 4]);
    const again = await changeGrade(learner.id, { clientId: clientId(), reviewClientId: shown.reviewClientId, rating: 1 }, now);
    expect(again).toMatchObject({ selfGraded: true, correct: false, rating: 1 });
    const logs = await getDb().reviewLog.findMany({ where: { userId: learner.id, event: "review" }, select: { selfGraded: true, response: true } });
    expect(logs).toEqual([
      { selfGraded: true, response: null },
      { selfGraded: true, response: null },
    ]);
  });

  it("does not let the learner type the answer they were just shown", async () => {
    const learner = await createLearner();
    await submitAnswer(learner.id, { ...answer(typedItemId, ""), reveal: true }, now);
    await expect(submitAnswer(learner.id, answer(typedItemId, "24%", 0), now)).rejects.toThrow("already answered");
  });

  it("refuses to reveal a multiple-choice card", async () => {
    const learner = await createLearner();
    await expect(submitAnswer(learner.id, { ...answer(itemIds[0]!, ""), reveal: true }, now)).rejects.toThrow("Only typed and fill-in-the-gap cards");
  });
});
