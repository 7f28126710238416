import "server-only";
import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isRole } from "@/lib/auth/permissions";
import { authOptions } from "./auth-options";
import { UserFacingError } from "./errors";
import type { SessionUser } from "./users";

/**
 * The signed-in user. Reading the session runs the jwt callback, which re-reads the user from the
 * database (one query): a deleted account, a revoked session or a changed role takes effect at
 * once, whatever the cookie still says. Cached for the rest of one server render.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(...(await currentRequest()), authOptions);
  return toSessionUser(session?.user);
});

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
