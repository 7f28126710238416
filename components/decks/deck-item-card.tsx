"use client";

import { useState, type FormEvent } from "react";
import { removeDeckItemAction, setDeckItemSuspendedAction, updateDeckItemAction } from "@/app/decks/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { ITEM_KIND_LABELS, ITEM_TYPE_LABELS, type ItemType } from "@/lib/classes/fact-kinds";
import type { DeckItemView, RemovedDeckItem } from "@/lib/server/decks";

const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-700 hover:bg-slate-50 disabled:opacity-50";

export function DeckItemCard({ deckId, item, onRemoved }: { deckId: string; item: DeckItemView; onRemoved: (removed: RemovedDeckItem) => void }) {
  const { pending, error, run } = useActionRunner();
  const [editing, setEditing] = useState(false);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const usesChoices = item.type === "choice" || item.type === "truefalse";
  const suspended = item.status === "suspended";

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const choices = usesChoices ? String(data.get("choices") ?? "").split("\n") : [];
    run(
      () => updateDeckItemAction({ deckId, itemId: item.itemId, prompt: String(data.get("prompt") ?? ""), answer: String(data.get("answer") ?? ""), choices }),
      () => setEditing(false),
    );
  }

  return (
    <li className={`rounded-2xl border bg-white p-4 shadow-sm ${suspended ? "border-dashed border-slate-300 opacity-70" : "border-slate-200"}`} data-testid="deck-item" data-item-id={item.itemId}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
        <span>
          {ITEM_TYPE_LABELS[item.type as ItemType] ?? item.type} · {ITEM_KIND_LABELS[item.kind] ?? item.kind}
        </span>
        {item.edited ? <span className="rounded-full bg-brand-100 px-2 font-semibold text-brand-700">Edited</span> : null}
        {suspended ? <span className="rounded-full bg-slate-200 px-2 font-semibold text-slate-700">Suspended</span> : null}
      </p>
      <p className="mb-2 truncate text-xs text-slate-500">{item.articleTitle}</p>
      {editing ? (
        <form onSubmit={onSave} className="space-y-3" noValidate>
          <label className="block">
            <span className="mb-1 block text-sm font-medium">Question</span>
            <textarea name="prompt" defaultValue={item.prompt} rows={3} maxLength={500} className={inputClass} />
          </label>
          <label className="block">
            <span className="mb-1 block text-sm font-medium">Answer</span>
            <input name="answer" defaultValue={item.answer} maxLength={200} className={inputClass} />
          </label>
          {usesChoices ? (
            <label className="block">
              <span className="mb-1 block text-sm font-medium">Choices, one per line (the answer must be one of them)</span>
              <textarea name="choices" defaultValue={item.choices.join("\n")} rows={Math.max(3, item.choices.length)} className={inputClass} />
            </label>
          ) : null}
          <p className="text-xs text-slate-500">Source: {item.sourceSentence}</p>
          <p className="text-xs text-slate-500">Changes apply to this deck only.</p>
          <FormError error={error} />
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending} className={primaryButton}>
              {pending ? "Saving…" : "Save"}
            </button>
            <button type="button" onClick={() => setEditing(false)} className={secondaryButton}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="font-medium">{item.prompt}</p>
          <p className="mt-1 text-sm text-slate-700">
            Answer: <span className="font-semibold">{item.answer}</span>
          </p>
          {usesChoices && item.choices.length > 0 ? <p className="mt-1 text-sm text-slate-600">Choices: {item.choices.join(" · ")}</p> : null}
          <FormError error={error} />
          <div className="mt-3 flex flex-wrap gap-2">
            {item.editable ? (
              <>
                <button type="button" className={smallButton} onClick={() => setEditing(true)}>
                  Edit
                </button>
                <button
                  type="button"
                  disabled={pending}
                  className={smallButton}
                  onClick={() => run(() => setDeckItemSuspendedAction({ deckId, itemId: item.itemId, suspended: !suspended }))}
                >
                  {suspended ? "Restore" : "Suspend"}
                </button>
              </>
            ) : null}
            {confirmingRemove ? null : (
              <button type="button" disabled={pending} className={smallButton} aria-label="Remove from deck" onClick={() => setConfirmingRemove(true)}>
                Remove
              </button>
            )}
          </div>
          {confirmingRemove ? (
            <div className="mt-3 flex flex-wrap items-center gap-2 rounded-xl bg-red-50 p-3" role="group" aria-label="Confirm removal">
              <p className="mr-auto text-sm text-red-900">Remove this question from the deck? Learners stop seeing it; their progress on it is kept.</p>
              <button
                type="button"
                disabled={pending}
                className="inline-flex min-h-11 items-center justify-center rounded-xl bg-red-600 px-4 text-sm font-semibold text-white hover:bg-red-700 disabled:opacity-50"
                onClick={() => run(() => removeDeckItemAction({ deckId, itemId: item.itemId }), onRemoved)}
              >
                {pending ? "Removing…" : "Yes, remove"}
              </button>
              <button type="button" disabled={pending} className={smallButton} onClick={() => setConfirmingRemove(false)}>
                Keep it
              </button>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
