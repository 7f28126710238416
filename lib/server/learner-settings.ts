import "server-only";
import { MIN_REVIEWS_FOR_FITTING } from "@/lib/srs/fit-weights";
import { InvalidSchedulerSettingsError, parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { getDb, type Db } from "./db";
import { UserFacingError } from "./errors";
import type { WeightStatus } from "./progress";
import { countStoredReviews, ensureReviewDays } from "./review-days";

/** The scheduling settings a learner may change for themselves. */
export interface LearnerSettings {
  desiredRetention: number;
  newCardsPerDay: number;
  timeZone: string;
}

export interface LearnerSettingsView extends LearnerSettings {
  weights: WeightStatus;
}

const SETTINGS_SELECT = { desiredRetention: true, newCardsPerDay: true, timeZone: true } as const;

/** The learner's settings and weight status; the answer count comes from the stored per-day counts, not the log. */
export async function getLearnerSettings(userId: string, _now: Date, db: Db = getDb()): Promise<LearnerSettingsView> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { ...SETTINGS_SELECT, fsrsWeights: true, fsrsWeightsReviewCount: true, reviewDaysStale: true } });
  if (!user) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  await ensureReviewDays(db, userId, user.reviewDaysStale);
  const reviews = await countStoredReviews(db, userId);
  const { fsrsWeights, fsrsWeightsReviewCount, reviewDaysStale: _stale, ...settings } = user;
  const personal = fsrsWeights !== null;
  return {
    ...settings,
    weights: {
      personal,
      reviews,
      needed: MIN_REVIEWS_FOR_FITTING,
      fittedOn: personal ? fsrsWeightsReviewCount : null,
    },
  };
}

/** Saves a learner's own settings after checking them against the scheduler's rules (the same ranges it enforces). */
export async function updateLearnerSettings(userId: string, input: LearnerSettings, db: Db = getDb()): Promise<LearnerSettings> {
  try {
    parseSchedulerSettings({ desiredRetention: input.desiredRetention, newCardsPerDay: input.newCardsPerDay, timeZone: input.timeZone });
  } catch (error) {
    if (error instanceof InvalidSchedulerSettingsError) throw new UserFacingError(`Those settings were not saved: ${error.issues.join(" ")}`);
    throw error;
  }
  // A new time zone moves answers to other study days: the per-day counts are recounted before they are next read.
  const [, { count }] = await db.$transaction([
    db.user.updateMany({ where: { id: userId, timeZone: { not: input.timeZone } }, data: { reviewDaysStale: true } }),
    db.user.updateMany({
      where: { id: userId },
      data: { desiredRetention: input.desiredRetention, newCardsPerDay: input.newCardsPerDay, timeZone: input.timeZone },
    }),
  ]);
  if (count === 0) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  return { desiredRetention: input.desiredRetention, newCardsPerDay: input.newCardsPerDay, timeZone: input.timeZone };
}
