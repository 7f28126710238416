import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import type { fitWeights } from "@/lib/srs/fit-weights";
import { keyedUniform } from "@/lib/srs/seeded-random";
import { createPrng } from "@/lib/util/seeded-random";
import {
  ankiFuzzedInterval,
  ankiSm2SimScheduler,
  fsrsPersonalSimScheduler,
  fsrsSimScheduler,
  leitnerSimScheduler,
  superMemoSm2SimScheduler,
  type PersonalFitEvent,
} from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler, summarize } from "@/lib/srs/simulate/simulate-scheduler";

const config = { seed: 7, learners: 2, items: 40, days: 60, newPerDay: 10 };

describe("simulation", () => {
  it("is deterministic from its seed", async () => {
    const a = createPrng(42);
    const b = createPrng(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(keyedUniform(1, 2, 3)).toBe(keyedUniform(1, 2, 3));
    expect(keyedUniform(1, 2, 3)).not.toBe(keyedUniform(1, 2, 4));
    expect(await simulateScheduler(ankiSm2SimScheduler(), config)).toEqual(await simulateScheduler(ankiSm2SimScheduler(), config));
  });

  it("introduces every item once and keeps measures in range", async () => {
    for (const scheduler of [fsrsSimScheduler(0.9), ankiSm2SimScheduler(), superMemoSm2SimScheduler(), leitnerSimScheduler()]) {
      const result = await simulateScheduler(scheduler as never, config);
      expect(result.introductions).toBe(config.learners * config.items);
      expect(result.reviews).toBeGreaterThan(result.introductions);
      expect(result.learners).toHaveLength(config.learners);
      expect(result.meanRetrievability).toBeGreaterThan(0.5);
      expect(result.meanRetrievability).toBeLessThan(1);
    }
  });

  it("pools learners: the pooled summary of two runs sums their totals", async () => {
    const a = await simulateScheduler(leitnerSimScheduler(), config);
    const b = await simulateScheduler(leitnerSimScheduler(), { ...config, seed: 8 });
    const pooled = summarize("Leitner", [...a.learners, ...b.learners]);
    expect(pooled.reviews).toBe(a.reviews + b.reviews);
    expect(pooled.meanRetrievability).toBeCloseTo((a.retrievabilitySum + b.retrievabilitySum) / (a.retrievabilityDays + b.retrievabilityDays), 12);
  });

  it("reviews more, and retains more, at a higher desired retention", async () => {
    const low = await simulateScheduler(fsrsSimScheduler(0.8), config);
    const high = await simulateScheduler(fsrsSimScheduler(0.95), config);
    expect(high.reviews).toBeGreaterThan(low.reviews);
    expect(high.meanRetrievability).toBeGreaterThan(low.meanRetrievability);
  });

  it("Leitner climbs 1, 2, 4 ... 32 days and falls back to the first box on a miss", () => {
    const leitner = leitnerSimScheduler();
    let step = leitner.start(3, 0, 0);
    const gaps = [step.dueDay];
    for (let i = 0; i < 6; i++) {
      const next = leitner.review(step.state, 3, step.dueDay, 0);
      gaps.push(next.dueDay - step.dueDay);
      step = next;
    }
    expect(gaps).toEqual([1, 2, 4, 8, 16, 32, 32]);
    expect(leitner.review(step.state, 1, step.dueDay, 0).state).toBe(0);
  });
});

describe("Anki SM-2", () => {
  it("fuzzes as Anki does: none below 2.5 days, then +-(1 + 15 % / 10 % / 5 % by range), within the minimum", () => {
    expect(ankiFuzzedInterval(2, 1, 36500, 0.99)).toBe(2);
    // 100 days: delta 1 + 0.15 x 4.5 + 0.1 x 13 + 0.05 x 80 = 6.975, so 93..107
    expect(ankiFuzzedInterval(100, 1, 36500, 0)).toBe(93);
    expect(ankiFuzzedInterval(100, 1, 36500, 0.999)).toBe(107);
    expect(ankiFuzzedInterval(100, 105, 36500, 0)).toBe(105);
    expect(ankiFuzzedInterval(100, 1, 50, 0.999)).toBe(50);
    expect(ankiFuzzedInterval(100, 1, 50, 0)).toBe(46);
  });

  it("graduates a new card to 1 day (Easy: about 4), then Good multiplies by the ease with Anki's minimums", () => {
    const sm2 = ankiSm2SimScheduler();
    const first = sm2.start(3, 0, 1);
    expect(first).toEqual({ state: { reps: 1, ease: 2.5, interval: 1 }, dueDay: 1 });
    expect(sm2.start(1, 0, 1).dueDay).toBe(1);
    expect(sm2.start(4, 0, 1).dueDay).toBeGreaterThanOrEqual(3);
    expect(sm2.start(4, 0, 1).dueDay).toBeLessThanOrEqual(5);
    // 1 day x 2.5, but at least Hard (1 x 1.2, at least 2) + 1
    const second = sm2.review(first.state, 3, 1, 1);
    expect([3, 4]).toContain(second.state.interval);
    let state = { reps: 5, ease: 2.5, interval: 40 };
    const good = sm2.review(state, 3, 0, 1);
    expect(good.state.ease).toBe(2.5);
    expect(Math.abs(good.state.interval - 100)).toBeLessThanOrEqual(7);
    state = { reps: 5, ease: 2.5, interval: 40 };
    const hard = sm2.review(state, 2, 0, 1);
    const easy = sm2.review(state, 4, 0, 1);
    expect(hard.state.ease).toBeCloseTo(2.35, 10);
    expect(easy.state.ease).toBeCloseTo(2.65, 10);
    expect(hard.state.interval).toBeLessThan(good.state.interval);
    expect(easy.state.interval).toBeGreaterThan(good.state.interval);
    expect(Math.abs(hard.state.interval - 48)).toBeLessThanOrEqual(4);
    expect(Math.abs(easy.state.interval - 130)).toBeLessThanOrEqual(8);
  });

  it("a lapse costs 0.20 ease and restarts at 1 day; the ease never drops below 1.3", () => {
    const sm2 = ankiSm2SimScheduler();
    expect(sm2.review({ reps: 4, ease: 2.5, interval: 30 }, 1, 10, 1)).toEqual({ state: { reps: 5, ease: 2.3, interval: 1 }, dueDay: 11 });
    expect(sm2.review({ reps: 4, ease: 1.4, interval: 30 }, 1, 10, 1).state.ease).toBe(1.3);
    // after the lapse: Hard is at least 2 days, so Good at least 3
    expect(sm2.review({ reps: 5, ease: 1.3, interval: 1 }, 3, 11, 1).state.interval).toBe(3);
  });
});

describe("SuperMemo SM-2", () => {
  it("follows 1, 6, then interval x EF; a lapse restarts at 1, 6 with EF lowered by 0.32", () => {
    const sm2 = superMemoSm2SimScheduler();
    let step = sm2.start(1, 0, 0);
    const gaps = [step.dueDay];
    for (let i = 0; i < 3; i++) {
      const next = sm2.review(step.state, 3, step.dueDay, 0);
      gaps.push(next.dueDay - step.dueDay);
      step = next;
    }
    expect(gaps).toEqual([1, 6, 15, 38]);
    const lapse = sm2.review(step.state, 1, step.dueDay, 0);
    expect(lapse.state).toMatchObject({ repetition: 1, interval: 1 });
    expect(lapse.state.ease).toBeCloseTo(2.18, 10);
    const again = sm2.review(lapse.state, 3, lapse.dueDay, 0);
    expect(again.state.interval).toBe(6);
    expect(sm2.review(again.state, 3, again.dueDay, 0).state.interval).toBe(13);
  });
  it("applies the EF formula to Hard (q=3) and Easy (q=5)", () => {
    const sm2 = superMemoSm2SimScheduler();
    expect(sm2.review({ repetition: 3, ease: 2.5, interval: 15 }, 2, 0, 0).state.ease).toBeCloseTo(2.36, 10);
    expect(sm2.review({ repetition: 3, ease: 2.5, interval: 15 }, 4, 0, 0).state.ease).toBeCloseTo(2.6, 10);
  });
});

describe("FSRS with personal weights", () => {
  const personalConfig = { seed: 3, learners: 1, items: 200, days: 90, newPerDay: 20 };

  it("fits on the learner's own log at 400 answers and again every further 400, and schedules with the fit", async () => {
    const events: PersonalFitEvent[] = [];
    const logSizes: number[] = [];
    const slower = default_w.map((w, i) => (i === 2 ? w * 4 : i === 8 ? w * 1.3 : w));
    const fake: typeof fitWeights = async (logs) => {
      logSizes.push(logs.length);
      expect(new Set(logs.map((l) => l.id)).size).toBe(logs.length);
      return { status: "fitted", weights: slower, reviews: logs.length, items: 1 };
    };
    const result = await simulateScheduler(fsrsPersonalSimScheduler(0.9, { fit: fake, onFit: (e) => events.push(e) }), personalConfig);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.length).toBe(Math.floor(result.reviews / 400));
    events.forEach((e, k) => {
      expect(e.reviews).toBeGreaterThanOrEqual(400 * (k + 1));
      expect(e.reviews).toBeLessThan(400 * (k + 2));
    });
    expect(logSizes).toEqual(events.map((e) => e.reviews));
    // the fitted weights are used from then on: fewer reviews than with the defaults
    const defaults = await simulateScheduler(fsrsSimScheduler(0.9), personalConfig);
    expect(result.reviews).toBeLessThan(defaults.reviews);
  });

  it("keeps the defaults when the fit fails, and then equals the default-weights arm", async () => {
    const failing: typeof fitWeights = async (logs) => ({ status: "default", reason: "optimizer-failed", detail: "x", reviews: logs.length });
    const personal = await simulateScheduler(fsrsPersonalSimScheduler(0.9, { fit: failing }), personalConfig);
    const defaults = await simulateScheduler(fsrsSimScheduler(0.9), personalConfig);
    expect(personal.reviews).toBe(defaults.reviews);
    expect(personal.meanRetrievability).toBe(defaults.meanRetrievability);
  });
});

describe("graded simulation", () => {
  it("changes the outcome only when grading is asked for", async () => {
    expect(await simulateScheduler(ankiSm2SimScheduler(), { ...config, grading: "binary" })).toEqual(await simulateScheduler(ankiSm2SimScheduler(), config));
    // Hard and Easy move both the hidden memory (FSRS-6 dynamics) and SM-2's ease
    expect(await simulateScheduler(ankiSm2SimScheduler(), { ...config, grading: "graded" })).not.toEqual(await simulateScheduler(ankiSm2SimScheduler(), config));
  });

  it("costs SM-2 more reviews the more often Hard is pressed, as Anki users press it", async () => {
    const binary = await simulateScheduler(ankiSm2SimScheduler(), config);
    const anki = await simulateScheduler(ankiSm2SimScheduler(), { ...config, grading: "anki" });
    // Hard (22 % of right answers) shortens SM-2's intervals and lowers its ease
    expect(anki.reviews).toBeGreaterThan(binary.reviews);
  });
});
