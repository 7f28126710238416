import "server-only";
import { PrismaClient as SqliteClient, type Prisma } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { connectOnce, createDirectSql, type DirectSql, type DriverAdapterFactory, type Sql } from "./direct-sql";
import { isPostgresUrl, readPgPoolSize, readSqliteSynchronous } from "./env";
import { createPgAdapterFactory } from "./pg-adapter";
import { createSqliteAdapterFactory, SQLITE_TURN_MAX_WAIT_MS } from "./sqlite-adapter";

// Both generated clients come from the same models, so their APIs are identical; the app is typed
// against the SQLite one and a single build serves either database.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * How long a request waits for a connection before giving up as busy (a 503 the client may retry): on SQLite for its
 * turn on the process's one connection, on PostgreSQL for a free connection of the pool. A transaction waits as long
 * to start (Prisma's `maxWait`), so a request gives up at the same time whatever it runs.
 */
export const CONNECTION_MAX_WAIT_MS = SQLITE_TURN_MAX_WAIT_MS;

/**
 * `onQuery` sees every SQL statement the client sends (for tests and benchmarks that count them). PostgreSQL's pool
 * holds up to DATABASE_POOL_SIZE connections (10 when unset), read when the client is made.
 */
export function createDb(
  url = process.env.DATABASE_URL ?? "file:./.data/app.db",
  { onQuery }: { onQuery?: (sql: string) => void } = {},
): Db {
  const log = onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  if (isPostgresUrl(url)) {
    const adapter = connectOnce(createPgAdapterFactory(url, { max: readPgPoolSize(), maxWaitMs: CONNECTION_MAX_WAIT_MS }));
    const client = new PostgresClient({ adapter, log, transactionOptions: { maxWait: CONNECTION_MAX_WAIT_MS } });
    if (onQuery) client.$on("query", (e) => onQuery(e.query));
    return withDirectSql(client as unknown as Db, adapter, onQuery);
  }
  const adapter = connectOnce(createSqliteAdapterFactory(url, readSqliteSynchronous()));
  const client = new SqliteClient({
    adapter,
    log,
    // A transaction may wait for another process's write lock up to the busy timeout, past Prisma's 2 s default; every
    // other statement waits for its turn on the connection as long (lib/server/sqlite-adapter.ts).
    transactionOptions: { maxWait: CONNECTION_MAX_WAIT_MS },
  });
  if (onQuery) client.$on("query", (e) => onQuery(e.query));
  return withDirectSql(client as unknown as Db, adapter, onQuery);
}

// Kept on the client under a global symbol, not in a map of this module: a Next build may load this module more than
// once (one copy per server bundle), and the client of getDb(), shared through globalThis, must be known to each. A
// transaction's client inherits the property, so it names its client: a transaction never runs statements directly.
const DIRECT_SQL = Symbol.for("recall.directSql");
type WithDirectSql = { [DIRECT_SQL]?: { client: object; direct: DirectSql } };

function withDirectSql(client: Db, factory: object, onQuery?: (sql: string) => void): Db {
  (client as WithDirectSql)[DIRECT_SQL] = { client, direct: createDirectSql(factory as DriverAdapterFactory, onQuery) };
  return client;
}

function directSqlOf(db: Db | Tx): DirectSql | undefined {
  const entry = (db as WithDirectSql)[DIRECT_SQL];
  return entry?.client === db ? entry.direct : undefined;
}

/**
 * Raw statements on a client's own connection without the client's per-statement compiling (lib/server/direct-sql.ts),
 * for the hot paths. Only for a client made by createDb; inside a client transaction use {@link sqlOf} on its `tx`.
 */
export function getDirectSql(db: Db): DirectSql {
  const direct = directSqlOf(db);
  if (!direct) throw new Error("getDirectSql needs a client made by createDb");
  return direct;
}

/**
 * Raw statements on `db`: direct on a client (see getDirectSql); through `$queryRaw` inside one of its transactions,
 * whose statements must run on the transaction itself (on SQLite a direct one would wait for the transaction's turn).
 */
export function sqlOf(db: Db | Tx): Sql {
  const direct = directSqlOf(db);
  if (direct) return direct;
  return {
    query: <T>(sql: Prisma.Sql) => db.$queryRaw<T[]>(sql),
    execute: (sql: Prisma.Sql) => db.$executeRaw(sql),
  };
}

const globalForDb = globalThis as unknown as { recallDb?: Db };

/** The one shared client of this process. */
export function getDb(): Db {
  return (globalForDb.recallDb ??= createDb());
}
