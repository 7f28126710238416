import { isSameCardState, type CardState } from "./card-state";
import type { ReviewEvent } from "./review-event";

export type UndoOutcome = {
  card: CardState;
  log: { stateBefore: CardState; stateAfter: CardState };
};

export class StaleUndoError extends Error {
  constructor() {
    super("This answer can no longer be undone because the card has changed since. Undo the later answer first.");
    this.name = "StaleUndoError";
  }
}

/**
 * The card after reversing `target` (a review, or an undo to redo). Only the latest change to the card can be
 * reversed: the card must still be exactly in `target.stateAfter`, otherwise a later answer would be silently lost.
 */
export function undoReview(current: CardState, target: Pick<ReviewEvent, "stateBefore" | "stateAfter">): UndoOutcome {
  if (!isSameCardState(current, target.stateAfter)) throw new StaleUndoError();
  return { card: target.stateBefore, log: { stateBefore: current, stateAfter: target.stateBefore } };
}
