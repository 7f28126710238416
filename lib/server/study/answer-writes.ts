import "server-only";
import cuid from "@bugsnag/cuid";
import { Prisma } from "@/generated/sqlite/client";
import type { Sql } from "../direct-sql";
import type { CardStateRow } from "./card-row";

// An answer's writes, raw on the adapter (lib/server/direct-sql.ts): the client compiles each statement anew, which was about a third of an answer's CPU, and
// the same parameterised SQL runs on SQLite and PostgreSQL. Ids are cuids from the library the client itself uses,
// so rows written here and through the client sort alike (the log replays in (reviewedAt, id) order). Dates and
// booleans are bound as the client binds them (tests/integration/answer-writes.test.ts compares the rows).

/**
 * Moves the card from `fromVersion` to `fromVersion + 1` with the state after the answer. False when the card is no
 * longer at `fromVersion` (answered meanwhile, in another tab or instance): the answer is stale and must not count.
 */
export async function updateCardIfVersion(tx: Sql, cardId: string, fromVersion: number, after: CardStateRow, now: Date): Promise<boolean> {
  const count = await tx.execute(Prisma.sql`UPDATE "Card" SET
      "due" = ${after.due}, "stability" = ${after.stability}, "difficulty" = ${after.difficulty}, "elapsedDays" = ${after.elapsedDays},
      "scheduledDays" = ${after.scheduledDays}, "learningSteps" = ${after.learningSteps}, "reps" = ${after.reps},
      "lapses" = ${after.lapses}, "state" = ${after.state}, "lastReview" = ${after.lastReview},
      "version" = ${fromVersion + 1}, "updatedAt" = ${now}
    WHERE "id" = ${cardId} AND "version" = ${fromVersion}`);
  return count === 1;
}

/**
 * The learner's first card of an item, at version 1; a card created meanwhile (another tab) makes this fail with the
 * unique violation on (userId, itemId), which the caller reports as stale. Returns its id.
 */
export async function insertCard(tx: Sql, card: { userId: string; itemId: string; state: CardStateRow; createdAt: Date; now: Date }): Promise<string> {
  const id = cuid();
  const s = card.state;
  await tx.execute(Prisma.sql`INSERT INTO "Card" ("id", "userId", "itemId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "learningSteps", "reps", "lapses", "state", "lastReview", "version", "createdAt", "updatedAt")
    VALUES (${id}, ${card.userId}, ${card.itemId}, ${s.due}, ${s.stability}, ${s.difficulty}, ${s.elapsedDays}, ${s.scheduledDays},
      ${s.learningSteps}, ${s.reps}, ${s.lapses}, ${s.state}, ${s.lastReview}, 1, ${card.createdAt}, ${card.now})`);
  return id;
}

/** A review row of the log; the (userId, clientId) unique key makes a second submission of it fail instead of count twice. */
export type ReviewRow = {
  userId: string;
  clientId: string;
  cardId: string;
  itemId: string;
  rating: number;
  correct: boolean;
  selfGraded: boolean;
  response: string | null;
  stateBefore: string;
  stateAfter: string;
  elapsedDays: number;
  scheduledDays: number;
  durationMs: number;
  tzOffset: number;
  reviewedAt: Date;
  deckId: string | null;
};

export async function insertReview(tx: Sql, r: ReviewRow): Promise<void> {
  await tx.execute(Prisma.sql`INSERT INTO "ReviewLog" ("id", "userId", "clientId", "cardId", "itemId", "event", "rating", "correct", "selfGraded",
      "response", "stateBefore", "stateAfter", "elapsedDays", "scheduledDays", "durationMs", "tzOffset", "reviewedAt", "deckId", "overridden")
    VALUES (${cuid()}, ${r.userId}, ${r.clientId}, ${r.cardId}, ${r.itemId}, 'review', ${r.rating}, ${r.correct}, ${r.selfGraded},
      ${r.response}, ${r.stateBefore}, ${r.stateAfter}, ${r.elapsedDays}, ${r.scheduledDays}, ${r.durationMs}, ${r.tzOffset}, ${r.reviewedAt},
      ${r.deckId}, false)`);
}
