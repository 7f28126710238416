import { describe, expect, it } from "vitest";
import { formatLike } from "@/lib/generate/format-value";
import type { Fact } from "@/lib/generate/types";

// Strict read G1 (blind batch 2026-11g, item 41): "more than twice the average local wage" offered "null times".
describe("an option written like the answer", () => {
  it("is no option at all when its value has no word form, never 'null times'", () => {
    const fact = { kind: "count", answer: "three times", unit: "times", value: 3, form: { prefix: "", suffix: " times", decimals: 0, grouped: false, words: true } } as unknown as Fact;
    expect(formatLike(fact, 4)).toBe("four times");
    expect(formatLike(fact, 2.5)).toBeNull();
    expect(formatLike(fact, 140)).toBeNull();
  });
});
