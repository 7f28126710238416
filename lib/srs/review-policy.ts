import { default_w } from "ts-fsrs";

/**
 * What the learner's "desired retention" asks of ts-fsrs. The app schedules with plain FSRS (ts-fsrs's own
 * scheduler, intervals and fuzz); only the meaning of the setting is the app's own.
 *
 * The setting is what the settings page says it is: the share of what the learner has studied that they remember on
 * an average day (mean probability of recall over time). ts-fsrs's request_retention is something else: the
 * probability of recall on the day a card comes due, the lowest point of each interval. Reviewing every card when
 * recall falls to r keeps mean recall well above r (0.95 for r = 0.90). So the app asks ts-fsrs for the recall at due
 * whose mean over an interval equals the setting.
 *
 * History (issue 12): the days used to come from an SSP-MMC-style solve (value iteration over stability and
 * difficulty, λ per setting). An audit showed it sent forgotten cards away for weeks at low settings, capped mature
 * cards at months, gave harder cards longer intervals, and let "90 %" mean 95-97 % remembered; once those are ruled
 * out it no longer beats plain FSRS in the benchmark (npm run bench:srs). A sound scheduler beats a clever one.
 */

/** FSRS's forgetting curve R(t) = (1 + factor·t/S)^(−decay), with R(S) = 0.9: decay from the weights (w20). */
export function decayOf(weights: readonly number[] | undefined): number {
  const w = weights ?? default_w;
  // FSRS-4.5 and FSRS-5 weights (17 and 19 numbers) have no w20: their curve's decay is fixed at 0.5
  return w.length >= 21 ? (w[20] as number) : 0.5;
}

/**
 * Mean probability of recall over one interval that ends at recall `recallAtDue`: (1/T)∫₀ᵀ R(t) dt in closed form.
 * The power curve is scale-free in t/S, so this depends on the decay alone, not on stability: every interval of
 * a fixed-retention scheduler has the same mean.
 */
export function meanRecallOverInterval(recallAtDue: number, decay: number): number {
  if (recallAtDue >= 1) return 1;
  const x = Math.pow(recallAtDue, -1 / decay) - 1; // factor·T/S
  if (x < 1e-9) return 1 - (decay * x) / 2;
  return (Math.pow(1 + x, 1 - decay) - 1) / ((1 - decay) * x);
}

/** No setting asks ts-fsrs to let recall fall below this. */
export const MIN_RECALL_AT_DUE = 0.5;

/**
 * The recall at due (ts-fsrs's request_retention) whose mean recall over each whole interval is `mean`, for a
 * learner with these weights (their decay shapes the curve). Bisection: the mean rises with recall at due.
 */
export function recallAtDueForMean(mean: number, weights?: readonly number[]): number {
  if (!(mean > 0 && mean < 1)) throw new RangeError(`Desired retention must be between 0 and 1, got ${mean}.`);
  const decay = decayOf(weights);
  let lo = MIN_RECALL_AT_DUE;
  let hi = mean;
  if (meanRecallOverInterval(lo, decay) >= mean) return lo;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (meanRecallOverInterval(mid, decay) < mean) lo = mid;
    else hi = mid;
  }
  return Math.round(hi * 1e6) / 1e6;
}

/**
 * Whole intervals are not what a learner lives through: at any moment each card is part-way into its current
 * interval, and as intervals grow (years, at low settings) that part is early and well remembered, so aiming each
 * interval's mean at the setting leaves the learner's actual mean above it (0.74 after a year at a setting of 0.70).
 * Each setting therefore aims the whole-interval mean a little lower: these targets made the simulated mean recall
 * of a learner with FSRS-6's default memory match the setting on average over 1, 3 and 5 years
 * (scripts/calibrate-desired-retention.ts).
 */
export const INTERVAL_MEAN_FOR_SETTING: readonly (readonly [setting: number, intervalMean: number])[] = [
  [0.7, 0.6579],
  [0.75, 0.7124],
  [0.8, 0.77],
  [0.85, 0.8297],
  [0.9, 0.8899],
  [0.94, 0.9381],
  [0.97, 0.9737],
];

/** The whole-interval mean to aim at for a setting, interpolated linearly between the calibrated points. */
export function intervalMeanFor(desiredRetention: number): number {
  const points = INTERVAL_MEAN_FOR_SETTING;
  const first = points[0] as readonly [number, number];
  const last = points[points.length - 1] as readonly [number, number];
  if (desiredRetention <= first[0]) return first[1] - (first[0] - desiredRetention);
  if (desiredRetention >= last[0]) return last[1] + (desiredRetention - last[0]);
  for (let k = 1; k < points.length; k++) {
    const [x1, y1] = points[k] as readonly [number, number];
    const [x0, y0] = points[k - 1] as readonly [number, number];
    if (desiredRetention <= x1) return y0 + ((desiredRetention - x0) / (x1 - x0)) * (y1 - y0);
  }
  return last[1];
}

const recallAtDueCache = new Map<string, number>();

/**
 * The recall at due ts-fsrs is asked for, for a learner's desired retention and weights. Microseconds to compute,
 * and remembered per (setting, decay): the answer path never waits on it.
 */
export function recallAtDueFor(desiredRetention: number, weights?: readonly number[]): number {
  if (!(desiredRetention > 0 && desiredRetention < 1)) throw new RangeError(`Desired retention must be between 0 and 1, got ${desiredRetention}.`);
  const decay = decayOf(weights);
  const key = `${desiredRetention}|${decay}`;
  let value = recallAtDueCache.get(key);
  if (value === undefined) {
    value = recallAtDueForMean(intervalMeanFor(desiredRetention), weights);
    // a handful of settings and decays in practice; the bound only guards against unbounded growth
    if (recallAtDueCache.size >= 4096) recallAtDueCache.clear();
    recallAtDueCache.set(key, value);
  }
  return value;
}
