import "server-only";
import type { ArticleInput } from "@/lib/content/parse-article";
import type { QuizItem } from "@/lib/generate/types";
import { planDeckAdditions } from "@/lib/classes/deck-filter";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { findConflictingPrompts } from "@/lib/generate/find-conflicting-prompts";
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
  // An item generated without a selection (no worth) counts as core, like a hand-written one.
  worth: item.worth ?? 1,
});

const ITEM_SYNC_SELECT = { id: true, key: true, articleId: true, status: true, type: true, kind: true, prompt: true, answer: true, choices: true, accepted: true, sourceSentence: true, difficulty: true, worth: true } as const;

/** New items join the decks whose filter they match (see planDeckAdditions). */
async function addCreatedItemsToDecks(tx: Tx, ids: string[]): Promise<void> {
  const created = await tx.item.findMany({ where: { id: { in: ids } }, select: { id: true, articleId: true, kind: true, type: true, prompt: true, answer: true, worth: true } });
  const articleIds = [...new Set(created.map((item) => item.articleId))];
  const decks = await tx.deck.findMany({
    // Narrowed in the database by article id appearing in the stored filter; matched exactly below.
    where: { OR: articleIds.map((id) => ({ filter: { contains: id } })) },
    select: { id: true, filter: true, items: { orderBy: { position: "desc" }, take: 1, select: { position: true } } },
  });
  const additions = planDeckAdditions(
    decks.map((deck) => ({ id: deck.id, filter: deck.filter, nextPosition: (deck.items[0]?.position ?? -1) + 1 })),
    created,
    CORE_FROM,
  );
  if (additions.length === 0) return;
  // A new item whose prompt a deck already asks with another answer (from another article) stays out of that deck.
  const createdById = new Map(created.map((item) => [item.id, item]));
  const deckIds = [...new Set(additions.map((a) => a.deckId))];
  // One read for every deck concerned: this runs inside the transaction, which on SQLite holds every other query.
  // Retired items (this import's vanished ones included: retired just before) no longer ask anything.
  const existing = await tx.deckItem.findMany({
    where: { deckId: { in: deckIds }, item: { status: "active" } },
    select: { deckId: true, item: { select: { id: true, type: true, prompt: true, answer: true } } },
  });
  const withheld = new Set<string>();
  for (const deckId of deckIds) {
    const asked = existing.filter((row) => row.deckId === deckId).map((row) => row.item);
    const incoming = additions.filter((a) => a.deckId === deckId).flatMap((a) => createdById.get(a.itemId) ?? []);
    for (const id of findConflictingPrompts([...asked, ...incoming])) if (createdById.has(id)) withheld.add(`${deckId}|${id}`);
  }
  const kept = additions.filter((a) => !withheld.has(`${a.deckId}|${a.itemId}`));
  if (kept.length > 0) await tx.deckItem.createMany({ data: kept });
}

const BATCH = 50;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Stores one article's freshly generated items and finishes its job. Items are matched by key, so an unchanged
 * sentence keeps its item id (and learners their cards), and an item whose stored text is already what was
 * generated is not written at all. No other article's items are read or written.
 *
 * New and changed items are written in small batches, each after checking (and renewing) this instance's claim,
 * yielding to the event loop in between: on SQLite a transaction holds every other query behind the adapter's
 * lock and libsql's calls block the thread, so one big write stalled every learner for seconds. Batches are
 * idempotent: a job taken over re-plans against what is stored. New items are written "pending" (nothing studies
 * them) and, in one short transaction conditional on the claim, the job is marked done, vanished items retired and
 * every pending item of the article made active and added to decks: whichever attempt wrote it, it joins its decks
 * exactly once, and an item an instructor took out of a deck (active since) is never added back. Null when the
 * claim was lost.
 */
export async function applyArticleItems(db: Db, job: ClaimedJob, article: ArticleInput, generated: QuizItem[], options: { keepClaim: () => Promise<boolean>; clock: () => Date }): Promise<JobResult | null> {
  const { keepClaim, clock } = options;
  const own = generated.filter((item) => item.source.article === article.slug);
  const stored = await db.item.findMany({ where: { articleId: job.articleId }, select: ITEM_SYNC_SELECT });
  const plan = planItemSync(stored, own);
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const changed = plan.update.filter(({ id, item, reactivate }) => {
    const row = storedById.get(id);
    const data = toItemData(item, job.articleId);
    return reactivate || !row || !(Object.keys(data) as (keyof typeof data)[]).every((k) => row[k] === data[k]);
  });
  // Items an interrupted attempt wrote are still new to learners and decks.
  const earlier = plan.update.filter(({ id }) => storedById.get(id)?.status === "pending").length;
  for (let i = 0; i < plan.create.length; i += BATCH) {
    if (!(await keepClaim())) return null;
    await db.item.createMany({ data: plan.create.slice(i, i + BATCH).map((item) => ({ key: item.key, ...toItemData(item, job.articleId), status: "pending" })) });
    await yieldToEventLoop();
  }
  for (let i = 0; i < changed.length; i += BATCH) {
    if (!(await keepClaim())) return null;
    for (const { id, item, reactivate } of changed.slice(i, i + BATCH)) {
      await db.item.update({ where: { id }, data: { ...toItemData(item, job.articleId), ...(reactivate ? { status: "active" } : {}) } });
    }
    await yieldToEventLoop();
  }
  return db.$transaction(async (tx) => {
    // Pending items this job generated again, written by this attempt or an interrupted earlier one.
    const pending = await tx.item.findMany({ where: { articleId: job.articleId, status: "pending", id: { notIn: plan.retire } }, select: { id: true } });
    const total = await tx.item.count({ where: { articleId: job.articleId, status: { in: ["active", "pending"] }, id: { notIn: plan.retire } } });
    const result: JobResult = {
      created: plan.create.length + earlier,
      kept: plan.update.length - earlier,
      changed: changed.filter(({ id }) => storedById.get(id)?.status !== "pending").length,
      retired: plan.retire.length,
      total,
    };
    const claimed = await tx.generationJob.updateMany({ where: heldBy(job), data: { status: "done", leaseUntil: null, finishedAt: clock(), result: JSON.stringify(result) } });
    if (claimed.count !== 1) return null;
    if (plan.retire.length > 0) await tx.item.updateMany({ where: { id: { in: plan.retire } }, data: { status: "retired" } });
    if (pending.length > 0) {
      await tx.item.updateMany({ where: { articleId: job.articleId, status: "pending" }, data: { status: "active" } });
      await addCreatedItemsToDecks(tx, pending.map((item) => item.id));
    }
    return result;
  });
}
