import { createEmptyCard, fsrs, generatorParameters, type Card } from "ts-fsrs";
import type { SimGrade, SimScheduler } from "./simulate-scheduler";

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 0, 1, 9);

/**
 * ts-fsrs with default FSRS-6 weights and fuzz, long-term only: the simulation has a day's resolution, and none of
 * the schedulers compared gets same-day learning steps. Each item answers at its own second of the morning so the
 * fuzz seed (time, reps, memory) differs between items, as it does between real answers.
 */
export function fsrsSimScheduler(desiredRetention: number): SimScheduler<Card> {
  const scheduler = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: true, enable_short_term: false }));
  const at = (day: number, itemKey: number) => new Date(EPOCH + day * MS_PER_DAY + (itemKey % 3600) * 1000);
  const step = (card: Card, grade: SimGrade, day: number, itemKey: number) => {
    const next = scheduler.next(card, at(day, itemKey), grade).card;
    return { state: next, dueDay: day + Math.max(1, Math.round((next.due.getTime() - at(day, itemKey).getTime()) / MS_PER_DAY)) };
  };
  return {
    name: `FSRS (retention ${desiredRetention.toFixed(2)})`,
    start: (grade, day, itemKey) => step(createEmptyCard(at(day, itemKey)), grade, day, itemKey),
    review: step,
  };
}

type Sm2State = { repetitions: number; ease: number; interval: number };

/**
 * Anki-like SM-2: ease starts at 2.5; Good goes 1 day, 6 days, then the previous interval times the ease (ease
 * unchanged); Again restarts at 1 day and lowers the ease by 0.2. When learners grade, Hard multiplies the interval
 * by 1.2 and lowers the ease by 0.15, Easy adds Anki's 1.3 bonus and raises it by 0.15. Ease never drops below 1.3.
 */
export function sm2SimScheduler(): SimScheduler<Sm2State> {
  const apply = (state: Sm2State, grade: SimGrade, day: number) => {
    let next: Sm2State;
    if (grade === 1) next = { repetitions: 0, ease: Math.max(1.3, state.ease - 0.2), interval: 1 };
    else {
      const repetitions = state.repetitions + 1;
      const ease = Math.max(1.3, state.ease + (grade === 2 ? -0.15 : grade === 4 ? 0.15 : 0));
      const base = repetitions === 1 ? 1 : repetitions === 2 ? 6 : state.interval * (grade === 2 ? 1.2 : state.ease);
      const interval = Math.max(1, Math.round(grade === 4 ? base * 1.3 : base));
      next = { repetitions, ease, interval: Math.min(interval, 36500) };
    }
    return { state: next, dueDay: day + next.interval };
  };
  return {
    name: "SM-2",
    start: (grade, day) => apply({ repetitions: 0, ease: 2.5, interval: 0 }, grade, day),
    review: (state, grade, day) => apply(state, grade, day),
  };
}

const LEITNER_DAYS = [1, 2, 4, 8, 16, 32] as const;

/** Leitner boxes: right moves a card up one box (1, 2, 4, 8, 16, 32 days), wrong sends it back to the first. */
export function leitnerSimScheduler(): SimScheduler<number> {
  const interval = (box: number) => LEITNER_DAYS[Math.min(box, LEITNER_DAYS.length - 1)] ?? 1;
  return {
    name: "Leitner",
    start: (_grade, day) => ({ state: 0, dueDay: day + interval(0) }),
    review: (box, grade, day) => {
      const next = grade === 1 ? 0 : Math.min(box + 1, LEITNER_DAYS.length - 1);
      return { state: next, dueDay: day + interval(next) };
    },
  };
}
