// `npm test`: everything a release needs, in order, on the database DATABASE_URL names (SQLite by
// default). Integration and end-to-end tests each get a fresh sibling database of their own.
import { DEFAULT_DATABASE_URL, deriveDatabaseUrl, isPostgres } from "./lib/database";
import { run } from "./lib/run";
import { ensureGeneratedClients } from "./lib/schema-hash";

const base = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const steps: { name: string; command: string[]; env?: Record<string, string> }[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "--max-warnings=0", "."] },
  { name: "unit", command: ["npx", "vitest", "run", "--project", "unit"] },
  { name: "integration", command: ["npx", "vitest", "run", "--project", "integration"], env: { DATABASE_URL: deriveDatabaseUrl(base, "integration") } },
  { name: "e2e", command: ["npx", "playwright", "test"], env: { E2E_DATABASE_URL: deriveDatabaseUrl(base, "e2e") } },
];

async function main() {
  const only = process.argv.slice(2);
  const selected = only.length ? steps.filter((s) => only.includes(s.name)) : steps;
  console.log(`Testing on ${isPostgres(base) ? "PostgreSQL" : "SQLite"} (${selected.map((s) => s.name).join(", ")})`);
  await ensureGeneratedClients((command, args) => run(command, args, env));
  let passed = 0;
  for (const step of selected) {
    const started = Date.now();
    console.log(`\n━━ ${step.name}`);
    try {
      await run(step.command[0]!, step.command.slice(1), { ...env, ...step.env });
    } catch (error) {
      console.error(`\n✖ ${step.name} failed: ${error instanceof Error ? error.message : error}`);
      console.log(`steps: ${passed} passed, 1 failed`);
      process.exit(1);
    }
    passed++;
    console.log(`✓ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  console.log(`steps: ${passed} passed, 0 failed`);
}

void main();
