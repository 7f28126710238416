"use client";

import { toolbarButton } from "@/components/ui/button-classes";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={async () => {
        // Loaded on click: next-auth's client (with its Babel runtime, about 10 KiB gzip) would otherwise weigh on
        // every page's first load, where nothing else in the header needs it.
        const modules = await Promise.all([import("next-auth/react"), import("@/components/offline/sign-out-offline")]).catch(() => null);
        // Not loaded (the app was updated meanwhile): next-auth's own sign-out page still signs out.
        if (!modules) return window.location.assign("/api/auth/signout");
        const [{ signOut }, { prepareSignOut }] = modules;
        // Answers kept offline are sent (or the learner is asked) and the device's study data is emptied first.
        if (await prepareSignOut((message) => window.confirm(message))) await signOut({ callbackUrl: "/" });
      }}
      className={toolbarButton}
    >
      Sign out
    </button>
  );
}
