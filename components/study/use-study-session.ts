"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { CUSTOM_NEEDS_CONNECTION, cardsInOfflineScope, offlineScopeFromSearch, type OfflineScope } from "@/components/offline/offline-scope";
import type { QueuedChange } from "@/components/offline/offline-db";
import { useOfflineStudy } from "@/components/offline/offline-study";
import type { CustomStudy } from "@/lib/srs/custom-study-params";
import { studyQueryParams } from "@/lib/study/study-query";
import { newClientId, requestWithRetry, StudyRequestError, type AnswerFeedback, type StudyCard } from "./study-api";

export type Phase =
  | { name: "question" }
  /** reconnecting: a request failed and is being tried again */
  | { name: "checking"; reconnecting: boolean }
  /** overrideWaiting: "I was right" pressed offline, kept on the device until it can be sent */
  | { name: "feedback"; feedback: AnswerFeedback; response: string; overrideWaiting?: boolean };

/** How many answers back Undo can go in one session. */
const UNDO_DEPTH = 50;

/** Until answers can wait on the device for the connection, a lost one must be given again: said plainly. */
export const ANSWER_NOT_SAVED = "We could not reach the server, so this answer was not saved. Check your connection and answer again.";

interface Answered {
  itemId: string;
  reviewClientId: string;
  /** an answer kept on this device: the card it was given to, shown again if it is taken back */
  keptCard?: StudyCard;
  /** a grade change or override kept on this device: the answer it changes, which the server has */
  changeOf?: string;
}

const PREFETCH_WHEN_LEFT = 5;

/** An answer kept on the device: it is graded by the server once the connection is back. */
export const CHECKED_WHEN_ONLINE = "Saved on this device: checked when you are back online.";
/** "Show answer" offline: the answer is not on the device, by design. */
export const NOT_KNOWN_OFFLINE = "The answer is not kept on this device, so it cannot be shown offline: this card is saved as not known and checked when you are back online.";
export const DEVICE_FULL = "This device holds as many offline answers as it can. Connect to the internet to send them before answering more.";
export const NOT_KEPT = "This answer could not be kept on this device. Reload the page, or answer again once you are back online.";
/** An answer the server holds already: undoing it offline would show a card whose state only the server knows. */
export const UNDO_NEEDS_CONNECTION = "That answer has reached the server already, so undoing it needs a connection. Press Undo again once you are back online.";
/** A grade change or "I was right" made without a connection: it waits on the device, after the answers before it. */
export const CHANGE_KEPT = "Your new grade is saved on this device and sent when you are back online.";
export const ACCEPT_KEPT = "“I was right” is saved on this device: the server checks it when you are back online.";

/** A background write that, when the browser is offline, waits for the connection and is tried again, however long that takes. */
async function untilStored<T>(write: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof StudyRequestError && error.status === 0) || navigator.onLine) throw error;
      await new Promise((resolve) => window.addEventListener("online", resolve, { once: true }));
    }
  }
}

/**
 * The state of a study session: the queue (prefetched ahead), the current phase, and a chain of
 * background writes (grade changes, undos) that are retried until stored and run in order, so an
 * undo never overtakes the grade change before it.
 */
export function useStudySession(initialCards: StudyCard[], scope: { deckId: string | null; more: boolean; allQuestions: boolean; custom: CustomStudy | null }) {
  const [queue, setQueue] = useState(initialCards);
  const [phase, setPhase] = useState<Phase>({ name: "question" });
  const [studied, setStudied] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(0);
  // Answers of this session that Undo can take back, the latest last: Undo walks back one at a time.
  const [answered, setAnswered] = useState<Answered[]>([]);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const fetching = useRef(false);
  const exhausted = useRef(false);
  const shownAt = useRef(0);
  const continuedAt = useRef<number | null>(null);
  const card = queue[0];
  const offline = useOfflineStudy();
  // Opened offline, the page may be the copy of another /study address: the address says what is studied.
  const offlineScope = useRef<OfflineScope | null>(null);
  /** The cards kept on the device for this session's deck and custom kind. */
  const keptCards = useCallback(async () => {
    const kept = offlineScope.current ?? { deckId: scope.deckId, kind: scope.custom?.focus === "kind" ? scope.custom.kind : null };
    // Misses and study-ahead sessions opened online are the server's choice: the device has no cards for them.
    if (!offlineScope.current && scope.custom && scope.custom.focus !== "kind") return [];
    return cardsInOfflineScope(await offline.cards(kept.deckId), kept);
  }, [offline, scope.deckId, scope.custom]);

  // Answer time runs from when a card appears; the continue-to-next-card time is kept for measurement.
  useEffect(() => {
    shownAt.current = performance.now();
    if (continuedAt.current !== null) {
      const started = continuedAt.current;
      continuedAt.current = null;
      // Measured to just after the frame that paints the new card (the usual rAF + task approximation).
      requestAnimationFrame(() =>
        setTimeout(() => {
          const timings = ((window as unknown as { __studyTimings?: number[] }).__studyTimings ??= []);
          timings.push(performance.now() - started);
        }, 0),
      );
    }
  }, [card?.itemId, studied]);

  const queuedIds = useRef(new Set<string>());
  const answeredIds = useRef(new Set<string>());
  useEffect(() => {
    queuedIds.current = new Set(queue.map((c) => c.itemId));
  }, [queue]);

  // Opened offline (the service worker's copy of the page): the cards kept on the device, less those answered since.
  // Opened online with answers still waiting to be sent: their cards are not offered again.
  useEffect(() => {
    if (!offline.enabled) return;
    if (!navigator.onLine) {
      const asked = offlineScopeFromSearch(window.location.search);
      offlineScope.current = asked;
      void keptCards().then((kept) => {
        setQueue(kept);
        if (asked.needsConnection) setNotice(CUSTOM_NEEDS_CONNECTION[asked.needsConnection]);
      });
    } else void offline.waitingItemIds().then((waiting) => waiting.size > 0 && setQueue((q) => q.filter((c) => !waiting.has(c.itemId))));
  }, [offline, keptCards]);

  const prefetch = useCallback(async () => {
    if (fetching.current || exhausted.current) return;
    fetching.current = true;
    try {
      // Offline, the next cards come from the device's store.
      if (offline.enabled && !navigator.onLine) throw new StudyRequestError("offline", 0);
      const params = studyQueryParams({ limit: 20, deckId: scope.deckId, more: scope.more, allQuestions: scope.allQuestions, custom: scope.custom });
      for (const id of queuedIds.current) params.append("exclude", id);
      // A custom session shows each card once (as Anki's filtered decks): a missed card stays a miss after it is
      // answered, and a card reviewed ahead may still be due within the days asked.
      if (scope.custom) for (const id of answeredIds.current) params.append("exclude", id);
      const more = await requestWithRetry<{ cards: StudyCard[] }>(`/api/study/cards?${params}`, { method: "GET" }, { attempts: 3 });
      const fresh = more.cards.filter((c) => !queuedIds.current.has(c.itemId));
      if (fresh.length === 0) exhausted.current = true;
      setQueue((q) => [...q, ...fresh.filter((c) => !q.some((x) => x.itemId === c.itemId))]);
    } catch {
      // Prefetch is best-effort; the next answer tries again. Offline, the device's cards carry on.
      const kept = offline.enabled ? await keptCards() : [];
      setQueue((q) => [...q, ...kept.filter((c) => !q.some((x) => x.itemId === c.itemId))]);
    } finally {
      fetching.current = false;
    }
  }, [scope.deckId, scope.more, scope.allQuestions, scope.custom, offline, keptCards]);

  useEffect(() => {
    if (queue.length <= PREFETCH_WHEN_LEFT) void prefetch();
  }, [queue.length, prefetch]);

  /** Queues a write after the ones before it; it is retried until stored or refused. */
  const enqueueWrite = useCallback(<T,>(write: () => Promise<T>): Promise<T> => {
    setSaving((n) => n + 1);
    const run = writes.current.catch(() => undefined).then(write);
    writes.current = run.finally(() => setSaving((n) => n - 1));
    return run;
  }, []);

  /** Checks an answer, or with `reveal` shows the answer of a typed card for the learner to grade. */
  const submit = useCallback(
    async (response: string, reveal = false) => {
      if (!card || phase.name !== "question") return; // a double tap submits once
      const durationMs = Math.min(3_600_000, Math.max(0, Math.round(performance.now() - shownAt.current)));
      setPhase({ name: "checking", reconnecting: false });
      setNotice(null);
      const clientId = newClientId();
      const tzOffset = -new Date().getTimezoneOffset();
      // Offline (or the connection gave out): kept on the device under the same client id, sent when back online.
      const keepOnDevice = async () => {
        const answer = {
          clientId,
          itemId: card.itemId,
          cardVersion: card.cardVersion,
          response: reveal ? "" : response,
          durationMs,
          tzOffset,
          deckId: offlineScope.current ? offlineScope.current.deckId : scope.deckId,
          answeredAt: new Date().toISOString(),
          prompt: card.prompt,
        };
        const kept = await offline.queue(answer).catch(() => null);
        if (kept) {
          setStudied((n) => n + 1);
          setQueue((q) => q.slice(1));
          // Undo takes it back from the device, with or without a connection.
          setAnswered((stack) => [...stack, { itemId: card.itemId, reviewClientId: clientId, keptCard: card }].slice(-UNDO_DEPTH));
        }
        setNotice(kept ? (reveal ? NOT_KNOWN_OFFLINE : CHECKED_WHEN_ONLINE) : kept === null ? NOT_KEPT : DEVICE_FULL);
        setPhase({ name: "question" });
      };
      if (offline.enabled && !navigator.onLine) {
        await keepOnDevice();
        return;
      }
      try {
        // Earlier grade changes and undos are stored first: this card's version may depend on them.
        await writes.current.catch(() => undefined);
        const feedback = await requestWithRetry<AnswerFeedback>(
          "/api/study/answer",
          {
            method: "POST",
            body: JSON.stringify({
              clientId,
              itemId: card.itemId,
              cardVersion: card.cardVersion,
              response,
              reveal,
              durationMs,
              tzOffset,
              deckId: offlineScope.current ? offlineScope.current.deckId : scope.deckId,
            }),
          },
          { onRetry: () => setPhase({ name: "checking", reconnecting: true }) },
        );
        offline.forget(card.itemId);
        setStudied((n) => n + 1);
        answeredIds.current.add(card.itemId);
        setAnswered((stack) => [...stack, { itemId: card.itemId, reviewClientId: feedback.reviewClientId }].slice(-UNDO_DEPTH));
        setPhase({ name: "feedback", feedback, response });
      } catch (error) {
        if (error instanceof StudyRequestError && (error.code === "stale" || error.code === "not_found")) {
          setNotice(error.message);
          setQueue((q) => q.slice(1));
        } else if (error instanceof StudyRequestError && error.status === 0) {
          if (offline.enabled) return await keepOnDevice();
          // Said plainly: nothing was stored, and the answer must be given again once the connection is back.
          setNotice(ANSWER_NOT_SAVED);
        } else {
          setNotice(error instanceof Error ? error.message : "Something went wrong. Try again.");
        }
        setPhase({ name: "question" });
      }
    },
    [card, phase, scope.deckId, offline],
  );

  /**
   * A grade change or "I was right" of an answer the server has: sent now, or, with no connection (or one that
   * gives out), kept on the device under the same client id and sent after what waits before it. "kept" then.
   */
  const sendOrKeepChange = useCallback(
    async (change: QueuedChange, url: string, body: object): Promise<AnswerFeedback | "kept"> => {
      const keep = async () => {
        const kept = await offline.queueChange(change).catch(() => null);
        if (kept) return "kept" as const;
        throw new StudyRequestError(kept === null ? NOT_KEPT : DEVICE_FULL, 0);
      };
      if (!navigator.onLine) return keep();
      try {
        return await requestWithRetry<AnswerFeedback>(url, { method: "POST", body: JSON.stringify(body) }, { attempts: 3 });
      } catch (error) {
        if (error instanceof StudyRequestError && error.status === 0) return keep();
        throw error;
      }
    },
    [offline],
  );

  /** Moves on at once; a grade other than the recorded one is stored in the background. */
  const advance = useCallback(
    (rating?: number) => {
      if (phase.name !== "feedback") return;
      const { feedback } = phase;
      continuedAt.current = performance.now();
      if (rating !== undefined && rating !== feedback.rating && feedback.grades.some((g) => g.rating === rating)) {
        const clientId = newClientId();
        const body = { clientId, reviewClientId: feedback.reviewClientId, rating };
        // The grade change is what is in effect now: Undo takes it back (and with it the answer).
        setAnswered((stack) => [...stack.slice(0, -1), { itemId: feedback.itemId, reviewClientId: clientId }]);
        const change: QueuedChange = { kind: "grade", ...body, itemId: feedback.itemId, prompt: card?.prompt ?? "" };
        // The learner has moved on: a grade change made without a connection waits for it, on the device if it can.
        void enqueueWrite(() =>
          offline.enabled
            ? sendOrKeepChange(change, "/api/study/grade", body)
            : untilStored(() => requestWithRetry<AnswerFeedback>("/api/study/grade", { method: "POST", body: JSON.stringify(body) })),
        )
          .then((result) => {
            if (result !== "kept") return;
            setAnswered((stack) => stack.map((a) => (a.reviewClientId === clientId ? { ...a, changeOf: feedback.reviewClientId } : a)));
            setNotice(CHANGE_KEPT);
          })
          .catch((error: unknown) => setNotice(error instanceof Error ? error.message : "Your grade could not be saved."));
      }
      setQueue((q) => q.slice(1));
      setNotice(null);
      setPhase({ name: "question" });
    },
    [phase, card, enqueueWrite, offline, sendOrKeepChange],
  );

  /** "I was right": a typed answer marked wrong is counted as right; the feedback then offers the right grades. */
  const acceptAsRight = useCallback(async () => {
    if (phase.name !== "feedback" || !phase.feedback.canAcceptAsRight) return;
    const { feedback, response } = phase;
    if (phase.overrideWaiting) return;
    const clientId = newClientId();
    const body = { clientId, reviewClientId: feedback.reviewClientId };
    setNotice(null);
    const isShown = (current: Phase) => current.name === "feedback" && current.feedback.reviewClientId === feedback.reviewClientId;
    try {
      const change: QueuedChange = { kind: "accept", ...body, itemId: feedback.itemId, prompt: card?.prompt ?? "" };
      const accepted = await enqueueWrite(() =>
        offline.enabled ? sendOrKeepChange(change, "/api/study/accept", body) : requestWithRetry<AnswerFeedback>("/api/study/accept", { method: "POST", body: JSON.stringify(body) }),
      );
      if (accepted === "kept") {
        // Judged by the server once sent: no grade can be picked meanwhile (a grade change would follow the wrong answer).
        setAnswered((stack) => [...stack.slice(0, -1), { itemId: feedback.itemId, reviewClientId: clientId, changeOf: feedback.reviewClientId }]);
        setPhase((current) => (isShown(current) ? { name: "feedback", feedback: { ...feedback, canAcceptAsRight: false, grades: [] }, response, overrideWaiting: true } : current));
        setNotice(ACCEPT_KEPT);
        return;
      }
      // The override is what is in effect now: Undo takes it back, and with it the answer.
      setAnswered((stack) => [...stack.slice(0, -1), { itemId: accepted.itemId, reviewClientId: accepted.reviewClientId }]);
      setPhase((current) => (isShown(current) ? { name: "feedback", feedback: accepted, response } : current));
    } catch (error) {
      setNotice(error instanceof Error ? error.message : "That answer could not be counted as right.");
    }
  }, [phase, card, enqueueWrite, offline, sendOrKeepChange]);

  /** Undoes the last answer and shows its card again. */
  const undo = useCallback(async () => {
    const target = answered.at(-1);
    if (!target || phase.name === "checking") return;
    const { keptCard } = target;
    // Still on the device: taken back here, at once. If a sync sent it meanwhile, the server undoes it below
    // (it holds the answer under the same client id).
    if (keptCard && (await offline.unqueue(target.reviewClientId).catch(() => false))) {
      setAnswered((stack) => stack.filter((a) => a !== target));
      setStudied((n) => Math.max(0, n - 1));
      setQueue((q) => [keptCard, ...q.filter((c) => c.itemId !== keptCard.itemId)]);
      setPhase({ name: "question" });
      setNotice("Answer undone.");
      return;
    }
    if (offline.enabled && !navigator.onLine) {
      setNotice(UNDO_NEEDS_CONNECTION);
      return;
    }
    setAnswered((stack) => stack.slice(0, -1));
    const undoReview = (reviewClientId: string) =>
      requestWithRetry<StudyCard>("/api/study/undo", { method: "POST", body: JSON.stringify({ clientId: newClientId(), reviewClientId }) });
    try {
      const restored = await enqueueWrite(async () => {
        if (!target.changeOf) return undoReview(target.reviewClientId);
        // A change kept on the device reaches the server first. If the server does not hold it (refused, or still
        // waiting: signed out, busy), it is taken back from the device and the answer it changed is undone.
        await offline.syncNow();
        return undoReview(target.reviewClientId).catch(async (error: unknown) => {
          if (!(error instanceof StudyRequestError && error.code === "not_found")) throw error;
          await offline.unqueue(target.reviewClientId).catch(() => false);
          return undoReview(target.changeOf!);
        });
      });
      setStudied((n) => Math.max(0, n - 1));
      setQueue((q) => [restored, ...q.filter((c, i) => !(i === 0 && phase.name === "feedback") && c.itemId !== restored.itemId)]);
      setPhase({ name: "question" });
      setNotice("Answer undone.");
    } catch (error) {
      // Still in effect: it can be undone again once the connection is back.
      if (!(error instanceof StudyRequestError && error.status > 0 && error.status < 500)) setAnswered((stack) => [...stack, target].slice(-UNDO_DEPTH));
      setNotice(error instanceof Error ? error.message : "That answer could not be undone.");
    }
  }, [answered, phase, enqueueWrite, offline]);

  return { card, queue, phase, studied, notice, setNotice, saving, canUndo: answered.length > 0, submit, advance, undo, acceptAsRight };
}
