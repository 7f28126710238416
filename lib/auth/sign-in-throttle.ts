// Failed sign-in limits, per account and per network address. Pure: the stored counters and
// `now` come in, the decision and the counters to store go out.

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
// An address may be shared (a school's network), so it gets more room than one account.
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export interface ThrottleCounter {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

/** Milliseconds until sign-in is allowed again, or 0 when it is allowed now. */
export function getLockRemainingMs(counter: ThrottleCounter | null, now: Date): number {
  if (!counter?.lockedUntil) return 0;
  return Math.max(0, counter.lockedUntil.getTime() - now.getTime());
}

export function isWindowOpen(counter: ThrottleCounter | null, rule: ThrottleRule, now: Date): counter is ThrottleCounter {
  return counter !== null && now.getTime() - counter.windowStart.getTime() < rule.windowMs;
}

/** When the lock for this many failures ends, or null below the limit. */
export function lockedUntilAfter(failures: number, rule: ThrottleRule, now: Date): Date | null {
  return failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs) : null;
}

/** The counter after one more failure: a new window when the old one has passed, locked at the limit. */
export function recordFailure(counter: ThrottleCounter | null, rule: ThrottleRule, now: Date): ThrottleCounter {
  const windowOpen = isWindowOpen(counter, rule, now);
  const failures = windowOpen ? counter.failures + 1 : 1;
  const windowStart = windowOpen ? counter.windowStart : now;
  return { failures, windowStart, lockedUntil: lockedUntilAfter(failures, rule, now) };
}

export function describeWait(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
