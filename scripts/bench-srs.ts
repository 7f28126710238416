/**
 * Scheduling benchmark (issue 12): study time and reviews against mean retention, as curves, for
 *   - SM-2 as Anki runs it by default, over Anki's interval modifier 0.5-3 (its workload-retention curve);
 *   - FSRS, ts-fsrs's own fixed-retention scheduler over desired (= recall at due) retentions 0.70-0.97;
 *   - the app: FSRS through lib/srs/apply-review.ts (learning and relearning steps, fuzz) at settings 0.70-0.97,
 *     where a setting means the mean recall it should keep (lib/srs/review-policy.ts).
 * Every answer costs the fsrs-rs simulator's seconds (lib/srs/simulate/simulate-scheduler.ts, ANSWER_SECONDS) and a
 * relearning answer follows every Again, for every arm. Retention is the mean over days of the mean true recall
 * probability of every item met so far; "recent" figures are over the last 30 days before each horizon.
 *
 * Two simulated learner populations, both hidden from the schedulers: FSRS-6 with personal weights (w0-w3, w8-w11
 * and the decay w20 varied, log-normal 20 %; per-item difficulty), and half-life regression (Settles & Meeder 2016:
 * exponential forgetting, no spacing effect), whose memory does not follow FSRS at all. Horizons 1, 3 and 5 years:
 * the long seeds run 5 years and are read at 1, 3 and 5; extra short seeds run 1 year only (a larger population for
 * the 1-year figures, a smaller one for 3 and 5 years, to finish in minutes on 2 cores).
 *
 * Ratios are at equal retention, by linear interpolation along each curve (never extrapolated). The last line is
 *   srs_worst_time_ratio=<r> retention_gap=<g>
 * r: the largest ratio of the app's study time to SM-2's at SM-2's own points, over the three horizons and both
 *    learner models (points the app's curve does not reach are left out and counted);
 * g: the largest |setting − achieved mean retention| over the app's settings 0.70-0.97 and the three horizons, for
 *    the FSRS-6 population (the HLR population's gap is printed beside it).
 *
 * Usage: npm run bench:srs [-- --seeds 3 --learners 2 --short-seeds 3 --short-learners 4 --items 300
 *        --new-per-day 3 --seed 20261128 --jobs 2 --svg artifacts/srs-curves.svg --personal]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fork, type ChildProcess } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { costRatioAt, ratiosAlong, type CurvePoint } from "@/lib/srs/simulate/curves";
import { ankiSm2SimScheduler, fsrsPersonalSimScheduler, fsrsSimScheduler } from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler, summarize, type SimSchedulerSource, type SimulationConfig, type SimulationResult, type SimulationTotals } from "@/lib/srs/simulate/simulate-scheduler";
import type { LearnerModelKind } from "@/lib/srs/simulate/true-memory";
import { renderCurvesSvg, type ChartPanel } from "./bench-srs-chart";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}
const svgArg = process.argv.indexOf("--svg");
const svgPath = svgArg >= 0 ? (process.argv[svgArg + 1] ?? "artifacts/srs-curves.svg") : "artifacts/srs-curves.svg";

type ArmKey = "sm2" | "fsrs" | "app" | "personal";
// --personal adds the app with personal weights fitted on each learner's log (as the app does after 400 answers):
// slower (the native optimizer), so only on the 1-year seeds
const withPersonal = process.argv.includes("--personal");
const ARMS: { key: ArmKey; label: string; color: string; settings: number[] }[] = [
  { key: "sm2", label: "SM-2 (Anki), interval modifier", color: "#d62728", settings: [0.5, 0.7, 1, 1.4, 2, 3] },
  { key: "fsrs", label: "FSRS fixed recall at due", color: "#1f77b4", settings: [0.7, 0.75, 0.8, 0.85, 0.9, 0.94, 0.97] },
  { key: "app", label: "the app (FSRS, mean-recall setting)", color: "#2ca02c", settings: [0.7, 0.75, 0.8, 0.85, 0.9, 0.94, 0.97] },
  ...(withPersonal ? [{ key: "personal" as const, label: "the app, personal weights", color: "#9467bd", settings: [0.7, 0.8, 0.9, 0.97] }] : []),
];
const MODELS: LearnerModelKind[] = ["fsrs", "hlr"];
const HORIZONS = [365, 3 * 365, 5 * 365];
const LEVELS = [0.8, 0.85, 0.9, 0.93];

const makeArm: Record<ArmKey, (setting: number) => SimSchedulerSource<never>> = {
  sm2: (m) => ankiSm2SimScheduler(m) as SimSchedulerSource<never>,
  fsrs: (r) => fsrsSimScheduler(r, undefined, { kind: "fixed-retention" }) as SimSchedulerSource<never>,
  app: (r) => fsrsSimScheduler(r) as SimSchedulerSource<never>,
  personal: (r) => fsrsPersonalSimScheduler(r) as SimSchedulerSource<never>,
};

type Job = { id: number; arm: ArmKey; setting: number; config: SimulationConfig };
type JobResult = { id: number; atHorizons: { days: number; learners: SimulationTotals[] }[] };

if (process.argv.includes("--worker")) {
  process.on("message", (job: Job) => {
    void simulateScheduler(makeArm[job.arm](job.setting), job.config).then((result) => {
      const days = [...(job.config.horizons ?? []), job.config.days];
      process.send?.({ id: job.id, atHorizons: result.atHorizons.map((h, k) => ({ days: days[k] as number, learners: h.learners })) } satisfies JobResult);
    });
  });
  process.on("disconnect", () => process.exit(0));
} else {
  await main();
}

async function main() {
  const started = performance.now();
  const firstSeed = option("seed", 20261128);
  const longSeeds = Array.from({ length: option("seeds", 3) }, (_, k) => firstSeed + k);
  const shortSeeds = Array.from({ length: option("short-seeds", 3) }, (_, k) => firstSeed + 1000 + k);
  const base = { items: option("items", 300), newPerDay: option("new-per-day", 3), learnerSpread: 0.2 };
  const longLearners = option("learners", 2);
  const shortLearners = option("short-learners", 4);
  const jobCount = Math.max(1, option("jobs", 2));
  console.log(
    `== items=${base.items} new_per_day=${base.newPerDay} learner_spread=${base.learnerSpread} grading=binary; ` +
      `5-year population: ${longSeeds.length} seeds x ${longLearners} learners (read at 1, 3, 5 years); ` +
      `1-year only: ${shortSeeds.length} more seeds x ${shortLearners} learners; ${jobCount} worker processes`,
  );

  // worker processes: one JavaScript thread each; the parent only dispatches
  const workers: { child: ChildProcess; pending: Map<number, (r: JobResult) => void> }[] = [];
  for (let k = 0; k < jobCount; k++) {
    const child = fork(fileURLToPath(import.meta.url), ["--worker"], { execArgv: process.execArgv });
    const pending = new Map<number, (r: JobResult) => void>();
    child.on("message", (m: JobResult) => {
      pending.get(m.id)?.(m);
      pending.delete(m.id);
    });
    workers.push({ child, pending });
  }
  let nextId = 0;
  const queue: { job: Job; resolve: (r: JobResult) => void }[] = [];
  const pump = () => {
    for (const w of workers) {
      if (w.pending.size > 0) continue;
      const next = queue.shift();
      if (!next) return;
      w.pending.set(next.job.id, (r) => {
        next.resolve(r);
        pump();
      });
      w.child.send(next.job);
    }
  };
  const run = (arm: ArmKey, setting: number, config: SimulationConfig) =>
    new Promise<JobResult>((resolve) => {
      queue.push({ job: { id: nextId++, arm, setting, config }, resolve });
      pump();
    });

  // results[model][arm][setting][seed] = totals per learner at each horizon (days)
  type SeedRun = { seed: number; byDays: Map<number, SimulationTotals[]> };
  const runs = new Map<string, SeedRun[]>();
  const key = (model: LearnerModelKind, arm: ArmKey, setting: number) => `${model}|${arm}|${setting}`;
  const pendingRuns: Promise<void>[] = [];
  // the slowest jobs (5-year, the app's) first, so the two workers finish together
  for (const seeds of [longSeeds, shortSeeds]) {
    const long = seeds === longSeeds;
    for (const arm of ["personal", "app", "fsrs", "sm2"] as const) {
      if (arm === "personal" && (!withPersonal || long)) continue;
      for (const model of MODELS) {
        for (const setting of ARMS.find((a) => a.key === arm)?.settings ?? []) {
          for (const seed of seeds) {
            const config: SimulationConfig = {
              ...base,
              seed,
              learners: long ? longLearners : shortLearners,
              days: long ? HORIZONS[2] as number : HORIZONS[0] as number,
              horizons: long ? HORIZONS.slice(0, 2) : [],
              learnerModel: model,
            };
            pendingRuns.push(
              run(arm, setting, config).then((r) => {
                const list = runs.get(key(model, arm, setting)) ?? [];
                list.push({ seed, byDays: new Map(r.atHorizons.map((h) => [h.days, h.learners])) });
                runs.set(key(model, arm, setting), list);
              }),
            );
          }
        }
      }
    }
  }
  await Promise.all(pendingRuns);
  for (const { child } of workers) child.disconnect();
  const elapsedMs = performance.now() - started;

  const resultFor = (model: LearnerModelKind, arm: ArmKey, setting: number, days: number, seed?: number): SimulationResult | null => {
    const learners = (runs.get(key(model, arm, setting)) ?? []).filter((r) => seed === undefined || r.seed === seed).flatMap((r) => r.byDays.get(days) ?? []);
    return learners.length === 0 ? null : summarize(`${arm} ${setting}`, learners);
  };
  const curve = (model: LearnerModelKind, arm: ArmKey, days: number, seed?: number, measure: "seconds" | "reviews" = "seconds"): CurvePoint[] =>
    (ARMS.find((a) => a.key === arm)?.settings ?? []).flatMap((setting) => {
      const r = resultFor(model, arm, setting, days, seed);
      if (!r) return [];
      const perLearner = (measure === "seconds" ? r.seconds / 3600 : r.reviews) / r.learners.length;
      return [{ setting, retention: r.meanRetrievability, cost: perLearner }];
    });
  const seedsAt = (days: number) => (days === HORIZONS[0] ? [...longSeeds, ...shortSeeds] : longSeeds);
  const fmt = (x: number | null, digits = 3) => (x === null ? "  n/a" : x.toFixed(digits));
  const stats = (xs: (number | null)[]) => {
    const known = xs.filter((x): x is number => x !== null);
    if (known.length === 0) return "n/a";
    const mean = known.reduce((a, b) => a + b, 0) / known.length;
    const sd = known.length < 2 ? 0 : Math.sqrt(known.reduce((a, x) => a + (x - mean) ** 2, 0) / (known.length - 1));
    return `${mean.toFixed(3)} ± ${sd.toFixed(3)} (${Math.min(...known).toFixed(3)}-${Math.max(...known).toFixed(3)}, ${known.length}/${xs.length} seeds)`;
  };

  let worstRatio = 0;
  let worstWhere = "";
  let outOfRange = 0;
  let comparedPoints = 0;
  const gaps: Record<LearnerModelKind, { gap: number; where: string }> = { fsrs: { gap: 0, where: "" }, hlr: { gap: 0, where: "" } };
  const panels: ChartPanel[] = [];
  const appVsFsrs: number[] = [];
  const personalGap: Record<LearnerModelKind, { gap: number; where: string }> = { fsrs: { gap: 0, where: "" }, hlr: { gap: 0, where: "" } };

  for (const model of MODELS) {
    for (const days of HORIZONS) {
      const years = days / 365;
      const population = days === HORIZONS[0] ? longSeeds.length * longLearners + shortSeeds.length * shortLearners : longSeeds.length * longLearners;
      console.log(`\n== learners: ${model === "fsrs" ? "FSRS-6 memory, each learner with own weights" : "half-life regression memory (not FSRS)"}; horizon ${years} year${years > 1 ? "s" : ""}; ${population} learners`);
      console.log("arm                                   setting  reviews/learner  hours/learner  mean_retention  last30_retention  last30_known  pass_rate_at_review");
      for (const arm of ARMS) {
        for (const setting of arm.settings) {
          const r = resultFor(model, arm.key, setting, days);
          if (!r) continue;
          const n = r.learners.length;
          console.log(
            `${arm.label.padEnd(37)} ${String(setting).padStart(7)}  ${(r.reviews / n).toFixed(0).padStart(15)}  ${(r.seconds / 3600 / n).toFixed(1).padStart(13)}  ${r.meanRetrievability.toFixed(4).padStart(14)}  ${r.recentRetrievability.toFixed(4).padStart(16)}  ${(r.recentKnowledge / n).toFixed(1).padStart(12)}  ${r.recallRate.toFixed(4).padStart(19)}`,
          );
          if (arm.key === "personal") {
            const gap = Math.abs(r.meanRetrievability - setting);
            if (gap > personalGap[model].gap) personalGap[model] = { gap, where: `setting ${setting}, ${years} y: ${r.meanRetrievability.toFixed(4)}` };
          }
          if (arm.key === "app") {
            const gap = Math.abs(r.meanRetrievability - setting);
            if (gap > gaps[model].gap) gaps[model] = { gap, where: `setting ${setting}, ${years} y: ${r.meanRetrievability.toFixed(4)}` };
          }
        }
      }
      const sm2 = curve(model, "sm2", days);
      const app = curve(model, "app", days);
      const fsrs = curve(model, "fsrs", days);
      panels.push({
        title: `${model === "fsrs" ? "FSRS-6 learners" : "HLR learners"}, ${years} y`,
        series: ARMS.map((a) => ({ name: a.label, color: a.color, points: curve(model, a.key, days) })),
      });
      console.log("study time at equal retention, along SM-2's curve (interval modifier: app/SM-2, FSRS/SM-2):");
      const appAlong = ratiosAlong(app, sm2);
      const fsrsAlong = ratiosAlong(fsrs, sm2);
      appAlong.forEach((p, k) => {
        comparedPoints += 1;
        if (p.ratio === null) outOfRange += 1;
        else if (p.ratio > worstRatio) {
          worstRatio = p.ratio;
          worstWhere = `${model} learners, ${years} y, SM-2 interval modifier ${p.setting} (retention ${p.retention.toFixed(4)})`;
        }
        console.log(`  modifier ${String(p.setting).padEnd(4)} retention ${p.retention.toFixed(4)}: app/SM-2 ${fmt(p.ratio)}  FSRS/SM-2 ${fmt(fsrsAlong[k]?.ratio ?? null)}`);
      });
      console.log("at fixed retention levels, pooled; then per seed mean ± sd (range):");
      for (const level of LEVELS) {
        const appFsrs = costRatioAt(app, fsrs, level);
        if (appFsrs !== null) appVsFsrs.push(appFsrs);
        const perSeed = (arm: ArmKey, baseline: ArmKey) => seedsAt(days).map((seed) => costRatioAt(curve(model, arm, days, seed), curve(model, baseline, days, seed), level));
        console.log(
          `  retention ${level.toFixed(2)}: app/SM-2 ${fmt(costRatioAt(app, sm2, level))} [${stats(perSeed("app", "sm2"))}]; FSRS/SM-2 ${fmt(costRatioAt(fsrs, sm2, level))} [${stats(perSeed("fsrs", "sm2"))}]; app/FSRS ${fmt(costRatioAt(app, fsrs, level))} [${stats(perSeed("app", "fsrs"))}]; reviews app/SM-2 ${fmt(costRatioAt(curve(model, "app", days, undefined, "reviews"), curve(model, "sm2", days, undefined, "reviews"), level))}`,
        );
      }
    }
  }

  mkdirSync(dirname(svgPath), { recursive: true });
  writeFileSync(svgPath, renderCurvesSvg(panels, 3, "Study hours per learner (fsrs-rs simulator seconds, relearning included) against mean retention; one point per setting."));

  console.log(`\nchart: ${svgPath}`);
  console.log(`elapsed_ms=${Math.round(elapsedMs)}`);
  console.log(`\nHeadline (read with the caveats below):`);
  console.log(`  worst app/SM-2 study-time ratio at equal retention: ${worstRatio.toFixed(3)} at ${worstWhere}; ${outOfRange} of ${comparedPoints} SM-2 points lie outside the app's curve and are not compared`);
  if (appVsFsrs.length > 0) console.log(`  the app against plain FSRS (ts-fsrs at a fixed recall at due), study time at equal retention, levels ${LEVELS.join(", ")}, both models, all horizons: ${Math.min(...appVsFsrs).toFixed(3)}-${Math.max(...appVsFsrs).toFixed(3)}`);
  console.log(`  largest gap between setting and mean retention (FSRS-6 learners): ${gaps.fsrs.gap.toFixed(4)} at ${gaps.fsrs.where}`);
  console.log(`  largest gap for half-life-regression learners, whose memory FSRS does not model: ${gaps.hlr.gap.toFixed(4)} at ${gaps.hlr.where}`);
  if (withPersonal) console.log(`  with personal weights (1 year): largest gap ${personalGap.fsrs.gap.toFixed(4)} at ${personalGap.fsrs.where} (FSRS-6 learners), ${personalGap.hlr.gap.toFixed(4)} at ${personalGap.hlr.where} (HLR)`);
  console.log("Caveats:");
  console.log("  - Simulated learners only. The FSRS-6 population is FSRS's own model family (it favours the FSRS arms); the HLR one has no spacing effect at all. Real memory lies elsewhere.");
  console.log("  - Binary grading (right = Good), never late, no daily limits, a day's resolution. One same-day step answered Good follows every first exposure and lapse for every arm: it changes FSRS-6 memory (w17-w19), not HLR memory.");
  console.log("  - Run time: about 5-9 minutes on 2 cores shared with other work (load average 17-19 when measured).");
  console.log(`  - The app's arm uses default FSRS weights; the app fits personal weights after 400 answers${withPersonal ? ", simulated here in the 'personal weights' arm at 1 year only" : ", simulated only with --personal (1 year; it costs minutes)"}.`);
  console.log(`  - 3- and 5-year figures rest on ${longSeeds.length * longLearners} learners per model; the per-seed spread above shows how far to trust them.`);
  console.log("  - The app and plain FSRS are the same scheduler (ts-fsrs); they differ in what the setting means and in same-day steps.");
  console.log(`srs_worst_time_ratio=${worstRatio.toFixed(3)} retention_gap=${gaps.fsrs.gap.toFixed(4)}`);
}

// keep the type checker honest about the one shape both ends share
export type { Job, JobResult };
