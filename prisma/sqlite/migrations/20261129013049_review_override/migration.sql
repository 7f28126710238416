-- AlterTable (added at the end of the table: no copy of the log needed)
ALTER TABLE "ReviewLog" ADD COLUMN "overridden" BOOLEAN NOT NULL DEFAULT false;
