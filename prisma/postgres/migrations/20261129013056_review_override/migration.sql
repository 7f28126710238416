-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "overridden" BOOLEAN NOT NULL DEFAULT false;
