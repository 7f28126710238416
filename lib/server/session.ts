import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import { UserFacingError } from "./errors";
import { getSessionUser, type SessionUser } from "./users";

/**
 * The signed-in user, re-read from the database on every call: a deleted account or a changed
 * role takes effect at once, whatever the session cookie still says.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  if (typeof id !== "string") return null;
  return getSessionUser(id);
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UserFacingError("Your session has ended. Sign in again to continue.", "unauthenticated");
  return user;
}
