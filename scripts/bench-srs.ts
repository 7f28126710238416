/**
 * Scheduling benchmark: simulated learners study synthetic items for a year under FSRS, SM-2 and Leitner boxes.
 * The hidden "true" memory is FSRS-6's default model with per-learner weights and per-item difficulty; every recall
 * is drawn from it with a seeded PRNG keyed by (learner, item, answer number), so the run is deterministic and all
 * schedulers face the same learners and the same luck. Caveat: the truth is FSRS's own model family, which if
 * anything favours FSRS.
 *
 * Retention is the mean true probability of recall over every introduced item at the start of every day. FSRS is
 * compared with each baseline at the lowest desired retention (0.01 grid) that reaches at least the baseline's
 * retention, so never at a lower one.
 *
 * Two grading scenarios: "graded" (learners also pick Hard or Easy for some right answers) and "binary" (right is
 * Good, wrong is Again: how this app grades objective items). The last line is the binary one.
 *
 * Usage: npm run bench:srs [-- --learners 10 --items 300 --days 365 --new-per-day 20 --seed 20261122]
 */
import { fsrsSimScheduler, leitnerSimScheduler, sm2SimScheduler } from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler, type SimulationConfig, type SimulationResult } from "@/lib/srs/simulate/simulate-scheduler";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const base: SimulationConfig = {
  seed: option("seed", 20261122),
  learners: option("learners", 10),
  items: option("items", 300),
  days: option("days", 365),
  newPerDay: option("new-per-day", 20),
};

function line(r: SimulationResult, learners: number): string {
  return `${r.name.padEnd(24)} reviews=${String(r.reviews).padStart(7)}  per_learner=${(r.reviews / learners).toFixed(0).padStart(5)}  mean_retrievability=${r.meanRetrievability.toFixed(4)}  recall_rate=${r.recallRate.toFixed(4)}`;
}

/** Reviews FSRS needs per baseline review at equal or higher retention, for each baseline; null if unreachable. */
function compare(config: SimulationConfig): { sm2: number | null; leitner: number | null } {
  const fsrsRuns = new Map<number, SimulationResult>();
  const runFsrs = (percent: number) => {
    let result = fsrsRuns.get(percent);
    if (!result) {
      result = simulateScheduler(fsrsSimScheduler(percent / 100), config);
      fsrsRuns.set(percent, result);
    }
    return result;
  };
  // Achieved retention rises with desired retention, so bisect on the grid.
  const matchRetention = (target: number): SimulationResult | null => {
    let low = 70;
    let high = 99;
    if (runFsrs(high).meanRetrievability < target) return null;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (runFsrs(mid).meanRetrievability >= target) high = mid;
      else low = mid + 1;
    }
    return runFsrs(high);
  };

  console.log(`\n== grading=${config.grading} learners=${config.learners} items=${config.items} days=${config.days} new_per_day=${config.newPerDay} seed=${config.seed}`);
  const sm2 = simulateScheduler(sm2SimScheduler(), config);
  const leitner = simulateScheduler(leitnerSimScheduler(), config);
  for (const r of [runFsrs(90), sm2, leitner]) console.log(line(r, config.learners));

  const ratios = { sm2: null as number | null, leitner: null as number | null };
  for (const [key, baseline] of [["leitner", leitner], ["sm2", sm2]] as const) {
    const matched = matchRetention(baseline.meanRetrievability);
    if (!matched) {
      console.log(`vs ${baseline.name}: FSRS cannot reach its retention even at desired retention 0.99`);
      continue;
    }
    const ratio = matched.reviews / baseline.reviews;
    ratios[key] = ratio;
    const verdict = ratio < 1 ? `${((1 - ratio) * 100).toFixed(1)}% fewer` : `${((ratio - 1) * 100).toFixed(1)}% more`;
    console.log(`vs ${baseline.name.padEnd(8)} ${line(matched, config.learners)}`);
    console.log(`vs ${baseline.name.padEnd(8)} FSRS needs ${verdict} reviews at equal or higher retention (${matched.meanRetrievability.toFixed(4)} >= ${baseline.meanRetrievability.toFixed(4)})`);
  }
  return ratios;
}

const started = performance.now();
const format = (ratio: number | null) => (ratio === null ? "n/a" : ratio.toFixed(3));
const graded = compare({ ...base, grading: "graded" });
console.log(`graded_fsrs_reviews_per_sm2_review=${format(graded.sm2)}`);
const binary = compare({ ...base, grading: "binary" });
console.log(`\nelapsed_ms=${Math.round(performance.now() - started)}`);
console.log(`fsrs_reviews_per_leitner_review=${format(binary.leitner)}`);
console.log(`fsrs_reviews_per_sm2_review=${format(binary.sm2)}`);
