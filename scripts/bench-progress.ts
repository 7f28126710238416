/**
 * Progress page benchmark: learners with 1,000, 5,000, 20,000 and 50,000 answers over two years (one learner per
 * size, the same library of questions), written straight into the database, then the server time of the progress
 * page's data function (getLearnerProgress) and of the settings page's (getLearnerSettings) for each, median of 20
 * after two warm-up calls. The curve, not one point: it shows what still grows with a learner's history. Each row
 * gives wall time (which other work on a busy machine inflates), this process's CPU time per call (which it does
 * not, much) and the 1-minute load average when it was measured. Last lines: `progress_ms=<median at 20k>`,
 * `progress_cpu_ms=<CPU per call at 20k>` and `progress_curve=<reviews>:<wall ms>/<cpu ms>,...`.
 *
 * Usage: npm run bench:progress [-- --sizes 1000,5000,20000,50000] [-- --cpu-prof file.cpuprofile]
 *        (resets `.data/bench-progress.db`; DATABASE_URL may name another SQLite file or a PostgreSQL database whose
 *        name contains "bench")
 *   --cpu-prof  writes a V8 CPU profile of the timed progress calls of the largest learner only (read it with
 *               scripts/cpuprofile-summary.ts)
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { getDb } from "@/lib/server/db";
import { getLearnerSettings } from "@/lib/server/learner-settings";
import { getLearnerProgress } from "@/lib/server/progress";
import { createUser } from "@/lib/server/users";
import { newCardState, serializeCardState, State } from "@/lib/srs/card-state";
import { mulberry32 } from "@/lib/generate/hash-key";
import { resetDatabase } from "./lib/database";

const url = (process.env.DATABASE_URL ??= "file:./.data/bench-progress.db");
if (!url.includes("bench")) throw new Error("bench:progress resets its database: give it one whose name contains bench");

const { values: args } = parseArgs({ options: { "cpu-prof": { type: "string" }, sizes: { type: "string", default: "1000,5000,20000,50000" } } });

const SIZES = args.sizes.split(",").map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("--sizes takes answer counts, e.g. 1000,20000");
const DAYS = 730;
// enough questions for the largest learner's cards (about twelve answers each over two years)
const ITEMS = Math.max(2_500, Math.ceil(Math.max(...SIZES) / 8));
const RUNS = 20;
const KINDS = ["percent", "money", "count", "ordinal", "date", "duration", "person", "organisation", "place"];
const MS_PER_DAY = 86_400_000;
const now = new Date("2026-11-22T10:00:00Z");

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median wall time of RUNS calls after two warm-up calls, and the process's mean CPU time per call (which other
 * processes on a busy machine do not inflate). */
async function time(label: string, run: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number; load: number }> {
  for (let i = 0; i < 2; i++) await run();
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  const ms = median(times);
  const cpuMs = (used.user + used.system) / 1000 / RUNS;
  const load = loadavg()[0]!;
  console.log(
    `${label.padEnd(48)} median ${ms.toFixed(1)} ms, min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)} (${RUNS} runs), CPU ${cpuMs.toFixed(1)} ms per call, load ${load.toFixed(2)}`,
  );
  return { ms, cpuMs, load };
}

/**
 * A steady learner's log: cards introduced over the two years, each reviewed at growing gaps (1, 3, 7, 15 days...,
 * back to 1 after a lapse) until today, with one answer in fifty undone, until there are REVIEWS answers.
 */
function syntheticLog(userId: string, cards: { id: string; itemId: string }[], REVIEWS: number) {
  const random = mulberry32(REVIEWS);
  const rows: Record<string, unknown>[] = [];
  // in review since the last answer, with that gap as its stability: the expected pass rate has something to average
  const inReview = (lastReview: Date, stability: number) => serializeCardState({ ...newCardState(now), state: State.Review, stability, difficulty: 5, lastReview });
  const learning = serializeCardState(newCardState(now));
  const finalCards: { id: string; due: Date; stability: number; reps: number }[] = [];
  let answers = 0;
  for (const card of cards) {
    if (answers >= REVIEWS) break;
    let day = Math.floor(random() * DAYS);
    let gap = 1;
    let reps = 0;
    let last = now;
    while (day < DAYS && answers < REVIEWS) {
      const reviewedAt = new Date(now.getTime() - (DAYS - day) * MS_PER_DAY + Math.floor(random() * 14 * 3_600_000));
      const rating = reps === 0 ? 3 : random() < 0.1 ? 1 : random() < 0.9 ? 3 : 4;
      const id = randomUUID();
      answers += 1;
      const before = reps === 0 ? learning : inReview(last, gap);
      const after = inReview(reviewedAt, gap);
      rows.push({ id, userId, clientId: randomUUID(), cardId: card.id, itemId: card.itemId, rating, correct: rating > 1, stateBefore: before, stateAfter: after, reviewedAt });
      if (random() < 0.02) {
        rows.push({ userId, clientId: randomUUID(), cardId: card.id, itemId: card.itemId, event: "undo", rating: 0, stateBefore: after, stateAfter: before, reviewedAt: new Date(reviewedAt.getTime() + 5_000), undoesId: id });
      }
      last = reviewedAt;
      reps += 1;
      gap = rating === 1 ? 1 : Math.ceil(gap * 1.8);
      day += gap;
    }
    finalCards.push({ id: card.id, due: new Date(now.getTime() + (day - DAYS) * MS_PER_DAY), stability: gap, reps });
  }
  return { rows, finalCards };
}

async function seedLearner(reviews: number) {
  const db = getDb();
  const learner = await createUser({ name: "Bench learner", email: `bench-${randomUUID().slice(0, 6)}@example.test`, password: "correct horse battery", role: "learner" });
  await db.user.update({ where: { id: learner.id }, data: { timeZone: "Europe/Paris" } });
  const items = await db.item.findMany({ select: { id: true }, orderBy: { key: "asc" } });
  await db.card.createMany({ data: items.map((item) => ({ userId: learner.id, itemId: item.id, due: now, state: State.New })) });
  const cards = await db.card.findMany({ where: { userId: learner.id }, select: { id: true, itemId: true }, orderBy: { itemId: "asc" } });

  const seeded = performance.now();
  const { rows, finalCards } = syntheticLog(learner.id, cards, reviews);
  for (let i = 0; i < rows.length; i += 2_000) await db.reviewLog.createMany({ data: rows.slice(i, i + 2_000) as never });
  for (let i = 0; i < finalCards.length; i += 500) {
    await db.$transaction(
      finalCards.slice(i, i + 500).map((c) => db.card.update({ where: { id: c.id }, data: { state: State.Review, due: c.due, stability: c.stability, reps: c.reps }, select: { id: true } })),
    );
  }
  const answers = rows.filter((r) => r.event !== "undo").length;
  console.log(`\n${reviews} answers: seeded ${answers} (${rows.length - answers} undone) over ${DAYS} days on ${finalCards.length} cards in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

  // The log was written past the answer path: the per-day sums are recounted from it (as after the migration, a
  // time zone change or a refit of the learner's weights), once.
  await db.user.update({ where: { id: learner.id }, data: { reviewDaysStale: true } });
  const started = performance.now();
  await getLearnerProgress(learner.id, now, db);
  const recountMs = performance.now() - started;
  console.log(`first read, recounting the per-day sums from the log: ${recountMs.toFixed(0)} ms`);
  return { learner, cards: finalCards.length, recountMs };
}

async function main() {
  await resetDatabase(url);
  const db = getDb();
  const article = await db.article.create({ data: { slug: "bench-progress", title: "Bench", body: "x", contentHash: "x", publishedAt: new Date("2000-01-01") } });
  for (let i = 0; i < ITEMS; i += 2_000) {
    await db.item.createMany({
      data: Array.from({ length: Math.min(2_000, ITEMS - i) }, (_, j) => ({
        key: `bench-progress-${String(i + j).padStart(6, "0")}`, articleId: article.id, type: "choice", kind: KINDS[(i + j) % KINDS.length]!, prompt: `p${i + j}`, answer: "24%", choices: JSON.stringify(["12%", "24%"]), sourceSentence: `s${i + j}`,
      })),
    });
  }
  console.log(`library: ${ITEMS} questions; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} on ${availableParallelism()} cores`);

  const results: { reviews: number; cards: number; dayRows: number; recountMs: number; ms: number; cpuMs: number; load: number }[] = [];
  for (const reviews of SIZES) {
    const { learner, cards, recountMs } = await seedLearner(reviews);
    const progress = await getLearnerProgress(learner.id, now, db);
    const dayRows = await db.reviewDay.count({ where: { userId: learner.id } });
    console.log(
      `progress: ${progress.totalReviews} answers in force, ${progress.cardsStudied} cards, ${dayRows} ReviewDay rows, streak ${progress.streak.days}, retention ${progress.retention.retention?.toFixed(3)} (expected ${progress.expectedPassRate?.toFixed(3)}), JSON ${(JSON.stringify(progress).length / 1024).toFixed(1)} KiB`,
    );
    await time("settings page data (getLearnerSettings)", () => getLearnerSettings(learner.id, now, db));
    const profile = args["cpu-prof"] && reviews === Math.max(...SIZES);
    const profiler = profile ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    const timed = await time("progress page data (getLearnerProgress)", () => getLearnerProgress(learner.id, now, db));
    if (profiler) {
      const { profile: cpuProfile } = await profiler.post("Profiler.stop");
      writeFileSync(args["cpu-prof"]!, JSON.stringify(cpuProfile));
      console.log(`CPU profile of the progress calls written to ${args["cpu-prof"]}`);
    }
    results.push({ reviews, cards, dayRows, recountMs, ...timed });
  }

  console.log("\nanswers   cards  day rows  recount once  progress wall  progress CPU  load(1 min)");
  for (const r of results) {
    console.log(
      `${String(r.reviews).padStart(7)}  ${String(r.cards).padStart(6)}  ${String(r.dayRows).padStart(8)}  ${(r.recountMs.toFixed(0) + " ms").padStart(12)}  ${(r.ms.toFixed(1) + " ms").padStart(13)}  ${(r.cpuMs.toFixed(1) + " ms").padStart(12)}  ${r.load.toFixed(2).padStart(11)}`,
    );
  }
  console.log(
    "Caveats: wall time includes waiting for the CPU on a shared machine (compare it with the load average; with 2 cores a load above 2 " +
      "means queueing); CPU time is this process's, database work included for SQLite (in process) but not for PostgreSQL (another " +
      "process). The synthetic learner answers every day, so the streak reaches back over the whole history.",
  );
  const at20k = results.find((r) => r.reviews === 20_000) ?? results.at(-1)!;
  console.log(`progress_ms=${at20k.ms.toFixed(1)}`);
  console.log(`progress_cpu_ms=${at20k.cpuMs.toFixed(1)}`);
  console.log(`progress_curve=${results.map((r) => `${r.reviews}:${r.ms.toFixed(1)}/${r.cpuMs.toFixed(1)}`).join(",")}`);
  await db.$disconnect();
}

void main();
