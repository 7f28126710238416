import { State, type CardState } from "@/lib/srs/card-state";
import { shiftStudyDayKey, studyDayKey, studyDaysBetween } from "@/lib/srs/study-day";

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
  for (const card of cards) {
    if (card.state === State.New) continue;
    const offset = Math.max(0, studyDaysBetween(today, studyDayKey(card.due, timeZone)));
    if (offset < counts.length) counts[offset] = (counts[offset] ?? 0) + 1;
  }
  return counts.map((due, i) => ({ day: shiftStudyDayKey(today, i), due }));
}
