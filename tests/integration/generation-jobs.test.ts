import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { importArticleFiles, storeArticleFiles } from "@/lib/server/catalog";
import { getDb } from "@/lib/server/db";
import { createDeck, removeDeckItem } from "@/lib/server/decks";
import { applyArticleItems } from "@/lib/server/generation/apply-article-items";
import { inProcessGenerator, type ArticleGenerator } from "@/lib/server/generation/article-generator";
import { claimNextJob, FAILED_MESSAGE, INTERRUPTED_MESSAGE } from "@/lib/server/generation/generation-jobs";
import { runGenerationJobs } from "@/lib/server/generation/run-generation-jobs";
import { addInstructorArticle, getArticleGeneration } from "@/lib/server/instructor-articles";
import { getStudySession, recordAnswer } from "@/lib/server/study";
import { createUser } from "@/lib/server/users";
import { parseArticle } from "@/lib/content/parse-article";
import { generateArticleItems, type QuizItem } from "@/lib/generate";
import { largeArticleText } from "@/tests/support/large-article";
import { clientId, createLearner, uniqueEmail } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const createInstructor = (label: string) => createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });
const tag = () => randomUUID().slice(0, 8);

const article = (title: string, body: string) => `---\ntitle: ${title}\npublished: 2026-05-10\n---\n${body}\n`;

// Library articles (no owner) whose percentages sit right next to the private uploads' below, so a corpus-wide
// pool of wrong options would pick the private figures for the library's questions.
const libraryText = (id: string) =>
  article(
    `Coffee and rice exports ${id}`,
    `Vietnam's coffee exports rose 41.5% in 2025, the Ministry of Industry and Trade said.

Rice exports to the Philippines fell 12.5% in 2025, while pepper exports grew 27.5%.

The Vietnam Coffee and Cocoa Association said that robusta prices climbed 63.5% in 2025.`,
  );
const PRIVATE_A = `Tea exports from Vietnam rose 43.7% in 2025, the Vietnam Tea Association said.

Cashew exports to China fell 13.9% in 2025, while cinnamon exports grew 29.1%.

Vietnam's coffee exports rose 38.3% in 2025, the Ministry of Industry and Trade said.`;
const PRIVATE_B = `Shrimp exports from Vietnam rose 44.9% in 2025, the Vietnam Association of Seafood Exporters said.

Pangasius exports to the United States fell 14.1% in 2025, while tuna exports grew 31.7%.

Vietnam's coffee exports rose 36.9% in 2025, the Ministry of Industry and Trade said.`;
const figuresOf = (text: string) => [...text.matchAll(/\d+\.\d%/g)].map((m) => m[0]);

const itemsOf = (articleIds: string[]) =>
  getDb().item.findMany({ where: { articleId: { in: articleIds } }, orderBy: { id: "asc" }, select: { id: true, key: true, status: true, prompt: true, choices: true, updatedAt: true } });

describe("generating one article at a time", () => {
  it("keeps two instructors' uploads out of each other's items and out of the library's", async () => {
    const lib = await importArticleFiles([{ fileName: `library-${tag()}.md`, text: libraryText(tag()) }]);
    expect(lib.failed).toEqual([]);
    const libraryIds = lib.jobs.map((j) => j.articleId);
    const libraryBefore = await itemsOf(libraryIds);
    expect(libraryBefore.filter((i) => i.choices.includes("%")).length).toBeGreaterThan(0);

    const a = await createInstructor("a");
    const b = await createInstructor("b");
    const upA = await addInstructorArticle(a.id, { title: "Tea and cashews", text: PRIVATE_A }, now);
    await runGenerationJobs({ only: [upA.jobId] });
    const aBefore = await itemsOf([upA.articleId]);
    expect(aBefore.length).toBeGreaterThan(0);
    const upB = await addInstructorArticle(b.id, { title: "Shrimp and tuna", text: PRIVATE_B }, now);
    await runGenerationJobs({ only: [upB.jobId] });
    const bItems = await itemsOf([upB.articleId]);
    expect(bItems.length).toBeGreaterThan(0);

    // Nothing of the library or of A changed: same rows, same text, not even rewritten.
    expect(await itemsOf(libraryIds)).toEqual(libraryBefore);
    expect(await itemsOf([upA.articleId])).toEqual(aBefore);
    // No private figure is an option, or in a prompt, anywhere but in its own article's items.
    const library = await itemsOf(libraryIds);
    for (const figure of figuresOf(PRIVATE_A).filter((f) => !PRIVATE_B.includes(f))) {
      for (const item of [...library, ...bItems]) expect(`${item.prompt} ${item.choices}`, `A's ${figure} leaked`).not.toContain(figure);
    }
    for (const figure of figuresOf(PRIVATE_B).filter((f) => !PRIVATE_A.includes(f))) {
      for (const item of [...library, ...aBefore]) expect(`${item.prompt} ${item.choices}`, `B's ${figure} leaked`).not.toContain(figure);
    }
    // The library is shared: its figures stand in as wrong options where an article has too few of its own.
    const c = await createInstructor("c");
    const upC = await addInstructorArticle(c.id, { title: "One figure", text: "Vietnam's coffee exports rose 40.1% in 2025, the Ministry of Industry and Trade said on Monday in its yearly report on farm trade." }, now);
    await runGenerationJobs({ only: [upC.jobId] });
    const choice = (await itemsOf([upC.articleId])).find((i) => i.choices.includes("40.1%"));
    expect(JSON.parse(choice?.choices ?? "[]")).toContain("41.5%");
  });

  it("re-importing one article leaves the other articles' items untouched: same ids, same updatedAt", async () => {
    const id = tag();
    const x = { fileName: `reimport-x-${id}.md`, text: libraryText(`x ${id}`) };
    const y = { fileName: `reimport-y-${id}.md`, text: libraryText(`y ${id}`).replaceAll("5%", "7%") };
    const first = await importArticleFiles([x, y]);
    const [xId, yId] = first.jobs.map((j) => j.articleId) as [string, string];
    const yBefore = await itemsOf([yId]);
    const xBefore = await itemsOf([xId]);
    expect(yBefore.length).toBeGreaterThan(0);

    const report = await importArticleFiles([{ ...x, text: x.text.replace("fell 12.5%", "fell 11.5%") }]);
    expect(report.imported).toEqual([x.fileName.replace(".md", "")]);
    expect(report.items.retired).toBeGreaterThan(0);
    expect(await itemsOf([yId])).toEqual(yBefore);
    // Within the edited article, items of unchanged sentences keep their id (learners' cards survive).
    const xAfter = new Map((await itemsOf([xId])).map((i) => [i.id, i]));
    const kept = xBefore.filter((i) => !i.prompt.includes("12.5%") && xAfter.get(i.id)?.status === "active");
    expect(kept.length).toBeGreaterThan(0);
  });
});

describe("a deck mixing articles", () => {
  it("withholds the questions two of its articles ask with different answers, and keeps the rest", async () => {
    const id = tag();
    const files = ["two", "five"].map((n) => ({
      fileName: `agreements-${n}-${id}.md`,
      text: article(`Agreements ${n} ${id}`, `Vietnam and Russia signed ${n} agreements in Hanoi. ${n === "two" ? "Coffee exports to Russia rose 12%" : "Rice exports to Russia rose 17%"} in 2025.`),
    }));
    const report = await importArticleFiles(files);
    const articleIds = report.jobs.map((j) => j.articleId);
    const items = await getDb().item.findMany({ where: { articleId: { in: articleIds }, type: "typed", kind: "count" }, select: { id: true, prompt: true } });
    // (Each title holds its answer, so each label shows it cut out, "Agreements … <id>": the two prompts still read alike.)
    expect(items.map((i) => i.prompt.replace(/^\([^)]*\)\s*/, ""))).toEqual(["How many agreements did Vietnam and Russia sign in Hanoi?", "How many agreements did Vietnam and Russia sign in Hanoi?"]);
    expect(items[0]?.prompt).toBe(items[1]?.prompt);
    const teacher = await createInstructor("mixer");
    const deck = await createDeck(teacher.id, { title: "Mixed", articleIds, kinds: ["count", "percent"], types: ["typed"] });
    expect(deck.withheld).toBe(2);
    const inDeck = await getDb().deckItem.findMany({ where: { deckId: deck.id }, select: { itemId: true } });
    expect(inDeck.length).toBeGreaterThan(0);
    expect(inDeck.map((d) => d.itemId)).not.toEqual(expect.arrayContaining([items[0]!.id]));
    expect(inDeck.map((d) => d.itemId)).not.toEqual(expect.arrayContaining([items[1]!.id]));
  });
});

describe("a deck following its articles", () => {
  it("does not take in a re-imported item whose prompt it already asks with another answer", async () => {
    const id = tag();
    // One title, source and date for both: questions carry their article's label, so only then do the two articles'
    // "How many agreements…?" read alike and need the deck's check.
    const x = { fileName: `follow-x-${id}.md`, text: article(`Follow ${id}`, "Vietnam and Russia signed two agreements in Hanoi. Coffee exports to Russia rose 12% in 2025.") };
    const y = { fileName: `follow-y-${id}.md`, text: article(`Follow ${id}`, "Rice exports to Russia rose 17% in 2025.") };
    const first = await importArticleFiles([x, y]);
    const [xId, yId] = first.jobs.map((j) => j.articleId) as [string, string];
    const teacher = await createInstructor("follower");
    const deck = await createDeck(teacher.id, { title: "Follows", articleIds: [xId, yId], kinds: ["count", "percent"], types: ["typed"] });
    expect(deck.withheld).toBe(0);

    const again = await importArticleFiles([{ ...y, text: article(`Follow ${id}`, "Vietnam and Russia signed five agreements in Hanoi. Rice exports to Russia rose 17% in 2025.") }]);
    expect(again.items.created).toBeGreaterThan(0);
    const rows = await getDb().deckItem.findMany({ where: { deckId: deck.id }, select: { item: { select: { articleId: true, kind: true, answer: true } } } });
    const counts = rows.filter((r) => r.item.kind === "count").map((r) => [r.item.articleId, r.item.answer]);
    expect(counts).toEqual([[xId, "two"]]);
  });
});

describe("generation jobs", () => {
  it("takes over a job whose instance stopped (its lease ran out) and finishes it", async () => {
    const db = getDb();
    const stored = await storeArticleFiles([{ fileName: `stale-${tag()}.md`, text: libraryText(tag()) }]);
    const jobId = stored.jobs[0]!.jobId;
    const past = new Date(Date.now() - 120_000);
    const dead = await claimNextJob(db, { workerId: "dead-instance", now: past, leaseMs: 30_000, maxAttempts: 3, only: [jobId] });
    expect(dead).toMatchObject({ id: jobId, attempts: 1 });
    // While the lease holds nobody else may claim it; both racers cannot win.
    const racers = await Promise.all(["r1", "r2"].map((workerId) => claimNextJob(db, { workerId, now: new Date(past.getTime() + 1000), leaseMs: 30_000, maxAttempts: 3, only: [jobId] })));
    expect(racers).toEqual([null, null]);

    const outcomes = await runGenerationJobs({ only: [jobId] });
    expect(outcomes).toMatchObject([{ jobId, status: "done" }]);
    const job = await db.generationJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ status: "done", attempts: 2, leaseUntil: null });
    expect(job.sentencesDone).toBe(job.sentencesTotal);
    expect(job.sentencesTotal).toBeGreaterThan(0);
    expect(await db.item.count({ where: { articleId: stored.jobs[0]!.articleId, status: "active" } })).toBeGreaterThan(0);
  });

  it("gives exactly one of two instances racing for a queued job the claim", async () => {
    const db = getDb();
    const stored = await storeArticleFiles([{ fileName: `race-${tag()}.md`, text: libraryText(tag()) }]);
    const jobId = stored.jobs[0]!.jobId;
    const claims = await Promise.all(["i1", "i2", "i3"].map((workerId) => claimNextJob(db, { workerId, now: new Date(), leaseMs: 30_000, maxAttempts: 3, only: [jobId] })));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await db.generationJob.update({ where: { id: jobId }, data: { leaseUntil: new Date(0) } });
    expect(await runGenerationJobs({ only: [jobId] })).toMatchObject([{ status: "done" }]);
  });

  it("an interrupted job's retry puts every new item in the decks following the article, and none is studied before it is done", async () => {
    const db = getDb();
    const id = tag();
    // Items made up by hand, one per number, so the count and batches are known (more than one batch of 50).
    const made = (slug: string, n: number): QuizItem[] =>
      Array.from({ length: n }, (_, i) => ({
        key: `${slug}:${i}`,
        type: "typed",
        kind: "percent",
        prompt: `By how much did export ${i} of ${id} rise?`,
        answer: `${i}%`,
        choices: [],
        accepted: [],
        source: { article: slug, sentence: `Export ${i} rose ${i}%.` },
        difficulty: 0.5,
      }));
    const generating = (n: number): ArticleGenerator => ({ generate: async (a) => made(a.slug, n) });
    const file = { fileName: `interrupted-${id}.md`, text: article(`Interrupted ${id}`, "Exports rose 5% in 2025.") };
    const first = await importArticleFiles([file], { generator: generating(5) });
    const articleId = first.jobs[0]!.articleId;
    const teacher = await createInstructor("resumed");
    const deck = await createDeck(teacher.id, { title: "Follows", articleIds: [articleId], kinds: ["percent"], types: ["typed"] });
    expect(deck.items).toBe(5);
    // An item the instructor took out of the deck stays out whatever the article's next generation does.
    const removed = (await db.item.findFirstOrThrow({ where: { articleId, key: { endsWith: ":0" } }, select: { id: true } })).id;
    await removeDeckItem(teacher.id, { deckId: deck.id, itemId: removed });

    const stored = await storeArticleFiles([{ ...file, text: file.text.replace("5%", "6%") }]);
    const jobId = stored.jobs[0]!.jobId;
    const dead = await claimNextJob(db, { workerId: "dead-instance", now: new Date(Date.now() - 120_000), leaseMs: 30_000, maxAttempts: 3, only: [jobId] });
    const a = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { slug: true, title: true, source: true, publishedAt: true, body: true } });
    // The instance writes its first batch of new items and stops before the next one.
    let checks = 0;
    const interrupted = await applyArticleItems(db, dead!, a, made(a.slug, 80), { keepClaim: async () => ++checks === 1, clock: () => new Date() });
    expect(interrupted).toBeNull();
    expect(await db.item.count({ where: { articleId } })).toBe(55);
    // Learners study active items only: the unfinished job's are not among them.
    expect(await db.item.count({ where: { articleId, status: "active" } })).toBe(5);

    expect(await runGenerationJobs({ only: [jobId], generator: generating(80) })).toMatchObject([{ jobId, status: "done", result: { created: 75, total: 80 } }]);
    const inDeck = await db.deckItem.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" }, select: { itemId: true, position: true } });
    const active = await db.item.findMany({ where: { articleId, status: "active" }, select: { id: true } });
    expect(active).toHaveLength(80);
    expect(new Set(inDeck.map((d) => d.itemId))).toEqual(new Set(active.map((i) => i.id).filter((i) => i !== removed)));
    expect(new Set(inDeck.map((d) => d.position)).size).toBe(79);
  });

  it("runs one job per article at a time: a second job waits while the first runs, and of two racing only one is claimed", async () => {
    const db = getDb();
    const stored = await storeArticleFiles([{ fileName: `one-at-a-time-${tag()}.md`, text: libraryText(tag()) }]);
    const { articleId, jobId: first } = stored.jobs[0]!;
    const hash = (await db.generationJob.findUniqueOrThrow({ where: { id: first } })).contentHash;
    // Two jobs of one article, as two instances enqueueing at once could leave.
    const second = (await db.generationJob.create({ data: { articleId, contentHash: hash }, select: { id: true } })).id;
    const claims = await Promise.all(["s1", "s2"].map((workerId, i) => claimNextJob(db, { workerId, now: new Date(), leaseMs: 30_000, maxAttempts: 3, only: [[first, second][i]!] })));
    expect(claims.filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(await db.generationJob.count({ where: { articleId, status: "running" } })).toBe(claims.filter(Boolean).length);

    const held = claims.find(Boolean) ?? (await claimNextJob(db, { workerId: "s3", now: new Date(), leaseMs: 30_000, maxAttempts: 3, only: [first, second] }));
    expect(held).not.toBeNull();
    const other = held!.id === first ? second : first;
    expect(await claimNextJob(db, { workerId: "s4", now: new Date(), leaseMs: 30_000, maxAttempts: 3, only: [other] })).toBeNull();
    // Nor while its instance has died, until the job is taken over: the dead one's writes may still be under way.
    await db.generationJob.update({ where: { id: held!.id }, data: { leaseUntil: new Date(Date.now() - 60_000) } });
    expect(await claimNextJob(db, { workerId: "s5", now: new Date(), leaseMs: 30_000, maxAttempts: 3, only: [other] })).toBeNull();
    expect(await db.generationJob.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ status: "queued", attempts: 0 });

    expect(await runGenerationJobs({ only: [first, second] })).toMatchObject([{ status: "done" }, { status: "done" }]);
  });

  it("fails a job interrupted too many times, with a plain message", async () => {
    const db = getDb();
    const teacher = await createInstructor("interrupted");
    const up = await addInstructorArticle(teacher.id, { title: "Interrupted", text: PRIVATE_A }, now);
    await db.generationJob.update({ where: { id: up.jobId }, data: { status: "running", attempts: 3, workerId: "gone", leaseUntil: new Date(Date.now() - 60_000) } });
    expect(await runGenerationJobs({ only: [up.jobId] })).toMatchObject([{ status: "failed", error: INTERRUPTED_MESSAGE }]);
    expect(await getArticleGeneration(teacher.id, up.articleId)).toMatchObject({ status: "failed", error: INTERRUPTED_MESSAGE, activeItems: 0 });
  });

  it("ends a job whose article the generator fails on as failed, with a plain message and no internals", async () => {
    const teacher = await createInstructor("failing");
    const up = await addInstructorArticle(teacher.id, { title: "Breaks the generator", text: PRIVATE_B }, now);
    const broken: ArticleGenerator = {
      async generate(_article, _library, onProgress) {
        onProgress(3, 10);
        throw new TypeError("Cannot read properties of undefined (reading 'span')");
      },
    };
    const outcomes = await runGenerationJobs({ only: [up.jobId], generator: broken });
    expect(outcomes).toMatchObject([{ status: "failed", error: FAILED_MESSAGE }]);
    const view = await getArticleGeneration(teacher.id, up.articleId);
    expect(view).toMatchObject({ status: "failed", activeItems: 0 });
    expect(view?.error).toBe(FAILED_MESSAGE);
    expect(view?.error).not.toMatch(/undefined|span|TypeError/);
  });

  // Regression (review): any stored job made an unchanged file "unchanged", so a library article whose job failed
  // was never generated again, on any later `npm start`.
  it("tries a failed article again when the same file is imported again, and leaves it alone once done", async () => {
    const file = { fileName: `retry-${tag()}.md`, text: libraryText(tag()) };
    const broken: ArticleGenerator = {
      async generate() {
        throw new Error("generator broke");
      },
    };
    const first = await storeArticleFiles([file]);
    expect(await runGenerationJobs({ only: [first.jobs[0]!.jobId], generator: broken })).toMatchObject([{ status: "failed" }]);
    const again = await storeArticleFiles([file]);
    expect(again.unchanged).toEqual([]);
    expect(again.jobs).toHaveLength(1);
    expect(await runGenerationJobs({ only: [again.jobs[0]!.jobId] })).toMatchObject([{ status: "done" }]);
    expect((await storeArticleFiles([file])).unchanged).toHaveLength(1);
  });
});

describe("learners during a large upload's generation", () => {
  // Today's generation in the request blocked every request for its whole run (64 s for a 186 KB upload). The
  // bound is relative to what that CPU work costs on this machine right now (it is shared and its speed varies):
  // the event loop may stall for at most half of one in-thread generation of the same article, and requests must
  // be answered within that too; answering a learner can itself take a few hundred ms on a loaded machine.
  const text = largeArticleText(195 * 1024, `Large upload ${tag()}`);
  let generationCpuMs = 0;
  const bound = () => Math.max(500, generationCpuMs / 2);

  async function measureDuringUpload(generator?: ArticleGenerator) {
    const learner = await createLearner("during-upload");
    const teacher = await createInstructor("large");
    expect(Buffer.byteLength(text)).toBeGreaterThan(190 * 1024);
    // Warm up: the first query of a process compiles Prisma's query engine, which is not what is measured.
    await getStudySession(learner.id, { limit: 5 }, now);

    const uploadStart = performance.now();
    const up = await addInstructorArticle(teacher.id, { title: "", text, fileName: "large.md" }, now);
    const uploadMs = performance.now() - uploadStart;
    // How late a 10 ms timer fires is how long the event loop was blocked (perf_hooks' histogram reads 0 in
    // vitest's worker, so it is measured by hand).
    let maxDelayMs = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const t = performance.now();
      maxDelayMs = Math.max(maxDelayMs, t - last - 10);
      last = t;
    }, 10);
    let finished = false;
    const generationStart = performance.now();
    const run = runGenerationJobs({ only: [up.jobId], generator }).finally(() => (finished = true));
    const latencies: number[] = [];
    // A request that failed (a blocked thread can keep a transaction from starting in time) is counted, not thrown.
    const failures: string[] = [];
    while (!finished) {
      const started = performance.now();
      try {
        const session = await getStudySession(learner.id, { limit: 5 }, now);
        const card = session.cards[0];
        if (card) await recordAnswer(learner.id, { clientId: clientId(), itemId: card.itemId, cardVersion: card.cardVersion, response: "x", durationMs: 1000, tzOffset: 0 }, now);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [outcome] = await run;
    const generationMs = performance.now() - generationStart;
    clearInterval(probe);
    return { uploadMs, generationMs, outcome, latencies, failures, maxDelayMs, jobId: up.jobId };
  }

  beforeAll(() => {
    const started = performance.now();
    generateArticleItems(parseArticle("large.md", text));
    generationCpuMs = performance.now() - started;
  });

  it("are answered promptly while a 200 KB upload is generated", async () => {
    const m = await measureDuringUpload();
    console.log(
      `200 KB upload: returned in ${m.uploadMs.toFixed(0)} ms; generated in ${m.generationMs.toFixed(0)} ms; ` +
        `${m.latencies.length} learner requests, slowest ${Math.max(...m.latencies).toFixed(0)} ms; max event-loop delay ${m.maxDelayMs.toFixed(0)} ms ` +
        `(one in-thread generation: ${generationCpuMs.toFixed(0)} ms)`,
    );
    expect(m.outcome).toMatchObject({ status: "done" });
    expect(m.failures).toEqual([]);
    expect(m.uploadMs).toBeLessThan(1000);
    expect(m.latencies.length).toBeGreaterThan(3);
    expect(Math.max(...m.latencies)).toBeLessThan(bound());
    expect(m.maxDelayMs).toBeLessThan(bound());
  }, 180_000);

  it("(the check can fail) generating in the server's own thread exceeds the event-loop bound", async () => {
    const m = await measureDuringUpload(inProcessGenerator());
    console.log(`in-process: generated in ${m.generationMs.toFixed(0)} ms; slowest request ${Math.max(...m.latencies).toFixed(0)} ms; max event-loop delay ${m.maxDelayMs.toFixed(0)} ms`);
    expect(m.outcome).toMatchObject({ status: "done" });
    // Against the bound's floor: this machine's speed can change between calibrating and measuring.
    expect(m.maxDelayMs).toBeGreaterThan(500);
  }, 180_000);
});
