import "server-only";
import type { Db } from "../db";

export type JobStatus = "queued" | "running" | "done" | "failed";

export interface ClaimedJob {
  id: string;
  articleId: string;
  workerId: string;
  attempts: number;
}

export interface JobResult {
  created: number;
  updated: number;
  retired: number;
  total: number;
}

/** Shown to the instructor when a job was interrupted (a restart, a crash) once too often. */
export const INTERRUPTED_MESSAGE = "Making questions from this article was interrupted too many times. Upload it again to retry.";
/** Shown when the generator itself failed on the article; the cause goes to the server log. */
export const FAILED_MESSAGE =
  "We could not make questions from this article. Check that it is ordinary prose (not a table or code), or split it into smaller parts, and upload it again.";

/** Queues generation for an article's current version; a queued job for an older version is dropped. */
export async function enqueueGeneration(db: Db, articleId: string, contentHash: string): Promise<string> {
  await db.generationJob.deleteMany({ where: { articleId, status: "queued" } });
  const job = await db.generationJob.create({ data: { articleId, contentHash }, select: { id: true } });
  return job.id;
}

/**
 * Claims the oldest runnable job: queued, or running with a lease that ran out (its instance died). The claim is
 * one conditional update on (id, status, attempts, and for a running job its lease), so of two instances racing for a job exactly one gets it, on
 * SQLite and PostgreSQL alike. A job interrupted `maxAttempts` times is failed instead of claimed again.
 */
export async function claimNextJob(
  db: Db,
  options: { workerId: string; now: Date; leaseMs: number; maxAttempts: number; only?: string[] },
): Promise<ClaimedJob | null> {
  const { workerId, now, leaseMs, maxAttempts, only } = options;
  const scope = only ? { id: { in: only } } : {};
  await db.generationJob.updateMany({
    where: { ...scope, status: "running", leaseUntil: { lt: now }, attempts: { gte: maxAttempts } },
    data: { status: "failed", error: INTERRUPTED_MESSAGE, leaseUntil: null, finishedAt: now },
  });
  const candidates = await db.generationJob.findMany({
    where: { ...scope, OR: [{ status: "queued" }, { status: "running", leaseUntil: { lt: now } }] },
    orderBy: { createdAt: "asc" },
    take: 5,
    select: { id: true, articleId: true, status: true, attempts: true },
  });
  for (const c of candidates) {
    const { count } = await db.generationJob.updateMany({
      // A running job only while its lease is still out: its holder may have renewed it since it was read.
      where: { id: c.id, status: c.status, attempts: c.attempts, ...(c.status === "running" ? { leaseUntil: { lt: now } } : {}) },
      data: { status: "running", attempts: c.attempts + 1, workerId, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count === 1) return { id: c.id, articleId: c.articleId, workerId, attempts: c.attempts + 1 };
  }
  return null;
}

/** The claim as a where clause: true only while this instance still holds the job. */
export const heldBy = (job: ClaimedJob) => ({ id: job.id, status: "running", workerId: job.workerId, attempts: job.attempts });

/** Renews the lease and records progress; false when the job is no longer this instance's. */
export async function renewLease(db: Db, job: ClaimedJob, now: Date, leaseMs: number, progress: { done: number; total: number }): Promise<boolean> {
  const { count } = await db.generationJob.updateMany({
    where: heldBy(job),
    data: { leaseUntil: new Date(now.getTime() + leaseMs), sentencesDone: progress.done, sentencesTotal: progress.total },
  });
  return count === 1;
}

export async function failJob(db: Db, job: ClaimedJob, now: Date, message: string): Promise<void> {
  await db.generationJob.updateMany({ where: heldBy(job), data: { status: "failed", error: message, leaseUntil: null, finishedAt: now } });
}
