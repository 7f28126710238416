import { createPrng, keyedUniform, mixSeed, normal } from "./create-prng";
import { createTrueLearner, firstMemory, nextMemory, recallProbability, type TrueMemory } from "./true-memory";

/** Again, Hard, Good, Easy; with binary grading only Again and Good occur, as objective items give them. */
export type SimGrade = 1 | 2 | 3 | 4;

/** A scheduler under test: it sees only grades and days, never the hidden memory. */
export type SimScheduler<S> = {
  name: string;
  start(grade: SimGrade, day: number, itemKey: number): { state: S; dueDay: number };
  review(state: S, grade: SimGrade, day: number, itemKey: number): { state: S; dueDay: number };
};

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
  /**
   * "binary" (default): right is Good, wrong is Again, as the app grades objective items. "graded": the learner also
   * re-grades right answers, Hard for 10 % and Easy for 10 % of them, as the grade buttons allow.
   */
  grading?: "binary" | "graded";
};

function gradeFor(recalled: boolean, draw: number, grading: SimulationConfig["grading"]): SimGrade {
  if (!recalled) return 1;
  if (grading !== "graded") return 3;
  return draw < 0.1 ? 2 : draw >= 0.9 ? 4 : 3;
}

export type SimulationResult = {
  name: string;
  /** every answer, first exposures included */
  reviews: number;
  introductions: number;
  /** share of scheduled (non-first) answers recalled */
  recallRate: number;
  /** mean over learners, days and introduced items of the true probability of recall at the start of the day */
  meanRetrievability: number;
};

type ItemSim<S> = { memory: TrueMemory; state: S; dueDay: number; answers: number };

/**
 * Runs one scheduler over simulated learners. The learners, items and every recall draw depend only on the seed
 * and (learner, item, answer number), so all schedulers face the same people and the same luck.
 */
export function simulateScheduler<S>(scheduler: SimScheduler<S>, config: SimulationConfig): SimulationResult {
  let reviews = 0;
  let introductions = 0;
  let scheduled = 0;
  let recalled = 0;
  let retrievabilitySum = 0;
  let retrievabilityCount = 0;

  for (let l = 0; l < config.learners; l++) {
    const learner = createTrueLearner(createPrng(mixSeed(config.seed, l, 1)), config.learnerSpread ?? 0.2);
    const traitRandom = createPrng(mixSeed(config.seed, l, 2));
    const itemTraits = Array.from({ length: config.items }, () => ({
      difficultyOffset: (config.itemDifficultySpread ?? 1.5) * normal(traitRandom),
      // chance of knowing the fact already at first sight
      prior: 0.2 + 0.5 * traitRandom(),
    }));
    const items: (ItemSim<S> | null)[] = new Array(config.items).fill(null);
    let introduced = 0;

    for (let day = 0; day < config.days; day++) {
      // knowledge at the start of the day, before any answer
      let daySum = 0;
      for (let i = 0; i < introduced; i++) {
        const item = items[i];
        if (item) daySum += recallProbability(learner, item.memory, day);
      }
      if (introduced > 0) {
        retrievabilitySum += daySum / introduced;
        retrievabilityCount += 1;
      }

      for (let i = 0; i < introduced; i++) {
        const item = items[i];
        if (!item || item.dueDay > day) continue;
        const p = recallProbability(learner, item.memory, day);
        const ok = keyedUniform(config.seed, l, i, item.answers, 7) < p;
        const grade = gradeFor(ok, keyedUniform(config.seed, l, i, item.answers, 11), config.grading);
        item.memory = nextMemory(learner, item.memory, day, grade);
        const next = scheduler.review(item.state, grade, day, mixSeed(l, i));
        item.state = next.state;
        item.dueDay = Math.max(day + 1, next.dueDay);
        item.answers += 1;
        reviews += 1;
        scheduled += 1;
        if (ok) recalled += 1;
      }

      for (let n = 0; n < config.newPerDay && introduced < config.items; n++, introduced++) {
        const i = introduced;
        const traits = itemTraits[i] ?? { difficultyOffset: 0, prior: 0.5 };
        const grade = gradeFor(keyedUniform(config.seed, l, i, 0, 7) < traits.prior, keyedUniform(config.seed, l, i, 0, 11), config.grading);
        const started = scheduler.start(grade, day, mixSeed(l, i));
        items[i] = { memory: firstMemory(learner, grade, day, traits.difficultyOffset), state: started.state, dueDay: Math.max(day + 1, started.dueDay), answers: 1 };
        reviews += 1;
        introductions += 1;
      }
    }
  }
  return {
    name: scheduler.name,
    reviews,
    introductions,
    recallRate: scheduled === 0 ? 0 : recalled / scheduled,
    meanRetrievability: retrievabilityCount === 0 ? 0 : retrievabilitySum / retrievabilityCount,
  };
}
