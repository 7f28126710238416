"use client";

import { publishDeckAction } from "@/app/decks/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { primaryButton } from "@/components/ui/button-classes";

export function PublishDeckButton({ deckId }: { deckId: string }) {
  const { pending, error, run } = useActionRunner();
  return (
    <div className="space-y-2">
      <button type="button" disabled={pending} className={`${primaryButton} w-full sm:w-auto`} onClick={() => run(() => publishDeckAction({ deckId }))}>
        {pending ? "Publishing…" : "Publish deck"}
      </button>
      <FormError error={error} />
    </div>
  );
}
