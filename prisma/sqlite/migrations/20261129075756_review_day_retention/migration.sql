-- AlterTable (plain ADD COLUMNs: no need to rebuild the ReviewDay table)
ALTER TABLE "ReviewDay" ADD COLUMN "retentionReviews" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ReviewDay" ADD COLUMN "retentionPassed" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ReviewDay" ADD COLUMN "expectedRecall" INTEGER NOT NULL DEFAULT 0;

-- Backfill: the new sums need each answer's card state before it (a JSON snapshot) and FSRS's recall under the
-- learner's weights, which only the app computes: every learner with answers is recounted by it
-- (lib/server/review-days.ts) before their counts are next read.
UPDATE "User" SET "reviewDaysStale" = true WHERE EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."userId" = "User"."id");
