import "server-only";
import { z } from "zod";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { canAcceptAsRight } from "@/lib/srs/accept-as-right";
import { allowedRatingsAfterAnswer } from "@/lib/srs/apply-review";
import { parseCardStateSnapshot, type CardState } from "@/lib/srs/card-state";
import { previewIntervals } from "@/lib/srs/preview-intervals";
import type { Rating } from "@/lib/srs/rating";
import type { SchedulerSettings } from "@/lib/srs/scheduler-settings";
import { Prisma } from "@/generated/sqlite/client";
import { sqlOf, type Db, type Tx } from "../db";
import { FUZZ_CARD_ID } from "./card-row";

export const ClientIdSchema = z
  .string()
  .min(8)
  .max(48)
  .regex(/^[A-Za-z0-9_-]+$/, "clientId must be letters, digits, - or _");

/** What the learner sees once they have answered: only now does the answer leave the server. */
export interface AnswerFeedback {
  /** the client id of the review now in effect for this answer (changes when the grade is changed) */
  reviewClientId: string;
  itemId: string;
  correct: boolean;
  /** revealed and graded by the learner, not checked by the server */
  selfGraded: boolean;
  /** graded wrong by the server and accepted as right by the learner ("I was right") */
  overridden: boolean;
  /** "I was right" may still replace this grade: a typed answer marked wrong */
  canAcceptAsRight: boolean;
  answer: string;
  sourceSentence: string;
  article: { slug: string; title: string };
  rating: Rating;
  /** the grades the learner may pick, each with the interval it schedules */
  grades: { rating: Rating; label: string }[];
  nextDue: string;
  cardVersion: number;
}

/** A review as it was stored, with the item in the wording it was graded in: all the feedback needs. */
export interface StoredAnswer {
  clientId: string;
  item: { id: string; type: string; answer: string; sourceSentence: string; article: { slug: string; title: string } };
  correct: boolean;
  selfGraded: boolean;
  overridden: boolean;
  rating: Rating;
  stateBefore: CardState;
  stateAfter: CardState;
  reviewedAt: Date;
  cardVersion: number;
}

/** The feedback for an answer: built the same way just after it was stored and when a repeat of it reads it back. */
export function toAnswerFeedback(answer: StoredAnswer, settings: SchedulerSettings): AnswerFeedback {
  const grades = previewIntervals(answer.stateBefore, answer.reviewedAt, settings, FUZZ_CARD_ID, allowedRatingsAfterAnswer(answer.correct, answer.selfGraded));
  return {
    reviewClientId: answer.clientId,
    itemId: answer.item.id,
    correct: answer.correct,
    selfGraded: answer.selfGraded,
    overridden: answer.overridden,
    canAcceptAsRight: canAcceptAsRight({ type: answer.item.type, correct: answer.correct, selfGraded: answer.selfGraded }),
    answer: answer.item.answer,
    sourceSentence: answer.item.sourceSentence,
    article: answer.item.article,
    rating: answer.rating,
    grades: grades.map(({ rating, label }) => ({ rating, label })),
    nextDue: answer.stateAfter.due.toISOString(),
    cardVersion: answer.cardVersion,
  };
}

type StoredRow = {
  clientId: string;
  event: string;
  rating: number | bigint;
  correct: boolean | number | bigint | null;
  selfGraded: boolean | number | bigint;
  overridden: boolean | number | bigint;
  stateBefore: string;
  stateAfter: string;
  reviewedAt: Date;
  cardVersion: number | bigint;
  itemId: string;
  type: string;
  prompt: string;
  answer: string;
  choices: string;
  sourceSentence: string;
  slug: string;
  title: string;
  overrides: string | null;
};

/**
 * The feedback for a stored review, found by the client id it was submitted with, or null. One raw statement: every
 * repeated answer reads it, and through the client it was four compiled queries.
 */
export async function findAnswerFeedback(
  db: Db | Tx,
  userId: string,
  clientId: string,
  settings: SchedulerSettings,
): Promise<AnswerFeedback | null> {
  // The answer shown is the one graded: the deck's edited answer when answered in a deck.
  const rows = await sqlOf(db).query<StoredRow>(Prisma.sql`
    SELECT r."clientId", r."event", r."rating", r."correct", r."selfGraded", r."overridden", r."stateBefore", r."stateAfter",
      r."reviewedAt", c."version" AS "cardVersion", i."id" AS "itemId", i."type", i."prompt", i."answer", i."choices",
      i."sourceSentence", a."slug", a."title", di."overrides"
    FROM "ReviewLog" r
    JOIN "Card" c ON c."id" = r."cardId"
    JOIN "Item" i ON i."id" = r."itemId"
    JOIN "Article" a ON a."id" = i."articleId"
    LEFT JOIN "DeckItem" di ON di."deckId" = r."deckId" AND di."itemId" = r."itemId"
    WHERE r."userId" = ${userId} AND r."clientId" = ${clientId}`);
  const log = rows[0];
  if (!log || log.event !== "review") return null;
  const item = { id: log.itemId, type: log.type, prompt: log.prompt, answer: log.answer, choices: log.choices, sourceSentence: log.sourceSentence, article: { slug: log.slug, title: log.title } };
  return toAnswerFeedback(
    {
      clientId: log.clientId,
      item: applyItemOverrides(item, log.overrides),
      correct: Boolean(log.correct),
      selfGraded: Boolean(log.selfGraded),
      overridden: Boolean(log.overridden),
      rating: Number(log.rating) as Rating,
      stateBefore: parseCardStateSnapshot(log.stateBefore),
      stateAfter: parseCardStateSnapshot(log.stateAfter),
      reviewedAt: log.reviewedAt,
      cardVersion: Number(log.cardVersion),
    },
    settings,
  );
}
