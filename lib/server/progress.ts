import "server-only";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { computeRecallNow } from "@/lib/progress/compute-expected-recall";
import { EXPECTED_RECALL_SCALE } from "@/lib/progress/count-review-days";
import { accuracyFromKindCounts, type AccuracyByKind } from "@/lib/progress/compute-accuracy-by-kind";
import { computeForecast, type ForecastDay } from "@/lib/progress/compute-forecast";
import { computeMastery, isMastered } from "@/lib/progress/compute-mastery";
import { heatmapFromDayCounts, type HeatmapDay } from "@/lib/progress/compute-review-heatmap";
import { streakFromStudiedDays, type Streak } from "@/lib/progress/compute-streak";
import { retentionOf, type TrueRetention } from "@/lib/progress/compute-true-retention";
import { heatmapDayCount } from "@/lib/progress/heatmap-grid";
import { State } from "@/lib/srs/card-state";
import { MIN_REVIEWS_FOR_FITTING } from "@/lib/srs/fit-weights";
import { isRating } from "@/lib/srs/rating";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { shiftStudyDayKey, studyDayKey } from "@/lib/srs/study-day";
import { OWN_DECK_TITLE, ownDeckId } from "@/lib/own-cards/own-store";
import { getAssignedDecksForLearner, getDeckItemIdsForLearner } from "./assignments";
import { getDb, type Db } from "./db";
import { UserFacingError } from "./errors";
import { ensureReviewDays, getDayTotals, getKindTotals, getRetentionTotals, getStudiedDaysBefore } from "./review-days";
import { toSchedulerSettings } from "./study/scheduler-settings";
import { libraryArticleSql } from "./study/studiable-item";

export const FORECAST_DAYS = 30;
export const RETENTION_WINDOW_DAYS = 30;
/** A kind needs this many answers before it can be called the learner's weakest. */
export const MIN_ATTEMPTS_FOR_WEAKEST = 5;

export interface DeckMasteryRow {
  /** null for "All content" */
  deckId: string | null;
  title: string;
  /** the classes that assigned the deck */
  classNames: string[];
  items: number;
  mastered: number;
  share: number;
}

export interface WeightStatus {
  /** fitted FSRS weights are stored and used for this learner */
  personal: boolean;
  /** answers in force (undone ones excluded), all time */
  reviews: number;
  /** answers needed before weights are fitted */
  needed: number;
  /** answers the stored weights were fitted on, or null without personal weights */
  fittedOn: number | null;
}

/** Everything the progress page shows; plain data (no Dates), so it can be sent as JSON. */
export interface LearnerProgress {
  /** the current study day, "YYYY-MM-DD" */
  today: string;
  timeZone: string;
  desiredRetention: number;
  /** answers in force, all time */
  totalReviews: number;
  /** cards answered at least once */
  cardsStudied: number;
  reviewsToday: number;
  /** reviews due by the end of today's study day, overdue included; new cards not counted */
  dueToday: number;
  forecast: ForecastDay[];
  /** one entry per study day, oldest first, filling 53 Sunday-first weeks that end today */
  heatmap: HeatmapDay[];
  retention: TrueRetention & { days: number };
  /** what the scheduler expected of those same answers (mean FSRS recall when answered); null without any */
  expectedPassRate: number | null;
  /** estimated mean recall now over studied cards: what the desired retention setting aims at */
  recallNow: { cards: number; meanRecall: number | null };
  streak: Streak;
  /** "All content" first, then each assigned deck, and "My cards" when the learner wrote some */
  mastery: DeckMasteryRow[];
  accuracy: AccuracyByKind;
  weights: WeightStatus;
}

/** The ReviewLog columns the progress figures and weight fitting read. */
export type LoggedAnswer = Pick<ReviewEvent, "id" | "cardId" | "event" | "undoesId" | "reviewedAt" | "rating" | "correct"> & { kind: string };

const LOG_SELECT = {
  id: true,
  cardId: true,
  event: true,
  undoesId: true,
  reviewedAt: true,
  rating: true,
  correct: true,
  item: { select: { kind: true } },
} as const;

type LogRow = { id: string; cardId: string; event: string; undoesId: string | null; reviewedAt: Date; rating: number; correct: boolean | null; item: { kind: string } };

function toLoggedAnswer(row: LogRow): LoggedAnswer | null {
  if (row.event === "review" && isRating(row.rating)) return { ...row, event: "review", rating: row.rating, undoesId: null, kind: row.item.kind };
  if (row.event === "undo" && row.undoesId) return { ...row, event: "undo", rating: 0, kind: row.item.kind };
  return null;
}

/**
 * This learner's whole review log up to `now`, light columns only, in no particular order. A corrupt row is left out
 * (and logged) rather than taking the page down: progress figures are a view, not the record.
 */
export async function getLearnerReviewLog(userId: string, now: Date, db: Db = getDb()): Promise<LoggedAnswer[]> {
  const rows = await db.reviewLog.findMany({ where: { userId, reviewedAt: { lte: now } }, select: LOG_SELECT });
  const answers = rows.flatMap((row) => toLoggedAnswer(row) ?? []);
  if (answers.length < rows.length) console.error(`progress: skipped ${rows.length - answers.length} corrupt review log rows of user ${userId}`);
  return answers;
}

/**
 * The study days with answers in force up to `today`, from the stored counts: the heatmap's window first, and the
 * days before it only when the streak reaches back that far, so a year-long history costs one read of its year.
 */
async function getStudyDays(userId: string, today: string, heatmapDays: number, db: Db) {
  const firstDay = shiftStudyDayKey(today, -(heatmapDays - 1));
  const counts = await getDayTotals(db, userId, firstDay, today);
  const studied = new Set(counts.keys());
  let streak = streakFromStudiedDays(studied, today);
  const streakStart = shiftStudyDayKey(today, (streak.studiedToday ? 0 : -1) - (streak.days - 1));
  if (streak.days > 0 && streakStart <= firstDay) {
    for (const day of await getStudiedDaysBefore(db, userId, firstDay)) studied.add(day);
    streak = streakFromStudiedDays(studied, today);
  }
  return { heatmap: heatmapFromDayCounts(counts, today, heatmapDays), streak };
}

async function getMastery(userId: string, cards: ActiveCard[], now: Date, db: Db): Promise<DeckMasteryRow[]> {
  // "All content" is the shared library and the learner's own cards: its items counted as free study offers them,
  // its mastered cards among those already read (each has a card, so it is counted).
  const [allItems, assigned, own] = await Promise.all([
    countAllContentItems(userId, db),
    getAssignedDecksForLearner(userId, now, db),
    db.deckItem.findMany({ where: { deckId: ownDeckId(userId), deck: { ownerId: userId, personal: true }, item: { status: "active" } }, select: { itemId: true } }),
  ]);
  const libraryMastered = cards.filter((c) => c.library && isMastered({ state: c.state as State, stability: c.stability })).length;
  // a deck assigned by two classes is one deck
  const decks = new Map<string, { title: string; classNames: string[] }>();
  for (const a of assigned) {
    const deck = decks.get(a.deckId) ?? { title: a.deckTitle, classNames: [] };
    deck.classNames.push(a.className);
    decks.set(a.deckId, deck);
  }
  const deckIds = [...decks.keys()];
  const deckItems = await Promise.all(deckIds.map((id) => getDeckItemIdsForLearner(userId, id, db)));
  const itemIdsByDeck: Record<string, string[]> = {};
  deckIds.forEach((id, i) => (itemIdsByDeck[id] = deckItems[i] ?? []));
  // Their own cards, as a deck of their own, once they have written some.
  if (own.length > 0) {
    decks.set(ownDeckId(userId), { title: OWN_DECK_TITLE, classNames: [] });
    itemIdsByDeck[ownDeckId(userId)] = own.map((i) => i.itemId);
  }

  const states = cards.map((c) => ({ itemId: c.itemId, state: c.state as State, stability: c.stability }));
  const all: DeckMasteryRow = {
    deckId: null,
    title: "All content",
    classNames: [],
    items: allItems,
    mastered: libraryMastered,
    share: allItems === 0 ? 0 : libraryMastered / allItems,
  };
  return [
    all,
    ...computeMastery(states, itemIdsByDeck).map((m) => {
      const deck = decks.get(m.deckId)!;
      return { deckId: m.deckId, title: deck.title, classNames: deck.classNames, items: m.items, mastered: m.mastered, share: m.share };
    }),
  ];
}

/**
 * The active items of "All content" (libraryItems: the shared library and the learner's own cards) that free study
 * offers by default: core items and any other the learner has a card of. Its twin is the pure rule offeredInFreeStudy
 * (lib/study/free-study-questions.ts) with the more questions left out, written here as SQL from the same CORE_FROM
 * (worth is never null in the schema, so `worth >= CORE_FROM` is isCoreWorth); a change to one is made to both, and
 * tests/integration/free-study-questions.test.ts pins them together. Studying the default can reach 100%, and a more
 * question met while they included them counts from then on. One count, read raw: the client would compile it on
 * every page view.
 */
async function countAllContentItems(userId: string, db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint | null }[]>`
    SELECT SUM(CASE WHEN i."worth" >= ${CORE_FROM} OR c."id" IS NOT NULL THEN 1 ELSE 0 END) AS "n"
    FROM "Item" i JOIN "Article" a ON a."id" = i."articleId"
    LEFT JOIN "Card" c ON c."itemId" = i."id" AND c."userId" = ${userId}
    WHERE i."status" = 'active' AND ${libraryArticleSql(userId)}`;
  return Number(rows[0]?.n ?? 0);
}

type ActiveCard = { itemId: string; due: Date; state: number; stability: number; reps: number; lastReview: Date | null; library: boolean };

/**
 * The learner's studied cards of active items, and whether each is in "All content" (the shared library or their own cards): thousands for a long-time
 * learner, so read raw (through the client, 1.6× the CPU for 2,500). A card never answered (new, no reps) counts in no
 * figure, so it is not read.
 */
async function getActiveCards(userId: string, db: Db): Promise<ActiveCard[]> {
  const rows = await db.$queryRaw<
    { itemId: string; due: Date; state: number | bigint; stability: number; reps: number | bigint; lastReview: Date | null; library: number | bigint | boolean }[]
  >`
    SELECT c."itemId", c."due", c."state", c."stability", c."reps", c."lastReview", CASE WHEN ${libraryArticleSql(userId)} THEN 1 ELSE 0 END AS "library"
    FROM "Card" c JOIN "Item" i ON i."id" = c."itemId" JOIN "Article" a ON a."id" = i."articleId"
    WHERE c."userId" = ${userId} AND i."status" = 'active' AND (c."state" <> ${State.New} OR c."reps" > 0)`;
  return rows.map((r) => ({
    itemId: r.itemId,
    due: r.due,
    state: Number(r.state),
    stability: Number(r.stability),
    reps: Number(r.reps),
    lastReview: r.lastReview,
    library: Number(r.library) === 1,
  }));
}

/**
 * The progress page's figures for one learner at `now`, every query scoped to that learner. Reads the stored
 * per-day counts (retention over the last 30 study days, today's included, from their sums) and the learner's
 * studied cards, never the log.
 */
export async function getLearnerProgress(userId: string, now: Date, db: Db = getDb()): Promise<LearnerProgress> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { desiredRetention: true, newCardsPerDay: true, timeZone: true, fsrsWeights: true, fsrsWeightsReviewCount: true, reviewDaysStale: true },
  });
  if (!user) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  const settings = toSchedulerSettings(user);
  await ensureReviewDays(db, userId, user.reviewDaysStale);
  const { timeZone } = settings;
  const today = studyDayKey(now, timeZone);
  const [kindCounts, days, window, cards] = await Promise.all([
    getKindTotals(db, userId),
    getStudyDays(userId, today, heatmapDayCount(today), db),
    getRetentionTotals(db, userId, shiftStudyDayKey(today, -(RETENTION_WINDOW_DAYS - 1)), today),
    getActiveCards(userId, db),
  ]);
  const mastery = await getMastery(userId, cards, now, db);

  const { heatmap, streak } = days;
  const forecast = computeForecast(
    cards.map((c) => ({ due: c.due, state: c.state as State })),
    now,
    timeZone,
    FORECAST_DAYS,
  );
  const totalReviews = kindCounts.reduce((sum, k) => sum + k.attempts, 0);

  return {
    today,
    timeZone,
    desiredRetention: settings.desiredRetention,
    totalReviews,
    cardsStudied: cards.filter((c) => c.reps > 0).length,
    reviewsToday: heatmap.at(-1)?.reviews ?? 0,
    dueToday: forecast[0]?.due ?? 0,
    forecast,
    heatmap,
    retention: { ...retentionOf(window), days: RETENTION_WINDOW_DAYS },
    expectedPassRate: window.reviews === 0 ? null : window.expectedRecall / EXPECTED_RECALL_SCALE / window.reviews,
    recallNow: computeRecallNow(cards, now, settings.weights),
    streak,
    mastery,
    accuracy: accuracyFromKindCounts(kindCounts, MIN_ATTEMPTS_FOR_WEAKEST),
    weights: {
      personal: settings.weights !== undefined,
      reviews: totalReviews,
      needed: MIN_REVIEWS_FOR_FITTING,
      fittedOn: settings.weights !== undefined ? user.fsrsWeightsReviewCount : null,
    },
  };
}
