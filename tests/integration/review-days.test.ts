import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { updateLearnerSettings } from "@/lib/server/learner-settings";
import { getLearnerProgress } from "@/lib/server/progress";
import { ensureReviewDays, recountReviewDays } from "@/lib/server/review-days";
import { changeGrade, recordAnswer, undoAnswer } from "@/lib/server/study";
import { clientId, createLearner } from "./helpers";

let choiceItemId = "";
let typedItemId = "";

beforeAll(async () => {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `review-days-${tag}`, title: "Review days", body: "x", contentHash: tag } });
  choiceItemId = (
    await db.item.create({
      data: { key: `review-days-${tag}-c`, articleId: article.id, type: "choice", kind: "percent", prompt: "How much? (rd)", answer: "24%", choices: JSON.stringify(["12%", "24%"]), sourceSentence: "x" },
    })
  ).id;
  typedItemId = (
    await db.item.create({ data: { key: `review-days-${tag}-t`, articleId: article.id, type: "typed", kind: "money", prompt: "How many dollars? (rd)", answer: "$5m", sourceSentence: "x" } })
  ).id;
});

/** The stored rows that count something, in the recount's order. */
async function storedReviewDays(userId: string) {
  const rows = await getDb().reviewDay.findMany({
    where: { userId },
    select: { day: true, kind: true, reviews: true, correct: true, retentionReviews: true, retentionPassed: true, expectedRecall: true },
    orderBy: [{ day: "asc" }, { kind: "asc" }],
  });
  return rows.filter((r) => r.reviews !== 0 || r.correct !== 0 || r.retentionReviews !== 0 || r.retentionPassed !== 0 || r.expectedRecall !== 0);
}

async function cardVersion(userId: string, itemId: string) {
  const card = await getDb().card.findUnique({ where: { userId_itemId: { userId, itemId } }, select: { version: true } });
  return card?.version ?? 0;
}

async function answer(userId: string, itemId: string, response: string, at: Date, reveal = false) {
  const input = { clientId: clientId(), itemId, cardVersion: await cardVersion(userId, itemId), response, reveal };
  return recordAnswer(userId, input, at);
}

describe("per-day review counts", () => {
  it("equal a recount of the log after answers, undos and grade changes, and after a time zone change", async () => {
    const db = getDb();
    const learner = await createLearner("review-days");
    await db.user.update({ where: { id: learner.id }, data: { timeZone: "America/New_York" } });

    // 08:30 UTC is 03:30 in New York (EST): before 4 a.m., so the previous study day
    await answer(learner.id, choiceItemId, "24%", new Date("2026-11-20T08:30:00Z"));
    await answer(learner.id, choiceItemId, "12%", new Date("2026-11-20T09:30:00Z"));
    const right = await answer(learner.id, choiceItemId, "24%", new Date("2026-11-21T15:00:00Z"));
    await changeGrade(learner.id, { clientId: clientId(), reviewClientId: right.reviewClientId, rating: 4 }, new Date("2026-11-21T15:00:05Z"));
    const wrong = await answer(learner.id, choiceItemId, "12%", new Date("2026-11-22T15:00:00Z"));
    await undoAnswer(learner.id, { clientId: clientId(), reviewClientId: wrong.reviewClientId }, new Date("2026-11-22T15:00:05Z"));
    const shown = await answer(learner.id, typedItemId, "", new Date("2026-11-22T16:00:00Z"), true);
    // self-graded Good, then Again: the day keeps its answer but loses a right one
    const again = await changeGrade(learner.id, { clientId: clientId(), reviewClientId: shown.reviewClientId, rating: 1 }, new Date("2026-11-22T16:00:05Z"));
    await answer(learner.id, typedItemId, "$5m", new Date("2026-11-23T16:00:00Z"));
    expect(again.rating).toBe(1);

    const expected = [
      { day: "2026-11-19", kind: "percent", reviews: 1, correct: 1 },
      { day: "2026-11-20", kind: "percent", reviews: 1, correct: 0 },
      { day: "2026-11-21", kind: "percent", reviews: 1, correct: 1 },
      { day: "2026-11-22", kind: "money", reviews: 1, correct: 0 },
      { day: "2026-11-23", kind: "money", reviews: 1, correct: 1 },
    ];
    const counts = await recountReviewDays(db, learner.id);
    expect(counts.map(({ day, kind, reviews, correct }) => ({ day, kind, reviews, correct }))).toEqual(expected);
    expect(await storedReviewDays(learner.id)).toEqual(counts);

    // Tokyo: 08:30 and 09:30 UTC on the 20th are one evening there; 15:00 UTC is past midnight but before 4 a.m.
    await updateLearnerSettings(learner.id, { desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "Asia/Tokyo" });
    const progress = await getLearnerProgress(learner.id, new Date("2026-11-24T10:00:00Z"));
    expect(progress.totalReviews).toBe(5);
    const tokyo = await recountReviewDays(db, learner.id);
    expect(tokyo.map((d) => [d.day, d.reviews])).toEqual([
      ["2026-11-20", 2],
      ["2026-11-21", 1],
      ["2026-11-22", 1],
      ["2026-11-23", 1],
    ]);
    expect(await storedReviewDays(learner.id)).toEqual(tokyo);
    expect(progress.heatmap.slice(-5).map((d) => d.reviews)).toEqual([2, 1, 1, 1, 0]);

    // and answers after the change are counted in the new zone
    await answer(learner.id, choiceItemId, "24%", new Date("2026-11-24T10:00:00Z"));
    expect(await storedReviewDays(learner.id)).toEqual(await recountReviewDays(db, learner.id));
  });

  it("are backfilled by the migration as the app would count them", async () => {
    const db = getDb();
    const utc = await createLearner("backfill-utc");
    const paris = await createLearner("backfill-paris");
    await db.user.update({ where: { id: paris.id }, data: { timeZone: "Europe/Paris" } });
    for (const learner of [utc, paris]) {
      await answer(learner.id, choiceItemId, "24%", new Date("2026-10-25T02:30:00Z"));
      const undone = await answer(learner.id, choiceItemId, "12%", new Date("2026-10-25T03:30:00Z"));
      await undoAnswer(learner.id, { clientId: clientId(), reviewClientId: undone.reviewClientId }, new Date("2026-10-25T03:31:00Z"));
      await answer(learner.id, typedItemId, "$4m", new Date("2026-10-26T12:00:00Z"));
    }
    const before = { utc: await storedReviewDays(utc.id), paris: await storedReviewDays(paris.id) };
    expect(before.utc.map((d) => d.day)).toEqual(["2026-10-24", "2026-10-26"]);

    // Replay the migrations' backfills over an emptied table, as on an existing database: the first counts answers
    // per day and kind, the second (retention sums) marks every learner with answers for a recount by the app.
    const provider = process.env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite";
    const dir = path.join("prisma", provider, "migrations");
    const backfillOf = (suffix: string, from: string) => {
      const migration = readdirSync(dir).find((name) => name.endsWith(suffix));
      const sql = readFileSync(path.join(dir, migration!, "migration.sql"), "utf8");
      return sql.slice(sql.indexOf(from)).split(/;\s*\n/).map((s) => s.replace(/^\s*--.*$/gm, "").trim()).filter(Boolean);
    };
    const counts = backfillOf("_review_days", 'INSERT INTO "ReviewDay"');
    const retention = backfillOf("_review_day_retention", 'UPDATE "User"');
    expect([counts.length, retention.length]).toEqual([2, 1]);
    await db.$transaction(async (tx) => {
      await tx.reviewDay.deleteMany({});
      await tx.user.updateMany({ data: { reviewDaysStale: false } });
      for (const statement of counts) await tx.$executeRawUnsafe(statement);
    });
    const countsOnly = (days: Awaited<ReturnType<typeof storedReviewDays>>) => days.map(({ day, kind, reviews, correct }) => ({ day, kind, reviews, correct }));
    expect(countsOnly(await storedReviewDays(utc.id))).toEqual(countsOnly(before.utc));
    const { reviewDaysStale } = await db.user.findUniqueOrThrow({ where: { id: paris.id }, select: { reviewDaysStale: true } });
    // SQLite cannot convert to Paris time: that learner is recounted by the app on the next read
    expect(reviewDaysStale).toBe(provider === "sqlite");

    for (const statement of retention) await db.$executeRawUnsafe(statement);
    const users = await db.user.findMany({ where: { reviews: { some: {} } }, select: { id: true, reviewDaysStale: true } });
    expect(users.every((u) => u.reviewDaysStale)).toBe(true);
    await getLearnerProgress(paris.id, new Date("2026-10-27T10:00:00Z"));
    await getLearnerProgress(utc.id, new Date("2026-10-27T10:00:00Z"));
    expect(await storedReviewDays(paris.id)).toEqual(before.paris);
    expect(await storedReviewDays(utc.id)).toEqual(before.utc);
    // every other learner the earlier tests left is counted right too, once read
    for (const { id } of users) {
      await ensureReviewDays(db, id);
      expect(await storedReviewDays(id)).toEqual(await recountReviewDays(db, id));
    }
  });
});
