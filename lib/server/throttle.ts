import "server-only";
import { isWindowOpen, lockedUntilAfter, recordFailure, type ThrottleRule } from "@/lib/auth/sign-in-throttle";
import type { Db } from "./db";
import { isRecordNotFound, isUniqueViolation } from "./errors";

// Failure counters live in the database (table SignInThrottle) so limits hold across app instances.
// Used for sign-in (keys "account:<email>", "address:<ip>") and class join codes ("join:<userId>").

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

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/** An attempt counted on its keys before it was checked; settle it with the outcome. */
export interface ThrottleReservation {
  counted: { key: string; rule: ThrottleRule; lockedBefore: Date | null; lockedByUs: Date | null }[];
}

/**
 * One more attempt on this key, counted atomically: the count with it, and the wait as it stood then, from one
 * statement. Every write is conditional, so a burst on a fresh key or at a window's end starts the window once.
 */
async function incrementAttempt(db: Db, { key, rule }: ThrottleKey, now: Date): Promise<{ failures: number; lockedBefore: Date | null }> {
  const cutoff = new Date(now.getTime() - rule.windowMs);
  for (let tries = 0; tries < 5; tries++) {
    try {
      const row = await db.signInThrottle.update({
        where: { key, windowStart: { gt: cutoff } },
        data: { failures: { increment: 1 } },
        select: { failures: true, lockedUntil: true },
      });
      return { failures: row.failures, lockedBefore: row.lockedUntil };
    } catch (error) {
      if (!isRecordNotFound(error)) throw error;
    }
    // No open window: one try starts it (keeping a wait still running), the others count in it.
    const restarted = await db.signInThrottle.updateMany({ where: { key, windowStart: { lte: cutoff } }, data: { failures: 0, windowStart: now } });
    if (restarted.count > 0) continue;
    try {
      await db.signInThrottle.create({ data: { key, failures: 0, windowStart: now } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`the throttle counter ${key} kept changing under this attempt`);
}

async function uncount(db: Db, key: string): Promise<void> {
  await db.signInThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

/**
 * Counts an attempt on every key before the caller checks it (a password, a join code), so a burst of
 * simultaneous tries cannot all pass a check made before any of them had failed: each try gets its own
 * count from the database. Past a rule's limit, only the one try that sets the next wait goes ahead.
 * Returns the wait in milliseconds when a key refuses (that try is then not counted), else the reservation.
 */
export async function reserveAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<{ waitMs: number } | ThrottleReservation> {
  const counted: ThrottleReservation["counted"] = [];
  const refuse = async (waitMs: number) => {
    for (const c of counted) await uncount(db, c.key);
    return { waitMs: Math.max(waitMs, 1) };
  };
  for (const { key, rule } of keys) {
    const { failures, lockedBefore } = await incrementAttempt(db, { key, rule }, now);
    const entry = { key, rule, lockedBefore, lockedByUs: null as Date | null };
    counted.push(entry);
    if (lockedBefore && lockedBefore > now) return refuse(lockedBefore.getTime() - now.getTime());
    if (failures > rule.maxFailures) {
      // Past the limit with the wait over: the first try to hold the key goes ahead, the rest of a burst waits.
      // The hold is the rule's first delay; a failure then lengthens it (settleFailure), a success lifts it.
      const next = new Date(now.getTime() + rule.delayMs);
      const won = await db.signInThrottle.updateMany({ where: { key, lockedUntil: lockedBefore }, data: { lockedUntil: next } });
      if (won.count === 0) {
        const row = await db.signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
        return refuse(row?.lockedUntil ? row.lockedUntil.getTime() - now.getTime() : 1);
      }
      entry.lockedByUs = next;
    }
  }
  return { counted };
}

/** The attempt failed: a key that reached its limit starts (or lengthens) its wait, by the failures counted now. */
export async function settleFailure(db: Db, reservation: ThrottleReservation, now: Date): Promise<void> {
  for (const { key, rule } of reservation.counted) {
    // Read now, not at reservation: tries of a burst refused meanwhile have been taken off the count.
    const row = await db.signInThrottle.findUnique({ where: { key }, select: { failures: true } });
    const lockedUntil = row ? lockedUntilAfter(row.failures, rule, now) : null;
    if (!lockedUntil) continue;
    await db.signInThrottle.updateMany({ where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lt: lockedUntil } }] }, data: { lockedUntil } });
  }
}

/** The attempt succeeded: it is not counted, and a wait it set for the next try is lifted. */
export async function settleSuccess(db: Db, reservation: ThrottleReservation): Promise<void> {
  for (const { key, lockedBefore, lockedByUs } of reservation.counted) {
    await uncount(db, key);
    if (lockedByUs) await db.signInThrottle.updateMany({ where: { key, lockedUntil: lockedByUs }, data: { lockedUntil: lockedBefore } });
  }
}
