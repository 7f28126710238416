import type { KindAccuracy } from "./compute-accuracy-by-kind";

// Plural nouns for the fact kinds lib/generate extracts, as a learner would say them.
const KIND_NAMES: Record<string, string> = {
  percent: "percentages",
  money: "money amounts",
  count: "counts",
  ordinal: "rankings",
  date: "dates",
  duration: "durations",
  person: "people",
  organisation: "organisations",
  place: "places",
};

/** "percentages" for "percent"; an unknown kind is shown as stored rather than hidden. */
export function describeFactKind(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/** Whole percent, rounded half up, for display ("52%"). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "You miss percentages most: 52% right over 23 attempts." */
export function describeWeakestKind(weakest: KindAccuracy): string {
  const attempts = `${weakest.attempts} ${weakest.attempts === 1 ? "attempt" : "attempts"}`;
  return `You miss ${describeFactKind(weakest.kind)} most: ${formatPercent(weakest.accuracy)} right over ${attempts}.`;
}
