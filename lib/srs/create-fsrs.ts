import { DefaultInitSeedStrategy, fsrs, generatorParameters, StrategyMode, type AbstractScheduler, type FSRS } from "ts-fsrs";
import { recallAtDueFor } from "./review-policy";
import type { SchedulerSettings } from "./scheduler-settings";

/**
 * A ts-fsrs instance for these settings: plain FSRS, asked for the recall at due that keeps the learner's mean
 * recall at their desired retention (lib/srs/review-policy.ts). ts-fsrs seeds its fuzz from review time, reps and memory state, so results
 * are already deterministic; mixing in the card id keeps two cards answered in the same millisecond with the same
 * state from landing on the same day.
 */
export function createFsrs(settings: SchedulerSettings, cardId?: string): FSRS {
  const scheduler = fsrs(
    generatorParameters({
      request_retention: recallAtDueFor(settings.desiredRetention, settings.weights),
      maximum_interval: settings.maximumIntervalDays,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
      enable_fuzz: settings.enableFuzz,
      enable_short_term: true,
      ...(settings.weights ? { w: settings.weights } : {}),
    }),
  );
  if (cardId !== undefined) {
    scheduler.useStrategy(StrategyMode.SEED, function (this: AbstractScheduler) {
      return `${cardId}:${DefaultInitSeedStrategy.call(this)}`;
    });
  }
  return scheduler;
}
