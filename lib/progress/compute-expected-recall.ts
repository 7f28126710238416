import { forgetting_curve } from "ts-fsrs";
import { State } from "@/lib/srs/card-state";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { decayOf } from "@/lib/srs/review-policy";

const MS_PER_DAY = 86_400_000;

/**
 * What the scheduler expected of the answers computeTrueRetention counts (review-state answers of the last `days`
 * days, undone ones left out): the mean of FSRS's recall probability for each card at the moment it was answered,
 * from its memory state before the answer and the learner's weights. Compared with the share actually passed, it
 * says whether the learner's memory is stronger or weaker than the scheduler assumes. Cards come due when recall
 * has fallen to well below the desired retention, so neither figure should be read against that setting.
 */
export function computeExpectedPassRate(
  logs: readonly Pick<ReviewEvent, "id" | "event" | "undoesId" | "reviewedAt" | "rating" | "stateBefore">[],
  now: Date,
  weights: readonly number[] | undefined,
  days = 30,
): number | null {
  const from = now.getTime() - days * MS_PER_DAY;
  const decay = decayOf(weights);
  let reviews = 0;
  let expected = 0;
  for (const log of getEffectiveReviews(logs)) {
    const t = log.reviewedAt.getTime();
    const before = log.stateBefore;
    if (t <= from || t > now.getTime() || before.state !== State.Review) continue;
    reviews += 1;
    expected += recallAt(before.stability, before.lastReview, log.reviewedAt, decay);
  }
  return reviews === 0 ? null : expected / reviews;
}

/**
 * The learner's estimated mean probability of recall now, over every card studied and not new: what the desired
 * retention setting aims at (lib/srs/review-policy.ts), on the scheduler's own model.
 */
export function computeRecallNow(
  cards: readonly { state: number; stability: number; lastReview: Date | null }[],
  now: Date,
  weights: readonly number[] | undefined,
): { cards: number; meanRecall: number | null } {
  const decay = decayOf(weights);
  let count = 0;
  let sum = 0;
  for (const card of cards) {
    if (card.state === State.New || !(card.stability > 0) || !card.lastReview) continue;
    count += 1;
    sum += recallAt(card.stability, card.lastReview, now, decay);
  }
  return { cards: count, meanRecall: count === 0 ? null : sum / count };
}

/** FSRS recall probability at `at` of a memory of `stability` last reviewed at `lastReview` (1 without one). */
export function recallAt(stability: number, lastReview: Date | null, at: Date, decay: number): number {
  if (!lastReview || !(stability > 0)) return 1;
  const elapsed = Math.max(0, (at.getTime() - lastReview.getTime()) / MS_PER_DAY);
  return forgetting_curve(decay, elapsed, stability);
}
