-- CreateTable
CREATE TABLE "ItemFlag" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "deckId" TEXT,
    "reason" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ItemFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ItemFlag_deckId_status_idx" ON "ItemFlag"("deckId", "status");

-- CreateIndex
CREATE INDEX "ItemFlag_userId_updatedAt_idx" ON "ItemFlag"("userId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ItemFlag_userId_itemId_key" ON "ItemFlag"("userId", "itemId");

-- AddForeignKey
ALTER TABLE "ItemFlag" ADD CONSTRAINT "ItemFlag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemFlag" ADD CONSTRAINT "ItemFlag_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemFlag" ADD CONSTRAINT "ItemFlag_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
