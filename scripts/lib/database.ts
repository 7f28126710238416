import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { runQuiet } from "./run";
import { withStartupLock } from "./startup-lock";

export const DATA_DIR = ".data";
export const DEFAULT_DATABASE_URL = `file:./${DATA_DIR}/app.db`;

export const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** A sibling database for tests: `<name>_<suffix>` on the same PostgreSQL server, or `.data/<suffix>.db`. */
export function deriveDatabaseUrl(url: string, suffix: string): string {
  if (!isPostgres(url)) return `file:./${DATA_DIR}/test-${suffix}.db`;
  const u = new URL(url);
  u.pathname = `/${u.pathname.slice(1) || "recall"}_${suffix}`;
  return u.toString();
}

/** Drops and re-creates the database, then applies every migration. */
export async function resetDatabase(url: string): Promise<void> {
  await dropDatabase(url);
  await migrateDatabase(url);
}

/** Leaves an empty database (PostgreSQL) or none at all (SQLite, created on first use). */
export async function dropDatabase(url: string): Promise<void> {
  if (isPostgres(url)) {
    const target = new URL(url);
    const name = target.pathname.slice(1);
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`refusing to reset database with unusual name "${name}"`);
    const admin = new URL(url);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
  } else {
    const file = sqlitePath(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  }
}

export async function migrateDatabase(url: string): Promise<void> {
  if (!isPostgres(url)) mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
  await withStartupLock(url, "migrating", () => runQuiet("npx", ["prisma", "migrate", "deploy"], { ...process.env, DATABASE_URL: url }));
}

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

export function sqliteExists(url: string): boolean {
  return !isPostgres(url) && existsSync(sqlitePath(url));
}
