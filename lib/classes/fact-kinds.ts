// The kinds of fact and question types a deck can be built from, with their labels: plain constants, so the deck
// forms can show them without bundling the schema library deck-filter.ts is written in.
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

/** Labels for every kind an item may have: the generated kinds and "other" (hand-written questions). */
export const ITEM_KIND_LABELS: Record<string, string> = { ...FACT_KIND_LABELS, other: "Other" };
