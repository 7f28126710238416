import { checkParameters } from "ts-fsrs";
import { getEffectiveReviews } from "./get-effective-reviews";
import type { ReviewEvent } from "./review-event";
import { studyDayKey, studyDaysBetween } from "./study-day";

/** Below this many answers a learner's own fit is noisier than the population defaults. */
export const MIN_REVIEWS_FOR_FITTING = 400;

/** The optional optimizer package; the app runs on default weights without it. */
export const OPTIMIZER_PACKAGE = "@open-spaced-repetition/binding";

export type TrainingReview = { rating: number; deltaT: number };

export type FitWeightsResult =
  | { status: "fitted"; weights: number[]; reviews: number; items: number }
  | {
      status: "default";
      reason: "not-enough-reviews" | "not-enough-history" | "optimizer-unavailable" | "optimizer-failed";
      /** a sentence for logs, never for learners */
      detail: string;
      reviews: number;
    };

/** The part of @open-spaced-repetition/binding (0.5.x) this adapter uses. */
export type FsrsOptimizer = {
  FSRSBindingReview: new (rating: number, deltaT: number) => unknown;
  FSRSBindingItem: new (reviews: unknown[]) => unknown;
  computeParameters: (
    items: unknown[],
    options?: { enableShortTerm: boolean; numRelearningSteps?: number; timeout?: number },
  ) => Promise<number[]>;
};

type FitLog = Pick<ReviewEvent, "id" | "cardId" | "event" | "undoesId" | "reviewedAt" | "rating">;

/**
 * The optimizer's training set: per card, one item per answer after the first, holding that card's history up to
 * it. deltaT counts study days (4 a.m. in the learner's zone), as Anki's optimizer does, so a review at 23:00 and one
 * at 01:00 are the same day. Items with only same-day history teach nothing about long-term forgetting and are left
 * out, as fsrs-rs does.
 */
export function buildTrainingItems(logs: readonly FitLog[], timeZone: string): TrainingReview[][] {
  const byCard = new Map<string, FitLog[]>();
  for (const log of getEffectiveReviews(logs)) {
    const list = byCard.get(log.cardId) ?? [];
    list.push(log);
    byCard.set(log.cardId, list);
  }
  const items: TrainingReview[][] = [];
  for (const reviews of byCard.values()) {
    const history: TrainingReview[] = [];
    let previousDay: string | null = null;
    for (const review of reviews) {
      const day = studyDayKey(review.reviewedAt, timeZone);
      history.push({ rating: review.rating, deltaT: previousDay === null ? 0 : studyDaysBetween(previousDay, day) });
      previousDay = day;
      if (history.length >= 2 && history.some((r, i) => i > 0 && r.deltaT > 0)) items.push([...history]);
    }
  }
  return items;
}

async function loadInstalledOptimizer(): Promise<FsrsOptimizer> {
  // A variable specifier keeps bundlers and tsc from requiring the optional package.
  const specifier = OPTIMIZER_PACKAGE;
  return (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ specifier)) as FsrsOptimizer;
}

/**
 * A learner's own FSRS weights fitted from their log once they have MIN_REVIEWS_FOR_FITTING answers; otherwise (or
 * if the optional optimizer is missing or fails) a "default" result saying why, and the caller keeps the defaults.
 * Never throws for those cases: fitting is an improvement, not a requirement.
 */
export async function fitWeights(
  logs: readonly FitLog[],
  options: {
    timeZone: string;
    /** the learner's relearning step count; bounds the short-term weights as Anki does */
    numRelearningSteps?: number;
    timeoutMs?: number;
    loadOptimizer?: () => Promise<FsrsOptimizer>;
  },
): Promise<FitWeightsResult> {
  const reviews = getEffectiveReviews(logs).length;
  if (reviews < MIN_REVIEWS_FOR_FITTING) {
    return { status: "default", reason: "not-enough-reviews", detail: `${reviews} of ${MIN_REVIEWS_FOR_FITTING} answers needed.`, reviews };
  }
  const training = buildTrainingItems(logs, options.timeZone);
  if (training.length === 0) {
    return { status: "default", reason: "not-enough-history", detail: "No card has been reviewed on two different days yet.", reviews };
  }

  let optimizer: FsrsOptimizer;
  try {
    optimizer = await (options.loadOptimizer ?? loadInstalledOptimizer)();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: "default", reason: "optimizer-unavailable", detail: `${OPTIMIZER_PACKAGE} could not be loaded: ${message}`, reviews };
  }

  try {
    const items = training.map((history) => new optimizer.FSRSBindingItem(history.map((r) => new optimizer.FSRSBindingReview(r.rating, r.deltaT))));
    const weights = await optimizer.computeParameters(items, {
      enableShortTerm: true,
      numRelearningSteps: options.numRelearningSteps ?? 1,
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    });
    const fitted = Array.from(weights);
    if (fitted.length !== 21) throw new Error(`expected 21 weights, got ${fitted.length}`);
    checkParameters(fitted);
    return { status: "fitted", weights: fitted, reviews, items: training.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: "default", reason: "optimizer-failed", detail: `The optimizer failed: ${message}`, reviews };
  }
}
