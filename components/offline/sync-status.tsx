"use client";

import { useSyncExternalStore } from "react";
import { currentOfflineDb } from "./offline-db";
import { useOfflineStudy } from "./offline-study";
import { dismissNotice, getServerSyncStatus, getSyncStatus, subscribeSyncStatus, type SyncStatus } from "./outbox-sync";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 answers", "1 grade change", "3 answers and 1 grade change": what waits on the device. */
function waitingWords(waiting: number, changes: number): string {
  const parts = [waiting > 0 && count(waiting, "answer", "answers"), changes > 0 && count(changes, "grade change", "grade changes")];
  return parts.filter(Boolean).join(" and ");
}

/** The indicator's words: "Offline, 12 answers waiting", "Offline, 1 grade change waiting", "Sending 3 answers…", "Synced". */
export function syncStatusText({ online, waiting, changes = 0, syncing }: Pick<SyncStatus, "online" | "waiting" | "syncing"> & { changes?: number }): string {
  const words = waitingWords(waiting, changes);
  if (!online) return words === "" ? "Offline: answers are kept on this device" : `Offline, ${words} waiting`;
  if (words !== "") return syncing ? `Sending ${words}…` : `${words} waiting to be sent`;
  return "Synced";
}

/** Whether the answers given on this device have reached the server, on the study page. */
export function SyncStatusIndicator() {
  const status = useSyncExternalStore(subscribeSyncStatus, getSyncStatus, getServerSyncStatus);
  const calm = status.online && status.waiting === 0 && status.changes === 0;
  return (
    <span data-testid="sync-status" aria-live="polite" className={calm ? "text-slate-500" : "font-medium text-amber-800"}>
      {syncStatusText(status)}
    </span>
  );
}

const ACCEPT_WAITING = "“I was right” is kept on this device and sent when you are back online.";

/**
 * Answers sent from this device that the learner must know about: applied after another device's, not counted,
 * or typed answers checked on arrival and marked wrong, which they may still accept as right from here.
 */
export function SyncNotices() {
  const { notices } = useSyncExternalStore(subscribeSyncStatus, getSyncStatus, getServerSyncStatus);
  const offline = useOfflineStudy();
  if (notices.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Answers sent from this device" data-testid="sync-notices">
      {notices.map((notice) => (
        <li
          key={notice.clientId}
          data-item-id={notice.itemId}
          className="flex flex-col gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 sm:flex-row sm:items-start"
        >
          <span className="min-w-0 grow">
            <strong className="block">“{notice.prompt}”</strong>
            {notice.kind === "graded-wrong" && (
              <span className="block">
                You answered <span className="font-medium">“{notice.response}”</span>; the answer is <strong data-testid="notice-answer">{notice.correctAnswer}</strong>.
              </span>
            )}
            {/* Once "I was right" is asked, what waits replaces the invitation to ask it. */}
            {notice.acceptClientId ? <span className="block font-medium">{ACCEPT_WAITING}</span> : notice.message}
          </span>
          <span className="flex shrink-0 justify-end gap-1">
            {notice.kind === "graded-wrong" && !notice.acceptClientId && offline.enabled && (
              <button type="button" className="min-h-11 rounded border border-amber-700 px-3 py-1 font-medium" onClick={() => void offline.acceptFromNotice(notice)}>
                I was right
              </button>
            )}
            <button
              type="button"
              className="min-h-11 rounded px-2 py-1 font-medium underline"
              aria-label={`OK, dismiss the notice about “${notice.prompt}”`}
              onClick={() => void currentOfflineDb()?.then((db) => dismissNotice(db, notice.clientId))}
            >
              OK
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
