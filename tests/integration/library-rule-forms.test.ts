import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { createOwnCard } from "@/lib/server/own-cards";
import { libraryArticleSql, libraryItems } from "@/lib/server/study/studiable-item";
import { createUser } from "@/lib/server/users";
import { createLearner, uniqueEmail } from "./helpers";

// "All content" is described once (lib/server/study/studiable-item.ts) and produced as the client's filter (study
// sessions and counts) and as SQL (the answer path, progress): both must pick the same items for every kind of article.
// published last, so these questions never take another test file's place among a new learner's first new cards
const LATE = new Date("2099-01-01");

describe("the library rule's two forms", () => {
  it("pick the same items: the shared library and the learner's own cards, active only; not another's, not an instructor's upload", async () => {
    const db = getDb();
    const tag = randomUUID().slice(0, 8);
    const learner = await createLearner("forms");
    const other = await createLearner("forms-other");
    const instructor = await createUser({ name: "Forms teacher", email: uniqueEmail("forms-teacher"), password: "correct horse battery", role: "instructor" });
    const shared = await db.article.create({ data: { slug: `forms-${tag}`, title: "Shared", body: "x", contentHash: tag, publishedAt: LATE } });
    // an upload whose slug looks like an own-card store must not pass for one
    const upload = await db.article.create({ data: { slug: `own-cards-${learner.id}-x`, title: "Upload", body: "x", contentHash: `${tag}u`, ownerId: instructor.id, publishedAt: LATE } });
    const item = (articleId: string, n: number, status = "active") =>
      db.item.create({ data: { key: `forms-${tag}-${n}`, articleId, type: "typed", kind: "count", prompt: `Q${n}?`, answer: "1", sourceSentence: "x", status }, select: { id: true } });
    const sharedActive = await item(shared.id, 0);
    await item(shared.id, 1, "retired");
    await item(upload.id, 2);
    const mine = await createOwnCard(learner.id, { card: { type: "basic", front: "Capital of Peru?", back: "Lima" } });
    await createOwnCard(other.id, { card: { type: "basic", front: "Capital of Chile?", back: "Santiago" } });

    const ownArticles = await db.article.findMany({ where: { ownerId: { in: [learner.id, other.id] } }, select: { id: true } });
    const articleIds = [shared.id, upload.id, ...ownArticles.map((a) => a.id)];
    const viaClient = await db.item.findMany({ where: { ...libraryItems(learner.id), articleId: { in: articleIds } }, select: { id: true } });
    const viaSql = await db.$queryRaw<{ id: string }[]>`
      SELECT i."id" FROM "Item" i JOIN "Article" a ON a."id" = i."articleId"
      WHERE i."status" = 'active' AND ${libraryArticleSql(learner.id)}`;
    const inTest = new Set((await db.item.findMany({ where: { articleId: { in: articleIds } }, select: { id: true } })).map((i) => i.id));
    const expected = [sharedActive.id, mine.itemId].sort();
    expect(viaClient.map((i) => i.id).sort()).toEqual(expected);
    expect(viaSql.map((i) => i.id).filter((id) => inTest.has(id)).sort()).toEqual(expected);
  });
});
