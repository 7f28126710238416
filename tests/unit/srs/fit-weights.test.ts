import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { buildTrainingItems, fitWeights, MIN_REVIEWS_FOR_FITTING, type FsrsOptimizer } from "@/lib/srs/fit-weights";
import type { Rating } from "@/lib/srs/rating";
import type { ReviewEvent } from "@/lib/srs/review-event";

type Log = Pick<ReviewEvent, "id" | "cardId" | "event" | "undoesId" | "reviewedAt" | "rating">;
const start = Date.parse("2026-03-08T06:30:00Z");
const DAY = 86_400_000;

function logsFor(cards: number, perCard: number): Log[] {
  const logs: Log[] = [];
  for (let c = 0; c < cards; c++) {
    let t = start + c * 60_000;
    for (let r = 0; r < perCard; r++) {
      logs.push({ id: `c${c}r${r}`, cardId: `c${c}`, event: "review", undoesId: null, reviewedAt: new Date(t), rating: (r % 5 === 4 ? 1 : 3) as Rating });
      t += (r + 1) * 2 * DAY;
    }
  }
  return logs;
}

/** Records what it was given and returns the defaults, standing in for the native optimizer. */
function fakeOptimizer(result: number[] = [...default_w]) {
  const calls: { items: unknown[]; options: unknown }[] = [];
  const optimizer: FsrsOptimizer = {
    FSRSBindingReview: class {
      constructor(readonly rating: number, readonly deltaT: number) {}
    },
    FSRSBindingItem: class {
      constructor(readonly reviews: unknown[]) {}
    },
    computeParameters: async (items, options) => {
      calls.push({ items, options });
      return result;
    },
  };
  return { optimizer, calls };
}

describe("buildTrainingItems", () => {
  it("makes one item per later answer with study-day gaps, dropping undone answers", () => {
    const logs: Log[] = [
      { id: "a", cardId: "c", event: "review", undoesId: null, rating: 3, reviewedAt: new Date("2026-03-07T15:00:00Z") },
      // 01:00 in New York on the 8th: still the study day of the 7th, so deltaT 0
      { id: "b", cardId: "c", event: "review", undoesId: null, rating: 3, reviewedAt: new Date("2026-03-08T06:00:00Z") },
      { id: "x", cardId: "c", event: "review", undoesId: null, rating: 1, reviewedAt: new Date("2026-03-09T15:00:00Z") },
      { id: "ux", cardId: "c", event: "undo", undoesId: "x", rating: 0, reviewedAt: new Date("2026-03-09T15:01:00Z") },
      { id: "c", cardId: "c", event: "review", undoesId: null, rating: 1, reviewedAt: new Date("2026-03-12T15:00:00Z") },
    ];
    expect(buildTrainingItems(logs, "America/New_York")).toEqual([
      // [a, b] has no long-term gap and teaches nothing about forgetting
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 5 },
      ],
    ]);
  });
  it("is empty for an empty log", () => {
    expect(buildTrainingItems([], "UTC")).toEqual([]);
  });
});

describe("fitWeights", () => {
  it("keeps the defaults below the review threshold without loading the optimizer", async () => {
    const { optimizer, calls } = fakeOptimizer();
    const result = await fitWeights(logsFor(10, 5), { timeZone: "UTC", loadOptimizer: async () => optimizer });
    expect(result).toMatchObject({ status: "default", reason: "not-enough-reviews", reviews: 50 });
    expect(calls).toHaveLength(0);
  });

  it("fits from the learner's own log at the threshold", async () => {
    const fitted = default_w.map((w, i) => (i === 0 ? w * 1.5 : w));
    const { optimizer, calls } = fakeOptimizer(fitted);
    const logs = logsFor(MIN_REVIEWS_FOR_FITTING / 8, 8);
    const result = await fitWeights(logs, { timeZone: "UTC", numRelearningSteps: 1, loadOptimizer: async () => optimizer });
    expect(result).toEqual({ status: "fitted", weights: fitted, reviews: 400, items: 350 });
    expect(calls[0]?.options).toEqual({ enableShortTerm: true, numRelearningSteps: 1 });
  });

  it("keeps the defaults, saying why, when the optimizer is not installed", async () => {
    const result = await fitWeights(logsFor(50, 8), {
      timeZone: "UTC",
      loadOptimizer: () => Promise.reject(new Error("Cannot find package '@open-spaced-repetition/binding'")),
    });
    expect(result).toMatchObject({ status: "default", reason: "optimizer-unavailable" });
    if (result.status === "default") expect(result.detail).toMatch(/Cannot find package/);
  });

  it("keeps the defaults when the optimizer returns nonsense", async () => {
    const { optimizer } = fakeOptimizer([1, 2, 3]);
    const result = await fitWeights(logsFor(50, 8), { timeZone: "UTC", loadOptimizer: async () => optimizer });
    expect(result).toMatchObject({ status: "default", reason: "optimizer-failed" });
  });

  it("loads the real package by default and degrades cleanly where it is absent", async () => {
    const result = await fitWeights(logsFor(50, 8), { timeZone: "UTC" });
    // installed: fitted; not installed (this repo's default): a default result, never a throw
    expect(["fitted", "default"]).toContain(result.status);
    if (result.status === "default") expect(result.reason).toBe("optimizer-unavailable");
  });
});
