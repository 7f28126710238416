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
