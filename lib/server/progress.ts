import "server-only";
import { computeExpectedPassRate, computeRecallNow } from "@/lib/progress/compute-expected-recall";
import { computeAccuracyByKind, type AccuracyByKind } from "@/lib/progress/compute-accuracy-by-kind";
import { computeForecast, type ForecastDay } from "@/lib/progress/compute-forecast";
import { computeMastery } from "@/lib/progress/compute-mastery";
import { computeReviewHeatmap, type HeatmapDay } from "@/lib/progress/compute-review-heatmap";
import { computeStreak, type Streak } from "@/lib/progress/compute-streak";
import { computeTrueRetention, type TrueRetention } from "@/lib/progress/compute-true-retention";
import { heatmapDayCount } from "@/lib/progress/heatmap-grid";
import { newCardState, parseCardStateSnapshot, State, type CardState } from "@/lib/srs/card-state";
import { MIN_REVIEWS_FOR_FITTING } from "@/lib/srs/fit-weights";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import { isRating } from "@/lib/srs/rating";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { studyDayKey } from "@/lib/srs/study-day";
import { getAssignedDecksForLearner, getDeckItemIdsForLearner } from "./assignments";
import { getDb, type Db } from "./db";
import { getSchedulerSettings } from "./study/scheduler-settings";
import { LIBRARY_ITEMS } from "./study/studiable-item";

export const FORECAST_DAYS = 30;
export const RETENTION_WINDOW_DAYS = 30;
/** A kind needs this many answers before it can be called the learner's weakest. */
export const MIN_ATTEMPTS_FOR_WEAKEST = 5;
const MS_PER_DAY = 86_400_000;

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
  /** "All content" first, then each assigned deck */
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

/** The card phase before each answer of the window, which true retention needs; an unreadable snapshot counts as new. */
async function getStatesBefore(userId: string, from: Date, now: Date, db: Db): Promise<Map<string, CardState>> {
  const rows = await db.reviewLog.findMany({ where: { userId, reviewedAt: { gt: from, lte: now } }, select: { id: true, stateBefore: true, reviewedAt: true } });
  return new Map(
    rows.map((row) => {
      try {
        return [row.id, parseCardStateSnapshot(row.stateBefore)];
      } catch {
        return [row.id, newCardState(row.reviewedAt)];
      }
    }),
  );
}

async function getMastery(userId: string, cards: { itemId: string; state: number; stability: number }[], now: Date, db: Db): Promise<DeckMasteryRow[]> {
  const [allItems, assigned] = await Promise.all([
    db.item.findMany({ where: LIBRARY_ITEMS, select: { id: true } }),
    getAssignedDecksForLearner(userId, now, db),
  ]);
  // a deck assigned by two classes is one deck
  const decks = new Map<string, { title: string; classNames: string[] }>();
  for (const a of assigned) {
    const deck = decks.get(a.deckId) ?? { title: a.deckTitle, classNames: [] };
    deck.classNames.push(a.className);
    decks.set(a.deckId, deck);
  }
  const deckIds = [...decks.keys()];
  const deckItems = await Promise.all(deckIds.map((id) => getDeckItemIdsForLearner(userId, id, db)));
  const ALL = "";
  const itemIdsByDeck: Record<string, string[]> = { [ALL]: allItems.map((i) => i.id) };
  deckIds.forEach((id, i) => (itemIdsByDeck[id] = deckItems[i] ?? []));

  const mastery = computeMastery(
    cards.map((c) => ({ itemId: c.itemId, state: c.state as State, stability: c.stability })),
    itemIdsByDeck,
  );
  return mastery.map((m) => {
    const deck = decks.get(m.deckId);
    return { deckId: deck ? m.deckId : null, title: deck?.title ?? "All content", classNames: deck?.classNames ?? [], items: m.items, mastered: m.mastered, share: m.share };
  });
}

/** The progress page's figures for one learner at `now`, every query scoped to that learner. */
export async function getLearnerProgress(userId: string, now: Date, db: Db = getDb()): Promise<LearnerProgress> {
  const [settings, fitted] = await Promise.all([
    getSchedulerSettings(db, userId),
    db.user.findUnique({ where: { id: userId }, select: { fsrsWeightsReviewCount: true } }),
  ]);
  const { timeZone } = settings;
  const retentionFrom = new Date(now.getTime() - RETENTION_WINDOW_DAYS * MS_PER_DAY);
  const [log, statesBefore, cards] = await Promise.all([
    getLearnerReviewLog(userId, now, db),
    getStatesBefore(userId, retentionFrom, now, db),
    db.card.findMany({ where: { userId, item: { status: "active" } }, select: { itemId: true, due: true, state: true, stability: true, reps: true, lastReview: true } }),
  ]);
  const mastery = await getMastery(userId, cards, now, db);

  const today = studyDayKey(now, timeZone);
  const heatmap = computeReviewHeatmap(log, now, timeZone, heatmapDayCount(today));
  const forecast = computeForecast(
    cards.map((c) => ({ due: c.due, state: c.state as State })),
    now,
    timeZone,
    FORECAST_DAYS,
  );
  const windowLog = log.flatMap((l) => {
    const stateBefore = statesBefore.get(l.id);
    return stateBefore ? [{ ...l, stateBefore }] : [];
  });
  const totalReviews = getEffectiveReviews(log).length;

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
    retention: { ...computeTrueRetention(windowLog, now, RETENTION_WINDOW_DAYS), days: RETENTION_WINDOW_DAYS },
    expectedPassRate: computeExpectedPassRate(windowLog, now, settings.weights, RETENTION_WINDOW_DAYS),
    recallNow: computeRecallNow(cards, now, settings.weights),
    streak: computeStreak(log, now, timeZone),
    mastery,
    accuracy: computeAccuracyByKind(log, MIN_ATTEMPTS_FOR_WEAKEST),
    weights: {
      personal: settings.weights !== undefined,
      reviews: totalReviews,
      needed: MIN_REVIEWS_FOR_FITTING,
      fittedOn: settings.weights !== undefined ? (fitted?.fsrsWeightsReviewCount ?? null) : null,
    },
  };
}
