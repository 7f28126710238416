import { applyReview, ratingForAnswer, type ReviewOutcome } from "./apply-review";
import type { CardState } from "./card-state";
import type { ReviewEvent } from "./review-event";
import type { SchedulerSettings } from "./scheduler-settings";
import { undoReview, type UndoOutcome } from "./undo-review";

/** Only a typed answer is checked by a rule a person can disagree with; an option picked is right or wrong. */
const OVERRIDABLE_TYPES: ReadonlySet<string> = new Set(["typed", "cloze"]);

export class NotOverridableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotOverridableError";
  }
}

/** Whether "I was right" may replace this answer's grade: a typed answer the server graded wrong. */
export function canAcceptAsRight(answer: { type: string; correct: boolean | null; selfGraded: boolean }): boolean {
  return OVERRIDABLE_TYPES.has(answer.type) && answer.correct === false && !answer.selfGraded;
}

export type AcceptOutcome = { undo: UndoOutcome; review: ReviewOutcome };

/**
 * "I was right" (Anki's and Quizlet's override): the wrong grade is reversed and the answer graded right at the
 * moment it was given, so the card is exactly what it would be had the server accepted the answer, and a replay of
 * the log (review, undo, review) gives the same card. Only the latest change to the card can be replaced: the card
 * must still be in the wrong answer's state (StaleUndoError otherwise).
 */
export function acceptAsRight(
  current: CardState,
  target: Pick<ReviewEvent, "stateBefore" | "stateAfter" | "reviewedAt">,
  settings: SchedulerSettings,
  cardId?: string,
): AcceptOutcome {
  const undo = undoReview(current, target);
  const review = applyReview(target.stateBefore, ratingForAnswer(true), target.reviewedAt, settings, cardId);
  return { undo, review };
}
