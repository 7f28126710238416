import { default_w, forgetting_curve } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { computeExpectedPassRate, computeRecallNow } from "@/lib/progress/compute-expected-recall";
import { State } from "@/lib/srs/card-state";
import { Rating } from "@/lib/srs/rating";
import { cardIn, review, undo } from "./progress-fixtures";

const now = new Date("2026-03-08T06:30:00Z");
const DAY = 86_400_000;
const before = (stability: number, daysBefore: number, at: string) => cardIn(State.Review, { stability, difficulty: 5, lastReview: new Date(new Date(at).getTime() - daysBefore * DAY) });

describe("computeExpectedPassRate", () => {
  it("averages FSRS's recall at the moment of each counted answer, over the same answers as true retention", () => {
    const a = review("2026-03-01T12:00:00Z", Rating.Good, State.Review, { stateBefore: before(10, 10, "2026-03-01T12:00:00Z") });
    const b = review("2026-03-02T12:00:00Z", Rating.Again, State.Review, { stateBefore: before(5, 20, "2026-03-02T12:00:00Z") });
    const learning = review("2026-03-03T12:00:00Z", Rating.Again, State.Learning);
    const old = review("2026-01-01T12:00:00Z", Rating.Again, State.Review, { stateBefore: before(1, 30, "2026-01-01T12:00:00Z") });
    const undone = review("2026-03-04T12:00:00Z", Rating.Again, State.Review, { stateBefore: before(1, 30, "2026-03-04T12:00:00Z") });
    const expected = (forgetting_curve(default_w, 10, 10) + forgetting_curve(default_w, 20, 5)) / 2;
    expect(computeExpectedPassRate([a, b, learning, old, undone, undo(undone, "2026-03-04T12:01:00Z")], now, undefined)).toBeCloseTo(expected, 6);
    // 0.9 at S days, by definition of stability
    expect(computeExpectedPassRate([a], now, undefined)).toBeCloseTo(0.9, 6);
  });

  it("follows the learner's weights and is null without answers", () => {
    const a = review("2026-03-01T12:00:00Z", Rating.Good, State.Review, { stateBefore: before(10, 40, "2026-03-01T12:00:00Z") });
    const fsrs5 = default_w.slice(0, 19);
    expect(computeExpectedPassRate([a], now, fsrs5)).not.toBeCloseTo(computeExpectedPassRate([a], now, undefined) ?? 0, 3);
    expect(computeExpectedPassRate([], now, undefined)).toBeNull();
  });
});

describe("computeRecallNow", () => {
  it("averages the recall probability now of every studied card, leaving new ones out", () => {
    const cards = [
      { state: State.Review, stability: 10, lastReview: new Date(now.getTime() - 10 * DAY) },
      { state: State.Relearning, stability: 1, lastReview: new Date(now.getTime() - DAY / 24) },
      { state: State.New, stability: 0, lastReview: null },
    ];
    const { cards: counted, meanRecall } = computeRecallNow(cards, now, undefined);
    expect(counted).toBe(2);
    expect(meanRecall).toBeCloseTo((0.9 + forgetting_curve(default_w, 1 / 24, 1)) / 2, 6);
    expect(computeRecallNow([], now, undefined)).toEqual({ cards: 0, meanRecall: null });
  });
});
