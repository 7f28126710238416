import "server-only";
import { z } from "zod";
import { gradeAnswer } from "@/lib/grade/grade-answer";
import { applyReview, ratingForAnswer } from "@/lib/srs/apply-review";
import { tallyAnswer } from "@/lib/progress/count-review-days";
import { newCardState, serializeCardState } from "@/lib/srs/card-state";
import { OFFLINE_ANSWER_MAX_AGE_DAYS, resolveAnswerTime } from "@/lib/srs/offline-answer-time";
import { getDb, getDirectSql, type Db } from "../db";
import { recordDailyAggregate } from "../review-days";
import { isUniqueViolation, NotFoundError, UserFacingError } from "../errors";
import { ClientIdSchema, findAnswerFeedback, toAnswerFeedback, type AnswerFeedback } from "./answer-feedback";
import { getAnswerContext } from "./answer-context";
import { insertCard, insertReview, updateCardIfVersion } from "./answer-writes";
import { FUZZ_CARD_ID, toCardColumns, toCardState } from "./card-row";

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
  /** when the learner answered, for an answer kept on the device offline and sent later; absent: now */
  answeredAt: z.iso.datetime().optional(),
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
 * graded against the deck's edited answer and choices; an item the learner may not study now is
 * "not found". Everything is read and computed before the transaction, which only writes: the card
 * write is conditional on the version read (or, for a first answer, on no card existing), so an
 * answer computed against a state that changed meanwhile fails there and counts nowhere. The
 * feedback is built from what was written; only a repeat of an answer already stored reads it back.
 */
export async function recordAnswer(userId: string, rawInput: AnswerInput, now: Date, db: Db = getDb()): Promise<AnswerFeedback> {
  const input = AnswerInputSchema.parse(rawInput);
  const deckId = input.deckId ?? null;
  const { settings, card, item } = await getAnswerContext(db, userId, input.itemId, deckId);
  // An answer against an older card version is a repeat of one stored, or else stale.
  if ((card?.version ?? 0) !== input.cardVersion) {
    const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
    if (stored) return stored;
  }
  if (!item) throw new NotFoundError("That card");
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
  const stateNow = card ? toCardState(card) : null;
  // An offline answer counts when it was given; never before the last review (another instance's clock may be behind it).
  const time = resolveAnswerTime(input.answeredAt ? new Date(input.answeredAt) : null, stateNow?.lastReview ?? null, now);
  if (!time.ok) throw new UserFacingError(`This answer was given offline more than ${OFFLINE_ANSWER_MAX_AGE_DAYS} days ago and can no longer be counted.`);
  const reviewedAt = time.at;
  const before = stateNow ?? newCardState(reviewedAt);
  const rating = ratingForAnswer(correct);
  const { card: after, log } = applyReview(before, rating, reviewedAt, settings, FUZZ_CARD_ID);
  const version = (card?.version ?? 0) + 1;

  try {
    await getDirectSql(db).transaction(async (tx) => {
      let cardId: string;
      if (card) {
        if (!(await updateCardIfVersion(tx, card.id, card.version, toCardColumns(after), now))) throw staleCardError();
        cardId = card.id;
      } else {
        // Met on the day it was answered, for the daily new-card limit, even when the answer arrives later.
        cardId = await insertCard(tx, { userId, itemId: item.id, state: toCardColumns(after), createdAt: reviewedAt, now });
      }
      await insertReview(tx, {
        userId,
        clientId: input.clientId,
        cardId,
        itemId: item.id,
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
      });
      await recordDailyAggregate(tx, { userId, timeZone: settings.timeZone, reviewedAt, kind: item.kind, tally: tallyAnswer({ rating, correct, reviewedAt, stateBefore: before }, settings.weights) });
    });
  } catch (error) {
    // The same answer stored already (a repeat, or a concurrent submission that won the race): report what it stored.
    const stored = await findAnswerFeedback(db, userId, input.clientId, settings);
    if (stored) return stored;
    if (isUniqueViolation(error)) throw staleCardError();
    throw error;
  }
  return toAnswerFeedback(
    { clientId: input.clientId, item, correct, selfGraded: input.reveal, overridden: false, rating, stateBefore: before, stateAfter: after, reviewedAt, cardVersion: version },
    settings,
  );
}
