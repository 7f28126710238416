import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { recordAnswer } from "@/lib/server/study";
import { isSameCardState, newCardState } from "@/lib/srs/card-state";
import { rebuildCard } from "@/lib/srs/rebuild-card";
import { parseReviewEvent } from "@/lib/srs/review-event";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { clientId, createLearner } from "./helpers";

// An answer writes its card and log row with raw SQL (lib/server/study/answer-writes.ts), not through the client:
// these hold the rows to what the client would have written and the answer's guarantees to the raw writes.
const now = new Date("2026-11-22T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let itemIds: string[] = [];

beforeAll(async () => {
  const db = getDb();
  const article = await db.article.create({
    data: { slug: `writes-${randomUUID().slice(0, 8)}`, title: "Writes", body: "Trade rose 24% in 2024.", contentHash: "x", publishedAt: new Date("1992-01-01") },
  });
  itemIds = await Promise.all(
    [0, 1, 2, 3].map(async (i) =>
      (
        await db.item.create({
          data: {
            key: `writes-${randomUUID()}`,
            articleId: article.id,
            type: "choice",
            kind: "percent",
            prompt: `By what percentage did trade rise? (${i})`,
            answer: "24%",
            choices: JSON.stringify(["12%", "24%"]),
            sourceSentence: "Trade rose 24% in 2024.",
          },
          select: { id: true },
        })
      ).id,
    ),
  );
});

const answer = (itemId: string, response: string, cardVersion: number, id = clientId()) => ({ clientId: id, itemId, cardVersion, response, durationMs: 900, tzOffset: 60 });

describe("an answer's raw writes", () => {
  it("read back through the client as written, ids sort in the order written, and the card equals its log's replay", async () => {
    const learner = await createLearner();
    const itemId = itemIds[0]!;
    const responses = ["24%", "12%", "24%", "24%"];
    for (const [i, response] of responses.entries()) await recordAnswer(learner.id, answer(itemId, response, i), later(i * 10));
    const db = getDb();
    const card = await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId } } });
    const rows = await db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    expect(rows.map((r) => [r.correct, r.selfGraded, r.overridden, r.event, r.rating, r.durationMs, r.tzOffset, r.deckId])).toEqual([
      [true, false, false, "review", 3, 900, 60, null],
      [false, false, false, "review", 1, 900, 60, null],
      [true, false, false, "review", 3, 900, 60, null],
      [true, false, false, "review", 3, 900, 60, null],
    ]);
    expect(rows.map((r) => r.reviewedAt.toISOString())).toEqual(responses.map((_, i) => later(i * 10).toISOString()));
    expect([...rows.map((r) => r.id)].sort()).toEqual(rows.map((r) => r.id));
    expect(card.version).toBe(4);
    expect(card.createdAt.toISOString()).toBe(now.toISOString());
    const rebuilt = rebuildCard(newCardState(now), rows.map(parseReviewEvent), parseSchedulerSettings({}));
    expect(isSameCardState(rebuilt, { ...card, state: card.state as never })).toBe(true);
  });

  it("store dates as the client does, so its date filters find the card at exactly its due time", async () => {
    const learner = await createLearner();
    await recordAnswer(learner.id, answer(itemIds[1]!, "24%", 0), now);
    const db = getDb();
    const card = await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: itemIds[1]! } } });
    // On SQLite dates are text compared as text: a raw write in another format would miss these bounds.
    expect(await db.card.count({ where: { userId: learner.id, due: { lte: card.due }, lastReview: { gte: now, lte: now } } })).toBe(1);
    expect(await db.card.count({ where: { userId: learner.id, due: { lt: card.due } } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: learner.id, reviewedAt: { gte: now, lte: now } } })).toBe(1);
  });

  it("store a repeated answer once when both copies arrive together against an existing card", async () => {
    const learner = await createLearner();
    const itemId = itemIds[2]!;
    await recordAnswer(learner.id, answer(itemId, "24%", 0), now);
    const twice = answer(itemId, "12%", 1);
    const [a, b] = await Promise.all([recordAnswer(learner.id, twice, later(5)), recordAnswer(learner.id, twice, later(5))]);
    expect(a).toEqual(b);
    const db = getDb();
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(2);
    expect((await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId } } })).version).toBe(2);
  });

  it("refuse as stale the loser of two different answers to the same card version, new card or not", async () => {
    const learner = await createLearner();
    const itemId = itemIds[3]!;
    // first answers: the second card insert meets the unique (userId, itemId)
    const first = await Promise.allSettled([recordAnswer(learner.id, answer(itemId, "24%", 0), now), recordAnswer(learner.id, answer(itemId, "12%", 0), now)]);
    // then answers to an existing card: the second versioned update finds no row at version 1
    const next = await Promise.allSettled([recordAnswer(learner.id, answer(itemId, "24%", 1), later(5)), recordAnswer(learner.id, answer(itemId, "12%", 1), later(5))]);
    for (const results of [first, next]) {
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected");
      expect(refused?.reason).toMatchObject({ code: "stale" });
    }
    const db = getDb();
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(2);
    expect((await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId } } })).version).toBe(2);
  });
});
