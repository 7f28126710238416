import { newCardState, State, type CardState } from "@/lib/srs/card-state";
import type { Rating } from "@/lib/srs/rating";
import type { ReviewEvent } from "@/lib/srs/review-event";

const base = newCardState(new Date("2026-01-01T00:00:00Z"));

export function cardIn(state: State, patch: Partial<CardState> = {}): CardState {
  return { ...base, state, ...patch };
}

let counter = 0;

/** A review row at `iso`; `before` is the card's state when answered. */
export function review(iso: string, rating: Rating, before: State = State.Review, patch: Partial<ReviewEvent> = {}): ReviewEvent {
  counter += 1;
  return {
    id: `r${counter}`,
    cardId: "c1",
    event: "review",
    rating,
    correct: null,
    stateBefore: cardIn(before),
    stateAfter: cardIn(State.Review),
    reviewedAt: new Date(iso),
    undoesId: null,
    ...patch,
  };
}

export function undo(of: ReviewEvent, iso: string): ReviewEvent {
  counter += 1;
  return { ...of, id: `u${counter}`, event: "undo", rating: 0, correct: null, reviewedAt: new Date(iso), undoesId: of.id };
}
