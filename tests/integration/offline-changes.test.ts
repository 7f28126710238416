import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Issue 14: grade changes and "I was right" made offline wait on the device after the answer they change, and
// are sent, as the outbox sends them (components/offline/outbox-sync.ts), to the same routes as online ones: the
// same checks, stored once under their client id, refused with 409 (final for a change) once the card was
// answered again since. Through the route handlers, so the statuses the device acts on are the ones tested.
vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { getDb } = await import("@/lib/server/db");
const { recordAnswer } = await import("@/lib/server/study");
const { toCardState } = await import("@/lib/server/study/card-row");
const { isSameCardState, newCardState } = await import("@/lib/srs/card-state");
const { rebuildCard } = await import("@/lib/srs/rebuild-card");
const { parseReviewEvent } = await import("@/lib/srs/review-event");
const { parseSchedulerSettings } = await import("@/lib/srs/scheduler-settings");
const { clientId, createLearner } = await import("./helpers");
const { json, sendJson } = await import("./route-requests");
const queuedRoute = await import("@/app/api/study/answer/queued/route");
const gradeRoute = await import("@/app/api/study/grade/route");
const acceptRoute = await import("@/app/api/study/accept/route");

const settings = parseSchedulerSettings({});
let typedId = "";
let choiceId = "";

beforeAll(async () => {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `offline-changes-${tag}`, title: "Offline changes fixture", body: "The dam opened in 1936.", contentHash: tag } });
  const base = { articleId: article.id, kind: "date", answer: "1936", sourceSentence: "The dam opened in 1936." };
  typedId = (await db.item.create({ data: { ...base, key: `offline-changes-typed-${tag}`, type: "typed", prompt: "When did the dam open?" } })).id;
  choiceId = (
    await db.item.create({ data: { ...base, key: `offline-changes-choice-${tag}`, type: "choice", prompt: "When did the dam open? (choice)", choices: JSON.stringify(["1931", "1936"]) } })
  ).id;
});

let userId = "";
beforeEach(async () => {
  const learner = await createLearner("offline-changes");
  session.user = learner;
  userId = learner.id;
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

/** What the outbox sends for a queued answer, a grade change and an override. */
const sendAnswer = async (itemId: string, response: string, cardVersion = 0, id = clientId()) =>
  json(await queuedRoute.POST(sendJson("/api/study/answer/queued", { clientId: id, itemId, cardVersion, response, durationMs: 900, tzOffset: 60, deckId: null, answeredAt: minutesAgo(5) })));
const sendGrade = async (body: { clientId: string; reviewClientId: string; rating: number }) => json(await gradeRoute.POST(sendJson("/api/study/grade", body)));
const sendAccept = async (body: { clientId: string; reviewClientId: string }) => json(await acceptRoute.POST(sendJson("/api/study/accept", body)));

async function logAndCard(itemId: string) {
  const db = getDb();
  const card = await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
  const rows = await db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
  const rebuilt = rebuildCard(newCardState(rows[0]?.reviewedAt ?? new Date()), rows.map(parseReviewEvent), settings);
  return { card, rows, replayed: isSameCardState(rebuilt, toCardState(card)) };
}

describe("changes made offline, sent after the answer they change", () => {
  it("a typed answer graded wrong on sync, then “I was right” from its notice: applied once however often it is sent, the card equal to the log's replay", async () => {
    const answered = await sendAnswer(typedId, "1963");
    expect(answered).toMatchObject({ status: 200, body: { correct: false, canAcceptAsRight: true, answer: "1936", resolution: "applied" } });
    const reviewClientId = (answered.body as { reviewClientId: string }).reviewClientId;

    const accept = { clientId: clientId(), reviewClientId };
    const first = await sendAccept(accept);
    expect(first).toMatchObject({ status: 200, body: { correct: true, overridden: true, rating: 3, reviewClientId: accept.clientId } });
    // The reply was lost: the device sends it again.
    expect(await sendAccept(accept)).toEqual(first);
    const { rows, card, replayed } = await logAndCard(typedId);
    expect(rows.map((r) => [r.event, r.rating, r.overridden])).toEqual([
      ["review", 1, false],
      ["undo", 0, false],
      ["review", 3, true],
    ]);
    expect(card.version).toBe(2);
    expect(replayed).toBe(true);
  });

  it("a grade change of an online answer, kept while the connection was down: stored once at the answer's time", async () => {
    const online = await recordAnswer(userId, { clientId: clientId(), itemId: choiceId, cardVersion: 0, response: "1936", durationMs: 900, tzOffset: 60 }, new Date(Date.now() - 10 * 60_000));
    const change = { clientId: clientId(), reviewClientId: online.reviewClientId, rating: 4 };
    const first = await sendGrade(change);
    expect(first).toMatchObject({ status: 200, body: { rating: 4, reviewClientId: change.clientId } });
    expect(await sendGrade(change)).toEqual(first);
    const { rows, replayed } = await logAndCard(choiceId);
    expect(rows.map((r) => [r.event, r.rating])).toEqual([
      ["review", 3],
      ["undo", 0],
      ["review", 4],
    ]);
    expect(new Set(rows.map((r) => r.reviewedAt.getTime())).size).toBe(1);
    expect(replayed).toBe(true);
  });

  it("is refused with 409, final, once the card was answered again since (another device): nothing written, the card untouched", async () => {
    const phone = await sendAnswer(typedId, "1963");
    const reviewClientId = (phone.body as { reviewClientId: string }).reviewClientId;
    // The laptop answers the card again before the phone's override arrives.
    await recordAnswer(userId, { clientId: clientId(), itemId: typedId, cardVersion: 1, response: "1936", durationMs: 900, tzOffset: 60 }, new Date());
    const before = await logAndCard(typedId);

    const accepted = await sendAccept({ clientId: clientId(), reviewClientId });
    expect(accepted).toMatchObject({ status: 409, body: { code: "stale", error: "That card has been answered again since; its grade can no longer change." } });
    const regraded = await sendGrade({ clientId: clientId(), reviewClientId, rating: 1 });
    // Again on a wrong answer is its grade already: no change, nothing to refuse.
    expect(regraded.status).toBe(200);
    const after = await logAndCard(typedId);
    expect(after.rows).toEqual(before.rows);
    expect(after.card).toEqual(before.card);
    expect(after.replayed).toBe(true);
  });

  it("a grade change after the answer was regraded once already is refused as stale too", async () => {
    const online = await recordAnswer(userId, { clientId: clientId(), itemId: choiceId, cardVersion: 0, response: "1936", durationMs: 900, tzOffset: 60 }, new Date(Date.now() - 60_000));
    await sendGrade({ clientId: clientId(), reviewClientId: online.reviewClientId, rating: 2 });
    const late = await sendGrade({ clientId: clientId(), reviewClientId: online.reviewClientId, rating: 4 });
    expect(late).toMatchObject({ status: 409, body: { code: "stale" } });
    expect((await logAndCard(choiceId)).rows.filter((r) => r.event === "review").map((r) => r.rating)).toEqual([3, 2]);
  });

  it("the same checks as online: Easy for a wrong answer, and “I was right” for a choice, are refused (400); a change of an answer never stored is 404", async () => {
    const wrong = await sendAnswer(typedId, "1963");
    const reviewClientId = (wrong.body as { reviewClientId: string }).reviewClientId;
    expect(await sendGrade({ clientId: clientId(), reviewClientId, rating: 4 })).toMatchObject({ status: 400, body: { error: "A wrong answer is always graded Again." } });
    const choice = await sendAnswer(choiceId, "1931");
    expect(await sendAccept({ clientId: clientId(), reviewClientId: (choice.body as { reviewClientId: string }).reviewClientId })).toMatchObject({
      status: 400,
      body: { error: "Only a typed answer that was marked wrong can be accepted as right." },
    });
    expect(await sendAccept({ clientId: clientId(), reviewClientId: clientId() })).toMatchObject({ status: 404, body: { code: "not_found" } });
    expect((await logAndCard(typedId)).rows).toHaveLength(1);
  });

  it("another learner's answer cannot be changed: 404, as if it did not exist", async () => {
    const theirs = await sendAnswer(typedId, "1963");
    const reviewClientId = (theirs.body as { reviewClientId: string }).reviewClientId;
    session.user = await createLearner("offline-changes-other");
    expect(await sendAccept({ clientId: clientId(), reviewClientId })).toMatchObject({ status: 404 });
  });
});
