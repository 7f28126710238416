import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { acceptAnswer, changeGrade, getStudySession, recordAnswer } from "@/lib/server/study";
import { clientId, createLearner } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const hoursLater = (h: number) => new Date(now.getTime() + h * 3_600_000);
let dates: string[] = [];
let person = "";

beforeAll(async () => {
  const db = getDb();
  const article = await db.article.create({
    data: { slug: `custom-${randomUUID().slice(0, 8)}`, title: "Custom study fixture", body: "x", contentHash: "x", publishedAt: new Date("1990-01-03") },
  });
  const make = (kind: string, prompt: string, answer: string) =>
    db.item.create({ data: { key: `custom-${randomUUID()}`, articleId: article.id, type: "typed", kind, prompt, answer, sourceSentence: `${prompt} ${answer}` } });
  dates = await Promise.all(["A", "B", "C"].map(async (l) => (await make("date", `When did ${l} happen?`, "1950")).id));
  person = (await make("person", "Who led the expedition?", "Ada Lovelace")).id;
});

const answer = (itemId: string, response: string, cardVersion = 0) => ({ clientId: clientId(), itemId, cardVersion, response, durationMs: 700, tzOffset: 0 });
const ids = (session: { cards: { itemId: string }[] }) => session.cards.map((c) => c.itemId);

describe("custom study", () => {
  it("misses: only cards answered wrong recently, not one accepted as right", async () => {
    const learner = await createLearner("custom-misses");
    await recordAnswer(learner.id, answer(dates[0]!, "1949"), now);
    await recordAnswer(learner.id, answer(dates[1]!, "1950"), now);
    const overridden = await recordAnswer(learner.id, answer(dates[2]!, "1905"), now);
    await acceptAnswer(learner.id, { clientId: clientId(), reviewClientId: overridden.reviewClientId }, now);
    const session = await getStudySession(learner.id, { custom: { focus: "misses", days: 7 }, limit: 50 }, hoursLater(1));
    expect(session.mode).toBe("custom");
    expect(ids(session)).toEqual([dates[0]]);
    // A week later the miss is out of a one-day window.
    expect(ids(await getStudySession(learner.id, { custom: { focus: "misses", days: 1 }, limit: 50 }, hoursLater(48)))).toEqual([]);
  });

  it("one kind: that kind's cards alone, new ones included", async () => {
    const learner = await createLearner("custom-kind");
    const session = await getStudySession(learner.id, { custom: { focus: "kind", kind: "person" }, limit: 50 }, now);
    expect(ids(session)).toContain(person);
    expect(ids(session).some((id) => dates.includes(id))).toBe(false);
    const db = getDb();
    const kinds = await db.item.findMany({ where: { id: { in: ids(session) } }, select: { kind: true } });
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(["person"]));
  });

  it("ahead: review cards not yet due, answered as an early review that FSRS discounts", async () => {
    const learner = await createLearner("custom-ahead");
    const right = await recordAnswer(learner.id, answer(dates[1]!, "1950"), now);
    const easy = await changeGrade(learner.id, { clientId: clientId(), reviewClientId: right.reviewClientId, rating: 4 }, now);
    await recordAnswer(learner.id, answer(dates[2]!, "1950"), now); // Good on a new card: still in learning steps
    const dueAt = new Date(easy.nextDue);
    expect(dueAt.getTime()).toBeGreaterThan(hoursLater(48).getTime());
    // Not in today's queue, but in a review-ahead session.
    expect(ids(await getStudySession(learner.id, { limit: 50 }, hoursLater(1)))).not.toContain(dates[1]);
    const ahead = await getStudySession(learner.id, { custom: { focus: "ahead", days: 30 }, limit: 50 }, hoursLater(1));
    expect(ids(ahead)).toEqual([dates[1]]);

    // Answered two days early, the card gains less stability than when answered on its due day.
    const db = getDb();
    const before = await db.card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: dates[1]! } } });
    const card = ahead.cards[0]!;
    const onTime = await createLearner("custom-on-time");
    const r2 = await recordAnswer(onTime.id, answer(dates[1]!, "1950"), now);
    await changeGrade(onTime.id, { clientId: clientId(), reviewClientId: r2.reviewClientId, rating: 4 }, now);
    const early = await recordAnswer(learner.id, answer(dates[1]!, "1950", card.cardVersion), new Date(dueAt.getTime() - 48 * 3_600_000));
    const due = await recordAnswer(onTime.id, answer(dates[1]!, "1950", 2), dueAt);
    expect(early.correct && due.correct).toBe(true);
    const [earlyCard, dueCard] = await Promise.all([
      db.card.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: dates[1]! } } }),
      db.card.findUniqueOrThrow({ where: { userId_itemId: { userId: onTime.id, itemId: dates[1]! } } }),
    ]);
    expect(earlyCard.reps).toBe(before.reps + 1);
    expect(earlyCard.stability).toBeGreaterThan(before.stability);
    expect(earlyCard.stability).toBeLessThan(dueCard.stability);
    expect(new Date(early.nextDue).getTime()).toBeLessThan(new Date(due.nextDue).getTime());
  });

  it("refuses a kind that does not exist", async () => {
    const learner = await createLearner("custom-bad");
    await expect(getStudySession(learner.id, { custom: { focus: "kind", kind: "weather" as never } }, now)).rejects.toThrow();
  });
});
