import { State, type CardState } from "@/lib/srs/card-state";
import { shiftStudyDayKey, startOfStudyDayKey, studyDayKey } from "@/lib/srs/study-day";

export type ForecastDay = { day: string; due: number };

/**
 * Cards coming due per study day, today first. Today also counts everything overdue, since that is today's work.
 * New cards are not forecast: when they come is the learner's daily allowance, not the schedule.
 */
export function computeForecast(
  cards: readonly Pick<CardState, "due" | "state">[],
  now: Date,
  timeZone: string,
  days = 30,
): ForecastDay[] {
  const today = studyDayKey(now, timeZone);
  const counts = new Array<number>(Math.max(0, days)).fill(0);
  // When each forecast day ends: a card falls on the first day ending after it is due. Working out each card's own
  // study day costs a time zone conversion per card, which dominated the progress page for a large library.
  const ends = counts.map((_, i) => startOfStudyDayKey(shiftStudyDayKey(today, i + 1), timeZone).getTime());
  for (const card of cards) {
    if (card.state === State.New) continue;
    const due = card.due.getTime();
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (due < ends[mid]!) hi = mid;
      else lo = mid + 1;
    }
    if (lo < counts.length) counts[lo] = (counts[lo] ?? 0) + 1;
  }
  return counts.map((due, i) => ({ day: shiftStudyDayKey(today, i), due }));
}
