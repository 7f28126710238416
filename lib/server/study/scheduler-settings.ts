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
  return parseSchedulerSettings({
    desiredRetention: user.desiredRetention,
    newCardsPerDay: user.newCardsPerDay,
    timeZone: user.timeZone,
    weights: user.fsrsWeights ? (JSON.parse(user.fsrsWeights) as number[]) : undefined,
  });
}
