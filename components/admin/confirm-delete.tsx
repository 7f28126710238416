"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/classes/form-error";
import type { ActionResult } from "@/lib/server/action";

const dangerButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-red-300 bg-white px-4 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-50";
const solidDangerButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl bg-red-700 px-4 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-50";
const quietButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-700 hover:bg-slate-50";

/**
 * A delete in two steps: the first button only says what deleting does, the second deletes. On success the page
 * it stood on no longer exists, so the browser goes to `then` (a list) instead of refreshing.
 */
export function ConfirmDelete({
  what,
  consequences,
  then,
  onDelete,
}: {
  /** "deck", "class", "article" */
  what: string;
  consequences: string;
  then: string;
  onDelete: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function confirm() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await onDelete();
        if (!result.ok) return setError(result.error);
        router.replace(then);
      } catch {
        setError("We could not reach the server. Check your connection and try again.");
      }
    });
  }

  if (!asking) {
    return (
      <button type="button" className={dangerButton} onClick={() => setAsking(true)}>
        Delete {what}…
      </button>
    );
  }
  return (
    <div role="group" aria-label={`Delete this ${what}`} className="space-y-3 rounded-2xl border border-red-200 bg-red-50 p-4" data-testid="confirm-delete">
      <p className="font-semibold text-red-900">Delete this {what}?</p>
      <p className="text-sm text-red-900">{consequences}</p>
      <FormError error={error} />
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} className={solidDangerButton} onClick={confirm} autoFocus>
          {pending ? "Deleting…" : `Delete ${what} for good`}
        </button>
        <button type="button" disabled={pending} className={quietButton} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
