import "server-only";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { Prisma } from "@/generated/sqlite/client";
import { sqlOf, type Db, type Tx } from "../db";
import { studiableItemFrom } from "./studiable-item";

/** What grading an answer and its feedback need of the item, in the wording it is graded in. */
export type AnswerItem = {
  id: string;
  type: string;
  kind: string;
  prompt: string;
  answer: string;
  accepted: string;
  choices: string;
  sourceSentence: string;
  article: { slug: string; title: string };
};

type ItemRow = Omit<AnswerItem, "article"> & { slug: string; title: string; overrides: string | null };

/**
 * The item a learner answers, or null when they may not study it now: selected through the one may-study rule
 * ({@link studiableItemFrom}), in one raw statement, because every answer pays for it and the client would compile
 * it anew each time.
 */
export async function getAnswerItem(db: Db | Tx, userId: string, itemId: string, deckId: string | null): Promise<AnswerItem | null> {
  const overrides = deckId ? Prisma.sql`di."overrides"` : Prisma.sql`NULL`;
  const rows = await sqlOf(db).query<ItemRow>(Prisma.sql`
    SELECT i."id", i."type", i."kind", i."prompt", i."answer", i."accepted", i."choices", i."sourceSentence",
      a."slug", a."title", ${overrides} AS "overrides"
    ${studiableItemFrom(userId, itemId, deckId)}`);
  const row = rows[0];
  if (!row) return null;
  const { slug, title, overrides: edits, ...item } = row;
  return applyItemOverrides({ ...item, article: { slug, title } }, edits);
}
