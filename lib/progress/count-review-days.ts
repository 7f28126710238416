import { State, type CardState } from "@/lib/srs/card-state";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { decayOf } from "@/lib/srs/review-policy";
import { studyDayKey } from "@/lib/srs/study-day";
import { recallAt } from "./compute-expected-recall";

/**
 * What one answer in force adds to its study day's counts (an undo takes the same away): the sums the progress page
 * reads instead of the log. `expectedRecall` is FSRS's recall probability when answered, in EXPECTED_RECALL_SCALE
 * units, an integer so that the stored sums equal a recount exactly whatever order they were added in.
 */
export type ReviewDayTally = {
  reviews: number;
  /** graded right (or, without a grade, not rated Again) */
  correct: number;
  /** answers to cards in review (not learning or relearning): true retention's denominator */
  retentionReviews: number;
  /** of those, not rated Again */
  retentionPassed: number;
  /** of those, the scheduler's expected recall summed, in EXPECTED_RECALL_SCALE units */
  expectedRecall: number;
};

/** Answers in force on one study day for one fact kind: a ReviewDay row. */
export type ReviewDayCount = { day: string; kind: string } & ReviewDayTally;

/** Ten-thousandths: a 32-bit sum holds 200,000 answers of one kind on one day; each rounds by at most 0.005 points. */
export const EXPECTED_RECALL_SCALE = 10_000;

/** An answer is right when the item graded it right, or, for a row without that, when it was not rated Again. */
export function isCountedCorrect(answer: { correct: boolean | null; rating: number }): boolean {
  return answer.correct ?? answer.rating > 1;
}

export type TalliedAnswer = Pick<ReviewEvent, "rating" | "correct" | "reviewedAt"> & { stateBefore: Pick<CardState, "state" | "stability" | "lastReview"> };

/**
 * One answer's counts. Its expected recall uses `weights`' decay: the learner's weights when it is counted (a refit
 * recounts them, see lib/server/review-days.ts), as the scheduler's expectation and the stability it came from.
 */
export function tallyAnswer(answer: TalliedAnswer, weights: readonly number[] | undefined): ReviewDayTally {
  const before = answer.stateBefore;
  const inReview = before.state === State.Review;
  return {
    reviews: 1,
    correct: isCountedCorrect(answer) ? 1 : 0,
    retentionReviews: inReview ? 1 : 0,
    retentionPassed: inReview && answer.rating > 1 ? 1 : 0,
    expectedRecall: inReview ? Math.round(recallAt(before.stability, before.lastReview, answer.reviewedAt, decayOf(weights)) * EXPECTED_RECALL_SCALE) : 0,
  };
}

/** `a - b`, field by field: what replacing one answer by another of the same day and kind changes. */
export function subtractTally(a: ReviewDayTally, b: ReviewDayTally): ReviewDayTally {
  return {
    reviews: a.reviews - b.reviews,
    correct: a.correct - b.correct,
    retentionReviews: a.retentionReviews - b.retentionReviews,
    retentionPassed: a.retentionPassed - b.retentionPassed,
    expectedRecall: a.expectedRecall - b.expectedRecall,
  };
}

export function negateTally(t: ReviewDayTally): ReviewDayTally {
  return subtractTally({ reviews: 0, correct: 0, retentionReviews: 0, retentionPassed: 0, expectedRecall: 0 }, t);
}

export function isEmptyTally(t: ReviewDayTally): boolean {
  return t.reviews === 0 && t.correct === 0 && t.retentionReviews === 0 && t.retentionPassed === 0 && t.expectedRecall === 0;
}

/**
 * The per-day, per-kind counts of a learner's whole log, undone answers left out, sorted by day then kind: what the
 * stored ReviewDay rows must always equal, and what rebuilds them.
 */
export function countReviewDays(
  logs: readonly (Pick<ReviewEvent, "id" | "event" | "undoesId"> & TalliedAnswer & { kind: string })[],
  timeZone: string,
  weights: readonly number[] | undefined,
): ReviewDayCount[] {
  const counts = new Map<string, ReviewDayCount>();
  for (const log of getEffectiveReviews(logs)) {
    const day = studyDayKey(log.reviewedAt, timeZone);
    const key = `${day} ${log.kind}`;
    const entry = counts.get(key) ?? { day, kind: log.kind, reviews: 0, correct: 0, retentionReviews: 0, retentionPassed: 0, expectedRecall: 0 };
    const t = tallyAnswer(log, weights);
    entry.reviews += t.reviews;
    entry.correct += t.correct;
    entry.retentionReviews += t.retentionReviews;
    entry.retentionPassed += t.retentionPassed;
    entry.expectedRecall += t.expectedRecall;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
