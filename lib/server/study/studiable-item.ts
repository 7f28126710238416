import "server-only";
import { learnerDeck } from "../assignments";
import type { Db, Tx } from "../db";
import { NotFoundError } from "../errors";

/** "All content": the shared library; instructors' own uploads reach learners only through assigned decks. */
export const LIBRARY_ITEMS = { status: "active", article: { ownerId: null } };

/**
 * The one rule for which item a learner may study now, as a filter on Item: in a deck, the deck
 * must be assigned to an open class they are a current member of and still hold the item (not
 * suspended there); outside a deck, only the shared library (articles with no owner). An item that
 * fails it is "not found", as one that does not exist.
 */
export function studiableItem(userId: string, itemId: string, deckId: string | null) {
  return deckId
    ? { id: itemId, status: "active", deckItems: { some: { deckId, suspended: false, deck: learnerDeck(userId, deckId) } } }
    : { id: itemId, ...LIBRARY_ITEMS };
}

/** Refuses an item the learner may not study now (see {@link studiableItem}). */
export async function requireStudiableItem(db: Db | Tx, userId: string, itemId: string, deckId: string | null): Promise<void> {
  if ((await db.item.count({ where: studiableItem(userId, itemId, deckId) })) === 0) throw new NotFoundError("That card");
}
