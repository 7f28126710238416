import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS } from "ts-fsrs";
import { decideWeightFit } from "@/lib/progress/should-fit-weights";
import { applyReview } from "@/lib/srs/apply-review";
import { newCardState, State, type CardState } from "@/lib/srs/card-state";
import { fitWeights, type FitWeightsResult } from "@/lib/srs/fit-weights";
import { Rating } from "@/lib/srs/rating";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { keyedUniform } from "@/lib/srs/seeded-random";
import { defaultSchedulerSettings, InvalidSchedulerSettingsError, parseSchedulerSettings, type SchedulerSettings } from "@/lib/srs/scheduler-settings";
import type { SimGrade, SimReview, SimScheduler } from "./simulate-scheduler";

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 0, 1, 9);

/** When a simulated answer happens: 09:00 UTC plus one second per item, so the fuzz seed differs between items. */
const answerTime = (day: number, itemKey: number) => new Date(EPOCH + day * MS_PER_DAY + (itemKey % 3600) * 1000);
const dayOf = (at: Date) => Math.floor((at.getTime() - EPOCH) / MS_PER_DAY);

/**
 * ts-fsrs's own fixed-retention scheduler: due when recall falls to `recallAtDue` (request_retention), maximum
 * interval and fuzz as the app's defaults, long-term only (the simulation has a day's resolution).
 */
function createSimFsrs(recallAtDue: number, weights?: readonly number[]): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: recallAtDue,
      maximum_interval: defaultSchedulerSettings.maximumIntervalDays,
      enable_fuzz: defaultSchedulerSettings.enableFuzz,
      enable_short_term: false,
      ...(weights ? { w: [...weights] } : {}),
    }),
  );
}

/**
 * How an FSRS arm schedules: "app" runs the app's own applyReview (lib/srs/apply-review.ts) with the default
 * settings at this desired retention, same-day learning and relearning steps included (each step answered Good
 * within the day; the simulator charges the relearning answer); "fixed-retention" is ts-fsrs's scheduler asked
 * for this recall at due, the textbook FSRS arm.
 */
export type FsrsIntervals = { kind: "app" } | { kind: "fixed-retention" };

type FsrsStepper<S> = { start(grade: SimGrade, day: number, itemKey: number): { state: S; dueDay: number }; review(state: S, grade: SimGrade, day: number, itemKey: number): { state: S; dueDay: number } };

function fixedRetentionStepper(recallAtDue: number, weights: readonly number[] | undefined): FsrsStepper<Card> {
  const scheduler = createSimFsrs(recallAtDue, weights);
  const step = (card: Card, grade: SimGrade, day: number, itemKey: number) => {
    const at = answerTime(day, itemKey);
    const next = scheduler.next(card, at, grade).card;
    return { state: next, dueDay: day + Math.max(1, Math.round((next.due.getTime() - at.getTime()) / MS_PER_DAY)) };
  };
  return { start: (grade, day, itemKey) => step(createEmptyCard(answerTime(day, itemKey)), grade, day, itemKey), review: step };
}

function appStepper(settings: SchedulerSettings): FsrsStepper<CardState> {
  // answers the same-day steps Good until the card is back in review, as a learner who has just seen the answer
  const throughSteps = (card: CardState, itemKey: number) => {
    const cardId = `c${itemKey}`;
    let state = card;
    for (let k = 0; k < 12 && state.state !== State.Review; k++) state = applyReview(state, Rating.Good, state.due, settings, cardId).card;
    return { state, dueDay: Math.max(dayOf(state.due), 0) };
  };
  const step = (card: CardState, grade: SimGrade, day: number, itemKey: number) => {
    const at = answerTime(day, itemKey);
    const next = throughSteps(applyReview(card, grade as Rating, at, settings, `c${itemKey}`).card, itemKey);
    return { state: next.state, dueDay: Math.max(day + 1, next.dueDay) };
  };
  return { start: (grade, day, itemKey) => step(newCardState(answerTime(day, itemKey)), grade, day, itemKey), review: step };
}

function fsrsStepper(desiredRetention: number, weights: readonly number[] | undefined, intervals: FsrsIntervals): FsrsStepper<Card | CardState> {
  if (intervals.kind === "fixed-retention") return fixedRetentionStepper(desiredRetention, weights) as FsrsStepper<Card | CardState>;
  return appStepper(parseSchedulerSettings({ desiredRetention, ...(weights ? { weights: [...weights] } : {}) })) as FsrsStepper<Card | CardState>;
}

/**
 * FSRS with its population default weights (or the weights given) for every learner: as the app runs it by default,
 * or ts-fsrs's fixed-retention scheduler at this recall at due.
 */
export function fsrsSimScheduler(desiredRetention: number, weights?: readonly number[], intervals: FsrsIntervals = { kind: "app" }): SimScheduler<Card | CardState> {
  const step = fsrsStepper(desiredRetention, weights, intervals);
  const label = intervals.kind === "fixed-retention" ? "FSRS fixed recall at due" : "FSRS as the app runs it";
  return { name: `${label} (${desiredRetention.toFixed(3)})`, start: step.start, review: step.review };
}

export type PersonalFitEvent = { learner: number; day: number; reviews: number; result: FitWeightsResult["status"]; weights?: number[] };

type FitLog = Pick<ReviewEvent, "id" | "cardId" | "event" | "undoesId" | "reviewedAt" | "rating">;

/**
 * FSRS as the app runs it for one learner: default weights until the log holds MIN_REVIEWS_FOR_FITTING answers, then
 * weights fitted on the learner's own log by the app's fitWeights (the native optimizer), re-fitted each time the
 * count crosses another multiple (decideWeightFit), validated as the app validates them before storing. The app
 * fits when the learner opens Progress or Settings; the simulated learner does so at the end of every study day.
 * As in the app, fitted weights apply from the next answer on; cards keep their stored memory state and due date.
 * Returns a factory: each learner gets their own weights.
 */
export function fsrsPersonalSimScheduler(
  desiredRetention: number,
  options: { onFit?: (event: PersonalFitEvent) => void; fit?: typeof fitWeights; intervals?: FsrsIntervals } = {},
): (learner: number) => SimScheduler<Card | CardState> {
  const fit = options.fit ?? fitWeights;
  const intervals = options.intervals ?? { kind: "app" };
  return (learner) => {
    let step = fsrsStepper(desiredRetention, undefined, intervals);
    let hasWeights = false;
    let reviewsWhenStored = 0;
    const fitLog: FitLog[] = [];
    return {
      name: `FSRS${intervals.kind === "fixed-retention" ? " fixed retention" : ""} personal (retention ${desiredRetention.toFixed(3)})`,
      start: (grade, day, itemKey) => step.start(grade, day, itemKey),
      review: (card, grade, day, itemKey) => step.review(card, grade, day, itemKey),
      async endOfDay(log: readonly SimReview[], day: number) {
        for (let k = fitLog.length; k < log.length; k++) {
          const r = log[k] as SimReview;
          fitLog.push({ id: `r${k}`, cardId: `c${r.item}`, event: "review", undoesId: null, reviewedAt: answerTime(r.day, r.item), rating: r.grade });
        }
        const decision = decideWeightFit({ reviews: log.length, hasWeights, reviewsWhenStored });
        if (!decision.fit) return;
        const result = await fit(fitLog, { timeZone: "UTC", numRelearningSteps: defaultSchedulerSettings.relearningSteps.length });
        if (result.status !== "fitted") {
          options.onFit?.({ learner, day, reviews: log.length, result: result.status });
          return;
        }
        try {
          parseSchedulerSettings({ weights: result.weights });
        } catch (error) {
          if (error instanceof InvalidSchedulerSettingsError) return;
          throw error;
        }
        step = fsrsStepper(desiredRetention, result.weights, intervals);
        hasWeights = true;
        reviewsWhenStored = log.length;
        options.onFit?.({ learner, day, reviews: log.length, result: "fitted", weights: result.weights });
      },
    };
  };
}

/** Anki's review fuzz (rslib scheduler/states/fuzz.rs): +-15 % from 2.5 to 7 days, 10 % to 20, 5 % beyond. */
const FUZZ_RANGES = [
  { start: 2.5, end: 7, factor: 0.15 },
  { start: 7, end: 20, factor: 0.1 },
  { start: 20, end: Infinity, factor: 0.05 },
] as const;

/** Anki's with_review_fuzz: an interval within the fuzz range, kept between minimum and maximum. */
export function ankiFuzzedInterval(interval: number, minimum: number, maximum: number, fuzzFactor: number): number {
  const min = Math.min(minimum, maximum);
  const clamped = Math.min(Math.max(interval, min), maximum);
  const delta = clamped < 2.5 ? 0 : FUZZ_RANGES.reduce((d, r) => d + r.factor * Math.max(0, Math.min(clamped, r.end) - r.start), 1);
  let lower = Math.min(Math.max(Math.round(clamped - delta), min), maximum);
  let upper = Math.min(Math.max(Math.round(clamped + delta), min), maximum);
  if (upper === lower && upper > 2 && upper < maximum) upper = lower + 1;
  if (lower > upper) lower = upper;
  return Math.floor(lower + fuzzFactor * (1 + upper - lower));
}

export type AnkiSm2State = { reps: number; ease: number; interval: number };

const ANKI = { graduatingInterval: 1, easyInterval: 4, startingEase: 2.5, easyBonus: 1.3, hardInterval: 1.2, newIntervalAfterLapse: 0, minimumInterval: 1, minimumEase: 1.3, maximumInterval: 36500 } as const;

/**
 * Anki's SM-2 with its default deck options (v3 scheduler, rslib scheduler/states), at a day's resolution:
 * a new card graduates after its same-day learning steps to 1 day (Easy: 4 days, fuzzed). In review, Hard is
 * interval x 1.2 (at least +1 day) and ease -0.15; Good interval x ease (at least Hard + 1); Easy interval x ease x
 * 1.3 (at least Good + 1) and ease +0.15; Again ease -0.20 and, after its same-day relearning step, 1 day
 * (new interval 0 %). Ease starts at 2.5 and never drops below 1.3; review intervals get Anki's fuzz. Answers are
 * never late here, so the days-late terms vanish. Learning steps and relearning steps are same-day and, as for every
 * scheduler in this simulation, not simulated. `intervalModifier` is Anki's deck option of that name (default 1):
 * it multiplies the Hard, Good and Easy intervals of review cards, and traces SM-2's workload-retention curve.
 */
export function ankiSm2SimScheduler(intervalModifier = 1): SimScheduler<AnkiSm2State> {
  const fuzz = (interval: number, minimum: number, itemKey: number, reps: number) =>
    ankiFuzzedInterval(interval, Math.max(minimum, ANKI.minimumInterval), ANKI.maximumInterval, keyedUniform(itemKey, reps, 0x5a2));
  return {
    name: intervalModifier === 1 ? "SM-2 (Anki default)" : `SM-2 (Anki, interval modifier ${intervalModifier})`,
    start: (grade, day, itemKey) => {
      const interval = grade === 4 ? fuzz(ANKI.easyInterval, 1, itemKey, 0) : ANKI.graduatingInterval;
      return { state: { reps: 1, ease: ANKI.startingEase, interval }, dueDay: day + interval };
    },
    review: (state, grade, day, itemKey) => {
      const reps = state.reps + 1;
      if (grade === 1) {
        const interval = Math.max(ANKI.minimumInterval, Math.round(state.interval * ANKI.newIntervalAfterLapse));
        return { state: { reps, ease: Math.max(ANKI.minimumEase, state.ease - 0.2), interval }, dueDay: day + interval };
      }
      const hard = fuzz(state.interval * ANKI.hardInterval * intervalModifier, state.interval + 1, itemKey, reps);
      const good = fuzz(state.interval * state.ease * intervalModifier, hard + 1, itemKey, reps);
      const easy = fuzz(state.interval * state.ease * ANKI.easyBonus * intervalModifier, good + 1, itemKey, reps);
      const interval = grade === 2 ? hard : grade === 3 ? good : easy;
      const ease = Math.max(ANKI.minimumEase, state.ease + (grade === 2 ? -0.15 : grade === 4 ? 0.15 : 0));
      return { state: { reps, ease, interval }, dueDay: day + interval };
    },
  };
}

export type SuperMemoSm2State = { repetition: number; ease: number; interval: number };

/**
 * SuperMemo's SM-2 as Wozniak published it (1987): I(1) = 1 day, I(2) = 6, then I(n) = I(n-1) x EF, with
 * EF' = EF + (0.1 - (5-q)(0.08 + (5-q)0.02)), never below 1.3, after every repetition; a grade below 3 starts the
 * repetitions again from I(1) "as if the item was memorized anew", EF kept as updated. Grades map as in the
 * open-spaced-repetition benchmark: Again q=2, Hard 3, Good 4, Easy 5 (binary grading leaves EF at 2.5 until a lapse
 * costs 0.32). The first exposure is the memorization, which SM-2 does not grade: the first repetition is a day later.
 */
export function superMemoSm2SimScheduler(): SimScheduler<SuperMemoSm2State> {
  return {
    name: "SM-2 (SuperMemo)",
    start: (_grade, day) => ({ state: { repetition: 1, ease: 2.5, interval: 1 }, dueDay: day + 1 }),
    review: (state, grade, day) => {
      const q = grade + 1;
      const ease = Math.max(1.3, state.ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
      let next: SuperMemoSm2State;
      if (q < 3) next = { repetition: 1, ease, interval: 1 };
      else {
        const repetition = state.repetition + 1;
        const interval = repetition === 2 ? 6 : Math.min(36500, Math.max(1, Math.round(state.interval * state.ease)));
        next = { repetition, ease, interval };
      }
      return { state: next, dueDay: day + next.interval };
    },
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
