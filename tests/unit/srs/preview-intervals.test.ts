import { describe, expect, it } from "vitest";
import { applyReview } from "@/lib/srs/apply-review";
import { newCardState } from "@/lib/srs/card-state";
import { formatInterval } from "@/lib/srs/format-interval";
import { previewIntervals } from "@/lib/srs/preview-intervals";
import { Rating } from "@/lib/srs/rating";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";

const now = new Date("2026-03-08T06:30:00Z");
const settings = parseSchedulerSettings({});
const MIN = 60_000;
const DAY = 86_400_000;

describe("formatInterval", () => {
  it.each([
    [0, "1m"],
    [MIN, "1m"],
    [10 * MIN, "10m"],
    [90 * MIN, "2h"],
    [3 * DAY, "3d"],
    [29 * DAY, "29d"],
    [63 * DAY, "2.1mo"],
    [60 * DAY, "2mo"],
    [475 * DAY, "1.3y"],
    [36500 * DAY, "100y"],
  ])("%i ms is %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe("previewIntervals", () => {
  it("labels a new card's buttons with its learning steps", () => {
    const preview = previewIntervals(newCardState(now), now, settings);
    expect(preview.map((p) => p.rating)).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
    expect(preview.map((p) => p.label).slice(0, 3)).toEqual(["1m", "6m", "10m"]);
    expect(preview[3]?.label).toMatch(/^\d+d$/);
  });

  it("promises exactly what applyReview will record, and is ordered Again < Hard < Good < Easy", () => {
    let card = applyReview(newCardState(now), Rating.Good, now, settings, "c1").card;
    card = applyReview(card, Rating.Good, card.due, settings, "c1").card;
    card = applyReview(card, Rating.Good, card.due, settings, "c1").card;
    const at = card.due;
    const preview = previewIntervals(card, at, settings, "c1");
    for (const p of preview) {
      expect(p.due.getTime()).toBe(applyReview(card, p.rating, at, settings, "c1").card.due.getTime());
    }
    const dues = preview.map((p) => p.due.getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(new Set(dues).size).toBe(4);
    expect(preview[0]?.label).toBe("10m");
  });

  it("can preview only the grades the learner may still choose", () => {
    const preview = previewIntervals(newCardState(now), now, settings, undefined, [Rating.Hard, Rating.Good, Rating.Easy]);
    expect(preview.map((p) => p.rating)).toEqual([Rating.Hard, Rating.Good, Rating.Easy]);
  });
});
