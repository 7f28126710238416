"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { importDeckCsvAction } from "@/app/decks/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/button-classes";

/** A new draft deck from a CSV file (read here as text, parsed and checked on the server, all or nothing). */
export function ImportDeckForm() {
  const router = useRouter();
  const { pending, error, setError, run } = useActionRunner();
  const [open, setOpen] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("Choose a CSV file.");
    const csv = await file.text();
    run(() => importDeckCsvAction({ title: String(data.get("title") ?? ""), csv }), (deck) => router.push(`/decks/${deck.id}`));
  }

  if (!open) {
    return (
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Import from CSV
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="w-full space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" noValidate aria-label="Import a deck from CSV">
      <p className="text-sm text-slate-600">
        One question a row, with the columns <code>type, kind, prompt, answer, choices, accepted, explanation</code> (several choices or accepted
        answers separated by <code>|</code>). A deck you download as CSV has them all.
      </p>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Deck title</span>
        <input name="title" maxLength={120} className={inputClass} required />
      </label>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">CSV file</span>
        <input name="file" type="file" accept=".csv,text/csv" className={inputClass} required />
      </label>
      <FormError error={error} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Importing…" : "Import deck"}
        </button>
        <button type="button" disabled={pending} className={secondaryButton} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
