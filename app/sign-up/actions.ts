"use server";

import { SignUpSchema } from "@/lib/auth/credentials";
import { toErrorResult, type ActionResult } from "@/lib/server/action";
import { createUser } from "@/lib/server/users";
import { withSafeText } from "@/lib/validation/safe-text";

const SafeSignUpSchema = withSafeText(SignUpSchema);

// The one action that runs without a session: it can only create a new account.
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = SafeSignUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the form.", code: "invalid" };
  try {
    const user = await createUser(parsed.data);
    return { ok: true, data: { email: user.email } };
  } catch (error) {
    return toErrorResult(error);
  }
}
