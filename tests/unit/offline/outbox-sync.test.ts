import { beforeEach, describe, expect, it, vi } from "vitest";
import type { QueuedAnswer } from "@/components/offline/offline-db";
import { freshIndexedDb, loadPage, queuedAnswer, webLocks } from "./offline-fixtures";

type Reply = "store" | "network-down" | "reply-lost" | { status: number; body?: object };

/** The server as /api/study/answer/queued behaves: each client id stored once, in the order received. */
function fakeServer() {
  const stored: Omit<QueuedAnswer, "prompt">[] = [];
  const received: Record<string, unknown>[] = [];
  const replies: Reply[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    expect(url).toBe("/api/study/answer/queued");
    const body = JSON.parse(String(init.body)) as Omit<QueuedAnswer, "prompt">;
    received.push(body as unknown as Record<string, unknown>);
    const reply = replies.shift() ?? "store";
    if (reply === "network-down") throw new TypeError("Failed to fetch");
    if (typeof reply === "object") return Response.json(reply.body ?? { error: "busy" }, { status: reply.status });
    const again = stored.some((a) => a.clientId === body.clientId);
    if (!again) stored.push(body);
    if (reply === "reply-lost") throw new TypeError("Failed to fetch");
    return Response.json({ resolution: again ? "duplicate" : "stored" });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { stored, received, replies, fetchMock };
}

beforeEach(freshIndexedDb);

async function pageWithAnswers(itemIds: string[]) {
  const page = await loadPage();
  const db = await page.openOfflineDb("learner-a");
  const given = itemIds.map((id) => queuedAnswer(id));
  for (const answer of given) await page.queueAnswer(db, answer);
  return { page, db, given };
}

describe("sending the answers kept offline", () => {
  it("sends them oldest first, each once, as given but for the prompt, and empties the queue", async () => {
    const server = fakeServer();
    const { page, db, given } = await pageWithAnswers(["b", "a", "b", "c"]);
    expect(await page.syncOutbox(db)).toBe(4);
    expect(server.stored).toEqual(given.map(({ prompt: _prompt, ...answer }) => answer));
    for (const body of server.received) expect(Object.keys(body).sort()).toEqual(["answeredAt", "cardVersion", "clientId", "deckId", "durationMs", "itemId", "response", "tzOffset"]);
    expect(await db.count("outbox")).toBe(0);
    expect(page.getSyncStatus()).toMatchObject({ waiting: 0, sent: 4, syncing: false, notices: [] });
  });

  it("stops at a dropped connection and, after a reload, goes on from the answer that failed", async () => {
    const server = fakeServer();
    const { page, db, given } = await pageWithAnswers(["a", "b", "c", "d"]);
    server.replies.push("store", "network-down");
    expect(await page.syncOutbox(db)).toBe(1);
    expect((await db.getAll("outbox")).map((a) => a.itemId)).toEqual(["b", "c", "d"]);
    expect(page.getSyncStatus()).toMatchObject({ waiting: 3, syncing: false });

    const reloaded = await loadPage();
    const again = await reloaded.openOfflineDb("learner-a");
    expect(reloaded.getSyncStatus().waiting).toBe(0); // not known until read
    await reloaded.refreshSyncStatus(again);
    expect(reloaded.getSyncStatus().waiting).toBe(3);
    expect(await reloaded.syncOutbox(again)).toBe(3);
    expect(server.stored.map((a) => a.clientId)).toEqual(given.map((a) => a.clientId));
  });

  it("sends again an answer whose reply was lost, and the server still holds it once", async () => {
    const server = fakeServer();
    const { page, db, given } = await pageWithAnswers(["a", "b"]);
    server.replies.push("reply-lost");
    expect(await page.syncOutbox(db)).toBe(0);
    expect(await db.count("outbox")).toBe(2);
    expect(await page.syncOutbox(db)).toBe(2);
    expect(server.received.map((a) => a.clientId)).toEqual([given[0]!.clientId, given[0]!.clientId, given[1]!.clientId]);
    expect(server.stored.map((a) => a.clientId)).toEqual(given.map((a) => a.clientId));
    expect(await db.count("notices")).toBe(0);
  });

  it.each([401, 403, 409, 429, 500, 503])("keeps the answer and those after it, in order, on a %i (signed out, busy, or changing now)", async (status) => {
    const server = fakeServer();
    const { page, db } = await pageWithAnswers(["a", "b"]);
    server.replies.push({ status });
    expect(await page.syncOutbox(db)).toBe(0);
    expect((await db.getAll("outbox")).map((a) => a.itemId)).toEqual(["a", "b"]);
    expect(server.received).toHaveLength(1);
    expect(await db.count("notices")).toBe(0);
  });

  it("never drops a refused answer silently: it becomes a notice naming the card, and the next ones are sent", async () => {
    const server = fakeServer();
    const { page, db, given } = await pageWithAnswers(["a", "b"]);
    server.replies.push({ status: 400, body: { error: "This answer is more than 30 days old." } });
    expect(await page.syncOutbox(db)).toBe(2);
    expect(server.stored.map((a) => a.itemId)).toEqual(["b"]);
    expect(page.getSyncStatus().notices).toEqual([
      { clientId: given[0]!.clientId, prompt: "Prompt of a", kind: "not-counted", message: "Not counted: This answer is more than 30 days old." },
    ]);
  });

  it("a refusal without words still says it was not counted", async () => {
    const server = fakeServer();
    const { page, db } = await pageWithAnswers(["a"]);
    server.replies.push({ status: 404, body: {} });
    await page.syncOutbox(db);
    expect(page.getSyncStatus().notices[0]?.message).toBe("Not counted: the server could not take this answer.");
  });

  it("tells the learner of an answer applied after another device's, and keeps the notice until dismissed, across a reload", async () => {
    const server = fakeServer();
    const { page, db, given } = await pageWithAnswers(["a", "b"]);
    server.replies.push({ status: 200, body: { resolution: "after-other-device" } });
    expect(await page.syncOutbox(db)).toBe(2);
    const notice = { clientId: given[0]!.clientId, prompt: "Prompt of a", kind: "after-other-device", message: page.AFTER_OTHER_DEVICE };
    expect(page.getSyncStatus().notices).toEqual([notice]);

    const reloaded = await loadPage();
    const again = await reloaded.openOfflineDb("learner-a");
    await reloaded.refreshSyncStatus(again);
    expect(reloaded.getSyncStatus().notices).toEqual([notice]);
    await reloaded.dismissNotice(again, notice.clientId);
    expect(reloaded.getSyncStatus().notices).toEqual([]);
    expect(await again.count("notices")).toBe(0);
  });

  it("sends nothing twice when two syncs start together (the online event and the timer), through the Web Lock", async () => {
    const server = fakeServer();
    const { page, db } = await pageWithAnswers(["a", "b", "c"]);
    const locks = webLocks();
    vi.stubGlobal("navigator", { onLine: true, locks });
    const [first, second] = await Promise.all([page.syncOutbox(db), page.syncOutbox(db)]);
    expect(first + second).toBe(3);
    expect(server.received).toHaveLength(3);
  });

  it("tells subscribers of every change, so the indicator counts down as answers go", async () => {
    fakeServer();
    const { page, db } = await pageWithAnswers(["a", "b"]);
    await page.refreshSyncStatus(db);
    const seen: number[] = [];
    const unsubscribe = page.subscribeSyncStatus(() => seen.push(page.getSyncStatus().waiting));
    await page.syncOutbox(db);
    unsubscribe();
    expect(seen).toContain(1);
    expect(seen.at(-1)).toBe(0);
  });
});

describe("taking back an answer that waits (Undo)", () => {
  it("removes that answer only, keeps the others in order, and it is never sent", async () => {
    const server = fakeServer();
    const { page, db, given } = await pageWithAnswers(["a", "b", "c"]);
    await page.refreshSyncStatus(db);
    expect(await page.unqueueAnswer(db, given[1]!.clientId)).toBe(true);
    expect(page.getSyncStatus().waiting).toBe(2);
    expect(await page.unqueueAnswer(db, given[1]!.clientId)).toBe(false);
    await page.syncOutbox(db);
    expect(server.stored.map((a) => a.itemId)).toEqual(["a", "c"]);
  });

  it("does not take back an answer a sync is sending: it waits, then says it was sent", async () => {
    const server = fakeServer();
    vi.stubGlobal("navigator", { onLine: true, locks: webLocks() });
    const { page, db, given } = await pageWithAnswers(["a", "b"]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const send = server.fetchMock.getMockImplementation()!;
    server.fetchMock.mockImplementationOnce(async (url, init) => {
      await held;
      return send(url, init);
    });
    const sync = page.syncOutbox(db);
    await vi.waitFor(() => expect(server.fetchMock).toHaveBeenCalledTimes(1));
    const undo = page.unqueueAnswer(db, given[0]!.clientId);
    release();
    expect(await undo).toBe(false); // the server has it: Undo goes to the server
    expect(await sync).toBe(2);
    expect(server.stored.map((a) => a.itemId)).toEqual(["a", "b"]);
  });
});
