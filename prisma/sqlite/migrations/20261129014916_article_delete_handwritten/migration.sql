-- Additive columns (Prisma would redefine the table because they sit before createdAt; column order does not matter).
ALTER TABLE "Article" ADD COLUMN "deletedAt" DATETIME;
ALTER TABLE "Article" ADD COLUMN "handWritten" BOOLEAN NOT NULL DEFAULT false;
