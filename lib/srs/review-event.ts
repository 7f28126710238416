import { z } from "zod";
import { parseCardStateSnapshot, type CardState } from "./card-state";
import type { Rating } from "./rating";

/** One ReviewLog row, parsed: an answer ("review") or the reversal of an earlier row ("undo"). */
export type ReviewEvent = {
  id: string;
  cardId: string;
  event: "review" | "undo";
  /** 1-4 for a review, 0 for an undo */
  rating: Rating | 0;
  correct: boolean | null;
  stateBefore: CardState;
  stateAfter: CardState;
  reviewedAt: Date;
  /** for an undo: the row it reverses (a review, or an undo, which redoes what that one undid) */
  undoesId: string | null;
};

/** The ReviewLog columns parseReviewEvent reads, as Prisma returns them. */
export type ReviewLogRow = {
  id: string;
  cardId: string;
  event: string;
  rating: number;
  correct: boolean | null;
  stateBefore: string;
  stateAfter: string;
  reviewedAt: Date;
  undoesId: string | null;
};

const rowSchema = z.discriminatedUnion("event", [
  z.object({ event: z.literal("review"), rating: z.number().int().min(1).max(4), undoesId: z.null() }),
  z.object({ event: z.literal("undo"), rating: z.literal(0), undoesId: z.string().min(1) }),
]);

export class InvalidReviewLogError extends Error {
  constructor(id: string, detail: string) {
    super(`Review log row ${id} is corrupt: ${detail}`);
    this.name = "InvalidReviewLogError";
  }
}

export function parseReviewEvent(row: ReviewLogRow): ReviewEvent {
  const shape = rowSchema.safeParse({ event: row.event, rating: row.rating, undoesId: row.undoesId });
  if (!shape.success) {
    throw new InvalidReviewLogError(row.id, "a review needs a rating of 1-4 and no undoesId; an undo, rating 0 and an undoesId");
  }
  try {
    return {
      id: row.id,
      cardId: row.cardId,
      event: shape.data.event,
      rating: shape.data.rating as Rating | 0,
      correct: row.correct,
      stateBefore: parseCardStateSnapshot(row.stateBefore),
      stateAfter: parseCardStateSnapshot(row.stateAfter),
      reviewedAt: row.reviewedAt,
      undoesId: row.undoesId,
    };
  } catch (error) {
    throw new InvalidReviewLogError(row.id, error instanceof Error ? error.message : String(error));
  }
}

/** Log order: by time, ties kept in the order given (the caller's insertion order). */
export function sortReviewEvents<T extends Pick<ReviewEvent, "reviewedAt">>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.reviewedAt.getTime() - b.event.reviewedAt.getTime() || a.index - b.index)
    .map(({ event }) => event);
}
