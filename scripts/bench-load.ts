/**
 * Load benchmark of the served app: builds (when the sources changed) and serves it as `npm start`
 * does, signs learners up and in through the app's own form action and next-auth, then runs a
 * bounded study loop at 1, 10 and 50 concurrent learners through /api/study/cards and
 * /api/study/answer (10% of answers sent twice, half of those concurrently), and measures
 * next-auth's /api/auth/session at the same concurrency as the framework's ceiling. Afterwards it
 * checks in the database that every acknowledged answer is stored once and every card replays.
 *
 * Usage: npm run bench:load [-- --seconds 10 --levels 1,10,50 --instances 2]
 *   DATABASE_URL  a SQLite file or PostgreSQL database whose name contains "bench" (it is reset);
 *                 default file:./.data/bench-load.db
 *   PORT          the first instance's port (default 3000); a second instance listens on PORT+10
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/server/db";
import { checkStoredAnswers, type StoredAnswersCheck } from "./lib/check-stored-answers";
import { dropDatabase, isPostgres } from "./lib/database";
import { LoadClient, loopbackAddress } from "./lib/load-client";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    levels: { type: "string", default: "1,10,50" },
    instances: { type: "string", default: "1" },
  },
});
const seconds = Number(args.seconds);
const levels = args.levels.split(",").map(Number);
const instances = Number(args.instances);
const url = (process.env.DATABASE_URL ??= "file:./.data/bench-load.db");
if (!/bench/.test(url)) throw new Error("bench:load resets its database: give it a DATABASE_URL whose name contains bench");
const firstPort = Number(process.env.PORT ?? 3000);
const origins = Array.from({ length: instances }, (_, i) => `http://127.0.0.1:${firstPort + 10 * i}`);
const PASSWORD = "a sturdy bench passphrase";

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

// ---------- serving ----------

const servers: ChildProcess[] = [];

/** `npm start` (scripts/start.ts) in its own process group, its output kept in .data/bench-load-<port>.log. */
async function startInstance(port: number): Promise<void> {
  const log = createWriteStream(`.data/bench-load-${port}.log`);
  const child = spawn("npx", ["tsx", "scripts/start.ts"], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  servers.push(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      output += chunk.toString();
      if (output.includes("ready on")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => log.write(chunk));
    child.on("exit", (code) => reject(new Error(`the app on port ${port} exited (${code}) before serving; see .data/bench-load-${port}.log`)));
  });
}

/** CPU seconds used so far by the app instances' processes (their process groups), from /proc. */
function serverCpuSeconds(): number {
  const groups = new Set(servers.map((c) => c.pid));
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      // fields after "(comm)": state ppid pgrp ... utime(14) stime(15), counted from pid as 1
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (groups.has(Number(fields[2]))) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

function stopInstances() {
  for (const child of servers) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

// ---------- learners ----------

interface Learner {
  n: number;
  email: string;
  client: LoadClient;
}

function signUpActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.filename === "app/sign-up/actions.ts" && a.exportedName === "signUpAction")?.[0];
  if (!id) throw new Error("signUpAction is not in this build's server-reference-manifest.json");
  return id;
}

/** Signs up through the sign-up form's server action, signs in through next-auth's credentials route, and lifts the new-card limit. */
async function signUpLearner(n: number, actionId: string): Promise<Learner> {
  const email = `bench-${n}-${randomUUID().slice(0, 8)}@example.test`;
  const client = new LoadClient(origins, loopbackAddress(n));
  const signUp = await client.send("POST", "/sign-up", {
    body: JSON.stringify([{ name: `Bench ${n}`, email, password: PASSWORD, timeZone: "UTC" }]),
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
  });
  if (signUp.status !== 200 || !signUp.body.includes('"ok":true')) throw new Error(`sign-up ${n} failed: ${signUp.status} ${signUp.body.slice(0, 300)}`);
  const csrf = await client.send("GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const signIn = await client.send("POST", "/api/auth/callback/credentials", {
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  if (signIn.status !== 200 || !client.cookieHeader().includes("session-token")) throw new Error(`sign-in ${n} failed: ${signIn.status} ${signIn.body.slice(0, 300)}`);
  // Every learner keeps drawing new cards for the whole run (the default is 20 a day).
  const settings = await client.json("PUT", "/api/settings", { desiredRetention: 0.9, newCardsPerDay: 9999, timeZone: "UTC" });
  if (settings.status !== 200) throw new Error(`settings ${n} failed: ${settings.status} ${settings.body.slice(0, 300)}`);
  return { n, email, client };
}

async function inBatches<T>(count: number, width: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += width) out.push(...(await Promise.all(Array.from({ length: Math.min(width, count - i) }, (_, j) => make(i + j)))));
  return out;
}

// ---------- the study loop ----------

interface Tally {
  latencies: number[];
  status5xx: number;
  stale: number;
  otherErrors: Map<string, number>;
  /** "userEmail:clientId" of answers acknowledged with 200, and of all answers sent */
  acknowledged: Set<string>;
  sent: Set<string>;
  /** a concurrent pair both acknowledged with different feedback */
  mismatchedPairs: number;
}

const newTally = (): Tally => ({ latencies: [], status5xx: 0, stale: 0, otherErrors: new Map(), acknowledged: new Set(), sent: new Set(), mismatchedPairs: 0 });

interface StudyCard {
  itemId: string;
  cardVersion: number;
  type: string;
  choices: string[];
}

function note(tally: Tally, status: number, body: string) {
  if (status >= 500) tally.status5xx++;
  if (status === 409) tally.stale++;
  else if (status !== 200) {
    const key = `${status} ${body.slice(0, 80)}`;
    tally.otherErrors.set(key, (tally.otherErrors.get(key) ?? 0) + 1);
  }
}

async function studyUntil(learner: Learner, userId: string, deadline: number, tally: Tally): Promise<void> {
  const { client } = learner;
  while (Date.now() < deadline) {
    const page = await client.send("GET", "/api/study/cards?limit=10");
    if (page.status !== 200) {
      note(tally, page.status, page.body);
      continue;
    }
    const { cards } = JSON.parse(page.body) as { cards: StudyCard[] };
    if (cards.length === 0) throw new Error(`${learner.email} ran out of cards`);
    for (const card of cards) {
      if (Date.now() >= deadline) return;
      const clientId = randomUUID().replaceAll("-", "");
      const response = card.choices.length > 0 ? card.choices[Math.floor(Math.random() * card.choices.length)]! : Math.random() < 0.5 ? "x" : "unknown";
      const body = { clientId, itemId: card.itemId, cardVersion: card.cardVersion, response, durationMs: 3000, tzOffset: 0 };
      const key = `${userId}:${clientId}`;
      tally.sent.add(key);
      const post = async () => {
        const r = await client.json("POST", "/api/study/answer", body);
        tally.latencies.push(r.ms);
        note(tally, r.status, r.body);
        if (r.status === 200) tally.acknowledged.add(key);
        return r;
      };
      const roll = Math.random();
      if (roll < 0.05) {
        // sent twice at once, as a double tap or a retry racing the original would
        const [a, b] = await Promise.all([post(), post()]);
        if (a.status === 200 && b.status === 200 && a.body !== b.body) tally.mismatchedPairs++;
      } else {
        await post();
        if (roll < 0.1) await post(); // sent again after the answer came back, as a retry after a lost response would
      }
    }
  }
}

async function sessionsUntil(learner: Learner, deadline: number, latencies: number[], tally: Tally): Promise<number> {
  let n = 0;
  while (Date.now() < deadline) {
    const r = await learner.client.send("GET", "/api/auth/session");
    latencies.push(r.ms);
    if (r.status !== 200 || !r.body.includes(learner.email)) note(tally, r.status === 200 ? 599 : r.status, r.body);
    else n++;
  }
  return n;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

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
  let cpu = serverCpuSeconds();
  let started = Date.now();
  await Promise.all(learners.map((l) => studyUntil(l, userIdOf.get(l.email)!, started + seconds * 1000, tally)));
  const studySeconds = (Date.now() - started) / 1000;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const cpuMsPerAnswer = ((serverCpuSeconds() - cpu) * 1000) / tally.acknowledged.size;

  const sessionLatencies: number[] = [];
  cpu = serverCpuSeconds();
  started = Date.now();
  const sessions = (await Promise.all(learners.map((l) => sessionsUntil(l, started + seconds * 1000, sessionLatencies, tally)))).reduce((a, b) => a + b, 0);
  const sessionSeconds = (Date.now() - started) / 1000;
  const cpuMsPerSession = ((serverCpuSeconds() - cpu) * 1000) / sessions;
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
  console.log(`bench:load · ${isPostgres(url) ? "PostgreSQL" : url} · ${instances} instance${instances > 1 ? "s" : ""} (${origins.join(", ")}) · ${seconds} s per level · load average ${load()}`);
  await dropDatabase(url);
  for (const [i] of origins.entries()) {
    // one after the other: the first builds when needed, the next finds the build up to date
    console.log(`starting instance ${i + 1} (npm start: migrations, content import, build if needed, serve) ...`);
    await startInstance(firstPort + 10 * i);
  }

  const total = levels.reduce((a, b) => a + b, 0) + 1;
  const actionId = signUpActionId();
  const signUpStarted = Date.now();
  const learners = await inBatches(total, 4, (n) => signUpLearner(n, actionId));
  console.log(
    `signed up and in ${total} learners in ${((Date.now() - signUpStarted) / 1000).toFixed(1)} s through the sign-up form's server action and ` +
      `next-auth's credentials sign-in, each from its own loopback address (${learners[0]!.client.address} … ${learners.at(-1)!.client.address}): ` +
      `the server sees distinct peers (TRUSTED_PROXY_HOPS=${process.env.TRUSTED_PROXY_HOPS ?? "0"}, no X-Forwarded-For sent), so the per-address limit of 40 sign-ups an hour holds as in production`,
  );

  const db = createDb(url);
  const users = await db.user.findMany({ where: { email: { in: learners.map((l) => l.email) } }, select: { id: true, email: true } });
  const userIdOf = new Map(users.map((u) => [u.email, u.id]));

  // Warm-up: the first requests to each route load its code; one learner studies for a moment, not measured.
  await studyUntil(learners[0]!, userIdOf.get(learners[0]!.email)!, Date.now() + 2000, newTally());

  const results: LevelResult[] = [];
  let offset = 1;
  for (const level of levels) {
    results.push(await runLevel(level, learners.slice(offset, offset + level), userIdOf));
    offset += level;
    const r = results.at(-1)!;
    console.log(`  ${level} learner${level > 1 ? "s" : ""}: ${r.reviewsPerS.toFixed(1)} answers stored/s, p99 ${r.p99.toFixed(1)} ms, session ${r.sessionPerS.toFixed(0)}/s · load ${r.loadAfter}`);
  }
  stopInstances();
  for (const r of results) r.check = await checkStoredAnswers(db, r.userIds, r.tally.sent, r.tally.acknowledged);
  await db.$disconnect();

  console.log("\nlearners  answers/s  p50 ms  p95 ms  p99 ms  5xx  stale  other  acked  lost  dup  cards≠replay  session/s  session p99  app CPU ms/answer  /session  load before→after");
  for (const r of results) {
    const c = r.check!;
    const other = [...r.tally.otherErrors.values()].reduce((a, b) => a + b, 0);
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
    if (r.tally.mismatchedPairs > 0) console.log(`    ${r.tally.mismatchedPairs} concurrent pairs answered with different feedback`);
  }
  console.log(`
caveats: ${process.env.NODE_ENV ?? "production"} build on a ${availableParallelism()}-core machine shared with other work (see the load averages);
  the client runs on the same machine and takes CPU from the server; every request goes over loopback (no network latency);
  learners answer back to back with no thinking time, so this is a saturation test, not a model of a class;
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
  .finally(() => {
    stopInstances();
    for (const l of servers) l.unref();
  });
