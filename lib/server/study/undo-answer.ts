import "server-only";
import { z } from "zod";
import { State } from "@/lib/srs/card-state";
import { StaleUndoError, undoReview } from "@/lib/srs/undo-review";
import { getDb, sqlOf, type Db } from "../db";
import { negateTally, tallyAnswer } from "@/lib/progress/count-review-days";
import { recordDailyAggregate } from "../review-days";
import { UserFacingError } from "../errors";
import { ClientIdSchema } from "./answer-feedback";
import { toCardColumns } from "./card-row";
import { parseStoredWeights } from "./scheduler-settings";
import { staleCardError } from "./record-answer";
import { loadReviewInEffect, undoEventRow } from "./review-target";
import { STUDY_ITEM_SELECT, toStudyCard, type StudyCard } from "./study-card";

export const UndoAnswerSchema = z.object({ clientId: ClientIdSchema, reviewClientId: ClientIdSchema });
export type UndoAnswerInput = z.input<typeof UndoAnswerSchema>;

/**
 * Undoes an answer: the card returns to the state it had before, and the log records the undo as
 * an event of its own. Returns the card, to be shown again.
 */
export async function undoAnswer(userId: string, rawInput: UndoAnswerInput, now: Date, db: Db = getDb()): Promise<StudyCard> {
  const input = UndoAnswerSchema.parse(rawInput);
  const done = await findUndoneCard(db, userId, input.clientId);
  if (done) return done;
  try {
    await db.$transaction(async (tx) => {
      const target = await loadReviewInEffect(tx, userId, input.reviewClientId);
      const { review, card } = target;
      const undo = undoReview(card.state, review);
      const updated = await tx.card.updateMany({
        where: { id: card.id, version: card.version },
        data: { ...toCardColumns(undo.card), version: card.version + 1 },
      });
      if (updated.count !== 1) throw staleCardError();
      // The card comes back in the wording of the deck it was answered in.
      await tx.reviewLog.create({ data: undoEventRow(userId, input.clientId, target, undo, now > review.reviewedAt ? now : review.reviewedAt) });
      const { timeZone, fsrsWeights } = target.row.user;
      const tally = negateTally(tallyAnswer(review, parseStoredWeights(fsrsWeights)));
      await recordDailyAggregate(sqlOf(tx), { userId, timeZone, reviewedAt: review.reviewedAt, kind: target.row.item.kind, tally });
    });
  } catch (error) {
    const stored = await findUndoneCard(db, userId, input.clientId);
    if (stored) return stored;
    if (error instanceof StaleUndoError) throw new UserFacingError("That card has been answered again since; undo the later answer first.", "stale");
    throw error;
  }
  const stored = await findUndoneCard(db, userId, input.clientId);
  if (!stored) throw new Error("an undo was committed but cannot be read back");
  return stored;
}

async function findUndoneCard(db: Db, userId: string, clientId: string): Promise<StudyCard | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_clientId: { userId, clientId } },
    select: { event: true, deckId: true, card: { select: { version: true, state: true } }, item: { select: STUDY_ITEM_SELECT } },
  });
  if (!log || log.event !== "undo") return null;
  const deckItem = log.deckId
    ? await db.deckItem.findUnique({ where: { deckId_itemId: { deckId: log.deckId, itemId: log.item.id } }, select: { overrides: true } })
    : null;
  return toStudyCard(log.item, log.card.version, log.card.state === State.New, deckItem?.overrides ?? null);
}
