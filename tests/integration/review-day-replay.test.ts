import { randomUUID } from "node:crypto";
import { default_w } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/server/account";
import { getDb } from "@/lib/server/db";
import { deleteDeck } from "@/lib/server/deck-admin";
import { UserFacingError } from "@/lib/server/errors";
import { updateLearnerSettings } from "@/lib/server/learner-settings";
import { createOwnCard, deleteOwnCard } from "@/lib/server/own-cards";
import { getLearnerProgress } from "@/lib/server/progress";
import { ensureReviewDays, recountReviewDays } from "@/lib/server/review-days";
import { acceptAnswer, changeGrade, recordAnswer, undoAnswer } from "@/lib/server/study";
import { createUser } from "@/lib/server/users";
import { clientId, uniqueEmail } from "./helpers";

// The stored per-day sums (ReviewDay) against a recount of the log, after a long random mix of every path that
// changes a learner's log: answers (graded, revealed, in a deck), undos, grade changes, "I was right", own cards
// written, answered and deleted, a time zone change, a deck deleted, accounts deleted. A learner whose rows are not
// marked stale must equal the recount at every step; a stale one must equal it once read.

const PASSWORD = "correct horse battery";
const start = new Date("2026-09-01T08:00:00Z");
// published last, so these questions never take another test file's place among a new learner's first new cards
const LATE = new Date("2099-01-01");

type Answerable = { id: string; type: "choice" | "typed"; right: string; wrong: string; deckId: string | null };
type Given = { reviewClientId: string; item: Answerable; correct: boolean; selfGraded: boolean };

/** A small seeded generator (mulberry32), so a failing sequence can be replayed. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function storedDays(userId: string) {
  const rows = await getDb().reviewDay.findMany({
    where: { userId },
    select: { day: true, kind: true, reviews: true, correct: true, retentionReviews: true, retentionPassed: true, expectedRecall: true },
    orderBy: [{ day: "asc" }, { kind: "asc" }],
  });
  return rows.filter((r) => r.reviews !== 0 || r.correct !== 0 || r.retentionReviews !== 0 || r.retentionPassed !== 0 || r.expectedRecall !== 0);
}

const isStale = async (userId: string) => (await getDb().user.findUnique({ where: { id: userId }, select: { reviewDaysStale: true } }))?.reviewDaysStale ?? true;

async function cardVersion(userId: string, itemId: string) {
  const card = await getDb().card.findUnique({ where: { userId_itemId: { userId, itemId } }, select: { version: true } });
  return card?.version ?? 0;
}

let library: Answerable[] = [];
let teacher = { id: "" };
let deckItems: Answerable[] = [];
let deckId = "";
let classId = "";

beforeAll(async () => {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  teacher = await createUser({ name: "Replay teacher", email: uniqueEmail("replay-teacher"), password: PASSWORD, role: "instructor" });
  const shared = await db.article.create({ data: { slug: `replay-${tag}`, title: "Replay", body: "x", contentHash: tag, publishedAt: LATE } });
  const owned = await db.article.create({ data: { slug: `replay-own-${tag}`, title: "Replay own", body: "x", contentHash: `${tag}o`, ownerId: teacher.id, publishedAt: LATE } });
  const make = async (articleId: string, n: number, kind: string, type: "choice" | "typed", deck: string | null): Promise<Answerable> => {
    const right = type === "choice" ? "24%" : "$5m";
    const wrong = type === "choice" ? "12%" : "$4m";
    const item = await db.item.create({
      data: { key: `replay-${tag}-${articleId}-${n}`, articleId, type, kind, prompt: `How much? (replay ${n})`, answer: right, choices: type === "choice" ? JSON.stringify([wrong, right]) : "[]", sourceSentence: "x" },
    });
    return { id: item.id, type, right, wrong, deckId: deck };
  };
  library = [await make(shared.id, 0, "percent", "choice", null), await make(shared.id, 1, "money", "typed", null), await make(shared.id, 2, "percent", "typed", null)];
  const items = [await make(owned.id, 3, "count", "choice", null), await make(owned.id, 4, "money", "typed", null)];
  const deck = await db.deck.create({ data: { title: "Replay deck", ownerId: teacher.id, items: { create: items.map((i, position) => ({ itemId: i.id, position })) } } });
  deckId = deck.id;
  deckItems = items.map((i) => ({ ...i, deckId }));
  classId = (await db.class.create({ data: { name: "Replay class", joinCode: randomUUID().slice(0, 6), instructorId: teacher.id } })).id;
  await db.assignment.create({ data: { classId, deckId } });
});

describe("per-day sums against a recount of the log", () => {
  it("stay equal through a random mix of answers, undos, regrades, overrides, own cards, a time zone change and deletions", { timeout: 120_000 }, async () => {
    const db = getDb();
    const random = seeded(20261129);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const learners = await Promise.all(
      ["replay-a", "replay-b", "replay-c"].map((label) => createUser({ name: label, email: uniqueEmail(label), password: PASSWORD, role: "learner" })),
    );
    for (const l of learners) await db.membership.create({ data: { classId, userId: l.id } });
    await db.user.update({ where: { id: learners[1]!.id }, data: { timeZone: "Europe/Paris" } });
    // personal weights with another decay: expected recall is counted under them
    await db.user.update({ where: { id: learners[2]!.id }, data: { fsrsWeights: JSON.stringify(default_w.map((w, i) => (i === 20 ? 0.35 : w))) } });
    const given = new Map<string, Given[]>(learners.map((l) => [l.id, []]));
    const own = new Map<string, Answerable[]>(learners.map((l) => [l.id, []]));
    const alive = new Set(learners.map((l) => l.id));
    let now = start;
    const counted = { answers: 0, undos: 0, regrades: 0, overrides: 0, ownDeleted: 0, refused: 0 };

    const check = async () => {
      for (const id of alive) {
        if (await isStale(id)) continue;
        expect(await storedDays(id), `learner ${id} at ${now.toISOString()}`).toEqual(await recountReviewDays(db, id));
      }
    };
    // a refusal (stale card, answer no longer in effect) must leave the counts as they were
    const attempt = async (run: () => Promise<unknown>) => {
      try {
        await run();
        return true;
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error;
        counted.refused += 1;
        return false;
      }
    };

    for (let step = 0; step < 240; step++) {
      now = new Date(now.getTime() + Math.floor(random() * 20 * 3_600_000));
      const userId = pick([...alive]);
      const mine = given.get(userId)!;
      const roll = random();
      if (step === 120) {
        await deleteDeck(teacher.id, deckId);
        deckItems = [];
      } else if (step === 150) {
        await updateLearnerSettings(learners[0]!.id, { desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "Asia/Tokyo" });
      } else if (step === 200) {
        await deleteAccount(learners[1]!.id, { password: PASSWORD, confirmation: "delete my account" }, now);
        alive.delete(learners[1]!.id);
      } else if (roll < 0.55) {
        const item = pick([...library, ...deckItems, ...own.get(userId)!]);
        const reveal = item.type === "typed" && random() < 0.2;
        const response = reveal ? "" : random() < 0.75 ? item.right : item.wrong;
        const version = await cardVersion(userId, item.id);
        await attempt(async () => {
          const feedback = await recordAnswer(userId, { clientId: clientId(), itemId: item.id, cardVersion: version, response, reveal, deckId: item.deckId }, now);
          mine.push({ reviewClientId: feedback.reviewClientId, item, correct: feedback.correct, selfGraded: reveal });
          counted.answers += 1;
        });
      } else if (roll < 0.67 && mine.length > 0) {
        const target = mine.pop()!;
        if (await attempt(() => undoAnswer(userId, { clientId: clientId(), reviewClientId: target.reviewClientId }, new Date(now.getTime() + 1000)))) counted.undos += 1;
      } else if (roll < 0.79 && mine.length > 0) {
        const target = mine.at(-1)!;
        const rating = target.selfGraded ? pick([1, 2, 4]) : target.correct ? pick([2, 4]) : 1;
        const regraded = await attempt(async () => {
          const feedback = await changeGrade(userId, { clientId: clientId(), reviewClientId: target.reviewClientId, rating }, now);
          mine[mine.length - 1] = { ...target, reviewClientId: feedback.reviewClientId, correct: feedback.correct };
        });
        if (regraded) counted.regrades += 1;
      } else if (roll < 0.87 && mine.length > 0) {
        const target = mine.at(-1)!;
        if (target.item.type === "typed" && !target.correct && !target.selfGraded) {
          const accepted = await attempt(async () => {
            const feedback = await acceptAnswer(userId, { clientId: clientId(), reviewClientId: target.reviewClientId }, now);
            mine[mine.length - 1] = { ...target, reviewClientId: feedback.reviewClientId, correct: true };
          });
          if (accepted) counted.overrides += 1;
        }
      } else if (roll < 0.94) {
        const { itemId } = await createOwnCard(userId, { card: { type: "basic", front: `Capital ${step}?`, back: "Lima" } });
        own.get(userId)!.push({ id: itemId, type: "typed", right: "Lima", wrong: "Quito", deckId: null });
      } else if (own.get(userId)!.length > 0) {
        const card = own.get(userId)!.shift()!;
        await deleteOwnCard(userId, { itemId: card.id });
        given.set(userId, mine.filter((g) => g.item.id !== card.id));
        counted.ownDeleted += 1;
      }
      await check();
    }
    // The teacher goes last, with the article the deck's questions came from: those answers leave the learners' logs.
    await deleteAccount(teacher.id, { password: PASSWORD, confirmation: "delete my account" }, now);

    // every path was taken, answers to cards in review among them
    expect(counted.answers).toBeGreaterThan(60);
    for (const n of [counted.undos, counted.regrades, counted.overrides, counted.ownDeleted, counted.refused]) expect(n).toBeGreaterThan(0);
    for (const id of alive) {
      await ensureReviewDays(db, id);
      const days = await storedDays(id);
      expect(days).toEqual(await recountReviewDays(db, id));
      const progress = await getLearnerProgress(id, now);
      expect(progress.totalReviews).toBe(days.reduce((n, d) => n + d.reviews, 0));
    }
    const all = (await Promise.all([...alive].map(storedDays))).flat();
    expect(all.reduce((n, d) => n + d.retentionReviews, 0)).toBeGreaterThan(5);
    expect(await db.reviewDay.count({ where: { userId: learners[1]!.id } })).toBe(0);
  });
});
