// No "server-only" guard: prisma.config.ts (the migration CLI) connects through this file too.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";

/** `NORMAL` loses at most the last commits on a power cut (never on a crash of the app); `FULL` syncs every commit. */
export type SqliteSynchronous = "NORMAL" | "FULL";

/** How long a statement waits for another process's lock (a backup, the sqlite3 shell, a second instance). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
/**
 * How long a request waits for its turn on the process's one connection (held by another request's transaction)
 * before giving up as busy (a 503 the client may retry). Prisma's transactions wait as long (their `maxWait`), so a
 * busy retry of another process's lock (SQLITE_BUSY_TIMEOUT_MS) fits inside it.
 */
export const SQLITE_TURN_MAX_WAIT_MS = SQLITE_BUSY_TIMEOUT_MS + 1000;
/**
 * better-sqlite3 waits for a lock synchronously, freezing every request of the process: it waits
 * only this long at a time, and the rest of SQLITE_BUSY_TIMEOUT_MS is waited here between tries.
 */
const BLOCKING_WAIT_MS = 25;
const RETRY_PAUSE_MS = 25;

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** The part of better-sqlite3's `Database` used here (the package ships no types). */
interface Connection {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): Statement;
  readonly inTransaction: boolean;
}

/** The part of a better-sqlite3 `Statement` the Prisma adapter uses; parameters may be given as one array. */
interface Statement {
  readonly reader: boolean;
  columns(): unknown[];
  raw(on?: boolean): Statement;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
  bind(...params: unknown[]): Statement;
}

/** Distinct SQL texts kept prepared; the app sends a few dozen, an `IN (...)` list one per length. */
const PREPARED_STATEMENTS = 500;

/**
 * The SQLite adapter for the app and the migration CLI: one better-sqlite3 connection per client,
 * in WAL mode (readers never block the writer, an outside reader never blocks commits), waiting
 * for outside locks instead of failing at once, and never left inside a failed transaction.
 */
export function createSqliteAdapterFactory(url: string, synchronous: SqliteSynchronous = "NORMAL"): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url, timeout: BLOCKING_WAIT_MS });
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
  connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`); // switching to WAL may wait for other processes
  connection.pragma("journal_mode = WAL");
  connection.pragma(`synchronous = ${synchronous}`);
  connection.pragma("foreign_keys = ON");
  connection.pragma(`busy_timeout = ${BLOCKING_WAIT_MS}`);
  keepStatementsPrepared(connection);
  return connection;
}

/**
 * The adapter prepares every statement it runs, then binds it for good (`bind` works once per
 * statement), which was a twentieth of an answer's CPU: statements are prepared once per SQL text
 * here, and `bind` hands back a view that passes its parameters at each run instead. The adapter
 * also asks each statement for its columns' declared types before every read (3% of a served
 * answer's CPU): they are kept with the statement. Like the prepared statements themselves, this
 * assumes the schema does not change under a running app (migrations run before it serves).
 */
function keepStatementsPrepared(connection: Connection) {
  const prepare = connection.prepare.bind(connection);
  const prepared = new Map<string, Statement>();
  const columnsOf = new WeakMap<Statement, unknown[]>();
  const columns = (statement: Statement) => {
    let kept = columnsOf.get(statement);
    if (!kept) columnsOf.set(statement, (kept = statement.columns()));
    return kept;
  };
  const bound = (statement: Statement, params: unknown[]) => ({
    reader: statement.reader,
    columns: () => columns(statement),
    raw(on = true) {
      statement.raw(on);
      return { all: () => statement.all(...params) };
    },
    all: () => statement.all(...params),
    run: () => statement.run(...params),
  });
  connection.prepare = (source: string) => {
    let statement = prepared.get(source);
    if (!statement) {
      statement = prepare(source);
      if (prepared.size >= PREPARED_STATEMENTS) prepared.delete(prepared.keys().next().value!);
      prepared.set(source, statement);
    }
    const kept = statement;
    return { ...bound(kept, []), bind: (...params: unknown[]) => bound(kept, params) } as unknown as Statement;
  };
}

/**
 * A first-come-first-served lock; each `acquire` resolves to a release function that works once, or rejects once it
 * has waited `maxWaitMs` for the turns before it. A waiter that gives up keeps its place, passed on as it comes.
 */
export function createLock(): (maxWaitMs: number) => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve();
  let pending = 0; // places taken and not yet passed on: with none, the turn is free and no timer is needed
  return async (maxWaitMs) => {
    let passOn!: () => void;
    const done = new Promise<void>((resolve) => (passOn = resolve));
    const previous = tail;
    tail = previous.then(() => done);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      pending--;
      passOn();
    };
    if (pending++ === 0) {
      await previous;
      return release;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), maxWaitMs)));
    const turn = await Promise.race([previous.then(() => true), gaveUp]);
    clearTimeout(timer);
    if (!turn) {
      void previous.then(release);
      throw new DriverAdapterError({ kind: "SocketTimeout", originalMessage: `waited ${maxWaitMs} ms for the SQLite connection, held by another transaction` });
    }
    return release;
  };
}

const isBusy = (error: unknown) => (error as { cause?: { kind?: string } } | null)?.cause?.kind === "SocketTimeout";
const pause = () => new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));

/**
 * The adapter shares its one connection between a transaction and statements outside it, so a
 * statement from another request would run (and be rolled back) inside someone else's
 * transaction: everything takes turns on one lock instead. A statement or BEGIN that finds the
 * database locked by another process gives up its turn and tries again a little later, for up to
 * SQLITE_BUSY_TIMEOUT_MS, so the process keeps serving reads meanwhile (WAL readers need no lock).
 */
function serialise(adapter: Adapter, connection: Connection): Adapter {
  const acquire = createLock();
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);

  /**
   * Runs `work` in its turn; a busy database is retried (in a later turn) until the deadline. Waiting for turns
   * gives up (busy) at SQLITE_TURN_MAX_WAIT_MS: a transaction left open must not stall every other request for good.
   */
  async function inTurn<R>(work: () => Promise<R>, keepTurn = false): Promise<{ result: R; release: () => void }> {
    const started = Date.now();
    const deadline = started + SQLITE_BUSY_TIMEOUT_MS;
    for (;;) {
      const release = await acquire(Math.max(0, started + SQLITE_TURN_MAX_WAIT_MS - Date.now()));
      try {
        const result = await work();
        if (!keepTurn) release();
        return { result, release };
      } catch (error) {
        release();
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      }
      await pause();
    }
  }

  adapter.queryRaw = async (query) => (await inTurn(() => queryRaw(query))).result;
  adapter.executeRaw = async (query) => (await inTurn(() => executeRaw(query))).result;
  // A script is not retried (a busy failure may leave its first statements applied): it waits in one go.
  adapter.executeScript = async (script) => {
    const release = await acquire(SQLITE_TURN_MAX_WAIT_MS);
    try {
      connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      await executeScript(script);
    } finally {
      connection.pragma(`busy_timeout = ${BLOCKING_WAIT_MS}`);
      release();
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return startTransaction(isolationLevel); // the adapter's own refusal
    // Not the adapter's startTransaction: its BEGIN is DEFERRED (a transaction that reads, then writes
    // after another process committed, fails at once with SQLITE_BUSY_SNAPSHOT; IMMEDIATE takes the
    // write lock up front, as Rails and Django do on SQLite), and a failed BEGIN leaks its inner mutex.
    const { release } = await inTurn(async () => {
      rollBackLeftover(connection);
      await executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] });
    }, true);
    return ownTransaction(adapter, connection, release, { queryRaw, executeRaw });
  };
  return adapter;
}

function rollBackLeftover(connection: Connection) {
  if (connection.inTransaction) connection.exec("ROLLBACK");
}

/**
 * A transaction on the shared connection, holding the turn until it ends. Prisma ends it by
 * sending COMMIT or ROLLBACK, then calling commit() or rollback(); when that COMMIT or ROLLBACK
 * fails it calls neither, so the transaction is rolled back and the turn released right there:
 * otherwise the connection would keep its locks and every later request would wait for it.
 */
function ownTransaction(
  adapter: Adapter,
  connection: Connection,
  release: () => void,
  direct: Pick<Adapter, "queryRaw" | "executeRaw">,
): Transaction {
  let ended = false;
  // Once only: after the turn is released another request's transaction may be open on the connection.
  const end = async () => {
    if (ended) return;
    ended = true;
    try {
      rollBackLeftover(connection);
    } finally {
      release();
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: direct.queryRaw,
    async executeRaw(query: Query) {
      if (query.sql !== "COMMIT" && query.sql !== "ROLLBACK") return direct.executeRaw(query);
      try {
        return await direct.executeRaw(query);
      } catch (error) {
        await end();
        throw error;
      }
    },
    commit: end,
    rollback: end,
  };
}
