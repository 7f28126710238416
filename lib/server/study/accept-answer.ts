import "server-only";
import { z } from "zod";
import { acceptAsRight, canAcceptAsRight } from "@/lib/srs/accept-as-right";
import { StaleUndoError } from "@/lib/srs/undo-review";
import { getDb, type Db } from "../db";
import { UserFacingError } from "../errors";
import { ClientIdSchema, findAnswerFeedback, type AnswerFeedback } from "./answer-feedback";
import { FUZZ_CARD_ID } from "./card-row";
import { replaceReview } from "./replace-review";
import { loadReviewInEffect } from "./review-target";
import { getSchedulerSettings } from "./scheduler-settings";

export const AcceptAnswerSchema = z.object({ clientId: ClientIdSchema, reviewClientId: ClientIdSchema });
export type AcceptAnswerInput = z.input<typeof AcceptAnswerSchema>;

/**
 * "I was right": a typed answer the server graded wrong is accepted as right by the learner. The log keeps the
 * wrong grade as it was and records the override as events of its own (an undo of it, then the answer graded Good
 * with `overridden` set), so the card is what a right answer would have made it. Sent twice with one client id,
 * it is stored once; refused once the card has been answered again since.
 */
export async function acceptAnswer(userId: string, rawInput: AcceptAnswerInput, _now: Date, db: Db = getDb()): Promise<AnswerFeedback> {
  const input = AcceptAnswerSchema.parse(rawInput);
  const settings = await getSchedulerSettings(db, userId);
  const previous = await findAnswerFeedback(db, userId, input.clientId, settings);
  if (previous) return previous;
  try {
    await db.$transaction(async (tx) => {
      const target = await loadReviewInEffect(tx, userId, input.reviewClientId);
      const { row, review, card } = target;
      if (!canAcceptAsRight({ type: row.item.type, correct: review.correct, selfGraded: row.selfGraded })) {
        throw new UserFacingError("Only a typed answer that was marked wrong can be accepted as right.");
      }
      const { undo, review: right } = acceptAsRight(card.state, review, settings, FUZZ_CARD_ID);
      await replaceReview(tx, userId, target, { clientId: input.clientId, undo, review: right, correct: true, overridden: true, settings });
    });
  } catch (error) {
    const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
    if (stored) return stored;
    if (error instanceof StaleUndoError) throw new UserFacingError("That card has been answered again since; its grade can no longer change.", "stale");
    throw error;
  }
  const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
  if (!stored) throw new Error("an accepted answer was committed but cannot be read back");
  return stored;
}
