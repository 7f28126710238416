import { State, type CardState } from "@/lib/srs/card-state";

/** An item is mastered when its card is in review with a stability of at least this many days. */
export const MASTERY_STABILITY_DAYS = 21;

export type DeckMastery = { deckId: string; items: number; mastered: number; share: number };

export function isMastered(card: Pick<CardState, "stability" | "state">): boolean {
  return card.state === State.Review && card.stability >= MASTERY_STABILITY_DAYS;
}

/**
 * Per deck, the share of its items the learner has mastered: the card is in review (not mid-lapse) and FSRS
 * expects it to stay above 90 % recall for at least three weeks (stability >= 21 days, Anki's "mature" line).
 * Items never studied count as not mastered; an empty deck has share 0.
 */
export function computeMastery(
  cards: readonly (Pick<CardState, "stability" | "state"> & { itemId: string })[],
  itemIdsByDeck: Readonly<Record<string, readonly string[]>>,
): DeckMastery[] {
  const masteredItems = new Set(cards.filter(isMastered).map((c) => c.itemId));
  return Object.entries(itemIdsByDeck).map(([deckId, itemIds]) => {
    const unique = new Set(itemIds);
    let mastered = 0;
    for (const id of unique) if (masteredItems.has(id)) mastered += 1;
    return { deckId, items: unique.size, mastered, share: unique.size === 0 ? 0 : mastered / unique.size };
  });
}
