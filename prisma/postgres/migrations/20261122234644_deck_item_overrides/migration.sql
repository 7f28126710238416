-- AlterTable
ALTER TABLE "DeckItem" ADD COLUMN     "overrides" TEXT,
ADD COLUMN     "suspended" BOOLEAN NOT NULL DEFAULT false;

-- Instructors' edits and suspensions move from the shared item to each deck that holds it.
UPDATE "DeckItem" AS d SET "overrides" = i."overrides", "suspended" = (i."status" = 'suspended')
FROM "Item" AS i WHERE i."id" = d."itemId" AND (i."overrides" IS NOT NULL OR i."status" = 'suspended');
UPDATE "Item" SET "status" = 'active' WHERE "status" = 'suspended';

-- AlterTable
ALTER TABLE "Item" DROP COLUMN "overrides";

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "deckId" TEXT;
