/**
 * Fault benchmark of the served app under load (10 learners studying back to back, as in bench:load):
 * another process holds a read, then a write transaction on the SQLite file for 3 s each, then lets
 * go; then the server is killed with SIGKILL mid-load and started again. Passes when no request
 * fails from 5 s after each release on, and after the restart every acknowledged answer is stored
 * once and every card equals the replay of its log.
 *
 * Usage: npm run bench:faults
 *   DATABASE_URL  a SQLite file or PostgreSQL database whose name contains "bench" (it is reset; the
 *                 lock phases need SQLite); default file:./.data/bench-faults.db
 *   PORT          the app's port (default 3000)
 */
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createDb } from "@/lib/server/db";
import { holdSqliteLock } from "../tests/support/outside-sqlite-lock";
import { checkStoredAnswers } from "./lib/check-stored-answers";
import { dropDatabase, isPostgres, sqlitePath } from "./lib/database";
import { AppInstances } from "./lib/load-app";
import { newTally, percentile, signUpLearners, studyUntil, type Tally } from "./lib/load-learners";

const url = (process.env.DATABASE_URL ??= "file:./.data/bench-faults.db");
if (!/bench/.test(url)) throw new Error("bench:faults resets its database: give it a DATABASE_URL whose name contains bench");
const port = Number(process.env.PORT ?? 3000);
const app = new AppInstances([port]);
const LEARNERS = 10;

const phases = new Map<string, Tally>();
let phase = "";
const enter = (name: string) => {
  phase = name;
  phases.set(name, newTally());
};
const tallyNow = () => phases.get(phase)!;
/** Phases that must see no failed request: from 5 s after a lock is released, and after the restart. */
const mustBeClean = new Set<string>();

async function holdLock(mode: "read" | "write") {
  enter(`${mode} lock held 3 s`);
  const lock = await holdSqliteLock(path.resolve(sqlitePath(url)), mode, 3000);
  await lock.released;
  enter(`0-5 s after the ${mode} lock's release`);
  await sleep(5000);
  enter(`5-10 s after the ${mode} lock's release`);
  mustBeClean.add(phase);
  await sleep(5000);
}

async function main() {
  console.log(`bench:faults · ${isPostgres(url) ? "PostgreSQL" : url} · ${LEARNERS} learners studying through ${app.origins[0]}`);
  await dropDatabase(url);
  await app.startAll();
  const learners = await signUpLearners(LEARNERS, app.origins);
  const db = createDb(url);
  const users = await db.user.findMany({ where: { email: { in: learners.map((l) => l.email) } }, select: { id: true, email: true } });
  const userIdOf = new Map(users.map((u) => [u.email, u.id]));

  enter("before");
  let stop = false;
  const loops = learners.map((l) => studyUntil(l, userIdOf.get(l.email)!, Number.POSITIVE_INFINITY, tallyNow, { stop: () => stop }));
  await sleep(3000);
  if (!isPostgres(url)) {
    await holdLock("read");
    await holdLock("write");
  }
  enter("before the kill");
  await sleep(2000 + Math.random() * 1000);
  app.signal("SIGKILL");
  enter("killed, then restarting (npm start)");
  await app.start(port);
  // The first requests after a start load each route's code: on a busy machine that takes seconds.
  enter("0-10 s after the restart");
  mustBeClean.add(phase);
  await sleep(10_000);
  enter("10-15 s after the restart");
  mustBeClean.add(phase);
  await sleep(5000);
  stop = true;
  await Promise.all(loops);
  app.stopAll();

  console.log("\nphase                                   answers acked  5xx  no response  other  p99 ms  slowest ms");
  let failedWhenClean = 0;
  for (const [name, t] of phases) {
    const other = [...t.otherErrors.values()].reduce((a, b) => a + b, 0);
    const sorted = [...t.latencies].sort((a, b) => a - b);
    if (mustBeClean.has(name)) failedWhenClean += t.status5xx + t.noResponse + other;
    console.log(
      `${name.padEnd(40)}${String(t.acknowledged.size).padStart(13)}${String(t.status5xx).padStart(5)}${String(t.noResponse).padStart(13)}${String(other).padStart(7)}` +
        `${percentile(sorted, 99).toFixed(0).padStart(8)}${(sorted.at(-1) ?? NaN).toFixed(0).padStart(12)}`,
    );
    for (const [error, n] of t.otherErrors) console.log(`    ${n}× ${error}`);
  }
  const sent = new Set([...phases.values()].flatMap((t) => [...t.sent]));
  const acknowledged = new Set([...phases.values()].flatMap((t) => [...t.acknowledged]));
  const check = await checkStoredAnswers(db, [...userIdOf.values()], sent, acknowledged);
  await db.$disconnect();
  console.log(
    `\nafter the restart: ${check.acknowledged} acknowledged answers, ${check.lost} lost, ${check.duplicated} duplicated; ` +
      `${check.cardsNotReplaying} of ${check.cards} cards differ from their log's replay`,
  );
  const ok = failedWhenClean === 0 && check.lost === 0 && check.duplicated === 0 && check.cardsNotReplaying === 0;
  console.log(`faults_ok=${ok ? 1 : 0} failed_after_recovery=${failedWhenClean} lost=${check.lost} duplicated=${check.duplicated} cards_not_replaying=${check.cardsNotReplaying}`);
  if (!ok) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => app.stopAll());
