import "server-only";
import type { SchedulerSettings } from "@/lib/srs/scheduler-settings";
import { Prisma } from "@/generated/sqlite/client";
import { sqlOf, type Db } from "../db";
import { UserFacingError } from "../errors";
import { answerItemSql, toAnswerItem, type AnswerItem, type AnswerItemColumns } from "./answer-item";
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
} & AnswerItemColumns;

/**
 * The learner's scheduler settings, their card of `itemId` (null before the first answer) and the item as they may
 * answer it (null when they may not study it now: see answerItemSql), in one statement: raw and direct, because the
 * client would compile and send three, and every answer pays for it.
 */
export async function getAnswerContext(
  db: Db,
  userId: string,
  itemId: string,
  deckId: string | null,
): Promise<{ settings: SchedulerSettings; card: AnsweredCard | null; item: AnswerItem | null }> {
  const rows = await sqlOf(db).query<ContextRow>(Prisma.sql`
    SELECT u."desiredRetention", u."newCardsPerDay", u."timeZone", u."fsrsWeights",
      c."id" AS "cardId", c."version", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays",
      c."learningSteps", c."reps", c."lapses", c."state", c."lastReview",
      si."itemId", si."type", si."kind", si."prompt", si."answer", si."accepted", si."choices", si."sourceSentence",
      si."slug", si."title", si."overrides"
    FROM "User" u
    LEFT JOIN "Card" c ON c."userId" = u."id" AND c."itemId" = ${itemId}
    LEFT JOIN (${answerItemSql(userId, itemId, deckId)}) si ON TRUE
    WHERE u."id" = ${userId}`);
  const row = rows[0];
  if (!row) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  const settings = toSchedulerSettings({ ...row, newCardsPerDay: Number(row.newCardsPerDay) });
  const item = toAnswerItem(row);
  if (row.cardId === null || row.due === null) return { settings, card: null, item };
  return {
    settings,
    item,
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
