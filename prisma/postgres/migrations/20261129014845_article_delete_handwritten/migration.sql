-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "handWritten" BOOLEAN NOT NULL DEFAULT false;
