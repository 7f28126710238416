import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { getDb } from "@/lib/server/db";
import { createDeck, getInstructorDeck, listDeckSourceArticles, previewDeckItems } from "@/lib/server/decks";
import { addArticleMoreQuestions, addMoreQuestion, listMoreQuestions } from "@/lib/server/more-questions";
import { createUser } from "@/lib/server/users";
import { uniqueEmail } from "./helpers";

const KINDS = ["percent"] as const;
const TYPES = ["choice", "typed"] as const;

/** An article of the shared library (or the owner's) with items of the given worths; prompts differ, so none conflict. */
async function articleWithItems(worths: number[], ownerId: string | null = null) {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `tier-${tag}`, title: `Harbour fees ${tag}`, body: "Fees rose 9% in 2025.", contentHash: tag, ownerId, publishedAt: new Date("2026-11-20") } });
  const ids: string[] = [];
  for (const [i, worth] of worths.entries()) {
    const item = await db.item.create({
      data: { key: `tier-${tag}-${i}`, articleId: article.id, type: "typed", kind: "percent", prompt: `By how much did fee ${i} of ${tag} rise?`, answer: `${i + 1}%`, sourceSentence: `Fee ${i} rose ${i + 1}%.`, worth },
      select: { id: true },
    });
    ids.push(item.id);
  }
  return { articleId: article.id, ids };
}

const instructor = (label: string) => createUser({ name: "Teacher", email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });

describe("core items and more questions in decks", () => {
  it("builds a deck of core items by default, and of every item with more questions included", async () => {
    const teacher = await instructor("tier-default");
    const { articleId, ids } = await articleWithItems([0.9, CORE_FROM, CORE_FROM - 0.01, 0.21]);
    const filter = { articleIds: [articleId], kinds: [...KINDS], types: [...TYPES] };
    expect((await listDeckSourceArticles(teacher.id)).find((a) => a.id === articleId)).toMatchObject({ activeItems: 4, coreItems: 2 });
    expect((await previewDeckItems(teacher.id, filter)).total).toBe(2);
    expect((await previewDeckItems(teacher.id, { ...filter, more: true })).total).toBe(4);

    const core = await createDeck(teacher.id, { title: "Core", ...filter });
    expect(core.items).toBe(2);
    expect((await getInstructorDeck(teacher.id, core.id)).items.map((i) => i.itemId)).toEqual([ids[0], ids[1]]);
    const all = await createDeck(teacher.id, { title: "All", ...filter, more: true });
    expect(all.items).toBe(4);
    expect(await listMoreQuestions(teacher.id, all.id)).toEqual([]);
  });

  it("lists the more questions a deck leaves out, and adds one, then all of an article's", async () => {
    const teacher = await instructor("tier-add");
    const { articleId, ids } = await articleWithItems([0.8, 0.35, 0.3, 0.25]);
    const deck = await createDeck(teacher.id, { title: "Fees", articleIds: [articleId], kinds: [...KINDS], types: [...TYPES] });
    const listed = await listMoreQuestions(teacher.id, deck.id);
    expect(listed).toHaveLength(1);
    // Best first: the likeliest worth learning at the top.
    expect(listed[0]!.items.map((i) => i.itemId)).toEqual([ids[1], ids[2], ids[3]]);

    expect(await addMoreQuestion(teacher.id, { deckId: deck.id, itemId: ids[2]! })).toEqual({ added: 1, withheld: 0 });
    // A second click adds nothing and is no error.
    expect(await addMoreQuestion(teacher.id, { deckId: deck.id, itemId: ids[2]! })).toEqual({ added: 0, withheld: 0 });
    let items = (await getInstructorDeck(teacher.id, deck.id)).items;
    expect(items.map((i) => i.itemId)).toEqual([ids[0], ids[2]]);
    expect(items.map((i) => i.position)).toEqual([0, 1]);
    expect((await listMoreQuestions(teacher.id, deck.id))[0]!.items.map((i) => i.itemId)).toEqual([ids[1], ids[3]]);

    expect(await addArticleMoreQuestions(teacher.id, { deckId: deck.id, articleId })).toEqual({ added: 2, withheld: 0 });
    items = (await getInstructorDeck(teacher.id, deck.id)).items;
    expect(items.map((i) => i.itemId)).toEqual([ids[0], ids[2], ids[1], ids[3]]);
    expect(await listMoreQuestions(teacher.id, deck.id)).toEqual([]);
  });

  it("refuses another instructor's deck and an article the instructor may not use", async () => {
    const owner = await instructor("tier-owner");
    const other = await instructor("tier-other");
    const { articleId, ids } = await articleWithItems([0.9, 0.3]);
    const deck = await createDeck(owner.id, { title: "Mine", articleIds: [articleId], kinds: [...KINDS], types: [...TYPES] });
    await expect(addMoreQuestion(other.id, { deckId: deck.id, itemId: ids[1]! })).rejects.toThrow(/not found/i);
    await expect(addArticleMoreQuestions(other.id, { deckId: deck.id, articleId })).rejects.toThrow(/not found/i);
    await expect(listMoreQuestions(other.id, deck.id)).rejects.toThrow(/not found/i);
    // Another instructor's own article is not the owner's to use.
    const theirs = await articleWithItems([0.3], other.id);
    await expect(addMoreQuestion(owner.id, { deckId: deck.id, itemId: theirs.ids[0]! })).rejects.toThrow(/not found/i);
    expect(await addArticleMoreQuestions(owner.id, { deckId: deck.id, articleId: theirs.articleId })).toEqual({ added: 0, withheld: 0 });
    expect((await getInstructorDeck(owner.id, deck.id)).items.map((i) => i.itemId)).toEqual([ids[0]]);
  });

  it("leaves out a more question asking what the deck already asks with another answer", async () => {
    const teacher = await instructor("tier-conflict");
    const db = getDb();
    const a = await articleWithItems([0.9]);
    const b = await articleWithItems([0.3, 0.3]);
    // b's first more question asks a's core question with another answer.
    const asked = await db.item.findUniqueOrThrow({ where: { id: a.ids[0]! }, select: { prompt: true } });
    await db.item.update({ where: { id: b.ids[0]! }, data: { prompt: asked.prompt, answer: "50%" } });
    const deck = await createDeck(teacher.id, { title: "Two", articleIds: [a.articleId, b.articleId], kinds: [...KINDS], types: [...TYPES] });
    await expect(addMoreQuestion(teacher.id, { deckId: deck.id, itemId: b.ids[0]! })).rejects.toThrow(/already asks/);
    expect(await addArticleMoreQuestions(teacher.id, { deckId: deck.id, articleId: b.articleId })).toEqual({ added: 1, withheld: 1 });
    expect((await getInstructorDeck(teacher.id, deck.id)).items.map((i) => i.itemId)).toEqual([a.ids[0], b.ids[1]]);
  });
});
