import { instantOfWallClock } from "@/lib/srs/study-day";

const MS_PER_DAY = 86_400_000;

/** A due date as a short day, as the viewer's own calendar shows it. */
export function formatDay(date: Date, timeZone: string): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone });
}

/** A share (0-1) as a whole percentage, or a dash when there is nothing to measure. */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

/** "today", "yesterday", "5 days ago", or "never". */
export function formatLastActive(date: Date | null, now: Date): string {
  if (!date) return "never";
  const days = Math.floor((now.getTime() - date.getTime()) / MS_PER_DAY);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}

/**
 * The last moment of a calendar day (YYYY-MM-DD) on the clocks of `timeZone`: a deck due "on 1
 * December" is due until midnight where its instructor is. Null for an invalid day.
 */
export function endOfLocalDay(day: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return new Date(instantOfWallClock(year, month, date + 1, 0, timeZone).getTime() - 1);
}

/** The YYYY-MM-DD a stored due date falls on in `timeZone`, for a date input. */
export function toDayInput(date: Date | null, timeZone: string): string {
  return date ? date.toLocaleDateString("en-CA", { timeZone }) : "";
}
