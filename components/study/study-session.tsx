"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { newClientId, requestWithRetry, StudyRequestError, type AnswerFeedback, type StudyCard } from "./study-api";

type Phase =
  | { name: "question" }
  | { name: "checking" }
  | { name: "feedback"; feedback: AnswerFeedback; response: string };

const PREFETCH_WHEN_LEFT = 5;

export function StudySession({ initialCards }: { initialCards: StudyCard[] }) {
  const [queue, setQueue] = useState(initialCards);
  const [phase, setPhase] = useState<Phase>({ name: "question" });
  const [studied, setStudied] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const seen = useRef(new Set(initialCards.map((c) => c.itemId)));
  const fetching = useRef(false);
  const exhausted = useRef(false);
  const shownAt = useRef(0);
  const card = queue[0];

  // Answer time is measured from when a card appears.
  useEffect(() => {
    shownAt.current = performance.now();
  }, [card?.itemId]);

  const prefetch = useCallback(async () => {
    if (fetching.current || exhausted.current) return;
    fetching.current = true;
    try {
      const params = new URLSearchParams({ limit: "20" });
      for (const id of seen.current) params.append("exclude", id);
      const more = await requestWithRetry<StudyCard[]>(`/api/study/cards?${params}`, { method: "GET" }, 3);
      const fresh = more.filter((c) => !seen.current.has(c.itemId));
      if (fresh.length === 0) exhausted.current = true;
      fresh.forEach((c) => seen.current.add(c.itemId));
      setQueue((q) => [...q, ...fresh]);
    } catch {
      // Prefetch is best-effort; the next answer tries again.
    } finally {
      fetching.current = false;
    }
  }, []);

  useEffect(() => {
    if (queue.length <= PREFETCH_WHEN_LEFT) void prefetch();
  }, [queue.length, prefetch]);

  const submit = useCallback(
    async (response: string) => {
      if (!card || phase.name !== "question") return; // a double tap submits once
      const durationMs = Math.max(0, Math.round(performance.now() - shownAt.current));
      setPhase({ name: "checking" });
      setError(null);
      const clientId = newClientId();
      try {
        const feedback = await requestWithRetry<AnswerFeedback>("/api/study/answer", {
          method: "POST",
          body: JSON.stringify({
            clientId,
            itemId: card.itemId,
            cardVersion: card.cardVersion,
            response,
            durationMs: Math.min(durationMs, 3_600_000),
            tzOffset: -new Date().getTimezoneOffset(),
          }),
        });
        setStudied((n) => n + 1);
        setPhase({ name: "feedback", feedback, response });
      } catch (e) {
        if (e instanceof StudyRequestError && (e.code === "stale" || e.code === "not_found")) {
          setError(e.message);
          setQueue((q) => q.slice(1));
          setPhase({ name: "question" });
          return;
        }
        setError(e instanceof Error ? e.message : "Something went wrong.");
        setPhase({ name: "question" });
      }
    },
    [card, phase],
  );

  const next = useCallback(() => {
    setQueue((q) => q.slice(1));
    setTyped("");
    setError(null);
    setPhase({ name: "question" });
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (phase.name === "feedback" && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        next();
        return;
      }
      if (phase.name === "question" && card && !inField && card.choices.length > 0) {
        const index = Number(event.key) - 1;
        const choice = card.choices[index];
        if (choice !== undefined) {
          event.preventDefault();
          void submit(choice);
        }
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [phase, card, submit, next]);

  if (!card) {
    return (
      <section className="space-y-4 py-10 text-center" aria-live="polite">
        <h1 className="text-2xl font-bold">{studied > 0 ? "Session complete" : "Nothing to study right now"}</h1>
        <p className="text-slate-600" data-testid="session-studied">
          You answered {studied} {studied === 1 ? "card" : "cards"} in this session.
        </p>
        <Link href="/" className={primaryButton}>
          Back to home
        </Link>
      </section>
    );
  }

  const answered = phase.name === "feedback" ? phase : null;
  const choiceItem = card.choices.length > 0;

  function onTypedSubmit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() === "") {
      setError("Type an answer first, or press “I don't know”.");
      return;
    }
    void submit(typed.trim());
  }

  return (
    <section className="mx-auto flex max-w-xl flex-col gap-4" aria-label="Study session">
      <div className="flex items-center justify-between text-sm text-slate-500">
        <span data-testid="session-count">{studied} studied</span>
        <span>{queue.length} in queue</span>
      </div>

      <article className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="study-card" data-item-id={card.itemId}>
        <p className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">
          {card.isNew ? "New · " : ""}
          {card.articleTitle}
        </p>
        <h1 className="text-lg font-semibold leading-snug sm:text-xl" data-testid="prompt">
          {card.prompt}
        </h1>
      </article>

      {choiceItem ? (
        <ol className="grid gap-2" aria-label="Choices">
          {card.choices.map((choice, i) => {
            const isAnswer = answered && choice === answered.feedback.answer;
            const isPicked = answered && choice === answered.response;
            const tone = isAnswer
              ? "border-green-600 bg-green-50"
              : isPicked
                ? "border-red-500 bg-red-50"
                : "border-slate-300 bg-white hover:border-brand-500";
            return (
              <li key={choice}>
                <button
                  type="button"
                  disabled={phase.name !== "question"}
                  onClick={() => void submit(choice)}
                  className={`flex min-h-14 w-full items-center gap-3 rounded-xl border-2 px-4 py-3 text-left text-base font-medium ${tone}`}
                >
                  <kbd className="hidden h-6 w-6 shrink-0 items-center justify-center rounded border border-slate-300 text-xs text-slate-500 sm:inline-flex">
                    {i + 1}
                  </kbd>
                  <span>{choice}</span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : (
        <form onSubmit={onTypedSubmit} className="flex flex-col gap-2">
          <label htmlFor="typed-answer" className="sr-only">
            Your answer
          </label>
          <input
            id="typed-answer"
            value={answered ? answered.response : typed}
            onChange={(e) => setTyped(e.target.value)}
            disabled={phase.name !== "question"}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            autoFocus
            placeholder="Type your answer"
            className={inputClass}
          />
          {!answered && (
            <div className="grid grid-cols-2 gap-2">
              <button type="button" className={secondaryButton} disabled={phase.name !== "question"} onClick={() => void submit("")}>
                I don&apos;t know
              </button>
              <button type="submit" className={primaryButton} disabled={phase.name !== "question"}>
                Check
              </button>
            </div>
          )}
        </form>
      )}

      {error && (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {error}
        </p>
      )}
      {phase.name === "checking" && <p className="text-center text-sm text-slate-500">Checking…</p>}

      {answered && (
        <div className="space-y-3" aria-live="polite">
          <div
            data-testid="feedback"
            className={`rounded-2xl p-4 ${answered.feedback.correct ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}
          >
            <p className="font-semibold">{answered.feedback.correct ? "Correct" : "Not quite"}</p>
            <p>
              Answer: <strong data-testid="correct-answer">{answered.feedback.answer}</strong>
            </p>
          </div>
          <blockquote className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
            “{answered.feedback.sourceSentence}”{" "}
            <Link href={`/articles/${answered.feedback.article.slug}`} className="whitespace-nowrap text-brand-600 underline">
              {answered.feedback.article.title}
            </Link>
          </blockquote>
          <button type="button" onClick={next} className={`${primaryButton} w-full`} autoFocus>
            Continue <span className="ml-2 hidden text-xs opacity-75 sm:inline">Enter</span>
          </button>
        </div>
      )}
    </section>
  );
}
