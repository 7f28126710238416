// Sends the answers kept offline, and the grade changes and "I was right" made offline, oldest first, one
// at a time, and keeps the sync status the indicator shows. The server stores each once (its client id),
// so a send whose reply was lost is simply sent again. Nothing is dropped silently: an answer or change the
// server refuses, and an answer it applied after another device's answer to the same card, become notices
// the learner sees; so does a typed answer graded wrong on arrival, which the learner may still accept as right.
import { isQueuedChange, MAX_WAITING_ANSWERS, removeQueuedAnswer, type OfflineDb, type OutboxEntry, type QueuedAnswer, type QueuedChange, type SyncNotice } from "./offline-db";

export interface SyncStatus {
  online: boolean;
  /** answers on this device not yet stored by the server */
  waiting: number;
  /** grade changes and "I was right" on this device not yet stored by the server */
  changes: number;
  syncing: boolean;
  /** answers and changes sent since this page was opened */
  sent: number;
  notices: SyncNotice[];
}

let status: SyncStatus = { online: true, waiting: 0, changes: 0, syncing: false, sent: 0, notices: [] };
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
  const [entries, notices] = await Promise.all([db.getAll("outbox"), db.getAll("notices")]);
  const changes = entries.filter(isQueuedChange).length;
  setSyncStatus({ waiting: entries.length - changes, changes, notices });
}

export const AFTER_OTHER_DEVICE =
  "This card was also answered on another device while you were offline. Both answers count: yours was added after that one.";
export const GRADED_WRONG = "Checked when you were back online: marked wrong. If your answer means the same, press “I was right”.";
export const ACCEPTED = "Counted as right.";

/** What the server answers a queued answer with (QueuedAnswerFeedback), as far as the device needs it. */
interface SentAnswerReply {
  resolution?: string;
  error?: string;
  reviewClientId?: string;
  canAcceptAsRight?: boolean;
  answer?: string;
}

/**
 * What happened to one entry sent: kept for later (stop here), or settled (stored, or refused for good), with
 * the notice to keep for it (null: none). A change names the answer it changed (`replaces`), and `accepted`
 * says a stored "I was right".
 */
type Outcome = { settled: false } | { settled: true; notice: SyncNotice | null; replaces?: string; accepted?: boolean };

async function post(url: string, body: object): Promise<Response | null> {
  try {
    return await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return null; // offline again: the next `online` event resumes
  }
}

async function sendAnswer(entry: QueuedAnswer): Promise<Outcome> {
  const { prompt, kind: _kind, ...answer } = entry;
  delete (answer as { seq?: number }).seq;
  const response = await post("/api/study/answer/queued", answer);
  // Signed out, throttled, busy, or the card changing under another device right now: the same answer, later.
  if (!response || response.status >= 500 || [401, 403, 409, 429].includes(response.status)) return { settled: false };
  const body = (await response.json().catch(() => ({}))) as SentAnswerReply;
  if (!response.ok) {
    return {
      settled: true,
      notice: { clientId: entry.clientId, prompt, kind: "not-counted", message: `Not counted: ${body.error ?? "the server could not take this answer."}` },
    };
  }
  const afterOther = body.resolution === "after-other-device";
  // The learner saw no verdict offline: a typed answer marked wrong is shown, so they can still say they were right.
  if (body.canAcceptAsRight && body.reviewClientId && body.answer !== undefined) {
    return {
      settled: true,
      notice: {
        clientId: body.reviewClientId,
        prompt,
        kind: "graded-wrong",
        message: afterOther ? `${GRADED_WRONG} ${AFTER_OTHER_DEVICE}` : GRADED_WRONG,
        itemId: entry.itemId,
        response: entry.response,
        correctAnswer: body.answer,
      },
    };
  }
  return { settled: true, notice: afterOther ? { clientId: entry.clientId, prompt, kind: "after-other-device", message: AFTER_OTHER_DEVICE } : null };
}

async function sendChange(entry: QueuedChange): Promise<Outcome> {
  const body = entry.kind === "grade" ? { clientId: entry.clientId, reviewClientId: entry.reviewClientId, rating: entry.rating } : { clientId: entry.clientId, reviewClientId: entry.reviewClientId };
  const response = await post(entry.kind === "grade" ? "/api/study/grade" : "/api/study/accept", body);
  // Signed out, throttled or busy: later. A 409 here is final: the card was answered again since, or the answer regraded.
  if (!response || response.status >= 500 || [401, 403, 429].includes(response.status)) return { settled: false };
  const what = entry.kind === "grade" ? "Your grade change was not saved" : "“I was right” was not saved";
  if (!response.ok) {
    const { error } = (await response.json().catch(() => ({}))) as { error?: string };
    return {
      settled: true,
      notice: { clientId: entry.clientId, prompt: entry.prompt, kind: "not-counted", message: `${what}: ${error ?? "the server could not take it."}` },
      replaces: entry.reviewClientId,
    };
  }
  // An override asked from a "graded wrong" notice is confirmed there; one asked on the card needs no word.
  return { settled: true, notice: null, replaces: entry.reviewClientId, accepted: entry.kind === "accept" };
}

const send = (entry: OutboxEntry): Promise<Outcome> => (isQueuedChange(entry) ? sendChange(entry) : sendAnswer(entry));

async function sendAll(db: OfflineDb): Promise<number> {
  let sent = 0;
  for (;;) {
    const cursor = await db.transaction("outbox").store.openCursor();
    if (!cursor) break;
    const seq = cursor.key;
    const outcome = await send(cursor.value);
    if (!outcome.settled) break;
    const tx = db.transaction(["outbox", "notices"], "readwrite");
    const notices = tx.objectStore("notices");
    let notice = outcome.notice;
    if (outcome.replaces !== undefined) {
      // "I was right" asked from a "graded wrong" notice is answered in that notice: confirmed, or why it was refused.
      const replaced = await notices.get(outcome.replaces);
      if (replaced?.kind === "graded-wrong") {
        if (outcome.accepted) notice = { clientId: replaced.clientId, prompt: replaced.prompt, kind: "accepted", message: ACCEPTED };
        else if (notice) notice = { ...notice, clientId: replaced.clientId };
      }
    }
    if (notice) await notices.put(notice);
    await tx.objectStore("outbox").delete(seq);
    await tx.done;
    sent++;
    const change = isQueuedChange(cursor.value);
    setSyncStatus({
      sent: status.sent + 1,
      waiting: change ? status.waiting : Math.max(0, status.waiting - 1),
      changes: change ? Math.max(0, status.changes - 1) : status.changes,
    });
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

/**
 * "I was right" for a typed answer a sync found wrong (its "graded wrong" notice): kept in the outbox as any change
 * made offline, sent by the next sync; the notice says it waits. False when the device holds as many as it may.
 */
export async function acceptFromNotice(db: OfflineDb, notice: SyncNotice, clientId: string): Promise<boolean> {
  const change: QueuedChange = { kind: "accept", clientId, reviewClientId: notice.clientId, itemId: notice.itemId ?? "", prompt: notice.prompt };
  const tx = db.transaction(["outbox", "notices"], "readwrite");
  const outbox = tx.objectStore("outbox");
  if ((await outbox.count()) >= MAX_WAITING_ANSWERS) return false;
  await outbox.add(change);
  await tx.objectStore("notices").put({ ...notice, acceptClientId: clientId });
  await tx.done;
  await refreshSyncStatus(db);
  return true;
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
