import { beforeEach, describe, expect, it, vi } from "vitest";
import { databaseExists, freshIndexedDb, loadPage, queuedAnswer, studyCard } from "./offline-fixtures";

beforeEach(() => {
  freshIndexedDb();
  const deleted: string[] = [];
  vi.stubGlobal("caches", { delete: async (name: string) => (deleted.push(name), true), deleted });
  vi.stubGlobal("window", { caches: globalThis.caches });
  vi.stubGlobal("fetch", vi.fn(async () => Response.json({ resolution: "stored" })));
});

async function loadSignOut() {
  const page = await loadPage();
  const { prepareSignOut } = await import("@/components/offline/sign-out-offline");
  return { ...page, prepareSignOut };
}

/** A learner's store as a study page left it: cards, two answers waiting. Returns the store's name. */
async function leaveStudyData(learnerId = "learner-a") {
  const page = await loadPage();
  const db = await page.openOfflineDb(learnerId);
  await page.storeCards(db, null, [studyCard("a"), studyCard("b"), studyCard("c")]);
  await page.queueAnswer(db, queuedAnswer("a"));
  await page.queueAnswer(db, queuedAnswer("b"));
  db.close();
  return page.OFFLINE_DB_NAME;
}

const deletedCaches = () => (globalThis.caches as unknown as { deleted: string[] }).deleted;

describe("signing out", () => {
  it("online: sends what waits, then deletes the store and the cached study page, without asking", async () => {
    const name = await leaveStudyData();
    const page = await loadSignOut(); // signing out from another page than /study: the store is not open yet
    const confirm = vi.fn(() => true);
    expect(await page.prepareSignOut(confirm)).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(2);
    expect(await databaseExists(name)).toBe(false);
    expect(deletedCaches()).toEqual(["study-pages"]);
  });

  it("offline: names the answers that would be lost, and keeps everything when the learner stays", async () => {
    const name = await leaveStudyData();
    vi.stubGlobal("navigator", { onLine: false });
    const page = await loadSignOut();
    const confirm = vi.fn(() => false);
    expect(await page.prepareSignOut(confirm)).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^2 answers given offline have not reached the server yet/));
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
    expect(await databaseExists(name)).toBe(true);
    const db = await page.openOfflineDb("learner-a");
    expect(await db.count("outbox")).toBe(2);
    expect(deletedCaches()).toEqual([]);
  });

  it("offline: names a grade change that would be lost apart from the answers", async () => {
    const page = await loadPage();
    const db = await page.openOfflineDb("learner-a");
    await page.queueAnswer(db, queuedAnswer("a"));
    await page.queueAnswer(db, { kind: "grade", clientId: "change-1", reviewClientId: "answer-1", rating: 4, itemId: "x", prompt: "Prompt of x" });
    db.close();
    vi.stubGlobal("navigator", { onLine: false });
    const confirm = vi.fn(() => false);
    expect(await (await loadSignOut()).prepareSignOut(confirm)).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^1 answer and 1 grade change given offline have not reached the server yet/));
  });

  it("offline, signing out anyway: the store is deleted before sign-out goes on", async () => {
    const name = await leaveStudyData();
    vi.stubGlobal("navigator", { onLine: false });
    const page = await loadSignOut();
    expect(await page.prepareSignOut(() => true)).toBe(true);
    expect(await databaseExists(name)).toBe(false);
  });

  it("deletes the store though this page had it open for studying", async () => {
    const name = await leaveStudyData();
    const page = await loadSignOut();
    const db = await page.openOfflineDb("learner-a");
    await page.storeCards(db, null, [studyCard("d")]);
    expect(await page.prepareSignOut(() => true)).toBe(true);
    expect(await databaseExists(name)).toBe(false);
  });

  it("deletes the store though another tab of the app has it open, and that tab lets go of it", async () => {
    const name = await leaveStudyData();
    const otherTab = await loadPage();
    const otherDb = await otherTab.openOfflineDb("learner-a");
    const page = await loadSignOut();
    expect(await page.prepareSignOut(() => true)).toBe(true);
    expect(await databaseExists(name)).toBe(false);
    // The other tab writes nothing more into a store that was deleted, and opens a new, empty one if it must.
    await expect(otherTab.queueAnswer(otherDb, queuedAnswer("z"))).rejects.toThrow();
    const reopened = await otherTab.openOfflineDb("learner-a");
    expect(await reopened.count("cards")).toBe(0);
  });

  it("with no store on the device: signs out at once", async () => {
    const page = await loadSignOut();
    const confirm = vi.fn(() => true);
    expect(await page.prepareSignOut(confirm)).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(await databaseExists(page.OFFLINE_DB_NAME)).toBe(false);
  });
});
