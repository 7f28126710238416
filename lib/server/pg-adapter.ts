import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * The PostgreSQL adapter for the app: Prisma's, with a transaction's statements sent one at a time. Prisma 6.19's
 * query interpreter loads a query's sibling relations at once (Promise.all over a `join` node's children); outside a
 * transaction each goes to its own pooled connection, but inside one they all reach the transaction's single
 * pg.Client, which pg 8 queues with a deprecation warning and pg 9 refuses (prisma/orm#29407; the fixes proposed
 * there, #29468 and #29979, serialise in the adapter the same way). The pool itself stays concurrent.
 *
 * A statement or transaction waits for a free connection of the pool (at most `max`, pg's default 10) up to
 * `maxWaitMs`, then fails as busy (the driver's timeout error, a 503 to retry): pg's default is to wait as long as
 * other requests' transactions stay open.
 */
export function createPgAdapterFactory(connectionString: string, { max, maxWaitMs }: { max?: number; maxWaitMs: number }): PrismaPg {
  const factory = new PrismaPg({ connectionString, max, connectionTimeoutMillis: maxWaitMs });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = (query) => timeoutAsBusy(() => queryRaw(query));
    adapter.executeRaw = (query) => timeoutAsBusy(() => executeRaw(query));
    adapter.startTransaction = async (isolationLevel) => oneStatementAtATime(await timeoutAsBusy(() => startTransaction(isolationLevel)));
    return adapter;
  };
  return factory;
}

// pg-pool's errors when `connectionTimeoutMillis` runs out: no connection came free, or a new one did not connect in time.
const POOL_TIMEOUTS = new Set(["timeout exceeded when trying to connect", "Connection terminated due to connection timeout"]);

/**
 * The adapter passes pg-pool's timeout errors on as they are (plain errors with no code, which it does not know), and
 * the client reports them as unknown errors: they become the driver's timeout error, which isDatabaseBusy reads.
 */
async function timeoutAsBusy<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && error.name !== "DriverAdapterError" && POOL_TIMEOUTS.has(error.message)) {
      throw new DriverAdapterError({ kind: "SocketTimeout", originalMessage: error.message });
    }
    throw error;
  }
}

/** The transaction with each statement sent once the one before it has finished (failed or not); ending it waits too. */
function oneStatementAtATime(tx: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  const inOrder = <R>(work: () => Promise<R>): Promise<R> => {
    const run = last.then(work);
    last = run.catch(() => undefined);
    return run;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  tx.queryRaw = (query) => inOrder(() => queryRaw(query));
  tx.executeRaw = (query) => inOrder(() => executeRaw(query));
  tx.commit = () => inOrder(commit);
  tx.rollback = () => inOrder(rollback);
  return tx;
}
