import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, getDb } from "@/lib/server/db";
import { recordAnswer } from "@/lib/server/study";
import { clientId, createLearner } from "./helpers";

// Every statement costs a compile in Prisma and, on SQLite, a turn on the one connection that every
// request shares: the answer path is counted, so a change that adds one to it shows here.
const statements: string[] = [];
const counted = createDb(process.env.DATABASE_URL, { onQuery: (sql) => statements.push(sql) });
const now = new Date("2026-11-22T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let itemId = "";

beforeAll(async () => {
  const db = getDb();
  const article = await db.article.create({
    data: { slug: `statements-${randomUUID().slice(0, 8)}`, title: "Statements", body: "Trade rose 24% in 2024.", contentHash: "x", publishedAt: new Date("1991-01-01") },
  });
  const item = await db.item.create({
    data: {
      key: `statements-${randomUUID()}`,
      articleId: article.id,
      type: "choice",
      kind: "percent",
      prompt: "By what percentage did trade rise?",
      answer: "24%",
      choices: JSON.stringify(["12%", "24%"]),
      sourceSentence: "Trade rose 24% in 2024.",
    },
  });
  itemId = item.id;
});
afterAll(() => counted.$disconnect());

/** The statements `work` sends, not counting BEGIN, COMMIT and ROLLBACK. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0;
  await work();
  return statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql.trim()));
}

describe("an answer", () => {
  it("costs four statements: settings, card and item in one read, the card write, the log row and its day's count; a repeat costs two", async () => {
    const learner = await createLearner();
    const first = await statementsOf(() => recordAnswer(learner.id, { clientId: clientId(), itemId, cardVersion: 0, response: "24%" }, now, counted));
    const next = await statementsOf(() => recordAnswer(learner.id, { clientId: clientId(), itemId, cardVersion: 1, response: "12%" }, later(1), counted));
    const input = { clientId: clientId(), itemId, cardVersion: 2, response: "12%" };
    const stored = await recordAnswer(learner.id, input, later(2), counted);
    let repeated: unknown;
    const repeat = await statementsOf(async () => (repeated = await recordAnswer(learner.id, input, later(3), counted)));
    expect({ first: first.length, next: next.length, repeat: repeat.length }).toEqual({ first: 4, next: 4, repeat: 2 });
    // settings, card and the item as the learner may study it come in one read (lib/server/study/answer-context.ts)
    expect(first.filter((sql) => sql.includes('"User"'))).toHaveLength(1);
    expect(first.filter((sql) => sql.includes('"Item"'))).toEqual(first.filter((sql) => sql.includes('"User"')));
    // the last keeps the progress page's per-day counts (lib/server/review-days.ts): one upsert, never a read
    expect(first.filter((sql) => sql.includes('"ReviewDay"'))).toHaveLength(1);
    expect(repeat.some((sql) => sql.includes('"ReviewDay"'))).toBe(false);
    // the feedback built from the write equals the one read back for the repeat
    expect(repeated).toEqual(stored);
  });
});
