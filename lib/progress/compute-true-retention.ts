import { State, type CardState } from "@/lib/srs/card-state";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import type { ReviewEvent } from "@/lib/srs/review-event";

export type TrueRetention = {
  /** answers to cards that were in review (not learning or relearning) */
  reviews: number;
  passed: number;
  /** passed / reviews; null when there were none */
  retention: number | null;
};

const MS_PER_DAY = 86_400_000;

/** True retention from its counts: the share passed, null when there were no answers to count. */
export function retentionOf({ reviews, passed }: { reviews: number; passed: number }): TrueRetention {
  return { reviews, passed, retention: reviews === 0 ? null : passed / reviews };
}

/**
 * Anki's "true retention": of the answers given to cards in review state during the last `days` days (a rolling
 * window ending at `now`), the share not graded Again. Learning steps are left out because they test minutes-old
 * memories and would flatter the number; undone answers are left out because they never happened.
 */
export function computeTrueRetention(
  logs: readonly (Pick<ReviewEvent, "id" | "event" | "undoesId" | "reviewedAt" | "rating"> & { stateBefore: Pick<CardState, "state"> })[],
  now: Date,
  days = 30,
): TrueRetention {
  const from = now.getTime() - days * MS_PER_DAY;
  let reviews = 0;
  let passed = 0;
  for (const log of getEffectiveReviews(logs)) {
    const t = log.reviewedAt.getTime();
    if (t <= from || t > now.getTime() || log.stateBefore.state !== State.Review) continue;
    reviews += 1;
    if (log.rating > 1) passed += 1;
  }
  return retentionOf({ reviews, passed });
}
