-- AlterTable
ALTER TABLE "User" ADD COLUMN     "fsrsFitAttemptReviewCount" INTEGER,
ADD COLUMN     "fsrsFitAttemptedAt" TIMESTAMP(3),
ADD COLUMN     "reviewDaysStale" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewDay_pkey" PRIMARY KEY ("userId","day","kind")
);

-- AddForeignKey
ALTER TABLE "ReviewDay" ADD CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill the per-day counts from the log: answers not undone, per study day (4 a.m. to 4 a.m. in the learner's
-- zone, reviewedAt is stored in UTC) and the item's kind, right when graded right or, ungraded, not rated Again.
-- Only zones PostgreSQL knows are converted here (an unknown name would fail the migration), the rest are marked
-- stale and recounted by the app (lib/server/review-days.ts) before their counts are first read.
INSERT INTO "ReviewDay" ("userId", "day", "kind", "reviews", "correct")
SELECT r."userId",
       to_char(((r."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE u."timeZone") - interval '4 hours', 'YYYY-MM-DD'),
       i."kind",
       count(*),
       count(*) FILTER (WHERE coalesce(r."correct", r."rating" > 1))
FROM "ReviewLog" r
JOIN "User" u ON u."id" = r."userId"
JOIN "Item" i ON i."id" = r."itemId"
WHERE u."timeZone" IN (SELECT "name" FROM pg_timezone_names) AND r."event" = 'review' AND r."rating" BETWEEN 1 AND 4
  AND NOT EXISTS (SELECT 1 FROM "ReviewLog" x WHERE x."undoesId" = r."id" AND x."event" = 'undo')
GROUP BY 1, 2, 3;

-- An unknown zone, or an undo of an undo (which the app follows down the chain): recounted by the app.
UPDATE "User" SET "reviewDaysStale" = true
WHERE ("timeZone" NOT IN (SELECT "name" FROM pg_timezone_names) AND EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."userId" = "User"."id"))
   OR EXISTS (SELECT 1 FROM "ReviewLog" u JOIN "ReviewLog" t ON t."id" = u."undoesId" WHERE u."userId" = "User"."id" AND u."event" = 'undo' AND t."event" = 'undo');
