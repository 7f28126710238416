// Imports every article in content/ (or the folders given) and, with --demo-accounts, makes sure
// the demo instructor and learner exist and prints how to sign in. Run with the react-server
// condition (npm run db:import does), since it uses the server data layer.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importArticleFiles } from "@/lib/server/catalog";
import { getDb } from "@/lib/server/db";
import { ensureDemoAccounts, type DemoAccount } from "@/lib/server/demo-accounts";
import { demoAccountLines } from "./lib/demo-account-lines";
import { readArticleFiles } from "./lib/content-files";
import { DATA_DIR, DEFAULT_DATABASE_URL } from "./lib/database";
import { withStartupLock } from "./lib/startup-lock";

async function main() {
  const args = process.argv.slice(2);
  const folders = args.filter((a) => !a.startsWith("--"));
  const files = (folders.length ? folders : ["content"]).flatMap(readArticleFiles);
  // Instances starting together import one after the other: the later ones find nothing changed.
  await withStartupLock(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, "importing content", async () => {
    await importFiles(files);
    if (args.includes("--demo-accounts")) await setUpDemoAccounts();
  });
  await getDb().$disconnect();
}

async function importFiles(files: ReturnType<typeof readArticleFiles>) {
  const report = await importArticleFiles(files, { onProgress: progressBar() });
  console.log(
    `  articles: ${report.imported.length} imported, ${report.unchanged.length} unchanged, ${report.failed.length} failed` +
      ` · items: ${report.items.total} active (${report.items.created} new, ${report.items.kept} kept (${report.items.changed} rewritten), ${report.items.retired} retired)`,
  );
  for (const failure of report.failed) console.error(`  ✖ ${failure.file}: ${failure.error}`);
}

/** One line per article, redrawn as its sentences are read: "  ▸ Title  [#####.....] 12/40 sentences". */
function progressBar() {
  let current = "";
  return (job: { id: string; title: string }, done: number, total: number) => {
    if (current && current !== job.id) process.stdout.write("\n");
    current = job.id;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : 0;
    const title = job.title.length > 40 ? `${job.title.slice(0, 39)}…` : job.title.padEnd(40);
    const line = `  ▸ ${title} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} sentences`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
    else if (done === total) process.stdout.write(line);
    if (done === total && total > 0) {
      process.stdout.write("\n");
      current = "";
    }
  };
}

async function setUpDemoAccounts() {
  const file = path.join(DATA_DIR, "demo-accounts.json");
  const known = existsSync(file);
  const accounts: DemoAccount[] = known
    ? (JSON.parse(readFileSync(file, "utf8")) as DemoAccount[])
    : [
        { role: "instructor", name: "Demo Instructor", email: "instructor@demo.recall", password: randomBytes(9).toString("base64url") },
        { role: "learner", name: "Demo Learner", email: "learner@demo.recall", password: randomBytes(9).toString("base64url") },
      ];
  await ensureDemoAccounts(accounts, !known);
  if (!known) writeFileSync(file, JSON.stringify(accounts, null, 2) + "\n", { mode: 0o600 });
  console.log("\n  Demo accounts (kept in .data/demo-accounts.json):");
  for (const line of demoAccountLines(accounts)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
