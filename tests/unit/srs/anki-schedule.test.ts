import { describe, expect, it } from "vitest";
import {
  ANKI_MAX_ANSWER_MS,
  ANKI_STARTING_EASE,
  AnkiCardType,
  AnkiQueue,
  AnkiRevlogKind,
  ankiDayNumber,
  ankiMemoryStateData,
  ankiRevlogFactor,
  ankiTiming,
  toAnkiCardSchedule,
  toAnkiRevlog,
  withUniqueRevlogIds,
  type AnkiScheduleContext,
} from "@/lib/srs/anki-schedule";
import { applyReview } from "@/lib/srs/apply-review";
import { newCardState, State, type CardState } from "@/lib/srs/card-state";
import { Rating } from "@/lib/srs/rating";
import { defaultSchedulerSettings, parseSchedulerSettings } from "@/lib/srs/scheduler-settings";

const at = (iso: string) => new Date(iso);
const secs = (iso: string) => Date.parse(iso) / 1000;
// 10:00 in Paris (UTC+1 in winter) on Sunday 29 November 2026
const now = at("2026-11-29T09:00:00Z");

function card(over: Partial<CardState>): CardState {
  return { ...newCardState(at("2026-11-01T00:00:00Z")), ...over };
}

const context = (timeZone = "Europe/Paris", dues: Date[] = [], when = now): AnkiScheduleContext => ({
  timing: ankiTiming(when, timeZone, dues),
  learningStepCount: 2,
  relearningStepCount: 1,
  desiredRetention: 0.9,
});
const schedule = (c: CardState, ctx = context(), { position = 0, suspended = false } = {}) => toAnkiCardSchedule(c, { position, suspended }, ctx);

describe("the collection's day 0 (col.crt)", () => {
  it("is 4 a.m. of today's study day in the learner's zone, with Anki's creationOffset in minutes west", () => {
    expect(ankiTiming(now, "Europe/Paris", [])).toEqual({ timeZone: "Europe/Paris", crtDay: "2026-11-29", today: "2026-11-29", crt: secs("2026-11-29T03:00:00Z"), creationOffset: -60 });
    expect(ankiTiming(now, "America/New_York", [])).toMatchObject({ crtDay: "2026-11-29", crt: secs("2026-11-29T09:00:00Z"), creationOffset: 300 });
    expect(ankiTiming(now, "UTC", [])).toMatchObject({ crt: secs("2026-11-29T04:00:00Z"), creationOffset: 0 });
  });

  it("before 4 a.m. still belongs to yesterday, as Anki's rollover does", () => {
    // 02:30 in Paris on the 29th: the 28th's study day
    expect(ankiTiming(at("2026-11-29T01:30:00Z"), "Europe/Paris", [])).toMatchObject({ crtDay: "2026-11-28", today: "2026-11-28", crt: secs("2026-11-28T03:00:00Z") });
  });

  it("moves back to the earliest overdue review, so no review card gets a negative day", () => {
    const timing = ankiTiming(now, "Europe/Paris", [at("2026-11-20T12:00:00Z"), at("2026-12-05T12:00:00Z")]);
    expect(timing).toMatchObject({ crtDay: "2026-11-20", today: "2026-11-29", crt: secs("2026-11-20T03:00:00Z") });
    expect(ankiDayNumber(now, timing)).toBe(9);
  });

  it("counts calendar study days across a change of clocks (crt in winter time, due in summer time)", () => {
    const timing = ankiTiming(at("2026-03-28T12:00:00Z"), "Europe/Paris", []);
    expect(timing.creationOffset).toBe(-60);
    // 04:30 summer time on Monday 30 March: two study days later, although only 46.5 hours have passed
    expect(ankiDayNumber(at("2026-03-30T02:30:00Z"), timing)).toBe(2);
    expect(ankiDayNumber(at("2026-03-30T01:30:00Z"), timing)).toBe(1);
  });
});

describe("a card's Anki columns", () => {
  it("new: the new queue, due at its position, no interval, ease or memory state", () => {
    expect(schedule(card({}), context(), { position: 7 })).toEqual({ type: AnkiCardType.New, queue: AnkiQueue.New, due: 7, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "" });
  });

  it("learning, answered today: the intraday queue, due in epoch seconds, with the steps left and the FSRS memory state", () => {
    const learning = card({ state: State.Learning, due: at("2026-11-29T09:10:00Z"), lastReview: now, learningSteps: 1, reps: 1, stability: 2.3065, difficulty: 2.11846 });
    expect(schedule(learning)).toEqual({
      type: AnkiCardType.Learn,
      queue: AnkiQueue.Learn,
      due: secs("2026-11-29T09:10:00Z"),
      ivl: 0,
      factor: 0,
      reps: 1,
      lapses: 0,
      left: 1,
      data: '{"s":2.31,"d":2.118,"dr":0.9}',
    });
    // Again puts it back at the first of two steps: both left
    expect(schedule({ ...learning, learningSteps: 0 }).left).toBe(2);
    // a card left past its last step (steps were shortened) still has one to do
    expect(schedule({ ...learning, learningSteps: 5 }).left).toBe(1);
  });

  it("learning, due after the next 4 a.m.: the day-learning queue, due as a day number, as Anki dates a step across the rollover", () => {
    const late = card({ state: State.Learning, due: at("2026-11-30T03:10:00Z"), lastReview: at("2026-11-29T22:50:00Z"), reps: 1, stability: 1, difficulty: 5 });
    expect(schedule(late)).toMatchObject({ queue: AnkiQueue.DayLearn, due: 1 });
    // 03:50 in Paris the next night is still today's study day
    expect(schedule({ ...late, due: at("2026-11-30T02:50:00Z") })).toMatchObject({ queue: AnkiQueue.Learn, due: secs("2026-11-30T02:50:00Z") });
  });

  it("learning, overdue by days: still the intraday queue at its old time, which Anki shows at once", () => {
    const stale = card({ state: State.Learning, due: at("2026-11-02T10:00:00Z"), lastReview: at("2026-11-02T09:59:00Z"), reps: 1, stability: 0.4, difficulty: 7 });
    expect(schedule(stale)).toMatchObject({ queue: AnkiQueue.Learn, due: secs("2026-11-02T10:00:00Z") });
  });

  it("review: the review queue, due as study days from crt, the interval in days and Anki's starting ease", () => {
    const review = card({ state: State.Review, due: at("2026-12-05T08:00:00Z"), lastReview: at("2026-11-25T08:00:00Z"), scheduledDays: 10, reps: 4, lapses: 1, stability: 11.2, difficulty: 4.5 });
    expect(schedule(review)).toEqual({
      type: AnkiCardType.Review,
      queue: AnkiQueue.Review,
      due: 6,
      ivl: 10,
      factor: ANKI_STARTING_EASE,
      reps: 4,
      lapses: 1,
      left: 0,
      data: '{"s":11.2,"d":4.5,"dr":0.9}',
    });
  });

  it("review, overdue: a day number before today's (crt moved back so it is not negative)", () => {
    const overdue = card({ state: State.Review, due: at("2026-11-20T08:00:00Z"), lastReview: at("2026-11-10T08:00:00Z"), scheduledDays: 10, reps: 3, stability: 9, difficulty: 5 });
    const ctx = context("Europe/Paris", [overdue.due]);
    expect(schedule(overdue, ctx).due).toBe(0);
    expect(ankiDayNumber(now, ctx.timing)).toBe(9);
  });

  it("review, answered today for tomorrow: day 1 after today", () => {
    const tomorrow = card({ state: State.Review, due: at("2026-11-30T09:00:00Z"), lastReview: now, scheduledDays: 1, reps: 2, stability: 1.2, difficulty: 5 });
    expect(schedule(tomorrow)).toMatchObject({ due: 1, ivl: 1 });
  });

  it("review, due at 03:30 local: the day before, since Anki's day and ours both start at 4 a.m.", () => {
    const small = card({ state: State.Review, due: at("2026-12-01T02:30:00Z"), lastReview: now, scheduledDays: 2, reps: 2, stability: 2, difficulty: 5 });
    expect(schedule(small).due).toBe(1);
    expect(schedule({ ...small, due: at("2026-12-01T03:00:00Z") }).due).toBe(2);
  });

  it("review: the same instant is a different day in another zone", () => {
    const due = card({ state: State.Review, due: at("2026-12-01T03:30:00Z"), lastReview: now, scheduledDays: 2, reps: 2, stability: 2, difficulty: 5 });
    expect(schedule(due, context("UTC")).due).toBe(1); // 03:30 in London: still the 30th's study day
    expect(schedule(due, context("Asia/Tokyo")).due).toBe(2); // 12:30 in Tokyo on the 1st
    // Tokyo's study day of `now` (18:00 on the 29th) starts at 19:00Z on the 28th
    expect(context("Asia/Tokyo").timing).toMatchObject({ crt: secs("2026-11-28T19:00:00Z"), creationOffset: -540 });
  });

  it("relearning: its own type in the intraday queue, one relearning step left, a one-day interval after it and the starting ease", () => {
    const lapsed = card({ state: State.Relearning, due: at("2026-11-29T09:10:00Z"), lastReview: now, scheduledDays: 0, reps: 6, lapses: 2, stability: 1.8, difficulty: 7.2 });
    expect(schedule(lapsed)).toEqual({
      type: AnkiCardType.Relearn,
      queue: AnkiQueue.Learn,
      due: secs("2026-11-29T09:10:00Z"),
      ivl: 1,
      factor: ANKI_STARTING_EASE,
      reps: 6,
      lapses: 2,
      left: 1,
      data: '{"s":1.8,"d":7.2,"dr":0.9}',
    });
  });

  it("suspended: Anki's suspended queue, with the type and the due date kept (a learning card's in seconds)", () => {
    const review = card({ state: State.Review, due: at("2026-12-05T08:00:00Z"), lastReview: at("2026-11-25T08:00:00Z"), scheduledDays: 10, reps: 4, stability: 11, difficulty: 4 });
    expect(schedule(review, context(), { suspended: true })).toMatchObject({ type: AnkiCardType.Review, queue: AnkiQueue.Suspended, due: 6 });
    const late = card({ state: State.Learning, due: at("2026-11-30T05:00:00Z"), lastReview: now, reps: 1, stability: 1, difficulty: 5 });
    expect(schedule(late, context(), { suspended: true })).toMatchObject({ type: AnkiCardType.Learn, queue: AnkiQueue.Suspended, due: secs("2026-11-30T05:00:00Z") });
    expect(schedule(card({}), context(), { position: 3, suspended: true })).toMatchObject({ type: AnkiCardType.New, queue: AnkiQueue.Suspended, due: 3 });
  });
});

describe("the FSRS memory state in cards.data", () => {
  it("is rounded as Anki stores it, difficulty kept within 1-10, and left out for a new card", () => {
    expect(ankiMemoryStateData(card({ state: State.Review, stability: 123.456789, difficulty: 10.4 }), 0.85)).toBe('{"s":123.46,"d":10,"dr":0.85}');
    expect(ankiMemoryStateData(card({ state: State.Learning, stability: 0.2, difficulty: 0.5 }), 0.9)).toBe('{"s":0.2,"d":1,"dr":0.9}');
    expect(ankiMemoryStateData(card({ stability: 5, difficulty: 5 }), 0.9)).toBe("");
  });
});

describe("the review log as Anki's revlog", () => {
  const settings = parseSchedulerSettings({ enableFuzz: false, timeZone: "Europe/Paris" });
  const first = applyReview(newCardState(now), Rating.Good, now, settings, "card-1");
  const tenMinutes = at("2026-11-29T09:10:00Z");
  const second = applyReview(first.card, Rating.Good, tenMinutes, settings, "card-1");

  it("a first answer: a learning entry, the step in minus seconds, no previous interval, the difficulty as Anki's FSRS writes it", () => {
    expect(first.card.state).toBe(State.Learning);
    expect(toAnkiRevlog({ reviewedAt: now, rating: Rating.Good, before: first.log.stateBefore, after: first.card, durationMs: 4321 })).toEqual({
      id: now.getTime(),
      ease: 3,
      ivl: -600,
      lastIvl: 0,
      factor: ankiRevlogFactor(first.card.difficulty),
      time: 4321,
      type: AnkiRevlogKind.Learning,
    });
  });

  it("graduating: a learning entry with the new interval in days and the last step as the previous interval", () => {
    expect(second.card.state).toBe(State.Review);
    expect(toAnkiRevlog({ reviewedAt: tenMinutes, rating: Rating.Good, before: first.card, after: second.card, durationMs: 0 })).toMatchObject({
      type: AnkiRevlogKind.Learning,
      ivl: second.card.scheduledDays,
      lastIvl: -600,
    });
    expect(second.card.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("a lapse: a review entry from the old interval in days to the relearning step in seconds; then a relearning entry", () => {
    const later = second.card.due;
    const lapse = applyReview(second.card, Rating.Again, later, settings, "card-1");
    expect(toAnkiRevlog({ reviewedAt: later, rating: Rating.Again, before: second.card, after: lapse.card, durationMs: 90_000 })).toMatchObject({
      type: AnkiRevlogKind.Review,
      ease: 1,
      ivl: -600,
      lastIvl: second.card.scheduledDays,
      time: ANKI_MAX_ANSWER_MS,
    });
    const relearnAt = new Date(later.getTime() + 600_000);
    const relearned = applyReview(lapse.card, Rating.Good, relearnAt, settings, "card-1");
    expect(toAnkiRevlog({ reviewedAt: relearnAt, rating: Rating.Good, before: lapse.card, after: relearned.card, durationMs: 1000 })).toMatchObject({
      type: AnkiRevlogKind.Relearning,
      lastIvl: -600,
      ivl: relearned.card.scheduledDays,
    });
  });

  it("scales difficulty 1-10 to Anki's 100-1100 and writes 0 without one", () => {
    expect([ankiRevlogFactor(1), ankiRevlogFactor(5.5), ankiRevlogFactor(10), ankiRevlogFactor(0)]).toEqual([100, 600, 1100, 0]);
  });

  it("moves answers given in the same millisecond apart, keeping log order", () => {
    expect(withUniqueRevlogIds([{ id: 5, n: "a" }, { id: 5, n: "b" }, { id: 6, n: "c" }, { id: 9, n: "d" }])).toEqual([
      { id: 5, n: "a" },
      { id: 6, n: "b" },
      { id: 7, n: "c" },
      { id: 9, n: "d" },
    ]);
  });
});

it("uses the learner's step counts: two learning steps and one relearning step by default", () => {
  expect([defaultSchedulerSettings.learningSteps.length, defaultSchedulerSettings.relearningSteps.length]).toEqual([2, 1]);
});
