import "server-only";
import { parseArticle } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import type { QuizItem } from "@/lib/generate/types";
import { planDeckAdditions } from "@/lib/classes/deck-filter";
import { contentHash } from "@/lib/import/content-hash";
import { planItemSync } from "@/lib/import/plan-item-sync";
import { getDb, type Db, type Tx } from "./db";

export interface ArticleFile {
  fileName: string;
  text: string;
}

export interface ImportReport {
  imported: string[];
  unchanged: string[];
  failed: { file: string; error: string }[];
  items: { created: number; updated: number; retired: number; total: number };
}

/**
 * Imports article files: a malformed file is reported and skipped, the others still import.
 * Unchanged files (same hash) are left alone; when anything changed, items are regenerated for
 * the whole corpus, because whether a prompt is unambiguous depends on every article.
 */
export async function importArticleFiles(
  files: ArticleFile[],
  options: { ownerId?: string | null } = {},
  db: Db = getDb(),
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], unchanged: [], failed: [], items: { created: 0, updated: 0, retired: 0, total: 0 } };
  for (const file of files) {
    let article;
    try {
      article = parseArticle(file.fileName, file.text);
    } catch (error) {
      report.failed.push({ file: file.fileName, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const hash = contentHash(file.text);
    const existing = await db.article.findUnique({ where: { slug: article.slug }, select: { contentHash: true } });
    if (existing?.contentHash === hash) {
      report.unchanged.push(article.slug);
      continue;
    }
    const data = {
      title: article.title,
      source: article.source,
      publishedAt: article.publishedAt,
      body: article.body,
      contentHash: hash,
    };
    await db.article.upsert({
      where: { slug: article.slug },
      create: { slug: article.slug, ownerId: options.ownerId ?? null, ...data },
      update: data,
    });
    report.imported.push(article.slug);
  }

  const storedItems = await db.item.count();
  if (report.imported.length > 0 || storedItems === 0) {
    report.items = await regenerateItems(db);
  } else {
    report.items.total = await db.item.count({ where: { status: "active" } });
  }
  return report;
}

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

export async function regenerateItems(db: Db = getDb()): Promise<ImportReport["items"]> {
  const articles = await db.article.findMany({
    select: { id: true, slug: true, title: true, source: true, publishedAt: true, body: true },
    orderBy: { slug: "asc" },
  });
  const articleIdBySlug = new Map(articles.map((a) => [a.slug, a.id]));
  const generated = generateItems(articles).filter((item) => articleIdBySlug.has(item.source.article));
  const stored = await db.item.findMany({ select: { id: true, key: true, articleId: true, status: true } });
  const plan = planItemSync(stored, generated);
  const articleIdOf = (item: QuizItem) => articleIdBySlug.get(item.source.article)!;

  await db.$transaction(
    async (tx) => {
      if (plan.create.length > 0) {
        await tx.item.createMany({ data: plan.create.map((item) => ({ key: item.key, ...toItemData(item, articleIdOf(item)) })) });
        await addCreatedItemsToDecks(tx, plan.create.map((item) => item.key));
      }
      for (const { id, item, reactivate } of plan.update) {
        await tx.item.update({
          where: { id },
          data: { ...toItemData(item, articleIdOf(item)), ...(reactivate ? { status: "active" } : {}) },
        });
      }
      if (plan.retire.length > 0) {
        await tx.item.updateMany({ where: { id: { in: plan.retire } }, data: { status: "retired" } });
      }
    },
    { timeout: 60_000 },
  );
  const total = await db.item.count({ where: { status: "active" } });
  return { created: plan.create.length, updated: plan.update.length, retired: plan.retire.length, total };
}
