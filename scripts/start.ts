// `npm start`: one command from a fresh clone to a served app. Creates the data folder, a session
// secret, the SQLite database (unless DATABASE_URL names another), applies migrations, builds when
// the sources changed, imports content/, makes sure the demo accounts exist, then serves.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, DEFAULT_DATABASE_URL, isPostgres, migrateDatabase, resetDatabase } from "./lib/database";
import { demoAccountLines } from "./lib/demo-account-lines";
import { run } from "./lib/run";
import { ensureGeneratedClients } from "./lib/schema-hash";

const dev = process.argv.includes("--dev");
// For end-to-end tests only: starts from an empty database, and refuses one not named for tests.
const resetFirst = process.argv.includes("--reset-database");
const port = process.env.PORT ?? "3000";
// Only this machine can reach the app unless HOST says otherwise: the demo passwords printed below sign in.
const host = process.env.HOST ?? "localhost";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};

function step(message: string) {
  console.log(`\n▸ ${message}`);
}

function readOrCreateSecret(): string {
  const file = path.join(DATA_DIR, "nextauth-secret");
  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": of instances starting together, one creates the secret and every other reads that one.
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    console.log(`  created a session secret in ${file}`);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readFileSync(file, "utf8").trim();
  }
}

// A fingerprint of everything the build reads, so a second start skips the build.
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) readdirSync(p).sort().forEach((name) => visit(path.join(p, name)));
    else hash.update(`${p}:${stat.size}:${stat.mtimeMs}\n`);
  };
  ["app", "components", "lib", "generated", "service-worker", "serwist.config.js", "proxy.ts", "next.config.mjs", "package-lock.json", "tailwind.config.ts", "postcss.config.mjs", "tsconfig.json"].forEach(visit);
  return hash.digest("hex");
}

const BUILD_SECONDS_FILE = path.join(DATA_DIR, "last-build-seconds");

async function buildIfNeeded() {
  const distDir = env.NEXT_DIST_DIR ?? ".next";
  const stampFile = path.join(distDir, "recall-build-stamp");
  const fingerprint = sourceFingerprint();
  if (existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint) {
    console.log("  the build is up to date");
    return;
  }
  const last = existsSync(BUILD_SECONDS_FILE) ? Number(readFileSync(BUILD_SECONDS_FILE, "utf8")) : NaN;
  console.log(
    Number.isFinite(last)
      ? `  the sources changed: building again (the last build took ${formatSeconds(last)})`
      : "  the first build: usually 1 to 4 minutes, depending on the machine; Next.js prints its steps below",
  );
  const started = Date.now();
  // Next.js says nothing for a minute or more while it compiles: say that it is still working.
  const ticker = setInterval(() => console.log(`  … still building (${formatSeconds((Date.now() - started) / 1000)} so far)`), 30_000);
  try {
    await run("npx", ["next", "build"], env);
    // The service worker precaches what the build wrote: bundled after it (serwist.config.js).
    await run("npx", ["serwist", "build"], { ...env, NO_UPDATE_NOTIFIER: "1" });
  } finally {
    clearInterval(ticker);
  }
  const seconds = (Date.now() - started) / 1000;
  writeFileSync(BUILD_SECONDS_FILE, `${Math.round(seconds)}\n`);
  console.log(`  built in ${formatSeconds(seconds)}`);
  writeFileSync(stampFile, fingerprint);
}

function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  return s < 90 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The demo accounts again, next to the address: the import printed them before the build's output scrolled them away. */
function printDemoAccounts() {
  const file = path.join(DATA_DIR, "demo-accounts.json");
  if (!existsSync(file)) return;
  const accounts = JSON.parse(readFileSync(file, "utf8")) as { role: string; email: string; password: string }[];
  console.log("  sign in as:");
  for (const line of demoAccountLines(accounts)) console.log(line);
}

function servedAddress(): string {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

async function main() {
  mkdirSync(DATA_DIR, { recursive: true });
  env.NEXTAUTH_SECRET ??= readOrCreateSecret();

  await ensureGeneratedClients((command, args) => run(command, args, env));

  step(`Database: ${isPostgres(env.DATABASE_URL!) ? "PostgreSQL" : env.DATABASE_URL}`);
  if (resetFirst) {
    if (!/(e2e|test)/.test(env.DATABASE_URL!)) throw new Error("--reset-database only resets a database whose name contains e2e or test");
    await resetDatabase(env.DATABASE_URL!);
  } else {
    await migrateDatabase(env.DATABASE_URL!);
  }
  console.log("  migrations applied");

  step("Importing content/ and setting up demo accounts");
  await run("npx", ["tsx", "--conditions=react-server", "scripts/import-content.ts", "--demo-accounts"], env);

  if (dev) {
    step(`Starting the development server on ${servedAddress()}`);
    await run("npx", ["next", "dev", "-p", port, "-H", host], env);
    return;
  }
  step("Building the app");
  await buildIfNeeded();
  step(`Serving on ${servedAddress()}${host === "localhost" ? " (this machine only; set HOST=0.0.0.0 to serve the network)" : ""}`);
  printDemoAccounts();
  // For benchmarks (bench:load --cpu-prof): the server writes a V8 CPU profile into this folder when it stops. Node
  // runs it with tsx as a loader: under the tsx command the server never sees the SIGTERM, and the profile is lost.
  const profileDir = process.env.RECALL_SERVE_CPU_PROF_DIR;
  const serve = profileDir ? ["node", "--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--import", "tsx", "scripts/serve.ts"] : ["npx", "tsx", "scripts/serve.ts"];
  await run(serve[0]!, serve.slice(1), { ...env, PORT: port, HOST: host });
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
