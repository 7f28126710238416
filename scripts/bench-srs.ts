/**
 * Scheduling benchmark: simulated learners study synthetic items for a year under FSRS, SM-2 and Leitner boxes.
 * The hidden "true" memory is FSRS-6's default model with per-learner weights and per-item difficulty, and every
 * recall is drawn from it with a seeded PRNG, so the run is deterministic. Caveat: the truth is FSRS's own model
 * family, which favours FSRS; the comparison is fair between schedulers only in that all face the same learners.
 *
 * Usage: npm run bench:srs [-- --learners 10 --items 300 --days 365 --seed 20261122]
 */
import { fsrsSimScheduler, leitnerSimScheduler, sm2SimScheduler } from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler, type SimulationConfig, type SimulationResult } from "@/lib/srs/simulate/simulate-scheduler";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const config: SimulationConfig = {
  seed: option("seed", 20261122),
  learners: option("learners", 10),
  items: option("items", 300),
  days: option("days", 365),
  newPerDay: option("new-per-day", 20),
};

function line(r: SimulationResult): string {
  return `${r.name.padEnd(24)} reviews=${String(r.reviews).padStart(7)}  per_learner=${(r.reviews / config.learners).toFixed(0).padStart(5)}  mean_retrievability=${r.meanRetrievability.toFixed(4)}  recall_rate=${r.recallRate.toFixed(4)}`;
}

const started = performance.now();
const fsrsRuns = new Map<number, SimulationResult>();
const runFsrs = (retention: number) => {
  const key = Math.round(retention * 100);
  let result = fsrsRuns.get(key);
  if (!result) {
    result = simulateScheduler(fsrsSimScheduler(key / 100), config);
    fsrsRuns.set(key, result);
  }
  return result;
};

console.log(`config learners=${config.learners} items=${config.items} days=${config.days} new_per_day=${config.newPerDay} seed=${config.seed}`);
const sm2 = simulateScheduler(sm2SimScheduler(), config);
const leitner = simulateScheduler(leitnerSimScheduler(), config);
const fsrsDefault = runFsrs(0.9);
for (const r of [fsrsDefault, sm2, leitner]) console.log(line(r));

/**
 * Equal-retention comparison against a baseline: the lowest desired retention on a 0.01 grid (0.70-0.99) whose
 * achieved mean retrievability is at least the baseline's, found by bisection (achieved retention rises with desired
 * retention). Conservative: FSRS is compared at equal or higher retention, never lower.
 */
function matchRetention(baseline: SimulationResult): SimulationResult | null {
  let low = 70;
  let high = 99;
  if (runFsrs(high / 100).meanRetrievability < baseline.meanRetrievability) return null;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (runFsrs(mid / 100).meanRetrievability >= baseline.meanRetrievability) high = mid;
    else low = mid + 1;
  }
  return runFsrs(high / 100);
}

const ratios = new Map<string, number>();
for (const baseline of [leitner, sm2]) {
  const matched = matchRetention(baseline);
  if (!matched) {
    console.log(`vs ${baseline.name}: FSRS cannot reach its retention even at desired retention 0.99`);
    continue;
  }
  const ratio = matched.reviews / baseline.reviews;
  ratios.set(baseline.name, ratio);
  console.log(`vs ${baseline.name}: ${line(matched)}  (lowest desired retention with mean_retrievability >= ${baseline.meanRetrievability.toFixed(4)})`);
  console.log(`vs ${baseline.name}: FSRS needs ${ratio < 1 ? `${((1 - ratio) * 100).toFixed(1)}% fewer` : `${((ratio - 1) * 100).toFixed(1)}% more`} reviews at equal or higher retention`);
}
console.log(`elapsed_ms=${Math.round(performance.now() - started)}`);
if (ratios.has("Leitner")) console.log(`fsrs_reviews_per_leitner_review=${(ratios.get("Leitner") ?? 0).toFixed(3)}`);
console.log(`fsrs_reviews_per_sm2_review=${ratios.has("SM-2") ? (ratios.get("SM-2") ?? 0).toFixed(3) : "n/a"}`);
