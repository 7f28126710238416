import { describe, expect, it } from "vitest";
import { syncStatusText } from "@/components/offline/sync-status";

describe("syncStatusText", () => {
  it("says offline and how many answers wait", () => {
    expect(syncStatusText({ online: false, waiting: 12, syncing: false })).toBe("Offline, 12 answers waiting");
    expect(syncStatusText({ online: false, waiting: 1, syncing: false })).toBe("Offline, 1 answer waiting");
    expect(syncStatusText({ online: false, waiting: 0, syncing: false })).toBe("Offline: answers are kept on this device");
  });

  it("says synced only when nothing waits", () => {
    expect(syncStatusText({ online: true, waiting: 0, syncing: false })).toBe("Synced");
    expect(syncStatusText({ online: true, waiting: 3, syncing: true })).toBe("Sending 3 answers…");
    expect(syncStatusText({ online: true, waiting: 3, syncing: false })).toBe("3 answers waiting to be sent");
  });

  it("counts grade changes waiting apart from answers", () => {
    expect(syncStatusText({ online: false, waiting: 0, changes: 1, syncing: false })).toBe("Offline, 1 grade change waiting");
    expect(syncStatusText({ online: false, waiting: 2, changes: 3, syncing: false })).toBe("Offline, 2 answers and 3 grade changes waiting");
    expect(syncStatusText({ online: true, waiting: 0, changes: 2, syncing: true })).toBe("Sending 2 grade changes…");
    expect(syncStatusText({ online: true, waiting: 0, changes: 1, syncing: false })).toBe("1 grade change waiting to be sent");
  });
});
