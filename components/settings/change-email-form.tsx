"use client";

import { useState, type FormEvent } from "react";
import { changeEmailAction } from "@/app/settings/account-data-actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton } from "@/components/ui/button-classes";

/** A new sign-in email, asked for with the password; it takes effect when the link sent to it is opened. */
export function ChangeEmailForm({ currentEmail, pendingEmail }: { currentEmail: string; pendingEmail: string | null }) {
  const { pending, error, run } = useActionRunner();
  const [waitingFor, setWaitingFor] = useState<string | null>(pendingEmail);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    run(
      () => changeEmailAction({ newEmail: form.get("newEmail"), password: form.get("password") }),
      (data) => {
        formElement.reset();
        setWaitingFor(data.pendingEmail);
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">
        You sign in with <strong data-testid="current-email" className="break-all font-medium text-slate-900">{currentEmail}</strong>.
      </p>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">New email</span>
        <input name="newEmail" type="email" autoComplete="email" required className={inputClass} />
      </label>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Your password</span>
        <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </label>
      <FormError error={error} />
      <p role="status" className="break-words empty:hidden rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="pending-email">
        {waitingFor ? `We sent a link to ${waitingFor}. Open it within a day to sign in with that address; until then you keep using this one.` : ""}
      </p>
      <button type="submit" disabled={pending} className={primaryButton}>
        Change email
      </button>
    </form>
  );
}
