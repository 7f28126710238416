import { MONTHS } from "@/lib/generate/calendar-names";
import type { HeatmapDay } from "./compute-review-heatmap";

export const HEATMAP_WEEKS = 53;

export type HeatmapCell = HeatmapDay & {
  /** column, 0 = oldest week */
  week: number;
  /** row, 0 = Sunday */
  weekday: number;
  /** colour step 0-4: 0 for no reviews, then quarters of the busiest day */
  level: 0 | 1 | 2 | 3 | 4;
};

export type HeatmapGrid = {
  weeks: number;
  cells: HeatmapCell[];
  /** the first column of each month, labelled with its short name ("Jan") */
  monthLabels: { week: number; label: string }[];
  maxReviews: number;
};

/** 0 = Sunday for a "YYYY-MM-DD" study day key; the key names a calendar date, so UTC arithmetic is exact. */
export function weekdayOfKey(key: string): number {
  return new Date(`${key}T00:00:00Z`).getUTCDay();
}

/**
 * How many days a GitHub-style grid of `weeks` Sunday-first columns holds when its last column ends today: the full
 * weeks before, plus this week up to today.
 */
export function heatmapDayCount(todayKey: string, weeks = HEATMAP_WEEKS): number {
  return (weeks - 1) * 7 + weekdayOfKey(todayKey) + 1;
}

/** Lays days (oldest first, consecutive) into Sunday-first week columns, with colour levels and month labels. */
export function layoutHeatmap(days: readonly HeatmapDay[]): HeatmapGrid {
  if (days.length === 0) return { weeks: 0, cells: [], monthLabels: [], maxReviews: 0 };
  const firstWeekday = weekdayOfKey(days[0]!.day);
  const maxReviews = Math.max(0, ...days.map((d) => d.reviews));
  const cells = days.map((d, i): HeatmapCell => {
    const slot = firstWeekday + i;
    const level = d.reviews === 0 || maxReviews === 0 ? 0 : (Math.min(4, Math.ceil((4 * d.reviews) / maxReviews)) as 1 | 2 | 3 | 4);
    return { ...d, week: Math.floor(slot / 7), weekday: slot % 7, level };
  });
  const weeks = (cells.at(-1)?.week ?? 0) + 1;

  const starts: { week: number; label: string }[] = [];
  let lastMonth = -1;
  for (const cell of cells) {
    const month = Number(cell.day.slice(5, 7)) - 1;
    if (month === lastMonth) continue;
    lastMonth = month;
    // a month starting mid-column is labelled on the next column, as GitHub does
    const week = cell.weekday === 0 ? cell.week : cell.week + 1;
    if (week < weeks) starts.push({ week, label: MONTHS[month]?.slice(0, 3) ?? "" });
  }
  // a label needs three columns of room; a month cut short at the grid's start gives way to the next
  const monthLabels = starts.filter((m, i) => ((starts[i + 1]?.week ?? weeks + 1) - m.week) >= 3);
  return { weeks, cells, monthLabels, maxReviews };
}

export type MonthTotal = { month: string; reviews: number; daysStudied: number };

/** Reviews and study days per calendar month ("2026-11"), oldest first: the heatmap as a short table. */
export function totalReviewsByMonth(days: readonly HeatmapDay[]): MonthTotal[] {
  const totals = new Map<string, MonthTotal>();
  for (const d of days) {
    const month = d.day.slice(0, 7);
    const entry = totals.get(month) ?? { month, reviews: 0, daysStudied: 0 };
    entry.reviews += d.reviews;
    if (d.reviews > 0) entry.daysStudied += 1;
    totals.set(month, entry);
  }
  return [...totals.values()];
}
