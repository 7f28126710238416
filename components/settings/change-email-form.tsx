"use client";

import { useState, type FormEvent } from "react";
import { changeEmailAction } from "@/app/settings/account-data-actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton } from "@/components/ui/button-classes";

/** A new sign-in email, confirmed with the password. */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { pending, error, run } = useActionRunner();
  const [changedTo, setChangedTo] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setChangedTo(null);
    run(
      () => changeEmailAction({ newEmail: form.get("newEmail"), password: form.get("password") }),
      (data) => {
        formElement.reset();
        setChangedTo(data.email);
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
      {changedTo && (
        <p role="status" className="break-words rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          Email changed. You now sign in with {changedTo}; we told your old address.
        </p>
      )}
      <button type="submit" disabled={pending} className={primaryButton}>
        Change email
      </button>
    </form>
  );
}
