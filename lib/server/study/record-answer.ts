import "server-only";
import { z } from "zod";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { gradeAnswer } from "@/lib/grade/grade-answer";
import { applyReview, ratingForAnswer } from "@/lib/srs/apply-review";
import { newCardState, serializeCardState } from "@/lib/srs/card-state";
import { getDb, type Db } from "../db";
import { recordDailyAggregate } from "../review-days";
import { isUniqueViolation, NotFoundError, UserFacingError } from "../errors";
import { ClientIdSchema, findAnswerFeedback, toAnswerFeedback, type AnswerFeedback } from "./answer-feedback";
import { CARD_STATE_SELECT, FUZZ_CARD_ID, toCardColumns, toCardState } from "./card-row";
import { getSchedulerSettings } from "./scheduler-settings";
import { studiableItem } from "./studiable-item";

export const AnswerInputSchema = z.object({
  clientId: ClientIdSchema,
  itemId: z.string().min(1).max(64),
  cardVersion: z.number().int().min(0),
  response: z.string().max(500, "That answer is too long."),
  durationMs: z.number().int().min(0).max(3_600_000).default(0),
  tzOffset: z.number().int().min(-14 * 60).max(14 * 60).default(0),
  /** the deck being studied: its owner's wording is graded and the review remembers the deck; absent in free study */
  deckId: z.string().min(1).max(64).nullish(),
  /**
   * "Show answer" on a typed or cloze card: recorded at once as self-graded Good, so the card cannot
   * then be answered by typing what was just shown; the learner's own grade follows as a grade change.
   */
  reveal: z.boolean().default(false),
});
export type AnswerInput = z.input<typeof AnswerInputSchema>;

/** Cards a learner may reveal and grade themselves; a choice card's options would make that a free guess. */
const SELF_GRADED_TYPES = new Set(["typed", "cloze"]);

export function staleCardError(): UserFacingError {
  return new UserFacingError("This card was already answered, perhaps in another tab. Carry on with the next card.", "stale");
}

/** What grading an answer and its feedback need of the item, in the deck's wording when `deckId` is set. */
const answerItemSelect = (deckId: string | null) => ({
  id: true,
  type: true,
  kind: true,
  prompt: true,
  answer: true,
  accepted: true,
  choices: true,
  sourceSentence: true,
  article: { select: { slug: true, title: true } },
  ...(deckId ? { deckItems: { where: { deckId }, select: { overrides: true } } } : {}),
});

/**
 * Grades an answer on the server and records it in one transaction: the review log row is
 * idempotent on the client's id, and an answer given against a card version that has since
 * changed is refused as stale instead of being applied twice. Answered in a deck, the answer is
 * graded against the deck's edited answer and choices; an item the learner may not study (now,
 * checked inside the transaction) is "not found". The feedback is built from what the transaction
 * wrote; only a repeat of an answer already stored reads it back.
 */
export async function recordAnswer(userId: string, rawInput: AnswerInput, now: Date, db: Db = getDb()): Promise<AnswerFeedback> {
  const input = AnswerInputSchema.parse(rawInput);
  const deckId = input.deckId ?? null;
  // Read before the transaction, to keep it short: a card changed since fails the versioned write below.
  const [settings, card] = await Promise.all([
    getSchedulerSettings(db, userId),
    db.card.findUnique({ where: { userId_itemId: { userId, itemId: input.itemId } }, select: { id: true, version: true, ...CARD_STATE_SELECT } }),
  ]);
  // An answer against an older card version is a repeat of one stored, or else refused in the transaction below.
  if ((card?.version ?? 0) !== input.cardVersion) {
    const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
    if (stored) return stored;
  }
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.item.findFirst({ where: studiableItem(userId, input.itemId, deckId), select: answerItemSelect(deckId) });
      if (!row) throw new NotFoundError("That card");
      const item = applyItemOverrides(row, "deckItems" in row ? row.deckItems[0]?.overrides : null);
      if ((card?.version ?? 0) !== input.cardVersion) throw staleCardError();

      if (input.reveal && !SELF_GRADED_TYPES.has(item.type)) {
        throw new UserFacingError("Only typed and fill-in-the-gap cards can be revealed; pick one of the options.");
      }
      const correct = input.reveal
        ? true
        : gradeAnswer(
            {
              type: item.type as never,
              kind: item.kind as never,
              answer: item.answer,
              accepted: JSON.parse(item.accepted) as string[],
              choices: JSON.parse(item.choices) as string[],
            },
            input.response,
          ).correct;
      const before = card ? toCardState(card) : newCardState(now);
      // Another instance's clock may be a little behind the last review's.
      const reviewedAt = before.lastReview && before.lastReview > now ? before.lastReview : now;
      const rating = ratingForAnswer(correct);
      const { card: after, log } = applyReview(before, rating, reviewedAt, settings, FUZZ_CARD_ID);

      const version = (card?.version ?? 0) + 1;
      let cardId: string;
      if (card) {
        const updated = await tx.card.updateMany({ where: { id: card.id, version: card.version }, data: { ...toCardColumns(after), version } });
        if (updated.count !== 1) throw staleCardError();
        cardId = card.id;
      } else {
        // A card created meanwhile (another tab) makes this a unique violation: stale, below.
        cardId = (await tx.card.create({ data: { userId, itemId: item.id, ...toCardColumns(after), version }, select: { id: true } })).id;
      }
      await tx.reviewLog.create({
        data: {
          userId,
          clientId: input.clientId,
          cardId,
          itemId: item.id,
          event: "review",
          rating,
          correct,
          selfGraded: input.reveal,
          response: input.reveal ? null : input.response,
          stateBefore: serializeCardState(before),
          stateAfter: serializeCardState(after),
          elapsedDays: log.elapsedDays,
          scheduledDays: log.scheduledDays,
          durationMs: input.durationMs,
          tzOffset: input.tzOffset,
          reviewedAt,
          deckId,
        },
        select: { id: true },
      });
      await recordDailyAggregate(tx, { userId, timeZone: settings.timeZone, reviewedAt, kind: item.kind, rating, correct, change: 1 });
      return toAnswerFeedback(
        { clientId: input.clientId, item, correct, selfGraded: input.reveal, overridden: false, rating, stateBefore: before, stateAfter: after, reviewedAt, cardVersion: version },
        settings,
      );
    });
  } catch (error) {
    // The same answer stored already (a repeat, or a concurrent submission that won the race): report what it stored.
    const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
    if (stored) return stored;
    if (isUniqueViolation(error)) throw staleCardError();
    throw error;
  }
}
