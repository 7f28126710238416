import "server-only";
import { z } from "zod";
import { DeckFilterSchema, type DeckFilter } from "@/lib/classes/deck-filter";
import { applyItemOverrides, checkEditedItem, diffItemOverrides, parseItemOverrides } from "@/lib/classes/item-overrides";
import { getDb, type Db } from "./db";
import { NotFoundError, UserFacingError } from "./errors";

export const DeckIdSchema = z.object({ deckId: z.string().min(1).max(64) });
export const CreateDeckSchema = DeckFilterSchema.extend({
  title: z.string().trim().min(1, "Give the deck a title.").max(120, "Keep the title under 120 characters."),
  description: z.string().trim().max(1000, "Keep the description under 1000 characters.").default(""),
});
export const DeckItemRefSchema = DeckIdSchema.extend({ itemId: z.string().min(1).max(64) });
export const UpdateDeckItemSchema = DeckItemRefSchema.extend({
  prompt: z.string().trim().min(1, "The question cannot be empty.").max(500, "Keep the question under 500 characters."),
  answer: z.string().trim().min(1, "The answer cannot be empty.").max(200, "Keep the answer under 200 characters."),
  choices: z.array(z.string().max(200, "Keep each choice under 200 characters.")).max(8, "Use at most 8 choices.").default([]),
});
export const SetItemSuspendedSchema = DeckItemRefSchema.extend({ suspended: z.boolean() });

export interface DeckSourceArticle {
  id: string;
  title: string;
  source: string | null;
  mine: boolean;
  activeItems: number;
}

/** An item as the instructor sees it: with edits applied, and the generated text for comparison. */
export interface DeckItemView {
  itemId: string;
  position: number;
  type: string;
  kind: string;
  status: string;
  prompt: string;
  answer: string;
  choices: string[];
  sourceSentence: string;
  articleTitle: string;
  edited: boolean;
  /** only items of the instructor's own articles: shared content is used by everyone */
  editable: boolean;
  generated: { prompt: string; answer: string; choices: string[] };
}

export interface InstructorDeck {
  id: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  filter: DeckFilter | null;
  items: DeckItemView[];
  assignedClasses: { classId: string; className: string; dueAt: Date | null }[];
}

/** Articles an instructor may build decks from: the shared library and their own. */
const visibleArticles = (instructorId: string) => ({ OR: [{ ownerId: null }, { ownerId: instructorId }] });

const ITEM_VIEW_SELECT = {
  id: true,
  type: true,
  kind: true,
  status: true,
  prompt: true,
  answer: true,
  choices: true,
  overrides: true,
  sourceSentence: true,
  article: { select: { title: true, ownerId: true } },
} as const;

type ItemViewRow = {
  id: string;
  type: string;
  kind: string;
  status: string;
  prompt: string;
  answer: string;
  choices: string;
  overrides: string | null;
  sourceSentence: string;
  article: { title: string; ownerId: string | null };
};

function toItemView(row: ItemViewRow, instructorId: string, position: number): DeckItemView {
  const shown = applyItemOverrides(row);
  return {
    itemId: row.id,
    position,
    type: row.type,
    kind: row.kind,
    status: row.status,
    prompt: shown.prompt,
    answer: shown.answer,
    choices: JSON.parse(shown.choices) as string[],
    sourceSentence: row.sourceSentence,
    articleTitle: row.article.title,
    edited: Object.keys(parseItemOverrides(row.overrides)).length > 0,
    editable: row.article.ownerId === instructorId,
    generated: { prompt: row.prompt, answer: row.answer, choices: JSON.parse(row.choices) as string[] },
  };
}

export async function listDeckSourceArticles(instructorId: string, db: Db = getDb()): Promise<DeckSourceArticle[]> {
  const rows = await db.article.findMany({
    where: visibleArticles(instructorId),
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
    select: { id: true, title: true, source: true, ownerId: true, _count: { select: { items: { where: { status: "active" } } } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, source: r.source, mine: r.ownerId === instructorId, activeItems: r._count.items }));
}

async function findMatchingItems(instructorId: string, filter: DeckFilter, db: Db, take?: number) {
  const where = {
    status: "active",
    articleId: { in: filter.articleIds },
    kind: { in: filter.kinds },
    type: { in: filter.types },
    article: visibleArticles(instructorId),
  };
  const [total, rows] = await Promise.all([
    db.item.count({ where }),
    db.item.findMany({ where, orderBy: [{ article: { publishedAt: "asc" } }, { difficulty: "asc" }, { key: "asc" }], take, select: ITEM_VIEW_SELECT }),
  ]);
  return { total, rows };
}

/** The items a deck with this filter would hold: how many, and the first few to look at. */
export async function previewDeckItems(instructorId: string, filter: DeckFilter, db: Db = getDb()): Promise<{ total: number; items: DeckItemView[] }> {
  const { total, rows } = await findMatchingItems(instructorId, DeckFilterSchema.parse(filter), db, 30);
  return { total, items: rows.map((row, i) => toItemView(row, instructorId, i)) };
}

/** A draft deck holding every active item that matches; nothing is visible to learners until it is published and assigned. */
export async function createDeck(instructorId: string, input: z.input<typeof CreateDeckSchema>, db: Db = getDb()): Promise<{ id: string; items: number }> {
  const { title, description, ...filter } = CreateDeckSchema.parse(input);
  const visible = await db.article.count({ where: { id: { in: filter.articleIds }, ...visibleArticles(instructorId) } });
  if (visible !== new Set(filter.articleIds).size) throw new NotFoundError("One of those articles");
  const { rows } = await findMatchingItems(instructorId, filter, db);
  if (rows.length === 0) throw new UserFacingError("No questions match those choices. Pick more articles, kinds of fact or question types.");
  return db.$transaction(async (tx) => {
    const deck = await tx.deck.create({ data: { title, description, ownerId: instructorId, filter: JSON.stringify(filter) }, select: { id: true } });
    await tx.deckItem.createMany({ data: rows.map((row, position) => ({ deckId: deck.id, itemId: row.id, position })) });
    return { id: deck.id, items: rows.length };
  });
}

export async function listInstructorDecks(instructorId: string, db: Db = getDb()) {
  const rows = await db.deck.findMany({
    where: { ownerId: instructorId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      publishedAt: true,
      _count: { select: { items: { where: { item: { status: "active" } } }, assignments: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, activeItems: _count.items, assignments: _count.assignments }));
}

/** The deck if this instructor owns it; anyone else's deck is "not found", like a missing one. */
export async function getInstructorDeck(instructorId: string, deckId: string, db: Db = getDb()): Promise<InstructorDeck> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ownerId: instructorId },
    select: {
      id: true,
      title: true,
      description: true,
      publishedAt: true,
      filter: true,
      items: { orderBy: { position: "asc" }, select: { position: true, item: { select: ITEM_VIEW_SELECT } } },
      assignments: {
        where: { class: { instructorId } },
        orderBy: { createdAt: "asc" },
        select: { dueAt: true, class: { select: { id: true, name: true } } },
      },
    },
  });
  if (!deck) throw new NotFoundError("That deck");
  const filter = DeckFilterSchema.safeParse(safeJson(deck.filter));
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    publishedAt: deck.publishedAt,
    filter: filter.success ? filter.data : null,
    items: deck.items.filter((d) => d.item.status !== "retired").map((d) => toItemView(d.item, instructorId, d.position)),
    assignedClasses: deck.assignments.map((a) => ({ classId: a.class.id, className: a.class.name, dueAt: a.dueAt })),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The item of this instructor's deck, if they may change it. Items of shared articles are used in
 * every instructor's decks and in free study, so only items of the instructor's own articles change.
 */
async function requireEditableDeckItem(instructorId: string, deckId: string, itemId: string, db: Db) {
  const row = await db.deckItem.findFirst({
    where: { deckId, itemId, deck: { ownerId: instructorId } },
    select: { item: { select: { id: true, type: true, prompt: true, answer: true, choices: true, status: true, article: { select: { ownerId: true } } } } },
  });
  if (!row || row.item.status === "retired") throw new NotFoundError("That question");
  if (row.item.article.ownerId !== instructorId) {
    throw new UserFacingError("This question comes from the shared library, so it cannot be changed. Remove it from the deck instead.", "conflict");
  }
  return row.item;
}

export async function updateDeckItem(instructorId: string, input: z.input<typeof UpdateDeckItemSchema>, db: Db = getDb()): Promise<DeckItemView> {
  const edit = UpdateDeckItemSchema.parse(input);
  const item = await requireEditableDeckItem(instructorId, edit.deckId, edit.itemId, db);
  const usesChoices = item.type === "choice" || item.type === "truefalse";
  const generated = { prompt: item.prompt, answer: item.answer, choices: JSON.parse(item.choices) as string[] };
  const edited = { prompt: edit.prompt, answer: edit.answer, choices: usesChoices ? edit.choices : generated.choices };
  const problem = checkEditedItem(item.type, edited);
  if (problem) throw new UserFacingError(problem);
  const overrides = diffItemOverrides(generated, edited);
  await db.item.update({ where: { id: item.id }, data: { overrides: overrides ? JSON.stringify(overrides) : null } });
  return getDeckItemView(instructorId, edit.deckId, edit.itemId, db);
}

export async function setDeckItemSuspended(instructorId: string, input: z.infer<typeof SetItemSuspendedSchema>, db: Db = getDb()): Promise<DeckItemView> {
  const item = await requireEditableDeckItem(instructorId, input.deckId, input.itemId, db);
  await db.item.update({ where: { id: item.id }, data: { status: input.suspended ? "suspended" : "active" } });
  return getDeckItemView(instructorId, input.deckId, input.itemId, db);
}

/** Takes an item out of this deck only; the item stays in the library. */
export async function removeDeckItem(instructorId: string, input: z.infer<typeof DeckItemRefSchema>, db: Db = getDb()): Promise<{ itemId: string }> {
  const { count } = await db.deckItem.deleteMany({ where: { deckId: input.deckId, itemId: input.itemId, deck: { ownerId: instructorId } } });
  if (count === 0) throw new NotFoundError("That question");
  return { itemId: input.itemId };
}

async function getDeckItemView(instructorId: string, deckId: string, itemId: string, db: Db): Promise<DeckItemView> {
  const row = await db.deckItem.findFirst({
    where: { deckId, itemId, deck: { ownerId: instructorId } },
    select: { position: true, item: { select: ITEM_VIEW_SELECT } },
  });
  if (!row) throw new NotFoundError("That question");
  return toItemView(row.item, instructorId, row.position);
}

export async function publishDeck(instructorId: string, deckId: string, now: Date, db: Db = getDb()): Promise<{ id: string; publishedAt: Date }> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ownerId: instructorId },
    select: { publishedAt: true, _count: { select: { items: { where: { item: { status: "active" } } } } } },
  });
  if (!deck) throw new NotFoundError("That deck");
  if (deck.publishedAt) return { id: deckId, publishedAt: deck.publishedAt };
  if (deck._count.items === 0) throw new UserFacingError("This deck has no active questions. Add or un-suspend some before publishing.");
  await db.deck.updateMany({ where: { id: deckId, ownerId: instructorId, publishedAt: null }, data: { publishedAt: now } });
  return { id: deckId, publishedAt: now };
}
