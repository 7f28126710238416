"use client";

import { useState } from "react";
import { restoreDeckItemAction } from "@/app/decks/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import type { DeckItemView, RemovedDeckItem } from "@/lib/server/decks";
import { DeckItemCard } from "./deck-item-card";

/** A deck's questions, with Undo for the last one removed (until another is removed or the page is left). */
export function DeckItemList({ deckId, items }: { deckId: string; items: DeckItemView[] }) {
  const [removed, setRemoved] = useState<{ item: RemovedDeckItem; prompt: string } | null>(null);
  const { pending, error, run } = useActionRunner();

  return (
    <>
      <div aria-live="polite" className="empty:hidden">
        {removed ? (
          <div className="flex flex-wrap items-center gap-3 rounded-xl bg-slate-800 px-4 py-2 text-sm text-white" data-testid="removed-banner">
            <p className="mr-auto min-w-0">
              Removed “<span className="font-medium">{removed.prompt}</span>” from this deck.
            </p>
            <button
              type="button"
              disabled={pending}
              className="inline-flex min-h-11 items-center rounded-lg px-3 font-semibold text-sky-200 underline hover:bg-slate-700"
              onClick={() => run(() => restoreDeckItemAction(removed.item), () => setRemoved(null))}
            >
              Undo
            </button>
          </div>
        ) : null}
      </div>
      <FormError error={error} />
      <ol className="space-y-3">
        {items.map((item) => (
          <DeckItemCard key={item.itemId} deckId={deckId} item={item} onRemoved={(snapshot) => setRemoved({ item: snapshot, prompt: item.prompt })} />
        ))}
      </ol>
    </>
  );
}
