import "server-only";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { Prisma } from "@/generated/sqlite/client";
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

/** The item's columns as {@link answerItemSql} selects them; all null when the learner may not study it now. */
export type AnswerItemColumns = {
  itemId: string | null;
  type: string | null;
  kind: string | null;
  prompt: string | null;
  answer: string | null;
  accepted: string | null;
  choices: string | null;
  sourceSentence: string | null;
  slug: string | null;
  title: string | null;
  overrides: string | null;
};

/**
 * The item a learner answers, as a subquery of at most one row: none when they may not study it now. Selected through
 * the one may-study rule ({@link studiableItemFrom}), so the answer's single read cannot drift from the other checks.
 */
export function answerItemSql(userId: string, itemId: string, deckId: string | null): Prisma.Sql {
  const overrides = deckId ? Prisma.sql`di."overrides"` : Prisma.sql`NULL`;
  return Prisma.sql`SELECT i."id" AS "itemId", i."type", i."kind", i."prompt", i."answer", i."accepted", i."choices", i."sourceSentence",
      a."slug", a."title", ${overrides} AS "overrides"
    ${studiableItemFrom(userId, itemId, deckId)}`;
}

/** The item in the wording it is graded in (a deck's edits applied), or null when the subquery found none. */
export function toAnswerItem(row: AnswerItemColumns): AnswerItem | null {
  const { itemId, type, kind, prompt, answer, accepted, choices, sourceSentence, slug, title, overrides } = row;
  if (itemId === null) return null;
  const item = { id: itemId, type: type!, kind: kind!, prompt: prompt!, answer: answer!, accepted: accepted!, choices: choices!, sourceSentence: sourceSentence! };
  return applyItemOverrides({ ...item, article: { slug: slug!, title: title! } }, overrides);
}
