"use server";

import { SignUpSchema } from "@/lib/auth/credentials";
import { toErrorResult, type ActionResult } from "@/lib/server/action";
import { getRequestClientAddress } from "@/lib/server/client-address";
import { signUp } from "@/lib/server/users";
import { withSafeText } from "@/lib/validation/safe-text";

const SafeSignUpSchema = withSafeText(SignUpSchema);

// The one action that runs without a session: it can only create a new account. A taken email
// gets the same answer as a new one (see signUp), so the form reveals no accounts.
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = SafeSignUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the form.", code: "invalid" };
  try {
    await signUp(parsed.data, await getRequestClientAddress(), new Date());
    return { ok: true, data: { email: parsed.data.email } };
  } catch (error) {
    return toErrorResult(error);
  }
}
