import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { getStudySummary, recordAnswer, recordQueuedAnswer } from "@/lib/server/study";
import { toCardState } from "@/lib/server/study/card-row";
import { isSameCardState, newCardState } from "@/lib/srs/card-state";
import { rebuildCard } from "@/lib/srs/rebuild-card";
import { parseReviewEvent } from "@/lib/srs/review-event";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { clientId, createLearner } from "./helpers";

// Answers given offline on one device, sent later, while another device answered some of the same cards.
const now = new Date("2026-11-22T10:00:00Z");
let itemIds: string[] = [];

beforeAll(async () => {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `offline-${tag}`, title: "Offline fixture", body: "x", contentHash: tag } });
  itemIds = (
    await Promise.all(
      [0, 1].map((i) =>
        db.item.create({
          data: { key: `offline-${tag}-${i}`, articleId: article.id, type: "choice", kind: "percent", prompt: `How much? (offline ${i})`, answer: "24%", choices: JSON.stringify(["12%", "24%"]), sourceSentence: "x" },
        }),
      ),
    )
  ).map((item) => item.id);
});

const queued = (itemId: string, response: string, answeredAt: Date, cardVersion = 0, id = clientId()) => ({
  clientId: id,
  itemId,
  cardVersion,
  response,
  durationMs: 900,
  tzOffset: 0,
  answeredAt: answeredAt.toISOString(),
});

async function logOf(userId: string, itemId: string) {
  const db = getDb();
  const card = await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
  const rows = await db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
  return { card, rows };
}

describe("an answer kept offline and sent later", () => {
  it("is graded by the server and counted at the time it was given", async () => {
    const learner = await createLearner();
    const answeredAt = new Date(now.getTime() - 3 * 3600_000);
    const result = await recordQueuedAnswer(learner.id, queued(itemIds[0]!, "24%", answeredAt), now);
    expect(result).toMatchObject({ correct: true, rating: 3, resolution: "applied", cardVersion: 1 });
    const { card, rows } = await logOf(learner.id, itemIds[0]!);
    expect(rows.map((r) => r.reviewedAt)).toEqual([answeredAt]);
    expect(card.lastReview).toEqual(answeredAt);
    expect(card.createdAt).toEqual(answeredAt);
  });

  it("is stored once however often the device sends it", async () => {
    const learner = await createLearner();
    const input = queued(itemIds[0]!, "12%", new Date(now.getTime() - 60_000));
    const first = await recordQueuedAnswer(learner.id, input, now);
    const again = await recordQueuedAnswer(learner.id, input, new Date(now.getTime() + 5000));
    expect(first).toMatchObject({ correct: false, rating: 1, resolution: "applied" });
    expect(again).toMatchObject({ reviewClientId: first.reviewClientId, resolution: "already-stored", cardVersion: 1 });
    expect(await getDb().reviewLog.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("is applied after another device's answer to the same card, and the card equals the log's replay", async () => {
    const learner = await createLearner();
    // The phone answered offline at 09:00 against version 0; the laptop answered online at 09:30.
    const phone = queued(itemIds[1]!, "24%", new Date("2026-11-22T09:00:00Z"), 0);
    await recordAnswer(learner.id, { clientId: clientId(), itemId: itemIds[1]!, cardVersion: 0, response: "12%" }, new Date("2026-11-22T09:30:00Z"));
    const synced = await recordQueuedAnswer(learner.id, phone, now);
    expect(synced).toMatchObject({ resolution: "after-other-device", correct: true, cardVersion: 2 });
    const { card, rows } = await logOf(learner.id, itemIds[1]!);
    expect(rows.map((r) => [r.clientId === phone.clientId, r.rating])).toEqual([
      [false, 1],
      [true, 3],
    ]);
    // Never before the review it follows.
    expect(rows[1]!.reviewedAt).toEqual(new Date("2026-11-22T09:30:00Z"));
    const settings = parseSchedulerSettings({});
    const rebuilt = rebuildCard(newCardState(now), rows.map(parseReviewEvent), settings);
    expect(isSameCardState(rebuilt, toCardState(card))).toBe(true);
  });

  it("counts on the study day it was given (4 a.m. in the learner's zone), not the day it arrived", async () => {
    const learner = await createLearner();
    await getDb().user.update({ where: { id: learner.id }, data: { timeZone: "Europe/Paris" } });
    // 03:30 in Paris on 22 November is still the study day of the 21st; it arrives at 11:00 on the 22nd.
    const answeredAt = new Date("2026-11-22T02:30:00Z");
    await recordQueuedAnswer(learner.id, queued(itemIds[0]!, "24%", answeredAt), new Date("2026-11-22T10:00:00Z"));
    const days = await getDb().reviewDay.findMany({ where: { userId: learner.id, reviews: { gt: 0 } }, select: { day: true } });
    expect(days.map((d) => d.day)).toEqual(["2026-11-21"]);
    expect(await getStudySummary(learner.id, new Date("2026-11-22T10:00:00Z"))).toMatchObject({ studiedToday: 0 });
  });

  it("is refused, with a reason, when older than a device may keep answers; a clock ahead counts as now", async () => {
    const learner = await createLearner();
    await expect(recordQueuedAnswer(learner.id, queued(itemIds[0]!, "24%", new Date(now.getTime() - 31 * 86_400_000)), now)).rejects.toThrow(
      "more than 30 days ago",
    );
    await recordQueuedAnswer(learner.id, queued(itemIds[0]!, "24%", new Date(now.getTime() + 3600_000)), now);
    const { rows } = await logOf(learner.id, itemIds[0]!);
    expect(rows.map((r) => r.reviewedAt)).toEqual([now]);
  });
});
