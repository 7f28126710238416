// Grade changes and "I was right" made without a connection wait in the device's outbox with the answers, and
// typed answers the server grades wrong on arrival are shown for "I was right" (issue 14).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { QueuedChange } from "@/components/offline/offline-db";
import { syncStatusText } from "@/components/offline/sync-status";
import { freshIndexedDb, loadPage, queuedAnswer, studyCard } from "./offline-fixtures";

type Reply = "apply" | "network-down" | "reply-lost" | { status: number; body?: object };

/**
 * The three routes the outbox sends to, as the server behaves: each client id stored once; a queued typed answer
 * "wrong" is graded wrong (and may be accepted as right); a change of an answer it does not hold is 404.
 */
function fakeServer() {
  const received: { url: string; body: Record<string, unknown> }[] = [];
  const stored = new Set<string>();
  const replies: Reply[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    received.push({ url, body });
    const reply = replies.shift() ?? "apply";
    if (reply === "network-down") throw new TypeError("Failed to fetch");
    if (typeof reply === "object") return Response.json(reply.body ?? {}, { status: reply.status });
    const clientId = String(body.clientId);
    if (url !== "/api/study/answer/queued" && !stored.has(String(body.reviewClientId)) && !stored.has(clientId)) {
      return Response.json({ error: "That answer was not found.", code: "not_found" }, { status: 404 });
    }
    stored.add(clientId);
    if (reply === "reply-lost") throw new TypeError("Failed to fetch");
    const wrong = body.response === "wrong";
    return Response.json({ reviewClientId: clientId, resolution: "applied", correct: !wrong, canAcceptAsRight: wrong, answer: "the answer" });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { received, stored, replies, fetchMock };
}

let changeCount = 0;
function queuedChange(kind: QueuedChange["kind"], reviewClientId: string, itemId: string): QueuedChange {
  changeCount++;
  return { kind, clientId: `change-${changeCount}-${itemId}`, reviewClientId, itemId, prompt: `Prompt of ${itemId}`, ...(kind === "grade" ? { rating: 4 } : {}) };
}

beforeEach(freshIndexedDb);

async function openPage() {
  const page = await loadPage();
  const db = await page.openOfflineDb("learner-a");
  return { page, db };
}

describe("grade changes and “I was right” kept on the device", () => {
  it("are sent in the order they were made, after the answers before them, each to its route with only what it needs", async () => {
    const server = fakeServer();
    server.stored.add("online-answer-1");
    const { page, db } = await openPage();
    const a = queuedAnswer("a");
    const grade = queuedChange("grade", "online-answer-1", "x");
    const b = queuedAnswer("b");
    const accept = queuedChange("accept", a.clientId, "a");
    for (const entry of [a, grade, b, accept]) expect(await page.queueAnswer(db, entry)).toBe(true);
    await page.refreshSyncStatus(db);
    expect(page.getSyncStatus()).toMatchObject({ waiting: 2, changes: 2 });
    expect(syncStatusText({ ...page.getSyncStatus(), online: false })).toBe("Offline, 2 answers and 2 grade changes waiting");

    expect(await page.syncOutbox(db)).toBe(4);
    expect(server.received.map((r) => r.url)).toEqual(["/api/study/answer/queued", "/api/study/grade", "/api/study/answer/queued", "/api/study/accept"]);
    expect(server.received[1]!.body).toEqual({ clientId: grade.clientId, reviewClientId: "online-answer-1", rating: 4 });
    expect(server.received[3]!.body).toEqual({ clientId: accept.clientId, reviewClientId: a.clientId });
    expect(await db.count("outbox")).toBe(0);
    expect(page.getSyncStatus()).toMatchObject({ waiting: 0, changes: 0, sent: 4, notices: [] });
  });

  it("a card whose change waits is not offered offline: answering it there would be against a version about to change", async () => {
    const { page, db } = await openPage();
    await page.storeCards(db, null, [studyCard("x"), studyCard("y")]);
    await page.queueAnswer(db, queuedChange("grade", "online-answer-1", "x"));
    expect((await page.getOfflineCards(db, null)).map((c) => c.itemId)).toEqual(["y"]);
  });

  it.each([401, 403, 429, 503])("keeps a change, and what follows, in order on a %i", async (status) => {
    const server = fakeServer();
    server.stored.add("online-answer-1");
    const { page, db } = await openPage();
    const grade = queuedChange("grade", "online-answer-1", "x");
    await page.queueAnswer(db, grade);
    await page.queueAnswer(db, queuedAnswer("b"));
    server.replies.push({ status });
    expect(await page.syncOutbox(db)).toBe(0);
    expect((await db.getAll("outbox")).map((e) => e.clientId)).toEqual([grade.clientId, expect.stringContaining("-b")]);
    expect(await page.syncOutbox(db)).toBe(2);
    expect(server.received.map((r) => r.body.clientId)).toEqual([grade.clientId, grade.clientId, expect.stringContaining("-b")]);
  });

  it("sends again a change whose reply was lost, under the same client id, and the server holds it once", async () => {
    const server = fakeServer();
    server.stored.add("online-answer-1");
    const { page, db } = await openPage();
    const grade = queuedChange("grade", "online-answer-1", "x");
    await page.queueAnswer(db, grade);
    server.replies.push("reply-lost");
    expect(await page.syncOutbox(db)).toBe(0);
    expect(await page.syncOutbox(db)).toBe(1);
    expect(server.received.map((r) => r.body.clientId)).toEqual([grade.clientId, grade.clientId]);
    expect([...server.stored].filter((id) => id === grade.clientId)).toHaveLength(1);
    expect(await db.count("notices")).toBe(0);
  });

  it("a stale change (the card answered again since) is refused for good: a notice in the server's words, and the next ones still go", async () => {
    const server = fakeServer();
    server.stored.add("online-answer-1");
    const { page, db } = await openPage();
    const grade = queuedChange("grade", "online-answer-1", "x");
    await page.queueAnswer(db, grade);
    const after = queuedAnswer("b");
    await page.queueAnswer(db, after);
    server.replies.push({ status: 409, body: { error: "That card has been answered again since; its grade can no longer change.", code: "stale" } });
    expect(await page.syncOutbox(db)).toBe(2);
    expect(server.stored).toContain(after.clientId);
    expect(page.getSyncStatus().notices).toEqual([
      {
        clientId: grade.clientId,
        prompt: "Prompt of x",
        kind: "not-counted",
        message: "Your grade change was not saved: That card has been answered again since; its grade can no longer change.",
      },
    ]);
  });

  it("a change of an answer the server refused is not counted either, and says so", async () => {
    const server = fakeServer();
    const { page, db } = await openPage();
    const answer = queuedAnswer("a");
    await page.queueAnswer(db, answer);
    await page.queueAnswer(db, queuedChange("accept", answer.clientId, "a"));
    server.replies.push({ status: 400, body: { error: "This answer is more than 30 days old." } });
    expect(await page.syncOutbox(db)).toBe(2);
    expect(page.getSyncStatus().notices.map((n) => n.message).sort()).toEqual(["Not counted: This answer is more than 30 days old.", "“I was right” was not saved: That answer was not found."]);
  });

  it("Undo takes back a change that waits, and it is never sent", async () => {
    const server = fakeServer();
    const { page, db } = await openPage();
    const grade = queuedChange("grade", "online-answer-1", "x");
    await page.queueAnswer(db, grade);
    expect(await page.unqueueAnswer(db, grade.clientId)).toBe(true);
    expect(page.getSyncStatus()).toMatchObject({ waiting: 0, changes: 0 });
    expect(await page.syncOutbox(db)).toBe(0);
    expect(server.received).toEqual([]);
  });
});

describe("a typed answer graded wrong on sync", () => {
  async function syncedWrongAnswer() {
    const server = fakeServer();
    const { page, db } = await openPage();
    const answer = queuedAnswer("a", { response: "wrong" });
    await page.queueAnswer(db, answer);
    await page.queueAnswer(db, queuedAnswer("b", { response: "right" }));
    await page.syncOutbox(db);
    return { server, page, db, answer };
  }

  it("is shown with what was typed and the expected answer; a right one is not", async () => {
    const { page, answer } = await syncedWrongAnswer();
    expect(page.getSyncStatus().notices).toEqual([
      { clientId: answer.clientId, prompt: "Prompt of a", kind: "graded-wrong", message: page.GRADED_WRONG, itemId: "a", response: "wrong", correctAnswer: "the answer" },
    ]);
  });

  it("says also when it counted after another device's answer", async () => {
    const server = fakeServer();
    const { page, db } = await openPage();
    await page.queueAnswer(db, queuedAnswer("a", { response: "wrong" }));
    server.replies.push({ status: 200, body: { resolution: "after-other-device", reviewClientId: "r-a", canAcceptAsRight: true, answer: "x" } });
    await page.syncOutbox(db);
    expect(page.getSyncStatus().notices[0]).toMatchObject({ clientId: "r-a", kind: "graded-wrong", message: `${page.GRADED_WRONG} ${page.AFTER_OTHER_DEVICE}` });
  });

  it("“I was right” from the notice waits on the device (across a reload), is sent for that answer, and the notice confirms it", async () => {
    const { server, page, db, answer } = await syncedWrongAnswer();
    const notice = page.getSyncStatus().notices[0]!;
    expect(await page.acceptFromNotice(db, notice, "accept-from-notice-1")).toBe(true);
    expect(page.getSyncStatus()).toMatchObject({ changes: 1, notices: [{ ...notice, acceptClientId: "accept-from-notice-1" }] });

    const reloaded = await loadPage();
    const again = await reloaded.openOfflineDb("learner-a");
    expect(await reloaded.syncOutbox(again)).toBe(1);
    expect(server.received.at(-1)).toEqual({ url: "/api/study/accept", body: { clientId: "accept-from-notice-1", reviewClientId: answer.clientId } });
    expect(reloaded.getSyncStatus().notices).toEqual([{ clientId: answer.clientId, prompt: "Prompt of a", kind: "accepted", message: reloaded.ACCEPTED }]);
  });

  it("a refused “I was right” replaces the notice with the reason", async () => {
    const { server, page, db, answer } = await syncedWrongAnswer();
    await page.acceptFromNotice(db, page.getSyncStatus().notices[0]!, "accept-from-notice-2");
    server.replies.push({ status: 409, body: { error: "That card has been answered again since; its grade can no longer change." } });
    expect(await page.syncOutbox(db)).toBe(1);
    expect(page.getSyncStatus().notices).toEqual([
      { clientId: answer.clientId, prompt: "Prompt of a", kind: "not-counted", message: "“I was right” was not saved: That card has been answered again since; its grade can no longer change." },
    ]);
  });

  it("a device already full keeps no more, and the notice still offers “I was right”", async () => {
    const { page, db } = await syncedWrongAnswer();
    const notice = page.getSyncStatus().notices[0]!;
    for (let i = 0; i < page.MAX_WAITING_ANSWERS; i++) await db.add("outbox", queuedAnswer(`fill-${i}`));
    expect(await page.acceptFromNotice(db, notice, "accept-too-many")).toBe(false);
    expect((await db.getAll("notices"))[0]?.acceptClientId).toBeUndefined();
  });
});
