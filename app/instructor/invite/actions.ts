"use server";

import { z } from "zod";
import { authorized } from "@/lib/server/action";
import { createInstructorInvite } from "@/lib/server/instructor-invites";

// An instructor makes a colleague an instructor: a single-use sign-up link, valid for a week.
export const createInstructorInviteAction = authorized("instructor:invite", z.object({}), async (_input, user) => {
  const { token, expiresAt } = await createInstructorInvite(user.id, new Date());
  return { path: `/sign-up?invite=${encodeURIComponent(token)}`, expiresAt: expiresAt.toISOString() };
});
