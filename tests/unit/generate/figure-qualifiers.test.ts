import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { computableChange } from "@/lib/generate/computable-change";
import { CHANGE_END_QUALIFIERS, COMPUTED_CHANGE_QUALIFIERS, QUALIFIERS_BEFORE_RULE_SPAN, QUALIFIERS_DROPPED_BEFORE_BLANK, ROUGH_QUALIFIERS, TYPED_QUALIFIERS, normalizeQualifier } from "@/lib/generate/figure-qualifiers";
import type { Fact } from "@/lib/generate/types";

// Invented sentences: each named difference between the qualifier lists (lib/generate/figure-qualifiers.ts) pinned.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const span = (sentence: string, answer: string) => findValueSpans(sentence, PUBLISHED).find((s) => s.answer === answer);

describe("figure qualifiers: one list, named differences", () => {
  it("a two-way word ('some', 'over') is a qualifier inside a value's own pattern", () => {
    expect(span("Over 300 homes were flooded.", "300")).toMatchObject({ qualifier: "over", accepted: expect.arrayContaining(["over 300"]) });
    expect(span("Some 40 ships waited.", "40")).toMatchObject({ qualifier: "some", accepted: expect.arrayContaining(["some 40"]) });
  });

  it("a two-way word loose before a rule's span is not typed with it; an approximate one is", () => {
    expect(span("The new bridge stretches over 12 km.", "12 km")?.accepted).not.toContain("over 12 km");
    expect(span("The lake lies some 12 km north of the town.", "12 km")?.accepted).not.toContain("some 12 km");
    expect(span("The lake lies about 12 km north of the town.", "12 km")?.accepted).toContain("about 12 km");
    expect(QUALIFIERS_BEFORE_RULE_SPAN).not.toContain("over");
    expect(TYPED_QUALIFIERS).toEqual(expect.arrayContaining([...QUALIFIERS_BEFORE_RULE_SPAN, "some", "over"]));
  });

  it("lead words ('an annual', 'just') are taken before a figure but are no qualifier", () => {
    expect(span("Fares rose by an annual 4% last year.", "4%")).toMatchObject({ qualifier: null, accepted: ["4 percent", "4"] });
    expect(span("The club kept just 12 seats.", "12")).toMatchObject({ qualifier: null, accepted: ["12", "12 seats"] });
    expect(normalizeQualifier("A record")).toBeNull();
    expect(normalizeQualifier("Nearly")).toBe("nearly");
  });

  it("a change's ends take 'under' but not 'approximately' or 'up to'", () => {
    expect(span("The queue fell from about 900 families to under 350.", "from about 900 families to under 350")).toBeDefined();
    expect(span("The queue fell from approximately 900 families to 350.", "900")).toMatchObject({ qualifier: "approximately" });
    expect(span("The queue fell from 900 families to up to 350.", "900")).toBeDefined();
    expect(CHANGE_END_QUALIFIERS).toContain("under");
    expect(CHANGE_END_QUALIFIERS).not.toContain("up to");
  });

  it("a question drops every typed qualifier with the blank but 'fewer than'", () => {
    expect(QUALIFIERS_DROPPED_BEFORE_BLANK).toEqual(TYPED_QUALIFIERS.filter((q) => q !== "fewer than"));
    expect(QUALIFIERS_DROPPED_BEFORE_BLANK).toEqual(expect.arrayContaining(["some", "over", "up to"]));
    expect(ROUGH_QUALIFIERS).toContain("some");
    expect(ROUGH_QUALIFIERS).not.toContain("over");
  });

  it("a computable change's figures take 'some', 'just over' and 'just under' beside a change end's words", () => {
    expect(COMPUTED_CHANGE_QUALIFIERS).toEqual(expect.arrayContaining([...CHANGE_END_QUALIFIERS, "some", "just over", "just under"]));
    expect(COMPUTED_CHANGE_QUALIFIERS).not.toContain("approximately");
    const sized = (sentence: string): boolean => {
      const at = sentence.indexOf("fivefold");
      const fact = { kind: "count", answer: "fivefold", sentence, span: [at, at + "fivefold".length] } as unknown as Fact;
      return computableChange(fact);
    };
    expect(sized("Visitors rose from some 4,000 to just over 20,000, a fivefold increase.")).toBe(true);
    expect(sized("Visitors rose from approximately 4,000 to 20,000, a fivefold increase.")).toBe(false);
  });
});
