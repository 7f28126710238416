import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { maybeFitLearnerWeights } from "@/lib/server/fit-learner-weights";
import { ensureReviewDays, recountReviewDays } from "@/lib/server/review-days";
import { getSchedulerSettings } from "@/lib/server/study/scheduler-settings";
import { newCardState, serializeCardState, State } from "@/lib/srs/card-state";
import { clientId, createLearner } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const ITEMS = 40;
let itemIds: string[] = [];

beforeAll(async () => {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `weights-${tag}`, title: "Weights", body: "x", contentHash: tag } });
  itemIds = await Promise.all(
    Array.from({ length: ITEMS }, async (_, i) => {
      const item = await db.item.create({
        data: { key: `weights-${tag}-${i}`, articleId: article.id, type: "typed", kind: "count", prompt: `Q${i}?`, answer: String(i), sourceSentence: "x" },
      });
      return item.id;
    }),
  );
});

/** Rows written past the app's answer path, which keeps the per-day counts: have them recounted before the next read. */
async function markReviewDaysStale(userId: string) {
  await getDb().user.update({ where: { id: userId }, data: { reviewDaysStale: true }, select: { id: true } });
}

/** A small seeded generator, so the synthetic log is the same on every run. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t + 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// a card in review, last seen 10 days before: each answer counts toward retention and its expected recall
const snapshot = serializeCardState({ ...newCardState(now), state: State.Review, stability: 5, difficulty: 5, lastReview: new Date(now.getTime() - 10 * 86_400_000) });

/**
 * `total` answers over the 60 days before `end`, spread over the 40 items with growing gaps and mostly Good
 * ratings (about 12 % Again, 5 % Hard, 5 % Easy), the way a steady learner's log looks.
 */
async function insertSyntheticLog(userId: string, total: number, seed: number, end = now) {
  const random = mulberry32(seed);
  const db = getDb();
  const gaps = [1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8];
  const rows: { userId: string; clientId: string; cardId: string; itemId: string; rating: number; correct: boolean; stateBefore: string; stateAfter: string; reviewedAt: Date }[] = [];
  for (let i = 0; i < ITEMS && rows.length < total; i++) {
    const itemId = itemIds[i]!;
    const card = await db.card.create({ data: { userId, itemId, due: now, state: 2, reps: 1, stability: 5 }, select: { id: true } });
    const perItem = Math.ceil(total / ITEMS);
    let day = Math.floor(random() * 10);
    for (let r = 0; r < perItem && rows.length < total; r++) {
      const roll = random();
      const rating = r === 0 ? (roll < 0.3 ? 1 : 3) : roll < 0.12 ? 1 : roll < 0.17 ? 2 : roll < 0.95 ? 3 : 4;
      const reviewedAt = new Date(end.getTime() - (60 - day) * 86_400_000 + Math.floor(random() * 8) * 3_600_000);
      rows.push({ userId, clientId: clientId(), cardId: card.id, itemId, rating, correct: rating > 1, stateBefore: snapshot, stateAfter: snapshot, reviewedAt });
      // a lapse brings the card back the next day; otherwise the gap grows
      day += rating === 1 ? 1 : (gaps[r] ?? 8);
    }
  }
  await db.reviewLog.createMany({ data: rows });
  await markReviewDaysStale(userId);
  return rows.length;
}

async function storedWeights(userId: string) {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { fsrsWeights: true } });
  return user.fsrsWeights === null ? null : (JSON.parse(user.fsrsWeights) as unknown);
}

describe("maybeFitLearnerWeights", () => {
  it("fits and stores personal weights for a learner with 450 answers, then leaves them until the next 400", async () => {
    const learner = await createLearner("weights-450");
    expect(await insertSyntheticLog(learner.id, 450, 7)).toBe(450);

    await ensureReviewDays(getDb(), learner.id);
    const expectedRecall = async () => (await getDb().reviewDay.aggregate({ where: { userId: learner.id }, _sum: { expectedRecall: true } }))._sum.expectedRecall;
    const underDefaults = await expectedRecall();
    const result = await maybeFitLearnerWeights(learner.id, now);
    expect(result).toMatchObject({ status: "fitted", reviews: 450 });
    const weights = await storedWeights(learner.id);
    expect(Array.isArray(weights) && weights.length === 21 && weights.every((w) => typeof w === "number" && Number.isFinite(w))).toBe(true);
    // the stored expected recall is recounted under the new weights, by the fit itself
    const user = await getDb().user.findUniqueOrThrow({ where: { id: learner.id }, select: { reviewDaysStale: true } });
    expect(user.reviewDaysStale).toBe(false);
    expect(await expectedRecall()).not.toBe(underDefaults);
    const stored = await getDb().reviewDay.findMany({ where: { userId: learner.id }, orderBy: [{ day: "asc" }, { kind: "asc" }], omit: { userId: true } });
    expect(stored).toEqual(await recountReviewDays(getDb(), learner.id));
    // the scheduler reads them back as valid settings
    expect((await getSchedulerSettings(getDb(), learner.id)).weights).toEqual(weights);
    expect(await maybeFitLearnerWeights(learner.id, now)).toEqual({ status: "skipped", reason: "up-to-date", reviews: 450 });
  }, 120_000);

  it("fits again once the answer count crosses the next multiple of 400", async () => {
    const db = getDb();
    const learner = await createLearner("weights-810");
    const fittedAt = new Date(now.getTime() - 40 * 86_400_000);
    await insertSyntheticLog(learner.id, 450, 17, fittedAt);
    expect(await maybeFitLearnerWeights(learner.id, fittedAt)).toMatchObject({ status: "fitted", reviews: 450 });
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).fsrsWeightsReviewCount).toBe(450);
    // A settings change in between must not move the re-fit point.
    await db.user.update({ where: { id: learner.id }, data: { newCardsPerDay: 25 } });
    const first = await storedWeights(learner.id);

    const cards = await db.card.findMany({ where: { userId: learner.id }, select: { id: true, itemId: true } });
    const answer = (i: number, days: number) => {
      const card = cards[i % cards.length]!;
      const rating = i % 9 === 0 ? 1 : 3;
      const reviewedAt = new Date(fittedAt.getTime() + days * 86_400_000 + (i % cards.length) * 60_000);
      return { userId: learner.id, clientId: clientId(), cardId: card.id, itemId: card.itemId, rating, correct: rating > 1, stateBefore: snapshot, stateAfter: snapshot, reviewedAt };
    };
    // 349 more: 799 in all, still in the second batch of 400
    await db.reviewLog.createMany({ data: Array.from({ length: 349 }, (_, i) => answer(i, 1 + Math.floor(i / cards.length) * 3)) });
    await markReviewDaysStale(learner.id);
    expect(await maybeFitLearnerWeights(learner.id, now)).toEqual({ status: "skipped", reason: "up-to-date", reviews: 799 });
    await db.reviewLog.createMany({ data: [answer(349, 39)] });
    await markReviewDaysStale(learner.id);
    expect(await maybeFitLearnerWeights(learner.id, now)).toMatchObject({ status: "fitted", reviews: 800 });
    expect(await storedWeights(learner.id)).not.toEqual(first);
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).fsrsWeightsReviewCount).toBe(800);
    expect(await maybeFitLearnerWeights(learner.id, now)).toEqual({ status: "skipped", reason: "up-to-date", reviews: 800 });
  }, 120_000);

  it("keeps default weights for a learner with 100 answers", async () => {
    const learner = await createLearner("weights-100");
    await insertSyntheticLog(learner.id, 100, 11);
    expect(await maybeFitLearnerWeights(learner.id, now)).toEqual({ status: "skipped", reason: "not-enough-reviews", reviews: 100 });
    expect(await storedWeights(learner.id)).toBeNull();
  });

  it("stores nothing and does not throw when the optimizer fails", async () => {
    const learner = await createLearner("weights-broken");
    await insertSyntheticLog(learner.id, 420, 13);
    const result = await maybeFitLearnerWeights(learner.id, now, {
      loadOptimizer: async () => {
        throw new Error("no binary for this platform");
      },
    });
    expect(result).toEqual({ status: "default", reason: "optimizer-unavailable", reviews: 420 });
    expect(await storedWeights(learner.id)).toBeNull();
    // regression: a fit that kept the defaults was tried again on every page view
    let loads = 0;
    const counting = async () => {
      loads += 1;
      throw new Error("no binary for this platform");
    };
    expect(await maybeFitLearnerWeights(learner.id, now, { loadOptimizer: counting })).toEqual({ status: "skipped", reason: "already-tried", reviews: 420 });
    expect(loads).toBe(0);
    const user = await getDb().user.findUniqueOrThrow({ where: { id: learner.id }, select: { fsrsFitAttemptedAt: true, fsrsFitAttemptReviewCount: true } });
    expect(user).toEqual({ fsrsFitAttemptedAt: now, fsrsFitAttemptReviewCount: 420 });
  });

  it("answers a status for an account that does not exist", async () => {
    expect(await maybeFitLearnerWeights("no-such-user", now)).toEqual({ status: "skipped", reason: "no-such-user", reviews: 0 });
  });
});
