import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { createDb } from "@/lib/server/db";
import { readArticleFiles } from "../../scripts/lib/content-files";
import { deriveDatabaseUrl, dropDatabase, isPostgres, migrateDatabase } from "../../scripts/lib/database";

// What `npm start` runs before serving, on a database of its own beside the integration one.
const url = deriveDatabaseUrl(process.env.DATABASE_URL ?? "", "startup");
const migrations = readdirSync(`prisma/${isPostgres(url) ? "postgres" : "sqlite"}/migrations`).filter((name) => /^\d/.test(name));
const articles = readArticleFiles("content").length;

function importContent(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/import-content.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`import failed (exit ${code}):\n${output}`))));
  });
}

async function startInstance(): Promise<string> {
  await migrateDatabase(url);
  return importContent();
}

describe("instances starting together on one fresh database (regression: the second one's migration timed out)", () => {
  it("both migrate and import, one after the other, and the content is imported once", async () => {
    await dropDatabase(url);
    const log = vi.spyOn(console, "log");
    const outputs = await Promise.all([startInstance(), startInstance()]);
    // Both began migrating in the same tick: one went first, the other said it was waiting.
    expect(log.mock.calls.filter(([line]) => String(line).includes("waiting for another instance to finish migrating"))).toHaveLength(1);
    log.mockRestore();

    const reports = outputs.map((output) => {
      const match = /articles: (\d+) imported, (\d+) unchanged, (\d+) failed/.exec(output);
      expect(match, output).not.toBeNull();
      return { imported: Number(match![1]), unchanged: Number(match![2]), failed: Number(match![3]) };
    });
    expect(reports.map((r) => r.imported).sort()).toEqual([0, articles]);
    expect(reports.map((r) => r.unchanged).sort()).toEqual([0, articles]);
    expect(reports.every((r) => r.failed === 0)).toBe(true);

    const db = createDb(url);
    try {
      expect(await db.article.count()).toBe(articles);
      const applied = await db.$queryRawUnsafe<{ migration_name: string }[]>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      expect(applied.map((m) => m.migration_name).sort()).toEqual(migrations.sort());
    } finally {
      await db.$disconnect();
    }
  }, 240_000);
});
