import "server-only";
import type { CardState } from "@/lib/srs/card-state";

/** The Card columns that hold FSRS state. */
export const CARD_STATE_SELECT = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

export type CardStateRow = Omit<CardState, "state"> & { state: number };

export function toCardState(row: CardStateRow): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardState["state"],
    lastReview: row.lastReview,
  };
}

/** The same fields, ready to write to a Card row. */
export const toCardColumns = (card: CardState): CardStateRow => toCardState(card);

// Fuzz is seeded by the card's own history in ts-fsrs; no extra card id is mixed in, so the
// scheduler, previews and log replay all agree without knowing row ids.
export const FUZZ_CARD_ID = undefined;
