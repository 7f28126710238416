import "server-only";
import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isRole } from "@/lib/auth/permissions";
import { authOptions } from "./auth-options";
import { UserFacingError } from "./errors";
import { sessionCookieName } from "./session-cookie";
import { logNextAuthError, refreshClaims, SessionRevokedError, sessionUserFromClaims } from "./session-token";
import { decodeSessionToken } from "./session-token-cache";
import type { SessionUser } from "./users";

/**
 * The signed-in user. Reading the session re-reads the user from the database (one query, the jwt
 * callback's): a deleted account, a revoked session or a changed role takes effect at once,
 * whatever the cookie still says. Cached for the rest of one server render.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const name = sessionCookieName();
  const secret = process.env.NEXTAUTH_SECRET;
  // A cookie split in chunks (next-auth does that past 4 KB) or no known cookie name: next-auth reads it.
  if (!name || !secret || jar.getAll().some((c) => c.name.startsWith(`${name}.`))) {
    const session = await getServerSession(...(await currentRequest()), authOptions);
    return toSessionUser(session?.user);
  }
  return readSession(jar.get(name)?.value, secret);
});

/**
 * What getServerSession answers for this cookie (decode, the jwt callback, the session callback),
 * without its cost: the decoded token comes from a cache (the user row is still read, see
 * session-token.ts), and no renewed cookie is encrypted that a route could not send anyway.
 */
async function readSession(raw: string | undefined, secret: string): Promise<SessionUser | null> {
  if (!raw) return null;
  let claims;
  try {
    claims = await decodeSessionToken(raw, secret);
  } catch (error) {
    logNextAuthError("JWT_SESSION_ERROR", error); // what next-auth logs for a cookie that does not decode
    return null;
  }
  if (!claims) return null;
  try {
    return sessionUserFromClaims(await refreshClaims(claims));
  } catch (error) {
    if (error instanceof SessionRevokedError) return null;
    throw error;
  }
}

// What getServerSession's one-argument form reads, read here through our own next/headers import
// so integration tests can stand in for the request. Cookies cannot be set from a page render, so
// the response is a no-op, as in that form.
async function currentRequest(): Promise<[NextApiRequest, NextApiResponse]> {
  const [headerList, jar] = await Promise.all([headers(), cookies()]);
  const req = { headers: Object.fromEntries(headerList), cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])) };
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  return [req as unknown as NextApiRequest, res as unknown as NextApiResponse];
}

function toSessionUser(value: unknown): SessionUser | null {
  if (typeof value !== "object" || value === null) return null;
  const { id, email, name, role, timeZone } = value as Record<string, unknown>;
  if (typeof id !== "string" || typeof email !== "string" || typeof name !== "string" || !isRole(role) || typeof timeZone !== "string") {
    return null;
  }
  return { id, email, name, role, timeZone };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UserFacingError("Your session has ended. Sign in again to continue.", "unauthenticated");
  return user;
}
