import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const SCHEMA_FILES = ["prisma/models.prisma", "prisma/sqlite/schema.prisma", "prisma/postgres/schema.prisma", "package-lock.json"];
const STAMP = "generated/.schema-hash";

/** A hash of everything the generated Prisma clients are made from. */
export function schemaHash(): string {
  const hash = createHash("sha256");
  for (const file of SCHEMA_FILES) hash.update(`${file}\n`).update(existsSync(file) ? readFileSync(file) : "");
  return hash.digest("hex");
}

export const generatedClientsAreCurrent = () => existsSync(STAMP) && readFileSync(STAMP, "utf8") === schemaHash();

export const markGeneratedClientsCurrent = () => writeFileSync(STAMP, schemaHash());

/** Regenerates the clients when the schema changed since they were made (say, a `git pull` without `npm install`). */
export async function ensureGeneratedClients(run: (command: string, args: string[]) => Promise<void>): Promise<void> {
  if (generatedClientsAreCurrent()) return;
  console.log("▸ Generating the database clients (the schema changed since they were made)");
  await run("npx", ["tsx", "scripts/prisma-generate.ts"]);
}
