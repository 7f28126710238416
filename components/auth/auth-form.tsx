"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { toSafeCallbackPath } from "@/lib/auth/safe-callback-path";
import { signUpAction } from "@/app/sign-up/actions";
import { inputClass, primaryButton } from "@/components/ui/button-classes";

export function AuthForm({
  mode,
  callbackUrl = "/",
  invite,
  created = false,
}: {
  mode: "sign-in" | "sign-up";
  callbackUrl?: string;
  /** an instructor invite token from the sign-up link */
  invite?: string;
  /** just signed up: say so above the sign-in form */
  created?: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const isSignUp = mode === "sign-up";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setPending(true);
    setError(null);
    try {
      if (isSignUp) {
        const result = await signUpAction({
          name: form.get("name"),
          email,
          password,
          invite,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        });
        if (!result.ok) {
          setError(result.error);
          return;
        }
        // The same next step whether the email was new or taken, so the form tells nobody which
        // emails have accounts: the person signs in with the email and password they chose.
        router.replace(withCallback("/sign-in", callbackUrl, "created=1"));
        return;
      }
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Sign-in failed. Try again.");
        return;
      }
      router.replace(toSafeCallbackPath(callbackUrl, window.location.origin));
      router.refresh();
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {created && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          Your account is ready. Sign in with the email and password you just chose.
        </p>
      )}
      {isSignUp && (
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Name</span>
          <input name="name" autoComplete="name" required maxLength={100} className={inputClass} />
        </label>
      )}
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Email</span>
        <input name="email" type="email" autoComplete="email" required className={inputClass} />
      </label>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Password</span>
        <input
          name="password"
          type="password"
          autoComplete={isSignUp ? "new-password" : "current-password"}
          required
          minLength={isSignUp ? MIN_PASSWORD_LENGTH : undefined}
          className={inputClass}
        />
        {isSignUp && <span className="mt-1 block text-sm text-slate-500">At least {MIN_PASSWORD_LENGTH} characters.</span>}
      </label>
      {!isSignUp && (
        <p className="-mt-2 text-right text-sm">
          <Link href="/forgot-password" className="inline-flex min-h-11 items-center font-medium text-brand-600 underline">
            Forgot your password?
          </Link>
        </p>
      )}
      {isSignUp && invite && (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700">You were invited to teach: this account will be an instructor account.</p>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {pending ? "Please wait…" : isSignUp ? "Create account" : "Sign in"}
      </button>
      <p className="text-center text-sm text-slate-600">
        {isSignUp ? (
          <>
            Already have an account?{" "}
            <Link href={withCallback("/sign-in", callbackUrl)} className="font-medium text-brand-600 underline">
              Sign in
            </Link>
          </>
        ) : (
          <>
            New here?{" "}
            <Link href={withCallback("/sign-up", callbackUrl)} className="font-medium text-brand-600 underline">
              Create an account
            </Link>
          </>
        )}
      </p>
    </form>
  );
}

// An invite link or a deck survives the trip between the sign-in and sign-up forms; the page
// passes only a same-origin path (toSafeCallbackPath), checked again before navigating.
function withCallback(path: string, callbackUrl: string, extra?: string): string {
  const query = [extra, callbackUrl === "/" ? undefined : `callbackUrl=${encodeURIComponent(callbackUrl)}`].filter(Boolean).join("&");
  return query ? `${path}?${query}` : path;
}
