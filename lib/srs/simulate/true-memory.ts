import { clamp, default_w, FSRSAlgorithm, forgetting_curve } from "ts-fsrs";
import { normal } from "@/lib/srs/seeded-random";

/** The hidden memory of one simulated item: what the learner really knows, which no scheduler sees. */
export type TrueMemory = { stability: number; difficulty: number; lastDay: number };

/**
 * A simulated learner's memory, hidden from every scheduler: how an item starts, how likely it is recalled some
 * days later, and what an answer does to it.
 */
export type LearnerModel<M> = {
  first(grade: 1 | 2 | 3 | 4, day: number, difficultyOffset: number): M;
  recall(memory: M, day: number): number;
  next(memory: M, day: number, grade: 1 | 2 | 3 | 4): M;
  /** a same-day step answered Good (after a first exposure or a lapse): what it does to memory, if anything */
  sameDayStep(memory: M, day: number): M;
};

/** Which memory the simulated learners have: FSRS-6's own model family, or half-life regression (not FSRS). */
export type LearnerModelKind = "fsrs" | "hlr";

/** A simulated learner: FSRS-6 default dynamics with personal weights. */
export type TrueLearner = { weights: number[]; algorithm: FSRSAlgorithm };

/**
 * FSRS-6's default weights, perturbed per learner (log-normal, about `spread`): initial stabilities, the growth of
 * stability on recall (w8), its dependence on stability (w9) and on recall at review (w10, the spacing effect), the
 * loss on a lapse (w11), and the forgetting curve's decay (w20, kept within ts-fsrs's 0.1-0.8). The first six are
 * drawn first, so learners of earlier runs keep those.
 */
export function createTrueLearner(random: () => number, spread = 0.2): TrueLearner {
  const weights = [...default_w];
  for (const i of [0, 1, 2, 3, 8, 11, 9, 10, 20]) weights[i] = (weights[i] ?? 0) * Math.exp(spread * normal(random));
  weights[20] = clamp(weights[20] ?? 0.1542, 0.1, 0.8);
  // short-term on: FSRS-6 models what a same-day step does to memory (w17-w19)
  return { weights, algorithm: new FSRSAlgorithm({ w: weights, enable_short_term: true }) };
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

export function fsrsLearnerModel(random: () => number, spread = 0.2): LearnerModel<TrueMemory> {
  const learner = createTrueLearner(random, spread);
  return {
    first: (grade, day, offset) => firstMemory(learner, grade, day, offset),
    recall: (memory, day) => recallProbability(learner, memory, day),
    next: (memory, day, grade) => nextMemory(learner, memory, day, grade),
    sameDayStep: (memory, day) => nextMemory(learner, memory, day, 3),
  };
}

/** Half-life regression memory: counts of right and wrong answers, the item's own bias, the last answer's day. */
export type HlrMemory = { right: number; wrong: number; bias: number; lastDay: number };

/**
 * A learner whose memory is not FSRS's: half-life regression (Settles & Meeder, ACL 2016, Duolingo). Recall decays
 * exponentially, p = 2^(−Δ/h), with half-life h = 2^(θ_b + θ_r·√(1+right) + θ_w·√(1+wrong) + item bias) days.
 * Unlike FSRS, the gain from a review does not depend on when it happens (no spacing effect) and forgetting is
 * exponential, not a power law. θ (per learner, spread log-normally) gives a half-life of about 4 days after the
 * first exposure (FSRS-6's default stability after Good, 2.3 days at 90 %, is a half-life of 15), 12 after one right
 * answer, 60 after three, 400 after six, 2,500 after ten; each wrong answer shortens it by a quarter or less, never
 * below where it started.
 */
export function hlrLearnerModel(random: () => number, spread = 0.2): LearnerModel<HlrMemory> {
  const thetaRight = 4 * Math.exp(spread * normal(random));
  const thetaWrong = -1 * Math.exp(spread * normal(random));
  const thetaBase = 2 - thetaRight - thetaWrong + 2 * spread * normal(random);
  // Never below the first exposure's half-life: relearning restores at least that. Without the floor, wrong answers
  // pile up on a hard item until its half-life is hours and it fails every day for ever (a spiral, not a memory).
  const floor = thetaBase + thetaRight + thetaWrong;
  const halfLife = (m: HlrMemory) => Math.pow(2, Math.max(floor, thetaBase + thetaRight * Math.sqrt(1 + m.right) + thetaWrong * Math.sqrt(1 + m.wrong)) + m.bias);
  return {
    // a right first answer means the fact was known already: it counts as one right answer
    first: (grade, day, offset) => ({ right: grade > 1 ? 1 : 0, wrong: 0, bias: -0.3 * offset, lastDay: day }),
    recall: (m, day) => Math.pow(2, -Math.max(0, day - m.lastDay) / halfLife(m)),
    next: (m, day, grade) => (grade > 1 ? { ...m, right: m.right + 1, lastDay: day } : { ...m, wrong: m.wrong + 1, lastDay: day }),
    // HLR counts answers in separate sessions; a step minutes later, right after seeing the answer, adds nothing
    sameDayStep: (m) => m,
  };
}
