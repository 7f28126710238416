import "server-only";
import { parseArticle } from "@/lib/content/parse-article";
import { contentHash } from "@/lib/import/content-hash";
import { getDb, type Db } from "./db";
import { enqueueGeneration, type JobResult } from "./generation/generation-jobs";
import { runGenerationJobs, type RunnerOptions } from "./generation/run-generation-jobs";

export interface ArticleFile {
  fileName: string;
  text: string;
}

export interface ImportReport {
  imported: string[];
  unchanged: string[];
  failed: { file: string; error: string }[];
  /** generation jobs queued by this import, one per imported article */
  jobs: { slug: string; articleId: string; jobId: string }[];
  /** summed over this import's finished jobs (zeros when generation was only queued) */
  items: JobResult;
}

/**
 * Stores article files and queues question generation for each new or changed one: a malformed file is reported
 * and skipped, unchanged files (same hash) are left alone. Only the imported articles' items are ever touched.
 * Generation runs as a job (lib/server/generation); callers that need the items wait for the jobs.
 */
export async function storeArticleFiles(files: ArticleFile[], options: { ownerId?: string | null } = {}, db: Db = getDb()): Promise<ImportReport> {
  const report: ImportReport = { imported: [], unchanged: [], failed: [], jobs: [], items: { created: 0, kept: 0, changed: 0, retired: 0, total: 0 } };
  for (const file of files) {
    let article;
    try {
      article = parseArticle(file.fileName, file.text);
    } catch (error) {
      report.failed.push({ file: file.fileName, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const hash = contentHash(file.text);
    const existing = await db.article.findUnique({
      where: { slug: article.slug },
      select: {
        id: true,
        contentHash: true,
        _count: { select: { items: true } },
        generationJobs: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true } },
      },
    });
    // Unchanged when its questions were made or are being made. A failed job is tried again on the next import, and
    // an article stored before generation jobs existed, with no items, is generated once more.
    const lastJob = existing?.generationJobs[0]?.status;
    if (existing?.contentHash === hash && (lastJob ? lastJob !== "failed" : existing._count.items > 0)) {
      report.unchanged.push(article.slug);
      continue;
    }
    const data = { title: article.title, source: article.source, publishedAt: article.publishedAt, body: article.body, contentHash: hash };
    const stored = await db.article.upsert({
      where: { slug: article.slug },
      create: { slug: article.slug, ownerId: options.ownerId ?? null, ...data },
      update: data,
      select: { id: true },
    });
    report.imported.push(article.slug);
    report.jobs.push({ slug: article.slug, articleId: stored.id, jobId: await enqueueGeneration(db, stored.id, hash) });
  }
  return report;
}

/**
 * Stores the files and generates their questions before returning (for `npm start`'s import and tests): the jobs
 * run through the same runner as on the server, in this process unless another instance holds one.
 */
export async function importArticleFiles(
  files: ArticleFile[],
  options: { ownerId?: string | null } & Omit<RunnerOptions, "db" | "only"> = {},
  db: Db = getDb(),
): Promise<ImportReport> {
  const { ownerId, ...runner } = options;
  const report = await storeArticleFiles(files, { ownerId }, db);
  if (report.jobs.length === 0) return report;
  const outcomes = await runGenerationJobs({ ...runner, db, only: report.jobs.map((j) => j.jobId) });
  for (const outcome of outcomes) {
    if (outcome.status === "failed") {
      const slug = report.jobs.find((j) => j.jobId === outcome.jobId)?.slug ?? outcome.jobId;
      report.failed.push({ file: slug, error: outcome.error });
      continue;
    }
    for (const k of ["created", "kept", "changed", "retired", "total"] as const) report.items[k] += outcome.result[k];
  }
  return report;
}
