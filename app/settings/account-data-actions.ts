"use server";

import { after } from "next/server";
import { ChangeEmailSchema, DeleteAccountSchema } from "@/lib/auth/credentials";
import { changeEmail, deleteAccount } from "@/lib/server/account";
import { authorized } from "@/lib/server/action";

export const changeEmailAction = authorized("settings:update-own", ChangeEmailSchema, async (input, user) => {
  const { email, notice } = await changeEmail(user.id, input, new Date());
  after(() => notice);
  return { email };
});

// The session dies with the account (its user is gone); the form then clears the cookie with next-auth's signOut.
export const deleteAccountAction = authorized("settings:update-own", DeleteAccountSchema, async (input, user) => {
  await deleteAccount(user.id, input, new Date());
  return { deleted: true };
});
