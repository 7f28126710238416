import { clamp, default_w, FSRSAlgorithm, forgetting_curve } from "ts-fsrs";
import { normal } from "@/lib/srs/seeded-random";

/** The hidden memory of one simulated item: what the learner really knows, which no scheduler sees. */
export type TrueMemory = { stability: number; difficulty: number; lastDay: number };

/** A simulated learner: FSRS-6 default dynamics with personal weights. */
export type TrueLearner = { weights: number[]; algorithm: FSRSAlgorithm };

/**
 * FSRS-6's default weights, perturbed per learner (log-normal, about 20 %) on what varies most between people:
 * initial stabilities, the growth of stability on recall and its loss on a lapse.
 */
export function createTrueLearner(random: () => number, spread = 0.2): TrueLearner {
  const weights = [...default_w];
  for (const i of [0, 1, 2, 3, 8, 11]) weights[i] = (weights[i] ?? 0) * Math.exp(spread * normal(random));
  return { weights, algorithm: new FSRSAlgorithm({ w: weights, enable_short_term: false }) };
}

export function recallProbability(learner: TrueLearner, memory: TrueMemory, day: number): number {
  return forgetting_curve(learner.weights, Math.max(0, day - memory.lastDay), memory.stability);
}

/**
 * First exposure: memory as FSRS-6 would start it for that grade, with a per-item difficulty offset (some facts are
 * simply harder for this learner), kept within FSRS's 1-10 range.
 */
export function firstMemory(learner: TrueLearner, grade: 1 | 2 | 3 | 4, day: number, difficultyOffset: number): TrueMemory {
  const start = learner.algorithm.next_state(null, 0, grade);
  return { stability: start.stability, difficulty: clamp(start.difficulty + difficultyOffset, 1, 10), lastDay: day };
}

export function nextMemory(learner: TrueLearner, memory: TrueMemory, day: number, grade: 1 | 2 | 3 | 4): TrueMemory {
  const t = Math.max(0, day - memory.lastDay);
  const next = learner.algorithm.next_state(memory, t, grade, recallProbability(learner, memory, day));
  return { stability: next.stability, difficulty: next.difficulty, lastDay: day };
}
