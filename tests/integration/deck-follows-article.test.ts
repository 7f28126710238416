import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importArticleFiles } from "@/lib/server/catalog";
import { getDb } from "@/lib/server/db";
import { createDeck, getInstructorDeck } from "@/lib/server/decks";
import { createUser } from "@/lib/server/users";
import { uniqueEmail } from "./helpers";

const tag = randomUUID().slice(0, 8);
const fileName = `deck-follows-${tag}.md`;
const articleText = (rise: string) => `---
title: "Westmark exports ${tag}"
source: "Test wire"
published: 2026-11-20
---

Exports from Westmark to Osterland rose ${rise} in 2025, the statistics office said on Monday.

The port of Kelby handled 4.1 million containers in 2025, up from 3.7 million a year earlier.
`;

describe("a deck built from an article", () => {
  it("gains the items of a reworded sentence on re-import and keeps its other items", async () => {
    const db = getDb();
    expect((await importArticleFiles([{ fileName, text: articleText("12%") }])).failed).toEqual([]);
    const article = await db.article.findUniqueOrThrow({ where: { slug: fileName.replace(/\.md$/, "") }, select: { id: true } });
    const instructor = await createUser({ name: "Teacher", email: uniqueEmail("follows"), password: "correct horse battery", role: "instructor" });
    const deck = await createDeck(instructor.id, { title: "Exports", articleIds: [article.id], kinds: ["percent", "count"], types: ["choice", "typed", "cloze"] });
    const before = await getInstructorDeck(instructor.id, deck.id);
    const percentBefore = before.items.filter((i) => i.kind === "percent");
    expect(percentBefore.length).toBeGreaterThan(0);
    expect(percentBefore.every((i) => i.answer === "12%")).toBe(true);
    const untouched = before.items.filter((i) => i.sourceSentence.includes("Kelby")).map((i) => i.itemId);

    const report = await importArticleFiles([{ fileName, text: articleText("15%") }]);
    expect(report.items.created).toBeGreaterThan(0);

    const after = await getInstructorDeck(instructor.id, deck.id);
    const percentAfter = after.items.filter((i) => i.kind === "percent");
    expect(percentAfter.length).toBeGreaterThan(0);
    expect(percentAfter.every((i) => i.answer === "15%")).toBe(true);
    // Only the filter's kinds and types joined, and the unchanged sentence's items kept their identity.
    expect(after.items.every((i) => ["percent", "count"].includes(i.kind) && ["choice", "typed", "cloze"].includes(i.type))).toBe(true);
    expect(after.items.map((i) => i.itemId)).toEqual(expect.arrayContaining(untouched));
  });
});
