import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "./session";
import type { SessionUser } from "./users";

/**
 * For pages: the signed-in user, or a redirect to sign in and back to `path`. A user whose role
 * lacks the permission gets the not-found page, as the actions answer "not found".
 */
export async function requirePageUser(path: string, permission?: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (permission && !can(user.role, permission)) notFound();
  return user;
}
