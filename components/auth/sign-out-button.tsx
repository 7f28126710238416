"use client";

import { signOut } from "next-auth/react";
import { prepareSignOut } from "@/components/offline/sign-out-offline";
import { toolbarButton } from "@/components/ui/button-classes";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={async () => {
        // Answers kept offline are sent (or the learner is asked) and the device's study data is emptied first.
        if (await prepareSignOut((message) => window.confirm(message))) await signOut({ callbackUrl: "/" });
      }}
      className={toolbarButton}
    >
      Sign out
    </button>
  );
}
