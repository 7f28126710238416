"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { confirmEmailChangeAction } from "@/app/confirm-email/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { primaryButton } from "@/components/ui/button-classes";

/** Confirms a new sign-in email through the token of the link sent to it. */
export function ConfirmEmailForm({ token, newEmail }: { token: string; newEmail: string }) {
  // No refresh on success: the page would re-render for a link now spent and say it has expired.
  const { pending, error, run } = useActionRunner({ refresh: false });
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    run(
      () => confirmEmailChangeAction({ token }),
      () => setDone(true),
    );
  }

  if (done) {
    return (
      <div className="space-y-4">
        <p role="status" className="break-words rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          Done. You now sign in with {newEmail}; we told your old address.
        </p>
        <Link href="/" className={`${primaryButton} w-full`}>
          Go to Recall
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="break-words">
        Sign in with <strong className="font-semibold">{newEmail}</strong> from now on?
      </p>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        Confirm my new email
      </button>
    </form>
  );
}
