import { describe, expect, it } from "vitest";
import { allowedRatingsAfterAnswer, isAllowedRatingAfterAnswer } from "@/lib/srs/rating-for-answer";

describe("grades a learner may pick", () => {
  it("offers all four grades on a revealed, self-graded card, whatever was recorded first", () => {
    expect(allowedRatingsAfterAnswer(true, true)).toEqual([1, 2, 3, 4]);
    expect(allowedRatingsAfterAnswer(false, true)).toEqual([1, 2, 3, 4]);
    expect(isAllowedRatingAfterAnswer(true, 1, true)).toBe(true);
  });

  it("keeps a checked answer's rules: wrong is only Again, right is never Again", () => {
    expect(allowedRatingsAfterAnswer(false)).toEqual([1]);
    expect(allowedRatingsAfterAnswer(true)).toEqual([2, 3, 4]);
    expect(isAllowedRatingAfterAnswer(true, 1)).toBe(false);
  });
});
