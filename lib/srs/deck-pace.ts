import { studyDayKey, studyDaysBetween } from "./study-day";

/**
 * More new cards a day than this is more than a learner can take in (about half an hour of first answers plus
 * their relearning steps): an assignment that needs more cannot sensibly be finished on time.
 */
export const MAX_SENSIBLE_NEW_PER_DAY = 60;

export interface DeckPace {
  /** new cards a day, from today through the due date's study day, that introduce every item by the due date */
  perDay: number;
  /** of which still to introduce today (those met today count) */
  newToday: number;
  /** study days left, today included; 1 once the due date has passed (everything is late) */
  studyDaysLeft: number;
  /** perDay is within what a learner can take in */
  feasible: boolean;
}

/**
 * The pace an assigned deck needs to be finished by its due date, in the learner's study days (4 a.m. to 4 a.m.).
 * The daily new-card limit is a habit for open-ended study; a due date overrides it, spreading the unseen items
 * evenly over the days left. Items introduced today count toward today's share, so the figure holds all day.
 */
export function deckPace(input: { unseen: number; introducedToday: number; dueAt: Date; now: Date; timeZone: string }): DeckPace {
  const { unseen, introducedToday, dueAt, now, timeZone } = input;
  const today = studyDayKey(now, timeZone);
  // A due date is the end of a day (23:59:59.999): the study day that instant falls in is the last one.
  const lastDay = studyDayKey(dueAt, timeZone);
  const studyDaysLeft = dueAt.getTime() <= now.getTime() ? 1 : Math.max(1, studyDaysBetween(today, lastDay) + 1);
  const toIntroduce = Math.max(0, unseen) + Math.max(0, introducedToday);
  const perDay = Math.ceil(toIntroduce / studyDaysLeft);
  return { perDay, newToday: Math.max(0, perDay - Math.max(0, introducedToday)), studyDaysLeft, feasible: perDay <= MAX_SENSIBLE_NEW_PER_DAY };
}

/**
 * The due date that paces a deck assigned more than once (two classes of the learner's): the soonest one still
 * ahead, or, when all have passed, the latest. Null when none has a due date.
 */
export function pacingDueAt(dueDates: readonly (Date | null)[], now: Date): Date | null {
  const dated = dueDates.filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
  return dated.find((d) => d.getTime() > now.getTime()) ?? dated.at(-1) ?? null;
}

/** For the instructor: why a deck of this size cannot sensibly be learned by its due date from today, or null. */
export function describeInfeasibleAssignment(input: { deckItems: number; dueAt: Date | null; now: Date; timeZone: string }): string | null {
  const { deckItems, dueAt, now, timeZone } = input;
  if (!dueAt) return null;
  const pace = deckPace({ unseen: deckItems, introducedToday: 0, dueAt, now, timeZone });
  if (pace.feasible) return null;
  const span = pace.studyDaysLeft === 1 ? "in one day" : `in ${pace.studyDaysLeft} days`;
  return `${deckItems} items ${span}: a learner starting today needs ${pace.perDay} new cards a day, more than the ${MAX_SENSIBLE_NEW_PER_DAY} anyone learns well. Consider a later due date.`;
}
