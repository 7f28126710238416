"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createOwnCardAction, updateOwnCardAction } from "@/app/cards/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton } from "@/components/ui/button-classes";
import type { OwnCard, OwnCardType } from "@/lib/own-cards/own-card";

const TYPE_LABELS: Record<OwnCardType, string> = { basic: "Basic (front and back)", cloze: "Cloze (fill the gap)" };

/**
 * Writes a new own card, or edits one (`editing`). The server checks it again (zod); on an error every field keeps
 * what was typed. A new card empties the form for the next one; an edit goes back to the list.
 */
export function OwnCardForm({ editing }: { editing?: { itemId: string; card: OwnCard } }) {
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  const [type, setType] = useState<OwnCardType>(editing?.card.type ?? "basic");
  const [added, setAdded] = useState(0);
  const initial = editing?.card;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? "");
    const card = type === "basic" ? { type, front: field("front"), back: field("back") } : { type, text: field("text") };
    if (editing) {
      run(
        () => updateOwnCardAction({ itemId: editing.itemId, card }),
        () => router.push("/cards"),
      );
      return;
    }
    run(
      () => createOwnCardAction({ card }),
      () => {
        form.reset();
        setAdded((n) => n + 1);
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? "Edit card" : "New card"} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Card type</legend>
        <div className="flex flex-wrap gap-x-4">
          {(Object.keys(TYPE_LABELS) as OwnCardType[]).map((t) => (
            <label key={t} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="type" value={t} checked={type === t} onChange={() => setType(t)} className="h-5 w-5 accent-brand-600" />
              {TYPE_LABELS[t]}
            </label>
          ))}
        </div>
      </fieldset>
      {type === "basic" ? (
        <>
          <label className="block">
            <span className="mb-1 block text-sm font-medium">Front (the question)</span>
            <textarea name="front" rows={2} maxLength={500} className={inputClass} defaultValue={initial?.type === "basic" ? initial.front : ""} />
          </label>
          <label className="block">
            <span className="mb-1 block text-sm font-medium">Back (the answer)</span>
            <input name="back" maxLength={200} className={inputClass} defaultValue={initial?.type === "basic" ? initial.back : ""} autoComplete="off" />
          </label>
        </>
      ) : (
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Sentence with one gap</span>
          <textarea
            name="text"
            rows={3}
            maxLength={600}
            className={inputClass}
            defaultValue={initial?.type === "cloze" ? initial.text : ""}
            aria-describedby="cloze-help"
          />
          <span id="cloze-help" className="mt-1 block text-sm text-slate-600">
            Put the answer in <code className="font-mono">{"{{c1::…}}"}</code>, as in Anki: The capital of Peru is <code className="font-mono">{"{{c1::Lima}}"}</code>.
          </span>
        </label>
      )}
      <FormError error={error} />
      {added > 0 && !error ? (
        <p role="status" className="text-sm text-green-800">
          Card added. It is new to study: it comes up in your next session.
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButton}>
        {editing ? (pending ? "Saving…" : "Save card") : pending ? "Adding…" : "Add card"}
      </button>
    </form>
  );
}
