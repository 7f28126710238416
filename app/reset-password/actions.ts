"use server";

import { ResetPasswordSchema } from "@/lib/auth/credentials";
import { toErrorResult, type ActionResult } from "@/lib/server/action";
import { resetPassword } from "@/lib/server/password-reset";
import { withSafeText } from "@/lib/validation/safe-text";

const SafeResetPasswordSchema = withSafeText(ResetPasswordSchema);

// Runs without a session: the link's token is the credential, checked and spent in resetPassword.
export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ reset: true }>> {
  const parsed = SafeResetPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the form.", code: "invalid" };
  try {
    await resetPassword(parsed.data, new Date());
    return { ok: true, data: { reset: true } };
  } catch (error) {
    return toErrorResult(error);
  }
}
