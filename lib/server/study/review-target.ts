import "server-only";
import { serializeCardState, type CardState } from "@/lib/srs/card-state";
import { parseReviewEvent, type ReviewEvent } from "@/lib/srs/review-event";
import type { Tx } from "../db";
import { NotFoundError, UserFacingError } from "../errors";
import { CARD_STATE_SELECT, toCardState } from "./card-row";
import { requireStudiableItem } from "./studiable-item";

/**
 * The review a learner wants to undo or regrade, with its card's current state. It must be theirs,
 * be an answer (not an undo) and still be in effect: neither undone nor followed by a later answer,
 * and its item must still be one they may study (a learner removed from the class can change nothing).
 */
export async function loadReviewInEffect(tx: Tx, userId: string, reviewClientId: string) {
  const row = await tx.reviewLog.findUnique({
    where: { userId_clientId: { userId, clientId: reviewClientId } },
    select: {
      id: true,
      cardId: true,
      itemId: true,
      event: true,
      rating: true,
      correct: true,
      selfGraded: true,
      overridden: true,
      response: true,
      durationMs: true,
      tzOffset: true,
      stateBefore: true,
      stateAfter: true,
      reviewedAt: true,
      undoesId: true,
      deckId: true,
      // what the per-day counts need to take the answer back
      item: { select: { kind: true, type: true } },
      user: { select: { timeZone: true, fsrsWeights: true } },
      card: { select: { id: true, version: true, ...CARD_STATE_SELECT } },
    },
  });
  if (!row || row.event !== "review") throw new NotFoundError("That answer");
  await requireStudiableItem(tx, userId, row.itemId, row.deckId);
  const undone = await tx.reviewLog.count({ where: { userId, undoesId: row.id } });
  if (undone > 0) throw new UserFacingError("That answer was already undone or regraded.", "stale");
  const review: ReviewEvent = parseReviewEvent(row);
  return { row, review, card: { id: row.card.id, version: row.card.version, state: toCardState(row.card) } };
}

export type ReviewInEffect = Awaited<ReturnType<typeof loadReviewInEffect>>;

/**
 * The log row that reverses `target`'s review: an event of its own, in the same deck (so the card
 * keeps that deck's wording), restoring the state the review started from.
 */
export function undoEventRow(
  userId: string,
  clientId: string,
  target: ReviewInEffect,
  undo: { log: { stateBefore: CardState; stateAfter: CardState } },
  reviewedAt: Date,
) {
  return {
    userId,
    clientId,
    cardId: target.card.id,
    itemId: target.row.itemId,
    event: "undo",
    rating: 0,
    stateBefore: serializeCardState(undo.log.stateBefore),
    stateAfter: serializeCardState(undo.log.stateAfter),
    reviewedAt,
    tzOffset: target.row.tzOffset,
    undoesId: target.review.id,
    deckId: target.row.deckId,
  };
}
