// The study data this device keeps for studying offline, in IndexedDB (through idb): the cards due in
// the coming days, as the learner sees them before answering (StudyCard: never an answer), and the
// answers given offline, waiting to be sent. It belongs to one learner: opened for another, or at
// sign-out, it is emptied. Both stores are bounded. Grade changes and "I was right" made offline wait in the
// same outbox, so they are sent after the answer they change.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { StudyCard } from "@/components/study/study-api";

export const OFFLINE_DB_NAME = "recall-offline";
/** Cards kept per study scope (all content, or one deck): a few days of a usual session. */
export const MAX_STORED_CARDS = 150;
/** Answers that may wait on the device; past this the learner is asked to connect first. */
export const MAX_WAITING_ANSWERS = 500;

/** An answer given offline: sent as it is to /api/study/answer/queued, graded there. */
export interface QueuedAnswer {
  /** absent on answers kept before changes could wait too */
  kind?: "answer";
  clientId: string;
  itemId: string;
  /** the card version it was answered against: the server tells a changed card by it */
  cardVersion: number;
  response: string;
  durationMs: number;
  tzOffset: number;
  deckId: string | null;
  /** the device's clock when the learner answered; bounded by the server (lib/srs/offline-answer-time.ts) */
  answeredAt: string;
  /** shown back to the learner if the answer needs their attention */
  prompt: string;
}

/**
 * A change of an answer the server holds, made without a connection: another grade ("grade", sent to
 * /api/study/grade) or "I was right" ("accept", to /api/study/accept). The server checks it as it checks
 * one made online, and refuses it if the card was answered again since.
 */
export interface QueuedChange {
  kind: "grade" | "accept";
  clientId: string;
  /** the answer it changes, as the server knows it */
  reviewClientId: string;
  /** the grade chosen, for "grade" */
  rating?: number;
  itemId: string;
  prompt: string;
}

export type OutboxEntry = QueuedAnswer | QueuedChange;

export const isQueuedChange = (entry: OutboxEntry): entry is QueuedChange => entry.kind === "grade" || entry.kind === "accept";

/** What the learner must be told about an answer once it was sent: kept until they dismiss it. */
export interface SyncNotice {
  /** the answer's client id (for a change, the id of the answer it changed) */
  clientId: string;
  prompt: string;
  /**
   * "graded-wrong": a typed answer checked on arrival and marked wrong, which the learner may still accept as
   * right from the notice; "accepted": that override was stored.
   */
  kind: "after-other-device" | "not-counted" | "graded-wrong" | "accepted";
  message: string;
  /** for "graded-wrong": the card's item, what the learner typed and what the item expected (shown only once they had answered) */
  itemId?: string;
  response?: string;
  correctAnswer?: string;
  /** for "graded-wrong": the client id of the "I was right" waiting on the device, once asked */
  acceptClientId?: string;
}

interface OfflineSchema extends DBSchema {
  meta: { key: string; value: string };
  cards: { key: string; value: { key: string; scope: string; card: StudyCard; position: number }; indexes: { scope: string } };
  outbox: { key: number; value: OutboxEntry & { seq?: number } };
  notices: { key: string; value: SyncNotice };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

const scopeKey = (deckId: string | null) => deckId ?? "all";

/** The connection this page uses; `learnerId` null when opened only to sign out. */
let opened: { learnerId: string | null; db: Promise<OfflineDb> } | null = null;

function openStore(): Promise<OfflineDb> {
  return openDB<OfflineSchema>(OFFLINE_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore("meta");
      db.createObjectStore("cards", { keyPath: "key" }).createIndex("scope", "scope");
      db.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true });
      db.createObjectStore("notices", { keyPath: "clientId" });
    },
    // Another tab deletes the store (its sign-out): let go at once, or the deletion waits for this tab to
    // close while that tab signs out with the data still here. Writes on this connection fail from now on.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      opened = null;
    },
  });
}

/** The learner's offline store; emptied first if it held another learner's data. */
export function openOfflineDb(learnerId: string): Promise<OfflineDb> {
  if (opened?.learnerId === learnerId) return opened.db;
  const db = (async () => {
    const db = await openStore();
    const owner = await db.get("meta", "learner");
    if (owner !== learnerId) {
      const tx = db.transaction(["meta", "cards", "outbox", "notices"], "readwrite");
      await Promise.all([tx.objectStore("cards").clear(), tx.objectStore("outbox").clear(), tx.objectStore("notices").clear()]);
      await tx.objectStore("meta").put(learnerId, "learner");
      await tx.done;
    }
    return db;
  })();
  opened = { learnerId, db };
  return db;
}

/** The store as it is, whoever it belongs to: for sign-out, which sends what waits before emptying it. */
export function openStoreForSignOut(): Promise<OfflineDb> {
  // Kept as this page's connection, so that clearOfflineDb closes it before deleting the store.
  opened ??= { learnerId: null, db: openStore() };
  return opened.db;
}

/** The store opened on this page, if any. */
export const currentOfflineDb = (): Promise<OfflineDb> | null => opened?.db ?? null;

/** Replaces the cards kept for a scope with these (the server's current queue), up to the bound. */
export async function storeCards(db: OfflineDb, deckId: string | null, cards: StudyCard[]): Promise<void> {
  const scope = scopeKey(deckId);
  const tx = db.transaction("cards", "readwrite");
  const keys = await tx.store.index("scope").getAllKeys(scope);
  await Promise.all(keys.map((key) => tx.store.delete(key)));
  await Promise.all(cards.slice(0, MAX_STORED_CARDS).map((card, position) => tx.store.put({ key: `${scope}\n${card.itemId}`, scope, card, position })));
  await tx.done;
}

/** Forgets a card answered online: its version has changed, and it is not due again for a while. */
export async function forgetCard(db: OfflineDb, deckId: string | null, itemId: string): Promise<void> {
  await db.delete("cards", `${scopeKey(deckId)}\n${itemId}`);
}

/** The cards kept for a scope that are not already answered and waiting (nor have a change of their answer waiting). */
export async function getOfflineCards(db: OfflineDb, deckId: string | null): Promise<StudyCard[]> {
  const [rows, waiting] = await Promise.all([db.getAllFromIndex("cards", "scope", scopeKey(deckId)), db.getAll("outbox")]);
  const answered = new Set(waiting.map((a) => a.itemId));
  return rows.sort((a, b) => a.position - b.position).map((r) => r.card).filter((c) => !answered.has(c.itemId));
}

/** Keeps an answer, or a change of one, to send later after those kept before; false when the device already holds as many as it may. */
export async function queueAnswer(db: OfflineDb, entry: OutboxEntry): Promise<boolean> {
  const tx = db.transaction("outbox", "readwrite");
  if ((await tx.store.count()) >= MAX_WAITING_ANSWERS) return false;
  await tx.store.add(entry);
  await tx.done;
  return true;
}

/**
 * Takes back an answer (or change) that waits on the device (the learner's Undo); false when it is no longer there
 * (sent meanwhile: then the server holds it under the same client id). Call it under the outbox lock
 * (withOutboxLock), so it never takes back an answer a sync is sending at that moment.
 */
export async function removeQueuedAnswer(db: OfflineDb, clientId: string): Promise<boolean> {
  const tx = db.transaction("outbox", "readwrite");
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.clientId === clientId) {
      await cursor.delete();
      await tx.done;
      return true;
    }
  }
  await tx.done;
  return false;
}

/** How long sign-out waits for a tab that does not let go of the store (one still running an older version of the app). */
export const DELETE_BLOCKED_WAIT_MS = 3000;

/**
 * Deletes the store: at sign-out, so the next person on this device sees nothing of it. Resolves once it
 * is deleted; if a tab of an older version holds it open, after DELETE_BLOCKED_WAIT_MS (the deletion still
 * happens when that tab closes, and the next learner's openOfflineDb empties it meanwhile).
 */
export async function clearOfflineDb(): Promise<void> {
  const current = opened;
  opened = null;
  if (current) (await current.db.catch(() => null))?.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(OFFLINE_DB_NAME);
    request.onsuccess = request.onerror = () => resolve();
    request.onblocked = () => setTimeout(resolve, DELETE_BLOCKED_WAIT_MS);
  });
}
