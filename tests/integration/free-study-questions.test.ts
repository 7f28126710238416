import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { getDb } from "@/lib/server/db";
import { getLearnerProgress } from "@/lib/server/progress";
import { getStudySession, recordAnswer } from "@/lib/server/study";
import { clientId, createLearner } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const later = new Date("2027-06-01T10:00:00Z");
const ids = { core: "", more: "", studied: "" };

beforeAll(async () => {
  const db = getDb();
  const article = await db.article.create({
    // Published before any other test file's articles, so its items are among the first new ones.
    data: { slug: `free-study-${randomUUID().slice(0, 8)}`, title: "Free study tiers", body: "A mill opened in 1850.", contentHash: "x", publishedAt: new Date("1980-01-01") },
  });
  const item = (label: keyof typeof ids, worth: number, kind: string) =>
    db.item.create({
      data: {
        key: `free-study-${label}-${randomUUID()}`,
        articleId: article.id,
        type: "choice",
        kind,
        prompt: `When did the mill open? (${label})`,
        answer: "1850",
        choices: JSON.stringify(["1820", "1850", "1880", "1910"]),
        sourceSentence: `A mill opened in 1850 (${label}).`,
        worth,
      },
    });
  const [core, more, studied] = await Promise.all([item("core", CORE_FROM, "date"), item("more", CORE_FROM - 0.15, "date"), item("studied", CORE_FROM - 0.1, "date")]);
  Object.assign(ids, { core: core.id, more: more.id, studied: studied.id });
});

const offered = async (userId: string, scope: Parameters<typeof getStudySession>[1], at: Date) => {
  const { cards } = await getStudySession(userId, { limit: 50, ...scope }, at);
  const ours = new Set(Object.values(ids));
  return cards.filter((c) => ours.has(c.itemId)).map((c) => c.itemId);
};

describe("free study of all content", () => {
  it("offers core items by default, and the more questions when the learner includes them", async () => {
    const learner = await createLearner();
    expect((await offered(learner.id, {}, now)).sort()).toEqual([ids.core].sort());
    expect((await offered(learner.id, { allQuestions: true }, now)).sort()).toEqual([ids.core, ids.more, ids.studied].sort());
    // One kind of fact on all content follows the same choice.
    expect(await offered(learner.id, { custom: { focus: "kind", kind: "date" } }, now)).toEqual([ids.core]);
  });

  it("keeps a more question the learner studied due by default: their progress is never dropped", async () => {
    const learner = await createLearner();
    // Studied while they included the more questions (an item of all content may be answered whatever its tier).
    const feedback = await recordAnswer(learner.id, { clientId: clientId(), itemId: ids.studied, cardVersion: 0, response: "1850", durationMs: 1500, tzOffset: 0 }, now);
    expect(feedback.correct).toBe(true);
    const due = await offered(learner.id, {}, later);
    expect(due).toContain(ids.studied);
    expect(due).toContain(ids.core);
    expect(due).not.toContain(ids.more);
  });

  it("is what the progress page's All content counts: core items, and a more question once the learner has its card", async () => {
    const learner = await createLearner();
    const allContent = async () => (await getLearnerProgress(learner.id, now)).mastery.find((m) => m.deckId === null)!;
    const core = await getDb().item.count({ where: { status: "active", article: { ownerId: null }, worth: { gte: CORE_FROM } } });
    expect(await allContent()).toMatchObject({ items: core, mastered: 0 });
    await recordAnswer(learner.id, { clientId: clientId(), itemId: ids.studied, cardVersion: 0, response: "1850", durationMs: 1500, tzOffset: 0 }, now);
    // The more question they studied counts from then on; the one they never met does not.
    expect(await allContent()).toMatchObject({ items: core + 1 });
  });
});
