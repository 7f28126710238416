import "server-only";
import type { z } from "zod";
import { SignInSchema, SignUpSchema } from "@/lib/auth/credentials";
import { isRole, type Role } from "@/lib/auth/permissions";
import { ACCOUNT_RULE, ADDRESS_RULE, describeWait, type ThrottleRule } from "@/lib/auth/sign-in-throttle";
import { withSafeText } from "@/lib/validation/safe-text";
import { getDb, type Db } from "./db";
import { isUniqueViolation, UserFacingError } from "./errors";
import { getDummyHash, hashPassword, verifyPassword } from "./passwords";
import { clearThrottle, getThrottleWaitMs, recordThrottleFailure } from "./throttle";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** IANA zone: dates are shown on this user's own calendar */
  timeZone: string;
}

function toSessionUser(row: { id: string; email: string; name: string; role: string; timeZone: string }): SessionUser {
  if (!isRole(row.role)) throw new Error(`user ${row.id} has unknown role ${row.role}`);
  return { id: row.id, email: row.email, name: row.name, role: row.role, timeZone: row.timeZone };
}

// Sign-in and sign-up run outside the action wrapper: they check their text the same way.
const SafeSignInSchema = withSafeText(SignInSchema);
const SafeSignUpSchema = withSafeText(SignUpSchema);

const USER_SELECT = { id: true, email: true, name: true, role: true, timeZone: true } as const;

export async function createUser(input: z.input<typeof SignUpSchema>, db: Db = getDb()): Promise<SessionUser> {
  const data = SafeSignUpSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  try {
    const row = await db.user.create({
      data: { email: data.email, name: data.name, role: data.role, timeZone: data.timeZone, passwordHash },
      select: USER_SELECT,
    });
    return toSessionUser(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new UserFacingError("An account with this email already exists. Sign in instead.", "conflict");
    }
    throw error;
  }
}

export async function getSessionUser(id: string, db: Db = getDb()): Promise<SessionUser | null> {
  const row = await db.user.findUnique({ where: { id }, select: USER_SELECT });
  return row ? toSessionUser(row) : null;
}

const throttleKeys = (email: string, address: string | null) =>
  [
    { key: `account:${email}`, rule: ACCOUNT_RULE },
    ...(address ? [{ key: `address:${address}`, rule: ADDRESS_RULE }] : []),
  ] satisfies { key: string; rule: ThrottleRule }[];

/**
 * Checks an email and password. Throws a UserFacingError with a plain sentence for a wrong
 * password, an unknown account (same message) or too many recent failures.
 */
export async function verifyCredentials(
  input: { email: unknown; password: unknown },
  address: string | null,
  now: Date,
  db: Db = getDb(),
): Promise<SessionUser> {
  const parsed = SafeSignInSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? "Enter your email and password.");
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);

  const waitMs = await getThrottleWaitMs(db, keys.map((k) => k.key), now);
  if (waitMs > 0) {
    throw new UserFacingError(`Too many failed sign-ins. Try again in ${describeWait(waitMs)}.`, "throttled");
  }

  const row = await db.user.findUnique({ where: { email }, select: { ...USER_SELECT, passwordHash: true } });
  const ok = await verifyPassword(row?.passwordHash ?? (await getDummyHash()), password);
  if (row && ok) {
    await clearThrottle(db, `account:${email}`);
    return toSessionUser(row);
  }

  for (const { key, rule } of keys) await recordThrottleFailure(db, key, rule, now);
  throw new UserFacingError("That email and password do not match. Check them and try again.", "unauthenticated");
}
