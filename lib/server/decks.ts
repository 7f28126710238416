import "server-only";
import { z } from "zod";
import { DeckFilterSchema, type DeckFilter } from "@/lib/classes/deck-filter";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { findConflictingPrompts } from "@/lib/generate/find-conflicting-prompts";
import { applyItemOverrides, checkEditedItem, diffItemOverrides, parseItemOverrides } from "@/lib/classes/item-overrides";
import { getDb, type Db } from "./db";
import { isUniqueViolation, NotFoundError, UserFacingError } from "./errors";

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
  /** Of activeItems, the core ones (fact worth >= CORE_FROM): what a deck takes by default. */
  coreItems: number;
}

/** An item as the instructor sees it: with this deck's edits applied, and the generated text for comparison. */
export interface DeckItemView {
  itemId: string;
  position: number;
  type: string;
  kind: string;
  /** "active", or "suspended" in this deck (suspension is per deck; retired items are not shown) */
  status: string;
  prompt: string;
  answer: string;
  choices: string[];
  sourceSentence: string;
  articleTitle: string;
  edited: boolean;
  /** every item of the instructor's own deck: edits and suspension apply to that deck only */
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
export const visibleArticles = (instructorId: string) => ({ deletedAt: null, OR: [{ ownerId: null }, { ownerId: instructorId }] });

const ITEM_VIEW_SELECT = {
  id: true,
  type: true,
  kind: true,
  status: true,
  prompt: true,
  answer: true,
  choices: true,
  sourceSentence: true,
  article: { select: { title: true } },
} as const;

type ItemViewRow = {
  id: string;
  type: string;
  kind: string;
  status: string;
  prompt: string;
  answer: string;
  choices: string;
  sourceSentence: string;
  article: { title: string };
};

/** What the deck holds for an item: null for a preview of items not yet in a deck. */
type DeckItemState = { position: number; overrides: string | null; suspended: boolean };

function toItemView(row: ItemViewRow, deckItem: DeckItemState | null, position: number): DeckItemView {
  const shown = applyItemOverrides(row, deckItem?.overrides);
  return {
    itemId: row.id,
    position: deckItem?.position ?? position,
    type: row.type,
    kind: row.kind,
    status: deckItem?.suspended ? "suspended" : row.status,
    prompt: shown.prompt,
    answer: shown.answer,
    choices: JSON.parse(shown.choices) as string[],
    sourceSentence: row.sourceSentence,
    articleTitle: row.article.title,
    edited: Object.keys(parseItemOverrides(deckItem?.overrides)).length > 0,
    editable: deckItem !== null,
    generated: { prompt: row.prompt, answer: row.answer, choices: JSON.parse(row.choices) as string[] },
  };
}

export async function listDeckSourceArticles(instructorId: string, db: Db = getDb()): Promise<DeckSourceArticle[]> {
  const rows = await db.article.findMany({
    where: { ...visibleArticles(instructorId), handWritten: false },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: { id: true, title: true, source: true, ownerId: true, _count: { select: { items: { where: { status: "active" } } } } },
  });
  const core = await db.item.groupBy({ by: ["articleId"], where: { articleId: { in: rows.map((r) => r.id) }, status: "active", worth: { gte: CORE_FROM } }, _count: { _all: true } });
  const coreOf = new Map(core.map((c) => [c.articleId, c._count._all]));
  return rows.map((r) => ({ id: r.id, title: r.title, source: r.source, mine: r.ownerId === instructorId, activeItems: r._count.items, coreItems: coreOf.get(r.id) ?? 0 }));
}

async function findMatchingItems(instructorId: string, filter: DeckFilter, db: Db, take?: number) {
  const where = {
    status: "active",
    articleId: { in: filter.articleIds },
    kind: { in: filter.kinds },
    type: { in: filter.types },
    // By default core items only; the rest ("more questions") when asked for, or added one by one (more-questions.ts).
    ...(filter.more ? {} : { worth: { gte: CORE_FROM } }),
    article: visibleArticles(instructorId),
  };
  const [total, rows] = await Promise.all([
    db.item.count({ where }),
    db.item.findMany({ where, orderBy: [{ article: { publishedAt: { sort: "asc", nulls: "last" } } }, { difficulty: "asc" }, { key: "asc" }], take, select: ITEM_VIEW_SELECT }),
  ]);
  return { total, rows };
}

/** The items a deck with this filter would hold: how many, and the first few to look at. */
export async function previewDeckItems(instructorId: string, filter: z.input<typeof DeckFilterSchema>, db: Db = getDb()): Promise<{ total: number; items: DeckItemView[] }> {
  const { total, rows } = await findMatchingItems(instructorId, DeckFilterSchema.parse(filter), db, 30);
  return { total, items: rows.map((row, i) => toItemView(row, null, i)) };
}

/** A draft deck holding every active item that matches; nothing is visible to learners until it is published and assigned. */
export async function createDeck(instructorId: string, input: z.input<typeof CreateDeckSchema>, db: Db = getDb()): Promise<{ id: string; items: number; withheld: number }> {
  const { title, description, ...filter } = CreateDeckSchema.parse(input);
  const visible = await db.article.count({ where: { id: { in: filter.articleIds }, ...visibleArticles(instructorId) } });
  if (visible !== new Set(filter.articleIds).size) throw new NotFoundError("One of those articles");
  const { rows: matching } = await findMatchingItems(instructorId, filter, db);
  // Articles are generated one at a time: two of them may ask one question with two answers. Neither goes in.
  const conflicting = findConflictingPrompts(matching);
  const rows = matching.filter((row) => !conflicting.has(row.id));
  if (rows.length === 0) throw new UserFacingError("No questions match those choices. Pick more articles, kinds of fact or question types.");
  return db.$transaction(async (tx) => {
    const deck = await tx.deck.create({ data: { title, description, ownerId: instructorId, filter: JSON.stringify(filter) }, select: { id: true } });
    await tx.deckItem.createMany({ data: rows.map((row, position) => ({ deckId: deck.id, itemId: row.id, position })) });
    return { id: deck.id, items: rows.length, withheld: conflicting.size };
  });
}

/** Deck items learners of the deck study: not suspended in the deck, not retired by a re-import. */
export const ACTIVE_DECK_ITEM = { suspended: false, item: { status: "active" } };

export async function listInstructorDecks(instructorId: string, db: Db = getDb()) {
  const rows = await db.deck.findMany({
    // their own cards (if they wrote some as a learner) are no deck to teach with
    where: { ownerId: instructorId, personal: false },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      publishedAt: true,
      _count: { select: { items: { where: ACTIVE_DECK_ITEM }, assignments: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, activeItems: _count.items, assignments: _count.assignments }));
}

/** The deck if this instructor owns it; anyone else's deck is "not found", like a missing one. */
export async function getInstructorDeck(instructorId: string, deckId: string, db: Db = getDb()): Promise<InstructorDeck> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ownerId: instructorId, personal: false },
    select: {
      id: true,
      title: true,
      description: true,
      publishedAt: true,
      filter: true,
      items: { orderBy: { position: "asc" }, select: { position: true, overrides: true, suspended: true, item: { select: ITEM_VIEW_SELECT } } },
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
    items: deck.items.filter((d) => d.item.status !== "retired").map((d) => toItemView(d.item, d, d.position)),
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
 * The item of this instructor's deck. Edits and suspension are stored on the deck's DeckItem, so
 * they change this deck only: items of the shared library and of other instructors' decks stay as
 * generated, wherever else they are used.
 */
async function requireOwnDeckItem(instructorId: string, deckId: string, itemId: string, db: Db) {
  const row = await db.deckItem.findFirst({
    where: { deckId, itemId, deck: { ownerId: instructorId } },
    select: { item: { select: { id: true, type: true, prompt: true, answer: true, choices: true, status: true } } },
  });
  if (!row || row.item.status === "retired") throw new NotFoundError("That question");
  return row.item;
}

async function writeOwnDeckItem(instructorId: string, deckId: string, itemId: string, data: { overrides?: string | null; suspended?: boolean }, db: Db) {
  // The owner check again, in the write: the item may have been removed from the deck meanwhile.
  const { count } = await db.deckItem.updateMany({ where: { deckId, itemId, deck: { ownerId: instructorId } }, data });
  if (count === 0) throw new NotFoundError("That question");
}

export async function updateDeckItem(instructorId: string, input: z.input<typeof UpdateDeckItemSchema>, db: Db = getDb()): Promise<DeckItemView> {
  const edit = UpdateDeckItemSchema.parse(input);
  const item = await requireOwnDeckItem(instructorId, edit.deckId, edit.itemId, db);
  const usesChoices = item.type === "choice" || item.type === "truefalse";
  const generated = { prompt: item.prompt, answer: item.answer, choices: JSON.parse(item.choices) as string[] };
  const edited = { prompt: edit.prompt, answer: edit.answer, choices: usesChoices ? edit.choices : generated.choices };
  const problem = checkEditedItem(item.type, edited);
  if (problem) throw new UserFacingError(problem);
  const overrides = diffItemOverrides(generated, edited);
  await writeOwnDeckItem(instructorId, edit.deckId, item.id, { overrides: overrides ? JSON.stringify(overrides) : null }, db);
  return getDeckItemView(instructorId, edit.deckId, edit.itemId, db);
}

export async function setDeckItemSuspended(instructorId: string, input: z.infer<typeof SetItemSuspendedSchema>, db: Db = getDb()): Promise<DeckItemView> {
  const item = await requireOwnDeckItem(instructorId, input.deckId, input.itemId, db);
  await writeOwnDeckItem(instructorId, input.deckId, item.id, { suspended: input.suspended }, db);
  return getDeckItemView(instructorId, input.deckId, input.itemId, db);
}

/** Takes an item out of this deck only; the item stays in the library. */
export async function removeDeckItem(instructorId: string, input: z.infer<typeof DeckItemRefSchema>, db: Db = getDb()): Promise<RemovedDeckItem> {
  return db.$transaction(async (tx) => {
    const where = { deckId: input.deckId, itemId: input.itemId, deck: { ownerId: instructorId } };
    const row = await tx.deckItem.findFirst({ where, select: { position: true, overrides: true, suspended: true } });
    const { count } = await tx.deckItem.deleteMany({ where });
    if (!row || count === 0) throw new NotFoundError("That question");
    return { deckId: input.deckId, itemId: input.itemId, ...row };
  });
}

/** What removing an item from a deck took away: enough to put it back as it was (Undo). */
export const RemovedDeckItemSchema = DeckItemRefSchema.extend({
  position: z.number().int().min(0).max(1_000_000),
  overrides: z.string().max(4000).nullable(),
  suspended: z.boolean(),
});
export type RemovedDeckItem = z.infer<typeof RemovedDeckItemSchema>;

/**
 * Undoes {@link removeDeckItem}: the item goes back at its place, with the owner's edits and suspension. The edits
 * come back from the browser, so they are checked as an edit would be. Putting back an item the deck has again is
 * harmless (a double click).
 */
export async function restoreDeckItem(instructorId: string, input: z.input<typeof RemovedDeckItemSchema>, db: Db = getDb()): Promise<{ itemId: string }> {
  const removed = RemovedDeckItemSchema.parse(input);
  const [deck, item] = await Promise.all([
    db.deck.findFirst({ where: { id: removed.deckId, ownerId: instructorId }, select: { id: true } }),
    db.item.findFirst({ where: { id: removed.itemId, status: "active", article: visibleArticles(instructorId) }, select: { id: true, type: true, prompt: true, answer: true, choices: true } }),
  ]);
  if (!deck) throw new NotFoundError("That deck");
  if (!item) throw new NotFoundError("That question");
  const overrides = parseItemOverrides(removed.overrides);
  const edited = applyItemOverrides(item, JSON.stringify(overrides));
  const problem = checkEditedItem(item.type, { answer: edited.answer, choices: JSON.parse(edited.choices) as string[] });
  if (problem) throw new UserFacingError(problem);
  try {
    await db.deckItem.create({
      data: { deckId: deck.id, itemId: item.id, position: removed.position, suspended: removed.suspended, overrides: Object.keys(overrides).length ? JSON.stringify(overrides) : null },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return { itemId: item.id };
}

async function getDeckItemView(instructorId: string, deckId: string, itemId: string, db: Db): Promise<DeckItemView> {
  const row = await db.deckItem.findFirst({
    where: { deckId, itemId, deck: { ownerId: instructorId } },
    select: { position: true, overrides: true, suspended: true, item: { select: ITEM_VIEW_SELECT } },
  });
  if (!row) throw new NotFoundError("That question");
  return toItemView(row.item, row, row.position);
}

export async function publishDeck(instructorId: string, deckId: string, now: Date, db: Db = getDb()): Promise<{ id: string; publishedAt: Date }> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ownerId: instructorId, personal: false },
    select: { publishedAt: true, _count: { select: { items: { where: ACTIVE_DECK_ITEM } } } },
  });
  if (!deck) throw new NotFoundError("That deck");
  if (deck.publishedAt) return { id: deckId, publishedAt: deck.publishedAt };
  if (deck._count.items === 0) throw new UserFacingError("This deck has no active questions. Add or un-suspend some before publishing.");
  await db.deck.updateMany({ where: { id: deckId, ownerId: instructorId, publishedAt: null }, data: { publishedAt: now } });
  return { id: deckId, publishedAt: now };
}
