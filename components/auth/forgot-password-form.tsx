"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { requestPasswordResetAction } from "@/app/forgot-password/actions";
import { FormError } from "@/components/classes/form-error";
import { inputClass, primaryButton } from "@/components/ui/button-classes";

/** Asks for a reset link. What it says after sending is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setPending(true);
    setError(null);
    try {
      const result = await requestPasswordResetAction({ email });
      if (!result.ok) return setError(result.error);
      setSentTo(email.trim());
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          If an account uses {sentTo}, we have sent it a link to choose a new password. The link works once, for 30 minutes. Nothing
          arrived? Check your spam folder, or ask again in a few minutes.
        </p>
        <Link href="/sign-in" className="font-medium text-brand-600 underline">
          Back to sign in
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">Enter the email you sign in with. We will send you a link to choose a new password.</p>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Email</span>
        <input name="email" type="email" autoComplete="email" required className={inputClass} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {pending ? "Please wait…" : "Send reset link"}
      </button>
      <p className="text-center text-sm text-slate-600">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
