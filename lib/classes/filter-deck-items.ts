import { z } from "zod";
import { foldText } from "@/lib/grade/normalize-answer";
import { ITEM_TYPES } from "./fact-kinds";
import { HAND_WRITTEN_KINDS } from "./hand-written-item";
import { paginate } from "./paginate";

export const DECK_ITEMS_PER_PAGE = 25;

/** A deck page's search and filters, read from its URL; anything unreadable falls back to "all", page 1. */
export const DeckItemQuerySchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  kind: z.enum(["", ...HAND_WRITTEN_KINDS]).catch("").default(""),
  type: z.enum(["", ...ITEM_TYPES]).catch("").default(""),
  status: z.enum(["", "active", "suspended", "edited"]).catch("").default(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type DeckItemQuery = z.infer<typeof DeckItemQuerySchema>;

interface FilterableItem {
  prompt: string;
  answer: string;
  choices: string[];
  sourceSentence: string;
  articleTitle: string;
  kind: string;
  type: string;
  status: string;
  edited: boolean;
}

/** One page of the items matching the query, and how many match in all; a page past the end shows the last one. */
export function filterDeckItems<T extends FilterableItem>(items: readonly T[], query: DeckItemQuery, perPage = DECK_ITEMS_PER_PAGE): { items: T[]; total: number; page: number; pages: number } {
  const words = foldText(query.q).split(/\s+/).filter(Boolean);
  const matching = items.filter((item) => {
    if (query.kind && item.kind !== query.kind) return false;
    if (query.type && item.type !== query.type) return false;
    if (query.status === "edited" ? !item.edited : query.status && item.status !== query.status) return false;
    if (words.length === 0) return true;
    const text = foldText([item.prompt, item.answer, ...item.choices, item.sourceSentence, item.articleTitle].join(" "));
    return words.every((w) => text.includes(w));
  });
  return paginate(matching, query.page, perPage);
}
