import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { isCountedCorrect } from "./count-review-days";

export type KindAccuracy = { kind: string; attempts: number; correct: number; accuracy: number };

export type AccuracyByKind = {
  /** sorted by kind name */
  kinds: KindAccuracy[];
  /** lowest accuracy among kinds with at least `minAttempts` answers ("you miss percentages"); null if none qualify */
  weakest: KindAccuracy | null;
};

/**
 * Attempts and accuracy per fact kind ("percent", "money", "person"...). An answer is right when the item graded
 * it right, or, for a row without that, when it was not rated Again. Undone answers are excluded.
 */
export function computeAccuracyByKind(
  logs: readonly (Pick<ReviewEvent, "id" | "event" | "undoesId" | "reviewedAt" | "rating" | "correct"> & { kind: string })[],
  minAttempts = 5,
): AccuracyByKind {
  const byKind = new Map<string, { kind: string; attempts: number; correct: number }>();
  for (const log of getEffectiveReviews(logs)) {
    const entry = byKind.get(log.kind) ?? { kind: log.kind, attempts: 0, correct: 0 };
    entry.attempts += 1;
    if (isCountedCorrect(log)) entry.correct += 1;
    byKind.set(log.kind, entry);
  }
  return accuracyFromKindCounts([...byKind.values()], minAttempts);
}

/** Accuracy per kind from answers already counted per kind; kinds without attempts are left out. */
export function accuracyFromKindCounts(counts: readonly { kind: string; attempts: number; correct: number }[], minAttempts = 5): AccuracyByKind {
  const kinds = counts
    .filter((c) => c.attempts > 0)
    .map(({ kind, attempts, correct }) => ({ kind, attempts, correct, accuracy: correct / attempts }))
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  // ties go to the kind with more evidence
  const weakest = kinds
    .filter((k) => k.attempts >= minAttempts)
    .reduce<KindAccuracy | null>((worst, k) => (worst === null || k.accuracy < worst.accuracy || (k.accuracy === worst.accuracy && k.attempts > worst.attempts) ? k : worst), null);
  return { kinds, weakest };
}
