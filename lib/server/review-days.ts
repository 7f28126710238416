import "server-only";
import { countReviewDays, isCountedCorrect, type ReviewDayCount } from "@/lib/progress/count-review-days";
import { isRating } from "@/lib/srs/rating";
import { studyDayKey } from "@/lib/srs/study-day";
import type { Db, Tx } from "./db";

/** One answer's change to its study day's counts: +1 when it is recorded, -1 when it is undone. */
export type ReviewDayChange = {
  userId: string;
  /** the learner's time zone now: the stored days are all counted in it */
  timeZone: string;
  reviewedAt: Date;
  kind: string;
  rating: number;
  correct: boolean | null;
  change: 1 | -1;
};

/**
 * Adds one answer to (or, undone, takes it from) the learner's ReviewDay row, in the transaction that writes the
 * log row: a single upsert, so the answer path pays one statement for progress that never reads the log.
 */
export async function recordDailyAggregate(tx: Tx, answer: ReviewDayChange): Promise<void> {
  const day = studyDayKey(answer.reviewedAt, answer.timeZone);
  const correct = isCountedCorrect(answer) ? answer.change : 0;
  // Raw, so it is one INSERT ... ON CONFLICT on both databases, whatever the client would make of an upsert.
  await tx.$executeRaw`INSERT INTO "ReviewDay" ("userId", "day", "kind", "reviews", "correct")
    VALUES (${answer.userId}, ${day}, ${answer.kind}, ${answer.change}, ${correct})
    ON CONFLICT ("userId", "day", "kind") DO UPDATE
    SET "reviews" = "ReviewDay"."reviews" + excluded."reviews", "correct" = "ReviewDay"."correct" + excluded."correct"`;
}

/** This learner's whole log, the columns a recount reads. */
async function readLogForCount(db: Db | Tx, userId: string): Promise<Parameters<typeof countReviewDays>[0]> {
  const rows = await db.reviewLog.findMany({
    where: { userId },
    select: { id: true, event: true, undoesId: true, reviewedAt: true, rating: true, correct: true, item: { select: { kind: true } } },
  });
  return rows.flatMap((row): Parameters<typeof countReviewDays>[0][number][] => {
    if (row.event === "review" && isRating(row.rating)) return [{ ...row, event: "review", rating: row.rating, undoesId: null, kind: row.item.kind }];
    if (row.event === "undo" && row.undoesId) return [{ ...row, event: "undo", rating: 0, kind: row.item.kind }];
    return [];
  });
}

/** The counts a recount of the learner's log gives now, in their current time zone: what ReviewDay must hold. */
export async function recountReviewDays(db: Db | Tx, userId: string): Promise<ReviewDayCount[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  return countReviewDays(await readLogForCount(db, userId), user.timeZone);
}

const REBUILD_ATTEMPTS = 3;

/**
 * Replaces the learner's ReviewDay rows with a recount of their log and clears the stale mark. Reads the whole
 * log, so it runs only when the rows cannot be kept by upserts: after a time zone change and for learners the
 * migration could not count. Serializable, so an answer committed meanwhile makes it fail and retry rather than
 * be lost or counted twice.
 */
export async function rebuildReviewDays(db: Db, userId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.$transaction(
        async (tx) => {
          const counts = await recountReviewDays(tx, userId);
          await tx.reviewDay.deleteMany({ where: { userId } });
          if (counts.length > 0) await tx.reviewDay.createMany({ data: counts.map((c) => ({ userId, ...c })) });
          await tx.user.update({ where: { id: userId }, data: { reviewDaysStale: false }, select: { id: true } });
        },
        { isolationLevel: "Serializable", timeout: 60_000 },
      );
      return;
    } catch (error) {
      if (attempt >= REBUILD_ATTEMPTS) throw error;
    }
  }
}

/** Rebuilds the learner's rows first if they are marked stale; a no-op read otherwise. */
export async function ensureReviewDays(db: Db, userId: string, stale?: boolean): Promise<void> {
  const isStale = stale ?? (await db.user.findUnique({ where: { id: userId }, select: { reviewDaysStale: true } }))?.reviewDaysStale ?? false;
  if (isStale) await rebuildReviewDays(db, userId);
}

/** Answers in force, all time, from the stored counts (ensure they are fresh first). */
export async function countStoredReviews(db: Db, userId: string): Promise<number> {
  const total = await db.reviewDay.aggregate({ where: { userId }, _sum: { reviews: true } });
  return total._sum.reviews ?? 0;
}

// The reads below are raw: the same SQL on both databases, summed by the database, and far cheaper than the client's
// groupBy (measured 66 ms against 4 ms for a year of days). SUMs are cast, PostgreSQL returning them as bigint.

/** Answers in force and right answers per fact kind, all time. */
export async function getKindTotals(db: Db, userId: string): Promise<{ kind: string; attempts: number; correct: number }[]> {
  const rows = await db.$queryRaw<{ kind: string; attempts: number | bigint; correct: number | bigint }[]>`
    SELECT "kind", CAST(SUM("reviews") AS INTEGER) AS "attempts", CAST(SUM("correct") AS INTEGER) AS "correct"
    FROM "ReviewDay" WHERE "userId" = ${userId} GROUP BY "kind"`;
  return rows.map((r) => ({ kind: r.kind, attempts: Number(r.attempts), correct: Number(r.correct) }));
}

/** Answers in force per study day from `from` to `to` (inclusive keys), days without any left out. */
export async function getDayTotals(db: Db, userId: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ day: string; reviews: number | bigint }[]>`
    SELECT "day", CAST(SUM("reviews") AS INTEGER) AS "reviews"
    FROM "ReviewDay" WHERE "userId" = ${userId} AND "day" >= ${from} AND "day" <= ${to} GROUP BY "day"`;
  return new Map(rows.map((r) => [r.day, Number(r.reviews)] as const).filter(([, n]) => n > 0));
}

/** The study days before `before` with at least one answer in force. */
export async function getStudiedDaysBefore(db: Db, userId: string, before: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ day: string }[]>`
    SELECT "day" FROM "ReviewDay" WHERE "userId" = ${userId} AND "day" < ${before} GROUP BY "day" HAVING SUM("reviews") > 0`;
  return rows.map((r) => r.day);
}
