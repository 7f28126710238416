import "server-only";
import { learnerAssignments } from "../assignments";
import type { Db, Tx } from "../db";
import { ACTIVE_DECK_ITEM } from "../decks";
import { NotFoundError } from "../errors";

/**
 * Refuses an item the learner may not study now: in a deck, the deck must be assigned to an open
 * class they are a current member of and still hold the item; outside a deck, only the shared
 * library (articles with no owner). Anything else is "not found", as for an item that does not exist.
 */
export async function requireStudiableItem(db: Db | Tx, userId: string, itemId: string, deckId: string | null): Promise<void> {
  const found = deckId
    ? await db.deckItem.count({
        where: { deckId, itemId, ...ACTIVE_DECK_ITEM, deck: { publishedAt: { not: null }, assignments: { some: learnerAssignments(userId) } } },
      })
    : await db.item.count({ where: { id: itemId, status: "active", article: { ownerId: null } } });
  if (found === 0) throw new NotFoundError("That card");
}
