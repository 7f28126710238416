import "server-only";
import { parseSchedulerSettings, type SchedulerSettings } from "@/lib/srs/scheduler-settings";
import { Prisma } from "@/generated/sqlite/client";
import { sqlOf, type Db, type Tx } from "../db";
import { UserFacingError } from "../errors";

export async function getSchedulerSettings(db: Db | Tx, userId: string): Promise<SchedulerSettings> {
  // Raw, on the client's connection when not in a transaction (lib/server/direct-sql.ts): every study session reads it.
  const [user] = await sqlOf(db).query<{ desiredRetention: number; newCardsPerDay: number | bigint; timeZone: string; fsrsWeights: string | null }>(
    Prisma.sql`SELECT "desiredRetention", "newCardsPerDay", "timeZone", "fsrsWeights" FROM "User" WHERE "id" = ${userId}`,
  );
  if (!user) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  return toSchedulerSettings({ ...user, newCardsPerDay: Number(user.newCardsPerDay) });
}

/** The scheduler's settings from the user row's columns, for callers that read that row anyway. */
export function toSchedulerSettings(user: { desiredRetention: number; newCardsPerDay: number; timeZone: string; fsrsWeights: string | null }): SchedulerSettings {
  return parseSchedulerSettings({
    desiredRetention: user.desiredRetention,
    newCardsPerDay: user.newCardsPerDay,
    timeZone: user.timeZone,
    weights: parseStoredWeights(user.fsrsWeights),
  });
}

/** The learner's weights as stored (null: FSRS's defaults). */
export function parseStoredWeights(fsrsWeights: string | null): number[] | undefined {
  return fsrsWeights ? (JSON.parse(fsrsWeights) as number[]) : undefined;
}
