import "server-only";
import type { z } from "zod";
import { PASSWORD_RESET_LIFETIME_MS, passwordResetEmail, passwordResetLink } from "@/lib/account/account-emails";
import { ForgotPasswordSchema, ResetPasswordSchema } from "@/lib/auth/credentials";
import { describeWait, PASSWORD_RESET_ACCOUNT_RULE, PASSWORD_RESET_ADDRESS_RULE, type ThrottleRule } from "@/lib/auth/sign-in-throttle";
import { withSafeText } from "@/lib/validation/safe-text";
import { getDb, type Db } from "./db";
import { UserFacingError } from "./errors";
import { hashLinkToken as hashToken, newLinkToken } from "./link-token";
import { getMailer, type Mailer } from "./mailer";
import { hashPassword } from "./passwords";
import { clearThrottle, reserveAttempt, settleFailure } from "./throttle";

// "Forgot password": a link with a random token by email (see link-token.ts); it works once, for 30 minutes, and
// using it ends every session of the account.

const SafeForgotPasswordSchema = withSafeText(ForgotPasswordSchema);
const SafeResetPasswordSchema = withSafeText(ResetPasswordSchema);

export const INVALID_RESET_LINK = "This reset link has expired or was already used. Ask for a new one below.";

/**
 * Sends a reset link if an account has this email, and does the same visible thing if none has: the caller shows
 * one message either way. Requests are limited per email typed and per network address, counted for unknown
 * emails too, so neither the limits nor the answer tell which emails have accounts. The email goes out in
 * `delivery`, which the caller lets finish after answering (a send's time would otherwise tell the same).
 */
export async function requestPasswordReset(
  input: z.input<typeof ForgotPasswordSchema>,
  address: string | null,
  { appUrl, now, db = getDb(), mailer = getMailer() }: { appUrl: string; now: Date; db?: Db; mailer?: Mailer },
): Promise<{ delivery: Promise<void> }> {
  const { email } = SafeForgotPasswordSchema.parse(input);
  const keys: { key: string; rule: ThrottleRule }[] = [
    { key: `password-reset:${email}`, rule: PASSWORD_RESET_ACCOUNT_RULE },
    ...(address ? [{ key: `password-reset-address:${address}`, rule: PASSWORD_RESET_ADDRESS_RULE }] : []),
  ];
  const reservation = await reserveAttempt(db, keys, now);
  if ("waitMs" in reservation) {
    throw new UserFacingError(`Too many reset requests for this email or from your network. Try again in ${describeWait(reservation.waitMs)}.`, "throttled");
  }
  await settleFailure(db, reservation, now); // every request counts

  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) return { delivery: Promise.resolve() };
  const token = newLinkToken();
  await db.passwordReset.create({
    data: { tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS) },
    select: { id: true },
  });
  const message = passwordResetEmail({ name: user.name, link: passwordResetLink(appUrl, token) });
  const delivery = mailer.send({ to: email, ...message }).catch((error: unknown) => {
    console.error("could not send a password reset email", error);
  });
  return { delivery };
}

/** Whether a reset page's token can still be used, so the page offers the form or a new link. */
export async function isPasswordResetUsable(token: string, now: Date, db: Db = getDb()): Promise<boolean> {
  if (!ResetPasswordSchema.shape.token.safeParse(token).success) return false;
  const row = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return row !== null && row.usedAt === null && row.expiresAt > now;
}

/**
 * Sets the new password through a reset link. The link is claimed by a conditional update, so two uses racing
 * get one password change. Every session of the account ends, the account's other links die with this one, and
 * its sign-in lock is lifted: whoever holds the link has shown they read the account's email.
 */
export async function resetPassword(input: z.input<typeof ResetPasswordSchema>, now: Date, db: Db = getDb()): Promise<void> {
  const { token, newPassword } = SafeResetPasswordSchema.parse(input);
  const tokenHash = hashToken(token);
  if (!(await isPasswordResetUsable(token, now, db))) throw new UserFacingError(INVALID_RESET_LINK, "not_found");
  const passwordHash = await hashPassword(newPassword);
  const email = await db.$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new UserFacingError(INVALID_RESET_LINK, "not_found");
    const { userId } = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    await tx.passwordReset.deleteMany({ where: { userId, usedAt: null } });
    return user.email;
  });
  await clearThrottle(db, `account:${email}`);
}
