import { describe, expect, it } from "vitest";
import { FRACTION_WORD_SOURCE } from "@/lib/generate/number-words";

// Review 18, finding 2: the written-fraction pattern took "four thirds", "seven quarters" (more than a whole) as shares.
const FRACTION = new RegExp(`^${FRACTION_WORD_SOURCE}$`, "i");

describe("a written fraction is a proper one", () => {
  it.each(["two thirds", "three-quarters", "four fifths", "nine tenths", "a third", "one quarter", "half"])("%s is a fraction", (text) => {
    expect(FRACTION.test(text)).toBe(true);
  });

  it.each(["four thirds", "seven quarters", "seven fifths", "four quarters", "three thirds"])("%s is not (a whole or more)", (text) => {
    expect(FRACTION.test(text)).toBe(false);
  });
});
