-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "personal" BOOLEAN NOT NULL DEFAULT false;
