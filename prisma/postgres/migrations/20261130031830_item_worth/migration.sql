-- AlterTable. Items stored before generation kept their fact's worth count as core (1): a deck built from them holds
-- what it held before.
ALTER TABLE "Item" ADD COLUMN     "worth" DOUBLE PRECISION NOT NULL DEFAULT 1;
