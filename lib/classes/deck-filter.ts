import { z } from "zod";
import { FACT_KINDS, ITEM_TYPES } from "./fact-kinds";

export { FACT_KIND_LABELS, FACT_KINDS, ITEM_TYPE_LABELS, ITEM_TYPES, type FactKind, type ItemType } from "./fact-kinds";

/**
 * What a deck is built from: the items of these articles whose kind and type are among those chosen; by default only
 * their core items (whose fact is likely worth learning: lib/generate/item-tier.ts), with `more` every item. A stored
 * filter written before `more` existed reads as core only.
 */
export const DeckFilterSchema = z.object({
  articleIds: z.array(z.string().min(1).max(64)).min(1, "Pick at least one article.").max(100),
  kinds: z.array(z.enum(FACT_KINDS)).min(1, "Pick at least one kind of fact.").max(FACT_KINDS.length),
  types: z.array(z.enum(ITEM_TYPES)).min(1, "Pick at least one question type.").max(ITEM_TYPES.length),
  more: z.boolean().default(false),
});
export type DeckFilter = z.infer<typeof DeckFilterSchema>;

/** A deck's stored filter, or null for a deck without one (or one that cannot be read). */
export function parseStoredDeckFilter(json: string): DeckFilter | null {
  try {
    const parsed = DeckFilterSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** An item's worth and the cut-off for core (CORE_FROM of lib/generate/item-tier.ts, passed in by the server). */
export interface DeckItemTier {
  worth: number;
}

export function matchesDeckFilter(filter: DeckFilter, item: { articleId: string; kind: string; type: string } & DeckItemTier, coreFrom: number): boolean {
  return (
    filter.articleIds.includes(item.articleId) &&
    (filter.kinds as readonly string[]).includes(item.kind) &&
    (filter.types as readonly string[]).includes(item.type) &&
    (filter.more || item.worth >= coreFrom)
  );
}

/**
 * Decks follow their articles: an item created by a re-import joins, at the end, every deck whose
 * filter it matches, so a deck does not lose a fact because its sentence was reworded. A "more question" joins only
 * a deck built with them (coreFrom: see matchesDeckFilter).
 */
export function planDeckAdditions(
  decks: { id: string; filter: string; nextPosition: number }[],
  created: ({ id: string; articleId: string; kind: string; type: string } & DeckItemTier)[],
  coreFrom: number,
): { deckId: string; itemId: string; position: number }[] {
  const additions: { deckId: string; itemId: string; position: number }[] = [];
  for (const deck of decks) {
    const filter = parseStoredDeckFilter(deck.filter);
    if (!filter) continue;
    let position = deck.nextPosition;
    for (const item of created) if (matchesDeckFilter(filter, item, coreFrom)) additions.push({ deckId: deck.id, itemId: item.id, position: position++ });
  }
  return additions;
}
