/** One point of a workload-retention curve: what a scheduler at one setting cost and kept. */
export type CurvePoint = { setting: number; retention: number; cost: number };

/**
 * The cost a curve reaches at a retention, by linear interpolation between the two points around it once the
 * points are ordered by retention; null outside the curve's range (no extrapolation). Schedulers with a setting
 * trace curves that rise in both cost and retention, so this is the cost at equal retention.
 */
export function costAtRetention(curve: readonly CurvePoint[], retention: number): number | null {
  const points = [...curve].sort((a, b) => a.retention - b.retention);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || retention < first.retention || retention > last.retention) return null;
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as CurvePoint;
    const b = points[k] as CurvePoint;
    if (retention <= b.retention) return b.retention === a.retention ? Math.min(a.cost, b.cost) : a.cost + ((retention - a.retention) / (b.retention - a.retention)) * (b.cost - a.cost);
  }
  return last.cost;
}

/** Cost of `arm` over cost of `baseline` at one retention; null if either curve does not reach it. */
export function costRatioAt(arm: readonly CurvePoint[], baseline: readonly CurvePoint[], retention: number): number | null {
  const a = costAtRetention(arm, retention);
  const b = costAtRetention(baseline, retention);
  return a === null || b === null || b === 0 ? null : a / b;
}

/**
 * At each of the baseline's own points, the arm's cost at that retention over the baseline's: the comparison along
 * the baseline's whole curve. Points the arm's curve does not reach are left out (ratio null).
 */
export function ratiosAlong(arm: readonly CurvePoint[], baseline: readonly CurvePoint[]): { setting: number; retention: number; ratio: number | null }[] {
  return baseline.map((p) => {
    const a = costAtRetention(arm, p.retention);
    return { setting: p.setting, retention: p.retention, ratio: a === null || p.cost === 0 ? null : a / p.cost };
  });
}
