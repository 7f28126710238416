/**
 * Calibrates lib/srs/review-policy.ts's RETENTION_LAMBDAS: for each desired retention, the λ at which the review
 * policy keeps the same mean probability of recall over a simulated year as ts-fsrs's fixed-retention scheduler at
 * that retention. Learners follow FSRS-6's default memory model exactly (no noise) and grade right/wrong as the app
 * does, so the table says what "desired retention" means, not how well either scheduler copes with a mismatch
 * (npm run bench:srs measures that). Prints the table to paste into review-policy.ts.
 *
 * Usage: npx tsx scripts/calibrate-review-policy.ts (about 11 minutes on 2 cores)
 */
import { fsrsSimScheduler } from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler, type SimulationConfig } from "@/lib/srs/simulate/simulate-scheduler";

const config: SimulationConfig = { seed: 20261123, learners: 4, items: 300, days: 365, newPerDay: 20, learnerSpread: 0, itemDifficultySpread: 0 };
const retentions = [0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.96, 0.97];

const policyRetention = async (lambda: number) => (await simulateScheduler(fsrsSimScheduler(0.9, undefined, { kind: "policy", lambda }), config)).meanRetrievability;

const rows: string[] = [];
for (const retention of retentions) {
  const target = (await simulateScheduler(fsrsSimScheduler(retention, undefined, { kind: "fixed-retention" }), config)).meanRetrievability;
  // bisection on log λ: the policy's retention rises with λ
  let lo = Math.log(0.002);
  let hi = Math.log(50);
  for (let k = 0; k < 14; k++) {
    const mid = (lo + hi) / 2;
    if ((await policyRetention(Math.exp(mid))) < target) lo = mid;
    else hi = mid;
  }
  const lambda = Number(Math.exp(hi).toPrecision(3));
  rows.push(`  [${retention}, ${lambda}],`);
  console.error(`retention ${retention}: fixed-retention mean recall ${target.toFixed(4)}, λ ${lambda}`);
}
console.log(rows.join("\n"));
