/**
 * A study day key ("2026-11-22") for people: "Nov 22", or with `withYear` "Nov 22, 2026". The key already names
 * the learner's calendar day, so it is formatted in UTC, never shifted by the server's zone.
 */
export function formatDayKey(key: string, options: { withYear?: boolean; weekday?: boolean } = {}): string {
  return new Date(`${key}T12:00:00Z`).toLocaleDateString("en-US", {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
    ...(options.withYear ? { year: "numeric" } : {}),
    ...(options.weekday ? { weekday: "short" } : {}),
  });
}

/** "November 2026" for a month key ("2026-11"). */
export function formatMonthKey(month: string): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleDateString("en-US", { timeZone: "UTC", month: "long", year: "numeric" });
}

/** "1 review", "12 reviews". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}
