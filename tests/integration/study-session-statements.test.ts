import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, getDb } from "@/lib/server/db";
import { getStudySession, recordAnswer } from "@/lib/server/study";
import { clientId, createLearner } from "./helpers";

// `/api/study/cards` runs once per twenty answers: its statements are counted, as the answer's are, so a change that
// adds a redundant read shows here. The count holds for a learner whose cards met today are all in the session's scope.
const statements: string[] = [];
const counted = createDb(process.env.DATABASE_URL, { onQuery: (sql) => statements.push(sql) });
const now = new Date("2026-11-22T10:00:00Z");
const itemIds: string[] = [];

beforeAll(async () => {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  // published last, so these questions never take another test file's place among a new learner's first new cards
  const article = await db.article.create({ data: { slug: `session-statements-${tag}`, title: "Session", body: "x", contentHash: tag, publishedAt: new Date("2099-01-01") } });
  for (let i = 0; i < 3; i++) {
    const item = await db.item.create({
      data: { key: `session-statements-${tag}-${i}`, articleId: article.id, type: "choice", kind: "percent", prompt: `How much ${i}? (${tag})`, answer: "24%", choices: JSON.stringify(["12%", "24%"]), sourceSentence: `Sentence ${i} ${tag}.` },
    });
    itemIds.push(item.id);
  }
});
afterAll(() => counted.$disconnect());

describe("the study session's statements", () => {
  it("read the settings, the scope's items with the learner's cards, the cards met today (with their items) and the chosen items (with their articles)", async () => {
    const learner = await createLearner("session-statements");
    await recordAnswer(learner.id, { clientId: clientId(), itemId: itemIds[0]!, cardVersion: 0, response: "12%" }, now);
    statements.length = 0;
    const session = await getStudySession(learner.id, { limit: 50 }, new Date(now.getTime() + 60_000), counted);
    const sent = statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql.trim()));
    // the answered card comes back (Again) with the version its answer made; the new items with none
    const mine = session.cards.filter((c) => itemIds.includes(c.itemId));
    expect(mine.find((c) => c.itemId === itemIds[0])).toMatchObject({ cardVersion: 1, isNew: false });
    expect(mine.filter((c) => c.itemId !== itemIds[0]).every((c) => c.cardVersion === 0 && c.isNew)).toBe(true);
    // user, the scope's items each with its card or none, cards met today (+ their items), chosen items (+ their articles)
    expect(sent.length, sent.join("\n")).toBe(4);
  });
});
