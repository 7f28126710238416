-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "selfGraded" BOOLEAN NOT NULL DEFAULT false;
