import { clearOfflineData } from "./clear-offline-data";
import { openStoreForSignOut } from "./offline-db";
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
    const waiting = await db.count("outbox");
    if (waiting > 0 && !confirm(`${waiting} ${waiting === 1 ? "answer" : "answers"} given offline have not reached the server yet. Signing out deletes them from this device. Sign out anyway?`)) {
      return false;
    }
  } catch {
    // No store to keep: nothing waits.
  }
  await clearOfflineData();
  return true;
}
