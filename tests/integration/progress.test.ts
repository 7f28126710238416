import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Routes and actions read the session through requireUser; each test sets who is signed in.
vi.mock("@/lib/server/session", () => import("./fake-session"));
const { session } = await import("./fake-session");

const { CORE_FROM } = await import("@/lib/generate/item-tier");
const { getDb } = await import("@/lib/server/db");
const { getLearnerProgress } = await import("@/lib/server/progress");
const { createClass, joinClass } = await import("@/lib/server/classes");
const { createDeck, publishDeck } = await import("@/lib/server/decks");
const { assignDeck } = await import("@/lib/server/assignments");
const { createUser } = await import("@/lib/server/users");
const { newCardState, serializeCardState, State } = await import("@/lib/srs/card-state");
const { describeWeakestKind } = await import("@/lib/progress/fact-kind-labels");
const { clientId, createLearner, uniqueEmail } = await import("./helpers");
const progressRoute = await import("@/app/api/progress/route");

// A Sunday, so the heatmap's 53 weeks end with a one-day column: 52 * 7 + 1 days.
const now = new Date("2026-11-22T10:00:00Z");
const at = (iso: string) => new Date(iso);
const daysAgo = (days: number, hour = 9) => new Date(Date.UTC(2026, 10, 22 - days, hour));

type Kind = "percent" | "money";
let items: { id: string; kind: Kind }[] = [];
let retiredItemId = "";

async function createItems(kinds: Kind[], ownerId: string | null = null, status = "active") {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `progress-${tag}`, title: `Progress ${tag}`, body: "x", contentHash: tag, ownerId } });
  return Promise.all(
    kinds.map(async (kind, i) => {
      const item = await db.item.create({
        data: {
          key: `progress-${tag}-${i}`,
          articleId: article.id,
          type: "choice",
          kind,
          status,
          prompt: `Question ${i}?`,
          answer: kind === "percent" ? "24%" : "$5m",
          choices: JSON.stringify(["a", "b"]),
          sourceSentence: "x",
        },
      });
      return { id: item.id, kind, articleId: article.id };
    }),
  );
}

beforeAll(async () => {
  items = await createItems(["percent", "percent", "percent", "money", "money", "money"]);
  retiredItemId = (await createItems(["percent"], null, "retired"))[0]!.id;
});

beforeEach(() => {
  session.user = null;
});

const snapshot = (state: number, stability = 5) => serializeCardState({ ...newCardState(now), state: state as 0 | 1 | 2 | 3, stability, difficulty: 5 });

async function createCard(userId: string, itemId: string, card: { due?: Date; state?: number; stability?: number; reps?: number } = {}) {
  return getDb().card.create({
    data: { userId, itemId, due: card.due ?? now, state: card.state ?? State.Review, stability: card.stability ?? 5, reps: card.reps ?? 1 },
    select: { id: true },
  });
}

async function markReviewDaysStale(userId: string) {
  await getDb().user.update({ where: { id: userId }, data: { reviewDaysStale: true }, select: { id: true } });
}

/** Appends one review (or, with undoesId, an undo) to the learner's log and returns its id. */
async function logAnswer(
  userId: string,
  card: { id: string; itemId: string },
  reviewedAt: Date,
  rating: number,
  options: { correct?: boolean | null; stateBefore?: number; undoesId?: string } = {},
) {
  const undo = options.undoesId !== undefined;
  const row = await getDb().reviewLog.create({
    data: {
      userId,
      clientId: clientId(),
      cardId: card.id,
      itemId: card.itemId,
      event: undo ? "undo" : "review",
      rating: undo ? 0 : rating,
      correct: undo ? null : (options.correct ?? rating > 1),
      stateBefore: snapshot(options.stateBefore ?? State.Review),
      stateAfter: snapshot(State.Review),
      reviewedAt,
      undoesId: options.undoesId ?? null,
    },
    select: { id: true },
  });
  // Written past the app's answer path, which keeps the per-day counts: have them recounted before the next read.
  await markReviewDaysStale(userId);
  return row.id;
}

async function learnerWithCard(itemIndex = 0) {
  const learner = await createLearner("progress");
  const itemId = items[itemIndex]!.id;
  const card = { ...(await createCard(learner.id, itemId)), itemId };
  return { learner, card };
}

describe("getLearnerProgress", () => {
  it("counts today's answers less the undone one in the heatmap, and keeps a three-day streak", async () => {
    const { learner, card } = await learnerWithCard();
    await logAnswer(learner.id, card, at("2026-11-22T09:00:00Z"), 3);
    const second = await logAnswer(learner.id, card, at("2026-11-22T09:10:00Z"), 1);
    await logAnswer(learner.id, card, at("2026-11-22T09:20:00Z"), 3);
    await logAnswer(learner.id, card, at("2026-11-22T09:11:00Z"), 0, { undoesId: second });
    await logAnswer(learner.id, card, daysAgo(1), 3);
    await logAnswer(learner.id, card, daysAgo(2), 3);
    await logAnswer(learner.id, card, daysAgo(4), 3);
    // 03:00 UTC is before 4 a.m.: it belongs to yesterday's study day
    await logAnswer(learner.id, card, at("2026-11-22T03:00:00Z"), 3);

    const progress = await getLearnerProgress(learner.id, now);
    expect(progress.today).toBe("2026-11-22");
    expect(progress.heatmap).toHaveLength(52 * 7 + 1);
    expect(progress.heatmap.at(-1)).toEqual({ day: "2026-11-22", reviews: 2 });
    expect(progress.reviewsToday).toBe(2);
    expect(progress.heatmap.at(-2)).toEqual({ day: "2026-11-21", reviews: 2 });
    expect(progress.heatmap.at(-3)).toEqual({ day: "2026-11-20", reviews: 1 });
    expect(progress.heatmap.at(-4)).toEqual({ day: "2026-11-19", reviews: 0 });
    expect(progress.streak).toEqual({ days: 3, studiedToday: true });
    expect(progress.totalReviews).toBe(6);
    expect(JSON.parse(JSON.stringify(progress))).toEqual(progress);
  });

  it("computes true retention from review-state answers of the last 30 days only", async () => {
    const { learner, card } = await learnerWithCard();
    for (const [days, rating] of [[1, 3], [2, 3], [3, 4], [5, 2], [6, 1]] as const) await logAnswer(learner.id, card, daysAgo(days), rating);
    await logAnswer(learner.id, card, daysAgo(2, 12), 1, { stateBefore: State.Learning }); // a learning step: left out
    await logAnswer(learner.id, card, daysAgo(40), 1); // outside the window
    const undone = await logAnswer(learner.id, card, daysAgo(3, 12), 1);
    await logAnswer(learner.id, card, daysAgo(3, 13), 0, { undoesId: undone });

    const { retention, streak } = await getLearnerProgress(learner.id, now);
    expect(retention).toEqual({ reviews: 5, passed: 4, retention: 0.8, days: 30 });
    expect(streak).toEqual({ days: 3, studiedToday: false });
  });

  it("forecasts due reviews per day, overdue in today's bar, leaving out new cards and retired items", async () => {
    const learner = await createLearner("forecast");
    await createCard(learner.id, items[0]!.id, { due: daysAgo(3) });
    await createCard(learner.id, items[1]!.id, { due: at("2026-11-22T20:00:00Z"), state: State.Learning });
    await createCard(learner.id, items[2]!.id, { due: at("2026-11-23T05:00:00Z") });
    await createCard(learner.id, items[3]!.id, { due: at("2026-11-27T12:00:00Z") });
    await createCard(learner.id, items[4]!.id, { due: daysAgo(1), state: State.New, reps: 0 });
    await createCard(learner.id, retiredItemId, { due: daysAgo(1) });

    const progress = await getLearnerProgress(learner.id, now);
    expect(progress.forecast).toHaveLength(30);
    expect(progress.forecast.slice(0, 6).map((d) => d.due)).toEqual([2, 1, 0, 0, 0, 1]);
    expect(progress.forecast[5]?.day).toBe("2026-11-27");
    expect(progress.dueToday).toBe(2);
    expect(progress.cardsStudied).toBe(4);
  });

  it("gives accuracy per fact kind and names the weakest", async () => {
    const learner = await createLearner("accuracy");
    const percent = { ...(await createCard(learner.id, items[0]!.id)), itemId: items[0]!.id };
    const money = { ...(await createCard(learner.id, items[3]!.id)), itemId: items[3]!.id };
    // percent: 2 right of 6
    for (const [i, correct] of [true, false, false, true, false, false].entries()) {
      await logAnswer(learner.id, percent, daysAgo(10 - i), correct ? 3 : 1, { correct });
    }
    // money: 4 right of 5
    for (const [i, correct] of [true, true, false, true, true].entries()) await logAnswer(learner.id, money, daysAgo(10 - i, 11), correct ? 3 : 1, { correct });

    const { accuracy } = await getLearnerProgress(learner.id, now);
    expect(accuracy.kinds).toEqual([
      { kind: "money", attempts: 5, correct: 4, accuracy: 0.8 },
      { kind: "percent", attempts: 6, correct: 2, accuracy: 2 / 6 },
    ]);
    expect(accuracy.weakest?.kind).toBe("percent");
    expect(describeWeakestKind(accuracy.weakest!)).toBe("You miss percentages most: 33% right over 6 attempts.");
  });

  it("gives mastery for all content and for each assigned deck", async () => {
    const db = getDb();
    const instructor = await createUser({ name: "Teacher", email: uniqueEmail("teacher"), password: "correct horse battery", role: "instructor" });
    const deckItems = await createItems(["percent", "percent", "money"], instructor.id);
    const klass = await createClass(instructor.id, { name: "Economics 101" });
    const deck = await createDeck(instructor.id, { title: "Trade figures", articleIds: [deckItems[0]!.articleId], kinds: ["percent"], types: ["choice"] });
    await publishDeck(instructor.id, deck.id, now);
    await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: null });
    const learner = await createLearner("mastery");
    await joinClass({ userId: learner.id, address: null }, klass.joinCode);
    await createCard(learner.id, deckItems[0]!.id, { state: State.Review, stability: 30 }); // mastered
    await createCard(learner.id, deckItems[1]!.id, { state: State.Review, stability: 5 }); // not yet
    await createCard(learner.id, deckItems[2]!.id, { state: State.Review, stability: 40 }); // mastered, not in the deck

    const { mastery } = await getLearnerProgress(learner.id, now);
    // "All content" is the shared library: the instructor's own items count only in the deck that assigns them. Its
    // core items (free study's default), as the learner has no card of the library's more questions.
    const libraryItems = await db.item.count({ where: { status: "active", article: { ownerId: null }, worth: { gte: CORE_FROM } } });
    expect(mastery).toEqual([
      { deckId: null, title: "All content", classNames: [], items: libraryItems, mastered: 0, share: 0 },
      { deckId: deck.id, title: "Trade figures", classNames: ["Economics 101"], items: 2, mastered: 1, share: 0.5 },
    ]);
  });

  it("counts nothing of another learner's log, and is all zeros for a new learner", async () => {
    const { learner: busy, card } = await learnerWithCard();
    await logAnswer(busy.id, card, daysAgo(0), 3);
    const fresh = await createLearner("fresh");
    const progress = await getLearnerProgress(fresh.id, now);
    expect(progress).toMatchObject({
      totalReviews: 0,
      cardsStudied: 0,
      reviewsToday: 0,
      dueToday: 0,
      retention: { reviews: 0, passed: 0, retention: null },
      streak: { days: 0, studiedToday: false },
      accuracy: { kinds: [], weakest: null },
      weights: { personal: false, reviews: 0, needed: 400, fittedOn: null },
    });
    expect(progress.heatmap.every((d) => d.reviews === 0)).toBe(true);
  });
});

describe("GET /api/progress", () => {
  it("answers the signed-in learner's own figures", async () => {
    const { learner, card } = await learnerWithCard();
    await logAnswer(learner.id, card, new Date(Date.now() - 60_000), 3);
    session.user = learner;
    const response = await progressRoute.GET();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { totalReviews: number; heatmap: unknown[]; weights: unknown };
    expect(body.totalReviews).toBe(1);
    expect(body.weights).toEqual({ personal: false, reviews: 1, needed: 400, fittedOn: null });
  });

  it("refuses without a session", async () => {
    const response = await progressRoute.GET();
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Your session has ended. Sign in again to continue.", code: "unauthenticated" });
  });
});
