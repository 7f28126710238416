import "server-only";
import type { SchedulerSettings } from "@/lib/srs/scheduler-settings";
import { Prisma } from "@/generated/sqlite/client";
import { sqlOf, type Db } from "../db";
import { UserFacingError } from "../errors";
import type { CardStateRow } from "./card-row";
import { toSchedulerSettings } from "./scheduler-settings";

/** The learner's card of one item, as an answer reads it before its transaction. */
export type AnsweredCard = CardStateRow & { id: string; version: number };

type ContextRow = {
  desiredRetention: number;
  newCardsPerDay: number | bigint;
  timeZone: string;
  fsrsWeights: string | null;
  cardId: string | null;
  version: number | bigint | null;
  due: Date | null;
  stability: number | null;
  difficulty: number | null;
  elapsedDays: number | bigint | null;
  scheduledDays: number | bigint | null;
  learningSteps: number | bigint | null;
  reps: number | bigint | null;
  lapses: number | bigint | null;
  state: number | bigint | null;
  lastReview: Date | null;
};

/**
 * The learner's scheduler settings and their card of `itemId` (null before the first answer), in
 * one statement: raw and direct, because the client would compile and send two, and every answer pays for it.
 */
export async function getAnswerContext(db: Db, userId: string, itemId: string): Promise<{ settings: SchedulerSettings; card: AnsweredCard | null }> {
  const rows = await sqlOf(db).query<ContextRow>(Prisma.sql`
    SELECT u."desiredRetention", u."newCardsPerDay", u."timeZone", u."fsrsWeights",
      c."id" AS "cardId", c."version", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays",
      c."learningSteps", c."reps", c."lapses", c."state", c."lastReview"
    FROM "User" u LEFT JOIN "Card" c ON c."userId" = u."id" AND c."itemId" = ${itemId}
    WHERE u."id" = ${userId}`);
  const row = rows[0];
  if (!row) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  const settings = toSchedulerSettings({ ...row, newCardsPerDay: Number(row.newCardsPerDay) });
  if (row.cardId === null || row.due === null) return { settings, card: null };
  return {
    settings,
    card: {
      id: row.cardId,
      version: Number(row.version),
      due: row.due,
      stability: Number(row.stability),
      difficulty: Number(row.difficulty),
      elapsedDays: Number(row.elapsedDays),
      scheduledDays: Number(row.scheduledDays),
      learningSteps: Number(row.learningSteps),
      reps: Number(row.reps),
      lapses: Number(row.lapses),
      state: Number(row.state),
      lastReview: row.lastReview,
    },
  };
}
