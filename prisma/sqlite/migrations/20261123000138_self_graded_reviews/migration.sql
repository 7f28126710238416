-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "event" TEXT NOT NULL DEFAULT 'review',
    "rating" INTEGER NOT NULL,
    "correct" BOOLEAN,
    "selfGraded" BOOLEAN NOT NULL DEFAULT false,
    "response" TEXT,
    "stateBefore" TEXT NOT NULL,
    "stateAfter" TEXT NOT NULL,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "tzOffset" INTEGER NOT NULL DEFAULT 0,
    "reviewedAt" DATETIME NOT NULL,
    "undoesId" TEXT,
    "deckId" TEXT,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("cardId", "clientId", "correct", "deckId", "durationMs", "elapsedDays", "event", "id", "itemId", "rating", "response", "reviewedAt", "scheduledDays", "stateAfter", "stateBefore", "tzOffset", "undoesId", "userId") SELECT "cardId", "clientId", "correct", "deckId", "durationMs", "elapsedDays", "event", "id", "itemId", "rating", "response", "reviewedAt", "scheduledDays", "stateAfter", "stateBefore", "tzOffset", "undoesId", "userId" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");
CREATE INDEX "ReviewLog_cardId_idx" ON "ReviewLog"("cardId");
CREATE UNIQUE INDEX "ReviewLog_userId_clientId_key" ON "ReviewLog"("userId", "clientId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
