import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { HandWrittenItemSchema, toItemData, type HandWrittenItem } from "@/lib/classes/hand-written-item";
import { getDb, type Db, type Tx } from "./db";
import { DeckIdSchema } from "./decks";
import { NotFoundError } from "./errors";

export const AddHandWrittenItemSchema = DeckIdSchema.extend({ item: HandWrittenItemSchema });

/**
 * The article holding this instructor's hand-written questions, made on first use. Items need an article; this one
 * has no text, is owned (so never in the shared library or anyone else's deck builder) and is marked handWritten
 * (so it is listed neither among uploads nor among deck sources: a hand-written question belongs to its deck).
 */
async function handWrittenArticleId(tx: Tx, instructorId: string): Promise<string> {
  const slug = `hand-written-${instructorId}`;
  const existing = await tx.article.findUnique({ where: { slug }, select: { id: true, ownerId: true, handWritten: true } });
  if (existing) {
    if (existing.ownerId !== instructorId || !existing.handWritten) throw new Error(`article ${slug} is not ${instructorId}'s hand-written store`);
    return existing.id;
  }
  const { name } = await tx.user.findUniqueOrThrow({ where: { id: instructorId }, select: { name: true } });
  const created = await tx.article.create({ data: { slug, title: `Written by ${name}`, body: "", contentHash: "", ownerId: instructorId, handWritten: true }, select: { id: true } });
  return created.id;
}

/** Adds hand-written questions at the end of one of this instructor's decks, all or none. */
export async function addHandWrittenItemsInTx(tx: Tx, instructorId: string, deckId: string, items: HandWrittenItem[]): Promise<string[]> {
  const deck = await tx.deck.findFirst({ where: { id: deckId, ownerId: instructorId }, select: { id: true, items: { orderBy: { position: "desc" }, take: 1, select: { position: true } } } });
  if (!deck) throw new NotFoundError("That deck");
  const articleId = await handWrittenArticleId(tx, instructorId);
  const next = (deck.items[0]?.position ?? -1) + 1;
  const rows = items.map((item) => ({ id: randomUUID(), key: `hand-${randomUUID()}`, articleId, ...toItemData(item) }));
  await tx.item.createMany({ data: rows });
  await tx.deckItem.createMany({ data: rows.map((row, i) => ({ deckId, itemId: row.id, position: next + i })) });
  return rows.map((row) => row.id);
}

/** A question the instructor wrote, added to their deck; learners of the deck study it like a generated one. */
export async function addHandWrittenItem(instructorId: string, input: z.input<typeof AddHandWrittenItemSchema>, db: Db = getDb()): Promise<{ itemId: string }> {
  const { deckId, item } = AddHandWrittenItemSchema.parse(input);
  const [itemId] = await db.$transaction((tx) => addHandWrittenItemsInTx(tx, instructorId, deckId, [item]));
  return { itemId: itemId! };
}

/** Hand-written questions of these that are in no deck any more: nobody can study or reach them, so they retire. */
export async function retireOrphanedHandWrittenItems(tx: Tx, itemIds: string[]): Promise<number> {
  if (itemIds.length === 0) return 0;
  const { count } = await tx.item.updateMany({ where: { id: { in: itemIds }, article: { handWritten: true }, deckItems: { none: {} } }, data: { status: "retired" } });
  return count;
}
