import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { assignDeck } from "@/lib/server/assignments";
import { createClass, joinClass } from "@/lib/server/classes";
import { getDb } from "@/lib/server/db";
import { publishDeck, updateDeckItem } from "@/lib/server/decks";
import { closeFlag, countOpenFlagsByDeck, flagItem, listDeckFlags } from "@/lib/server/item-flags";
import { recordAnswer } from "@/lib/server/study";
import { createUser } from "@/lib/server/users";
import { FLAGS_PER_DAY } from "@/lib/flags/flag-rules";
import { clientId, createLearner, uniqueEmail } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const createInstructor = (label: string) => createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });

let articleId = "";
let itemIds: string[] = [];

beforeAll(async () => {
  const db = getDb();
  const owner = await createInstructor("flag-owner");
  // The instructor's own article: reached by learners only through an assigned deck.
  const article = await db.article.create({
    data: { slug: `flags-${randomUUID().slice(0, 8)}`, title: "Flag fixture", body: "The dam was finished in 1936.", contentHash: "x", ownerId: owner.id },
  });
  articleId = article.id;
  itemIds = await Promise.all(
    [0, 1].map(async (i) =>
      (await db.item.create({ data: { key: `flag-${randomUUID()}`, articleId, type: "typed", kind: "date", prompt: `When was the dam finished? (${i})`, answer: "1936", sourceSentence: "The dam was finished in 1936." } })).id,
    ),
  );
});

async function classWithDeck(label: string) {
  const instructor = await createInstructor(label);
  const learner = await createLearner(`${label}-learner`);
  const klass = await createClass(instructor.id, { name: `Class ${label}` });
  await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
  // The deck is built from a library-wide filter, then narrowed to the fixture's items by hand.
  const deck = await getDb().deck.create({ data: { title: `Deck ${label}`, ownerId: instructor.id, items: { create: itemIds.map((itemId, position) => ({ itemId, position })) } } });
  await publishDeck(instructor.id, deck.id, now);
  await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id });
  return { instructor, learner, deckId: deck.id };
}

const answer = (itemId: string, deckId: string) => ({ clientId: clientId(), itemId, cardVersion: 0, response: "1935", durationMs: 800, tzOffset: 0, deckId });

describe("flagging a question", () => {
  it("reaches the deck's instructor with the deck's wording, counted on the dashboard, until resolved", async () => {
    const { instructor, learner, deckId } = await classWithDeck("flag-a");
    await updateDeckItem(instructor.id, { deckId, itemId: itemIds[0]!, prompt: "In which year was the dam finished?", answer: "1936", choices: [] });
    await recordAnswer(learner.id, answer(itemIds[0]!, deckId), now);
    await expect(flagItem(learner.id, { itemId: itemIds[0]!, deckId, reason: "wrong", comment: "  It says 1935 elsewhere.  " }, now)).resolves.toEqual({ flagged: true, seenByInstructor: true });

    const flags = await listDeckFlags(instructor.id, deckId);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ itemId: itemIds[0], reason: "wrong", comment: "It says 1935 elsewhere.", learnerName: learner.name, prompt: "In which year was the dam finished?", answer: "1936" });
    expect((await countOpenFlagsByDeck(instructor.id, [deckId])).get(deckId)).toBe(1);

    await closeFlag(instructor.id, { flagId: flags[0]!.id, status: "resolved" }, now);
    expect(await listDeckFlags(instructor.id, deckId)).toEqual([]);
    expect((await countOpenFlagsByDeck(instructor.id, [deckId])).get(deckId)).toBeUndefined();

    // Flagged again, the same flag reopens with the new reason: one per learner and question.
    await flagItem(learner.id, { itemId: itemIds[0]!, deckId, reason: "unclear" }, now);
    expect((await listDeckFlags(instructor.id, deckId)).map((f) => f.reason)).toEqual(["unclear"]);
    expect(await getDb().itemFlag.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("is refused before the question was answered, and for a question the learner may not study", async () => {
    const { learner, deckId } = await classWithDeck("flag-b");
    await expect(flagItem(learner.id, { itemId: itemIds[1]!, deckId, reason: "wrong" }, now)).rejects.toThrow("Answer the question before flagging it.");
    const outsider = await createLearner("flag-outsider");
    await expect(flagItem(outsider.id, { itemId: itemIds[1]!, deckId, reason: "wrong" }, now)).rejects.toThrow("was not found");
    // An instructor's own article is not free study either.
    await expect(flagItem(outsider.id, { itemId: itemIds[1]!, deckId: null, reason: "wrong" }, now)).rejects.toThrow("was not found");
    expect(await getDb().itemFlag.count({ where: { userId: { in: [learner.id, outsider.id] } } })).toBe(0);
  });

  it("is seen and closed by the deck's owner only", async () => {
    const { learner, deckId } = await classWithDeck("flag-c");
    const other = await createInstructor("flag-other");
    await recordAnswer(learner.id, answer(itemIds[1]!, deckId), now);
    await flagItem(learner.id, { itemId: itemIds[1]!, deckId, reason: "unclear" }, now);
    const flag = await getDb().itemFlag.findFirstOrThrow({ where: { userId: learner.id } });
    await expect(listDeckFlags(other.id, deckId)).rejects.toThrow("was not found");
    await expect(closeFlag(other.id, { flagId: flag.id, status: "dismissed" }, now)).rejects.toThrow("was not found");
    await expect(closeFlag(learner.id, { flagId: flag.id, status: "dismissed" }, now)).rejects.toThrow("was not found");
    expect((await countOpenFlagsByDeck(other.id, [deckId])).size).toBe(0);
    expect((await getDb().itemFlag.findUniqueOrThrow({ where: { id: flag.id } })).status).toBe("open");
  });

  it(`is limited to ${FLAGS_PER_DAY} a day per learner`, async () => {
    const { learner, deckId } = await classWithDeck("flag-d");
    await recordAnswer(learner.id, answer(itemIds[1]!, deckId), now);
    const db = getDb();
    // Earlier flags of the day, on other questions (written directly: the limit counts rows, not how they came).
    const others = await Promise.all(
      Array.from({ length: FLAGS_PER_DAY }, async (_, i) =>
        (await db.item.create({ data: { key: `flag-many-${randomUUID()}`, articleId, type: "typed", kind: "date", prompt: `Filler ${i}`, answer: "1936", sourceSentence: "Filler." } })).id,
      ),
    );
    await db.itemFlag.createMany({ data: others.map((itemId) => ({ userId: learner.id, itemId, reason: "wrong", createdAt: now, updatedAt: new Date(now.getTime() - 60 * 60_000) })) });
    await expect(flagItem(learner.id, { itemId: itemIds[1]!, deckId, reason: "wrong" }, now)).rejects.toThrow("Try again tomorrow");
    // A day later the window has moved on.
    await expect(flagItem(learner.id, { itemId: itemIds[1]!, deckId, reason: "wrong" }, new Date(now.getTime() + 24 * 60 * 60_000))).resolves.toMatchObject({ flagged: true });
  });

  it("refuses a reason that is not one of the two, or too long", async () => {
    const { learner, deckId } = await classWithDeck("flag-e");
    await expect(flagItem(learner.id, { itemId: itemIds[1]!, deckId, reason: "rude" as never }, now)).rejects.toThrow();
    await expect(flagItem(learner.id, { itemId: itemIds[1]!, deckId, reason: "wrong", comment: "x".repeat(301) }, now)).rejects.toThrow("under 300");
  });
});

describe("a flag raised in free study", () => {
  it("reaches the instructors with the question in a deck, in the wording the learner saw, counted on their dashboard", async () => {
    const db = getDb();
    const tag = randomUUID().slice(0, 8);
    // The shared library: studied in free study, with no uploader.
    const library = await db.article.create({ data: { slug: `free-flags-${tag}`, title: "Library fixture", body: "Trade rose 24% in 2024.", contentHash: tag } });
    const [flagged, unused] = await Promise.all(
      ["How much did trade rise?", "By how much did trade rise in 2024?"].map((prompt, i) =>
        db.item.create({ data: { key: `free-flag-${tag}-${i}`, articleId: library.id, type: "typed", kind: "percent", prompt, answer: "24%", sourceSentence: "Trade rose 24% in 2024." } }),
      ),
    );
    const teacher = await createInstructor("free-flag-teacher");
    const bystander = await createInstructor("free-flag-bystander");
    const deck = await db.deck.create({ data: { title: "Uses it", ownerId: teacher.id, items: { create: [{ itemId: flagged!.id, position: 0 }] } } });
    const otherDeck = await db.deck.create({ data: { title: "Does not", ownerId: bystander.id, items: { create: [{ itemId: itemIds[0]!, position: 0 }] } } });
    await updateDeckItem(teacher.id, { deckId: deck.id, itemId: flagged!.id, prompt: "Trade rose by how much?", answer: "24%", choices: [] });
    const learner = await createLearner("free-flagger");
    await recordAnswer(learner.id, { ...answer(flagged!.id, ""), deckId: null, response: "20%" }, now);
    await recordAnswer(learner.id, { ...answer(unused!.id, ""), deckId: null, response: "20%" }, now);

    await expect(flagItem(learner.id, { itemId: flagged!.id, deckId: null, reason: "unclear", comment: "Which year?" }, now)).resolves.toEqual({ flagged: true, seenByInstructor: true });
    // A question in nobody's deck reaches nobody, and the learner is told so.
    await expect(flagItem(learner.id, { itemId: unused!.id, deckId: null, reason: "wrong" }, now)).resolves.toEqual({ flagged: true, seenByInstructor: false });

    const flags = await listDeckFlags(teacher.id, deck.id);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ itemId: flagged!.id, fromFreeStudy: true, comment: "Which year?", learnerName: learner.name, prompt: "How much did trade rise?" });
    expect((await countOpenFlagsByDeck(teacher.id, [deck.id])).get(deck.id)).toBe(1);
    expect(await listDeckFlags(bystander.id, otherDeck.id)).toEqual([]);
    expect((await countOpenFlagsByDeck(bystander.id, [otherDeck.id, deck.id])).size).toBe(0);
    await expect(closeFlag(bystander.id, { flagId: flags[0]!.id, status: "dismissed" }, now)).rejects.toThrow("was not found");

    await closeFlag(teacher.id, { flagId: flags[0]!.id, status: "resolved" }, now);
    expect(await listDeckFlags(teacher.id, deck.id)).toEqual([]);
    expect((await countOpenFlagsByDeck(teacher.id, [deck.id])).get(deck.id)).toBeUndefined();
  });
});
