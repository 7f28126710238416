import { MONTHS, MONTH_SOURCE, WEEKDAYS, WEEKDAY_SOURCE, monthIndex } from "./calendar-names";

const MONTH_ALT = `(${MONTH_SOURCE})\\.?`;

// Compiled once: these run for every value of every sentence.
const LAST_MONTH = new RegExp(`\\b(?:[Ll]ast) ${MONTH_ALT}\\b`, "g");
const SINCE_MONTH = new RegExp(`\\bsince ${MONTH_ALT}\\b(?!,? \\d)`, "g");
const MONTH_NEXT_YEAR = new RegExp(`\\b(?:[Ii]n )?${MONTH_ALT} next year\\b`, "g");
const IN_MONTH_IN_YEAR = new RegExp(`\\b([Ii]n )${MONTH_ALT} in (\\d{4})\\b`, "g");
const LAST_MONTH_UNANNOTATED = new RegExp(`\\b[Ll]ast ${MONTH_ALT}(?!\\s*\\()`, "g");
const WEEKDAY_WITH_DATE = new RegExp(`\\b(?:on )?(?:${WEEKDAY_SOURCE}) \\((\\w+)\\.? (\\d{1,2})\\)`, "g");

export interface ResolvedDate {
  text: string;
  /** "in 2024", "in June 2024", "on April 7, 2023" */
  phrase: string;
  granularity: "year" | "month" | "day";
  year: number;
  month: number | null;
  day: number | null;
}

export function formatDate(d: { year: number; month: number | null; day: number | null }): string {
  if (d.month === null) return String(d.year);
  const m = MONTHS[d.month] ?? "";
  return d.day === null ? `${m} ${d.year}` : `${d.day} ${m} ${d.year}`;
}

export function datePhrase(d: { year: number; month: number | null; day: number | null }): string {
  return `${d.day === null ? "in" : "on"} ${formatDate(d)}`;
}

/**
 * Rewrites relative time expressions ("last year", "last June", "on Friday (Apr 7)") as absolute ones,
 * anchored on the article's publication date. Without a date the text is returned unchanged.
 */
export function resolveRelativeDates(text: string, publishedAt: Date | null): string {
  if (!publishedAt) return text;
  const y = publishedAt.getUTCFullYear();
  const pm = publishedAt.getUTCMonth();
  return text
    .replace(WEEKDAY_WITH_DATE, (all, mon: string, day: string) => {
      const mi = monthIndex(mon);
      if (mi === null) return all;
      const year = mi > pm ? y - 1 : y;
      return `on ${day} ${MONTHS[mi]} ${year}`;
    })
    .replace(/\b([Ll])ast year\b/g, (_a, l: string) => (l === "L" ? "In " : "in ") + (y - 1))
    .replace(/\b([Tt])his year\b/g, (_a, t: string) => (t === "T" ? "In " : "in ") + y)
    .replace(/\b([Nn])ext year\b/g, (_a, n: string) => (n === "N" ? "In " : "in ") + (y + 1))
    .replace(LAST_MONTH, (all, mon: string) => {
      const mi = monthIndex(mon);
      if (mi === null) return all;
      // "last June" in January 2025 is June 2024; "last June" in August 2025 is June 2025.
      const year = mi < pm ? y : y - 1;
      return `in ${MONTHS[mi]} ${year}`;
    })
    .replace(/\b([Ll]ast|[Nn]ext|[Tt]his) month\b/g, (_a, rel: string) => {
      const total = y * 12 + pm + (/^l/i.test(rel) ? -1 : /^n/i.test(rel) ? 1 : 0);
      return `${/^\p{Lu}/u.test(rel) ? "In" : "in"} ${MONTHS[total % 12]} ${Math.floor(total / 12)}`;
    })
    .replace(/\b(in|as of|since) in /gi, "$1 ")
    // "gained 38% since January": the latest January on or before publication.
    .replace(SINCE_MONTH, (all, mon: string) => {
      const mi = monthIndex(mon);
      return mi === null ? all : `since ${MONTHS[mi]} ${mi <= pm ? y : y - 1}`;
    })
    .replace(MONTH_NEXT_YEAR, (all, mon: string) => {
      const mi = monthIndex(mon);
      return mi === null ? all : `in ${MONTHS[mi]} ${y + 1}`;
    })
    .replace(IN_MONTH_IN_YEAR, (_a, inn: string, mon: string, yr: string) => {
      const mi = monthIndex(mon);
      return mi === null ? _a : `${inn}${MONTHS[mi]} ${yr}`;
    });
}

/**
 * Keeps relative time expressions as written but adds what they meant when published, for prompts that quote
 * the sentence: "last year" -> "last year (2025)", "last March" -> "last March (March 2025)".
 */
export function annotateRelativeDates(text: string, publishedAt: Date | null): string {
  if (!publishedAt) return text;
  const y = publishedAt.getUTCFullYear();
  const pm = publishedAt.getUTCMonth();
  return text
    // "last year's output" is annotated after the possessive ("last year's (2025) output"), never "last year (2025)'s".
    .replace(/\b([Ll]ast|[Tt]his|[Nn]ext) year(?:['’]s\b)?(?!['’\w])(?!\s*\()/g, (all, rel: string) => `${all} (${rel.toLowerCase() === "last" ? y - 1 : rel.toLowerCase() === "next" ? y + 1 : y})`)
    .replace(LAST_MONTH_UNANNOTATED, (all, mon: string) => {
      const mi = monthIndex(mon);
      return mi === null ? all : `${all} (${MONTHS[mi]} ${mi < pm ? y : y - 1})`;
    });
}

/** Week-day references without a date are kept but are useless as answers. */
export function isWeekday(word: string): boolean {
  const w = word.toLowerCase();
  return WEEKDAYS.some((d) => d.toLowerCase() === w);
}

export { MONTH_ALT };
