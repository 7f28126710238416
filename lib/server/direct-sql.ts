import "server-only";
import type { Prisma } from "@/generated/sqlite/client";

// The hottest raw statements (an answer's, the session check's) run on the client's own driver adapter, the very
// connection (SQLite) or pool (PostgreSQL) the client uses, instead of through `$queryRaw`: the client serialises
// every raw statement to JSON and compiles it with its WASM query compiler before running it, which was about a
// quarter of an answer's CPU. The SQL and its parameters are the same; only that round is skipped. On SQLite the
// statements still take turns with the client's on the adapter's one lock (lib/server/sqlite-adapter.ts).

/** The part of Prisma's driver adapter interface (@prisma/driver-adapter-utils, SqlDriverAdapter) used here. */
type ArgType = { scalarType: "datetime" | "unknown"; arity: "scalar" };
type SqlQuery = { sql: string; args: unknown[]; argTypes: ArgType[] };
type ResultSet = { columnNames: string[]; columnTypes: number[]; rows: unknown[][] };
interface Queryable {
  queryRaw(query: SqlQuery): Promise<ResultSet>;
  executeRaw(query: SqlQuery): Promise<number>;
}
interface DriverTransaction extends Queryable {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}
export interface DriverAdapter extends Queryable {
  readonly provider: string;
  startTransaction(isolationLevel?: string): Promise<DriverTransaction>;
  dispose(): Promise<void>;
}
/** What createDb passes to Prisma as its `adapter`: a factory the client calls once to connect. */
export interface DriverAdapterFactory {
  connect(): Promise<DriverAdapter>;
}

/** Raw statements, run directly on the adapter or (inside a client transaction) through it. */
export interface Sql {
  query<T>(sql: Prisma.Sql): Promise<T[]>;
  execute(sql: Prisma.Sql): Promise<number>;
}
export interface DirectSql extends Sql {
  /** Runs `work` in one transaction (SQLite: BEGIN IMMEDIATE), committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

// ColumnTypeEnum of @prisma/driver-adapter-utils 6.19 (tests/integration/direct-sql.test.ts holds these to it).
const COLUMN_INT64 = 1;
const COLUMN_BOOLEAN = 5;
const COLUMN_DATETIME = 10;

/**
 * Makes the factory connect once: the client and this module then share its adapter (one SQLite connection and its
 * lock, one PostgreSQL pool). A disposed adapter (the client's `$disconnect`) is forgotten, and the next use connects
 * again as the client would.
 */
export function connectOnce<F extends DriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  let adapter: Promise<DriverAdapter> | null = null;
  factory.connect = () => {
    adapter ??= connect().then((connected) => {
      const dispose = connected.dispose.bind(connected);
      connected.dispose = () => {
        adapter = null;
        return dispose();
      };
      return connected;
    });
    adapter.catch(() => (adapter = null));
    return adapter;
  };
  return factory;
}

/** A statement in the adapter's form: `?` placeholders on SQLite, `$1` on PostgreSQL; dates marked as dates. */
function toQuery(sql: Prisma.Sql, postgres: boolean): SqlQuery {
  return {
    sql: postgres ? sql.text : sql.sql,
    args: sql.values,
    argTypes: sql.values.map((value) => ({ scalarType: value instanceof Date ? "datetime" : "unknown", arity: "scalar" })),
  };
}

/** Rows as objects, with the values `$queryRaw` gives for these columns: dates as Date, booleans as boolean. */
function toRows<T>({ columnNames, columnTypes, rows }: ResultSet): T[] {
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    columnNames.forEach((name, i) => {
      const value = values[i];
      const type = columnTypes[i];
      if (value === null || value === undefined) row[name] = null;
      else if (type === COLUMN_DATETIME) row[name] = new Date(value as string);
      else if (type === COLUMN_BOOLEAN) row[name] = value === true || value === 1 || value === "1" || value === "t" || value === "true";
      else if (type === COLUMN_INT64 && typeof value === "string") row[name] = BigInt(value);
      else row[name] = value;
    });
    return row as T;
  });
}

/** The driver's error as the client reports a failed raw statement (P2010), so isUniqueViolation and isDatabaseBusy read it alike. */
function asClientError(error: unknown): unknown {
  if (error instanceof Error && error.name === "DriverAdapterError") {
    return Object.assign(new Error(`Raw query failed: ${error.message}`), { code: "P2010", meta: { driverAdapterError: error } });
  }
  return error;
}

function runner(on: Queryable, postgres: boolean, onQuery?: (sql: string) => void): Sql {
  return {
    async query<T>(sql: Prisma.Sql) {
      const query = toQuery(sql, postgres);
      onQuery?.(query.sql);
      try {
        return toRows<T>(await on.queryRaw(query));
      } catch (error) {
        throw asClientError(error);
      }
    },
    async execute(sql: Prisma.Sql) {
      const query = toQuery(sql, postgres);
      onQuery?.(query.sql);
      try {
        return await on.executeRaw(query);
      } catch (error) {
        throw asClientError(error);
      }
    },
  };
}

const NO_ARGS = { args: [], argTypes: [] };

export function createDirectSql(factory: DriverAdapterFactory, onQuery?: (sql: string) => void): DirectSql {
  const adapter = () => factory.connect();
  return {
    async query<T>(sql: Prisma.Sql) {
      const a = await adapter();
      return runner(a, a.provider === "postgres", onQuery).query<T>(sql);
    },
    async execute(sql: Prisma.Sql) {
      const a = await adapter();
      return runner(a, a.provider === "postgres", onQuery).execute(sql);
    },
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      const a = await adapter();
      let tx: DriverTransaction;
      try {
        tx = await a.startTransaction();
      } catch (error) {
        throw asClientError(error);
      }
      onQuery?.("BEGIN");
      let result: T;
      try {
        result = await work(runner(tx, a.provider === "postgres", onQuery));
      } catch (error) {
        try {
          onQuery?.("ROLLBACK");
          await tx.executeRaw({ sql: "ROLLBACK", ...NO_ARGS });
        } catch {
          // the transaction is ended below either way; the work's error is the one to report
        }
        await tx.rollback();
        throw error;
      }
      try {
        onQuery?.("COMMIT");
        await tx.executeRaw({ sql: "COMMIT", ...NO_ARGS });
      } catch (error) {
        await tx.rollback(); // hands the connection back (the SQLite adapter has already rolled back and let go)
        throw asClientError(error);
      }
      await tx.commit();
      return result;
    },
  };
}
