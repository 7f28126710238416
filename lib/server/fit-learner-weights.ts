import "server-only";
import { decideWeightFit } from "@/lib/progress/should-fit-weights";
import { fitWeights, type FitWeightsResult, type FsrsOptimizer } from "@/lib/srs/fit-weights";
import { InvalidSchedulerSettingsError, parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { getDb, type Db } from "./db";
import { getLearnerReviewLog } from "./progress";
import { countStoredReviews, ensureReviewDays } from "./review-days";

export type FitLearnerWeightsStatus =
  | { status: "fitted"; reviews: number; items: number }
  | { status: "skipped"; reason: "not-enough-reviews" | "up-to-date" | "already-tried" | "in-progress" | "no-such-user"; reviews: number }
  | { status: "default"; reason: Extract<FitWeightsResult, { status: "default" }>["reason"]; reviews: number }
  | { status: "rejected"; reviews: number }
  | { status: "error"; reviews: number };

export interface FitLearnerWeightsOptions {
  db?: Db;
  loadOptimizer?: () => Promise<FsrsOptimizer>;
  timeoutMs?: number;
}

// One fit per learner at a time in this process: two page loads in a row must not train twice.
const inProgress = new Set<string>();

/**
 * Fits and stores this learner's own FSRS weights when their answer count calls for it: at MIN_REVIEWS_FOR_FITTING
 * answers with no weights yet, and again whenever the count crosses another multiple of it. The decision reads the
 * stored count (ReviewDay) and the user row, never the log: only a fit that will run reads the log. Each attempt is
 * recorded with its time and count before it starts, by a conditional update that also keeps two instances from
 * fitting at once, so one that ends with default weights is not tried again before the next multiple.
 * Weights are stored only when the optimizer fitted them and they pass the scheduler's validation. Never throws:
 * fitting is an improvement, so failures are logged and reported as a status.
 */
export async function maybeFitLearnerWeights(userId: string, now: Date, options: FitLearnerWeightsOptions = {}): Promise<FitLearnerWeightsStatus> {
  if (inProgress.has(userId)) return { status: "skipped", reason: "in-progress", reviews: 0 };
  inProgress.add(userId);
  let reviews = 0;
  try {
    const db = options.db ?? getDb();
    const user = await db.user.findUnique({
      where: { id: userId },
      select: { timeZone: true, fsrsWeights: true, fsrsWeightsReviewCount: true, fsrsFitAttemptedAt: true, fsrsFitAttemptReviewCount: true, reviewDaysStale: true },
    });
    if (!user) return { status: "skipped", reason: "no-such-user", reviews: 0 };
    await ensureReviewDays(db, userId, user.reviewDaysStale);
    reviews = await countStoredReviews(db, userId);
    const reviewsWhenStored = user.fsrsWeightsReviewCount ?? 0;
    const decision = decideWeightFit({ reviews, hasWeights: user.fsrsWeights !== null, reviewsWhenStored, lastAttemptReviews: user.fsrsFitAttemptReviewCount });
    if (!decision.fit) return { status: "skipped", reason: decision.reason, reviews };
    const claimed = await db.user.updateMany({
      where: { id: userId, fsrsFitAttemptedAt: user.fsrsFitAttemptedAt },
      data: { fsrsFitAttemptedAt: now, fsrsFitAttemptReviewCount: reviews },
    });
    if (claimed.count !== 1) return { status: "skipped", reason: "in-progress", reviews };

    const log = await getLearnerReviewLog(userId, now, db);
    const settings = parseSchedulerSettings({ timeZone: user.timeZone });
    const result = await fitWeights(log, {
      timeZone: settings.timeZone,
      numRelearningSteps: settings.relearningSteps.length,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.loadOptimizer ? { loadOptimizer: options.loadOptimizer } : {}),
    });
    if (result.status === "default") {
      console.warn(`fit-learner-weights: user ${userId} keeps default weights (${result.reason}): ${result.detail}`);
      return { status: "default", reason: result.reason, reviews };
    }
    try {
      parseSchedulerSettings({ ...settings, weights: result.weights });
    } catch (error) {
      if (!(error instanceof InvalidSchedulerSettingsError)) throw error;
      console.warn(`fit-learner-weights: fitted weights for user ${userId} rejected: ${error.message}`);
      return { status: "rejected", reviews };
    }
    // The stored expected recall was counted under the old weights: recount it under the new ones, here in the
    // background rather than on the next page view (which would do it if this fails: the mark is set with the weights).
    await db.user.update({ where: { id: userId }, data: { fsrsWeights: JSON.stringify(result.weights), fsrsWeightsReviewCount: reviews, reviewDaysStale: true }, select: { id: true } });
    await ensureReviewDays(db, userId, true);
    return { status: "fitted", reviews: result.reviews, items: result.items };
  } catch (error) {
    console.error(`fit-learner-weights: fitting for user ${userId} failed`, error);
    return { status: "error", reviews };
  } finally {
    inProgress.delete(userId);
  }
}
