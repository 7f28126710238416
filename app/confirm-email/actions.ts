"use server";

import { after } from "next/server";
import { ConfirmEmailChangeSchema } from "@/lib/auth/credentials";
import { confirmEmailChange } from "@/lib/server/account";
import { toErrorResult, type ActionResult } from "@/lib/server/action";

// Runs without a session: the link's token is the credential (the password was checked when the change was asked
// for), so it works in whichever browser opens the mail. The form posts it, because mail scanners follow GET links.
export async function confirmEmailChangeAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = ConfirmEmailChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the link.", code: "invalid" };
  try {
    const { email, notice } = await confirmEmailChange(parsed.data, new Date());
    after(() => notice);
    return { ok: true, data: { email } };
  } catch (error) {
    return toErrorResult(error);
  }
}
