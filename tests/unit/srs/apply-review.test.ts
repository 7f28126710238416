import { describe, expect, it } from "vitest";
import { applyReview, ReviewTimeError, toFsrsInput } from "@/lib/srs/apply-review";
import { newCardState, State, type CardState } from "@/lib/srs/card-state";
import { Rating, RATINGS } from "@/lib/srs/rating";
import { allowedRatingsAfterAnswer, isAllowedRatingAfterAnswer, ratingForAnswer } from "@/lib/srs/rating-for-answer";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";

const now = new Date("2026-03-08T06:30:00Z");
const settings = parseSchedulerSettings({});
const minutes = (card: CardState, from: Date) => (card.due.getTime() - from.getTime()) / 60_000;
const days = (n: number, from = now) => new Date(from.getTime() + n * 86_400_000);

/** A card graduated to review: new -> Good (1m step) -> Good (10m step) -> review. */
function graduated(at = now): CardState {
  let card = applyReview(newCardState(at), Rating.Good, at, settings).card;
  card = applyReview(card, Rating.Good, card.due, settings).card;
  return card;
}

describe("applyReview: learning steps", () => {
  it("walks a new card through 1m and 10m steps before it graduates", () => {
    const again = applyReview(newCardState(now), Rating.Again, now, settings);
    expect(again.card.state).toBe(State.Learning);
    expect(minutes(again.card, now)).toBe(1);

    const good = applyReview(newCardState(now), Rating.Good, now, settings);
    expect(good.card).toMatchObject({ state: State.Learning, learningSteps: 1, reps: 1, scheduledDays: 0 });
    expect(minutes(good.card, now)).toBe(10);
    expect(good.log).toMatchObject({ rating: Rating.Good, elapsedDays: 0, scheduledDays: 0 });
    expect(good.log.stateBefore.state).toBe(State.New);
    expect(good.log.stateAfter).toEqual(good.card);

    const later = good.card.due;
    const second = applyReview(good.card, Rating.Good, later, settings);
    expect(second.card.state).toBe(State.Review);
    expect(second.card.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(second.card.lastReview?.getTime()).toBe(later.getTime());
  });

  it("sends Easy on a new card straight to review", () => {
    const easy = applyReview(newCardState(now), Rating.Easy, now, settings).card;
    expect(easy.state).toBe(State.Review);
    expect(easy.scheduledDays).toBeGreaterThan(1);
  });

  it("resumes a card stranded past its last step by a settings change instead of graduating it on Again", () => {
    const threeSteps = parseSchedulerSettings({ learningSteps: ["1m", "10m", "1h"] });
    let card = applyReview(newCardState(now), Rating.Good, now, threeSteps).card;
    card = applyReview(card, Rating.Good, card.due, threeSteps).card;
    expect(card).toMatchObject({ state: State.Learning, learningSteps: 2 });
    const oneStep = parseSchedulerSettings({ learningSteps: ["5m"] });
    expect(toFsrsInput(card, oneStep).learning_steps).toBe(0);
    const after = applyReview(card, Rating.Again, card.due, oneStep).card;
    expect(after.state).toBe(State.Learning);
    expect(minutes(after, card.due)).toBe(5);
  });
});

describe("applyReview: review and lapses", () => {
  it("lengthens the interval on Good and counts a lapse on Again", () => {
    const card = graduated();
    const at = card.due;
    const good = applyReview(card, Rating.Good, at, settings).card;
    expect(good.state).toBe(State.Review);
    expect(good.scheduledDays).toBeGreaterThan(card.scheduledDays);
    expect(good.stability).toBeGreaterThan(card.stability);

    const lapse = applyReview(card, Rating.Again, at, settings);
    expect(lapse.card).toMatchObject({ state: State.Relearning, lapses: card.lapses + 1, scheduledDays: 0 });
    expect(minutes(lapse.card, at)).toBe(10); // the relearning step
    expect(lapse.card.stability).toBeLessThan(card.stability);
    expect(lapse.log.elapsedDays).toBe(card.scheduledDays);

    const relearned = applyReview(lapse.card, Rating.Good, lapse.card.due, settings).card;
    expect(relearned.state).toBe(State.Review);
    expect(relearned.lapses).toBe(1);
  });

  it("counts elapsed days for an overdue review", () => {
    const card = graduated();
    const late = days(30, card.due);
    const outcome = applyReview(card, Rating.Good, late, settings);
    expect(outcome.log.elapsedDays).toBeGreaterThanOrEqual(30);
    expect(outcome.card.elapsedDays).toBe(outcome.log.elapsedDays);
  });

  it("keeps every interval within maximumIntervalDays", () => {
    const capped = parseSchedulerSettings({ maximumIntervalDays: 5 });
    let card = applyReview(newCardState(now), Rating.Easy, now, capped).card;
    for (let i = 0; i < 6; i++) card = applyReview(card, Rating.Easy, card.due, capped).card;
    expect(card.scheduledDays).toBeLessThanOrEqual(5);
  });

  it("schedules longer at lower desired retention", () => {
    const card = graduated();
    const low = applyReview(card, Rating.Good, card.due, parseSchedulerSettings({ desiredRetention: 0.7, enableFuzz: false }));
    const high = applyReview(card, Rating.Good, card.due, parseSchedulerSettings({ desiredRetention: 0.97, enableFuzz: false }));
    expect(low.card.scheduledDays).toBeGreaterThan(high.card.scheduledDays);
  });
});

describe("applyReview: determinism and fuzz", () => {
  it("gives the same result for the same card, rating and time", () => {
    let card = graduated();
    for (let i = 0; i < 4; i++) card = applyReview(card, Rating.Good, card.due, settings).card;
    const a = applyReview(card, Rating.Good, card.due, settings, "card-1");
    const b = applyReview(card, Rating.Good, card.due, settings, "card-1");
    expect(a).toEqual(b);
  });

  it("spreads identical cards by card id, within the fuzz range", () => {
    let card = graduated();
    for (let i = 0; i < 4; i++) card = applyReview(card, Rating.Good, card.due, parseSchedulerSettings({ enableFuzz: false })).card;
    const at = card.due;
    const plain = applyReview(card, Rating.Good, at, parseSchedulerSettings({ enableFuzz: false })).card.scheduledDays;
    const fuzzed = Array.from({ length: 40 }, (_, i) => applyReview(card, Rating.Good, at, settings, `card-${i}`).card.scheduledDays);
    expect(new Set(fuzzed).size).toBeGreaterThan(1);
    for (const interval of fuzzed) expect(Math.abs(interval - plain)).toBeLessThanOrEqual(Math.ceil(plain * 0.1) + 2);
  });

  it("does not mutate its input", () => {
    const card = graduated();
    const copy = structuredClone(card);
    applyReview(card, Rating.Again, card.due, settings);
    expect(card).toEqual(copy);
  });
});

describe("applyReview: guards", () => {
  it("refuses a review dated before the card's last review", () => {
    const card = graduated();
    expect(() => applyReview(card, Rating.Good, days(-1, card.lastReview ?? now), settings)).toThrow(ReviewTimeError);
  });
  it("refuses a rating outside 1-4", () => {
    expect(() => applyReview(newCardState(now), 0 as Rating, now, settings)).toThrow(/1 \(Again\) to 4/);
    expect(() => applyReview(newCardState(now), 5 as Rating, now, settings)).toThrow(RangeError);
  });
});

describe("hard must never equal again", () => {
  const configs = [
    parseSchedulerSettings({}),
    parseSchedulerSettings({ learningSteps: ["1m"], relearningSteps: ["1m"] }),
    parseSchedulerSettings({ learningSteps: ["10m", "1h", "12h"], relearningSteps: ["30m", "23h"] }),
    parseSchedulerSettings({ desiredRetention: 0.7, maximumIntervalDays: 1 }),
  ];
  it.each(configs.map((c, i) => [i, c] as const))("config %i: Hard is later than Again in every state", (_i, config) => {
    let card = newCardState(now);
    let at = now;
    // new, learning, review (growing), lapse, relearning, review again
    const path = [Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Good, Rating.Good, Rating.Again, Rating.Good];
    for (const rating of path) {
      for (const id of ["a", "b", "c"]) {
        const again = applyReview(card, Rating.Again, at, config, id).card;
        const hard = applyReview(card, Rating.Hard, at, config, id).card;
        expect(hard.due.getTime(), `state ${card.state}`).toBeGreaterThan(again.due.getTime());
      }
      card = applyReview(card, rating, at, config).card;
      at = card.due;
    }
  });
});

describe("ratings for objective answers", () => {
  it("grades wrong as Again and right as Good", () => {
    expect(ratingForAnswer(false)).toBe(Rating.Again);
    expect(ratingForAnswer(true)).toBe(Rating.Good);
  });
  it("lets a right answer become Hard or Easy but never Again, and a wrong one nothing but Again", () => {
    expect(allowedRatingsAfterAnswer(true)).toEqual([Rating.Hard, Rating.Good, Rating.Easy]);
    expect(allowedRatingsAfterAnswer(false)).toEqual([Rating.Again]);
    for (const rating of RATINGS) {
      expect(isAllowedRatingAfterAnswer(true, rating)).toBe(rating !== Rating.Again);
      expect(isAllowedRatingAfterAnswer(false, rating)).toBe(rating === Rating.Again);
    }
    expect(allowedRatingsAfterAnswer(true)).toContain(ratingForAnswer(true));
    expect(allowedRatingsAfterAnswer(false)).toContain(ratingForAnswer(false));
  });
});
