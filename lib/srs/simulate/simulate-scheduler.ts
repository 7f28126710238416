import { keyedUniform, mixSeed, normal } from "@/lib/srs/seeded-random";
import { createPrng } from "@/lib/util/seeded-random";
import { fsrsLearnerModel, hlrLearnerModel, type LearnerModel, type LearnerModelKind } from "./true-memory";

/** Again, Hard, Good, Easy; with binary grading only Again and Good occur, as objective items give them. */
export type SimGrade = 1 | 2 | 3 | 4;

/** One answer in a simulated learner's log: what the app would store (card, day, grade), never the hidden memory. */
export type SimReview = { item: number; day: number; grade: SimGrade };

/** A scheduler under test: it sees only grades and days, never the hidden memory. */
export type SimScheduler<S> = {
  name: string;
  start(grade: SimGrade, day: number, itemKey: number): { state: S; dueDay: number };
  review(state: S, grade: SimGrade, day: number, itemKey: number): { state: S; dueDay: number };
  /**
   * Called once at the end of every simulated day with this learner's whole log so far (oldest first). A scheduler
   * that adapts to the learner (weight fitting) does it here; it may be async, for the native optimizer.
   */
  endOfDay?(log: readonly SimReview[], day: number): void | Promise<void>;
};

/**
 * What simulateScheduler runs: one scheduler shared by every learner (it must then keep no per-learner state), or a
 * factory making a fresh one per learner, for schedulers that learn from the learner's own log.
 */
export type SimSchedulerSource<S> = SimScheduler<S> | ((learner: number) => SimScheduler<S>);

export type SimulationConfig = {
  seed: number;
  learners: number;
  items: number;
  days: number;
  newPerDay: number;
  /** log-normal spread of each learner's weights around FSRS-6's defaults (0.2 is about 20 %) */
  learnerSpread?: number;
  /** standard deviation of the per-item offset to FSRS difficulty (1-10 scale) */
  itemDifficultySpread?: number;
  /** how a learner grades right answers: see GRADING_PROFILES */
  grading?: GradingProfile;
  /** the hidden memory: FSRS-6 with personal weights (default), or half-life regression */
  learnerModel?: LearnerModelKind;
  /** days at which to take the totals so far as well (each must be at most `days`): result.atHorizons */
  horizons?: readonly number[];
};

/**
 * Seconds per answer, the fsrs-rs simulator's defaults (SimulatorConfig: learn_costs, review_costs), measured on
 * Anki logs. A first exposure costs learn[grade]; a review costs review[grade]; every Again in review is followed by
 * one relearning answer the same day (the app's 10-minute step, Anki's too), charged and counted as a Good review.
 * For every scheduler alike, the hidden memory takes one same-day step answered Good after each first exposure
 * (unless Easy) and after each lapse (LearnerModel.sameDayStep), whatever the scheduler itself does with it.
 */
export const ANSWER_SECONDS = { learn: [33.79, 24.3, 13.68, 6.5], review: [23.0, 11.68, 7.33, 5.6] } as const;

/** The window, in days before each horizon, over which retention and knowledge "at the end" are averaged. */
export const RECENT_DAYS = 30;

/**
 * Shares of Hard, Good and Easy among right answers (a wrong answer is always Again).
 * - binary (default): right is Good, as the app grades objective items unless the learner changes the grade.
 * - graded: 10 % of right answers re-graded Hard and 10 % Easy with the grade buttons.
 * - anki: how Anki users press the buttons on reviews they pass, 22.4 % Hard, 63.1 % Good, 14.5 % Easy: the default
 *   review_rating_prob of the open-spaced-repetition simulators (fsrs-rs, SSP-MMC-FSRS), measured on Anki logs.
 */
export const GRADING_PROFILES = {
  binary: { hard: 0, easy: 0 },
  graded: { hard: 0.1, easy: 0.1 },
  anki: { hard: 0.224, easy: 0.145 },
} as const;
export type GradingProfile = keyof typeof GRADING_PROFILES;

function gradeFor(recalled: boolean, draw: number, grading: GradingProfile = "binary"): SimGrade {
  if (!recalled) return 1;
  const { hard, easy } = GRADING_PROFILES[grading];
  return draw < hard ? 2 : draw >= 1 - easy ? 4 : 3;
}

/** Totals for one learner, or summed over several (see addResults). */
export type SimulationTotals = {
  /** every answer, first exposures and relearning answers included */
  reviews: number;
  /** relearning answers (one after every Again in review) */
  relearning: number;
  /** study time in seconds (ANSWER_SECONDS) */
  seconds: number;
  /** over the last RECENT_DAYS days: sums of the day's mean retrievability and of its expected items known */
  recentRetrievabilitySum: number;
  recentKnowledgeSum: number;
  recentDays: number;
  introductions: number;
  /** scheduled (non-first) answers, and how many of them were recalled */
  scheduled: number;
  recalled: number;
  /** sum, over days on which the learner had met at least one item, of that day's mean true retrievability */
  retrievabilitySum: number;
  retrievabilityDays: number;
};

export type SimulationResult = SimulationTotals & {
  name: string;
  /** share of scheduled (non-first) answers recalled: favours schedulers that review early, so never compared on */
  recallRate: number;
  /**
   * The retention compared on: mean over learners and days of the mean true probability of recall, at the start of
   * the day, of every item introduced so far. Every scheduler meets the same items on the same days, so the
   * weighting is the same for all.
   */
  meanRetrievability: number;
  /** mean retrievability over the last RECENT_DAYS days */
  recentRetrievability: number;
  /** mean number of items a learner would recall, over the last RECENT_DAYS days */
  recentKnowledge: number;
  /** per learner, in learner order */
  learners: SimulationTotals[];
};

const ZERO: SimulationTotals = {
  reviews: 0,
  relearning: 0,
  seconds: 0,
  recentRetrievabilitySum: 0,
  recentKnowledgeSum: 0,
  recentDays: 0,
  introductions: 0,
  scheduled: 0,
  recalled: 0,
  retrievabilitySum: 0,
  retrievabilityDays: 0,
};

/** Sums totals in the order given, so results do not depend on which learner finished first. */
export function addTotals(parts: readonly SimulationTotals[]): SimulationTotals {
  const sum = { ...ZERO };
  for (const p of parts) {
    for (const key of Object.keys(sum) as (keyof SimulationTotals)[]) sum[key] += p[key];
  }
  return sum;
}

/** Results with their derived rates, from per-learner totals (of one run, or of several seeds pooled). */
export function summarize(name: string, learners: readonly SimulationTotals[]): SimulationResult {
  const t = addTotals(learners);
  return {
    name,
    ...t,
    recallRate: t.scheduled === 0 ? 0 : t.recalled / t.scheduled,
    meanRetrievability: t.retrievabilityDays === 0 ? 0 : t.retrievabilitySum / t.retrievabilityDays,
    recentRetrievability: t.recentDays === 0 ? 0 : t.recentRetrievabilitySum / t.recentDays,
    recentKnowledge: t.recentDays === 0 ? 0 : t.recentKnowledgeSum / t.recentDays,
    learners: [...learners],
  };
}

type ItemSim<S, M> = { memory: M; state: S; dueDay: number; answers: number };

function learnerModelFor(config: SimulationConfig, l: number): LearnerModel<unknown> {
  const random = createPrng(mixSeed(config.seed, l, 1));
  const spread = config.learnerSpread ?? 0.2;
  return (config.learnerModel === "hlr" ? hlrLearnerModel(random, spread) : fsrsLearnerModel(random, spread)) as LearnerModel<unknown>;
}

/** One learner's totals at each horizon (ascending, the last being config.days). */
async function simulateLearner<S>(scheduler: SimScheduler<S>, config: SimulationConfig, l: number): Promise<SimulationTotals[]> {
  const horizons = [...new Set([...(config.horizons ?? []).filter((h) => h > 0 && h < config.days), config.days])].sort((a, b) => a - b);
  const snapshots: SimulationTotals[] = [];
  const totals = { ...ZERO };
  const log: SimReview[] = [];
  const memory = learnerModelFor(config, l);
  const traitRandom = createPrng(mixSeed(config.seed, l, 2));
  const itemTraits = Array.from({ length: config.items }, () => ({
    difficultyOffset: (config.itemDifficultySpread ?? 1.5) * normal(traitRandom),
    // chance of knowing the fact already at first sight
    prior: 0.2 + 0.5 * traitRandom(),
  }));
  const items: (ItemSim<S, unknown> | null)[] = new Array(config.items).fill(null);
  let introduced = 0;
  let nextHorizon = 0;

  for (let day = 0; day < config.days; day++) {
    // knowledge at the start of the day, before any answer
    let daySum = 0;
    for (let i = 0; i < introduced; i++) {
      const item = items[i];
      if (item) daySum += memory.recall(item.memory, day);
    }
    if (introduced > 0) {
      totals.retrievabilitySum += daySum / introduced;
      totals.retrievabilityDays += 1;
      if (day >= (horizons[nextHorizon] ?? config.days) - RECENT_DAYS) {
        totals.recentRetrievabilitySum += daySum / introduced;
        totals.recentKnowledgeSum += daySum;
        totals.recentDays += 1;
      }
    }

    for (let i = 0; i < introduced; i++) {
      const item = items[i];
      if (!item || item.dueDay > day) continue;
      const p = memory.recall(item.memory, day);
      const ok = keyedUniform(config.seed, l, i, item.answers, 7) < p;
      const grade = gradeFor(ok, keyedUniform(config.seed, l, i, item.answers, 11), config.grading);
      item.memory = memory.next(item.memory, day, grade);
      if (!ok) item.memory = memory.sameDayStep(item.memory, day);
      const next = scheduler.review(item.state, grade, day, mixSeed(l, i));
      item.state = next.state;
      item.dueDay = Math.max(day + 1, next.dueDay);
      item.answers += 1;
      log.push({ item: i, day, grade });
      totals.reviews += 1;
      totals.scheduled += 1;
      totals.seconds += ANSWER_SECONDS.review[grade - 1] ?? 0;
      if (ok) totals.recalled += 1;
      else {
        totals.reviews += 1;
        totals.relearning += 1;
        totals.seconds += ANSWER_SECONDS.review[2];
      }
    }

    for (let n = 0; n < config.newPerDay && introduced < config.items; n++, introduced++) {
      const i = introduced;
      const traits = itemTraits[i] ?? { difficultyOffset: 0, prior: 0.5 };
      const grade = gradeFor(keyedUniform(config.seed, l, i, 0, 7) < traits.prior, keyedUniform(config.seed, l, i, 0, 11), config.grading);
      const started = scheduler.start(grade, day, mixSeed(l, i));
      const first = memory.first(grade, day, traits.difficultyOffset);
      items[i] = { memory: grade < 4 ? memory.sameDayStep(first, day) : first, state: started.state, dueDay: Math.max(day + 1, started.dueDay), answers: 1 };
      log.push({ item: i, day, grade });
      totals.reviews += 1;
      totals.introductions += 1;
      totals.seconds += ANSWER_SECONDS.learn[grade - 1] ?? 0;
    }

    if (scheduler.endOfDay) await scheduler.endOfDay(log, day);
    if (day + 1 === horizons[nextHorizon]) {
      snapshots.push({ ...totals, recentRetrievabilitySum: totals.recentRetrievabilitySum, recentKnowledgeSum: totals.recentKnowledgeSum, recentDays: totals.recentDays });
      totals.recentRetrievabilitySum = 0;
      totals.recentKnowledgeSum = 0;
      totals.recentDays = 0;
      nextHorizon += 1;
    }
  }
  return snapshots;
}

/**
 * Runs one scheduler over simulated learners. The learners, items and every recall draw depend only on the seed
 * and (learner, item, answer number), so all schedulers face the same people and the same luck. Learners run
 * concurrently (a fitting learner waits on the optimizer while the others go on); each is independent, and totals
 * are summed in learner order, so the result does not depend on timing.
 */
export async function simulateScheduler<S>(source: SimSchedulerSource<S>, config: SimulationConfig): Promise<SimulationResult & { atHorizons: SimulationResult[] }> {
  const schedulers = Array.from({ length: config.learners }, (_, l) => (typeof source === "function" ? source(l) : source));
  const perLearner = await Promise.all(schedulers.map((scheduler, l) => simulateLearner(scheduler, config, l)));
  const name = schedulers[0]?.name ?? "none";
  const atHorizons = (perLearner[0] ?? []).map((_, h) => summarize(name, perLearner.map((snapshots) => snapshots[h] as SimulationTotals)));
  return { ...(atHorizons.at(-1) ?? summarize(name, [])), atHorizons };
}
