import "server-only";
import { getLockRemainingMs, isWindowOpen, lockedUntilAfter, recordFailure, type ThrottleRule } from "@/lib/auth/sign-in-throttle";
import type { Db } from "./db";

// Failure counters live in the database (table SignInThrottle) so limits hold across app instances.
// Used for sign-in (keys "account:<email>", "address:<ip>") and class join codes ("join:<userId>").

/** Milliseconds until the longest lock among these keys ends, or 0 when none is locked. */
export async function getThrottleWaitMs(db: Db, keys: string[], now: Date): Promise<number> {
  const counters = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  return Math.max(0, ...counters.map((c) => getLockRemainingMs(c, now)));
}

/**
 * Counts one more failure. The increment is atomic in the database, so failures reported by
 * several instances at once are all counted; only the start of a new window may race, and then
 * both writers reset it.
 */
export async function recordThrottleFailure(db: Db, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const current = await db.signInThrottle.findUnique({ where: { key } });
  if (!isWindowOpen(current, rule, now)) {
    const fresh = recordFailure(null, rule, now);
    await db.signInThrottle.upsert({ where: { key }, create: { key, ...fresh }, update: fresh });
    return;
  }
  const { failures } = await db.signInThrottle.update({ where: { key }, data: { failures: { increment: 1 } }, select: { failures: true } });
  const lockedUntil = lockedUntilAfter(failures, rule, now);
  if (lockedUntil) await db.signInThrottle.update({ where: { key }, data: { lockedUntil } });
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
