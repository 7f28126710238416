import "server-only";
import type { JWT } from "next-auth/jwt";
import { isRole } from "@/lib/auth/permissions";
import { getSessionUserForToken, type SessionUser, type VerifiedUser } from "./users";

// What a session token carries and how each request checks it. The token is a signed cookie that
// lives for days; the database says whether it still counts: `sv` must equal the user's
// sessionVersion, which "sign out everywhere" and a password change bump.

export class SessionRevokedError extends Error {
  constructor() {
    super("session revoked or account gone");
    this.name = "SessionRevokedError";
  }
}

/** The claims of a fresh sign-in. */
export function claimsForSignIn(token: JWT, user: VerifiedUser): JWT {
  return { ...token, ...userClaims(user), uid: user.id, sv: user.sessionVersion };
}

/**
 * Re-reads the token's user on every request (one query) and refreshes the claims from it, so a
 * role change shows at once, also in /api/auth/session. Throws SessionRevokedError for a revoked
 * or orphaned token: next-auth then clears the cookie and there is no session.
 */
export async function refreshClaims(token: JWT): Promise<JWT> {
  const { uid, sv } = token as { uid?: unknown; sv?: unknown };
  if (typeof uid !== "string" || typeof sv !== "number") throw new SessionRevokedError();
  const user = await getSessionUserForToken(uid, sv);
  if (!user) throw new SessionRevokedError();
  return { ...token, ...userClaims(user) };
}

function userClaims(user: SessionUser) {
  return { name: user.name, email: user.email, role: user.role, tz: user.timeZone };
}

/** The session's user, from claims refreshed on this request. */
export function sessionUserFromClaims(token: JWT): SessionUser | null {
  const { uid, name, email, role, tz } = token as Record<string, unknown>;
  if (typeof uid !== "string" || typeof email !== "string" || !isRole(role)) return null;
  return { id: uid, email, name: typeof name === "string" ? name : "", role, timeZone: typeof tz === "string" ? tz : "UTC" };
}

/**
 * next-auth's error log, minus revoked sessions: a cookie replayed after "sign out everywhere" is
 * expected and answered "no session"; logging each one with a stack would let anyone fill the log.
 */
export function logNextAuthError(code: string, metadata: unknown): void {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
  if (error instanceof SessionRevokedError) return;
  console.error(`[next-auth][error][${code}]`, metadata);
}
