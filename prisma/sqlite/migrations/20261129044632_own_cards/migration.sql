-- Additive column (Prisma would redefine the table; column order does not matter).
ALTER TABLE "Deck" ADD COLUMN "personal" BOOLEAN NOT NULL DEFAULT false;
