// Failure limits with a growing delay (sign-in, sign-up, class join codes). Pure: the stored
// counters and `now` come in, the decision and the counters to store go out.

export interface ThrottleRule {
  /** at this many failures inside the window the first delay starts */
  maxFailures: number;
  windowMs: number;
  /** the first delay; each further failure doubles it, up to maxDelayMs */
  delayMs: number;
  maxDelayMs: number;
}

// One account from one address: the owner who mistypes waits seconds, a guesser at that address
// waits longer and longer. Nobody else's failures count here, so nobody else can lock the owner out.
export const ACCOUNT_ADDRESS_RULE: ThrottleRule = { maxFailures: 5, windowMs: 60 * 60_000, delayMs: 30_000, maxDelayMs: 15 * 60_000 };
// One account from every address together: slows guessing spread over many addresses. Addresses
// the account has signed in from before pass it (see users.ts), so the owner is not held up.
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 20, windowMs: 24 * 60 * 60_000, delayMs: 60_000, maxDelayMs: 60 * 60_000 };
// One address trying many accounts. An address may be shared (a school's network), so it gets
// more room than one account.
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 60 * 60_000, delayMs: 60_000, maxDelayMs: 60 * 60_000 };

export interface ThrottleCounter {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

/** Milliseconds until another try is allowed, or 0 when it is allowed now. */
export function getLockRemainingMs(counter: ThrottleCounter | null, now: Date): number {
  if (!counter?.lockedUntil) return 0;
  return Math.max(0, counter.lockedUntil.getTime() - now.getTime());
}

export function isWindowOpen(counter: ThrottleCounter | null, rule: ThrottleRule, now: Date): counter is ThrottleCounter {
  return counter !== null && now.getTime() - counter.windowStart.getTime() < rule.windowMs;
}

/** The wait after this many failures: none below the limit, then doubling up to the ceiling. */
export function delayMsAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.maxFailures) return 0;
  return Math.min(rule.maxDelayMs, rule.delayMs * 2 ** Math.min(30, failures - rule.maxFailures));
}

/** When the wait for this many failures ends, or null below the limit. */
export function lockedUntilAfter(failures: number, rule: ThrottleRule, now: Date): Date | null {
  const delay = delayMsAfter(failures, rule);
  return delay > 0 ? new Date(now.getTime() + delay) : null;
}

/** The counter after one more failure: a new window when the old one has passed. */
export function recordFailure(counter: ThrottleCounter | null, rule: ThrottleRule, now: Date): ThrottleCounter {
  const windowOpen = isWindowOpen(counter, rule, now);
  const failures = windowOpen ? counter.failures + 1 : 1;
  const windowStart = windowOpen ? counter.windowStart : now;
  return { failures, windowStart, lockedUntil: lockedUntilAfter(failures, rule, now) };
}

export function describeWait(ms: number): string {
  if (ms <= 60_000) return ms <= 15_000 ? "a few seconds" : "a minute";
  const minutes = Math.ceil(ms / 60_000);
  return `${minutes} minutes`;
}

// Sign-ups from one address (each costs a 19 MiB password hash). A class signing up together from
// a school's one address must fit, so the room is a class's worth before the delay begins.
export const SIGN_UP_ADDRESS_RULE: ThrottleRule = { maxFailures: 40, windowMs: 60 * 60_000, delayMs: 60_000, maxDelayMs: 60 * 60_000 };
// Wrong current passwords on the password-change form, per account.
export const PASSWORD_CHANGE_RULE: ThrottleRule = { maxFailures: 5, windowMs: 60 * 60_000, delayMs: 60_000, maxDelayMs: 60 * 60_000 };
// Password-reset emails asked for one address (whatever account it names, or none): the owner who lost the first
// email asks again, then waits; nobody fills someone's inbox. Counted for every email typed, so the limit tells
// nothing about which have accounts.
export const PASSWORD_RESET_ACCOUNT_RULE: ThrottleRule = { maxFailures: 3, windowMs: 60 * 60_000, delayMs: 10 * 60_000, maxDelayMs: 6 * 60 * 60_000 };
// Password-reset requests from one network address, across emails.
export const PASSWORD_RESET_ADDRESS_RULE: ThrottleRule = { maxFailures: 20, windowMs: 60 * 60_000, delayMs: 60_000, maxDelayMs: 60 * 60_000 };
// Email changes per account, right password or not: a taken address is named as taken, so this bounds how many
// addresses one account can test.
export const EMAIL_CHANGE_RULE: ThrottleRule = { maxFailures: 10, windowMs: 24 * 60 * 60_000, delayMs: 60 * 60_000, maxDelayMs: 24 * 60 * 60_000 };
