import { clearOfflineData } from "./clear-offline-data";
import { isQueuedChange, openStoreForSignOut } from "./offline-db";
import { syncOutbox } from "./outbox-sync";

/**
 * Before signing out: answers still on the device are sent if the connection allows; any that
 * cannot be are named to the learner, who decides (signing out deletes them). Then the device's
 * offline data is emptied. Resolves false when the learner chose to stay signed in.
 */
export async function prepareSignOut(confirm: (message: string) => boolean): Promise<boolean> {
  if (typeof indexedDB === "undefined") return true;
  try {
    const db = await openStoreForSignOut();
    if ((await db.count("outbox")) > 0 && navigator.onLine) await syncOutbox(db);
    const entries = await db.getAll("outbox");
    const changes = entries.filter(isQueuedChange).length;
    const answers = entries.length - changes;
    const what = [answers > 0 && `${answers} ${answers === 1 ? "answer" : "answers"}`, changes > 0 && `${changes} ${changes === 1 ? "grade change" : "grade changes"}`].filter(Boolean).join(" and ");
    if (entries.length > 0 && !confirm(`${what} given offline have not reached the server yet. Signing out deletes them from this device. Sign out anyway?`)) {
      return false;
    }
  } catch {
    // No store to keep: nothing waits.
  }
  await clearOfflineData();
  return true;
}
