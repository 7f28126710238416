import "server-only";
import type { ArticleInput } from "@/lib/content/parse-article";
import type { QuizItem } from "@/lib/generate/types";
import { planDeckAdditions } from "@/lib/classes/deck-filter";
import { planItemSync } from "@/lib/import/plan-item-sync";
import type { Db, Tx } from "../db";
import { heldBy, type ClaimedJob, type JobResult } from "./generation-jobs";

const toItemData = (item: QuizItem, articleId: string) => ({
  articleId,
  type: item.type,
  kind: item.kind,
  prompt: item.prompt,
  answer: item.answer,
  choices: JSON.stringify(item.choices),
  accepted: JSON.stringify(item.accepted),
  sourceSentence: item.source.sentence,
  difficulty: item.difficulty,
});

const ITEM_SYNC_SELECT = { id: true, key: true, articleId: true, status: true, type: true, kind: true, prompt: true, answer: true, choices: true, accepted: true, sourceSentence: true, difficulty: true } as const;

/** New items join the decks whose filter they match (see planDeckAdditions). */
async function addCreatedItemsToDecks(tx: Tx, keys: string[]): Promise<void> {
  const created = await tx.item.findMany({ where: { key: { in: keys } }, select: { id: true, articleId: true, kind: true, type: true } });
  const articleIds = [...new Set(created.map((item) => item.articleId))];
  const decks = await tx.deck.findMany({
    // Narrowed in the database by article id appearing in the stored filter; matched exactly below.
    where: { OR: articleIds.map((id) => ({ filter: { contains: id } })) },
    select: { id: true, filter: true, items: { orderBy: { position: "desc" }, take: 1, select: { position: true } } },
  });
  const additions = planDeckAdditions(
    decks.map((deck) => ({ id: deck.id, filter: deck.filter, nextPosition: (deck.items[0]?.position ?? -1) + 1 })),
    created,
  );
  if (additions.length > 0) await tx.deckItem.createMany({ data: additions });
}

const CREATE_BATCH = 250;

/**
 * Stores one article's freshly generated items and finishes its job, in one transaction: the job row is updated
 * first, conditionally on this instance still holding it, so an instance whose lease was taken over writes
 * nothing (returns null). Items are matched by key, so an unchanged sentence keeps its item id, and an item whose
 * stored text is already what was generated is not written at all. No other article's items are read or written.
 */
export async function applyArticleItems(db: Db, job: ClaimedJob, article: ArticleInput, generated: QuizItem[], now: Date): Promise<JobResult | null> {
  const own = generated.filter((item) => item.source.article === article.slug);
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.generationJob.updateMany({ where: heldBy(job), data: { status: "done", leaseUntil: null, finishedAt: now } });
      if (claimed.count !== 1) return null;
      const stored = await tx.item.findMany({ where: { articleId: job.articleId }, select: ITEM_SYNC_SELECT });
      const plan = planItemSync(stored, own);
      const storedById = new Map(stored.map((row) => [row.id, row]));
      for (let i = 0; i < plan.create.length; i += CREATE_BATCH) {
        await tx.item.createMany({ data: plan.create.slice(i, i + CREATE_BATCH).map((item) => ({ key: item.key, ...toItemData(item, job.articleId) })) });
      }
      if (plan.create.length > 0) await addCreatedItemsToDecks(tx, plan.create.map((item) => item.key));
      for (const { id, item, reactivate } of plan.update) {
        const data = toItemData(item, job.articleId);
        const row = storedById.get(id);
        const unchanged = row && !reactivate && (Object.keys(data) as (keyof typeof data)[]).every((k) => row[k] === data[k]);
        if (!unchanged) await tx.item.update({ where: { id }, data: { ...data, ...(reactivate ? { status: "active" } : {}) } });
      }
      if (plan.retire.length > 0) await tx.item.updateMany({ where: { id: { in: plan.retire } }, data: { status: "retired" } });
      const total = await tx.item.count({ where: { articleId: job.articleId, status: "active" } });
      const result: JobResult = { created: plan.create.length, updated: plan.update.length, retired: plan.retire.length, total };
      await tx.generationJob.update({ where: { id: job.id }, data: { result: JSON.stringify(result) } });
      return result;
    },
    { timeout: 120_000 },
  );
}
