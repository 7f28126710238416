import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { getReadableArticle } from "@/lib/server/articles";
import { getDb } from "@/lib/server/db";
import { getLearnerProgress } from "@/lib/server/progress";
import { getStudySession } from "@/lib/server/study";
import { createUser } from "@/lib/server/users";
import { createLearner, uniqueEmail } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
let privateSlug = "";
let privateItemId = "";
let deckId = "";
let classId = "";

beforeAll(async () => {
  const db = getDb();
  const instructor = await createUser({ name: "Owner", email: uniqueEmail("owner"), password: "correct horse battery", role: "instructor" });
  privateSlug = `private-${randomUUID().slice(0, 8)}`;
  const article = await db.article.create({
    data: { slug: privateSlug, title: "Private upload", body: "Budget rose 7% in 2025.", contentHash: "p", ownerId: instructor.id, publishedAt: new Date("1980-01-01") },
  });
  const item = await db.item.create({
    data: {
      key: `private-${randomUUID()}`,
      articleId: article.id,
      type: "typed",
      kind: "percent",
      prompt: "By what percentage did the budget rise in 2025?",
      answer: "7%",
      sourceSentence: "Budget rose 7% in 2025.",
    },
  });
  privateItemId = item.id;
  const deck = await db.deck.create({ data: { title: "Private deck", ownerId: instructor.id, publishedAt: now, items: { create: { itemId: item.id } } } });
  deckId = deck.id;
  const klass = await db.class.create({ data: { name: "Class", joinCode: randomUUID().slice(0, 6), instructorId: instructor.id } });
  classId = klass.id;
  await db.assignment.create({ data: { classId, deckId } });
});

describe("an instructor's own upload", () => {
  it("is not part of 'all content' for learners", async () => {
    const learner = await createLearner("outsider");
    const session = await getStudySession(learner.id, { limit: 50 }, now);
    expect(session.cards.map((c) => c.itemId)).not.toContain(privateItemId);
  });

  it("is not counted in the progress page's 'All content' total", async () => {
    const learner = await createLearner("outsider");
    // The library's core items: a new learner has no card of its more questions (lib/study/free-study-questions.ts).
    const libraryItems = await getDb().item.count({ where: { status: "active", article: { ownerId: null }, worth: { gte: CORE_FROM } } });
    const { mastery } = await getLearnerProgress(learner.id, now);
    expect(mastery[0]).toMatchObject({ deckId: null, title: "All content", items: libraryItems });
  });

  it("cannot be read or studied by a learner outside the class: both look like nothing is there", async () => {
    const learner = await createLearner("outsider");
    await expect(getReadableArticle(learner.id, privateSlug)).rejects.toThrow("That article was not found.");
    await expect(getStudySession(learner.id, { deckId }, now)).rejects.toThrow("That deck was not found.");
  });

  it("is readable and studiable by a member of a class it is assigned to", async () => {
    const learner = await createLearner("member");
    await getDb().membership.create({ data: { classId, userId: learner.id } });
    await expect(getReadableArticle(learner.id, privateSlug)).resolves.toMatchObject({ title: "Private upload" });
    const session = await getStudySession(learner.id, { deckId }, now);
    expect(session.cards.map((c) => c.itemId)).toEqual([privateItemId]);
  });
});
