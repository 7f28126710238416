import { describe, expect, it } from "vitest";
import { createPrng, keyedUniform } from "@/lib/srs/simulate/create-prng";
import { fsrsSimScheduler, leitnerSimScheduler, sm2SimScheduler } from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler } from "@/lib/srs/simulate/simulate-scheduler";

const config = { seed: 7, learners: 2, items: 40, days: 60, newPerDay: 10 };

describe("simulation", () => {
  it("is deterministic from its seed", () => {
    const a = createPrng(42);
    const b = createPrng(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(keyedUniform(1, 2, 3)).toBe(keyedUniform(1, 2, 3));
    expect(keyedUniform(1, 2, 3)).not.toBe(keyedUniform(1, 2, 4));
    expect(simulateScheduler(sm2SimScheduler(), config)).toEqual(simulateScheduler(sm2SimScheduler(), config));
  });

  it("introduces every item once and keeps measures in range", () => {
    for (const scheduler of [fsrsSimScheduler(0.9), sm2SimScheduler(), leitnerSimScheduler()]) {
      const result = simulateScheduler(scheduler as never, config);
      expect(result.introductions).toBe(config.learners * config.items);
      expect(result.reviews).toBeGreaterThan(result.introductions);
      expect(result.meanRetrievability).toBeGreaterThan(0.5);
      expect(result.meanRetrievability).toBeLessThan(1);
    }
  });

  it("reviews more, and retains more, at a higher desired retention", () => {
    const low = simulateScheduler(fsrsSimScheduler(0.8), config);
    const high = simulateScheduler(fsrsSimScheduler(0.95), config);
    expect(high.reviews).toBeGreaterThan(low.reviews);
    expect(high.meanRetrievability).toBeGreaterThan(low.meanRetrievability);
  });

  it("SM-2 follows 1, 6, then interval x ease, and a lapse costs 0.2 ease", () => {
    const sm2 = sm2SimScheduler();
    const first = sm2.start(3, 0, 0);
    const second = sm2.review(first.state, 3, first.dueDay, 0);
    const third = sm2.review(second.state, 3, second.dueDay, 0);
    expect([first.dueDay, second.dueDay - first.dueDay, third.dueDay - second.dueDay]).toEqual([1, 6, 15]);
    const lapse = sm2.review(third.state, 1, third.dueDay, 0);
    expect(lapse.state).toEqual({ repetitions: 0, ease: 2.3, interval: 1 });
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

describe("graded simulation", () => {
  it("SM-2 rewards Easy and penalises Hard as Anki does", () => {
    const sm2 = sm2SimScheduler();
    const state = { repetitions: 2, ease: 2.5, interval: 6 };
    expect(sm2.review(state, 4, 0, 0)).toEqual({ state: { repetitions: 3, ease: 2.65, interval: 20 }, dueDay: 20 });
    expect(sm2.review(state, 2, 0, 0)).toEqual({ state: { repetitions: 3, ease: 2.35, interval: 7 }, dueDay: 7 });
  });
  it("changes the outcome only when grading is asked for", () => {
    expect(simulateScheduler(sm2SimScheduler(), { ...config, grading: "binary" })).toEqual(simulateScheduler(sm2SimScheduler(), config));
    // Hard and Easy move both the hidden memory (FSRS-6 dynamics) and SM-2's ease
    expect(simulateScheduler(sm2SimScheduler(), { ...config, grading: "graded" })).not.toEqual(simulateScheduler(sm2SimScheduler(), config));
  });
});
