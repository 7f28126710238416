"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { resetPasswordAction } from "@/app/reset-password/actions";
import { FormError } from "@/components/classes/form-error";
import { inputClass, primaryButton } from "@/components/ui/button-classes";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

/** Chooses a new password through a reset link's token. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("repeatPassword") ?? "")) return setError("The two passwords are not the same. Type them again.");
    setPending(true);
    setError(null);
    try {
      const result = await resetPasswordAction({ token, newPassword });
      if (!result.ok) return setError(result.error);
      setDone(true);
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  if (done) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          Your password is changed, and every device that was signed in is signed out. Sign in with your new password.
        </p>
        <Link href="/sign-in" className={`${primaryButton} w-full`}>
          Sign in
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">New password</span>
        <input name="newPassword" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} className={inputClass} />
        <span className="mt-1 block text-sm text-slate-500">At least {MIN_PASSWORD_LENGTH} characters.</span>
      </label>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Repeat the new password</span>
        <input name="repeatPassword" type="password" autoComplete="new-password" required className={inputClass} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {pending ? "Please wait…" : "Set new password"}
      </button>
    </form>
  );
}
