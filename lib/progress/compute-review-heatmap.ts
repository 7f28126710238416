import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { shiftStudyDayKey, studyDayKey } from "@/lib/srs/study-day";

export type HeatmapDay = { day: string; reviews: number };

/** Answers per study day over the last `days` study days ending today, oldest first; undone answers not counted. */
export function computeReviewHeatmap(
  logs: readonly Pick<ReviewEvent, "id" | "event" | "undoesId" | "reviewedAt">[],
  now: Date,
  timeZone: string,
  days = 365,
): HeatmapDay[] {
  const counts = new Map<string, number>();
  for (const log of getEffectiveReviews(logs)) {
    const key = studyDayKey(log.reviewedAt, timeZone);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return heatmapFromDayCounts(counts, studyDayKey(now, timeZone), days);
}

/** The heatmap from answers already counted per study day ("YYYY-MM-DD" -> answers), `days` days ending `today`. */
export function heatmapFromDayCounts(counts: ReadonlyMap<string, number>, today: string, days = 365): HeatmapDay[] {
  return Array.from({ length: Math.max(0, days) }, (_, i) => {
    const day = shiftStudyDayKey(today, i - days + 1);
    return { day, reviews: counts.get(day) ?? 0 };
  });
}
