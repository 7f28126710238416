import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { isPostgresUrl, readSqliteSynchronous } from "./env";
import { createSqliteAdapterFactory, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-adapter";

// Both generated clients come from the same models, so their APIs are identical; the app is typed
// against the SQLite one and a single build serves either database.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** `onQuery` sees every SQL statement the client sends (for tests and benchmarks that count them). */
export function createDb(url = process.env.DATABASE_URL ?? "file:./.data/app.db", { onQuery }: { onQuery?: (sql: string) => void } = {}): Db {
  const log = onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  if (isPostgresUrl(url)) {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), log });
    if (onQuery) client.$on("query", (e) => onQuery(e.query));
    return client as unknown as Db;
  }
  const client = new SqliteClient({
    adapter: createSqliteAdapterFactory(url, readSqliteSynchronous()),
    log,
    // A transaction may wait for another process's write lock up to the busy timeout, past Prisma's 2 s default.
    transactionOptions: { maxWait: SQLITE_BUSY_TIMEOUT_MS + 1000 },
  });
  if (onQuery) client.$on("query", (e) => onQuery(e.query));
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { recallDb?: Db };

/** The one shared client of this process. */
export function getDb(): Db {
  return (globalForDb.recallDb ??= createDb());
}
