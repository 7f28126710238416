import "server-only";
import { subtractTally, tallyAnswer } from "@/lib/progress/count-review-days";
import { serializeCardState } from "@/lib/srs/card-state";
import type { ReviewOutcome } from "@/lib/srs/apply-review";
import type { SchedulerSettings } from "@/lib/srs/scheduler-settings";
import type { UndoOutcome } from "@/lib/srs/undo-review";
import { sqlOf, type Tx } from "../db";
import { recordDailyAggregate } from "../review-days";
import { toCardColumns } from "./card-row";
import { staleCardError } from "./record-answer";
import { undoEventRow, type ReviewInEffect } from "./review-target";

/**
 * Replaces a review in effect by another grade of the same answer (a grade change, or "I was right"). The log stays
 * append-only: an undo of the first review, then the answer again with the new grade, both at the moment the
 * answer was given, so a replay applies it where it belongs. The card write is versioned: a change since is stale.
 */
export async function replaceReview(
  tx: Tx,
  userId: string,
  target: ReviewInEffect,
  replacement: { clientId: string; undo: UndoOutcome; review: ReviewOutcome; correct: boolean; overridden: boolean; settings: Pick<SchedulerSettings, "timeZone" | "weights"> },
): Promise<void> {
  const { row, review, card } = target;
  const { rating, elapsedDays, scheduledDays } = replacement.review.log;
  const after = replacement.review.card;
  const updated = await tx.card.updateMany({
    where: { id: card.id, version: card.version },
    data: { ...toCardColumns(after), version: card.version + 1 },
  });
  if (updated.count !== 1) throw staleCardError();
  await tx.reviewLog.create({ data: undoEventRow(userId, `${replacement.clientId}~undo`, target, replacement.undo, review.reviewedAt) });
  await tx.reviewLog.create({
    data: {
      userId,
      clientId: replacement.clientId,
      cardId: card.id,
      itemId: row.itemId,
      event: "review",
      rating,
      correct: replacement.correct,
      selfGraded: row.selfGraded,
      overridden: replacement.overridden,
      response: row.response,
      stateBefore: serializeCardState(review.stateBefore),
      stateAfter: serializeCardState(after),
      elapsedDays,
      scheduledDays,
      durationMs: row.durationMs,
      tzOffset: row.tzOffset,
      reviewedAt: review.reviewedAt,
      // graded against the same deck's wording as the answer it replaces
      deckId: row.deckId,
    },
  });
  // Same item, same moment, same state before: the day's answer count and expected recall stay, only what was
  // right or passed can move (one upsert of the difference, none when nothing does).
  const { timeZone, weights } = replacement.settings;
  const tally = subtractTally(tallyAnswer({ ...review, rating, correct: replacement.correct }, weights), tallyAnswer(review, weights));
  await recordDailyAggregate(sqlOf(tx), { userId, timeZone, reviewedAt: review.reviewedAt, kind: row.item.kind, tally });
}
