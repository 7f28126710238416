/** A study day runs from 4 a.m. to 4 a.m. in the learner's zone, so a late-night session counts for the day it began. */
export const STUDY_DAY_START_HOUR = 4;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export class InvalidTimeZoneError extends Error {
  constructor(readonly timeZone: string) {
    super(`"${timeZone}" is not a time zone this app knows. Choose an IANA name such as Europe/Paris or America/New_York.`);
    this.name = "InvalidTimeZoneError";
  }
}

// Formatters are costly to build and never change for a zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new InvalidTimeZoneError(timeZone);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function assertTimeZone(timeZone: string): void {
  if (typeof timeZone !== "string" || timeZone.trim() === "") throw new InvalidTimeZoneError(String(timeZone));
  formatterFor(timeZone);
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Minutes east of UTC in `timeZone` at `instant` (what ReviewLog.tzOffset stores). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / MS_PER_MINUTE);
}

/**
 * The instant the wall clock in `timeZone` shows the given local time; when that time is skipped by a DST gap,
 * the first instant after the gap.
 */
export function instantOfWallClock(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const naive = Date.UTC(year, month - 1, day, hour);
  // Two passes converge except in a gap, where the candidates disagree; the later one is then the first valid instant.
  const first = naive - timeZoneOffsetMinutes(new Date(naive), timeZone) * MS_PER_MINUTE;
  const second = naive - timeZoneOffsetMinutes(new Date(first), timeZone) * MS_PER_MINUTE;
  if (first === second) return new Date(first);
  const candidates = [first, second].filter((t) => {
    const w = wallClock(new Date(t), timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour) === naive;
  });
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(Math.max(first, second));
}

function keyOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function parseKey(key: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) throw new Error(`"${key}" is not a study day key (YYYY-MM-DD).`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The study day `date` belongs to, as "YYYY-MM-DD" of the calendar day on which it began. */
export function studyDayKey(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  const local = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour - STUDY_DAY_START_HOUR));
  return keyOf(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** The key `days` study days after (or before, if negative) `key`. */
export function shiftStudyDayKey(key: string, days: number): string {
  const { year, month, day } = parseKey(key);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return keyOf(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Whole study days from `from` to `to` (positive when `to` is later). */
export function studyDaysBetween(from: string, to: string): number {
  const a = parseKey(from);
  const b = parseKey(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / MS_PER_DAY);
}

/** The instant the study day named `key` begins. */
export function startOfStudyDayKey(key: string, timeZone: string): Date {
  const { year, month, day } = parseKey(key);
  return instantOfWallClock(year, month, day, STUDY_DAY_START_HOUR, timeZone);
}

/** When the study day containing `now` began (4 a.m. local, possibly yesterday's date). */
export function studyDayStart(now: Date, timeZone: string): Date {
  return startOfStudyDayKey(studyDayKey(now, timeZone), timeZone);
}

/** When the study day containing `now` ends: the next one's start (exclusive). Not always 24 h after the start (DST). */
export function endOfStudyDay(now: Date, timeZone: string): Date {
  return startOfStudyDayKey(shiftStudyDayKey(studyDayKey(now, timeZone), 1), timeZone);
}
