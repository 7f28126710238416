import "server-only";
import { MIN_REVIEWS_FOR_FITTING } from "@/lib/srs/fit-weights";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import { InvalidSchedulerSettingsError, parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { getDb, type Db } from "./db";
import { UserFacingError } from "./errors";
import { getLearnerReviewLog, type WeightStatus } from "./progress";

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

export async function getLearnerSettings(userId: string, now: Date, db: Db = getDb()): Promise<LearnerSettingsView> {
  const [user, log] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { ...SETTINGS_SELECT, fsrsWeights: true, fsrsWeightsReviewCount: true } }),
    getLearnerReviewLog(userId, now, db),
  ]);
  if (!user) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  const { fsrsWeights, fsrsWeightsReviewCount, ...settings } = user;
  const personal = fsrsWeights !== null;
  return {
    ...settings,
    weights: {
      personal,
      reviews: getEffectiveReviews(log).length,
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
  const { count } = await db.user.updateMany({
    where: { id: userId },
    data: { desiredRetention: input.desiredRetention, newCardsPerDay: input.newCardsPerDay, timeZone: input.timeZone },
  });
  if (count === 0) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  return { desiredRetention: input.desiredRetention, newCardsPerDay: input.newCardsPerDay, timeZone: input.timeZone };
}
