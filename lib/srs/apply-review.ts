import type { Card as FsrsCard, Grade } from "ts-fsrs";
import { fromFsrsCard, State, toFsrsCard, type CardState } from "./card-state";
import { createFsrs } from "./create-fsrs";
import { isRating, Rating } from "./rating";
import type { SchedulerSettings } from "./scheduler-settings";

export type ReviewOutcome = {
  card: CardState;
  log: {
    rating: Rating;
    stateBefore: CardState;
    stateAfter: CardState;
    /** whole days since the previous review (0 for a new card) */
    elapsedDays: number;
    /** whole days until the next due; 0 while in (re)learning steps */
    scheduledDays: number;
  };
};

export class ReviewTimeError extends Error {
  constructor(now: Date, lastReview: Date) {
    super(`A review at ${now.toISOString()} cannot come before the card's last review at ${lastReview.toISOString()}.`);
    this.name = "ReviewTimeError";
  }
}

/**
 * The card after answering `rating` at `now`. Pure and deterministic: the same card, rating, time, settings and
 * cardId always give the same result, fuzz included, so a replay of the log reproduces the stored state.
 *
 * ts-fsrs does it all: the memory state, the same-day learning and relearning steps, the days to the next review
 * and their fuzz (none under 2.5 days), at the recall at due that keeps the desired retention as the learner's mean
 * recall (createFsrs).
 */
export function applyReview(
  card: CardState,
  rating: Rating,
  now: Date,
  settings: SchedulerSettings,
  cardId?: string,
): ReviewOutcome {
  if (!isRating(rating)) throw new RangeError(`Rating must be 1 (Again) to 4 (Easy), got ${String(rating)}.`);
  if (Number.isNaN(now.getTime())) throw new RangeError("Review time is not a valid date.");
  // Going back in time would give negative elapsed days and a memory state FSRS cannot interpret.
  if (card.lastReview && now.getTime() < card.lastReview.getTime()) throw new ReviewTimeError(now, card.lastReview);

  const record = createFsrs(settings, cardId).repeat(toFsrsInput(card, settings), now);
  const { log } = record[rating as Grade];
  const after = capInterval(fromFsrsCard(record[rating as Grade].card), now, settings.maximumIntervalDays);
  return {
    card: after,
    log: {
      rating,
      stateBefore: card,
      stateAfter: after,
      elapsedDays: log.elapsed_days,
      scheduledDays: after.scheduledDays,
    },
  };
}

const MS_PER_DAY = 86_400_000;

/** ts-fsrs keeps Good a day past Hard and Easy a day past Good even at the cap; the cap is the learner's setting. */
function capInterval(card: CardState, now: Date, maximumIntervalDays: number): CardState {
  if (card.scheduledDays <= maximumIntervalDays) return card;
  return { ...card, scheduledDays: maximumIntervalDays, due: new Date(now.getTime() + maximumIntervalDays * MS_PER_DAY) };
}

/**
 * A card left mid-steps by a settings change (say from three steps to one) would point past the last step, and
 * ts-fsrs would then graduate it whatever the grade; it resumes at the last step that still exists.
 */
export function toFsrsInput(card: CardState, settings: SchedulerSettings): FsrsCard {
  const fsrsCard = toFsrsCard(card);
  const steps = card.state === State.Relearning ? settings.relearningSteps : settings.learningSteps;
  const inSteps = card.state === State.Learning || card.state === State.Relearning;
  if (inSteps && steps.length > 0 && card.learningSteps >= steps.length) fsrsCard.learning_steps = steps.length - 1;
  return fsrsCard;
}

// Objective items grade themselves; callers that apply a review usually need this too.
export { allowedRatingsAfterAnswer, isAllowedRatingAfterAnswer, ratingForAnswer } from "./rating-for-answer";
