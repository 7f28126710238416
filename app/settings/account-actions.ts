"use server";

import { z } from "zod";
import { ChangePasswordSchema } from "@/lib/auth/credentials";
import { authorized } from "@/lib/server/action";
import { keepCurrentSession } from "@/lib/server/session-cookie";
import { changePassword, revokeAllSessions } from "@/lib/server/users";

// Both end every other session at once (their tokens carry an older session version).
export const changePasswordAction = authorized("settings:update-own", ChangePasswordSchema, async (input, user) => {
  const sessionVersion = await changePassword(user.id, input, new Date());
  await keepCurrentSession(sessionVersion);
  return { changed: true };
});

// This device signs out too: the form then clears its cookie with next-auth's signOut.
export const signOutEverywhereAction = authorized("settings:update-own", z.object({}), async (_input, user) => {
  await revokeAllSessions(user.id);
  return { signedOut: true };
});
