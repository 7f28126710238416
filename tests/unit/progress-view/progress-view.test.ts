import { describe, expect, it } from "vitest";
import { RETENTION_PERCENT_RANGE, NEW_CARDS_PER_DAY_RANGE, LearnerSettingsSchema } from "@/app/settings/learner-settings-schema";
import { barHeight, niceAxisMax } from "@/lib/progress/chart-scale";
import { describeFactKind, describeWeakestKind, formatPercent } from "@/lib/progress/fact-kind-labels";
import { heatmapDayCount, layoutHeatmap, totalReviewsByMonth, weekdayOfKey } from "@/lib/progress/heatmap-grid";
import { decideWeightFit } from "@/lib/progress/should-fit-weights";
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "@/lib/srs/scheduler-settings";
import { shiftStudyDayKey } from "@/lib/srs/study-day";

const daysEnding = (today: string, count: number, reviews: (i: number) => number = () => 0) =>
  Array.from({ length: count }, (_, i) => ({ day: shiftStudyDayKey(today, i - count + 1), reviews: reviews(i) }));

describe("niceAxisMax", () => {
  it("rounds up to 1, 2 or 5 times a power of ten, and is at least 1", () => {
    expect([0, 0.5, 1, 3, 7, 10, 11, 23, 60, 101, 999].map(niceAxisMax)).toEqual([1, 1, 1, 5, 10, 10, 20, 50, 100, 200, 1000]);
  });
  it("gives a non-zero value a visible bar and zero none", () => {
    expect(barHeight(0, 10, 100)).toBe(0);
    expect(barHeight(1, 1000, 100)).toBe(1);
    expect(barHeight(5, 10, 100)).toBe(50);
    expect(barHeight(20, 10, 100)).toBe(100);
  });
});

describe("heatmap grid", () => {
  it("fills 53 Sunday-first weeks ending today", () => {
    expect(weekdayOfKey("2026-11-22")).toBe(0); // a Sunday
    expect(heatmapDayCount("2026-11-22")).toBe(52 * 7 + 1);
    expect(heatmapDayCount("2026-11-28")).toBe(53 * 7); // a Saturday
  });

  it("places each day in its week column and weekday row, with levels in quarters of the busiest day", () => {
    const days = daysEnding("2026-11-25", heatmapDayCount("2026-11-25"), (i) => (i === 0 ? 8 : i % 50 === 0 ? 1 : 0));
    days[days.length - 1]!.reviews = 4;
    const grid = layoutHeatmap(days);
    expect(grid.weeks).toBe(53);
    expect(grid.cells[0]).toMatchObject({ week: 0, weekday: 0, level: 4, reviews: 8 });
    expect(grid.cells.at(-1)).toMatchObject({ day: "2026-11-25", week: 52, weekday: 3, level: 2 });
    expect(grid.cells[50]).toMatchObject({ level: 1 });
    expect(grid.cells[1]).toMatchObject({ level: 0 });
    expect(grid.maxReviews).toBe(8);
  });

  it("labels months on their first full column, never two labels within three columns", () => {
    const grid = layoutHeatmap(daysEnding("2026-11-22", heatmapDayCount("2026-11-22")));
    expect(grid.monthLabels.map((m) => m.label)).toEqual(["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]);
    for (const [i, label] of grid.monthLabels.entries()) {
      if (i > 0) expect(label.week - grid.monthLabels[i - 1]!.week).toBeGreaterThanOrEqual(3);
      const column = grid.cells.filter((c) => c.week === label.week);
      expect(column[0]!.weekday === 0 || column[0]!.week === 0).toBe(true);
    }
    expect(layoutHeatmap([])).toEqual({ weeks: 0, cells: [], monthLabels: [], maxReviews: 0 });
  });

  it("sums reviews and study days per month", () => {
    const days = [
      { day: "2026-10-31", reviews: 3 },
      { day: "2026-11-01", reviews: 0 },
      { day: "2026-11-02", reviews: 2 },
      { day: "2026-11-03", reviews: 5 },
    ];
    expect(totalReviewsByMonth(days)).toEqual([
      { month: "2026-10", reviews: 3, daysStudied: 1 },
      { month: "2026-11", reviews: 7, daysStudied: 2 },
    ]);
  });
});

describe("fact kind sentences", () => {
  it("names the weakest kind in a sentence", () => {
    expect(describeWeakestKind({ kind: "percent", attempts: 23, correct: 12, accuracy: 12 / 23 })).toBe(
      "You miss percentages most: 52% right over 23 attempts.",
    );
    expect(describeWeakestKind({ kind: "person", attempts: 1, correct: 0, accuracy: 0 })).toBe("You miss people most: 0% right over 1 attempt.");
    expect(describeFactKind("something-new")).toBe("something-new");
    expect(formatPercent(0.875)).toBe("88%");
  });
});

describe("decideWeightFit", () => {
  it("fits first at 400 answers, then each time the count crosses another 400", () => {
    expect(decideWeightFit({ reviews: 399, hasWeights: false, reviewsWhenStored: 0 })).toEqual({ fit: false, reason: "not-enough-reviews" });
    expect(decideWeightFit({ reviews: 400, hasWeights: false, reviewsWhenStored: 400 })).toEqual({ fit: true, reason: "first-fit" });
    expect(decideWeightFit({ reviews: 799, hasWeights: true, reviewsWhenStored: 450 })).toEqual({ fit: false, reason: "up-to-date" });
    expect(decideWeightFit({ reviews: 800, hasWeights: true, reviewsWhenStored: 799 })).toEqual({ fit: true, reason: "more-reviews" });
    expect(decideWeightFit({ reviews: 1700, hasWeights: true, reviewsWhenStored: 812 })).toEqual({ fit: true, reason: "more-reviews" });
  });

  it("does not retry a fit that kept the default weights until the count crosses the next 400", () => {
    expect(decideWeightFit({ reviews: 420, hasWeights: false, reviewsWhenStored: 0, lastAttemptReviews: 410 })).toEqual({ fit: false, reason: "already-tried" });
    expect(decideWeightFit({ reviews: 799, hasWeights: false, reviewsWhenStored: 0, lastAttemptReviews: 410 })).toEqual({ fit: false, reason: "already-tried" });
    expect(decideWeightFit({ reviews: 800, hasWeights: false, reviewsWhenStored: 0, lastAttemptReviews: 410 })).toEqual({ fit: true, reason: "first-fit" });
    // personal weights from 450, a later attempt at 820 failed: wait for 1200
    expect(decideWeightFit({ reviews: 900, hasWeights: true, reviewsWhenStored: 450, lastAttemptReviews: 820 })).toEqual({ fit: false, reason: "already-tried" });
    expect(decideWeightFit({ reviews: 1200, hasWeights: true, reviewsWhenStored: 450, lastAttemptReviews: 820 })).toEqual({ fit: true, reason: "more-reviews" });
  });
});

describe("LearnerSettingsSchema", () => {
  it("uses the scheduler's ranges", () => {
    expect(RETENTION_PERCENT_RANGE.min / 100).toBe(MIN_DESIRED_RETENTION);
    expect(RETENTION_PERCENT_RANGE.max / 100).toBe(MAX_DESIRED_RETENTION);
    expect(NEW_CARDS_PER_DAY_RANGE).toMatchObject({ min: 0, max: 9999 });
  });

  it("accepts good settings and explains each bad one", () => {
    expect(LearnerSettingsSchema.parse({ desiredRetention: 0.85, newCardsPerDay: 0, timeZone: " Europe/Paris " })).toEqual({
      desiredRetention: 0.85,
      newCardsPerDay: 0,
      timeZone: "Europe/Paris",
    });
    const messages = (input: unknown) => LearnerSettingsSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages({ desiredRetention: 0.5, newCardsPerDay: 1.5, timeZone: "Mars/Olympus" })).toEqual([
      "desiredRetention: Choose a desired retention between 70% and 97%.",
      "newCardsPerDay: Choose a whole number of new cards per day from 0 to 9999.",
      "timeZone: That is not a time zone name. Pick one from the list, such as Europe/Paris.",
    ]);
    expect(messages({ desiredRetention: Number.NaN, newCardsPerDay: 10000, timeZone: "" })).toEqual([
      "desiredRetention: Choose a desired retention between 70% and 97%.",
      "newCardsPerDay: Choose a whole number of new cards per day from 0 to 9999.",
      "timeZone: Choose your time zone.",
    ]);
  });
});
