// A fresh in-memory IndexedDB (fake-indexeddb) and fresh copies of the offline modules for each test: a
// "reload" is a new copy of the modules over the same IndexedDB, as a page reload keeps the browser's store.
// "auto" defines IDBRequest, IDBDatabase… globally, as idb checks values against them.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { vi } from "vitest";
import type { QueuedAnswer } from "@/components/offline/offline-db";
import type { StudyCard } from "@/components/study/study-api";

export function freshIndexedDb(): void {
  vi.stubGlobal("indexedDB", new IDBFactory());
  // Node 20 has no navigator: an online browser without Web Locks unless a test says otherwise.
  vi.stubGlobal("navigator", { onLine: true });
}

/** The offline modules as a newly loaded page has them (nothing opened yet). */
export async function loadPage() {
  vi.resetModules();
  const db = await import("@/components/offline/offline-db");
  const sync = await import("@/components/offline/outbox-sync");
  return { ...db, ...sync };
}

export async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

export function studyCard(itemId: string, overrides: Partial<StudyCard> = {}): StudyCard {
  return { itemId, cardVersion: 1, type: "cloze", kind: "value", prompt: `Prompt of ${itemId}`, choices: [], articleTitle: "An article", isNew: false, own: false, ...overrides };
}

let answerCount = 0;
export function queuedAnswer(itemId: string, overrides: Partial<QueuedAnswer> = {}): QueuedAnswer {
  answerCount++;
  return {
    clientId: `client-${answerCount}-${itemId}`,
    itemId,
    cardVersion: 1,
    response: `response to ${itemId}`,
    durationMs: 4000,
    tzOffset: 60,
    deckId: null,
    answeredAt: new Date(Date.UTC(2026, 10, 28, 8, 0, answerCount)).toISOString(),
    prompt: `Prompt of ${itemId}`,
    ...overrides,
  };
}

/** Web Locks as the browser grants them: one holder at a time, the others served in order. */
export function webLocks() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request: (_name: string, run: () => Promise<unknown>) => {
      const result = tail.then(run);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
