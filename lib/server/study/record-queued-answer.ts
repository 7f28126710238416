import "server-only";
import { z } from "zod";
import { getDb, type Db } from "../db";
import { UserFacingError } from "../errors";
import { findAnswerFeedback, type AnswerFeedback } from "./answer-feedback";
import { AnswerInputSchema, recordAnswer, staleCardError } from "./record-answer";
import { getSchedulerSettings } from "./scheduler-settings";

/** An answer kept on a device while offline: graded here, on arrival, counted at the time it was given. */
export const QueuedAnswerInputSchema = AnswerInputSchema.extend({ answeredAt: z.iso.datetime(), reveal: z.literal(false).default(false) });
export type QueuedAnswerInput = z.input<typeof QueuedAnswerInputSchema>;

/**
 * How a queued answer was resolved: `applied` against the card it was given on; `after-other-device`
 * when the card changed meanwhile (answered on another device): it is applied on top of the card as
 * it now is; `already-stored` when it arrived before (a repeat of a send whose reply was lost).
 */
export type QueuedAnswerResolution = "applied" | "after-other-device" | "already-stored";
export type QueuedAnswerFeedback = AnswerFeedback & { resolution: QueuedAnswerResolution };

const ATTEMPTS = 3;

/**
 * Records an answer given offline. The rule for a card that changed since the device stored it:
 * every answer the learner gave counts, once, in the order the server receives them. An online
 * answer against a changed card is refused as stale (the learner is looking at the card and can
 * answer again); a queued one cannot be answered again, so it is applied to the card's current
 * state, at its own time or just after the card's last review if that is later, and the device
 * tells the learner. The log then holds every answer once and the card equals the log's replay.
 */
export async function recordQueuedAnswer(userId: string, rawInput: QueuedAnswerInput, now: Date, db: Db = getDb()): Promise<QueuedAnswerFeedback> {
  const input = QueuedAnswerInputSchema.parse(rawInput);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // Stored once: a repeat is answered from the log, never applied again on top.
    const stored = await findAnswerFeedback(db, userId, input.clientId, await getSchedulerSettings(db, userId));
    if (stored) return { ...stored, resolution: "already-stored" };
    const card = await db.card.findUnique({ where: { userId_itemId: { userId, itemId: input.itemId } }, select: { version: true } });
    const current = card?.version ?? 0;
    try {
      const feedback = await recordAnswer(userId, { ...input, cardVersion: current }, now, db);
      return { ...feedback, resolution: current === input.cardVersion ? "applied" : "after-other-device" };
    } catch (error) {
      // Changed again between the read and the write (the other device is still answering): read it again.
      if (!(error instanceof UserFacingError && error.code === "stale")) throw error;
    }
  }
  throw staleCardError();
}
