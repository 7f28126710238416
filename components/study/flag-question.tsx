"use client";

import { useState, type FormEvent } from "react";
import { inputClass, secondaryButton } from "@/components/ui/button-classes";
import { FLAG_COMMENT_MAX, FLAG_REASON_LABELS, FLAG_REASONS, type FlagReason } from "@/lib/flags/flag-reasons";
import { requestWithRetry } from "./study-api";

/**
 * "Flag this question", offered with the feedback only: the learner has answered, so nothing is revealed early.
 * Folded away until opened, so it never stands between the learner and the grade buttons.
 */
export function FlagQuestion({ itemId, deckId }: { itemId: string; deckId: string | null }) {
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [comment, setComment] = useState("");
  const [state, setState] = useState<{ name: "editing" | "sending" } | { name: "sent"; seenByInstructor: boolean } | { name: "failed"; error: string }>({ name: "editing" });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setState({ name: "failed", error: "Pick what is wrong with the question." });
      return;
    }
    setState({ name: "sending" });
    try {
      const result = await requestWithRetry<{ seenByInstructor: boolean }>("/api/study/flag", {
        method: "POST",
        body: JSON.stringify({ itemId, deckId, reason, comment }),
      }, { attempts: 3 });
      setState({ name: "sent", seenByInstructor: result.seenByInstructor });
    } catch (error) {
      setState({ name: "failed", error: error instanceof Error ? error.message : "The flag could not be sent. Try again." });
    }
  }

  if (state.name === "sent") {
    return (
      <p role="status" className="text-sm text-slate-700" data-testid="flag-sent">
        Thanks, the question is flagged{state.seenByInstructor ? (deckId ? ": the deck’s instructor will see it." : ": the instructors who use it will see it.") : "."}
      </p>
    );
  }
  return (
    <details className="text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-slate-700 underline">Flag this question</summary>
      <form onSubmit={onSubmit} className="mt-2 space-y-3 rounded-xl border border-slate-200 bg-white p-3" noValidate>
        <fieldset className="space-y-1">
          <legend className="mb-1 font-medium">What is wrong?</legend>
          {FLAG_REASONS.map((r) => (
            <label key={r} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="flag-reason" value={r} checked={reason === r} onChange={() => setReason(r)} className="h-5 w-5" />
              {FLAG_REASON_LABELS[r]}
            </label>
          ))}
        </fieldset>
        <label className="block">
          <span className="mb-1 block font-medium">Say why (optional)</span>
          <textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={FLAG_COMMENT_MAX} rows={2} className={inputClass} />
        </label>
        {state.name === "failed" && (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-red-800">
            {state.error}
          </p>
        )}
        <button type="submit" className={secondaryButton} disabled={state.name === "sending"}>
          {state.name === "sending" ? "Sending…" : "Send flag"}
        </button>
      </form>
    </details>
  );
}
