import { clearOfflineDb } from "./offline-db";

/** The service worker's cache of the study page (service-worker/sw.ts): it holds the learner's questions. */
const LEARNER_CACHES = ["study-pages"];

/** At sign-out: nothing of this learner's stays on the device, neither the offline store nor the cached study page. */
export async function clearOfflineData(): Promise<void> {
  await Promise.all([
    clearOfflineDb().catch(() => undefined),
    "caches" in window ? Promise.all(LEARNER_CACHES.map((name) => caches.delete(name))).catch(() => undefined) : undefined,
  ]);
}
