import { MIN_REVIEWS_FOR_FITTING } from "@/lib/srs/fit-weights";

export type WeightFitDecision =
  | { fit: true; reason: "first-fit" | "more-reviews" }
  | { fit: false; reason: "not-enough-reviews" | "up-to-date" | "already-tried" };

/**
 * Whether a learner's FSRS weights should be (re)fitted: once they have MIN_REVIEWS_FOR_FITTING answers and no
 * weights, and again each time their answer count crosses another multiple of it since the weights were stored.
 * `reviewsWhenStored` is the count of answers the log held when the weights were last written. `lastAttemptReviews`
 * is the count when a fit was last started, whatever it ended with: a fit that kept the default weights (too little
 * history, optimizer missing or failed) is not tried again before the count crosses the next multiple, so it does
 * not run on every page view.
 */
export function decideWeightFit(input: { reviews: number; hasWeights: boolean; reviewsWhenStored: number; lastAttemptReviews?: number | null }): WeightFitDecision {
  const { reviews, hasWeights, reviewsWhenStored } = input;
  const lastAttempt = input.lastAttemptReviews ?? null;
  if (reviews < MIN_REVIEWS_FOR_FITTING) return { fit: false, reason: "not-enough-reviews" };
  const batch = (n: number) => Math.floor(n / MIN_REVIEWS_FOR_FITTING);
  const triedThisBatch = lastAttempt !== null && batch(reviews) <= batch(lastAttempt);
  if (!hasWeights) return triedThisBatch ? { fit: false, reason: "already-tried" } : { fit: true, reason: "first-fit" };
  if (batch(reviews) <= batch(reviewsWhenStored)) return { fit: false, reason: "up-to-date" };
  return triedThisBatch ? { fit: false, reason: "already-tried" } : { fit: true, reason: "more-reviews" };
}
