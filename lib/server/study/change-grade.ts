import "server-only";
import { z } from "zod";
import { applyReview, isAllowedRatingAfterAnswer } from "@/lib/srs/apply-review";
import { isRating, type Rating } from "@/lib/srs/rating";
import { StaleUndoError, undoReview } from "@/lib/srs/undo-review";
import { getDb, type Db } from "../db";
import { UserFacingError } from "../errors";
import { ClientIdSchema, findAnswerFeedback, type AnswerFeedback } from "./answer-feedback";
import { FUZZ_CARD_ID } from "./card-row";
import { replaceReview } from "./replace-review";
import { loadReviewInEffect } from "./review-target";
import { getSchedulerSettings } from "./scheduler-settings";

export const ChangeGradeSchema = z.object({
  clientId: ClientIdSchema,
  reviewClientId: ClientIdSchema,
  rating: z.number().int().refine(isRating, "A grade is 1 (Again) to 4 (Easy)."),
});
export type ChangeGradeInput = z.input<typeof ChangeGradeSchema>;

/**
 * A right answer's grade changed to Hard or Easy after the feedback was shown. The log stays
 * append-only: the first review is undone and the answer recorded again with the chosen grade,
 * at the time it was first given.
 */
export async function changeGrade(userId: string, rawInput: ChangeGradeInput, _now: Date, db: Db = getDb()): Promise<AnswerFeedback> {
  const input = ChangeGradeSchema.parse(rawInput);
  const rating = input.rating as Rating;
  const settings = await getSchedulerSettings(db, userId);
  const previous = await findAnswerFeedback(db, userId, input.clientId, settings);
  if (previous) return previous;
  let unchanged = false;
  try {
    await db.$transaction(async (tx) => {
      const target = await loadReviewInEffect(tx, userId, input.reviewClientId);
      const { row, review, card } = target;
      const checkedCorrect = review.correct ?? false;
      if (!isAllowedRatingAfterAnswer(checkedCorrect, rating, row.selfGraded)) {
        throw new UserFacingError(checkedCorrect ? "A right answer can be graded Hard, Good or Easy." : "A wrong answer is always graded Again.");
      }
      // A self-graded card is right exactly when the learner says they recalled it.
      const correct = row.selfGraded ? rating > 1 : checkedCorrect;
      if (rating === review.rating) {
        unchanged = true;
        return;
      }
      const undo = undoReview(card.state, review);
      const replaced = applyReview(review.stateBefore, rating, review.reviewedAt, settings, FUZZ_CARD_ID);
      // A regraded override stays an override: the server's grade of it was wrong.
      await replaceReview(tx, userId, target, { clientId: input.clientId, undo, review: replaced, correct, overridden: row.overridden, settings });
    });
  } catch (error) {
    const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
    if (stored) return stored;
    if (error instanceof StaleUndoError) throw new UserFacingError("That card has been answered again since; its grade can no longer change.", "stale");
    throw error;
  }
  const stored = await findAnswerFeedback(db, userId, unchanged ? input.reviewClientId : input.clientId, settings);
  if (!stored) throw new Error("a changed grade was committed but cannot be read back");
  return stored;
}
