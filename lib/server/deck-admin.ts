import "server-only";
import { z } from "zod";
import { getDb, type Db } from "./db";
import { DeckIdSchema } from "./decks";
import { NotFoundError } from "./errors";
import { retireOrphanedHandWrittenItems } from "./hand-written-items";

export const RenameDeckSchema = DeckIdSchema.extend({
  title: z.string().trim().min(1, "Give the deck a title.").max(120, "Keep the title under 120 characters."),
  description: z.string().trim().max(1000, "Keep the description under 1000 characters.").default(""),
});

/** Renames one of this instructor's decks; learners see the new title at once. */
export async function renameDeck(instructorId: string, input: z.input<typeof RenameDeckSchema>, db: Db = getDb()): Promise<{ id: string; title: string }> {
  const { deckId, title, description } = RenameDeckSchema.parse(input);
  const { count } = await db.deck.updateMany({ where: { id: deckId, ownerId: instructorId }, data: { title, description } });
  if (count === 0) throw new NotFoundError("That deck");
  return { id: deckId, title };
}

/** What deleting a deck does, as the confirmation says it: kept in one place for the page and the tests. */
export const DELETE_DECK_CONSEQUENCES =
  "The deck, its edits and its assignments go for good, and its classes no longer study it. Learners keep their cards and review history. Generated questions stay in your library; questions written for this deck alone are retired.";

/**
 * Deletes one of this instructor's decks with its deck items (edits, suspensions) and assignments. Learners' cards
 * belong to items, not decks, and the review log only names the deck (no relation), so every card and review stays:
 * progress, retention and the learner's data export still count them.
 */
export async function deleteDeck(instructorId: string, deckId: string, db: Db = getDb()): Promise<{ id: string; assignments: number }> {
  return db.$transaction(async (tx) => {
    const deck = await tx.deck.findFirst({
      where: { id: deckId, ownerId: instructorId },
      select: { _count: { select: { assignments: true } }, items: { where: { item: { article: { handWritten: true } } }, select: { itemId: true } } },
    });
    if (!deck) throw new NotFoundError("That deck");
    await tx.deck.deleteMany({ where: { id: deckId, ownerId: instructorId } });
    // Hand-written questions belong to their deck: in no deck now, they retire (their cards and reviews stay).
    await retireOrphanedHandWrittenItems(tx, deck.items.map((i) => i.itemId));
    return { id: deckId, assignments: deck._count.assignments };
  });
}
