import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import { ownCardsSlug } from "@/lib/own-cards/own-store";
import type { Db, Tx } from "../db";
import { NotFoundError } from "../errors";

/**
 * The articles of "All content" for one learner, as data: the shared library (no owner) and their own cards, which
 * nobody else ever studies. Instructors' uploads reach learners only through assigned decks. Both forms below are
 * made from this list, so the client's filter and the raw SQL cannot disagree on it.
 */
const libraryArticles = (userId: string): { ownerId: string | null; slug?: string }[] => [{ ownerId: null }, { ownerId: userId, slug: ownCardsSlug(userId) }];

/** "All content" as a filter on Item, for the client's queries (study sessions, counts). */
export const libraryItems = (userId: string) => ({ status: "active", article: { OR: libraryArticles(userId) } });

/** "All content"'s articles as SQL over the alias `a` of "Article" (the item's own status is checked apart). */
export function libraryArticleSql(userId: string): Prisma.Sql {
  const one = ({ ownerId, slug }: { ownerId: string | null; slug?: string }) => {
    const owner = ownerId === null ? Prisma.sql`a."ownerId" IS NULL` : Prisma.sql`a."ownerId" = ${ownerId}`;
    return slug === undefined ? owner : Prisma.sql`(${owner} AND a."slug" = ${slug})`;
  };
  return Prisma.sql`(${Prisma.join(libraryArticles(userId).map(one), " OR ")})`;
}

/**
 * The one rule for which item a learner may study now, as the FROM and WHERE of a query over Item `i`, its Article
 * `a` and, in a deck, the DeckItem `di`: in a deck, the item must be active and not suspended there, and the deck
 * published and assigned to an open class they are a current member of, or be their personal deck; outside a deck,
 * active items of "All content". An item that fails it is "not found", as one that does not exist. The answer path
 * selects the item through it (answerItemSql, in its one read) and every other check counts through it
 * (requireStudiableItem): one form, so a new condition cannot reach one and miss the other.
 */
export function studiableItemFrom(userId: string, itemId: string, deckId: string | null): Prisma.Sql {
  if (!deckId) {
    return Prisma.sql`FROM "Item" i JOIN "Article" a ON a."id" = i."articleId"
      WHERE i."id" = ${itemId} AND i."status" = 'active' AND ${libraryArticleSql(userId)}`;
  }
  return Prisma.sql`FROM "Item" i
    JOIN "Article" a ON a."id" = i."articleId"
    JOIN "DeckItem" di ON di."itemId" = i."id" AND di."deckId" = ${deckId}
    WHERE i."id" = ${itemId} AND i."status" = 'active' AND di."suspended" = false
      AND (EXISTS (
        SELECT 1 FROM "Deck" d
        JOIN "Assignment" s ON s."deckId" = d."id"
        JOIN "Class" c ON c."id" = s."classId"
        JOIN "Membership" m ON m."classId" = c."id"
        WHERE d."id" = di."deckId" AND d."publishedAt" IS NOT NULL AND c."archivedAt" IS NULL
          AND m."userId" = ${userId} AND m."removedAt" IS NULL)
        OR EXISTS (SELECT 1 FROM "Deck" d WHERE d."id" = di."deckId" AND d."ownerId" = ${userId} AND d."personal" = true))`;
}

/** Refuses an item the learner may not study now (see {@link studiableItemFrom}). */
export async function requireStudiableItem(db: Db | Tx, userId: string, itemId: string, deckId: string | null): Promise<void> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 AS "ok" ${studiableItemFrom(userId, itemId, deckId)}`;
  if (rows.length === 0) throw new NotFoundError("That card");
}
