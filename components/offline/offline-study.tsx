"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import type { StudyCard } from "@/components/study/study-api";
import { newClientId } from "@/components/study/study-api";
import { forgetCard, getOfflineCards, openOfflineDb, queueAnswer, storeCards, type OfflineDb, type OutboxEntry, type QueuedAnswer, type QueuedChange, type SyncNotice } from "./offline-db";
import { offlineRefillParams } from "./offline-scope";
import { acceptFromNotice, refreshSyncStatus, setSyncStatus, syncOutbox, unqueueAnswer } from "./outbox-sync";

/** What the study session asks of the offline store; inert where IndexedDB is missing (no learner, old browser). */
export interface OfflineStudy {
  enabled: boolean;
  /** keeps an answer to send later; false when the device holds as many as it may */
  queue(answer: QueuedAnswer): Promise<boolean>;
  /** keeps a grade change or "I was right" of an answer the server has, sent after what waits before it */
  queueChange(change: QueuedChange): Promise<boolean>;
  /** "I was right" from the notice of an answer graded wrong on sync: kept, and sent at once if online */
  acceptFromNotice(notice: SyncNotice): Promise<boolean>;
  /** sends what waits now (before an undo online that may target a change still on the device) */
  syncNow(): Promise<void>;
  /** the cards kept for this page's deck, or `deckId`'s (an address opened offline), that are not answered yet */
  cards(deckId?: string | null): Promise<StudyCard[]>;
  /** the items of the answers waiting on the device */
  waitingItemIds(): Promise<Set<string>>;
  /** drops a card answered online from the store */
  forget(itemId: string): void;
  /** takes back an answer waiting on the device (Undo); false if it was sent already */
  unqueue(clientId: string): Promise<boolean>;
}

const INERT: OfflineStudy = {
  enabled: false,
  queue: async () => false,
  queueChange: async () => false,
  acceptFromNotice: async () => false,
  syncNow: async () => undefined,
  cards: async () => [],
  waitingItemIds: async () => new Set(),
  forget: () => undefined,
  unqueue: async () => false,
};
const OfflineStudyContext = createContext<OfflineStudy>(INERT);

export const useOfflineStudy = () => useContext(OfflineStudyContext);

const RESYNC_EVERY_MS = 30_000;

/** Refills the store with the cards the server would show next, due now and in the coming days. */
async function refreshCards(db: OfflineDb, deckId: string | null, allQuestions: boolean): Promise<void> {
  const base = offlineRefillParams({ deckId, allQuestions });
  const get = async (params: URLSearchParams) => {
    const response = await fetch(`/api/study/cards?${params}`, { cache: "no-store" });
    if (!response.ok) throw new Error(String(response.status));
    return ((await response.json()) as { cards: StudyCard[] }).cards;
  };
  const due = await get(base);
  // "Study more": reviews up to a week ahead and new cards past today's limit, for days without a connection.
  const ahead = new URLSearchParams(base);
  ahead.set("more", "1");
  for (const card of due) ahead.append("exclude", card.itemId);
  const later = await get(ahead).catch(() => []);
  await storeCards(db, deckId, [...due, ...later.filter((c) => !due.some((d) => d.itemId === c.itemId))]);
}

/**
 * Gives the study session its offline store, private to `learnerId`: refreshed while online, and
 * the answers kept offline sent whenever the connection comes back (and every half minute while
 * some wait).
 */
export function OfflineStudyProvider({
  learnerId,
  deckId,
  allQuestions = false,
  children,
}: {
  learnerId: string;
  deckId: string | null;
  /** free study with the "more questions" included: the store is refilled with them too */
  allQuestions?: boolean;
  children: ReactNode;
}) {
  // Opened on first use: the session's own effects (children's run first) may ask for cards before this one's.
  const dbRef = useRef<{ learnerId: string; db: Promise<OfflineDb> } | null>(null);
  const getDb = useCallback(() => {
    if (dbRef.current?.learnerId !== learnerId) dbRef.current = { learnerId, db: openOfflineDb(learnerId) };
    return dbRef.current.db;
  }, [learnerId]);

  // Unmounted (another deck, or leaving the page): the store is no longer refilled for this scope.
  const stopped = useRef(false);
  const syncNow = useCallback(
    () =>
      getDb()
        .then(async (d) => {
          const sent = await syncOutbox(d);
          // Cards answered offline have new versions now: the store is filled again from the server.
          if (!stopped.current && (sent > 0 || navigator.onLine)) await refreshCards(d, deckId, allQuestions);
        })
        .catch(() => undefined),
    [getDb, deckId, allQuestions],
  );

  useEffect(() => {
    if (typeof indexedDB === "undefined") return;
    const db = getDb();
    stopped.current = false;
    const sync = () => void syncNow();
    const onOnline = () => {
      setSyncStatus({ online: true });
      sync();
    };
    const onOffline = () => setSyncStatus({ online: false });
    setSyncStatus({ online: navigator.onLine });
    void db.then(refreshSyncStatus).catch(() => undefined);
    // The store is refilled once the page has loaded and the browser is idle: two requests and a hundred writes
    // that would otherwise run while the first card is being shown.
    const firstSync = () => !stopped.current && navigator.onLine && sync();
    const whenIdle = () => (typeof requestIdleCallback === "function" ? requestIdleCallback(firstSync, { timeout: 5000 }) : setTimeout(firstSync, 1000));
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    const timer = setInterval(() => {
      if (navigator.onLine) void db.then(syncOutbox).catch(() => undefined);
    }, RESYNC_EVERY_MS);
    return () => {
      stopped.current = true;
      window.removeEventListener("load", whenIdle);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      clearInterval(timer);
    };
  }, [getDb, syncNow]);

  // An answer and a change of one wait in the same outbox, in the order they were made.
  const keep = useCallback(
    async (entry: OutboxEntry) => {
      const db = await getDb();
      const kept = await queueAnswer(db, entry);
      await refreshSyncStatus(db);
      return kept;
    },
    [getDb],
  );

  const value = useMemo<OfflineStudy>(
    () => ({
      enabled: typeof indexedDB !== "undefined",
      queue: keep,
      queueChange: keep,
      async acceptFromNotice(notice) {
        const kept = await acceptFromNotice(await getDb(), notice, newClientId());
        if (kept && navigator.onLine) await syncNow();
        return kept;
      },
      syncNow,
      async cards(scopeDeckId = deckId) {
        return getOfflineCards(await getDb(), scopeDeckId);
      },
      async waitingItemIds() {
        return new Set((await (await getDb()).getAll("outbox")).map((a) => a.itemId));
      },
      forget(itemId) {
        void getDb()
          .then((db) => forgetCard(db, deckId, itemId))
          .catch(() => undefined);
      },
      async unqueue(clientId) {
        return unqueueAnswer(await getDb(), clientId);
      },
    }),
    [deckId, getDb, keep, syncNow],
  );

  return <OfflineStudyContext.Provider value={value}>{children}</OfflineStudyContext.Provider>;
}
