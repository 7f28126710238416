import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/study";
import { createLearner } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const ids: Record<"statement" | "blank" | "otherBlank", string> = { statement: "", blank: "", otherBlank: "" };

beforeAll(async () => {
  const db = getDb();
  const article = await db.article.create({
    // Published earliest, so its items are introduced before any other test file's.
    data: { slug: `siblings-${randomUUID().slice(0, 8)}`, title: "Sibling fixture", body: "Exports rose 24% in 2024. Imports fell 3%.", contentHash: "x", publishedAt: new Date("1980-01-01") },
  });
  const sentence = `Exports rose 24% in 2024 (${randomUUID()}).`;
  const make = (type: string, prompt: string, answer: string, sourceSentence: string) =>
    db.item.create({ data: { key: `siblings-${randomUUID()}`, articleId: article.id, type, kind: "percent", prompt, answer, choices: type === "truefalse" ? '["True","False"]' : "[]", sourceSentence } });
  ids.statement = (await make("truefalse", `True or false: ${sentence}`, "True", sentence)).id;
  ids.blank = (await make("cloze", sentence.replace("24%", "_____"), "24%", sentence)).id;
  ids.otherBlank = (await make("cloze", `Imports fell _____ (${randomUUID()}).`, "3%", `Imports fell 3% (${randomUUID()}).`)).id;
});

describe("a true/false statement and the blanks of its sentence (issue 9)", () => {
  it("are not introduced on the same day: the statement would fill in the blank", async () => {
    const learner = await createLearner();
    const shown = (await getStudySession(learner.id, { limit: 50 }, now)).cards.map((c) => c.itemId);
    expect(shown).toContain(ids.statement);
    expect(shown).toContain(ids.otherBlank);
    expect(shown).not.toContain(ids.blank);
  });

  it("a statement due for review today keeps its sentence's new blanks for another day", async () => {
    const learner = await createLearner();
    await getDb().card.create({
      data: { userId: learner.id, itemId: ids.statement, state: 2, due: new Date("2026-11-22T08:00:00Z"), stability: 3, reps: 2, lastReview: new Date("2026-11-19T10:00:00Z"), createdAt: new Date("2026-11-01T10:00:00Z") },
    });
    const shown = (await getStudySession(learner.id, { limit: 50 }, now)).cards.map((c) => c.itemId);
    expect(shown).toContain(ids.statement);
    expect(shown).not.toContain(ids.blank);
    expect(shown).toContain(ids.otherBlank);
    // Once the statement is no longer due today, the blank is introduced.
    const later = (await getStudySession(learner.id, { limit: 50 }, new Date("2026-11-21T10:00:00Z"))).cards.map((c) => c.itemId);
    expect(later).toContain(ids.blank);
  });
});
