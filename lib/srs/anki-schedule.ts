import { State, type CardState } from "./card-state";
import type { Rating } from "./rating";
import { startOfStudyDayKey, studyDayKey, studyDaysBetween, timeZoneOffsetMinutes } from "./study-day";

/**
 * A learner's FSRS cards and review log in Anki's terms (the `cards` and `revlog` columns of a collection), so an
 * .apkg carries their schedule. Pure: the export time and the learner's zone and settings are passed in.
 *
 * Anki's numbers are those of rslib (CardType, CardQueue, RevlogReviewKind). Its day starts at the collection's
 * rollover hour (4 by default) in the computer's local time, like our study day at 4 a.m. in the learner's zone, so
 * review cards are dated by study day and the collection is "created" at 4 a.m. on a study day.
 */

export const AnkiCardType = { New: 0, Learn: 1, Review: 2, Relearn: 3 } as const;
export const AnkiQueue = { Suspended: -1, New: 0, Learn: 1, Review: 2, DayLearn: 3 } as const;
export const AnkiRevlogKind = { Learning: 0, Review: 1, Relearning: 2 } as const;

/**
 * The ease written on cards that have left learning. FSRS has no ease, and Anki has no mapping from difficulty to
 * one: this is Anki's own starting ease (its stock options' initialFactor), which its SM-2 then adjusts from the
 * next answers. Anki's FSRS ignores it and reads the memory state from cards.data instead.
 */
export const ANKI_STARTING_EASE = 2500;
/** Anki counts at most 60 s of a review (its stock "maximum answer seconds"). */
export const ANKI_MAX_ANSWER_MS = 60_000;
/** Anki's rollover hour, the same as our study day's start (lib/srs/study-day.ts). */
export const ANKI_ROLLOVER_HOUR = 4;

const MS_PER_DAY = 86_400_000;

export interface AnkiTiming {
  timeZone: string;
  /** the study day Anki sees as day 0: review cards are due so many days after it */
  crtDay: string;
  /** col.crt: when crtDay began (4 a.m. in the learner's zone), in epoch seconds */
  crt: number;
  /** Anki's creationOffset: minutes west of UTC at crt */
  creationOffset: number;
  /** the study day of the export */
  today: string;
}

/**
 * The collection's day 0: today, or the study day of the earliest review due date if one is earlier, so an
 * overdue review card gets a day number of 0 or more. Anki shifts these numbers onto its own collection's days on
 * import (it compares both collections' "days elapsed" at that moment), so only the distance to today matters.
 */
export function ankiTiming(now: Date, timeZone: string, reviewDueDates: readonly Date[]): AnkiTiming {
  const today = studyDayKey(now, timeZone);
  const crtDay = reviewDueDates.map((d) => studyDayKey(d, timeZone)).reduce((min, key) => (key < min ? key : min), today);
  const start = startOfStudyDayKey(crtDay, timeZone);
  // 0 - x rather than -x: UTC must give 0, not -0
  const creationOffset = 0 - timeZoneOffsetMinutes(start, timeZone);
  return { timeZone, crtDay, crt: Math.floor(start.getTime() / 1000), creationOffset, today };
}

/** Anki's day number of an instant: whole study days from crtDay to the study day it falls in. */
export function ankiDayNumber(instant: Date, timing: AnkiTiming): number {
  return studyDaysBetween(timing.crtDay, studyDayKey(instant, timing.timeZone));
}

export interface AnkiCardSchedule {
  type: number;
  queue: number;
  /** new: position; learning queue: epoch seconds; review and day-learning queues: day number */
  due: number;
  /** days; 0 until the card first leaves learning */
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  /** learning steps still to do (Anki's remaining_steps) */
  left: number;
  /** cards.data JSON: the FSRS memory state, or "" for a new card */
  data: string;
}

export interface AnkiScheduleContext {
  timing: AnkiTiming;
  /** how many learning and relearning steps the learner's scheduler has */
  learningStepCount: number;
  relearningStepCount: number;
  desiredRetention: number;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Anki's FSRS memory state ("s" stability in days, "d" difficulty 1-10, "dr" desired retention), rounded as Anki stores it. */
export function ankiMemoryStateData(card: CardState, desiredRetention: number): string {
  if (card.state === State.New || !(card.stability > 0)) return "";
  const difficulty = Math.min(10, Math.max(1, card.difficulty));
  return JSON.stringify({ s: round(card.stability, 2), d: round(difficulty, 3), dr: round(desiredRetention, 2) });
}

/**
 * One card's Anki columns. `position` orders new cards; `suspended` (the learner may see the item but no longer
 * study it: retired, or suspended in every deck of theirs that holds it) puts it in Anki's suspended queue with its
 * type and due date kept.
 */
export function toAnkiCardSchedule(card: CardState, { position, suspended }: { position: number; suspended: boolean }, ctx: AnkiScheduleContext): AnkiCardSchedule {
  const common = { reps: card.reps, lapses: card.lapses, data: ankiMemoryStateData(card, ctx.desiredRetention) };
  const queueOr = (queue: number) => (suspended ? AnkiQueue.Suspended : queue);
  switch (card.state) {
    case State.New:
      return { ...common, type: AnkiCardType.New, queue: queueOr(AnkiQueue.New), due: position, ivl: 0, factor: 0, left: 0 };
    case State.Review:
      return {
        ...common,
        type: AnkiCardType.Review,
        queue: queueOr(AnkiQueue.Review),
        due: ankiDayNumber(card.due, ctx.timing),
        ivl: Math.max(1, card.scheduledDays),
        factor: ANKI_STARTING_EASE,
        left: 0,
      };
    case State.Learning:
    case State.Relearning: {
      const relearning = card.state === State.Relearning;
      const steps = relearning ? ctx.relearningStepCount : ctx.learningStepCount;
      // ts-fsrs counts the steps done; Anki the steps left, the current one included
      const left = Math.max(1, steps - card.learningSteps);
      // A step that ends after today's rollover waits for that day, as Anki dates it (its day-learning queue).
      // Suspended cards keep the exact time: Anki shifts only review-type dates on import.
      const laterDay = !suspended && studyDayKey(card.due, ctx.timing.timeZone) > ctx.timing.today;
      return {
        ...common,
        type: relearning ? AnkiCardType.Relearn : AnkiCardType.Learn,
        queue: queueOr(laterDay ? AnkiQueue.DayLearn : AnkiQueue.Learn),
        due: laterDay ? ankiDayNumber(card.due, ctx.timing) : epochSeconds(card.due),
        // after relearning, Anki's stock lapse options (new interval 0 %, minimum 1 day) give one day
        ivl: relearning ? 1 : 0,
        factor: relearning ? ANKI_STARTING_EASE : 0,
        left,
      };
    }
  }
}

export interface AnkiReviewInput {
  reviewedAt: Date;
  rating: Rating;
  before: CardState;
  after: CardState;
  durationMs: number;
}

export interface AnkiRevlogFields {
  /** the answer's time in epoch milliseconds (Anki's revlog id) */
  id: number;
  /** the button: 1 Again, 2 Hard, 3 Good, 4 Easy (the same numbers as ours) */
  ease: number;
  /** days if positive, seconds if negative (a learning step) */
  ivl: number;
  lastIvl: number;
  /** as Anki's FSRS writes it: the difficulty after the answer, scaled to 100-1100 */
  factor: number;
  /** milliseconds, capped at Anki's 60 s */
  time: number;
  type: number;
}

/** Anki's interval convention: whole days for a review card, minus the seconds of a learning step. */
function ankiInterval(card: CardState, from: Date | null): number {
  if (card.state === State.Review) return Math.max(1, card.scheduledDays);
  if (card.state === State.New || !from) return 0;
  const seconds = Math.max(0, Math.round((card.due.getTime() - from.getTime()) / 1000));
  return seconds >= MS_PER_DAY / 1000 ? Math.round(seconds / (MS_PER_DAY / 1000)) : -seconds;
}

/** Anki's FSRS revlog "factor": difficulty 1-10 as (d - 1) / 9 + 0.1, in thousandths. */
export function ankiRevlogFactor(difficulty: number): number {
  if (!(difficulty > 0)) return 0;
  return Math.round(((Math.min(10, Math.max(1, difficulty)) - 1) / 9 + 0.1) * 1000);
}

const REVLOG_KIND: Record<State, number> = {
  [State.New]: AnkiRevlogKind.Learning,
  [State.Learning]: AnkiRevlogKind.Learning,
  [State.Review]: AnkiRevlogKind.Review,
  [State.Relearning]: AnkiRevlogKind.Relearning,
};

/** One answer as a revlog row; its kind is the card's phase when answered, as in Anki. */
export function toAnkiRevlog(review: AnkiReviewInput): AnkiRevlogFields {
  return {
    id: review.reviewedAt.getTime(),
    ease: review.rating,
    ivl: ankiInterval(review.after, review.reviewedAt),
    lastIvl: ankiInterval(review.before, review.before.lastReview),
    factor: ankiRevlogFactor(review.after.difficulty),
    time: Math.min(ANKI_MAX_ANSWER_MS, Math.max(0, Math.round(review.durationMs))),
    type: REVLOG_KIND[review.before.state],
  };
}

/**
 * Revlog ids are primary keys and Anki's importer skips an id it already has: two answers in the same millisecond
 * (two cards, two devices) are moved apart by a millisecond each, in log order.
 */
export function withUniqueRevlogIds<T extends { id: number }>(rows: readonly T[]): T[] {
  let last = -Infinity;
  return rows.map((row) => {
    const id = row.id <= last ? last + 1 : row.id;
    last = id;
    return { ...row, id };
  });
}
