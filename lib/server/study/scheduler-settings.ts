import "server-only";
import { parseSchedulerSettings, type SchedulerSettings } from "@/lib/srs/scheduler-settings";
import type { Db, Tx } from "../db";
import { UserFacingError } from "../errors";

export async function getSchedulerSettings(db: Db | Tx, userId: string): Promise<SchedulerSettings> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { desiredRetention: true, newCardsPerDay: true, timeZone: true, fsrsWeights: true },
  });
  if (!user) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  return toSchedulerSettings(user);
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
