import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import pg from "pg";

// Migrations and the content import run at every instance's start. Two at once would each apply
// the same migration (Prisma's own migration lock gives up after 10 s) or import the same
// articles twice, so they take turns on one lock per database; the others wait, then go on.
// Both kinds of lock belong to a connection, so a crashed instance never leaves one behind.

/** How long an instance waits for another's migrations and import before giving up. */
const WAIT_MS = 10 * 60_000;
/** An arbitrary number, the same on every instance: the key of the PostgreSQL advisory lock. */
const PG_LOCK_KEY = 7_306_082_547;

export async function withStartupLock<T>(url: string, what: string, run: () => Promise<T>): Promise<T> {
  const waiting = () => console.log(`  waiting for another instance to finish ${what}…`);
  return /^postgres(ql)?:\/\//.test(url) ? withPostgresLock(url, waiting, run) : withSqliteLock(url, waiting, run);
}

async function withPostgresLock<T>(url: string, waiting: () => void, run: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PG_LOCK_KEY]);
    if (!rows[0]?.locked) {
      waiting();
      await client.query(`SET lock_timeout = ${WAIT_MS}`);
      await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
    }
    return await run();
  } finally {
    await client.end(); // ends the session, which releases the lock
  }
}

/** An exclusive transaction on a file beside the database (not the database: the migration must write it). */
async function withSqliteLock<T>(url: string, waiting: () => void, run: () => Promise<T>): Promise<T> {
  const file = `${url.replace(/^file:/, "").replace(/\?.*$/, "")}.startup-lock`;
  const lock = new Database(file, { timeout: 0 });
  try {
    const started = Date.now();
    for (let attempt = 0; !tryBeginExclusive(lock); attempt++) {
      if (attempt === 0) waiting();
      if (Date.now() - started > WAIT_MS) throw new Error(`another instance has held ${file} for over ${WAIT_MS / 60_000} minutes`);
      await sleep(100);
    }
    return await run();
  } finally {
    lock.close(); // closing ends the transaction and releases the lock
  }
}

function tryBeginExclusive(lock: Database.Database): boolean {
  try {
    lock.exec("BEGIN EXCLUSIVE");
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return false;
    throw error;
  }
}
