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
  /** Items matched by key to ones already stored (learners keep their cards)… */
  kept: number;
  /** …of which this many had new text and were rewritten. */
  changed: number;
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
 * SQLite and PostgreSQL alike. A job interrupted `maxAttempts` times is failed instead of claimed again. A job
 * waits while another job of its article is running.
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
    // A queued job of an article another job is running is not even a candidate, so it cannot crowd out others.
    where: { ...scope, OR: [{ status: "queued", article: { generationJobs: { none: { status: "running" } } } }, { status: "running", leaseUntil: { lt: now } }] },
    orderBy: { createdAt: "asc" },
    take: 5,
    select: { id: true, articleId: true, status: true, attempts: true, workerId: true, leaseUntil: true },
  });
  for (const c of candidates) {
    // One job per article at a time: two would write the same item keys. A job whose instance died still holds
    // its article until it is taken over or failed.
    if (await otherJobRunning(db, c)) continue;
    const { count } = await db.generationJob.updateMany({
      // A running job only while its lease is still out: its holder may have renewed it since it was read.
      where: { id: c.id, status: c.status, attempts: c.attempts, ...(c.status === "running" ? { leaseUntil: { lt: now } } : {}) },
      data: { status: "running", attempts: c.attempts + 1, workerId, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count !== 1) continue;
    const job = { id: c.id, articleId: c.articleId, workerId, attempts: c.attempts + 1 };
    // Two instances may claim two jobs of one article at once (a check then an update is not atomic). Each checks
    // again after its claim is committed and gives it back if another job runs: as each reads after its own
    // commit, at least one of them sees the other, so both never keep theirs.
    if (!(await otherJobRunning(db, c))) return job;
    await db.generationJob.updateMany({ where: heldBy(job), data: { status: c.status, attempts: c.attempts, workerId: c.workerId, leaseUntil: c.leaseUntil } });
  }
  return null;
}

const otherJobRunning = async (db: Db, job: { id: string; articleId: string }) =>
  (await db.generationJob.count({ where: { articleId: job.articleId, status: "running", id: { not: job.id } } })) > 0;

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
