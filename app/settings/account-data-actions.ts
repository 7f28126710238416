"use server";

import { after } from "next/server";
import { ChangeEmailSchema, DeleteAccountSchema } from "@/lib/auth/credentials";
import { deleteAccount, requestEmailChange } from "@/lib/server/account";
import { authorized } from "@/lib/server/action";
import { readAppUrl } from "@/lib/server/env";

// The address changes only when the link sent to it is opened (app/confirm-email).
export const changeEmailAction = authorized("settings:update-own", ChangeEmailSchema, async (input, user) => {
  const { pendingEmail, delivery } = await requestEmailChange(user.id, input, { appUrl: readAppUrl(), now: new Date() });
  after(() => delivery);
  return { pendingEmail };
});

// The session dies with the account (its user is gone); the form then clears the cookie with next-auth's signOut.
export const deleteAccountAction = authorized("settings:update-own", DeleteAccountSchema, async (input, user) => {
  await deleteAccount(user.id, input, new Date());
  return { deleted: true };
});
