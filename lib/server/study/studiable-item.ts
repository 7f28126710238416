import "server-only";
import { ownCardsSlug } from "@/lib/own-cards/own-store";
import { learnerDeck } from "../assignments";
import type { Db, Tx } from "../db";
import { NotFoundError } from "../errors";

/**
 * "All content" for one learner: the shared library (articles with no owner) and their own cards, which nobody else
 * ever studies. Instructors' uploads reach learners only through assigned decks.
 */
export const libraryItems = (userId: string) => ({ status: "active", article: { OR: [{ ownerId: null }, { ownerId: userId, slug: ownCardsSlug(userId) }] } });

/**
 * The one rule for which item a learner may study now, as a filter on Item: in a deck, the deck
 * must be assigned to an open class they are a current member of and still hold the item (not
 * suspended there), or be their personal deck; outside a deck, the shared library and their own cards. An item that
 * fails it is "not found", as one that does not exist.
 */
export function studiableItem(userId: string, itemId: string, deckId: string | null) {
  return deckId
    ? { id: itemId, status: "active", deckItems: { some: { deckId, suspended: false, deck: learnerDeck(userId, deckId) } } }
    : { id: itemId, ...libraryItems(userId) };
}

/** Refuses an item the learner may not study now (see {@link studiableItem}). */
export async function requireStudiableItem(db: Db | Tx, userId: string, itemId: string, deckId: string | null): Promise<void> {
  if ((await db.item.count({ where: studiableItem(userId, itemId, deckId) })) === 0) throw new NotFoundError("That card");
}
