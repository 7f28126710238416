import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client";
import { toErrorResult } from "@/lib/server/action";
import { CONNECTION_MAX_WAIT_MS, createDb, getDirectSql } from "@/lib/server/db";
import { isDatabaseBusy } from "@/lib/server/errors";
import { recordAnswer } from "@/lib/server/study";
import { isPostgres } from "../../scripts/lib/database";
import { clientId, createLearner, createStudyableItem, outcome } from "./helpers";

// PostgreSQL-only: a request waits for a free connection of the pool while other requests' transactions hold them
// all. That wait is bounded as SQLite's wait for its one connection is (sqlite-turn-wait.test.ts): past it the request
// fails as busy (a 503 to retry) instead of hanging for as long as the transactions stay open.
const url = process.env.DATABASE_URL ?? "";
const postgres = isPostgres(url);
const POOL_SIZE = 2;
// The pool's size comes from the environment, as an operator sets it.
const db = postgres ? withEnv({ DATABASE_POOL_SIZE: String(POOL_SIZE) }, () => createDb(url)) : null;
const now = new Date("2026-11-22T10:00:00Z");
let itemId = "";
let learnerId = "";

beforeAll(async () => {
  if (!postgres) return;
  itemId = await createStudyableItem("pool-wait");
  learnerId = (await createLearner("pool-wait")).id;
});
afterAll(() => db?.$disconnect());

function withEnv<T>(values: Record<string, string>, run: () => T): T {
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return run();
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}


describe.skipIf(!postgres)("a request waiting for a free connection of PostgreSQL's pool", () => {
  it("gives up as busy after the wait bound while open transactions hold every connection, and is served once they end", async () => {
    const client = db!;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const holders: Promise<void>[] = [];
    for (let i = 0; i < POOL_SIZE; i++) {
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      holders.push(
        client.$transaction(
          async (tx) => {
            await tx.$queryRaw`SELECT 1 AS "one"`;
            holding();
            await released;
          },
          { timeout: 60_000 },
        ),
      );
      await held;
    }

    const limit = CONNECTION_MAX_WAIT_MS + 3000;
    const waiters = await Promise.all([
      outcome(getDirectSql(client).query(Prisma.sql`SELECT 1 AS "one"`), limit),
      outcome(recordAnswer(learnerId, { clientId: clientId(), itemId, cardVersion: 0, response: "24%" }, now, client), limit), // a direct transaction
      outcome(client.article.count(), limit),
      outcome(client.$transaction((tx) => tx.article.count()), limit), // Prisma's transaction
    ]);
    for (const waited of waiters) {
      expect(waited, "a waiter still waiting for transactions left open").not.toBe("still waiting");
      if (waited === "still waiting") continue;
      expect(isDatabaseBusy(waited.error), String(waited.error)).toBe(true);
      expect(toErrorResult(waited.error).code).toBe("busy"); // the routes' 503
      expect(waited.ms).toBeGreaterThanOrEqual(CONNECTION_MAX_WAIT_MS - 50);
    }

    // Waiters that gave up left the queue: one queued behind them is served as soon as a connection is free.
    const queued = getDirectSql(client).query<{ word: string }>(Prisma.sql`SELECT 'served' AS "word"`);
    release();
    await Promise.all(holders);
    expect(await queued).toEqual([{ word: "served" }]);
    const feedback = await recordAnswer(learnerId, { clientId: clientId(), itemId, cardVersion: 0, response: "24%" }, now, client);
    expect(feedback.cardVersion).toBe(1);
    expect(await client.card.count({ where: { userId: learnerId } })).toBe(1); // the answer that gave up stored nothing
    // and the whole pool is back: more statements at once than it has connections
    const counts = await Promise.all(Array.from({ length: POOL_SIZE * 2 }, () => client.article.count()));
    expect(counts.every((count) => count >= 1)).toBe(true);
  }, 30_000);
});
