import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { acceptAnswer, changeGrade, getStudySummary, recordAnswer, undoAnswer } from "@/lib/server/study";
import { isSameCardState, newCardState } from "@/lib/srs/card-state";
import { rebuildCard } from "@/lib/srs/rebuild-card";
import { parseReviewEvent } from "@/lib/srs/review-event";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { toCardState } from "@/lib/server/study/card-row";
import { clientId, createLearner } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const settings = parseSchedulerSettings({});
let typedId = "";
let choiceId = "";

beforeAll(async () => {
  const db = getDb();
  const article = await db.article.create({
    data: { slug: `accept-${randomUUID().slice(0, 8)}`, title: "Accept fixture", body: "The bridge opened in 1932.", contentHash: "x", publishedAt: new Date("1990-01-02") },
  });
  const base = { articleId: article.id, kind: "date", answer: "1932", sourceSentence: "The bridge opened in 1932." };
  typedId = (await db.item.create({ data: { ...base, key: `accept-typed-${randomUUID()}`, type: "typed", prompt: "When did the bridge open?" } })).id;
  choiceId = (
    await db.item.create({ data: { ...base, key: `accept-choice-${randomUUID()}`, type: "choice", prompt: "When did the bridge open? (choice)", choices: JSON.stringify(["1929", "1932", "1936", "1940"]) } })
  ).id;
});

const answer = (itemId: string, response: string, cardVersion = 0) => ({ clientId: clientId(), itemId, cardVersion, response, durationMs: 900, tzOffset: 0 });

async function cardAndReplay(userId: string, itemId: string) {
  const db = getDb();
  const card = await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
  const rows = await db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
  return { card: toCardState(card), rebuilt: rebuildCard(newCardState(now), rows.map(parseReviewEvent), settings), rows };
}

describe("I was right", () => {
  it("replaces a wrong grade by Good in events of its own, the card as a right answer would have left it", async () => {
    const learner = await createLearner("accept");
    const wrong = await recordAnswer(learner.id, answer(typedId, "1923"), now);
    expect(wrong).toMatchObject({ correct: false, canAcceptAsRight: true, overridden: false });
    const accepted = await acceptAnswer(learner.id, { clientId: clientId(), reviewClientId: wrong.reviewClientId }, new Date(now.getTime() + 20_000));
    expect(accepted).toMatchObject({ correct: true, overridden: true, canAcceptAsRight: false, rating: 3, cardVersion: 2 });
    expect(accepted.grades.map((g) => g.rating)).toEqual([2, 3, 4]);

    // the same card as a learner who typed it right at the same moment
    const other = await createLearner("accept-right");
    await recordAnswer(other.id, answer(typedId, "1932"), now);
    const { card, rebuilt, rows } = await cardAndReplay(learner.id, typedId);
    expect(isSameCardState(card, (await cardAndReplay(other.id, typedId)).card)).toBe(true);
    expect(isSameCardState(rebuilt, card)).toBe(true);
    // the wrong grade is still in the log, reversed; the override is its own review
    expect(rows.map((r) => [r.event, r.rating, r.correct, r.overridden, r.response])).toEqual([
      ["review", 1, false, false, "1923"],
      ["undo", 0, null, false, null],
      ["review", 3, true, true, "1923"],
    ]);
    // counted once, as right
    expect(await getDb().reviewDay.findMany({ where: { userId: learner.id }, select: { reviews: true, correct: true } })).toEqual([{ reviews: 1, correct: 1 }]);
    expect(await getStudySummary(learner.id, now)).toMatchObject({ studiedToday: 1 });
  });

  it("is stored once when sent twice with one client id", async () => {
    const learner = await createLearner("accept-twice");
    const wrong = await recordAnswer(learner.id, answer(typedId, "1923"), now);
    const request = { clientId: clientId(), reviewClientId: wrong.reviewClientId };
    const first = await acceptAnswer(learner.id, request, now);
    const second = await acceptAnswer(learner.id, request, now);
    expect(second).toEqual(first);
    expect(await getDb().reviewLog.count({ where: { userId: learner.id } })).toBe(3);
  });

  it("is refused once the card was answered again since", async () => {
    const learner = await createLearner("accept-stale");
    const wrong = await recordAnswer(learner.id, answer(typedId, "1923"), now);
    await recordAnswer(learner.id, answer(typedId, "1932", wrong.cardVersion), new Date(now.getTime() + 10 * 60_000));
    await expect(acceptAnswer(learner.id, { clientId: clientId(), reviewClientId: wrong.reviewClientId }, now)).rejects.toThrow("answered again since");
    expect(await getDb().reviewLog.count({ where: { userId: learner.id } })).toBe(2);
  });

  it("is refused for a right answer, a picked option and another learner's answer", async () => {
    const learner = await createLearner("accept-refused");
    const right = await recordAnswer(learner.id, answer(typedId, "1932"), now);
    await expect(acceptAnswer(learner.id, { clientId: clientId(), reviewClientId: right.reviewClientId }, now)).rejects.toThrow("Only a typed answer that was marked wrong");
    const picked = await recordAnswer(learner.id, answer(choiceId, "1929"), now);
    expect(picked.canAcceptAsRight).toBe(false);
    await expect(acceptAnswer(learner.id, { clientId: clientId(), reviewClientId: picked.reviewClientId }, now)).rejects.toThrow("Only a typed answer that was marked wrong");
    const other = await createLearner("accept-other");
    const theirs = await recordAnswer(other.id, answer(typedId, "1923"), now);
    await expect(acceptAnswer(learner.id, { clientId: clientId(), reviewClientId: theirs.reviewClientId }, now)).rejects.toThrow("was not found");
  });

  it("is taken back, with the answer, by Undo; a grade change keeps it an override", async () => {
    const learner = await createLearner("accept-undo");
    const wrong = await recordAnswer(learner.id, answer(typedId, "1923"), now);
    const accepted = await acceptAnswer(learner.id, { clientId: clientId(), reviewClientId: wrong.reviewClientId }, now);
    const easy = await changeGrade(learner.id, { clientId: clientId(), reviewClientId: accepted.reviewClientId, rating: 4 }, now);
    expect(easy).toMatchObject({ rating: 4, correct: true, overridden: true });
    const restored = await undoAnswer(learner.id, { clientId: clientId(), reviewClientId: easy.reviewClientId }, now);
    expect(restored).toMatchObject({ itemId: typedId, isNew: true });
    const { card, rebuilt } = await cardAndReplay(learner.id, typedId);
    expect(isSameCardState(card, newCardState(now))).toBe(true);
    expect(isSameCardState(rebuilt, card)).toBe(true);
    expect(await getDb().reviewDay.findMany({ where: { userId: learner.id }, select: { reviews: true, correct: true } })).toEqual([{ reviews: 0, correct: 0 }]);
    // the wrong answer it replaced cannot be accepted again: it was undone
    await expect(acceptAnswer(learner.id, { clientId: clientId(), reviewClientId: wrong.reviewClientId }, now)).rejects.toThrow("already undone");
  });
});
