"use client";

import type { FormEvent } from "react";
import { assignDeckAction } from "@/app/classes/actions";
import { inputClass, primaryButton } from "@/components/ui/button-classes";
import { FormError } from "./form-error";
import { useActionRunner } from "./use-action-runner";

/** Assigns a published deck to a class; pick the class (from a deck) or the deck (from a class). */
export function AssignDeckForm({
  classes,
  decks,
}: {
  classes: { id: string; name: string }[];
  decks: { id: string; title: string }[];
}) {
  const { pending, error, setError, run } = useActionRunner();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const day = String(data.get("due") ?? "");
    if (day && !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      setError("Pick a valid due date, or leave it empty.");
      return;
    }
    run(() => assignDeckAction({ classId: String(data.get("classId") ?? ""), deckId: String(data.get("deckId") ?? ""), dueDate: day || null }), () => form.reset());
  }

  if (classes.length === 0 || decks.length === 0) return null;
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" noValidate>
      <PickOne label="Class" name="classId" options={classes.map((c) => ({ id: c.id, text: c.name }))} />
      <PickOne label="Deck" name="deckId" options={decks.map((d) => ({ id: d.id, text: d.title }))} />
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Due date (optional)</span>
        <input type="date" name="due" className={inputClass} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
        {pending ? "Assigning…" : "Assign deck"}
      </button>
    </form>
  );
}

/** A select, or, when there is one choice left, its name written out: the form always says what it assigns to what. */
function PickOne({ label, name, options }: { label: string; name: string; options: { id: string; text: string }[] }) {
  if (options.length === 1) {
    const only = options[0]!;
    return (
      <p className="text-sm">
        <span className="font-medium">{label}:</span> {only.text}
        <input type="hidden" name={name} value={only.id} />
      </p>
    );
  }
  return (
    <label className="block">
      <span className="mb-1 block text-sm font-medium">{label}</span>
      <select name={name} className={inputClass}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}
