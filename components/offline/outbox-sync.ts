// Sends the answers kept offline, oldest first, one at a time, and keeps the sync status the
// indicator shows. The server stores each answer once (its client id), so a send whose reply was
// lost is simply sent again. Nothing is dropped silently: an answer the server refuses, and one it
// applied after another device's answer to the same card, become notices the learner sees.
import { removeQueuedAnswer, type OfflineDb, type QueuedAnswer, type SyncNotice } from "./offline-db";

export interface SyncStatus {
  online: boolean;
  /** answers on this device not yet stored by the server */
  waiting: number;
  syncing: boolean;
  /** answers sent since this page was opened */
  sent: number;
  notices: SyncNotice[];
}

let status: SyncStatus = { online: true, waiting: 0, syncing: false, sent: 0, notices: [] };
const listeners = new Set<() => void>();
const SERVER_STATUS: SyncStatus = status;

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const getSyncStatus = () => status;
export const getServerSyncStatus = () => SERVER_STATUS;

export function setSyncStatus(patch: Partial<SyncStatus>): void {
  status = { ...status, ...patch };
  for (const listener of listeners) listener();
}

export async function refreshSyncStatus(db: OfflineDb): Promise<void> {
  const [waiting, notices] = await Promise.all([db.count("outbox"), db.getAll("notices")]);
  setSyncStatus({ waiting, notices });
}

export const AFTER_OTHER_DEVICE =
  "This card was also answered on another device while you were offline. Both answers count: yours was added after that one.";

/** What happened to one answer sent: kept for later (stop here), or settled (stored, or refused for good). */
type Outcome = { settled: false } | { settled: true; notice: SyncNotice | null };

async function send(entry: QueuedAnswer): Promise<Outcome> {
  const { prompt, ...answer } = entry;
  delete (answer as { seq?: number }).seq;
  let response: Response;
  try {
    response = await fetch("/api/study/answer/queued", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(answer) });
  } catch {
    return { settled: false }; // offline again: the next `online` event resumes
  }
  // Signed out, throttled, busy, or the card changing under another device right now: the same answer, later.
  if (response.status >= 500 || [401, 403, 409, 429].includes(response.status)) return { settled: false };
  const body = (await response.json().catch(() => ({}))) as { resolution?: string; error?: string };
  if (response.ok) {
    return { settled: true, notice: body.resolution === "after-other-device" ? { clientId: entry.clientId, prompt, kind: "after-other-device", message: AFTER_OTHER_DEVICE } : null };
  }
  return {
    settled: true,
    notice: { clientId: entry.clientId, prompt, kind: "not-counted", message: `Not counted: ${body.error ?? "the server could not take this answer."}` },
  };
}

async function sendAll(db: OfflineDb): Promise<number> {
  let sent = 0;
  for (;;) {
    const cursor = await db.transaction("outbox").store.openCursor();
    if (!cursor) break;
    const seq = cursor.key;
    const outcome = await send(cursor.value);
    if (!outcome.settled) break;
    const tx = db.transaction(["outbox", "notices"], "readwrite");
    if (outcome.notice) await tx.objectStore("notices").put(outcome.notice);
    await tx.objectStore("outbox").delete(seq);
    await tx.done;
    sent++;
    setSyncStatus({ sent: status.sent + 1, waiting: Math.max(0, status.waiting - 1) });
  }
  return sent;
}

/** Runs `task` while no other tab or task of this page sends or takes back waiting answers (a Web Lock). */
export function withOutboxLock<T>(task: () => Promise<T>): Promise<T> {
  return "locks" in navigator ? (navigator.locks.request("recall-outbox-sync", task) as Promise<T>) : task();
}

/** Sends what waits, in order; one tab at a time, so two tabs never send the same answer together. */
export async function syncOutbox(db: OfflineDb): Promise<number> {
  return withOutboxLock(async () => {
    setSyncStatus({ syncing: true });
    try {
      return await sendAll(db);
    } finally {
      setSyncStatus({ syncing: false });
      await refreshSyncStatus(db);
    }
  });
}

/** Takes back an answer still waiting on the device; false if it was sent already. */
export function unqueueAnswer(db: OfflineDb, clientId: string): Promise<boolean> {
  return withOutboxLock(async () => {
    const removed = await removeQueuedAnswer(db, clientId);
    await refreshSyncStatus(db);
    return removed;
  });
}

/** The learner has read a notice. */
export async function dismissNotice(db: OfflineDb, clientId: string): Promise<void> {
  await db.delete("notices", clientId);
  await refreshSyncStatus(db);
}
