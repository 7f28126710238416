const MS_PER_DAY = 86_400_000;

/** A due date as a short day, in UTC: due dates are stored as the end of the chosen day in UTC. */
export function formatDay(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
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

/** The end of a calendar day (YYYY-MM-DD) in UTC as an ISO string, or null for an empty or invalid day. */
export function endOfDayIso(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T23:59:59.000Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The YYYY-MM-DD of a stored due date, for a date input. */
export function toDayInput(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
