import "server-only";
import { decideWeightFit } from "@/lib/progress/should-fit-weights";
import { fitWeights, type FitWeightsResult, type FsrsOptimizer } from "@/lib/srs/fit-weights";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import { InvalidSchedulerSettingsError, parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { getDb, type Db } from "./db";
import { getLearnerReviewLog } from "./progress";

export type FitLearnerWeightsStatus =
  | { status: "fitted"; reviews: number; items: number }
  | { status: "skipped"; reason: "not-enough-reviews" | "up-to-date" | "in-progress" | "no-such-user"; reviews: number }
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
 * Fits and stores this learner's own FSRS weights when the log calls for it: at MIN_REVIEWS_FOR_FITTING answers with
 * no weights yet, and again whenever the answer count crosses another multiple of it. There is no column recording
 * when weights were fitted, so the count at the user row's last update (weights are written there) stands in for it.
 * Weights are stored only when the optimizer fitted them and they pass the scheduler's validation. Never throws:
 * fitting is an improvement, so failures are logged and reported as a status.
 */
export async function maybeFitLearnerWeights(userId: string, now: Date, options: FitLearnerWeightsOptions = {}): Promise<FitLearnerWeightsStatus> {
  if (inProgress.has(userId)) return { status: "skipped", reason: "in-progress", reviews: 0 };
  inProgress.add(userId);
  let reviews = 0;
  try {
    const db = options.db ?? getDb();
    const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true, fsrsWeights: true, fsrsWeightsReviewCount: true } });
    if (!user) return { status: "skipped", reason: "no-such-user", reviews: 0 };
    const log = await getLearnerReviewLog(userId, now, db);
    reviews = getEffectiveReviews(log).length;
    const reviewsWhenStored = user.fsrsWeightsReviewCount ?? 0;
    const decision = decideWeightFit({ reviews, hasWeights: user.fsrsWeights !== null, reviewsWhenStored });
    if (!decision.fit) return { status: "skipped", reason: decision.reason, reviews };

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
    await db.user.update({ where: { id: userId }, data: { fsrsWeights: JSON.stringify(result.weights), fsrsWeightsReviewCount: reviews }, select: { id: true } });
    return { status: "fitted", reviews: result.reviews, items: result.items };
  } catch (error) {
    console.error(`fit-learner-weights: fitting for user ${userId} failed`, error);
    return { status: "error", reviews };
  } finally {
    inProgress.delete(userId);
  }
}
