import { describe, expect, it } from "vitest";
import { costAtRetention, costRatioAt, ratiosAlong, type CurvePoint } from "@/lib/srs/simulate/curves";

const sm2: CurvePoint[] = [
  { setting: 2, retention: 0.8, cost: 10 },
  { setting: 0.5, retention: 0.95, cost: 40 },
  { setting: 1, retention: 0.9, cost: 20 },
];
const app: CurvePoint[] = [
  { setting: 0.8, retention: 0.82, cost: 8 },
  { setting: 0.9, retention: 0.9, cost: 16 },
];

describe("workload-retention curves", () => {
  it("interpolates cost linearly in retention, whatever order the points come in, and never extrapolates", () => {
    expect(costAtRetention(sm2, 0.85)).toBeCloseTo(15, 10);
    expect(costAtRetention(sm2, 0.925)).toBeCloseTo(30, 10);
    expect(costAtRetention(sm2, 0.8)).toBe(10);
    expect(costAtRetention(sm2, 0.79)).toBeNull();
    expect(costAtRetention([], 0.9)).toBeNull();
  });

  it("compares at equal retention, and along the baseline's points where the arm reaches them", () => {
    expect(costRatioAt(app, sm2, 0.9)).toBeCloseTo(0.8, 10);
    expect(costRatioAt(app, sm2, 0.95)).toBeNull();
    const along = ratiosAlong(app, sm2);
    expect(along.map((r) => r.ratio)).toEqual([null, null, 0.8]);
  });
});
