/**
 * Load benchmark of the served app: builds (when the sources changed) and serves it as `npm start`
 * does, signs learners up and in through the app's own form action and next-auth, then runs a
 * bounded study loop at 1, 10 and 50 concurrent learners through /api/study/cards and
 * /api/study/answer (10% of answers sent twice, half of those concurrently), and measures
 * next-auth's /api/auth/session at the same concurrency as the framework's ceiling. Afterwards it
 * checks in the database that every acknowledged answer is stored once and every card replays.
 *
 * Usage: npm run bench:load [-- --seconds 10 --levels 1,10,50 --instances 2 --think-ms 0,4000 --cpu-prof dir]
 *   --think-ms    each learner's pause before answering a card, 0.5-1.5× the value (0: back to back, a saturation test
 *                 whose latency is queueing); a list runs every level at each pacing, with fresh learners, and prints a
 *                 headline line for each, the closed loop (0) last. Default 0,4000: a closed loop and learners who
 *                 answer every 2-6 s, whose offered load is known (learners ÷ (think + latency)).
 *   --cpu-prof    the app writes a V8 CPU profile into `dir` when it stops, and `dir`/windows.json gets each phase's
 *                 time span, so `scripts/cpuprofile-summary.ts --window` can read one phase (the study at 50, say)
 *   DATABASE_URL  a SQLite file or PostgreSQL database whose name contains "bench" (it is reset);
 *                 default file:./.data/bench-load.db
 *   PORT          the first instance's port (default 3000); a second instance listens on PORT+10
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
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
    "think-ms": { type: "string", default: "0,4000" },
    "cpu-prof": { type: "string" },
  },
});
const seconds = Number(args.seconds);
const levels = args.levels.split(",").map(Number);
const instances = Number(args.instances);
// the closed loop last, so the last line is the saturation figure the issue's targets name
const pacings = args["think-ms"].split(",").map(Number).sort((a, b) => b - a);
const url = (process.env.DATABASE_URL ??= "file:./.data/bench-load.db");
if (!/bench/.test(url)) throw new Error("bench:load resets its database: give it a DATABASE_URL whose name contains bench");
const profileDir = args["cpu-prof"] ? path.resolve(args["cpu-prof"]) : undefined;
if (profileDir) {
  mkdirSync(profileDir, { recursive: true });
  process.env.RECALL_SERVE_CPU_PROF_DIR = profileDir;
}
/** Each phase's span on the monotonic clock V8's profiles use (microseconds), to cut one phase out of the profile. */
const windows: { phase: string; fromUs: number; toUs: number }[] = [];
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
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
  thinkMs: number;
  /** answers/s the learners would ask for if every answer came back at once: learners ÷ mean think time */
  offeredPerS: number;
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

async function runLevel(level: number, thinkMs: number, learners: Learner[], userIdOf: Map<string, string>): Promise<LevelResult> {
  const loadBefore = load();
  const tally = newTally();
  let cpu = app.cpuSeconds();
  let started = Date.now();
  let fromUs = monotonicUs();
  await Promise.all(learners.map((l) => studyUntil(l, userIdOf.get(l.email)!, started + seconds * 1000, () => tally, { thinkMs })));
  const phase = thinkMs > 0 ? `-think${thinkMs}` : "";
  windows.push({ phase: `study-${level}${phase}`, fromUs, toUs: monotonicUs() });
  const studySeconds = (Date.now() - started) / 1000;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const cpuMsPerAnswer = ((app.cpuSeconds() - cpu) * 1000) / tally.acknowledged.size;

  // The framework's ceiling is a closed-loop figure: measured beside the closed-loop study only.
  const sessionLatencies: number[] = [];
  if (thinkMs > 0) return { ...studied(), sessionPerS: NaN, sessionP99: NaN, cpuMsPerSession: NaN, loadAfter: load() };
  cpu = app.cpuSeconds();
  started = Date.now();
  fromUs = monotonicUs();
  const sessions = (await Promise.all(learners.map((l) => sessionsUntil(l, started + seconds * 1000, sessionLatencies, tally)))).reduce((a, b) => a + b, 0);
  windows.push({ phase: `session-${level}${phase}`, fromUs, toUs: monotonicUs() });
  const sessionSeconds = (Date.now() - started) / 1000;
  const cpuMsPerSession = ((app.cpuSeconds() - cpu) * 1000) / sessions;
  return {
    ...studied(),
    cpuMsPerSession,
    sessionPerS: sessions / sessionSeconds,
    sessionP99: percentile(sessionLatencies.sort((a, b) => a - b), 99),
    loadAfter: load(),
  };

  function studied() {
    return {
      cpuMsPerAnswer,
      level,
      thinkMs,
      offeredPerS: thinkMs > 0 ? level / (thinkMs / 1000) : Infinity,
      reviewsPerS: tally.acknowledged.size / studySeconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      tally,
      loadBefore,
      userIds: learners.map((l) => userIdOf.get(l.email)!),
    };
  }
}

// ---------- main ----------

async function main() {
  console.log(`bench:load · ${isPostgres(url) ? "PostgreSQL" : url} · ${instances} instance${instances > 1 ? "s" : ""} (${origins.join(", ")}) · ${seconds} s per level · think ${pacings.join(", ")} ms · load average ${load()}`);
  await dropDatabase(url);
  console.log(`starting ${instances > 1 ? "the instances" : "the app"} (npm start: migrations, content import, build if needed, serve) ...`);
  await app.startAll();

  const total = levels.reduce((a, b) => a + b, 0) * pacings.length + 1;
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
  for (const thinkMs of pacings) {
    for (const level of levels) {
      results.push(await runLevel(level, thinkMs, learners.slice(offset, offset + level), userIdOf));
      offset += level;
      const r = results.at(-1)!;
      console.log(
        `  ${level} learner${level > 1 ? "s" : ""}, think ${thinkMs} ms: ${r.reviewsPerS.toFixed(1)} answers stored/s, p99 ${r.p99.toFixed(1)} ms` +
          `${thinkMs > 0 ? "" : `, session ${r.sessionPerS.toFixed(0)}/s`} · load ${r.loadAfter}`,
      );
    }
  }
  app.stopAll();
  if (profileDir) {
    writeFileSync(path.join(profileDir, "windows.json"), JSON.stringify(windows, null, 2));
    console.log(`CPU profiles: ${profileDir} (phases in windows.json; summarise with npx tsx scripts/cpuprofile-summary.ts <file> --window ${profileDir}/windows.json:study-${levels.at(-1)})`);
  }
  for (const r of results) r.check = await checkStoredAnswers(db, r.userIds, r.tally.sent, r.tally.acknowledged);
  await db.$disconnect();

  console.log("\nlearners  think ms  offered/s  answers/s  p50 ms  p95 ms  p99 ms  5xx  stale  other  acked  lost  dup  cards≠replay  session/s  session p99  app CPU ms/answer  /session  load before→after");
  for (const r of results) {
    const c = r.check!;
    const other = [...r.tally.otherErrors.values()].reduce((a, b) => a + b, r.tally.noResponse);
    console.log(
      [
        String(r.level).padStart(8),
        String(r.thinkMs).padStart(9),
        (r.thinkMs > 0 ? r.offeredPerS.toFixed(1) : "∞").padStart(10),
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
        (r.thinkMs > 0 ? "-" : r.sessionPerS.toFixed(0)).padStart(9),
        (r.thinkMs > 0 ? "-" : r.sessionP99.toFixed(1)).padStart(11),
        r.cpuMsPerAnswer.toFixed(2).padStart(17),
        (r.thinkMs > 0 ? "-" : r.cpuMsPerSession.toFixed(2)).padStart(9),
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
  think 0 ms: learners answer back to back, a saturation test whose latency is mostly queueing (Little's law: 50 learners at x
  answers/s wait about 50/x s); think t ms: each learner reads 0.5-1.5 t before each answer, so the offered load is known
  (offered/s = learners ÷ t, less as replies slow down): that run's latency is what a learner waits for;
  "answers/s" counts distinct acknowledged answers (repeats not counted), latencies include the repeats;
  stale = 409, an answer refused as given against a changed card: each learner studies in one tab, so there should be none;
  session/s is /api/auth/session with the same learners at the same concurrency, which reads the user once per request;
  app CPU is what the app's processes used (from /proc) per stored answer, repeats and card fetches included, and per session
  request: it depends less on what else the machine runs than the rates do.`);
  // One headline per pacing at the highest level, the closed loop last; each says which pacing it is, beside its figures.
  const top = Math.max(...levels);
  for (const r of results.filter((x) => x.level === top)) {
    const errors = `errors_5xx=${r.tally.status5xx} lost=${r.check!.lost} dup=${r.check!.duplicated}`;
    if (r.thinkMs > 0) {
      console.log(
        `paced: think_ms=${r.thinkMs} offered_per_s=${r.offeredPerS.toFixed(1)} reviews_per_s=${r.reviewsPerS.toFixed(1)} p50_ms=${r.p50.toFixed(1)} ` +
          `p99_ms=${r.p99.toFixed(1)} ${errors}  (learners=${top} answering every ${r.thinkMs / 2000}-${(1.5 * r.thinkMs) / 1000} s: what a learner waits for)`,
      );
    } else {
      console.log(
        `reviews_per_s=${r.reviewsPerS.toFixed(1)} session_per_s=${r.sessionPerS.toFixed(1)} ratio=${(r.reviewsPerS / r.sessionPerS).toFixed(2)} ` +
          `p99_ms=${r.p99.toFixed(1)} ${errors}  (closed loop, learners=${top} with no think time: throughput at saturation; p99 is queueing, see the paced line)`,
      );
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => app.stopAll());
