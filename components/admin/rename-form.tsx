"use client";

import { useState, type FormEvent } from "react";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/button-classes";
import type { ActionResult } from "@/lib/server/action";

export interface RenameField {
  name: string;
  label: string;
  value: string;
  maxLength: number;
  /** a multi-line text area instead of one line */
  long?: boolean;
  /** "date" for a date picker */
  type?: "text" | "date";
}

/** A closed "Edit details" button that opens a small form of text fields and saves them through one action. */
export function EditDetailsForm({
  title,
  fields,
  onSave,
}: {
  title: string;
  fields: RenameField[];
  onSave: (values: Record<string, string>) => Promise<ActionResult<unknown>>;
}) {
  const { pending, error, run } = useActionRunner();
  const [open, setOpen] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(fields.map((f) => [f.name, String(data.get(f.name) ?? "")]));
    run(() => onSave(values), () => setOpen(false));
  }

  if (!open) {
    return (
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        {title}
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" noValidate aria-label={title}>
      {fields.map((f) => (
        <label key={f.name} className="block">
          <span className="mb-1 block text-sm font-medium">{f.label}</span>
          {f.long ? (
            <textarea name={f.name} defaultValue={f.value} maxLength={f.maxLength} rows={3} className={inputClass} />
          ) : (
            <input name={f.name} type={f.type ?? "text"} defaultValue={f.value} maxLength={f.maxLength} className={inputClass} />
          )}
        </label>
      ))}
      <FormError error={error} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Save"}
        </button>
        <button type="button" disabled={pending} className={secondaryButton} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
