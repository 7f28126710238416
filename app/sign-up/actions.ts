"use server";

import { toErrorResult, type ActionResult } from "@/lib/server/action";
import { getRequestClientAddress } from "@/lib/server/client-address";
import { signUp } from "@/lib/server/users";

// The one action that runs without a session: it can only create a new account. A taken email
// gets the same answer as a new one (see signUp), so the form reveals no accounts. signUp checks the form.
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    return { ok: true, data: await signUp(input, await getRequestClientAddress(), new Date()) };
  } catch (error) {
    return toErrorResult(error);
  }
}
