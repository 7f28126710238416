import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { recordAnswer, undoAnswer } from "@/lib/server/study";
import { isPostgres } from "../../scripts/lib/database";
import { clientId, createLearner } from "./helpers";

// PostgreSQL-only. Prisma loads a query's sibling relations at once; inside a transaction they all reach its one
// pg.Client, which pg 8 queues with "Calling client.query() when the client is already executing a query" (once per
// process, and only from the third query on) and pg 9 refuses. lib/server/pg-adapter.ts sends them one at a time:
// every query pg sees here must find its client idle. Undoing an answer reads the review with its item, user and card.
const postgres = isPostgres(process.env.DATABASE_URL ?? "");
const overlapping: string[] = [];
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message);
const originalQuery = pg.Client.prototype.query;
const now = new Date("2026-11-22T10:00:00Z");

beforeAll(() => {
  if (!postgres) return;
  type Busy = { _activeQuery?: unknown; _queryQueue?: unknown[] };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads cannot be forwarded with their types
  pg.Client.prototype.query = function (this: pg.Client & Busy, ...args: any[]) {
    if (this._activeQuery || (this._queryQueue?.length ?? 0) > 0) {
      const config = args[0] as string | { text?: string };
      overlapping.push(String(typeof config === "string" ? config : config?.text).slice(0, 120));
    }
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof originalQuery;
  process.on("warning", onWarning);
});
afterAll(() => {
  pg.Client.prototype.query = originalQuery;
  process.off("warning", onWarning);
});

describe.skipIf(!postgres)("a transaction's statements on PostgreSQL", () => {
  it("reach its connection one at a time, so pg never queues one behind another (a warning now, an error in pg 9)", async () => {
    const db = getDb();
    const article = await db.article.create({
      data: { slug: `pg-tx-${randomUUID().slice(0, 8)}`, title: "Pg tx", body: "Trade rose 24% in 2024.", contentHash: "x", publishedAt: new Date("1991-01-01") },
    });
    const item = await db.item.create({
      data: { key: `pg-tx-${randomUUID()}`, articleId: article.id, type: "choice", kind: "percent", prompt: "By what percentage did trade rise?", answer: "24%", choices: JSON.stringify(["12%", "24%"]), sourceSentence: "Trade rose 24% in 2024." },
    });
    const learner = await createLearner("pg-tx");
    const answered = clientId();
    await recordAnswer(learner.id, { clientId: answered, itemId: item.id, cardVersion: 0, response: "24%" }, now, db);
    overlapping.length = 0;

    const card = await undoAnswer(learner.id, { clientId: clientId(), reviewClientId: answered }, new Date(now.getTime() + 60_000), db);
    expect(card.cardVersion).toBe(2); // the undo is done: the card moved on, back to its state before the answer
    // and a plain client query of three relations inside a transaction
    const read = await db.$transaction((tx) =>
      tx.reviewLog.findUniqueOrThrow({ where: { userId_clientId: { userId: learner.id, clientId: answered } }, select: { item: { select: { id: true } }, user: { select: { id: true } }, card: { select: { id: true } } } }),
    );
    expect(read.item.id).toBe(item.id);

    expect(overlapping).toEqual([]);
    expect(warnings.filter((message) => message.includes("already executing a query"))).toEqual([]);
  });
});
