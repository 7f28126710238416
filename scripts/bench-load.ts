/**
 * Load benchmark of the served app: builds (when the sources changed) and serves it as `npm start`
 * does, signs learners up and in through the app's own form action and next-auth, then runs a
 * bounded study loop at 1, 10 and 50 concurrent learners through /api/study/cards and
 * /api/study/answer (10% of answers sent twice, half of those concurrently), and measures
 * next-auth's /api/auth/session at the same concurrency as the framework's ceiling. Afterwards it
 * checks in the database that every acknowledged answer is stored once and every card replays.
 *
 * Usage: npm run bench:load [-- --seconds 10 --levels 1,10,50 --instances 2 --think-ms 0]
 *   --think-ms    each learner's pause before answering a card (about; 0, the default, answers back to back)
 *   DATABASE_URL  a SQLite file or PostgreSQL database whose name contains "bench" (it is reset);
 *                 default file:./.data/bench-load.db
 *   PORT          the first instance's port (default 3000); a second instance listens on PORT+10
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/server/db";
import { checkStoredAnswers, type StoredAnswersCheck } from "./lib/check-stored-answers";
import { dropDatabase, isPostgres } from "./lib/database";
import { AppInstances } from "./lib/load-app";
import { newTally, percentile, signUpLearners, studyUntil, noteStatus, type Learner, type Tally } from "./lib/load-learners";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    levels: { type: "string", default: "1,10,50" },
    instances: { type: "string", default: "1" },
    "think-ms": { type: "string", default: "0" },
  },
});
const seconds = Number(args.seconds);
const levels = args.levels.split(",").map(Number);
const instances = Number(args.instances);
const thinkMs = Number(args["think-ms"]);
const url = (process.env.DATABASE_URL ??= "file:./.data/bench-load.db");
if (!/bench/.test(url)) throw new Error("bench:load resets its database: give it a DATABASE_URL whose name contains bench");
const firstPort = Number(process.env.PORT ?? 3000);
const app = new AppInstances(Array.from({ length: instances }, (_, i) => firstPort + 10 * i));
const origins = app.origins;

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

async function sessionsUntil(learner: Learner, deadline: number, latencies: number[], tally: Tally): Promise<number> {
  let n = 0;
  while (Date.now() < deadline) {
    const r = await learner.client.send("GET", "/api/auth/session");
    latencies.push(r.ms);
    if (r.status !== 200 || !r.body.includes(learner.email)) noteStatus(tally, r.status === 200 ? 599 : r.status, r.body);
    else n++;
  }
  return n;
}

interface LevelResult {
  level: number;
  reviewsPerS: number;
  p50: number;
  p95: number;
  p99: number;
  tally: Tally;
  sessionPerS: number;
  sessionP99: number;
  /** the app's CPU milliseconds per stored answer (study phase) and per session request */
  cpuMsPerAnswer: number;
  cpuMsPerSession: number;
  loadBefore: string;
  loadAfter: string;
  userIds: string[];
  check?: StoredAnswersCheck;
}

async function runLevel(level: number, learners: Learner[], userIdOf: Map<string, string>): Promise<LevelResult> {
  const loadBefore = load();
  const tally = newTally();
  let cpu = app.cpuSeconds();
  let started = Date.now();
  await Promise.all(learners.map((l) => studyUntil(l, userIdOf.get(l.email)!, started + seconds * 1000, () => tally, { thinkMs })));
  const studySeconds = (Date.now() - started) / 1000;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const cpuMsPerAnswer = ((app.cpuSeconds() - cpu) * 1000) / tally.acknowledged.size;

  const sessionLatencies: number[] = [];
  cpu = app.cpuSeconds();
  started = Date.now();
  const sessions = (await Promise.all(learners.map((l) => sessionsUntil(l, started + seconds * 1000, sessionLatencies, tally)))).reduce((a, b) => a + b, 0);
  const sessionSeconds = (Date.now() - started) / 1000;
  const cpuMsPerSession = ((app.cpuSeconds() - cpu) * 1000) / sessions;
  return {
    cpuMsPerAnswer,
    cpuMsPerSession,
    level,
    reviewsPerS: tally.acknowledged.size / studySeconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    tally,
    sessionPerS: sessions / sessionSeconds,
    sessionP99: percentile(sessionLatencies.sort((a, b) => a - b), 99),
    loadBefore,
    loadAfter: load(),
    userIds: learners.map((l) => userIdOf.get(l.email)!),
  };
}

// ---------- main ----------

async function main() {
  console.log(`bench:load · ${isPostgres(url) ? "PostgreSQL" : url} · ${instances} instance${instances > 1 ? "s" : ""} (${origins.join(", ")}) · ${seconds} s per level · think ${thinkMs} ms · load average ${load()}`);
  await dropDatabase(url);
  console.log(`starting ${instances > 1 ? "the instances" : "the app"} (npm start: migrations, content import, build if needed, serve) ...`);
  await app.startAll();

  const total = levels.reduce((a, b) => a + b, 0) + 1;
  const signUpStarted = Date.now();
  const learners = await signUpLearners(total, origins);
  console.log(
    `signed up and in ${total} learners in ${((Date.now() - signUpStarted) / 1000).toFixed(1)} s through the sign-up form's server action and ` +
      `next-auth's credentials sign-in, each from its own loopback address (${learners[0]!.client.address} … ${learners.at(-1)!.client.address}): ` +
      `the server sees distinct peers (TRUSTED_PROXY_HOPS=${process.env.TRUSTED_PROXY_HOPS ?? "0"}, no X-Forwarded-For sent), so the per-address limit of 40 sign-ups an hour holds as in production`,
  );

  const db = createDb(url);
  const users = await db.user.findMany({ where: { email: { in: learners.map((l) => l.email) } }, select: { id: true, email: true } });
  const userIdOf = new Map(users.map((u) => [u.email, u.id]));

  // Warm-up: the first requests to each route load its code; one learner studies for a moment, not measured.
  const warmUp = newTally();
  await studyUntil(learners[0]!, userIdOf.get(learners[0]!.email)!, Date.now() + 2000, () => warmUp);

  const results: LevelResult[] = [];
  let offset = 1;
  for (const level of levels) {
    results.push(await runLevel(level, learners.slice(offset, offset + level), userIdOf));
    offset += level;
    const r = results.at(-1)!;
    console.log(`  ${level} learner${level > 1 ? "s" : ""}: ${r.reviewsPerS.toFixed(1)} answers stored/s, p99 ${r.p99.toFixed(1)} ms, session ${r.sessionPerS.toFixed(0)}/s · load ${r.loadAfter}`);
  }
  app.stopAll();
  for (const r of results) r.check = await checkStoredAnswers(db, r.userIds, r.tally.sent, r.tally.acknowledged);
  await db.$disconnect();

  console.log("\nlearners  answers/s  p50 ms  p95 ms  p99 ms  5xx  stale  other  acked  lost  dup  cards≠replay  session/s  session p99  app CPU ms/answer  /session  load before→after");
  for (const r of results) {
    const c = r.check!;
    const other = [...r.tally.otherErrors.values()].reduce((a, b) => a + b, r.tally.noResponse);
    console.log(
      [
        String(r.level).padStart(8),
        r.reviewsPerS.toFixed(1).padStart(9),
        r.p50.toFixed(1).padStart(6),
        r.p95.toFixed(1).padStart(6),
        r.p99.toFixed(1).padStart(6),
        String(r.tally.status5xx).padStart(4),
        String(r.tally.stale).padStart(5),
        String(other).padStart(5),
        String(c.acknowledged).padStart(5),
        String(c.lost).padStart(4),
        String(c.duplicated).padStart(4),
        `${c.cardsNotReplaying}/${c.cards}`.padStart(12),
        r.sessionPerS.toFixed(0).padStart(9),
        r.sessionP99.toFixed(1).padStart(11),
        r.cpuMsPerAnswer.toFixed(2).padStart(17),
        r.cpuMsPerSession.toFixed(2).padStart(9),
        `  ${r.loadBefore} → ${r.loadAfter}`,
      ].join(" "),
    );
    for (const [error, n] of r.tally.otherErrors) console.log(`    ${n}× ${error}`);
    if (r.tally.noResponse > 0) console.log(`    ${r.tally.noResponse}× no response (connection refused or reset)`);
    if (r.tally.mismatchedPairs > 0) console.log(`    ${r.tally.mismatchedPairs} concurrent pairs answered with different feedback`);
  }
  console.log(`
caveats: ${process.env.NODE_ENV ?? "production"} build on a ${availableParallelism()}-core machine shared with other work (see the load averages);
  the client runs on the same machine and takes CPU from the server; every request goes over loopback (no network latency);
  ${thinkMs === 0 ? "learners answer back to back with no thinking time: a saturation test, where latency is mostly queueing (Little's law: 50 learners at x answers/s wait about 50/x s)" : `learners think about ${thinkMs} ms (0.5-1.5×) before each answer`};
  "answers/s" counts distinct acknowledged answers (repeats not counted), latencies include the repeats;
  stale = 409, an answer refused as given against a changed card: each learner studies in one tab, so there should be none;
  session/s is /api/auth/session with the same learners at the same concurrency, which reads the user once per request;
  app CPU is what the app's processes used (from /proc) per stored answer, repeats and card fetches included, and per session
  request: it depends less on what else the machine runs than the rates do.`);
  const last = results.at(-1)!;
  const ratio = last.reviewsPerS / last.sessionPerS;
  console.log(
    `reviews_per_s=${last.reviewsPerS.toFixed(1)} session_per_s=${last.sessionPerS.toFixed(1)} ratio=${ratio.toFixed(2)} p99_ms=${last.p99.toFixed(1)} errors_5xx=${last.tally.status5xx}`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => app.stopAll());
