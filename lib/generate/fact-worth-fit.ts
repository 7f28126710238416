/**
 * L2-penalised logistic regression, fitted by Newton's method (iteratively reweighted least squares), for the
 * fact-worth model (scripts/fit-fact-worth.ts). Written here rather than taken from a library: it is forty lines, the
 * project has no numeric dependency, and a library's solver (stochastic, or tuned by a learning rate) would make the
 * weights file differ between runs. Newton's method on this convex loss is exact and deterministic: the same rows
 * give the same weights to the last digit. The intercept is not penalised.
 */

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += (model.weights[j] as number) * (x[j] as number);
  return sigmoid(z);
}

/** Solves a x = b for a symmetric positive definite a (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / pivot;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * Fits weights to rows `x` (features) and labels `y` (0 or 1), minimising the summed log loss (each row's times its
 * weight, 1 when none is given) plus lambda/2 times the squared weights. `offsets` adds a fixed term to each row's log-odds
 * (an item's fact worth, fact-worth-item.ts); without `intercept` the bias stays 0, so the weights only move rows.
 */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  lambda: number,
  weights?: readonly number[],
  iterations = 25,
  { offsets, intercept = true }: { offsets?: readonly number[]; intercept?: boolean } = {},
): LogisticModel {
  const d = (x[0]?.length ?? 0) + 1;
  // Parameter 0 is the intercept; row i's augmented features are [1, ...x[i]].
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wj, j) => (j === 0 ? 0 : lambda * wj));
    // (With no intercept its row and column hold only 1 on the diagonal and its gradient is 0: it stays 0.)
    const hess = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? (j > 0 ? lambda : intercept ? 0 : 1) : 0)));
    for (let i = 0; i < x.length; i++) {
      const row = [1, ...(x[i] as number[])];
      let z = offsets?.[i] ?? 0;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (row[j] as number);
      const p = sigmoid(z);
      const c = weights?.[i] ?? 1;
      const r = c * (p - (y[i] as number));
      const s = c * p * (1 - p);
      for (let j = 0; j < d; j++) {
        const rj = row[j] as number;
        if (rj === 0 || (j === 0 && !intercept)) continue;
        grad[j]! += r * rj;
        const hj = hess[j]!;
        for (let k = j; k < d; k++) hj[k]! += s * rj * (row[k] as number);
      }
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    const step = solve(hess, grad);
    w = w.map((wj, j) => wj - (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { bias: w[0] as number, weights: w.slice(1) };
}

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => [s, labels[i] as number] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const midRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (order[k]![1] === 1) {
      rankSum += midRank;
      positives++;
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
