"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { changePasswordAction, signOutEverywhereAction } from "@/app/settings/account-actions";
import { FormError } from "@/components/classes/form-error";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/button-classes";

const OFFLINE = "We could not reach the server. Check your connection and try again.";

/** Password change (signs out every other device) and "sign out everywhere" (this one too). */
export function AccountSecurity() {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onChangePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    setDone(false);
    try {
      const result = await changePasswordAction({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
      if (!result.ok) return setError(result.error);
      formElement.reset();
      setDone(true);
    } catch {
      setError(OFFLINE);
    } finally {
      setPending(false);
    }
  }

  async function onSignOutEverywhere() {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await signOutEverywhereAction({});
      if (!result.ok) return setError(result.error);
      await signOut({ callbackUrl: "/sign-in" });
    } catch {
      setError(OFFLINE);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onChangePassword} className="space-y-4" noValidate>
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Current password</span>
          <input name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />
        </label>
        <label className="block">
          <span className="mb-1 block text-sm font-medium">New password</span>
          <input name="newPassword" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} className={inputClass} />
          <span className="mt-1 block text-sm text-slate-500">At least {MIN_PASSWORD_LENGTH} characters. Your other devices will be signed out.</span>
        </label>
        <FormError error={error} />
        {done && (
          <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
            Password changed. Every other device is signed out.
          </p>
        )}
        <button type="submit" disabled={pending} className={primaryButton}>
          Change password
        </button>
      </form>
      <div className="space-y-2">
        <p className="text-sm text-slate-600">Lost a device or signed in on a shared computer? End every session, this one included.</p>
        <button type="button" disabled={pending} onClick={() => void onSignOutEverywhere()} className={secondaryButton}>
          Sign out everywhere
        </button>
      </div>
    </div>
  );
}
