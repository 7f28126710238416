import { UserFacingError } from "@/lib/server/errors";
import type { SessionUser } from "@/lib/server/users";

// Stands in for lib/server/session in tests of routes and actions:
//   vi.mock("@/lib/server/session", () => import("./fake-session"));
// and each test sets `session.user` to whoever is signed in (null: nobody).
export const session: { user: SessionUser | null } = { user: null };

export async function getCurrentUser(): Promise<SessionUser | null> {
  return session.user;
}

export async function requireUser(): Promise<SessionUser> {
  if (!session.user) throw new UserFacingError("Your session has ended. Sign in again to continue.", "unauthenticated");
  return session.user;
}
