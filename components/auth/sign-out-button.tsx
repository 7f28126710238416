"use client";

import { signOut } from "next-auth/react";
import { toolbarButton } from "@/components/ui/button-classes";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className={toolbarButton}
    >
      Sign out
    </button>
  );
}
