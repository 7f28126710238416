import "server-only";
import { describeWait, PASSWORD_CHANGE_RULE } from "@/lib/auth/sign-in-throttle";
import type { Db } from "./db";
import { UserFacingError } from "./errors";
import { verifyPassword } from "./passwords";
import { clearThrottle, reserveAttempt, settleFailure } from "./throttle";

/**
 * Checks the signed-in user's password before a change that needs it (a new password or email, deleting the
 * account). One limit for all of them, so a borrowed session gets five guesses an hour, not five per form.
 * Returns the account's email and name; throws a plain sentence for a wrong password or a wait.
 */
export async function confirmPassword(db: Db, userId: string, password: string, now: Date): Promise<{ email: string; name: string }> {
  const key = `password-change:${userId}`;
  const reservation = await reserveAttempt(db, [{ key, rule: PASSWORD_CHANGE_RULE }], now);
  if ("waitMs" in reservation) throw new UserFacingError(`Too many wrong passwords. Try again in ${describeWait(reservation.waitMs)}.`, "throttled");
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, email: true, name: true } });
  if (!row) throw new UserFacingError("Your session has ended. Sign in again to continue.", "unauthenticated");
  if (!(await verifyPassword(row.passwordHash, password))) {
    await settleFailure(db, reservation, now);
    throw new UserFacingError("Your current password is not right. Check it and try again.");
  }
  await clearThrottle(db, key);
  return { email: row.email, name: row.name };
}
