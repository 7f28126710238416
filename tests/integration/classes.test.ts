import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { assignDeck, getAssignedDecksForLearner, getDeckItemIdsForLearner, unassignDeck } from "@/lib/server/assignments";
import { getClassDashboard } from "@/lib/server/class-dashboard";
import {
  archiveClass,
  createClass,
  getClassInvite,
  getInstructorClass,
  joinClass,
  listInstructorClasses,
  listLearnerClasses,
  removeLearner,
  restoreLearner,
} from "@/lib/server/classes";
import { getDb } from "@/lib/server/db";
import { createDeck, getInstructorDeck, previewDeckItems, publishDeck, removeDeckItem, setDeckItemSuspended, updateDeckItem } from "@/lib/server/decks";
import { createUser } from "@/lib/server/users";
import { createLearner, uniqueEmail } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const createInstructor = (label = "teacher") =>
  createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });

type Spec = { type: string; kind: string };
/** An article with one item per spec, made directly so these tests do not depend on the generator. */
async function createArticle(ownerId: string | null, specs: Spec[]) {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({
    data: { slug: `classes-${tag}`, title: `Article ${tag}`, body: "Trade rose 24% in 2024.", contentHash: tag, ownerId },
  });
  const items = [];
  for (const [i, spec] of specs.entries()) {
    items.push(
      await db.item.create({
        data: {
          key: `classes-${tag}-${i}`,
          articleId: article.id,
          type: spec.type,
          kind: spec.kind,
          prompt: `Question ${i} of ${tag}?`,
          answer: "24%",
          choices: spec.type === "choice" ? JSON.stringify(["12%", "24%", "35%", "50%"]) : "[]",
          accepted: JSON.stringify(["24 percent"]),
          sourceSentence: "Trade rose 24% in 2024.",
          difficulty: i / 10,
        },
      }),
    );
  }
  return { articleId: article.id, itemIds: items.map((item) => item.id) };
}

const ALL_KINDS = ["percent", "money", "count", "ordinal", "date", "duration", "person", "organisation", "place"] as const;
const ALL_TYPES = ["choice", "cloze", "typed", "truefalse"] as const;

/** A card and review log row for a learner's answer in a deck (or free study: null), written as the study service would. */
async function recordAnswer(userId: string, itemId: string, rating: number, at: Date, response: string, deckId: string | null, due = daysAgo(-3)) {
  const db = getDb();
  const card = await db.card.upsert({
    where: { userId_itemId: { userId, itemId } },
    create: { userId, itemId, due, reps: 1, state: 2, lastReview: at },
    update: { due, reps: { increment: 1 }, lastReview: at },
  });
  return db.reviewLog.create({
    data: {
      userId,
      clientId: randomUUID(),
      cardId: card.id,
      itemId,
      rating,
      correct: rating > 1,
      response,
      stateBefore: "{}",
      stateAfter: "{}",
      reviewedAt: at,
      deckId,
    },
  });
}

describe("classes and join codes", () => {
  it("lets a learner join with the code in any case, once, and see the class until it is archived", async () => {
    const teacher = await createInstructor();
    const learner = await createLearner();
    const created = await createClass(teacher.id, { name: "  Year 9 economics " });
    expect(created.name).toBe("Year 9 economics");
    expect(created.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(await getClassInvite({ userId: learner.id, address: null }, created.joinCode.toLowerCase(), now)).toMatchObject({ name: "Year 9 economics", instructorName: teacher.name, standing: "outside" });

    await joinClass({ userId: learner.id, address: null }, ` ${created.joinCode.toLowerCase()} `, now);
    await joinClass({ userId: learner.id, address: null }, created.joinCode, now);
    // The invite link, opened again, says the learner is in already instead of offering to join.
    expect(await getClassInvite({ userId: learner.id, address: null }, created.joinCode, now)).toMatchObject({ standing: "member" });
    expect(await getDb().membership.count({ where: { classId: created.id } })).toBe(1);
    expect(await listLearnerClasses(learner.id)).toEqual([{ id: created.id, name: "Year 9 economics", instructorName: teacher.name }]);
    expect((await listInstructorClasses(teacher.id))[0]).toMatchObject({ id: created.id, learners: 1, assignments: 0 });

    await archiveClass(teacher.id, created.id, now);
    expect(await listLearnerClasses(learner.id)).toEqual([]);
    const other = await createLearner("late");
    await expect(joinClass({ userId: other.id, address: null }, created.joinCode, now)).rejects.toThrow("No open class has that code");
    await expect(getClassInvite({ userId: learner.id, address: null }, created.joinCode, now)).rejects.toThrow("was not found");
    await expect(removeLearner(teacher.id, created.id, learner.id, now)).rejects.toThrow("archived");
    // still readable by its instructor
    expect((await getInstructorClass(teacher.id, created.id)).archivedAt).toEqual(now);
  });

  it("gives every class its own code", async () => {
    const teacher = await createInstructor();
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => createClass(teacher.id, { name: `C${i}` })));
    expect(new Set(codes.map((c) => c.joinCode)).size).toBe(20);
  });

  it("slows down a learner guessing codes, across invite links and the join form, without counting typos", async () => {
    const teacher = await createInstructor();
    const guesser = await createLearner("guesser");
    const klass = await createClass(teacher.id, { name: "Guarded" });
    const wrong = klass.joinCode === "AAAAAA" ? "CCCCCC" : "AAAAAA";
    for (let i = 0; i < 5; i++) await expect(joinClass({ userId: guesser.id, address: null }, "bad!", now)).rejects.toThrow("6 letters and digits");
    for (let i = 0; i < 5; i++) await expect(getClassInvite({ userId: guesser.id, address: null }, wrong, now)).rejects.toThrow("was not found");
    for (let i = 0; i < 5; i++) await expect(joinClass({ userId: guesser.id, address: null }, wrong, now)).rejects.toThrow("No open class has that code");
    // ten wrong codes: even the right one must wait
    await expect(joinClass({ userId: guesser.id, address: null }, klass.joinCode, now)).rejects.toThrow("Too many wrong codes. Check the code with your instructor and try again in 15 minutes.");
    await expect(getClassInvite({ userId: guesser.id, address: null }, klass.joinCode, now)).rejects.toThrow("Too many wrong codes");
    // another learner is not affected, and the lock ends
    const other = await createLearner("honest");
    await expect(joinClass({ userId: other.id, address: null }, klass.joinCode, now)).resolves.toMatchObject({ classId: klass.id });
    await expect(joinClass({ userId: guesser.id, address: null }, klass.joinCode, new Date(now.getTime() + 16 * 60_000))).resolves.toMatchObject({ classId: klass.id });
  });

  // Regression: the limit was per account only, so each fresh account got ten more guesses.
  it("counts wrong codes per address too, so fresh accounts from one address do not get fresh guesses", async () => {
    const teacher = await createInstructor();
    const klass = await createClass(teacher.id, { name: "Guarded by address" });
    const wrong = klass.joinCode === "AAAAAA" ? "CCCCCC" : "AAAAAA";
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
    for (let account = 0; account < 3; account++) {
      const fresh = await createLearner(`fresh${account}`);
      for (let i = 0; i < 10; i++) await expect(joinClass({ userId: fresh.id, address }, wrong, now)).rejects.toThrow("No open class has that code");
    }
    const another = await createLearner("fourth");
    await expect(joinClass({ userId: another.id, address }, klass.joinCode, now)).rejects.toThrow("Too many wrong codes");
    await expect(getClassInvite({ userId: another.id, address }, klass.joinCode, now)).rejects.toThrow("Too many wrong codes");
    // the same learner elsewhere is not held up by that address
    await expect(joinClass({ userId: another.id, address: "192.0.2.99" }, klass.joinCode, now)).resolves.toMatchObject({ classId: klass.id });
  });

  it("refuses a malformed code with a plain sentence, and a removed learner's rejoin", async () => {
    const teacher = await createInstructor();
    const learner = await createLearner();
    await expect(joinClass({ userId: learner.id, address: null }, "hello!", now)).rejects.toThrow("A join code has only letters and digits");
    await expect(joinClass({ userId: learner.id, address: null }, "ACDEF", now)).rejects.toThrow("A join code has 6 letters and digits; that has 5");
    await expect(joinClass({ userId: learner.id, address: null }, "ACDEF0", now)).rejects.toThrow("Join codes never use 0");
    const klass = await createClass(teacher.id, { name: "Removal" });
    await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
    await removeLearner(teacher.id, klass.id, learner.id, now);
    expect((await getInstructorClass(teacher.id, klass.id)).learners).toEqual([]);
    await expect(joinClass({ userId: learner.id, address: null }, klass.joinCode, now)).rejects.toThrow("Your instructor removed you");
    expect(await getClassInvite({ userId: learner.id, address: null }, klass.joinCode, now)).toMatchObject({ standing: "removed" });
    await expect(removeLearner(teacher.id, klass.id, learner.id, now)).rejects.toThrow("was not found");
    expect((await getInstructorClass(teacher.id, klass.id)).removedLearners).toEqual([expect.objectContaining({ userId: learner.id, removedAt: now })]);
    await restoreLearner(teacher.id, klass.id, learner.id);
    expect((await getInstructorClass(teacher.id, klass.id)).learners.map((l) => l.userId)).toEqual([learner.id]);
    expect(await listLearnerClasses(learner.id)).toEqual([expect.objectContaining({ id: klass.id })]);
    await expect(restoreLearner(teacher.id, klass.id, learner.id)).rejects.toThrow("was not found");
  });
});

describe("decks", () => {
  it("holds only the items matching the chosen articles, kinds and types", async () => {
    const teacher = await createInstructor();
    const a = await createArticle(null, [
      { type: "choice", kind: "percent" },
      { type: "typed", kind: "person" },
      { type: "cloze", kind: "percent" },
    ]);
    const b = await createArticle(teacher.id, [{ type: "choice", kind: "percent" }]);
    const elsewhere = await createArticle(null, [{ type: "choice", kind: "percent" }]);
    const filter = { articleIds: [a.articleId, b.articleId], kinds: ["percent" as const], types: ["choice" as const, "cloze" as const] };
    const preview = await previewDeckItems(teacher.id, filter);
    expect(preview.total).toBe(3);
    expect(preview.items.map((i) => i.itemId).sort()).toEqual([a.itemIds[0], a.itemIds[2], b.itemIds[0]].sort());
    const deck = await createDeck(teacher.id, { title: "Percentages", ...filter });
    expect(deck.items).toBe(3);
    const loaded = await getInstructorDeck(teacher.id, deck.id);
    expect(loaded.items.map((i) => i.itemId)).not.toContain(elsewhere.itemIds[0]);
    expect(loaded.filter).toEqual({ ...filter, more: false });
    // every item of the instructor's own deck can be edited, shared library items too (in this deck only)
    expect(loaded.items.every((i) => i.editable)).toBe(true);
    expect(preview.items.some((i) => i.editable)).toBe(false);
  });

  it("refuses another instructor's private article and an empty selection", async () => {
    const teacher = await createInstructor();
    const rival = await createInstructor("rival");
    const theirs = await createArticle(rival.id, [{ type: "choice", kind: "percent" }]);
    await expect(createDeck(teacher.id, { title: "Stolen", articleIds: [theirs.articleId], kinds: ["percent"], types: ["choice"] })).rejects.toThrow(
      "was not found",
    );
    const mine = await createArticle(teacher.id, [{ type: "choice", kind: "percent" }]);
    await expect(createDeck(teacher.id, { title: "Empty", articleIds: [mine.articleId], kinds: ["money"], types: ["choice"] })).rejects.toThrow(
      "No questions match",
    );
  });

  it("stores edits as the deck's overrides, leaves the item as generated, clears them when undone, and checks choices", async () => {
    const teacher = await createInstructor();
    const own = await createArticle(teacher.id, [{ type: "choice", kind: "percent" }]);
    const shared = await createArticle(null, [{ type: "choice", kind: "percent" }]);
    const deck = await createDeck(teacher.id, { title: "Edits", articleIds: [own.articleId, shared.articleId], kinds: [...ALL_KINDS], types: [...ALL_TYPES] });
    const itemId = own.itemIds[0]!;
    const edit = { deckId: deck.id, itemId, prompt: "How much did trade grow in 2024?", answer: "24%", choices: ["10%", "24%", "40%"] };
    const view = await updateDeckItem(teacher.id, edit);
    expect(view).toMatchObject({ prompt: edit.prompt, choices: edit.choices, edited: true, editable: true });
    const row = await getDb().item.findUniqueOrThrow({ where: { id: itemId } });
    expect(row.prompt).toBe(`Question 0 of ${row.key.split("-")[1]}?`); // the generated text is untouched
    const deckItem = () => getDb().deckItem.findUniqueOrThrow({ where: { deckId_itemId: { deckId: deck.id, itemId } } });
    expect(JSON.parse((await deckItem()).overrides!)).toEqual({ prompt: edit.prompt, choices: edit.choices });
    expect(applyItemOverrides(row, (await deckItem()).overrides)).toMatchObject({ prompt: edit.prompt, answer: "24%" });

    await expect(updateDeckItem(teacher.id, { ...edit, answer: "99%" })).rejects.toThrow("The answer must be one of the choices.");
    const restored = await updateDeckItem(teacher.id, { ...edit, prompt: row.prompt, choices: ["12%", "24%", "35%", "50%"] });
    expect(restored.edited).toBe(false);
    expect((await deckItem()).overrides).toBeNull();

    // items of the shared library can be edited and suspended too, in this deck only
    const sharedId = shared.itemIds[0]!;
    const sharedView = await updateDeckItem(teacher.id, { ...edit, itemId: sharedId, prompt: "Shared, reworded?" });
    expect(sharedView).toMatchObject({ prompt: "Shared, reworded?", edited: true, editable: true });
    expect((await getDb().item.findUniqueOrThrow({ where: { id: sharedId } })).prompt).not.toBe("Shared, reworded?");
    expect(await setDeckItemSuspended(teacher.id, { deckId: deck.id, itemId: sharedId, suspended: true })).toMatchObject({ status: "suspended" });
    expect((await getDb().item.findUniqueOrThrow({ where: { id: sharedId } })).status).toBe("active");
    await removeDeckItem(teacher.id, { deckId: deck.id, itemId: sharedId });
    expect((await getInstructorDeck(teacher.id, deck.id)).items.map((i) => i.itemId)).toEqual([itemId]);
    expect(await getDb().item.count({ where: { id: sharedId } })).toBe(1);
    await expect(updateDeckItem(teacher.id, { ...edit, itemId: sharedId })).rejects.toThrow("was not found");
  });

  it("refuses to publish a deck whose items are all suspended", async () => {
    const teacher = await createInstructor();
    const shared = await createArticle(null, [{ type: "cloze", kind: "percent" }]);
    const deck = await createDeck(teacher.id, { title: "All suspended", articleIds: [shared.articleId], kinds: [...ALL_KINDS], types: [...ALL_TYPES] });
    await setDeckItemSuspended(teacher.id, { deckId: deck.id, itemId: shared.itemIds[0]!, suspended: true });
    await expect(publishDeck(teacher.id, deck.id, now)).rejects.toThrow("no active questions");
    await setDeckItemSuspended(teacher.id, { deckId: deck.id, itemId: shared.itemIds[0]!, suspended: false });
    expect((await publishDeck(teacher.id, deck.id, now)).publishedAt).toEqual(now);
  });
});

describe("assignments", () => {
  let teacher: Awaited<ReturnType<typeof createInstructor>>;
  let learner: Awaited<ReturnType<typeof createLearner>>;
  let classId: string;
  let deckId: string;
  let itemIds: string[];

  beforeAll(async () => {
    teacher = await createInstructor();
    learner = await createLearner();
    const article = await createArticle(teacher.id, [
      { type: "choice", kind: "percent" },
      { type: "typed", kind: "person" },
      { type: "cloze", kind: "date" },
      { type: "truefalse", kind: "place" },
    ]);
    itemIds = article.itemIds;
    const klass = await createClass(teacher.id, { name: "Assigned" });
    classId = klass.id;
    await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
    deckId = (await createDeck(teacher.id, { title: "Deck A", articleIds: [article.articleId], kinds: [...ALL_KINDS], types: [...ALL_TYPES] })).id;
  });

  it("requires a published deck, then shows it to the class's learners with a due date", async () => {
    const dueAt = "2026-11-29T23:59:00.000Z";
    await expect(assignDeck(teacher.id, { classId, deckId, dueAt })).rejects.toThrow("Publish the deck");
    expect(await getAssignedDecksForLearner(learner.id, now)).toEqual([]);
    await publishDeck(teacher.id, deckId, now);
    await assignDeck(teacher.id, { classId, deckId, dueAt });
    // assigning again changes the due date instead of adding a second assignment
    await assignDeck(teacher.id, { classId, deckId, dueAt });
    const [assigned, ...rest] = await getAssignedDecksForLearner(learner.id, now);
    expect(rest).toEqual([]);
    expect(assigned).toMatchObject({ deckId, classId, className: "Assigned", deckTitle: "Deck A", itemsTotal: 4, itemsSeen: 0, completionPercent: 0, overdue: false });
    expect(assigned!.dueAt).toEqual(new Date(dueAt));
    expect(await getDeckItemIdsForLearner(learner.id, deckId)).toEqual(itemIds);
  });

  it("counts items the learner answered and leaves out suspended items", async () => {
    await recordAnswer(learner.id, itemIds[0]!, 3, daysAgo(1), "24%", deckId);
    await recordAnswer(learner.id, itemIds[1]!, 1, daysAgo(1), "Putin", deckId);
    // another learner's answers do not count toward this learner's progress
    const other = await createLearner("other");
    await recordAnswer(other.id, itemIds[2]!, 3, daysAgo(1), "2024", deckId);
    await setDeckItemSuspended(teacher.id, { deckId, itemId: itemIds[3]!, suspended: true });
    const [assigned] = await getAssignedDecksForLearner(learner.id, new Date("2026-12-01T00:00:00Z"));
    expect(assigned).toMatchObject({ itemsTotal: 3, itemsSeen: 2, completionPercent: 66, overdue: true });
    expect(await getDeckItemIdsForLearner(learner.id, deckId)).toEqual(itemIds.slice(0, 3));
    await setDeckItemSuspended(teacher.id, { deckId, itemId: itemIds[3]!, suspended: false });
  });

  it("takes the deck away from the class's learners when it is unassigned", async () => {
    await unassignDeck(teacher.id, { classId, deckId });
    expect(await getAssignedDecksForLearner(learner.id, now)).toEqual([]);
    await expect(getDeckItemIdsForLearner(learner.id, deckId)).rejects.toThrow("was not found");
    await expect(unassignDeck(teacher.id, { classId, deckId })).rejects.toThrow("was not found");
  });
});

describe("class dashboard", () => {
  it("computes per-learner and per-item figures from known review logs", async () => {
    const teacher = await createInstructor();
    const [ann, bo, cy, outsider] = await Promise.all(["ann", "bo", "cy", "outsider"].map((l) => createLearner(l)));
    const article = await createArticle(teacher.id, [
      { type: "choice", kind: "percent" },
      { type: "typed", kind: "person" },
    ]);
    const [hard, easy] = article.itemIds as [string, string];
    const klass = await createClass(teacher.id, { name: "Dashboard" });
    for (const l of [ann!, bo!, cy!]) await joinClass({ userId: l.id, address: null }, klass.joinCode, now);
    const deck = await createDeck(teacher.id, { title: "Dash", articleIds: [article.articleId], kinds: [...ALL_KINDS], types: [...ALL_TYPES] });
    await publishDeck(teacher.id, deck.id, now);
    await assignDeck(teacher.id, { classId: klass.id, deckId: deck.id, dueAt: null });

    await recordAnswer(ann!.id, hard, 1, daysAgo(5), "12%", deck.id);
    await recordAnswer(ann!.id, hard, 3, daysAgo(2), "24%", deck.id, daysAgo(1)); // now overdue
    await recordAnswer(ann!.id, easy, 3, daysAgo(45), "Mishustin", deck.id); // outside the 30-day window
    await recordAnswer(bo!.id, hard, 1, daysAgo(1), "12%", deck.id);
    await recordAnswer(cy!.id, hard, 1, daysAgo(1), "50%", deck.id);
    await recordAnswer(outsider!.id, hard, 1, daysAgo(1), "35%", deck.id); // not in the class: never counted
    await removeLearner(teacher.id, klass.id, cy!.id, now); // removed: no longer listed or counted

    const dashboard = await getClassDashboard(teacher.id, klass.id, now);
    expect(dashboard.learners.map((l) => l.name)).toEqual([ann!.name, bo!.name]);
    const [annRow, boRow] = dashboard.learners;
    expect(annRow).toMatchObject({ itemsSeen: 2, itemsTotal: 2, completionPercent: 100, reviewsLast30Days: 2, retention: 0.5, overdueCards: 1 });
    expect(annRow!.lastActiveAt).toEqual(daysAgo(2));
    expect(boRow).toMatchObject({ itemsSeen: 1, completionPercent: 50, retention: 0, overdueCards: 0 });

    const hardRow = dashboard.items.find((i) => i.itemId === hard)!;
    expect(hardRow).toMatchObject({ attempts: 3, correct: 1, commonWrongAnswer: "12%", commonWrongCount: 2, flagged: true });
    expect(hardRow.shareCorrect).toBeCloseTo(1 / 3);
    expect(dashboard.items[0]!.itemId).toBe(hard); // flagged first
    expect(dashboard.items.find((i) => i.itemId === easy)).toMatchObject({ attempts: 1, shareCorrect: 1, flagged: false });
  });
});

describe("due dates", () => {
  it("end the chosen day at midnight on the instructor's clock, and a learner elsewhere sees the day it falls for them", async () => {
    const teacher = await createInstructor("new-york");
    await getDb().user.update({ where: { id: teacher.id }, data: { timeZone: "America/New_York" } });
    const learner = await createLearner("hanoi");
    await getDb().user.update({ where: { id: learner.id }, data: { timeZone: "Asia/Ho_Chi_Minh" } });
    const article = await createArticle(teacher.id, [{ type: "choice", kind: "percent" }]);
    const klass = await createClass(teacher.id, { name: "Time zones" });
    await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
    const deck = await createDeck(teacher.id, { title: "Due", articleIds: [article.articleId], kinds: [...ALL_KINDS], types: [...ALL_TYPES] });
    await publishDeck(teacher.id, deck.id, now);

    const assigned = await assignDeck(teacher.id, { classId: klass.id, deckId: deck.id, dueDate: "2026-11-29" });
    expect(assigned.dueAt?.toISOString()).toBe("2026-11-30T04:59:59.999Z");
    const [forLearner] = await getAssignedDecksForLearner(learner.id, new Date("2026-11-30T04:00:00Z"));
    expect(forLearner).toMatchObject({ overdue: false });
    const [later] = await getAssignedDecksForLearner(learner.id, new Date("2026-11-30T05:00:00Z"));
    expect(later).toMatchObject({ overdue: true });
    await expect(assignDeck(teacher.id, { classId: klass.id, deckId: deck.id, dueDate: "2026-02-30" })).rejects.toThrow("Pick a valid due date.");
  });
});
