import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// "a delegation of 34", "a crew of 12": a group's bare size after its noun is one count. Sentences written for this test.
const spans = (sentence: string) => findValueSpans(sentence, new Date(Date.UTC(2026, 10, 20)));
const answers = (sentence: string) => spans(sentence).map((s) => s.answer);

describe("a group's bare size after its noun is a count", () => {
  it("reads the size before a relative clause, a comma or a preposition", () => {
    const [size] = spans("The minister travelled with a delegation of 34 that includes four rectors.");
    expect(size?.answer).toBe("34");
    expect(size?.kind).toBe("count");
    expect(size?.noun).toBe("delegation");
    expect(answers("She travelled with a delegation of 38, including executives from Akureyri.")).toContain("38");
    expect(answers("The ferry sailed with a crew of 12 when it left Kirkwall.")).toEqual(["12"]);
    expect(answers("The coach named a squad of 23 for the qualifier against Norway.")).toEqual(["23"]);
    expect(answers("Officials said the first cohort of 60 would arrive in January.")).toContain("60");
  });
});

describe("near misses keep their own readings", () => {
  it("a noun after the size is what it counts, not the group", () => {
    const [leaders] = spans("She travels with a delegation of 38 business leaders.");
    expect(leaders?.answer).toBe("38");
    expect(leaders?.noun).toBe("business leaders");
  });
  it("a rate, a score, a margin and a team's points are no group size", () => {
    expect(answers("The striker scored at a rate of 4 a game.")).toEqual([]);
    expect(answers("They won by a margin of 12.")).toEqual([]);
    expect(spans("The team was 12 points clear.")[0]?.noun).toBe("points");
    expect(answers("The team at 10 Downing Street met.")).toEqual([]);
    expect(answers("The team was 3 from promotion.")).toEqual([]);
  });
});
