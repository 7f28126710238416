"use client";

import { useSyncExternalStore } from "react";
import { currentOfflineDb } from "./offline-db";
import { dismissNotice, getServerSyncStatus, getSyncStatus, subscribeSyncStatus, type SyncStatus } from "./outbox-sync";

const answers = (n: number) => `${n} ${n === 1 ? "answer" : "answers"}`;

/** The indicator's words: "Offline, 12 answers waiting", "Sending 3 answers…", "Synced". */
export function syncStatusText({ online, waiting, syncing }: Pick<SyncStatus, "online" | "waiting" | "syncing">): string {
  if (!online) return waiting === 0 ? "Offline: answers are kept on this device" : `Offline, ${answers(waiting)} waiting`;
  if (waiting > 0) return syncing ? `Sending ${answers(waiting)}…` : `${answers(waiting)} waiting to be sent`;
  return "Synced";
}

const isOnline = () => getSyncStatus().online;
const onlineOnServer = () => true;

/** Whether the browser says it is online, as the offline provider last heard (always true without one). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeSyncStatus, isOnline, onlineOnServer);
}

/** Whether the answers given on this device have reached the server, on the study page. */
export function SyncStatusIndicator() {
  const status = useSyncExternalStore(subscribeSyncStatus, getSyncStatus, getServerSyncStatus);
  const calm = status.online && status.waiting === 0;
  return (
    <span data-testid="sync-status" aria-live="polite" className={calm ? "text-slate-500" : "font-medium text-amber-800"}>
      {syncStatusText(status)}
    </span>
  );
}

/** Answers sent from this device that the learner must know about: applied after another device's, or not counted. */
export function SyncNotices() {
  const { notices } = useSyncExternalStore(subscribeSyncStatus, getSyncStatus, getServerSyncStatus);
  if (notices.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Answers sent from this device" data-testid="sync-notices">
      {notices.map((notice) => (
        <li key={notice.clientId} className="flex items-start gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="grow">
            <strong className="block">“{notice.prompt}”</strong>
            {notice.message}
          </span>
          <button
            type="button"
            className="shrink-0 rounded px-2 py-1 font-medium underline"
            onClick={() => void currentOfflineDb()?.then((db) => dismissNotice(db, notice.clientId))}
          >
            OK
          </button>
        </li>
      ))}
    </ul>
  );
}
