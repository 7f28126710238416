import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { ArticleInput } from "@/lib/content/parse-article";
import { getDb, type Db } from "../db";
import { applyArticleItems } from "./apply-article-items";
import { workerGenerator, type ArticleGenerator } from "./article-generator";
import { claimNextJob, FAILED_MESSAGE, failJob, renewLease, type ClaimedJob, type JobResult } from "./generation-jobs";
import type { LibraryRef } from "./worker-protocol";

export interface RunnerOptions {
  db?: Db;
  /** Where the CPU work runs: this process's worker thread unless a test gives another. */
  generator?: ArticleGenerator;
  workerId?: string;
  /** How long a claim holds without a heartbeat; another instance takes a job over after that. */
  leaseMs?: number;
  maxAttempts?: number;
  clock?: () => Date;
  /** Only these jobs; the runner then also waits for those another instance holds. */
  only?: string[];
  onProgress?: (job: { id: string; articleId: string; title: string }, done: number, total: number) => void;
}

export type JobOutcome = { jobId: string; articleId: string; status: "done"; result: JobResult } | { jobId: string; articleId: string; status: "failed"; error: string };

const INSTANCE_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
const globalForRunner = globalThis as unknown as { recallGenerator?: ArticleGenerator; recallLibrary?: LibraryRef };

/** One worker thread per process, shared by the background runner and imports. */
export function sharedGenerator(): ArticleGenerator {
  return (globalForRunner.recallGenerator ??= workerGenerator());
}

/**
 * The shared library (articles no instructor owns) as wrong-option source, identified by its content hashes:
 * its bodies are read again, and its pool rebuilt, only when one of them changed.
 */
async function loadLibrary(db: Db): Promise<LibraryRef> {
  const heads = await db.article.findMany({ where: { ownerId: null }, orderBy: { slug: "asc" }, select: { id: true, contentHash: true } });
  const key = heads.map((h) => `${h.id}:${h.contentHash}`).join(",");
  const cached = globalForRunner.recallLibrary;
  if (cached?.key === key) return cached;
  const articles: ArticleInput[] = await db.article.findMany({
    where: { ownerId: null },
    orderBy: { slug: "asc" },
    select: { slug: true, title: true, source: true, publishedAt: true, body: true },
  });
  return (globalForRunner.recallLibrary = { key, articles });
}

/** Claims and runs one job; null when there is none to claim. */
export async function runNextGenerationJob(options: RunnerOptions = {}): Promise<JobOutcome | null> {
  const db = options.db ?? getDb();
  const clock = options.clock ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 30_000;
  const job = await claimNextJob(db, { workerId: options.workerId ?? INSTANCE_ID, now: clock(), leaseMs, maxAttempts: options.maxAttempts ?? 3, only: options.only });
  if (!job) return null;
  return runClaimedJob(db, job, { ...options, clock, leaseMs });
}

async function runClaimedJob(db: Db, job: ClaimedJob, options: RunnerOptions & { clock: () => Date; leaseMs: number }): Promise<JobOutcome> {
  const { clock, leaseMs } = options;
  const article = await db.article.findUniqueOrThrow({ where: { id: job.articleId }, select: { slug: true, title: true, source: true, publishedAt: true, body: true } });
  let progress = { done: 0, total: 0 };
  // The heartbeat renews the lease and records progress about once a second; one write at a time.
  let beat: Promise<unknown> = Promise.resolve();
  const heartbeat = setInterval(() => {
    beat = beat.then(() => renewLease(db, job, clock(), leaseMs, progress)).catch((error: unknown) => console.error("generation heartbeat failed", error));
  }, Math.min(1000, leaseMs / 3));
  const stopHeartbeat = async () => {
    clearInterval(heartbeat);
    await beat;
  };
  try {
    const library = await loadLibrary(db);
    const items = await (options.generator ?? sharedGenerator()).generate(article, library, (done, total) => {
      progress = { done, total };
      options.onProgress?.({ id: job.id, articleId: job.articleId, title: article.title }, done, total);
    });
    await stopHeartbeat();
    const keepClaim = () => renewLease(db, job, clock(), leaseMs, { done: progress.total, total: progress.total });
    const result = await applyArticleItems(db, job, article, items, { keepClaim, clock });
    if (!result) return { jobId: job.id, articleId: job.articleId, status: "failed", error: "another instance took this job over" };
    return { jobId: job.id, articleId: job.articleId, status: "done", result };
  } catch (error) {
    await stopHeartbeat();
    console.error(`question generation failed for article ${job.articleId} (job ${job.id})`, error);
    await failJob(db, job, clock(), FAILED_MESSAGE);
    return { jobId: job.id, articleId: job.articleId, status: "failed", error: FAILED_MESSAGE };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs jobs until none is left to claim. With `only`, runs those jobs and waits for any another instance is
 * running (or will take over once its lease runs out), returning each one's outcome.
 */
export async function runGenerationJobs(options: RunnerOptions = {}): Promise<JobOutcome[]> {
  const db = options.db ?? getDb();
  const outcomes: JobOutcome[] = [];
  for (;;) {
    const outcome = await runNextGenerationJob({ ...options, db });
    if (outcome) {
      outcomes.push(outcome);
      continue;
    }
    if (!options.only) return outcomes;
    const open = await db.generationJob.findMany({ where: { id: { in: options.only }, status: { in: ["queued", "running"] } }, select: { id: true } });
    if (open.length === 0) break;
    await sleep(500);
  }
  // Jobs another instance finished are reported as stored.
  const finished = new Set(outcomes.map((o) => o.jobId));
  const others = await db.generationJob.findMany({ where: { id: { in: (options.only ?? []).filter((id) => !finished.has(id)) } }, select: { id: true, articleId: true, status: true, result: true, error: true } });
  for (const row of others) {
    if (row.status === "done") outcomes.push({ jobId: row.id, articleId: row.articleId, status: "done", result: JSON.parse(row.result ?? "null") ?? { created: 0, updated: 0, retired: 0, total: 0 } });
    else outcomes.push({ jobId: row.id, articleId: row.articleId, status: "failed", error: row.error ?? FAILED_MESSAGE });
  }
  return outcomes;
}
