"use client";

import { useState, type FormEvent } from "react";
import { addHandWrittenItemAction } from "@/app/decks/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { ITEM_KIND_LABELS, ITEM_TYPE_LABELS, ITEM_TYPES, type ItemType } from "@/lib/classes/fact-kinds";

const KINDS = ["other", "percent", "money", "count", "ordinal", "date", "duration", "person", "organisation", "place"] as const;
const lines = (value: FormDataEntryValue | null) => String(value ?? "").split("\n");

const PROMPT_HINTS: Record<ItemType, string> = {
  choice: "Question",
  typed: "Question",
  cloze: "Sentence with one blank written as ___",
  truefalse: "Statement to judge true or false",
};

/** Writes a question of one's own into this deck; the server checks it again (zod) and stores it all or nothing. */
export function AddQuestionForm({ deckId }: { deckId: string }) {
  const { pending, error, run } = useActionRunner();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<ItemType>("choice");
  const [added, setAdded] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const common = { kind: String(data.get("kind") ?? "other"), prompt: String(data.get("prompt") ?? ""), explanation: String(data.get("explanation") ?? "") };
    const answer = String(data.get("answer") ?? "");
    const item =
      type === "choice"
        ? { type, ...common, answer, choices: lines(data.get("choices")) }
        : type === "truefalse"
          ? { type, ...common, answer }
          : { type, ...common, answer, accepted: lines(data.get("accepted")) };
    run(
      () => addHandWrittenItemAction({ deckId, item }),
      () => {
        form.reset();
        setAdded((n) => n + 1);
      },
    );
  }

  if (!open) {
    return (
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Write a question
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" noValidate aria-label="Write a question">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Type</span>
          <select name="type" value={type} onChange={(e) => setType(e.target.value as ItemType)} className={inputClass}>
            {ITEM_TYPES.map((t) => (
              <option key={t} value={t}>
                {ITEM_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Kind of fact</span>
          <select name="kind" defaultValue="other" className={inputClass}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {ITEM_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{PROMPT_HINTS[type]}</span>
        <textarea name="prompt" rows={3} maxLength={500} className={inputClass} required />
      </label>
      {type === "truefalse" ? (
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Answer</span>
          <select name="answer" className={inputClass} defaultValue="True">
            <option value="True">True</option>
            <option value="False">False</option>
          </select>
        </label>
      ) : (
        <label className="block">
          <span className="mb-1 block text-sm font-medium">{type === "choice" ? "Correct answer (also one of the choices)" : "Answer"}</span>
          <input name="answer" maxLength={200} className={inputClass} required />
        </label>
      )}
      {type === "choice" ? (
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Choices, one per line (2 to 8, the answer among them)</span>
          <textarea name="choices" rows={4} className={inputClass} />
        </label>
      ) : null}
      {type === "typed" || type === "cloze" ? (
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Other accepted answers, one per line (optional)</span>
          <textarea name="accepted" rows={2} className={inputClass} />
        </label>
      ) : null}
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Explanation shown after answering (optional)</span>
        <textarea name="explanation" rows={2} maxLength={500} className={inputClass} />
      </label>
      <FormError error={error} />
      {added > 0 && !error ? (
        <p role="status" className="text-sm text-green-800">
          Question added to the end of the deck.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Adding…" : "Add question"}
        </button>
        <button type="button" disabled={pending} className={secondaryButton} onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </form>
  );
}
