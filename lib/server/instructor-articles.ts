import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { MAX_ARTICLE_BYTES, prepareArticleUpload, publishedDateProblem } from "@/lib/classes/article-upload";
import { storeArticleFiles } from "./catalog";
import { getDb, type Db } from "./db";
import { NotFoundError, UserFacingError } from "./errors";
import { wakeGenerationRunner } from "./generation/background-runner";
import type { JobStatus } from "./generation/generation-jobs";

export const AddArticleSchema = z.object({
  title: z.string().max(300, "Keep the title under 300 characters.").default(""),
  // characters, not bytes: the byte limit is checked with a clear message in prepareArticleUpload
  text: z.string().min(1, "Paste the article text or choose a file.").max(MAX_ARTICLE_BYTES * 2, "That article is over the 200 KB limit."),
  fileName: z.string().max(200).nullish(),
  source: z.string().trim().max(200, "Keep the source under 200 characters.").default(""),
  // The calendar check (a real day, not in the future) needs "today": prepareArticleUpload makes it.
  published: z
    .string()
    .trim()
    .regex(/^(?:\d{4}-\d{2}-\d{2})?$/, "Give the published date as a date (YYYY-MM-DD), or leave it empty.")
    .default(""),
});
export const ArticleIdSchema = z.object({ articleId: z.string().min(1).max(64) });
export const EditArticleSchema = ArticleIdSchema.extend({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  source: AddArticleSchema.shape.source,
  published: AddArticleSchema.shape.published,
});

/** An upload its owner may still see and change: not deleted, and not the store of their hand-written questions. */
const ownUpload = (instructorId: string, articleId: string) => ({ id: articleId, ownerId: instructorId, deletedAt: null, handWritten: false });

export interface InstructorArticle {
  id: string;
  title: string;
  source: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  items: { itemId: string; type: string; kind: string; prompt: string; answer: string; status: string }[];
}

/**
 * Stores an instructor's article as theirs and queues its questions: it returns at once, and the article page
 * shows the job's progress. The importer keys articles by file name, so each upload gets a unique one: a clash
 * would update another instructor's or the shared library's article.
 */
export async function addInstructorArticle(
  instructorId: string,
  input: z.input<typeof AddArticleSchema>,
  now: Date,
  db: Db = getDb(),
): Promise<{ articleId: string; title: string; jobId: string }> {
  const upload = AddArticleSchema.parse(input);
  const prepared = prepareArticleUpload(upload, randomBytes(4).toString("hex"), now);
  if (!prepared.ok) throw new UserFacingError(prepared.error);
  const report = await storeArticleFiles([{ fileName: prepared.fileName, text: prepared.text }], { ownerId: instructorId }, db);
  const job = report.jobs[0];
  if (!job) {
    // The parser's messages name the problem plainly ("the front matter is not closed"); drop our file name.
    const problem = report.failed[0]?.error.replace(`${prepared.fileName}: `, "");
    throw new UserFacingError(
      problem ? `We could not read that article: ${problem}.` : "We could not read that article. Check it is Markdown or plain text, and try again.",
    );
  }
  const article = await db.article.findFirst({ where: { id: job.articleId, ownerId: instructorId }, select: { id: true, title: true } });
  if (!article) throw new Error(`imported article ${job.slug} is not owned by its uploader`);
  wakeGenerationRunner();
  return { articleId: article.id, title: article.title, jobId: job.jobId };
}

/** Where making an article's questions stands, as its owner sees it. */
export interface ArticleGeneration {
  status: JobStatus;
  sentencesDone: number;
  sentencesTotal: number;
  /** a plain sentence when failed */
  error: string | null;
  activeItems: number;
}

/** The latest generation job of one of this instructor's own articles; anyone else's is "not found". */
export async function getArticleGeneration(instructorId: string, articleId: string, db: Db = getDb()): Promise<ArticleGeneration | null> {
  const article = await db.article.findFirst({
    where: ownUpload(instructorId, articleId),
    select: {
      _count: { select: { items: { where: { status: "active" } } } },
      generationJobs: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, sentencesDone: true, sentencesTotal: true, error: true } },
    },
  });
  if (!article) throw new NotFoundError("That article");
  const job = article.generationJobs[0];
  if (!job) return null;
  return { status: job.status as JobStatus, sentencesDone: job.sentencesDone, sentencesTotal: job.sentencesTotal, error: job.error, activeItems: article._count.items };
}

export async function listInstructorArticles(instructorId: string, db: Db = getDb()) {
  const rows = await db.article.findMany({
    where: { ownerId: instructorId, deletedAt: null, handWritten: false },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, createdAt: true, _count: { select: { items: { where: { status: "active" } } } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, activeItems: _count.items }));
}

/**
 * One of this instructor's own articles with the questions generated from it; anyone else's is
 * "not found". Edits and suspensions belong to decks, so the article shows the generated wording.
 */
export async function getInstructorArticle(instructorId: string, articleId: string, db: Db = getDb()): Promise<InstructorArticle> {
  const row = await db.article.findFirst({
    where: ownUpload(instructorId, articleId),
    select: {
      id: true,
      title: true,
      source: true,
      publishedAt: true,
      createdAt: true,
      items: {
        where: { status: "active" },
        orderBy: [{ difficulty: "asc" }, { key: "asc" }],
        select: { id: true, type: true, kind: true, prompt: true, answer: true, status: true },
      },
    },
  });
  if (!row) throw new NotFoundError("That article");
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    items: row.items.map((item) => ({ itemId: item.id, type: item.type, kind: item.kind, prompt: item.prompt, answer: item.answer, status: item.status })),
  };
}

/**
 * Changes the title, source and published date of one of this instructor's uploads. The text (and so its questions)
 * stays: upload it again to change that.
 */
export async function editInstructorArticle(instructorId: string, input: z.input<typeof EditArticleSchema>, now: Date, db: Db = getDb()): Promise<{ id: string; title: string }> {
  const { articleId, title, source, published } = EditArticleSchema.parse(input);
  const problem = published ? publishedDateProblem(published, now) : null;
  if (problem) throw new UserFacingError(problem);
  const { count } = await db.article.updateMany({
    where: ownUpload(instructorId, articleId),
    data: { title, source: source || null, publishedAt: published ? new Date(`${published}T00:00:00.000Z`) : null },
  });
  if (count === 0) throw new NotFoundError("That article");
  return { id: articleId, title };
}

/** What deleting an article does, as the confirmation says it. */
export const DELETE_ARTICLE_CONSEQUENCES =
  "Its questions leave your decks and learners stop studying them. Learners keep their review history. Shared library articles and other instructors' decks are not touched.";

/**
 * Deletes one of this instructor's uploads softly: the row stays, marked deleted, and its items are retired, because
 * deleting the rows would cascade to every learner's cards and review history of them. Retired items leave every
 * deck and study session (as an item gone from a re-imported article does). An owned article is visible to its owner
 * only, so only their decks held its items; the shared library and other articles are not touched. A generation job
 * still queued or running is failed, so it cannot bring the items back.
 */
export async function deleteInstructorArticle(instructorId: string, articleId: string, now: Date, db: Db = getDb()): Promise<{ id: string; retired: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: ownUpload(instructorId, articleId), data: { deletedAt: now } });
    if (count === 0) throw new NotFoundError("That article");
    await tx.generationJob.updateMany({
      where: { articleId, status: { in: ["queued", "running"] } },
      data: { status: "failed", leaseUntil: null, finishedAt: now, error: "The article was deleted." },
    });
    const retired = await tx.item.updateMany({ where: { articleId, status: { in: ["active", "pending"] } }, data: { status: "retired" } });
    return { id: articleId, retired: retired.count };
  });
}
