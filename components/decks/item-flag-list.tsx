"use client";

import { closeFlagAction } from "@/app/decks/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { FLAG_REASON_LABELS } from "@/lib/flags/flag-reasons";
import type { DeckFlagView } from "@/lib/server/item-flags";

const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-700 hover:bg-slate-50 disabled:opacity-50";

/** Learners' open flags on this deck's questions (raised in it, or in free study); each is resolved (fixed) or dismissed. */
export function ItemFlagList({ flags }: { flags: (DeckFlagView & { flaggedOn: string })[] }) {
  const { pending, error, run } = useActionRunner();
  return (
    <>
      <FormError error={error} />
      <ul className="space-y-3">
        {flags.map((flag) => (
          <li key={flag.id} className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="item-flag" data-item-id={flag.itemId}>
            <p className="font-semibold">{FLAG_REASON_LABELS[flag.reason]}</p>
            {flag.comment ? <p className="mt-1">“{flag.comment}”</p> : null}
            <p className="mt-1 text-sm">
              {flag.learnerName}, {flag.flaggedOn}
              {flag.fromFreeStudy ? " · in free study, not in this deck" : ""}
            </p>
            <p className="mt-2 text-sm">
              Question: <span className="font-medium">{flag.prompt}</span>
              <br />
              Answer: <span className="font-medium">{flag.answer}</span>
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button type="button" disabled={pending} className={smallButton} onClick={() => run(() => closeFlagAction({ flagId: flag.id, status: "resolved" }))}>
                Resolved
              </button>
              <button type="button" disabled={pending} className={smallButton} onClick={() => run(() => closeFlagAction({ flagId: flag.id, status: "dismissed" }))}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
