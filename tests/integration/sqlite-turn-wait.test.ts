import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client";
import { toErrorResult } from "@/lib/server/action";
import { CONNECTION_MAX_WAIT_MS, createDb, getDirectSql } from "@/lib/server/db";
import { isDatabaseBusy } from "@/lib/server/errors";
import { recordAnswer } from "@/lib/server/study";
import { isPostgres } from "../../scripts/lib/database";
import { clientId, createLearner, createStudyableItem, outcome } from "./helpers";

// SQLite-only: the process shares one connection, and a request waits for its turn while another request's
// transaction holds it. That wait is bounded as Prisma's own transactions' is (maxWait): past it the request fails
// as busy (a 503 to retry) instead of hanging for as long as the transaction stays open. PostgreSQL has a pool.
const url = process.env.DATABASE_URL ?? "";
const sqlite = !isPostgres(url);
const db = sqlite ? createDb(url) : null;
const now = new Date("2026-11-22T10:00:00Z");
let itemId = "";
let learnerId = "";

beforeAll(async () => {
  if (!sqlite) return;
  itemId = await createStudyableItem("turn-wait");
  learnerId = (await createLearner("turn-wait")).id;
});
afterAll(() => db?.$disconnect());


describe.skipIf(!sqlite)("a request waiting for SQLite's one connection", () => {
  it("gives up as busy after the transaction wait bound while another transaction holds it, and is served once it ends", async () => {
    const client = db!;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = client.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS "one"`;
        holding();
        await released;
      },
      { timeout: 60_000 },
    );
    await held;

    const limit = CONNECTION_MAX_WAIT_MS + 3000;
    const [query, answer, counted] = await Promise.all([
      outcome(getDirectSql(client).query(Prisma.sql`SELECT 1 AS "one"`), limit),
      outcome(recordAnswer(learnerId, { clientId: clientId(), itemId, cardVersion: 0, response: "24%" }, now, client), limit),
      outcome(client.article.count(), limit), // the client's own statements take the same turns
    ]);
    for (const waited of [query, answer, counted]) {
      expect(waited, "a waiter still waiting for a transaction left open").not.toBe("still waiting");
      if (waited === "still waiting") continue;
      expect(isDatabaseBusy(waited.error), String(waited.error)).toBe(true);
      expect(toErrorResult(waited.error).code).toBe("busy"); // the routes' 503
      expect(waited.ms).toBeGreaterThanOrEqual(CONNECTION_MAX_WAIT_MS - 50);
    }

    // Places given up pass on: one queued behind them is served as soon as the transaction ends.
    const queued = getDirectSql(client).query<{ word: string }>(Prisma.sql`SELECT 'served' AS "word"`);
    release();
    await holder;
    expect(await queued).toEqual([{ word: "served" }]);
    const feedback = await recordAnswer(learnerId, { clientId: clientId(), itemId, cardVersion: 0, response: "24%" }, now, client);
    expect(feedback.cardVersion).toBe(1);
    expect(await client.card.count({ where: { userId: learnerId } })).toBe(1); // the answer that gave up stored nothing
  }, 30_000);
});
