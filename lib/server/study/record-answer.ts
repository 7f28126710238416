import "server-only";
import { z } from "zod";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { gradeAnswer } from "@/lib/grade/grade-answer";
import { applyReview, ratingForAnswer } from "@/lib/srs/apply-review";
import { newCardState, serializeCardState } from "@/lib/srs/card-state";
import { getDeckItemsForLearner } from "../assignments";
import { getDb, type Db } from "../db";
import { recordDailyAggregate } from "../review-days";
import { isUniqueViolation, NotFoundError, UserFacingError } from "../errors";
import { ClientIdSchema, findAnswerFeedback, type AnswerFeedback } from "./answer-feedback";
import { CARD_STATE_SELECT, FUZZ_CARD_ID, toCardColumns, toCardState } from "./card-row";
import { getSchedulerSettings } from "./scheduler-settings";

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

/**
 * Grades an answer on the server and records it in one transaction: the review log row is
 * idempotent on the client's id, and an answer given against a card version that has since
 * changed is refused as stale instead of being applied twice. Answered in a deck, the answer is
 * graded against the deck's edited answer and choices; a deck the learner may not study, or one
 * that does not hold the item (any more), is "not found".
 */
export async function recordAnswer(userId: string, rawInput: AnswerInput, now: Date, db: Db = getDb()): Promise<AnswerFeedback> {
  const input = AnswerInputSchema.parse(rawInput);
  const settings = await getSchedulerSettings(db, userId);
  const previous = await findAnswerFeedback(db, userId, input.clientId, settings);
  if (previous) return previous;
  const deckId = input.deckId ?? null;
  let deckOverrides: string | null = null;
  if (deckId) {
    const deckItem = (await getDeckItemsForLearner(userId, deckId, db)).find((i) => i.itemId === input.itemId);
    if (!deckItem) throw new NotFoundError("That card");
    deckOverrides = deckItem.overrides;
  }
  try {
    await db.$transaction(async (tx) => {
      const row = await tx.item.findUnique({
        where: { id: input.itemId },
        select: { id: true, type: true, kind: true, prompt: true, answer: true, accepted: true, choices: true, status: true, article: { select: { ownerId: true } } },
      });
      if (!row || row.status !== "active") throw new NotFoundError("That card");
      // Outside a deck only the shared library may be studied: an instructor's own upload reaches
      // learners only through a deck assigned to them now (checked above), whoever holds its id.
      if (!deckId && row.article.ownerId !== null) throw new NotFoundError("That card");
      const item = applyItemOverrides(row, deckOverrides);
      const card = await tx.card.findUnique({
        where: { userId_itemId: { userId, itemId: item.id } },
        select: { id: true, version: true, ...CARD_STATE_SELECT },
      });
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

      let cardId: string;
      if (card) {
        const updated = await tx.card.updateMany({
          where: { id: card.id, version: card.version },
          data: { ...toCardColumns(after), version: card.version + 1 },
        });
        if (updated.count !== 1) throw staleCardError();
        cardId = card.id;
      } else {
        cardId = (await tx.card.create({ data: { userId, itemId: item.id, ...toCardColumns(after), version: 1 }, select: { id: true } })).id;
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
      });
      await recordDailyAggregate(tx, { userId, timeZone: settings.timeZone, reviewedAt, kind: item.kind, rating, correct, change: 1 });
    });
  } catch (error) {
    // A concurrent submission of the same answer won the race: report what it stored.
    const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
    if (stored) return stored;
    if (isUniqueViolation(error)) throw staleCardError();
    throw error;
  }
  const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
  if (!stored) throw new Error("a review was committed but cannot be read back");
  return stored;
}
