import { applyReview } from "./apply-review";
import type { CardState } from "./card-state";
import { formatInterval } from "./format-interval";
import { RATINGS, type Rating } from "./rating";
import type { SchedulerSettings } from "./scheduler-settings";

export type IntervalPreview = {
  rating: Rating;
  due: Date;
  /** "10m", "3d", "2.1mo"; what the grade button shows */
  label: string;
};

/**
 * What each grade would schedule, from the same applyReview the answer will go through, so a button never
 * promises a different interval than the one recorded.
 */
export function previewIntervals(
  card: CardState,
  now: Date,
  settings: SchedulerSettings,
  cardId?: string,
  ratings: readonly Rating[] = RATINGS,
): IntervalPreview[] {
  return ratings.map((rating) => {
    const { due } = applyReview(card, rating, now, settings, cardId).card;
    return { rating, due, label: formatInterval(due.getTime() - now.getTime()) };
  });
}
