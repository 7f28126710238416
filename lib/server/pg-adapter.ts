import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * The PostgreSQL adapter for the app: Prisma's, with a transaction's statements sent one at a time. Prisma 6.19's
 * query interpreter loads a query's sibling relations at once (Promise.all over a `join` node's children); outside a
 * transaction each goes to its own pooled connection, but inside one they all reach the transaction's single
 * pg.Client, which pg 8 queues with a deprecation warning and pg 9 refuses (prisma/orm#29407; the fixes proposed
 * there, #29468 and #29979, serialise in the adapter the same way). The pool itself stays concurrent.
 */
export function createPgAdapterFactory(connectionString: string): PrismaPg {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneStatementAtATime(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
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
