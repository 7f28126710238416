"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { deleteAccountAction } from "@/app/settings/account-data-actions";
import { FormError } from "@/components/classes/form-error";
import { inputClass, secondaryButton } from "@/components/ui/button-classes";
import { DELETE_CONFIRMATION } from "@/lib/auth/delete-confirmation";
import { countOf } from "@/lib/progress/format-day-key";

export interface DeletionSummary {
  cards: number;
  reviews: number;
  classes: number;
  classLearners: number;
  decks: number;
  articles: number;
  ownCards: number;
}

const dangerButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl bg-red-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-red-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-50";

/** Deletes the account for good after the password and a typed sentence; says first what goes with it. */
export function DeleteAccountForm({ summary }: { summary: DeletionSummary }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const teaches = summary.classes + summary.decks + summary.articles > 0;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await deleteAccountAction({ password: form.get("password"), confirmation: form.get("confirmation") });
      if (!result.ok) {
        setPending(false);
        return setError(result.error);
      }
      // The account and so its sessions are gone; this clears the cookie too.
      await signOut({ callbackUrl: "/account-deleted" });
    } catch {
      setPending(false);
      setError("We could not reach the server. Check your connection and try again.");
    }
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        This deletes your account
        {summary.cards + summary.reviews > 0 ? ` with your ${countOf(summary.cards, "card")}, ${countOf(summary.reviews, "answer")},` : ","}
        {summary.ownCards > 0 ? ` the ${countOf(summary.ownCards, "card")} you wrote,` : ""} your
        settings and your class memberships, and signs you out everywhere. It cannot be undone: download your data first if you want to
        keep it.
      </p>
      {teaches && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="deletion-teaching">
          Your teaching goes too: {countOf(summary.classes, "class", "classes")} ({countOf(summary.classLearners, "learner")} will lose{" "}
          {summary.classes === 1 ? "it" : "them"}), {countOf(summary.decks, "deck")} and {countOf(summary.articles, "uploaded article")},
          with your learners&apos; answers to questions from those articles.
        </p>
      )}
      <details className="group space-y-4">
        <summary className={`${secondaryButton} cursor-pointer list-none text-red-800 group-open:mb-4`}>
          <span className="group-open:hidden">Delete my account…</span>
          <span className="hidden group-open:inline">Keep my account</span>
        </summary>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <label className="block">
            <span className="mb-1 block text-sm font-medium">Your password</span>
            <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
          </label>
          <label className="block">
            <span className="mb-1 block text-sm font-medium">
              Type <strong>{DELETE_CONFIRMATION}</strong> to confirm
            </span>
            <input name="confirmation" autoComplete="off" autoCapitalize="none" spellCheck={false} required className={inputClass} />
          </label>
          <FormError error={error} />
          <button type="submit" disabled={pending} className={dangerButton}>
            {pending ? "Deleting…" : "Delete my account for good"}
          </button>
        </form>
      </details>
    </div>
  );
}
