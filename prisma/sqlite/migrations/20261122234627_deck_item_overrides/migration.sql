-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "deckId" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DeckItem" (
    "deckId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "overrides" TEXT,
    "suspended" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("deckId", "itemId"),
    CONSTRAINT "DeckItem_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeckItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Instructors' edits and suspensions move from the shared item to each deck that holds it.
INSERT INTO "new_DeckItem" ("deckId", "itemId", "position", "overrides", "suspended") SELECT d."deckId", d."itemId", d."position", i."overrides", CASE WHEN i."status" = 'suspended' THEN 1 ELSE 0 END FROM "DeckItem" d JOIN "Item" i ON i."id" = d."itemId";
DROP TABLE "DeckItem";
ALTER TABLE "new_DeckItem" RENAME TO "DeckItem";
CREATE INDEX "DeckItem_itemId_idx" ON "DeckItem"("itemId");
CREATE TABLE "new_Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "choices" TEXT NOT NULL DEFAULT '[]',
    "accepted" TEXT NOT NULL DEFAULT '[]',
    "sourceSentence" TEXT NOT NULL,
    "difficulty" REAL NOT NULL DEFAULT 0.5,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Item_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Item" ("accepted", "answer", "articleId", "choices", "createdAt", "difficulty", "id", "key", "kind", "prompt", "sourceSentence", "status", "type", "updatedAt") SELECT "accepted", "answer", "articleId", "choices", "createdAt", "difficulty", "id", "key", "kind", "prompt", "sourceSentence", CASE WHEN "status" = 'suspended' THEN 'active' ELSE "status" END, "type", "updatedAt" FROM "Item";
DROP TABLE "Item";
ALTER TABLE "new_Item" RENAME TO "Item";
CREATE UNIQUE INDEX "Item_key_key" ON "Item"("key");
CREATE INDEX "Item_articleId_idx" ON "Item"("articleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
