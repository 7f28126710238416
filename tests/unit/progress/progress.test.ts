import { describe, expect, it } from "vitest";
import { accuracyFromKindCounts, computeAccuracyByKind } from "@/lib/progress/compute-accuracy-by-kind";
import { computeForecast } from "@/lib/progress/compute-forecast";
import { computeMastery, MASTERY_STABILITY_DAYS } from "@/lib/progress/compute-mastery";
import { computeReviewHeatmap, heatmapFromDayCounts } from "@/lib/progress/compute-review-heatmap";
import { computeStreak, streakFromStudiedDays } from "@/lib/progress/compute-streak";
import { computeTrueRetention } from "@/lib/progress/compute-true-retention";
import { computeExpectedPassRate } from "@/lib/progress/compute-expected-recall";
import { countReviewDays, EXPECTED_RECALL_SCALE } from "@/lib/progress/count-review-days";
import { State } from "@/lib/srs/card-state";
import { Rating } from "@/lib/srs/rating";
import { cardIn, review, undo } from "./progress-fixtures";

// 01:30 in New York: still the study day of 7 March.
const now = new Date("2026-03-08T06:30:00Z");
const NY = "America/New_York";

describe("computeForecast", () => {
  it("counts overdue cards as today's and buckets the rest by study day", () => {
    const cards = [
      cardIn(State.Review, { due: new Date("2026-02-01T12:00:00Z") }), // overdue
      cardIn(State.Learning, { due: new Date("2026-03-08T06:40:00Z") }), // later today
      cardIn(State.Review, { due: new Date("2026-03-08T07:59:00Z") }), // 03:59 EDT: still the 7th
      cardIn(State.Review, { due: new Date("2026-03-08T08:00:00Z") }), // 04:00 EDT: the 8th
      cardIn(State.Review, { due: new Date("2026-04-06T12:00:00Z") }), // day 30: outside
      cardIn(State.New, { due: new Date("2026-03-01T00:00:00Z") }), // never forecast
    ];
    const forecast = computeForecast(cards, now, NY);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: "2026-03-07", due: 3 });
    expect(forecast[1]).toEqual({ day: "2026-03-08", due: 1 });
    expect(forecast[29]?.day).toBe("2026-04-05");
    expect(forecast.reduce((n, d) => n + d.due, 0)).toBe(4);
  });
  it("is all zeros for no cards and honours a custom length", () => {
    expect(computeForecast([], now, NY, 7)).toEqual(Array.from({ length: 7 }, (_, i) => ({ day: `2026-03-${String(7 + i).padStart(2, "0")}`, due: 0 })));
  });
});

describe("computeReviewHeatmap", () => {
  it("covers 365 study days ending today and excludes undone answers", () => {
    const a = review("2026-03-08T05:00:00Z", Rating.Good); // 00:00 EST: study day of the 7th
    const b = review("2026-03-07T10:00:00Z", Rating.Good); // 05:00 EST on the 7th
    const c = review("2026-03-07T10:05:00Z", Rating.Again);
    const old = review("2025-03-07T12:00:00Z", Rating.Good); // 366 days ago: outside
    const heatmap = computeReviewHeatmap([a, b, c, undo(c, "2026-03-07T10:06:00Z"), old], now, NY);
    expect(heatmap).toHaveLength(365);
    expect(heatmap.at(-1)).toEqual({ day: "2026-03-07", reviews: 2 });
    expect(heatmap[0]?.day).toBe("2025-03-08");
    expect(heatmap.reduce((n, d) => n + d.reviews, 0)).toBe(2);
  });
  it("is all zeros for an empty log", () => {
    expect(computeReviewHeatmap([], now, NY).every((d) => d.reviews === 0)).toBe(true);
  });
});

describe("computeTrueRetention", () => {
  it("counts only review-state answers in the window, excluding undone ones", () => {
    const logs = [
      review("2026-03-01T12:00:00Z", Rating.Good),
      review("2026-03-02T12:00:00Z", Rating.Hard), // hard is a pass
      review("2026-03-03T12:00:00Z", Rating.Again),
      review("2026-03-04T12:00:00Z", Rating.Again, State.Learning), // learning: ignored
      review("2026-03-04T12:10:00Z", Rating.Good, State.Relearning), // relearning: ignored
      review("2026-01-01T12:00:00Z", Rating.Again), // outside 30 days
    ];
    const undone = review("2026-03-05T12:00:00Z", Rating.Again);
    expect(computeTrueRetention([...logs, undone, undo(undone, "2026-03-05T12:01:00Z")], now)).toEqual({ reviews: 3, passed: 2, retention: 2 / 3 });
  });
  it("is null, not zero or NaN, without reviews", () => {
    expect(computeTrueRetention([], now)).toEqual({ reviews: 0, passed: 0, retention: null });
  });
  it("counts an answer undone and then redone", () => {
    const r = review("2026-03-05T12:00:00Z", Rating.Again);
    const u = undo(r, "2026-03-05T12:01:00Z");
    expect(computeTrueRetention([r, u, undo(u, "2026-03-05T12:02:00Z")], now).reviews).toBe(1);
  });
});

describe("computeStreak", () => {
  const days = ["2026-03-04T15:00:00Z", "2026-03-05T15:00:00Z", "2026-03-06T15:00:00Z"].map((iso) => review(iso, Rating.Good));
  it("ends yesterday while today has no answer yet", () => {
    expect(computeStreak(days, now, NY)).toEqual({ days: 3, studiedToday: false });
  });
  it("includes today once answered (01:00 local still belongs to the 7th)", () => {
    expect(computeStreak([...days, review("2026-03-08T06:00:00Z", Rating.Again)], now, NY)).toEqual({ days: 4, studiedToday: true });
  });
  it("breaks on a missed day and when the only answer of a day was undone", () => {
    const gap = review("2026-03-02T15:00:00Z", Rating.Good);
    expect(computeStreak([gap, ...days], now, NY).days).toBe(3);
    const last = days[2];
    if (!last) throw new Error("fixture");
    expect(computeStreak([...days, undo(last, "2026-03-06T15:01:00Z")], now, NY)).toEqual({ days: 0, studiedToday: false });
  });
  it("is zero for an empty log", () => {
    expect(computeStreak([], now, NY)).toEqual({ days: 0, studiedToday: false });
  });
});

describe("computeMastery", () => {
  it("counts review cards with stability >= 21 days, per deck", () => {
    const cards = [
      { itemId: "a", ...cardIn(State.Review, { stability: MASTERY_STABILITY_DAYS }) },
      { itemId: "b", ...cardIn(State.Review, { stability: 20.9 }) },
      { itemId: "c", ...cardIn(State.Relearning, { stability: 40 }) }, // mid-lapse: not mastered
      { itemId: "d", ...cardIn(State.Review, { stability: 100 }) },
    ];
    expect(computeMastery(cards, { deck1: ["a", "b", "c", "e"], deck2: ["d", "d"], empty: [] })).toEqual([
      { deckId: "deck1", items: 4, mastered: 1, share: 0.25 },
      { deckId: "deck2", items: 1, mastered: 1, share: 1 },
      { deckId: "empty", items: 0, mastered: 0, share: 0 },
    ]);
  });
});

describe("computeAccuracyByKind", () => {
  it("reports attempts and accuracy per kind and names the weakest", () => {
    const percent = [true, false, false, true, false].map((correct, i) => ({ ...review(`2026-03-0${i + 1}T12:00:00Z`, correct ? Rating.Good : Rating.Again, State.Review, { correct }), kind: "percent" }));
    const person = [true, true, true, true, false, true].map((correct, i) => ({ ...review(`2026-03-0${i + 1}T13:00:00Z`, correct ? Rating.Good : Rating.Again, State.Review, { correct }), kind: "person" }));
    const money = [false, false].map((correct, i) => ({ ...review(`2026-03-0${i + 1}T14:00:00Z`, Rating.Again, State.Review, { correct }), kind: "money" })); // too few to judge
    const undone = { ...review("2026-03-07T12:00:00Z", Rating.Again, State.Review, { correct: false }), kind: "person" };
    const result = computeAccuracyByKind([...percent, ...person, ...money, undone, { ...undo(undone, "2026-03-07T12:01:00Z"), kind: "person" }]);
    expect(result.kinds).toEqual([
      { kind: "money", attempts: 2, correct: 0, accuracy: 0 },
      { kind: "percent", attempts: 5, correct: 2, accuracy: 0.4 },
      { kind: "person", attempts: 6, correct: 5, accuracy: 5 / 6 },
    ]);
    expect(result.weakest?.kind).toBe("percent");
  });
  it("falls back to the rating when a row has no correct flag, and is empty for no logs", () => {
    const hard = { ...review("2026-03-01T12:00:00Z", Rating.Hard), kind: "date" };
    expect(computeAccuracyByKind([hard], 1).kinds).toEqual([{ kind: "date", attempts: 1, correct: 1, accuracy: 1 }]);
    expect(computeAccuracyByKind([])).toEqual({ kinds: [], weakest: null });
  });
});

describe("countReviewDays", () => {
  it("counts answers in force per study day and kind, the day turning at 4 a.m. local, and agrees with the log-based figures", () => {
    const early = { ...review("2026-03-08T07:30:00Z", Rating.Good), kind: "percent" }; // 03:30 EDT: the 7th
    const late = { ...review("2026-03-08T08:30:00Z", Rating.Again, State.Review, { correct: false }), kind: "percent" }; // 04:30 EDT: the 8th
    const hard = { ...review("2026-03-08T09:00:00Z", Rating.Hard), kind: "money" }; // no flag: right unless Again
    const undone = { ...review("2026-03-08T09:10:00Z", Rating.Good), kind: "money" };
    const logs = [early, late, hard, undone, { ...undo(undone, "2026-03-08T09:11:00Z"), kind: "money" }];
    const days = countReviewDays(logs, NY, undefined);
    // the fixtures' cards in review have no last review: recall 1 (10,000 ten-thousandths)
    const sums = (passed: number) => ({ retentionReviews: 1, retentionPassed: passed, expectedRecall: 10_000 });
    expect(days).toEqual([
      { day: "2026-03-07", kind: "percent", reviews: 1, correct: 1, ...sums(1) },
      { day: "2026-03-08", kind: "money", reviews: 1, correct: 1, ...sums(1) },
      { day: "2026-03-08", kind: "percent", reviews: 1, correct: 0, ...sums(0) },
    ]);
    const later = new Date("2026-03-09T12:00:00Z");
    const perDay = new Map<string, number>();
    for (const d of days) perDay.set(d.day, (perDay.get(d.day) ?? 0) + d.reviews);
    expect(heatmapFromDayCounts(perDay, "2026-03-09", 10)).toEqual(computeReviewHeatmap(logs, later, NY, 10));
    expect(streakFromStudiedDays(new Set(perDay.keys()), "2026-03-09")).toEqual(computeStreak(logs, later, NY));
    const perKind = ["money", "percent"].map((kind) => ({
      kind,
      attempts: days.filter((d) => d.kind === kind).reduce((n, d) => n + d.reviews, 0),
      correct: days.filter((d) => d.kind === kind).reduce((n, d) => n + d.correct, 0),
    }));
    expect(accuracyFromKindCounts(perKind, 1)).toEqual(computeAccuracyByKind(logs, 1));
  });

  it("sums to the log-based true retention and expected pass rate over whole study days", () => {
    const DAY = 86_400_000;
    const at = (iso: string, stability: number, daysSince: number) =>
      cardIn(State.Review, { stability, difficulty: 5, lastReview: new Date(new Date(iso).getTime() - daysSince * DAY) });
    const weights = [...Array.from({ length: 20 }, () => 1), 0.3];
    const logs = [
      { ...review("2026-03-02T12:00:00Z", Rating.Good, State.Review, { stateBefore: at("2026-03-02T12:00:00Z", 10, 12) }), kind: "percent" },
      { ...review("2026-03-03T12:00:00Z", Rating.Again, State.Review, { stateBefore: at("2026-03-03T12:00:00Z", 4, 9) }), kind: "money" },
      { ...review("2026-03-04T12:00:00Z", Rating.Again, State.Learning), kind: "money" }, // a learning step: not counted
      { ...review("2026-03-05T12:00:00Z", Rating.Hard, State.Review, { stateBefore: at("2026-03-05T12:00:00Z", 30, 3) }), kind: "percent" },
    ];
    const undone = { ...review("2026-03-05T13:00:00Z", Rating.Again, State.Review, { stateBefore: at("2026-03-05T13:00:00Z", 2, 9) }), kind: "money" };
    const all = [...logs, undone, { ...undo(undone, "2026-03-05T13:01:00Z"), kind: "money" }];
    const days = countReviewDays(all, NY, weights);
    const total = (f: (d: (typeof days)[number]) => number) => days.reduce((n, d) => n + f(d), 0);
    const later = new Date("2026-03-09T12:00:00Z");
    const retention = computeTrueRetention(all, later, 30);
    expect({ reviews: total((d) => d.retentionReviews), passed: total((d) => d.retentionPassed) }).toEqual({ reviews: 3, passed: 2 });
    expect(retention).toMatchObject({ reviews: 3, passed: 2 });
    expect(total((d) => d.expectedRecall) / EXPECTED_RECALL_SCALE / 3).toBeCloseTo(computeExpectedPassRate(all, later, weights)!, 4);
  });
});
