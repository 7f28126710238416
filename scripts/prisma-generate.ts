// Generates one Prisma client per provider (generated/sqlite, generated/postgres), so a single
// build of the app serves either database; lib/server/db.ts picks one from DATABASE_URL.
import { execFileSync } from "node:child_process";
import { markGeneratedClientsCurrent } from "./lib/schema-hash";

const urls = { sqlite: "file:./.data/generate.db", postgres: "postgresql://generate@localhost:5432/generate" };
for (const [provider, url] of Object.entries(urls)) {
  execFileSync("npx", ["prisma", "generate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
  console.log(`prisma client generated for ${provider}`);
}
markGeneratedClientsCurrent();
