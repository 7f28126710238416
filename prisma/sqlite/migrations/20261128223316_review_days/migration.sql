-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("userId", "day", "kind"),
    CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (plain ADD COLUMNs: no need to rebuild the User table)
ALTER TABLE "User" ADD COLUMN "fsrsFitAttemptedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "fsrsFitAttemptReviewCount" INTEGER;
ALTER TABLE "User" ADD COLUMN "reviewDaysStale" BOOLEAN NOT NULL DEFAULT false;

-- Backfill the per-day counts from the log: answers not undone, per study day (4 a.m. to 4 a.m.) and the item's
-- kind, right when graded right or, ungraded, not rated Again. SQLite knows no time zones, so only learners in UTC
-- are counted here (dates are ISO text, or milliseconds as an older adapter wrote them), the others are marked
-- stale and recounted by the app (lib/server/review-days.ts) before their counts are first read.
INSERT INTO "ReviewDay" ("userId", "day", "kind", "reviews", "correct")
SELECT r."userId",
       date(CASE WHEN typeof(r."reviewedAt") IN ('integer', 'real') THEN datetime(r."reviewedAt" / 1000, 'unixepoch') ELSE r."reviewedAt" END, '-4 hours'),
       i."kind",
       count(*),
       sum(CASE WHEN coalesce(r."correct", r."rating" > 1) THEN 1 ELSE 0 END)
FROM "ReviewLog" r
JOIN "User" u ON u."id" = r."userId"
JOIN "Item" i ON i."id" = r."itemId"
WHERE u."timeZone" = 'UTC' AND r."event" = 'review' AND r."rating" BETWEEN 1 AND 4
  AND NOT EXISTS (SELECT 1 FROM "ReviewLog" x WHERE x."undoesId" = r."id" AND x."event" = 'undo')
GROUP BY 1, 2, 3;

-- Outside UTC, or with an undo of an undo (which the app follows down the chain): recounted by the app.
UPDATE "User" SET "reviewDaysStale" = true
WHERE ("timeZone" <> 'UTC' AND EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."userId" = "User"."id"))
   OR EXISTS (SELECT 1 FROM "ReviewLog" u JOIN "ReviewLog" t ON t."id" = u."undoesId" WHERE u."userId" = "User"."id" AND u."event" = 'undo' AND t."event" = 'undo');
