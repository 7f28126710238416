/**
 * SQLite data-layer benchmark: answers recorded per second (one learner, then four at once), CPU per
 * answer, open files on the database, and what answers do while another process holds a read then a
 * write transaction for 3 s each, and after it lets go.
 *
 * Usage: npm run bench:sqlite   (on a fresh `.data/bench-sqlite.db`; DATABASE_URL may name another
 *        SQLite file whose name contains "bench")
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { getDb } from "@/lib/server/db";
import { isDatabaseBusy } from "@/lib/server/errors";
import { recordAnswer } from "@/lib/server/study";
import { createUser } from "@/lib/server/users";
import { countOpenFiles, holdSqliteLock } from "../tests/support/outside-sqlite-lock";
import { isPostgres, resetDatabase, sqlitePath } from "./lib/database";

const url = (process.env.DATABASE_URL ??= "file:./.data/bench-sqlite.db");
if (isPostgres(url) || !url.includes("bench")) throw new Error("bench:sqlite resets its database: give it a SQLite file whose name contains bench");
const file = path.resolve(sqlitePath(url));
const now = new Date("2026-11-22T10:00:00Z");

const openFiles = () => countOpenFiles(file);

type Phase = "before" | "read lock" | "write lock" | "after release";
const tally = new Map<Phase, { ok: number; busy: number; other: number; slowestMs: number; errors: Set<string> }>();

async function main() {
  await resetDatabase(url);
  const db = getDb();
  const article = await db.article.create({ data: { slug: "bench", title: "Bench", body: "x", contentHash: "x", publishedAt: new Date("2000-01-01") } });
  await db.item.createMany({
    data: Array.from({ length: 400 }, (_, i) => ({
      key: `bench-${i}`, articleId: article.id, type: "choice", kind: "percent", prompt: `p${i}`, answer: "24%", choices: JSON.stringify(["12%", "24%"]), sourceSentence: `s${i}`,
    })),
  });
  const items = (await db.item.findMany({ select: { id: true } })).map((i) => i.id);
  const learners = await Promise.all([0, 1, 2, 3].map((i) => createUser({ name: `Bench ${i}`, email: `bench${i}-${randomUUID().slice(0, 6)}@example.test`, password: "correct horse battery", role: "learner" })));
  const versions = new Map<string, number>();
  let answered = 0;
  const answer = async (userId: string) => {
    const itemId = items[answered++ % items.length]!;
    const key = `${userId}:${itemId}`;
    const feedback = await recordAnswer(userId, { clientId: randomUUID().replaceAll("-", ""), itemId, cardVersion: versions.get(key) ?? 0, response: "24%" }, new Date(now.getTime() + answered * 60_000));
    versions.set(key, feedback.cardVersion);
  };
  const timed = async (label: string, workers: number) => {
    const before = { at: Date.now(), cpu: process.cpuUsage(), count: answered };
    await Promise.all(learners.slice(0, workers).map(async (l) => { while (Date.now() - before.at < 5000) await answer(l.id); }));
    const n = answered - before.count;
    const cpu = process.cpuUsage(before.cpu);
    console.log(`${label.padEnd(22)} ${(n / ((Date.now() - before.at) / 1000)).toFixed(1)} answers/s, ${((cpu.user + cpu.system) / 1000 / n).toFixed(1)} ms CPU per answer · open files on the db: ${openFiles()}`);
  };
  console.log(`open files on the db at start: ${openFiles()}`);
  await timed("one learner", 1);
  await timed("four learners at once", 4);

  let phase: Phase = "before";
  let stop = false;
  const loops = learners.map(async (l) => {
    while (!stop) {
      await new Promise((resolve) => setImmediate(resolve)); // lets timers run between answers
      const started = Date.now();
      const current = phase;
      const t = tally.get(current) ?? { ok: 0, busy: 0, other: 0, slowestMs: 0, errors: new Set<string>() };
      tally.set(current, t);
      try {
        await answer(l.id);
        t.ok++;
      } catch (error) {
        if (isDatabaseBusy(error)) t.busy++;
        else t.other++;
        t.errors.add(String(error instanceof Error ? error.message : error).trim().split("\n").at(-1)!.slice(0, 100));
        for (const c of await db.card.findMany({ select: { userId: true, itemId: true, version: true } }).catch(() => [])) versions.set(`${c.userId}:${c.itemId}`, c.version);
        await sleep(20);
      }
      t.slowestMs = Math.max(t.slowestMs, Date.now() - started);
    }
  });
  await sleep(1000);
  for (const mode of ["read", "write"] as const) {
    phase = `${mode} lock`;
    try {
      await (await holdSqliteLock(file, mode, 3000)).released;
    } catch (error) {
      console.log(`the outside ${mode} transaction failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  phase = "after release";
  await sleep(5000);
  stop = true;
  await Promise.all(loops);
  for (const [name, t] of tally) {
    console.log(`${name.padEnd(14)} ${t.ok} ok, ${t.busy} busy, ${t.other} other errors, slowest ${t.slowestMs} ms ${[...t.errors].slice(0, 2).join(" | ")}`);
  }
  console.log(`open files on the db at the end: ${openFiles()}`);
  await db.$disconnect();
}

void main();
