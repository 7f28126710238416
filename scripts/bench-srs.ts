/**
 * Scheduling benchmark: simulated learners study synthetic items for a year under FSRS (population default weights,
 * and personal weights fitted on each learner's own log as the app does), SM-2 (Anki's default deck options, and
 * SuperMemo's original) and Leitner boxes.
 *
 * The hidden "true" memory is FSRS-6's default model with per-learner weights (log-normal noise) and per-item
 * difficulty; every recall is drawn from it with a seeded PRNG keyed by (seed, learner, item, answer number), so the
 * run is deterministic and all schedulers face the same learners and the same luck. Caveat: the truth is FSRS's own
 * model family, which if anything favours FSRS.
 *
 * Retention is the mean true probability of recall over every introduced item at the start of every day (not the
 * recall rate at review, which favours schedulers that review early). FSRS is compared with each baseline at the
 * lowest desired retention (0.01 steps, within the app's 0.70-0.97) whose pooled retention is at least the
 * baseline's, never at a lower one. Several seeds (each a fresh set of learners) give the spread; the headline
 * ratio pools them. The last line compares the personal-weights arm, which is what the app runs, with Anki's SM-2.
 *
 * Usage: npm run bench:srs [-- --seeds 4 --learners 8 --items 300 --days 365 --new-per-day 20 --seed 20261122
 *        --grading binary|graded --learner-spread 0.2]
 */
import { ankiSm2SimScheduler, fsrsPersonalSimScheduler, fsrsSimScheduler, leitnerSimScheduler, superMemoSm2SimScheduler } from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler, summarize, type SimSchedulerSource, type SimulationConfig, type SimulationResult } from "@/lib/srs/simulate/simulate-scheduler";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}
const gradingArg = process.argv.indexOf("--grading");
const grading = gradingArg >= 0 ? process.argv[gradingArg + 1] : "binary";
if (grading !== "binary" && grading !== "graded") throw new Error("--grading is binary or graded");

const seedCount = option("seeds", 4);
const firstSeed = option("seed", 20261122);
const seeds = Array.from({ length: seedCount }, (_, k) => firstSeed + k);
const base: Omit<SimulationConfig, "seed"> = {
  learners: option("learners", 8),
  items: option("items", 300),
  days: option("days", 365),
  newPerDay: option("new-per-day", 20),
  learnerSpread: option("learner-spread", 0.2),
  grading,
};
const MIN_PERCENT = 70; // the app's desired-retention range
const MAX_PERCENT = 97;

type ArmKey = "fsrs" | "personal" | "sm2" | "supermemo" | "leitner";
const makeArm: Record<ArmKey, (percent: number) => SimSchedulerSource<never>> = {
  fsrs: (p) => fsrsSimScheduler(p / 100) as SimSchedulerSource<never>,
  personal: (p) => fsrsPersonalSimScheduler(p / 100) as SimSchedulerSource<never>,
  sm2: () => ankiSm2SimScheduler() as SimSchedulerSource<never>,
  supermemo: () => superMemoSm2SimScheduler() as SimSchedulerSource<never>,
  leitner: () => leitnerSimScheduler() as SimSchedulerSource<never>,
};

const runs = new Map<string, Promise<SimulationResult>>();
/** One seed's run, cached: FSRS arms are probed at several desired retentions. */
function runSeed(arm: ArmKey, seed: number, percent = 0): Promise<SimulationResult> {
  const key = `${arm}:${seed}:${percent}`;
  let run = runs.get(key);
  if (!run) {
    run = simulateScheduler(makeArm[arm](percent), { ...base, seed });
    runs.set(key, run);
  }
  return run;
}
/** All seeds pooled: every learner of every seed, summed in seed order. */
async function runPooled(arm: ArmKey, percent = 0): Promise<SimulationResult> {
  const results = await Promise.all(seeds.map((seed) => runSeed(arm, seed, percent)));
  return summarize(results[0]?.name ?? arm, results.flatMap((r) => r.learners));
}

/**
 * The lowest desired retention (percent) whose run reaches the target retention, searched one step at a time from a
 * guess (achieved retention rises with desired retention); null when even the app's maximum falls short.
 */
async function lowestReaching(run: (percent: number) => Promise<SimulationResult>, target: number, guess: number): Promise<number | null> {
  let percent = Math.min(MAX_PERCENT, Math.max(MIN_PERCENT, guess));
  if ((await run(percent)).meanRetrievability >= target) {
    while (percent > MIN_PERCENT && (await run(percent - 1)).meanRetrievability >= target) percent -= 1;
    return percent;
  }
  while (percent < MAX_PERCENT) {
    percent += 1;
    if ((await run(percent)).meanRetrievability >= target) return percent;
  }
  return null;
}

const perLearner = (r: SimulationResult) => r.reviews / r.learners.length;
function line(r: SimulationResult): string {
  return `${r.name.padEnd(34)} reviews=${String(r.reviews).padStart(7)}  per_learner=${perLearner(r).toFixed(0).padStart(5)}  mean_true_retention=${r.meanRetrievability.toFixed(4)}  recall_rate_at_review=${r.recallRate.toFixed(4)}`;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => (xs.length < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1)));

type Comparison = { pooled: number | null; perSeed: (number | null)[] };

/** FSRS arm vs a baseline: pooled ratio at the pooled match, and each seed's ratio at that seed's own match. */
async function compare(arm: "fsrs" | "personal", baseline: ArmKey, guess: number): Promise<{ comparison: Comparison; percent: number | null }> {
  const target = await runPooled(baseline);
  const percent = await lowestReaching((p) => runPooled(arm, p), target.meanRetrievability, guess);
  const perSeed: (number | null)[] = [];
  for (const seed of seeds) {
    const seedTarget = await runSeed(baseline, seed);
    const seedPercent = await lowestReaching((p) => runSeed(arm, seed, p), seedTarget.meanRetrievability, percent ?? guess);
    perSeed.push(seedPercent === null ? null : (await runSeed(arm, seed, seedPercent)).reviews / seedTarget.reviews);
  }
  if (percent === null) {
    console.log(`${arm} vs ${target.name}: FSRS cannot reach its retention even at desired retention ${MAX_PERCENT / 100}`);
    return { comparison: { pooled: null, perSeed }, percent };
  }
  const matched = await runPooled(arm, percent);
  const ratio = matched.reviews / target.reviews;
  const verdict = ratio < 1 ? `${((1 - ratio) * 100).toFixed(1)}% fewer` : `${((ratio - 1) * 100).toFixed(1)}% more`;
  const known = perSeed.filter((r): r is number => r !== null);
  console.log(`  vs ${target.name}: ${line(matched)}`);
  console.log(
    `  vs ${target.name}: ${matched.name} needs ${verdict} reviews at equal or higher retention (${matched.meanRetrievability.toFixed(4)} >= ${target.meanRetrievability.toFixed(4)}); ` +
      `ratio ${ratio.toFixed(3)}, per seed ${perSeed.map((r) => (r === null ? "n/a" : r.toFixed(3))).join(" ")} (mean ${mean(known).toFixed(3)}, sd ${sd(known).toFixed(3)})`,
  );
  return { comparison: { pooled: ratio, perSeed }, percent };
}

const started = performance.now();
console.log(
  `== grading=${base.grading} seeds=${seeds.join(",")} learners_per_seed=${base.learners} items=${base.items} days=${base.days} new_per_day=${base.newPerDay} learner_spread=${base.learnerSpread}`,
);
for (const arm of ["sm2", "supermemo", "leitner"] as const) console.log(line(await runPooled(arm)));
console.log(line(await runPooled("fsrs", 90)));
console.log(line(await runPooled("personal", 90)));

const format = (ratio: number | null) => (ratio === null ? "n/a" : ratio.toFixed(3));
const results: Record<string, Comparison> = {};
const matchedDefault = new Map<string, number>();
for (const arm of ["fsrs", "personal"] as const) {
  console.log(`\n${arm === "fsrs" ? "FSRS, default weights" : "FSRS, personal weights (re-fitted every 400 answers, as the app does)"}:`);
  let guess = 90;
  for (const baseline of ["sm2", "supermemo", "leitner"] as const) {
    const { comparison, percent } = await compare(arm, baseline, arm === "personal" ? (matchedDefault.get(baseline) ?? guess) : guess);
    if (arm === "fsrs" && percent !== null) matchedDefault.set(baseline, percent);
    if (percent !== null) guess = percent;
    results[`${arm}:${baseline}`] = comparison;
  }
}

console.log(`\nelapsed_ms=${Math.round(performance.now() - started)}`);
console.log(`fsrs_default_weights_reviews_per_sm2_review=${format(results["fsrs:sm2"]?.pooled ?? null)}`);
console.log(`fsrs_reviews_per_sm2_supermemo_review=${format(results["personal:supermemo"]?.pooled ?? null)}`);
console.log(`fsrs_reviews_per_leitner_review=${format(results["personal:leitner"]?.pooled ?? null)}`);
console.log(`fsrs_reviews_per_sm2_review=${format(results["personal:sm2"]?.pooled ?? null)}`);
