"use server";

import { after } from "next/server";
import { ForgotPasswordSchema } from "@/lib/auth/credentials";
import { toErrorResult, type ActionResult } from "@/lib/server/action";
import { getRequestClientAddress } from "@/lib/server/client-address";
import { readAppUrl } from "@/lib/server/env";
import { requestPasswordReset } from "@/lib/server/password-reset";
import { withSafeText } from "@/lib/validation/safe-text";

const SafeForgotPasswordSchema = withSafeText(ForgotPasswordSchema);

// Runs without a session. Its answer is the same whether or not the email has an account (see requestPasswordReset).
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<{ sent: true }>> {
  const parsed = SafeForgotPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the form.", code: "invalid" };
  try {
    const { delivery } = await requestPasswordReset(parsed.data, await getRequestClientAddress(), { appUrl: readAppUrl(), now: new Date() });
    after(() => delivery);
    return { ok: true, data: { sent: true } };
  } catch (error) {
    return toErrorResult(error);
  }
}
