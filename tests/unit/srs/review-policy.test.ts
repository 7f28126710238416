import { default_w, fsrs, generatorParameters } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { applyReview } from "@/lib/srs/apply-review";
import { newCardState, State } from "@/lib/srs/card-state";
import { Rating } from "@/lib/srs/rating";
import { decayOf, intervalMeanFor, meanRecallOverInterval, MIN_RECALL_AT_DUE, recallAtDueFor, recallAtDueForMean } from "@/lib/srs/review-policy";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";

/** (1/T)∫₀ᵀ R(t) dt by the midpoint rule, with S = 1 (the mean does not depend on S). */
function integratedMean(recallAtDue: number, decay: number): number {
  const factor = Math.pow(0.9, -1 / decay) - 1;
  const T = (Math.pow(recallAtDue, -1 / decay) - 1) / factor;
  const steps = 20_000;
  let sum = 0;
  for (let k = 0; k < steps; k++) sum += Math.pow(1 + (factor * (T * (k + 0.5))) / steps, -decay);
  return sum / steps;
}

describe("meanRecallOverInterval", () => {
  it("is the time-average of FSRS's forgetting curve over an interval, for any decay", () => {
    for (const decay of [0.1542, 0.3, 0.5]) {
      for (const r of [0.55, 0.7, 0.9, 0.97]) expect(meanRecallOverInterval(r, decay)).toBeCloseTo(integratedMean(r, decay), 5);
    }
    expect(meanRecallOverInterval(1, 0.2)).toBe(1);
  });
});

describe("recallAtDueFor", () => {
  it("asks ts-fsrs for the recall at due whose mean over each interval is the setting's calibrated aim", () => {
    const decay = decayOf(undefined);
    expect(decay).toBe(default_w[20]);
    let previous = 0;
    for (const r of [0.7, 0.75, 0.8, 0.85, 0.9, 0.94, 0.97]) {
      const atDue = recallAtDueFor(r);
      expect(atDue).toBeLessThan(r);
      expect(atDue).toBeGreaterThan(previous);
      expect(meanRecallOverInterval(atDue, decay)).toBeCloseTo(intervalMeanFor(r), 5);
      expect(intervalMeanFor(r)).toBeGreaterThan(r - 0.05);
      previous = atDue;
    }
    // FSRS-6's defaults: a whole-interval mean of 0.90 means reviewing when recall falls to about 0.84
    expect(recallAtDueForMean(0.9)).toBeCloseTo(0.836, 3);
  });

  it("follows the learner's own decay (FSRS-5's 0.5 keeps recall higher early in the interval, so it can end lower)", () => {
    const fsrs5 = default_w.slice(0, 19);
    expect(decayOf(fsrs5)).toBe(0.5);
    expect(recallAtDueFor(0.9, fsrs5)).toBeLessThan(recallAtDueFor(0.9) - 0.01);
    expect(meanRecallOverInterval(recallAtDueFor(0.9, fsrs5), 0.5)).toBeCloseTo(intervalMeanFor(0.9), 5);
  });

  it("never asks for less than MIN_RECALL_AT_DUE and refuses nonsense", () => {
    expect(recallAtDueForMean(0.55)).toBe(MIN_RECALL_AT_DUE);
    expect(() => recallAtDueFor(1)).toThrow(RangeError);
    expect(() => recallAtDueFor(Number.NaN)).toThrow(RangeError);
  });
});

describe("applyReview schedules with plain ts-fsrs", () => {
  it("gives exactly ts-fsrs's interval at the mapped recall at due", () => {
    const now = new Date("2026-03-08T06:30:00Z");
    for (const desiredRetention of [0.7, 0.9, 0.97]) {
      const settings = parseSchedulerSettings({ desiredRetention, enableFuzz: false });
      let card = applyReview(newCardState(now), Rating.Good, now, settings).card;
      card = applyReview(card, Rating.Good, card.due, settings).card;
      const at = new Date(card.due.getTime());
      const after = applyReview(card, Rating.Good, at, settings).card;
      expect(after.state).toBe(State.Review);
      const reference = fsrs(generatorParameters({ request_retention: recallAtDueFor(desiredRetention), enable_fuzz: false }));
      expect(after.scheduledDays).toBe(reference.next_interval(after.stability, after.elapsedDays));
    }
  });
});
