/**
 * Progress page benchmark: one learner with 20,000 answers over two years, written straight into the database, then
 * the server time of the progress page's data function (getLearnerProgress) and of the settings page's
 * (getLearnerSettings), median of 20 after two warm-up calls. Last lines: `progress_ms=<median>` and
 * `progress_cpu_ms=<this process's CPU per call>`, the figure to read on a machine other work keeps busy.
 *
 * Usage: npm run bench:progress [-- --cpu-prof file.cpuprofile]   (resets `.data/bench-progress.db`; DATABASE_URL may
 *        name another SQLite file or a PostgreSQL database whose name contains "bench")
 *   --cpu-prof  writes a V8 CPU profile of the timed progress calls only (read it with scripts/cpuprofile-summary.ts)
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
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

const { values: args } = parseArgs({ options: { "cpu-prof": { type: "string" } } });

const REVIEWS = 20_000;
const DAYS = 730;
const ITEMS = 2_500;
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
async function time(label: string, run: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
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
  console.log(`${label.padEnd(40)} median ${ms.toFixed(1)} ms, min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)} (${RUNS} runs), CPU ${cpuMs.toFixed(1)} ms per call`);
  return { ms, cpuMs };
}

/**
 * A steady learner's log: cards introduced over the two years, each reviewed at growing gaps (1, 3, 7, 15 days...,
 * back to 1 after a lapse) until today, with one answer in fifty undone, until there are REVIEWS answers.
 */
function syntheticLog(userId: string, cards: { id: string; itemId: string }[]) {
  const random = mulberry32(20_000);
  const rows: Record<string, unknown>[] = [];
  const review = serializeCardState({ ...newCardState(now), state: State.Review, stability: 10, difficulty: 5 });
  const learning = serializeCardState(newCardState(now));
  const finalCards: { id: string; due: Date; stability: number; reps: number }[] = [];
  let answers = 0;
  for (const card of cards) {
    if (answers >= REVIEWS) break;
    let day = Math.floor(random() * DAYS);
    let gap = 1;
    let reps = 0;
    while (day < DAYS && answers < REVIEWS) {
      const reviewedAt = new Date(now.getTime() - (DAYS - day) * MS_PER_DAY + Math.floor(random() * 14 * 3_600_000));
      const rating = reps === 0 ? 3 : random() < 0.1 ? 1 : random() < 0.9 ? 3 : 4;
      const id = randomUUID();
      answers += 1;
      rows.push({ id, userId, clientId: randomUUID(), cardId: card.id, itemId: card.itemId, rating, correct: rating > 1, stateBefore: reps === 0 ? learning : review, stateAfter: review, reviewedAt });
      if (random() < 0.02) {
        rows.push({ userId, clientId: randomUUID(), cardId: card.id, itemId: card.itemId, event: "undo", rating: 0, stateBefore: review, stateAfter: review, reviewedAt: new Date(reviewedAt.getTime() + 5_000), undoesId: id });
      }
      reps += 1;
      gap = rating === 1 ? 1 : Math.ceil(gap * 1.8);
      day += gap;
    }
    finalCards.push({ id: card.id, due: new Date(now.getTime() + (day - DAYS) * MS_PER_DAY), stability: gap, reps });
  }
  return { rows, finalCards };
}

async function main() {
  await resetDatabase(url);
  const db = getDb();
  const article = await db.article.create({ data: { slug: "bench-progress", title: "Bench", body: "x", contentHash: "x", publishedAt: new Date("2000-01-01") } });
  await db.item.createMany({
    data: Array.from({ length: ITEMS }, (_, i) => ({
      key: `bench-progress-${i}`, articleId: article.id, type: "choice", kind: KINDS[i % KINDS.length]!, prompt: `p${i}`, answer: "24%", choices: JSON.stringify(["12%", "24%"]), sourceSentence: `s${i}`,
    })),
  });
  const learner = await createUser({ name: "Bench learner", email: `bench-${randomUUID().slice(0, 6)}@example.test`, password: "correct horse battery", role: "learner" });
  await db.user.update({ where: { id: learner.id }, data: { timeZone: "Europe/Paris" } });
  const items = await db.item.findMany({ select: { id: true }, orderBy: { key: "asc" } });
  await db.card.createMany({ data: items.map((item) => ({ userId: learner.id, itemId: item.id, due: now, state: State.New })) });
  const cards = (await db.card.findMany({ where: { userId: learner.id }, select: { id: true, itemId: true } })).sort(() => 0);

  const seeded = performance.now();
  const { rows, finalCards } = syntheticLog(learner.id, cards);
  for (let i = 0; i < rows.length; i += 2_000) await db.reviewLog.createMany({ data: rows.slice(i, i + 2_000) as never });
  await db.$transaction(finalCards.map((c) => db.card.update({ where: { id: c.id }, data: { state: State.Review, due: c.due, stability: c.stability, reps: c.reps }, select: { id: true } })));
  const answers = rows.filter((r) => r.event !== "undo").length;
  console.log(`seeded ${answers} answers (${rows.length - answers} undone) over ${DAYS} days on ${finalCards.length} cards in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

  // The log was written past the answer path: the per-day counts are recounted (as after a time zone change).
  if ("reviewDay" in db) {
    await db.user.update({ where: { id: learner.id }, data: { reviewDaysStale: true } as never });
    const started = performance.now();
    await getLearnerProgress(learner.id, now, db);
    console.log(`first read, recounting the per-day counts from the log: ${(performance.now() - started).toFixed(0)} ms`);
  }

  const progress = await getLearnerProgress(learner.id, now, db);
  console.log(`progress: ${progress.totalReviews} answers in force, streak ${progress.streak.days}, retention ${progress.retention.retention?.toFixed(3)}, JSON ${(JSON.stringify(progress).length / 1024).toFixed(1)} KiB`);
  await time("settings page data (getLearnerSettings)", () => getLearnerSettings(learner.id, now, db));
  const profiler = args["cpu-prof"] ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
  }
  const { ms, cpuMs } = await time("progress page data (getLearnerProgress)", () => getLearnerProgress(learner.id, now, db));
  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(args["cpu-prof"]!, JSON.stringify(profile));
    console.log(`CPU profile of the progress calls written to ${args["cpu-prof"]}`);
  }
  console.log(`progress_ms=${ms.toFixed(1)}`);
  console.log(`progress_cpu_ms=${cpuMs.toFixed(1)}`);
  await db.$disconnect();
}

void main();
