import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: what a count counts.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const nounOf = (sentence: string, answer: string) => findValueSpans(sentence, PUBLISHED).find((s) => s.answer === answer)?.noun ?? null;

describe("a count's noun is its plural head, never a singular in -ss, -us or -sis that modifies it", () => {
  it.each([
    ["The ministers signed nine business agreements on Tuesday.", "nine", "business agreements"],
    ["The province opened 12 census offices in May.", "12", "census offices"],
    ["The university built 14 campus dormitories last year.", "14", "campus dormitories"],
    ["Inspectors found 40 glass bottles in the crate.", "40", "glass bottles"],
    ["The lab ran 300 analysis kits a day.", "300", "analysis kits"],
  ])("%s -> %s %s", (sentence, answer, noun) => {
    expect(nounOf(sentence, answer)).toBe(noun);
  });

  it("a plural head still ends the noun: '300 taxis', '12 areas'", () => {
    expect(nounOf("The city licensed 300 taxis in 2025.", "300")).toBe("taxis");
    expect(nounOf("Floods hit 12 areas of the delta.", "12")).toBe("areas");
  });
});
