import { MIN_REVIEWS_FOR_FITTING } from "@/lib/srs/fit-weights";

export type WeightFitDecision =
  | { fit: true; reason: "first-fit" | "more-reviews" }
  | { fit: false; reason: "not-enough-reviews" | "up-to-date" };

/**
 * Whether a learner's FSRS weights should be (re)fitted: once they have MIN_REVIEWS_FOR_FITTING answers and no
 * weights, and again each time their answer count crosses another multiple of it since the weights were stored.
 * `reviewsWhenStored` is the count of answers the log held when the weights were last written.
 */
export function decideWeightFit(input: { reviews: number; hasWeights: boolean; reviewsWhenStored: number }): WeightFitDecision {
  const { reviews, hasWeights, reviewsWhenStored } = input;
  if (reviews < MIN_REVIEWS_FOR_FITTING) return { fit: false, reason: "not-enough-reviews" };
  if (!hasWeights) return { fit: true, reason: "first-fit" };
  const batch = (n: number) => Math.floor(n / MIN_REVIEWS_FOR_FITTING);
  return batch(reviews) > batch(reviewsWhenStored) ? { fit: true, reason: "more-reviews" } : { fit: false, reason: "up-to-date" };
}
