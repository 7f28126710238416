import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { OwnCardSchema, toOwnCard, toOwnItemData, type OwnCard } from "@/lib/own-cards/own-card";
import { OWN_DECK_TITLE, ownCardsSlug, ownDeckId } from "@/lib/own-cards/own-store";
import { getDb, type Db, type Tx } from "./db";
import { isUniqueViolation, NotFoundError } from "./errors";

export const OwnCardIdSchema = z.object({ itemId: z.string().min(1).max(64) });
export const CreateOwnCardSchema = z.object({ card: OwnCardSchema });
export const UpdateOwnCardSchema = OwnCardIdSchema.extend({ card: OwnCardSchema });

export interface OwnCardView {
  itemId: string;
  card: OwnCard;
  createdAt: Date;
  /** null before the first answer */
  due: Date | null;
  reviews: number;
}

/** An item of this learner's own cards: in their personal deck, owned by them. Anyone else's is "not found". */
const ownItem = (userId: string, itemId: string) => ({
  id: itemId,
  status: "active",
  deckItems: { some: { deck: { id: ownDeckId(userId), ownerId: userId, personal: true } } },
});

/** The article and personal deck holding this learner's own cards, made on first use. */
async function ensureOwnStore(tx: Tx, userId: string): Promise<{ articleId: string; deckId: string }> {
  const slug = ownCardsSlug(userId);
  const deckId = ownDeckId(userId);
  const [article, deck] = await Promise.all([
    tx.article.findUnique({ where: { slug }, select: { id: true, ownerId: true, handWritten: true } }),
    tx.deck.findUnique({ where: { id: deckId }, select: { ownerId: true, personal: true } }),
  ]);
  if (article && (article.ownerId !== userId || !article.handWritten)) throw new Error(`article ${slug} is not ${userId}'s own-card store`);
  if (deck && (deck.ownerId !== userId || !deck.personal)) throw new Error(`deck ${deckId} is not ${userId}'s personal deck`);
  const articleId =
    article?.id ??
    (await tx.article.create({ data: { slug, title: OWN_DECK_TITLE, body: "", contentHash: "", ownerId: userId, handWritten: true }, select: { id: true } })).id;
  if (!deck) await tx.deck.create({ data: { id: deckId, title: OWN_DECK_TITLE, ownerId: userId, personal: true }, select: { id: true } });
  return { articleId, deckId };
}

/** A new card in this learner's personal deck, new to the scheduler like any unseen item. */
export async function createOwnCard(userId: string, input: z.input<typeof CreateOwnCardSchema>, db: Db = getDb()): Promise<{ itemId: string }> {
  const { card } = CreateOwnCardSchema.parse(input);
  const create = () =>
    db.$transaction(async (tx) => {
      const { articleId, deckId } = await ensureOwnStore(tx, userId);
      const last = await tx.deckItem.findFirst({ where: { deckId }, orderBy: { position: "desc" }, select: { position: true } });
      const id = randomUUID();
      await tx.item.create({ data: { id, key: `own-${id}`, articleId, ...toOwnItemData(card) }, select: { id: true } });
      await tx.deckItem.create({ data: { deckId, itemId: id, position: (last?.position ?? -1) + 1 }, select: { itemId: true } });
      return { itemId: id };
    });
  try {
    return await create();
  } catch (error) {
    // Two first cards at once: one made the store, the other's insert of it collided. The store exists now.
    if (isUniqueViolation(error)) return create();
    throw error;
  }
}

/** How many own cards this learner has (none before their first). */
export async function countOwnCards(userId: string, db: Db = getDb()): Promise<number> {
  return db.deckItem.count({ where: { deckId: ownDeckId(userId), deck: { ownerId: userId, personal: true }, item: { status: "active" } } });
}

/** This learner's own cards, newest first, with when each is next due. */
export async function listOwnCards(userId: string, db: Db = getDb()): Promise<OwnCardView[]> {
  const rows = await db.deckItem.findMany({
    where: { deckId: ownDeckId(userId), deck: { ownerId: userId, personal: true }, item: { status: "active" } },
    orderBy: { position: "desc" },
    select: { item: { select: { id: true, type: true, prompt: true, answer: true, createdAt: true, cards: { where: { userId }, select: { due: true, reps: true } } } } },
  });
  return rows.map(({ item }) => ({
    itemId: item.id,
    card: toOwnCard(item),
    createdAt: item.createdAt,
    due: item.cards[0]?.due ?? null,
    reviews: item.cards[0]?.reps ?? 0,
  }));
}

/** One of this learner's own cards, as the edit form shows it. */
export async function getOwnCard(userId: string, itemId: string, db: Db = getDb()): Promise<OwnCardView> {
  const item = await db.item.findFirst({
    where: ownItem(userId, itemId),
    select: { id: true, type: true, prompt: true, answer: true, createdAt: true, cards: { where: { userId }, select: { due: true, reps: true } } },
  });
  if (!item) throw new NotFoundError("That card");
  return { itemId: item.id, card: toOwnCard(item), createdAt: item.createdAt, due: item.cards[0]?.due ?? null, reviews: item.cards[0]?.reps ?? 0 };
}

/**
 * Rewrites one of this learner's own cards in place: the same item, so its scheduling and review history stay (as an
 * edited note keeps its cards in Anki). The kind may change too (basic to cloze).
 */
export async function updateOwnCard(userId: string, input: z.input<typeof UpdateOwnCardSchema>, db: Db = getDb()): Promise<{ itemId: string }> {
  const { itemId, card } = UpdateOwnCardSchema.parse(input);
  const { count } = await db.item.updateMany({ where: ownItem(userId, itemId), data: toOwnItemData(card) });
  if (count === 0) throw new NotFoundError("That card");
  return { itemId };
}

/**
 * Deletes one of this learner's own cards with its scheduling and answers. Their daily counts are then recounted from
 * what remains of the log (see ReviewDay), so progress no longer counts the deleted answers.
 */
export async function deleteOwnCard(userId: string, input: z.input<typeof OwnCardIdSchema>, db: Db = getDb()): Promise<{ itemId: string }> {
  const { itemId } = OwnCardIdSchema.parse(input);
  await db.$transaction(async (tx) => {
    const item = await tx.item.findFirst({ where: ownItem(userId, itemId), select: { id: true, _count: { select: { reviews: true } } } });
    if (!item) throw new NotFoundError("That card");
    if (item._count.reviews > 0) await tx.user.update({ where: { id: userId }, data: { reviewDaysStale: true }, select: { id: true } });
    await tx.item.delete({ where: { id: itemId }, select: { id: true } });
  });
  return { itemId };
}
