import { z } from "zod";

export const FACT_KINDS = ["percent", "money", "count", "ordinal", "date", "duration", "person", "organisation", "place"] as const;
export const ITEM_TYPES = ["choice", "cloze", "typed", "truefalse"] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export type ItemType = (typeof ITEM_TYPES)[number];

export const FACT_KIND_LABELS: Record<FactKind, string> = {
  percent: "Percentages",
  money: "Money",
  count: "Counts",
  ordinal: "Rankings",
  date: "Dates",
  duration: "Durations",
  person: "People",
  organisation: "Organisations",
  place: "Places",
};

export const ITEM_TYPE_LABELS: Record<ItemType, string> = {
  choice: "Multiple choice",
  cloze: "Fill the gap",
  typed: "Typed answer",
  truefalse: "True or false",
};

/** What a deck is built from: the items of these articles whose kind and type are among those chosen. */
export const DeckFilterSchema = z.object({
  articleIds: z.array(z.string().min(1).max(64)).min(1, "Pick at least one article.").max(100),
  kinds: z.array(z.enum(FACT_KINDS)).min(1, "Pick at least one kind of fact.").max(FACT_KINDS.length),
  types: z.array(z.enum(ITEM_TYPES)).min(1, "Pick at least one question type.").max(ITEM_TYPES.length),
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

export function matchesDeckFilter(filter: DeckFilter, item: { articleId: string; kind: string; type: string }): boolean {
  return (
    filter.articleIds.includes(item.articleId) &&
    (filter.kinds as readonly string[]).includes(item.kind) &&
    (filter.types as readonly string[]).includes(item.type)
  );
}

/**
 * Decks follow their articles: an item created by a re-import joins, at the end, every deck whose
 * filter it matches, so a deck does not lose a fact because its sentence was reworded.
 */
export function planDeckAdditions(
  decks: { id: string; filter: string; nextPosition: number }[],
  created: { id: string; articleId: string; kind: string; type: string }[],
): { deckId: string; itemId: string; position: number }[] {
  const additions: { deckId: string; itemId: string; position: number }[] = [];
  for (const deck of decks) {
    const filter = parseStoredDeckFilter(deck.filter);
    if (!filter) continue;
    let position = deck.nextPosition;
    for (const item of created) if (matchesDeckFilter(filter, item)) additions.push({ deckId: deck.id, itemId: item.id, position: position++ });
  }
  return additions;
}
