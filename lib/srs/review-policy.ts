import { default_w, FSRSAlgorithm, get_fuzz_range, migrateParameters, State, type RecordLog } from "ts-fsrs";

/**
 * When to review a card, chosen to cost the fewest reviews for the knowledge kept, on FSRS's own memory model.
 *
 * Fixed desired retention (ts-fsrs's scheduler) reviews every card when its recall probability falls to the same
 * value. That is simple but not economical: in simulation with FSRS-6's default memory model it needs about as many
 * reviews as Anki's SM-2 for the same average retention (npm run bench:srs). This policy instead solves the
 * stochastic shortest-path problem SSP-MMC (Ye et al., KDD 2022; open-spaced-repetition/SSP-MMC-FSRS) poses, on
 * the learner's FSRS weights: in memory state (stability S, difficulty D), pick the interval t minimising
 *
 *   cost(S, D) = min_t  λ·∫₀ᵗ (1 − R(τ)) dτ  +  γᵗ · (1 + R(t)·cost(S_good, D_good) + (1 − R(t))·cost(S_again, D_again))
 *
 * that is, one review plus λ for every card-day forgotten, with future costs discounted by γ per day (γ = 0.997 values
 * the coming year most). States after the review come from ts-fsrs's FSRSAlgorithm.next_state, so memory evolves
 * exactly as FSRS models it. The solution reviews young memories at lower recall (about 0.8) and mature ones at higher
 * (0.95), and lets the hardest cards go longer.
 *
 * λ is set from the learner's desired retention (lambdaForRetention), so the setting keeps its meaning: higher
 * retention, more reviews.
 */

export const POLICY_DISCOUNT_PER_DAY = 0.997;

const S_MIN = 0.1;
const S_MAX = 36500;
const S_POINTS = 64;
const D_POINTS = 10;

/** Candidate intervals in days: every day to 20, then 10 % apart, up to 100 years. */
const INTERVALS: readonly number[] = (() => {
  const list: number[] = [];
  for (let t = 1; t <= S_MAX; t = t < 20 ? t + 1 : Math.round(t * 1.1)) list.push(t);
  return list;
})();

const LOG_MIN = Math.log(S_MIN);
const LOG_SPAN = Math.log(S_MAX) - LOG_MIN;

export type ReviewPolicy = {
  /** the interval, in whole days (at least 1), for a card now in this memory state */
  intervalFor(stability: number, difficulty: number): number;
  /** the probability of recall at which that interval would end */
  recallAtDue(stability: number, difficulty: number): number;
};

type Model = {
  algorithm: FSRSAlgorithm;
  decay: number;
  factor: number;
};

function modelFor(weights: readonly number[]): Model {
  const w = migrateParameters([...weights]);
  const decay = w[20] ?? 0.1542;
  return { algorithm: new FSRSAlgorithm({ w, enable_short_term: false }), decay, factor: Math.pow(0.9, -1 / decay) - 1 };
}

const recallAfter = (m: Model, t: number, s: number) => Math.pow(1 + (m.factor * t) / s, -m.decay);

/** Card-days forgotten over t days from a review: ∫₀ᵗ (1 − R(τ)) dτ, in closed form for FSRS-6's power curve. */
function forgottenDays(m: Model, t: number, s: number): number {
  const remembered = (s / (m.factor * (1 - m.decay))) * (Math.pow(1 + (m.factor * t) / s, 1 - m.decay) - 1);
  return t - remembered;
}

/** The grid cell holding a memory state (clamped to the grid): its lower corner's index and the fractions across. */
function gridCell(s: number, d: number): { cell: number; fx: number; fy: number } {
  const x = ((Math.log(Math.min(S_MAX, Math.max(S_MIN, s))) - LOG_MIN) / LOG_SPAN) * (S_POINTS - 1);
  const y = ((Math.min(10, Math.max(1, d)) - 1) / 9) * (D_POINTS - 1);
  const i = Math.min(S_POINTS - 2, Math.floor(x));
  const j = Math.min(D_POINTS - 2, Math.floor(y));
  return { cell: i * D_POINTS + j, fx: x - i, fy: y - j };
}

/** Bilinear interpolation of a grid of values inside one cell. */
function atCell(values: Float64Array, cell: number, fx: number, fy: number): number {
  const v00 = values[cell] as number;
  const v01 = values[cell + 1] as number;
  const v10 = values[cell + D_POINTS] as number;
  const v11 = values[cell + D_POINTS + 1] as number;
  return (1 - fx) * ((1 - fy) * v00 + fy * v01) + fx * ((1 - fy) * v10 + fy * v11);
}

/**
 * Solves the policy for these weights and λ by value iteration on a 64 × 10 grid of (log S, D) with every
 * transition precomputed; about 0.1-0.3 s. Deterministic: the same inputs give the same policy.
 */
export function solveReviewPolicy(weights: readonly number[], lambda: number, discount = POLICY_DISCOUNT_PER_DAY): ReviewPolicy {
  if (!(lambda > 0) || !Number.isFinite(lambda)) throw new RangeError(`λ must be a positive number, got ${lambda}.`);
  if (!(discount > 0 && discount < 1)) throw new RangeError(`The discount must be between 0 and 1, got ${discount}.`);
  const m = modelFor(weights);
  const states = S_POINTS * D_POINTS;
  const actions = INTERVALS.length;
  const size = states * actions;
  const recall = new Float64Array(size);
  const immediate = new Float64Array(size);
  // where each answer leads, as a grid cell (index of its lower corner) and the fractions across it
  const goodCell = new Int32Array(size);
  const goodFx = new Float64Array(size);
  const goodFy = new Float64Array(size);
  const againCell = new Int32Array(size);
  const againFx = new Float64Array(size);
  const againFy = new Float64Array(size);
  const discounts = INTERVALS.map((t) => Math.pow(discount, t));

  for (let i = 0; i < S_POINTS; i++) {
    const s = Math.exp(LOG_MIN + (LOG_SPAN * i) / (S_POINTS - 1));
    for (let j = 0; j < D_POINTS; j++) {
      const d = 1 + (9 * j) / (D_POINTS - 1);
      for (let a = 0; a < actions; a++) {
        const k = (i * D_POINTS + j) * actions + a;
        const { r, immediate: now, good, again } = review(m, lambda, s, d, INTERVALS[a] as number);
        recall[k] = r;
        immediate[k] = now;
        goodCell[k] = good.cell;
        goodFx[k] = good.fx;
        goodFy[k] = good.fy;
        againCell[k] = again.cell;
        againFx[k] = again.fx;
        againFy[k] = again.fy;
      }
    }
  }

  // Gauss-Seidel sweeps from the most stable states down: recall moves a card up in stability, so each sweep
  // already sees this sweep's values for where most answers lead.
  const cost = new Float64Array(states);
  for (let sweep = 0; sweep < 3000; sweep++) {
    let change = 0;
    for (let state = states - 1; state >= 0; state--) {
      let best = Infinity;
      for (let a = 0, k = state * actions; a < actions; a++, k++) {
        const r = recall[k] as number;
        const next = r * atCell(cost, goodCell[k] as number, goodFx[k] as number, goodFy[k] as number) + (1 - r) * atCell(cost, againCell[k] as number, againFx[k] as number, againFy[k] as number);
        const q = (immediate[k] as number) + (discounts[a] as number) * (1 + next);
        if (q < best) best = q;
      }
      change = Math.max(change, Math.abs(best - (cost[state] as number)) / best);
      cost[state] = best;
    }
    if (change < 1e-6) break;
  }

  const choose = (stability: number, difficulty: number) => {
    let best = Infinity;
    let bestT = 1;
    for (let a = 0; a < actions; a++) {
      const t = INTERVALS[a] as number;
      const { r, immediate: now, good, again } = review(m, lambda, stability, difficulty, t);
      const next = r * atCell(cost, good.cell, good.fx, good.fy) + (1 - r) * atCell(cost, again.cell, again.fx, again.fy);
      const q = now + (discounts[a] as number) * (1 + next);
      if (q < best) {
        best = q;
        bestT = t;
      }
    }
    return bestT;
  };
  return {
    intervalFor: (stability, difficulty) => {
      if (!(stability > 0) || !Number.isFinite(difficulty)) throw new RangeError(`Not a memory state: S=${stability}, D=${difficulty}.`);
      return choose(stability, difficulty);
    },
    recallAtDue: (stability, difficulty) => recallAfter(m, choose(stability, difficulty), stability),
  };
}

/**
 * A review t days after the last, from state (s, d): the recall probability then, the cost of the forgetting until
 * then (λ per card-day), and the grid cells where Good and Again lead. The solver precomputes these for every grid
 * state; intervalFor computes them at the card's exact state.
 */
function review(m: Model, lambda: number, s: number, d: number, t: number) {
  return {
    r: recallAfter(m, t, s),
    immediate: lambda * forgottenDays(m, t, s),
    good: gridCell(...memoryAfter(m, s, d, t, 3)),
    again: gridCell(...memoryAfter(m, s, d, t, 1)),
  };
}

function memoryAfter(m: Model, s: number, d: number, t: number, grade: 1 | 3): [number, number] {
  const next = m.algorithm.next_state({ stability: s, difficulty: d }, t, grade);
  return [next.stability, next.difficulty];
}

/**
 * λ (the weight of a forgotten card-day against one review) for each desired retention: the λ at which the policy
 * keeps the same mean probability of recall over a simulated year as ts-fsrs's fixed-retention scheduler at that
 * retention (FSRS-6 default weights, binary grading). Made by scripts/calibrate-review-policy.ts; desired retention
 * thus still means "this much remembered", and the policy reaches it with fewer reviews.
 */
export const RETENTION_LAMBDAS: readonly (readonly [retention: number, lambda: number])[] = [
  [0.7, 0.041],
  [0.75, 0.0607],
  [0.8, 0.0834],
  [0.85, 0.131],
  [0.88, 0.176],
  [0.9, 0.265],
  [0.92, 0.389],
  [0.94, 0.679],
  [0.96, 1.59],
  [0.97, 2.66],
];

/** λ for a desired retention, interpolated on log λ between the calibrated points. */
export function lambdaForRetention(desiredRetention: number): number {
  const points = RETENTION_LAMBDAS;
  const first = points[0] as readonly [number, number];
  const last = points[points.length - 1] as readonly [number, number];
  if (desiredRetention <= first[0]) return first[1];
  if (desiredRetention >= last[0]) return last[1];
  for (let k = 1; k < points.length; k++) {
    const [r1, l1] = points[k] as readonly [number, number];
    const [r0, l0] = points[k - 1] as readonly [number, number];
    if (desiredRetention <= r1) return Math.exp(Math.log(l0) + ((desiredRetention - r0) / (r1 - r0)) * (Math.log(l1) - Math.log(l0)));
  }
  return last[1];
}

const policies = new Map<string, ReviewPolicy>();
const CACHE_SIZE = 64;

/**
 * The policy for a learner's weights (FSRS-6 defaults when they have none) and desired retention, solved once per
 * process and kept (the 64 most recently used).
 */
export function reviewPolicyFor(weights: readonly number[] | undefined, desiredRetention: number): ReviewPolicy {
  const key = `${(weights ?? default_w).join(",")}|${desiredRetention}`;
  let policy = policies.get(key);
  if (policy) {
    policies.delete(key);
  } else {
    policy = solveReviewPolicy(weights ?? default_w, lambdaForRetention(desiredRetention));
    if (policies.size >= CACHE_SIZE) policies.delete(policies.keys().next().value as string);
  }
  policies.set(key, policy);
  return policy;
}

export type PassingGrade = 2 | 3 | 4;
/** The memory state FSRS gives the card after a passing grade, and whether that grade leaves it in review. */
export type PassingOutcome = { stability: number; difficulty: number; inReview: boolean };

/** Hard, Good and Easy's outcomes from ts-fsrs's preview of every grade (FSRS.repeat). */
export function passingOutcomes(record: RecordLog): Record<PassingGrade, PassingOutcome> {
  const outcome = (grade: PassingGrade): PassingOutcome => {
    const { stability, difficulty, state } = record[grade].card;
    return { stability, difficulty, inReview: state === State.Review };
  };
  return { 2: outcome(2), 3: outcome(3), 4: outcome(4) };
}

/**
 * Days to the next review for each passing grade that leaves the card in review (Hard, Good, Easy), as the policy
 * chooses them, fuzzed with ts-fsrs's fuzz range from one uniform draw per answer (null: no fuzz), kept within the
 * maximum interval and ordered as ts-fsrs orders them: Hard no later than Good, Easy at least a day after Good.
 */
export function policyIntervals(
  outcomes: Readonly<Record<PassingGrade, PassingOutcome>>,
  policy: ReviewPolicy,
  options: { fuzzDraw: number | null; elapsedDays: number; maximumIntervalDays: number },
): Partial<Record<PassingGrade, number>> {
  const days: Partial<Record<PassingGrade, number>> = {};
  for (const grade of [2, 3, 4] as const) {
    const outcome = outcomes[grade];
    if (!outcome.inReview) continue;
    let interval = Math.min(options.maximumIntervalDays, policy.intervalFor(outcome.stability, outcome.difficulty));
    if (options.fuzzDraw !== null) {
      const { min_ivl, max_ivl } = get_fuzz_range(interval, options.elapsedDays, options.maximumIntervalDays);
      interval = Math.floor(options.fuzzDraw * (max_ivl - min_ivl + 1) + min_ivl);
    }
    days[grade] = Math.max(1, interval);
  }
  const cap = options.maximumIntervalDays;
  if (days[2] !== undefined && days[3] !== undefined) days[2] = Math.min(days[2], days[3]);
  if (days[3] !== undefined && days[2] !== undefined) days[3] = Math.min(cap, Math.max(days[3], days[2] + 1));
  if (days[4] !== undefined && days[3] !== undefined) days[4] = Math.min(cap, Math.max(days[4], days[3] + 1));
  return days;
}
