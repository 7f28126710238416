"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { SyncNotices, SyncStatusIndicator } from "@/components/offline/sync-status";
import { inputClass, primaryButton, secondaryButton, toolbarButton } from "@/components/ui/button-classes";
import type { CustomStudy } from "@/lib/srs/custom-study-params";
import { studyAddress } from "@/lib/study/study-query";
import { FlagQuestion } from "./flag-question";
import { MoreQuestionsOption } from "./more-questions-option";
import type { StudyCard } from "./study-api";
import { useStudySession } from "./use-study-session";

const GRADE_NAMES: Record<number, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
// Tailwind needs whole class names: the key that picks each grade, shown before its interval on desktop.
const KEY_HINTS: Record<number, string> = {
  1: "sm:before:content-['1_·_']",
  2: "sm:before:content-['2_·_']",
  3: "sm:before:content-['3_·_']",
  4: "sm:before:content-['4_·_']",
};
const GRADE_TONES: Record<number, string> = {
  1: "border-red-300 bg-red-50 text-red-900",
  2: "border-amber-300 bg-amber-50 text-amber-900",
  3: "border-green-400 bg-green-50 text-green-900",
  4: "border-sky-300 bg-sky-50 text-sky-900",
};

const NOTHING_TYPED = { itemId: "", text: "" };

export function StudySession({
  initialCards,
  mode,
  deckId,
  custom = null,
  allQuestions = false,
}: {
  initialCards: StudyCard[];
  mode: "due" | "study-more" | "custom";
  deckId: string | null;
  custom?: CustomStudy | null;
  /** free study offers the "more questions" too (see lib/study/free-study-questions.ts) */
  allQuestions?: boolean;
}) {
  const more = mode === "study-more";
  const session = useStudySession(initialCards, { deckId, more, allQuestions, custom });
  const { card, queue, phase, studied, notice, saving, canUndo, submit, advance, undo, acceptAsRight } = session;
  // What is typed belongs to the card it was typed for: a card answered offline moves on without a Continue, and
  // the next typed card must not show the last answer.
  const [typedFor, setTypedFor] = useState(NOTHING_TYPED);
  const typed = typedFor.itemId === card?.itemId ? typedFor.text : "";
  const promptRef = useRef<HTMLHeadingElement>(null);
  const shownItemId = card?.itemId;
  const cardHasChoices = (card?.choices.length ?? 0) > 0;
  // A deck's items are its owner's choice; misses and reviewing ahead take cards already studied, whatever their tier.
  const questionsOption =
    deckId === null && custom?.focus !== "misses" && custom?.focus !== "ahead" ? <MoreQuestionsOption allQuestions={allQuestions} more={more} custom={custom} /> : null;

  // A new question takes the focus, so a screen reader reads it and the keyboard starts from it (a typed
  // question's input takes it instead, through autoFocus). The first card keeps the page's own focus.
  const firstCard = useRef(true);
  useEffect(() => {
    if (!shownItemId) return;
    if (firstCard.current) {
      firstCard.current = false;
      return;
    }
    if (cardHasChoices) promptRef.current?.focus();
  }, [shownItemId, cardHasChoices]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      // Space on an empty answer shows the answer, as on a flashcard.
      if (event.key === " " && phase.name === "question" && card && card.choices.length === 0 && typed.trim() === "") {
        event.preventDefault();
        void submit("", true);
        return;
      }
      if ((event.key === "z" || event.key === "Z") && !inField) {
        event.preventDefault();
        void undo();
        return;
      }
      if (phase.name === "feedback") {
        // Typing a flag's reason is not a grade or a Continue (the answer field, read-only by now, still is).
        if (inField && !(event.target instanceof HTMLInputElement && event.target.readOnly)) return;
        // A focused button ("I was right", a grade, Undo) does its own thing on Enter and Space.
        if ((event.key === "Enter" || event.key === " ") && event.target instanceof HTMLButtonElement) return;
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          setTypedFor(NOTHING_TYPED);
          advance();
          return;
        }
        const rating = Number(event.key);
        if (phase.feedback.grades.some((g) => g.rating === rating)) {
          event.preventDefault();
          setTypedFor(NOTHING_TYPED);
          advance(rating);
        }
        return;
      }
      if (phase.name === "question" && card && !inField && card.choices.length > 0) {
        const choice = card.choices[Number(event.key) - 1];
        if (choice !== undefined) {
          event.preventDefault();
          void submit(choice);
        }
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [phase, card, submit, advance, undo, typed]);

  if (!card) {
    return (
      <section className="space-y-4 py-10 text-center" aria-live="polite">
        <h1 className="text-2xl font-bold">{studied > 0 ? "Session complete" : custom ? "No cards match this custom study" : "Nothing to study right now"}</h1>
        <p className="text-slate-600" data-testid="session-studied">
          You answered {studied} {studied === 1 ? "card" : "cards"} in this session.
          {saving > 0 && " Saving your last grades…"}
        </p>
        {notice && <p className="text-sm text-slate-600">{notice}</p>}
        <p className="text-sm">
          <SyncStatusIndicator />
        </p>
        <SyncNotices />
        {questionsOption}
        <div className="flex flex-wrap justify-center gap-3">
          <Link href="/" className={primaryButton}>
            Back to home
          </Link>
          <Link href={studyAddress({ deckId, more: true, allQuestions })} className={secondaryButton}>
            Study more
          </Link>
          <Link href={`/study/custom${deckId ? `?deck=${encodeURIComponent(deckId)}` : ""}`} className={secondaryButton}>
            Custom study
          </Link>
          {canUndo && (
            <button type="button" className={secondaryButton} onClick={() => void undo()}>
              Undo last answer
            </button>
          )}
        </div>
      </section>
    );
  }

  const answered = phase.name === "feedback" ? phase : null;
  // Spoken by screen readers: the region is on the page before its text changes, so the change is announced.
  const announcement = answered
    ? `${answered.feedback.selfGraded ? "Answer" : answered.feedback.overridden ? "Counted as right. Answer" : answered.overrideWaiting ? "I was right, sent when you are back online. Answer" : answered.feedback.correct ? "Correct. Answer" : "Not quite. Answer"}: ${answered.feedback.answer}`
    : phase.name === "checking"
      ? phase.reconnecting
        ? "Connection lost: trying again…"
        : "Checking…"
      : "";

  function onTypedSubmit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() === "") {
      session.setNotice("Type an answer first, or press “Show answer”.");
      return;
    }
    void submit(typed.trim());
  }

  return (
    <section className="mx-auto flex max-w-xl flex-col gap-4 pb-40 sm:pb-4" aria-label="Study session">
      <p className="sr-only" aria-live="polite" data-testid="study-announcer">
        {announcement}
      </p>
      <div className="flex items-center justify-between gap-2 text-sm text-slate-500">
        <span className="flex flex-col">
          <span data-testid="session-count">{studied} studied</span>
          <SyncStatusIndicator />
        </span>
        <span className="flex items-center gap-3">
          {saving > 0 && <span aria-live="polite">Saving…</span>}
          <span>{queue.length} in queue</span>
          <button
            type="button"
            onClick={() => void undo()}
            disabled={!canUndo || phase.name === "checking"}
            className={toolbarButton}
            title="Undo the last answer (Z)"
          >
            Undo
          </button>
        </span>
      </div>

      {questionsOption}
      <article className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="study-card" data-item-id={card.itemId}>
        <p className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">
          {[card.isNew ? "New" : "", card.articleTitle].filter(Boolean).join(" · ")}
        </p>
        <h1 id="study-prompt" ref={promptRef} tabIndex={-1} className="text-lg font-semibold leading-snug outline-none sm:text-xl" data-testid="prompt">
          {card.prompt}
        </h1>
      </article>

      {card.choices.length > 0 ? (
        <ol className="grid gap-2" aria-label="Choices">
          {card.choices.map((choice, i) => {
            const isAnswer = answered && choice === answered.feedback.answer;
            const isPicked = answered && choice === answered.response;
            const tone = isAnswer ? "border-green-600 bg-green-50" : isPicked ? "border-red-500 bg-red-50" : "border-slate-300 bg-white hover:border-brand-500";
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
            aria-describedby="study-prompt"
            key={card.itemId}
            value={answered ? answered.response : typed}
            onChange={(e) => setTypedFor({ itemId: card.itemId, text: e.target.value })}
            readOnly={phase.name !== "question"}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            autoFocus
            enterKeyHint="done"
            placeholder="Type your answer"
            className={inputClass}
          />
          {!answered && (
            <div className="grid grid-cols-2 gap-2">
              <button type="button" className={secondaryButton} disabled={phase.name !== "question"} onClick={() => void submit("", true)}>
                Show answer
              </button>
              <button type="submit" className={primaryButton} disabled={phase.name !== "question"}>
                Check
              </button>
            </div>
          )}
        </form>
      )}

      <SyncNotices />
      {notice && (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notice}
        </p>
      )}
      {phase.name === "checking" && (
        <p className="text-center text-sm text-slate-500" data-testid="checking">
          {phase.reconnecting ? "Connection lost: trying again…" : "Checking…"}
        </p>
      )}

      {answered && (
        <div className="space-y-3">
          <div
            data-testid="feedback"
            className={`rounded-2xl p-4 ${
              answered.feedback.selfGraded ? "bg-slate-100 text-slate-900" : answered.overrideWaiting ? "bg-amber-50 text-amber-900" : answered.feedback.correct ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"
            }`}
          >
            <p className="font-semibold">
              {answered.feedback.selfGraded
                ? "How well did you know it?"
                : answered.feedback.overridden
                  ? "Counted as right"
                  : answered.overrideWaiting
                    ? "I was right: waiting to be sent"
                    : answered.feedback.correct
                    ? "Correct"
                    : "Not quite"}
            </p>
            <p>
              Answer: <strong data-testid="correct-answer">{answered.feedback.answer}</strong>
            </p>
            {answered.feedback.canAcceptAsRight && (
              <button type="button" className={`mt-2 ${secondaryButton}`} onClick={() => void acceptAsRight()} disabled={saving > 0}>
                I was right
              </button>
            )}
          </div>
          {card.own ? (
            // The learner's own card: its sentence (a cloze's) has no article to link to, and a mistake in it is
            // theirs to edit, not to flag to anyone.
            <>
              {answered.feedback.sourceSentence && (
                <blockquote className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700">{answered.feedback.sourceSentence}</blockquote>
              )}
              <p className="text-sm">
                <Link href={`/cards/${encodeURIComponent(card.itemId)}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                  Edit this card
                </Link>
              </p>
            </>
          ) : (
            <>
              <blockquote className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
                {answered.feedback.sourceSentence}{" "}
                <Link href={`/articles/${answered.feedback.article.slug}`} className="text-brand-600 underline" target="_blank">
                  {answered.feedback.article.title}
                </Link>
              </blockquote>
              <FlagQuestion key={answered.feedback.itemId} itemId={answered.feedback.itemId} deckId={deckId} />
            </>
          )}
          <div className="fixed inset-x-0 bottom-16 z-30 border-t border-slate-200 bg-white/95 p-3 backdrop-blur sm:static sm:border-0 sm:bg-transparent sm:p-0">
            {answered.feedback.grades.length === 0 && (
              // "I was right" waits on the device: the grade is the server's to give once it is sent.
              <button type="button" autoFocus onClick={() => advance()} className={`mx-auto flex min-h-14 w-full max-w-xl items-center justify-center ${primaryButton}`}>
                Continue
              </button>
            )}
            <div className="mx-auto grid max-w-xl gap-2" style={{ gridTemplateColumns: `repeat(${answered.feedback.grades.length}, minmax(0, 1fr))` }}>
              {answered.feedback.grades.map((grade) => {
                const recorded = grade.rating === answered.feedback.rating;
                return (
                  <button
                    key={grade.rating}
                    type="button"
                    onClick={() => {
                      setTypedFor(NOTHING_TYPED);
                      advance(grade.rating);
                    }}
                    autoFocus={recorded}
                    aria-label={`${GRADE_NAMES[grade.rating]}, next in ${grade.label}${recorded ? " (continue)" : ""}`}
                    className={`flex min-h-14 flex-col items-center justify-center rounded-xl border-2 px-2 py-2 font-semibold ${GRADE_TONES[grade.rating]} ${recorded ? "ring-2 ring-brand-500 ring-offset-1" : ""}`}
                  >
                    {/* The name above holds the visible words in order (WCAG 2.5.3, for speech input); the desktop key
                        hint is drawn by CSS, outside the text. The space between the two lines is a text node of its
                        own (a flex container does not draw it): without it the button's text reads "Againnext in 1m",
                        a word the name does not hold, and axe's label-content-name-mismatch fails. */}
                    <span>{GRADE_NAMES[grade.rating]}</span>{" "}
                    <span className={`text-xs font-medium opacity-75 ${KEY_HINTS[grade.rating] ?? ""}`}>next in {grade.label}</span>
                  </button>
                );
              })}
            </div>
            <p className="mx-auto mt-2 hidden max-w-xl text-center text-xs text-slate-500 sm:block">
              Enter or Space continues · 1–4 picks a grade · Z undoes
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
