import "server-only";
import { z } from "zod";
import { parseStoredDeckFilter } from "@/lib/classes/deck-filter";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { findConflictingPrompts } from "@/lib/generate/find-conflicting-prompts";
import { getDb, type Db } from "./db";
import { DeckIdSchema, visibleArticles } from "./decks";
import { isUniqueViolation, NotFoundError, UserFacingError } from "./errors";

/**
 * "More questions": generated items whose fact the worth model finds less likely worth learning (below CORE_FROM).
 * A deck built from articles holds only their core items unless asked otherwise; its owner sees the rest here and
 * adds any of them, one at a time or all of an article's at once. Learners see only what the deck holds.
 */
export const AddMoreQuestionSchema = DeckIdSchema.extend({ itemId: z.string().min(1).max(64) });
export const AddArticleMoreQuestionsSchema = DeckIdSchema.extend({ articleId: z.string().min(1).max(64) });

export interface MoreQuestion {
  itemId: string;
  type: string;
  prompt: string;
  answer: string;
}

export interface ArticleMoreQuestions {
  articleId: string;
  articleTitle: string;
  items: MoreQuestion[];
}

/** Enough for a deck with dozens of articles; the rest show once some are added. */
const LIST_LIMIT = 500;

/** The deck filter's articles' more questions, of its kinds and types, that the deck does not hold; by article. */
export async function listMoreQuestions(instructorId: string, deckId: string, db: Db = getDb()): Promise<ArticleMoreQuestions[]> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ownerId: instructorId, personal: false }, select: { filter: true } });
  if (!deck) throw new NotFoundError("That deck");
  const filter = parseStoredDeckFilter(deck.filter);
  if (!filter) return [];
  const rows = await db.item.findMany({
    where: {
      status: "active",
      articleId: { in: filter.articleIds },
      kind: { in: filter.kinds },
      type: { in: filter.types },
      worth: { lt: CORE_FROM },
      deckItems: { none: { deckId } },
      article: visibleArticles(instructorId),
    },
    orderBy: [{ article: { publishedAt: { sort: "asc", nulls: "last" } } }, { articleId: "asc" }, { worth: "desc" }, { key: "asc" }],
    take: LIST_LIMIT,
    select: { id: true, type: true, prompt: true, answer: true, articleId: true, article: { select: { title: true } } },
  });
  const groups = new Map<string, ArticleMoreQuestions>();
  for (const row of rows) {
    const group = groups.get(row.articleId) ?? { articleId: row.articleId, articleTitle: row.article.title, items: [] };
    group.items.push({ itemId: row.id, type: row.type, prompt: row.prompt, answer: row.answer });
    groups.set(row.articleId, group);
  }
  return [...groups.values()];
}

/**
 * Adds items to the end of the instructor's own deck: one item, or every more question of one of the deck's articles
 * (of its kinds and types) that it does not hold. Only active items of articles the instructor may use; an item asking
 * what the deck already asks with another answer stays out (as when a deck is built).
 */
async function addItems(instructorId: string, deckId: string, pick: { itemId: string } | { articleId: string }, db: Db): Promise<{ added: number; withheld: number }> {
  // Two clicks at once: the second finds the first's rows only at its write. What it meant is done.
  return writeItems(instructorId, deckId, pick, db).catch((error: unknown) => {
    if (isUniqueViolation(error)) return { added: 0, withheld: 0 };
    throw error;
  });
}

async function writeItems(instructorId: string, deckId: string, pick: { itemId: string } | { articleId: string }, db: Db): Promise<{ added: number; withheld: number }> {
  return db.$transaction(async (tx) => {
    const deck = await tx.deck.findFirst({
      where: { id: deckId, ownerId: instructorId, personal: false },
      select: { filter: true, items: { orderBy: { position: "desc" }, take: 1, select: { position: true } } },
    });
    if (!deck) throw new NotFoundError("That deck");
    const filter = parseStoredDeckFilter(deck.filter);
    const where =
      "itemId" in pick
        ? { id: pick.itemId }
        : { articleId: pick.articleId, worth: { lt: CORE_FROM }, ...(filter ? { kind: { in: filter.kinds }, type: { in: filter.types } } : {}) };
    const incoming = await tx.item.findMany({
      where: { ...where, status: "active", deckItems: { none: { deckId } }, article: visibleArticles(instructorId) },
      orderBy: [{ worth: "desc" }, { key: "asc" }],
      select: { id: true, type: true, prompt: true, answer: true },
    });
    if ("itemId" in pick && incoming.length === 0) {
      // Already in the deck (a double click) is no error; gone or not the instructor's to use is "not found".
      const held = await tx.deckItem.count({ where: { deckId, itemId: pick.itemId } });
      if (held > 0) return { added: 0, withheld: 0 };
      throw new NotFoundError("That question");
    }
    const asked = await tx.deckItem.findMany({ where: { deckId, item: { status: "active" } }, select: { item: { select: { id: true, type: true, prompt: true, answer: true } } } });
    const conflicting = findConflictingPrompts([...asked.map((row) => row.item), ...incoming]);
    const kept = incoming.filter((item) => !conflicting.has(item.id));
    if ("itemId" in pick && kept.length === 0) throw new UserFacingError("This deck already asks that question with another answer, so it was not added.");
    const next = (deck.items[0]?.position ?? -1) + 1;
    if (kept.length > 0) await tx.deckItem.createMany({ data: kept.map((item, i) => ({ deckId, itemId: item.id, position: next + i })) });
    return { added: kept.length, withheld: incoming.length - kept.length };
  });
}

export async function addMoreQuestion(instructorId: string, input: z.infer<typeof AddMoreQuestionSchema>, db: Db = getDb()) {
  return addItems(instructorId, input.deckId, { itemId: input.itemId }, db);
}

export async function addArticleMoreQuestions(instructorId: string, input: z.infer<typeof AddArticleMoreQuestionsSchema>, db: Db = getDb()) {
  return addItems(instructorId, input.deckId, { articleId: input.articleId }, db);
}
