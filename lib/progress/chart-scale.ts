/**
 * The top of a bar chart's value axis: the smallest "nice" number (1, 2 or 5 times a power of ten) at or above the
 * largest value, so gridline labels read as round numbers. At least 1, so an all-zero chart still has an axis.
 */
export function niceAxisMax(maxValue: number): number {
  if (!Number.isFinite(maxValue) || maxValue <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(maxValue));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= maxValue) return step * power;
  }
  return 10 * power;
}

/** A bar's height in chart units for `value` on an axis topped at `axisMax`; a non-zero value is never invisible. */
export function barHeight(value: number, axisMax: number, chartHeight: number, minVisible = 1): number {
  if (value <= 0 || axisMax <= 0) return 0;
  return Math.max(minVisible, (Math.min(value, axisMax) / axisMax) * chartHeight);
}
