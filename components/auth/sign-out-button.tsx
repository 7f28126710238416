"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded-lg px-3 py-2 font-medium text-slate-600 hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
