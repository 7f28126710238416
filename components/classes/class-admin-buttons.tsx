"use client";

import { archiveClassAction, removeLearnerAction, restoreLearnerAction, unassignDeckAction } from "@/app/classes/actions";
import { FormError } from "./form-error";
import { useActionRunner } from "./use-action-runner";

const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-700 hover:bg-slate-50 disabled:opacity-50";
const dangerButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-red-300 bg-white px-4 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-50";

export function RemoveLearnerButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const { pending, error, run } = useActionRunner();
  return (
    <div className="text-right">
      <button
        type="button"
        disabled={pending}
        className={smallButton}
        aria-label={`Remove ${name}`}
        onClick={() => {
          if (window.confirm(`Remove ${name} from this class? Their own study history is kept.`)) run(() => removeLearnerAction({ classId, userId }));
        }}
      >
        {pending ? "Removing…" : "Remove"}
      </button>
      <FormError error={error} />
    </div>
  );
}

export function RestoreLearnerButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const { pending, error, run } = useActionRunner();
  return (
    <div className="text-right">
      <button type="button" disabled={pending} className={smallButton} aria-label={`Add ${name} back`} onClick={() => run(() => restoreLearnerAction({ classId, userId }))}>
        {pending ? "Adding…" : "Add back"}
      </button>
      <FormError error={error} />
    </div>
  );
}

export function UnassignDeckButton({ classId, deckId, title }: { classId: string; deckId: string; title: string }) {
  const { pending, error, run } = useActionRunner();
  return (
    <div className="text-right">
      <button type="button" disabled={pending} className={smallButton} aria-label={`Unassign ${title}`} onClick={() => run(() => unassignDeckAction({ classId, deckId }))}>
        {pending ? "Removing…" : "Unassign"}
      </button>
      <FormError error={error} />
    </div>
  );
}

export function ArchiveClassButton({ classId }: { classId: string }) {
  const { pending, error, run } = useActionRunner();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className={dangerButton}
        onClick={() => {
          if (window.confirm("Archive this class? Learners will no longer see it, and it cannot be changed afterwards.")) run(() => archiveClassAction({ classId }));
        }}
      >
        {pending ? "Archiving…" : "Archive class"}
      </button>
      <FormError error={error} />
    </div>
  );
}
