/**
 * Calibrates lib/srs/review-policy.ts's INTERVAL_MEAN_FOR_SETTING: for each desired retention, the whole-interval
 * mean recall to aim at so that a simulated learner's mean recall over 1, 3 and 5 years averages the setting.
 * Learners follow FSRS-6's default memory exactly (no noise) and grade right/wrong as the app does; the scheduler is
 * ts-fsrs at the recall at due for that mean (recallAtDueForMean). Prints the table to paste into review-policy.ts.
 *
 * Usage: npx tsx scripts/calibrate-desired-retention.ts (about 3 minutes on one core)
 */
import { recallAtDueForMean } from "@/lib/srs/review-policy";
import { fsrsSimScheduler } from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler, type SimulationConfig } from "@/lib/srs/simulate/simulate-scheduler";

const config: SimulationConfig = { seed: 20261128, learners: 2, items: 300, days: 5 * 365, newPerDay: 2, learnerSpread: 0, itemDifficultySpread: 0, horizons: [365, 3 * 365] };
const settings = [0.7, 0.75, 0.8, 0.85, 0.9, 0.94, 0.97];

async function achieved(mean: number): Promise<number[]> {
  const result = await simulateScheduler(fsrsSimScheduler(recallAtDueForMean(mean), undefined, { kind: "fixed-retention" }), config);
  return result.atHorizons.map((h) => h.meanRetrievability);
}

const rows: string[] = [];
for (const setting of settings) {
  // bisection: the achieved retention rises with the aimed mean
  let lo = Math.max(0.55, setting - 0.1);
  let hi = setting + 0.005;
  let at: number[] = [];
  for (let k = 0; k < 9; k++) {
    const mid = (lo + hi) / 2;
    at = await achieved(mid);
    const average = at.reduce((a, b) => a + b, 0) / at.length;
    if (average < setting) lo = mid;
    else hi = mid;
  }
  const mean = Number(((lo + hi) / 2).toFixed(4));
  rows.push(`  [${setting}, ${mean}],`);
  console.error(`setting ${setting}: aim ${mean} (recall at due ${recallAtDueForMean(mean)}); 1/3/5 y: ${at.map((x) => x.toFixed(4)).join(" ")}`);
}
console.log(rows.join("\n"));
