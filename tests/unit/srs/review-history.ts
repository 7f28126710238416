// Test helper: builds a card's log the way the server records it (applyReview / undoReview, one row each).
import { applyReview } from "@/lib/srs/apply-review";
import { newCardState, type CardState } from "@/lib/srs/card-state";
import type { Rating } from "@/lib/srs/rating";
import type { ReviewEvent } from "@/lib/srs/review-event";
import type { SchedulerSettings } from "@/lib/srs/scheduler-settings";
import { undoReview } from "@/lib/srs/undo-review";

export type Step = { rating: Rating; at: Date } | { undo: string; at: Date };

export function recordHistory(start: Date, steps: Step[], settings: SchedulerSettings, cardId = "card-1") {
  let card: CardState = newCardState(start);
  const events: ReviewEvent[] = [];
  steps.forEach((step, i) => {
    const id = `e${i}`;
    if ("rating" in step) {
      const { card: after, log } = applyReview(card, step.rating, step.at, settings, cardId);
      events.push({ id, cardId, event: "review", rating: step.rating, correct: step.rating > 1, stateBefore: log.stateBefore, stateAfter: after, reviewedAt: step.at, undoesId: null });
      card = after;
    } else {
      const target = events.find((e) => e.id === step.undo);
      if (!target) throw new Error(`no event ${step.undo}`);
      const { card: after, log } = undoReview(card, target);
      events.push({ id, cardId, event: "undo", rating: 0, correct: null, stateBefore: log.stateBefore, stateAfter: after, reviewedAt: step.at, undoesId: step.undo });
      card = after;
    }
  });
  return { card, events, initial: newCardState(start) };
}
