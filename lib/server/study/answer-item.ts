import "server-only";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { ownCardsSlug } from "@/lib/own-cards/own-store";
import type { Db, Tx } from "../db";

/** What grading an answer and its feedback need of the item, in the wording it is graded in. */
export type AnswerItem = {
  id: string;
  type: string;
  kind: string;
  prompt: string;
  answer: string;
  accepted: string;
  choices: string;
  sourceSentence: string;
  article: { slug: string; title: string };
};

type ItemRow = Omit<AnswerItem, "article"> & { slug: string; title: string; overrides: string | null };

/**
 * The item a learner answers, or null when they may not study it now. Raw, because every answer pays for it and the
 * client would compile it anew each time: the conditions are {@link studiableItem}'s, written out in SQL (a deck's
 * item must be active and not suspended there, and the deck published and assigned to an open class the learner is a
 * current member of, or be the learner's personal deck; outside a deck only active items of the shared library and
 * of the learner's own cards), and tests/integration/study-access holds the two to the same cases.
 */
export async function getAnswerItem(db: Db | Tx, userId: string, itemId: string, deckId: string | null): Promise<AnswerItem | null> {
  const rows = deckId
    ? await db.$queryRaw<ItemRow[]>`
        SELECT i."id", i."type", i."kind", i."prompt", i."answer", i."accepted", i."choices", i."sourceSentence",
          a."slug", a."title", di."overrides"
        FROM "Item" i
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
            OR EXISTS (SELECT 1 FROM "Deck" d WHERE d."id" = di."deckId" AND d."ownerId" = ${userId} AND d."personal" = true))`
    : await db.$queryRaw<ItemRow[]>`
        SELECT i."id", i."type", i."kind", i."prompt", i."answer", i."accepted", i."choices", i."sourceSentence",
          a."slug", a."title", NULL AS "overrides"
        FROM "Item" i JOIN "Article" a ON a."id" = i."articleId"
        WHERE i."id" = ${itemId} AND i."status" = 'active'
          AND (a."ownerId" IS NULL OR (a."ownerId" = ${userId} AND a."slug" = ${ownCardsSlug(userId)}))`;
  const row = rows[0];
  if (!row) return null;
  const { slug, title, overrides, ...item } = row;
  return applyItemOverrides({ ...item, article: { slug, title } }, overrides);
}
