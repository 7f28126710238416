import { applyReview } from "./apply-review";
import type { CardState } from "./card-state";
import { sortReviewEvents, type ReviewEvent } from "./review-event";
import type { SchedulerSettings } from "./scheduler-settings";

export class UnknownUndoTargetError extends Error {
  constructor(undoId: string, targetId: string | null) {
    super(`Undo ${undoId} reverses ${targetId ?? "nothing"}, which is not an earlier event of this card.`);
    this.name = "UnknownUndoTargetError";
  }
}

/**
 * The card's state recomputed from its log alone: every review re-applied through applyReview, every undo
 * restoring the state that was in force just before the event it reverses (for an undo of an undo, the state the
 * first undo replaced). With the settings and cardId used at review time this equals the stored state; with new
 * settings (say freshly fitted weights) it is the card as those settings would have scheduled it.
 */
export function rebuildCard(
  initial: CardState,
  events: readonly Pick<ReviewEvent, "id" | "event" | "rating" | "reviewedAt" | "undoesId">[],
  settings: SchedulerSettings,
  cardId?: string,
): CardState {
  const stateBefore = new Map<string, CardState>();
  let card = initial;
  for (const event of sortReviewEvents(events)) {
    stateBefore.set(event.id, card);
    if (event.event === "review") {
      if (event.rating === 0) throw new RangeError(`Review ${event.id} has no rating.`);
      card = applyReview(card, event.rating, event.reviewedAt, settings, cardId).card;
    } else {
      const restored = event.undoesId === null ? undefined : stateBefore.get(event.undoesId);
      if (!restored || event.undoesId === event.id) throw new UnknownUndoTargetError(event.id, event.undoesId);
      card = restored;
    }
  }
  return card;
}
