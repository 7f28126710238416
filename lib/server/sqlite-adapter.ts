// No "server-only" guard: prisma.config.ts (the migration CLI) connects through this file too.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/** `NORMAL` loses at most the last commits on a power cut (never on a crash of the app); `FULL` syncs every commit. */
export type SqliteSynchronous = "NORMAL" | "FULL";

/** How long a statement waits for another process's lock (a backup, the sqlite3 shell, a second instance). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** The part of better-sqlite3's `Database` used here (the package ships no types). */
interface Connection {
  pragma(source: string): unknown;
  prepare(source: string): unknown;
  exec(source: string): unknown;
  readonly inTransaction: boolean;
}

/**
 * The SQLite adapter for the app and the migration CLI: one better-sqlite3 connection per client,
 * in WAL mode (readers never block the writer, an outside reader never blocks commits), waiting
 * for outside locks instead of failing at once, and never left inside a failed transaction.
 */
export function createSqliteAdapterFactory(url: string, synchronous: SqliteSynchronous = "NORMAL"): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    return serialise(adapter, configure(adapter, synchronous));
  };
  return factory;
}

function configure(adapter: Adapter, synchronous: SqliteSynchronous): Connection {
  const connection = (adapter as unknown as { client?: Connection }).client;
  if (!connection || typeof connection.pragma !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 no longer keeps its connection in `client`: update lib/server/sqlite-adapter.ts");
  }
  connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  connection.pragma("journal_mode = WAL");
  connection.pragma(`synchronous = ${synchronous}`);
  connection.pragma("foreign_keys = ON");
  // The adapter begins DEFERRED transactions: one that reads, then writes after another process
  // committed, fails at once with SQLITE_BUSY_SNAPSHOT. IMMEDIATE takes the write lock up front,
  // so the busy timeout applies (as Rails and Django's SQLite backends do).
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source);
  return connection;
}

/** A first-come-first-served lock; each `acquire` resolves to a release function that works once. */
function createLock(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve();
  return async () => {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => done);
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
}

/**
 * The adapter shares its one connection between a transaction and statements outside it, so a
 * statement from another request would run (and be rolled back) inside someone else's
 * transaction: everything takes turns on one lock instead. A transaction whose COMMIT or ROLLBACK
 * fails is rolled back here and its turn released, since Prisma then calls neither commit() nor
 * rollback() and the connection would keep its locks and refuse every later transaction.
 */
function serialise(adapter: Adapter, connection: Connection): Adapter {
  const acquire = createLock();
  const exclusive =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const release = await acquire();
      try {
        return await run(...args);
      } finally {
        release();
      }
    };
  adapter.queryRaw = exclusive(adapter.queryRaw.bind(adapter));
  adapter.executeRaw = exclusive(adapter.executeRaw.bind(adapter));
  adapter.executeScript = exclusive(adapter.executeScript.bind(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await acquire();
    try {
      rollBackLeftover(connection);
      return guardTransaction(await startTransaction(isolationLevel), connection, release);
    } catch (error) {
      release();
      throw error;
    }
  };
  return adapter;
}

function rollBackLeftover(connection: Connection) {
  if (connection.inTransaction) connection.exec("ROLLBACK");
}

function guardTransaction(tx: Transaction, connection: Connection, release: () => void): Transaction {
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  const end = async (close: () => Promise<void>) => {
    try {
      await close();
    } finally {
      release();
    }
  };
  tx.commit = () => end(commit);
  tx.rollback = () => end(rollback);
  tx.executeRaw = async (query: Query) => {
    if (query.sql !== "COMMIT" && query.sql !== "ROLLBACK") return executeRaw(query);
    try {
      return await executeRaw(query);
    } catch (error) {
      try {
        rollBackLeftover(connection);
      } finally {
        await end(rollback);
      }
      throw error;
    }
  };
  return tx;
}
