import "server-only";
import type { z } from "zod";
import { ChangePasswordSchema, SignInSchema, SignUpSchema } from "@/lib/auth/credentials";
import { isRole, type Role } from "@/lib/auth/permissions";
import {
  ACCOUNT_ADDRESS_RULE,
  ACCOUNT_RULE,
  ADDRESS_RULE,
  describeWait,
  SIGN_UP_ADDRESS_RULE,
  type ThrottleRule,
} from "@/lib/auth/sign-in-throttle";
import { withSafeText } from "@/lib/validation/safe-text";
import { Prisma } from "@/generated/sqlite/client";
import { getDb, sqlOf, type Db } from "./db";
import { confirmPassword } from "./confirm-password";
import { isUniqueViolation, UserFacingError } from "./errors";
import { checkInstructorInvite, claimInstructorInvite } from "./instructor-invites";
import { getDummyHash, hashPassword, verifyPassword } from "./passwords";
import { clearThrottle, recordThrottleFailure, reserveAttempt, settleFailure, settleSuccess } from "./throttle";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** IANA zone: dates are shown on this user's own calendar */
  timeZone: string;
}

/** A signed-in user and the session version their sign-in was made under. */
export type VerifiedUser = SessionUser & { sessionVersion: number };

function toSessionUser(row: { id: string; email: string; name: string; role: string; timeZone: string }): SessionUser {
  if (!isRole(row.role)) throw new Error(`user ${row.id} has unknown role ${row.role}`);
  return { id: row.id, email: row.email, name: row.name, role: row.role, timeZone: row.timeZone };
}

// Sign-in and sign-up run outside the action wrapper: they check their text the same way.
const SafeSignInSchema = withSafeText(SignInSchema);
const SafeSignUpSchema = withSafeText(SignUpSchema);

const USER_SELECT = { id: true, email: true, name: true, role: true, timeZone: true } as const;

/**
 * Signs up a learner, or an instructor through an instructor's invite link. A taken email gets
 * the very same answer and the same work (one password hash) as a new one, and nothing is
 * created: the sign-up form must not tell anyone which emails have accounts. Attempts are
 * counted per address, taken emails included.
 */
export async function signUp(input: unknown, address: string | null, now: Date, db: Db = getDb()): Promise<{ email: string }> {
  const parsed = SafeSignUpSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? "Check the form.");
  const data = parsed.data;
  await countAttempt(db, address && `sign-up:${address}`, SIGN_UP_ADDRESS_RULE, now, "Too many sign-ups from your network");
  if (data.invite) await checkInstructorInvite(data.invite, now, db);
  const passwordHash = await hashPassword(data.password);
  try {
    await db.$transaction(async (tx) => {
      if (data.invite) await claimInstructorInvite(tx, data.invite, now);
      const role: Role = data.invite ? "instructor" : "learner";
      await tx.user.create({ data: { email: data.email, name: data.name, role, timeZone: data.timeZone, passwordHash }, select: { id: true } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { email: data.email }; // the email is taken: its owner signs in as before
    throw error;
  }
  return { email: data.email };
}

/**
 * Creates an account with the given role, for trusted callers only (scripts, tests): the sign-up
 * form goes through signUp, where nobody picks their own role.
 */
export async function createUser(
  input: Omit<z.input<typeof SignUpSchema>, "invite"> & { role: Role },
  db: Db = getDb(),
): Promise<SessionUser> {
  const data = SafeSignUpSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  try {
    const row = await db.user.create({
      data: { email: data.email, name: data.name, role: input.role, timeZone: data.timeZone, passwordHash },
      select: USER_SELECT,
    });
    return toSessionUser(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError("An account with this email already exists.", "conflict");
    throw error;
  }
}

/** Refuses while this key waits, else counts one more attempt against it (every attempt counts, good or bad). */
async function countAttempt(db: Db, key: string | null, rule: ThrottleRule, now: Date, what: string): Promise<void> {
  if (!key) return;
  const reservation = await reserveAttempt(db, [{ key, rule }], now);
  if ("waitMs" in reservation) throw new UserFacingError(`${what}. Try again in ${describeWait(reservation.waitMs)}.`, "throttled");
  await settleFailure(db, reservation, now);
}

export async function getSessionUser(id: string, db: Db = getDb()): Promise<SessionUser | null> {
  const row = await db.user.findUnique({ where: { id }, select: USER_SELECT });
  return row ? toSessionUser(row) : null;
}

/**
 * The user a session token stands for, read fresh (role, name, zone), or null when the account is
 * gone or the token was made before its sessions were revoked. One query: it runs on every request.
 */
export async function getSessionUserForToken(id: string, sessionVersion: number, db: Db = getDb()): Promise<SessionUser | null> {
  // Raw and direct (lib/server/direct-sql.ts): every request of a signed-in user runs it, and the client's compiling of it cost more than the read.
  const rows = await sqlOf(db).query<{ id: string; email: string; name: string; role: string; timeZone: string; sessionVersion: number | bigint }>(
    Prisma.sql`SELECT "id", "email", "name", "role", "timeZone", "sessionVersion" FROM "User" WHERE "id" = ${id}`,
  );
  const row = rows[0];
  return row && Number(row.sessionVersion) === sessionVersion ? toSessionUser(row) : null;
}

/** Ends every session of this user, on every device: their tokens no longer match. Returns the new version. */
export async function revokeAllSessions(userId: string, db: Db = getDb()): Promise<number> {
  const row = await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return row.sessionVersion;
}

/**
 * Changes the password after checking the current one, and ends every session made before. The
 * caller re-issues its own session under the returned version, so the device in hand stays signed in.
 */
export async function changePassword(userId: string, input: z.input<typeof ChangePasswordSchema>, now: Date, db: Db = getDb()): Promise<number> {
  const data = ChangePasswordSchema.parse(input);
  await confirmPassword(db, userId, data.currentPassword, now);
  const passwordHash = await hashPassword(data.newPassword);
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return updated.sessionVersion;
}

// Addresses an account signed in from within this long count as the owner's.
const KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60_000;

/**
 * Checks an email and password. Throws a UserFacingError with a plain sentence for a wrong
 * password, an unknown account (same message) or too many recent failures.
 *
 * Failures are limited per account and address together, per address, and per account across
 * all addresses, each with a growing delay. The last one is skipped from addresses the account
 * signed in from before, so an attacker guessing from many addresses slows down while the owner,
 * at home or school, still signs in.
 */
export async function verifyCredentials(
  input: { email: unknown; password: unknown },
  address: string | null,
  now: Date,
  db: Db = getDb(),
): Promise<VerifiedUser> {
  const parsed = SafeSignInSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? "Enter your email and password.");
  const { email, password } = parsed.data;

  const row = await db.user.findUnique({ where: { email }, select: { ...USER_SELECT, passwordHash: true, sessionVersion: true } });
  // Looked up for unknown emails too, so the time taken does not tell which emails have accounts.
  const known = address
    ? await db.signInAddress.findUnique({ where: { userId_address: { userId: row?.id ?? "", address } }, select: { lastSeenAt: true } })
    : null;
  const fromKnownAddress = known !== null && now.getTime() - known.lastSeenAt.getTime() < KNOWN_ADDRESS_MS;
  const pairKey = `account-address:${email}|${address ?? "unknown"}`;
  const keys: { key: string; rule: ThrottleRule; enforced: boolean }[] = [
    { key: pairKey, rule: ACCOUNT_ADDRESS_RULE, enforced: true },
    { key: `account:${email}`, rule: ACCOUNT_RULE, enforced: !fromKnownAddress },
    ...(address ? [{ key: `address:${address}`, rule: ADDRESS_RULE, enforced: true }] : []),
  ];

  // Counted before the password is checked, so a burst of simultaneous guesses cannot all get through.
  const reservation = await reserveAttempt(db, keys.filter((k) => k.enforced), now);
  if ("waitMs" in reservation) {
    throw new UserFacingError(`Too many failed sign-ins. Try again in ${describeWait(reservation.waitMs)}.`, "throttled");
  }

  const ok = await verifyPassword(row?.passwordHash ?? (await getDummyHash()), password);
  if (row && ok) {
    await settleSuccess(db, reservation);
    await clearThrottle(db, pairKey);
    if (address) {
      await db.signInAddress.upsert({
        where: { userId_address: { userId: row.id, address } },
        create: { userId: row.id, address, lastSeenAt: now },
        update: { lastSeenAt: now },
      });
    }
    return { ...toSessionUser(row), sessionVersion: row.sessionVersion };
  }

  await settleFailure(db, reservation, now);
  // The account's own limit still counts guesses from its known addresses; it just does not stop them.
  for (const { key, rule } of keys.filter((k) => !k.enforced)) await recordThrottleFailure(db, key, rule, now);
  throw new UserFacingError("That email and password do not match. Check them and try again.", "unauthenticated");
}

/** Makes an existing account an instructor (`npm run user:promote`); false when no account has this email. */
export async function promoteToInstructor(email: string, db: Db = getDb()): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { email: email.trim().toLowerCase() }, data: { role: "instructor" } });
  return count === 1;
}
