import type { Card as FsrsCard, Grade, RecordLog } from "ts-fsrs";
import { fromFsrsCard, State, toFsrsCard, type CardState } from "./card-state";
import { createFsrs } from "./create-fsrs";
import { isRating, Rating } from "./rating";
import { passingOutcomes, policyIntervals, reviewPolicyFor, type PassingGrade } from "./review-policy";
import { hashString, keyedUniform } from "./seeded-random";
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
 * ts-fsrs updates the memory state and runs the same-day learning and relearning steps; once a card is in review,
 * the days to its next review come from the review policy (lib/srs/review-policy.ts), which needs fewer reviews
 * than a fixed recall target for the same retention.
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
  const after = capInterval(withPolicyInterval(record, rating, card, now, settings, cardId), now, settings.maximumIntervalDays);
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

function withPolicyInterval(record: RecordLog, rating: Rating, before: CardState, now: Date, settings: SchedulerSettings, cardId?: string): CardState {
  const card = fromFsrsCard(record[rating as Grade].card);
  if (rating === Rating.Again || card.state !== State.Review) return card;
  const days = policyIntervals(passingOutcomes(record), reviewPolicyFor(settings.weights, settings.desiredRetention), {
    fuzzDraw: settings.enableFuzz ? keyedUniform(hashString(cardId ?? ""), before.reps, Math.floor(now.getTime() / 1000)) : null,
    elapsedDays: record[rating as Grade].log.elapsed_days,
    maximumIntervalDays: settings.maximumIntervalDays,
  })[rating as PassingGrade];
  if (days === undefined) return card;
  return { ...card, scheduledDays: days, due: new Date(now.getTime() + days * MS_PER_DAY) };
}

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
