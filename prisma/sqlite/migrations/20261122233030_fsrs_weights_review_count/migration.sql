-- AlterTable
ALTER TABLE "User" ADD COLUMN "fsrsWeightsReviewCount" INTEGER;
