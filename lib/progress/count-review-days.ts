import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { studyDayKey } from "@/lib/srs/study-day";

/** Answers in force on one study day for one fact kind: a ReviewDay row. */
export type ReviewDayCount = { day: string; kind: string; reviews: number; correct: number };

/** An answer is right when the item graded it right, or, for a row without that, when it was not rated Again. */
export function isCountedCorrect(answer: { correct: boolean | null; rating: number }): boolean {
  return answer.correct ?? answer.rating > 1;
}

/**
 * The per-day, per-kind counts of a learner's whole log, undone answers left out, sorted by day then kind: what the
 * stored ReviewDay rows must always equal, and what rebuilds them.
 */
export function countReviewDays(
  logs: readonly (Pick<ReviewEvent, "id" | "event" | "undoesId" | "reviewedAt" | "rating" | "correct"> & { kind: string })[],
  timeZone: string,
): ReviewDayCount[] {
  const counts = new Map<string, ReviewDayCount>();
  for (const log of getEffectiveReviews(logs)) {
    const day = studyDayKey(log.reviewedAt, timeZone);
    const key = `${day} ${log.kind}`;
    const entry = counts.get(key) ?? { day, kind: log.kind, reviews: 0, correct: 0 };
    entry.reviews += 1;
    if (isCountedCorrect(log)) entry.correct += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
