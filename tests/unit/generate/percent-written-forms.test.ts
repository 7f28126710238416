import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { givesAwayPart } from "@/lib/generate/gives-away";
import type { Fact } from "@/lib/generate/types";

const fact = (kind: Fact["kind"], answer: string, sentence: string): Fact =>
  ({ article: "a", kind, answer, accepted: [], value: null, unit: "", form: null, sentence, span: null, measure: "", direction: "none", time: null, question: null, clause: sentence, qualifier: null, relative: false }) as unknown as Fact;

// Strict read I1 #26: a title "... profit jumps 37pc ..." kept over a blank keyed 37%. British newsrooms write "pc"
// and "per cent" for "%": every way of writing the percentage states it.
describe("a percentage written another way in the prompt gives it away", () => {
  const f = fact("percent", "24%", "Harbour Foods reported a 24% rise in sales.");
  for (const written of ["24pc", "24 per cent", "24 percent", "24%", "24 pc", "24 pct"]) {
    it(`"${written}"`, () => {
      expect(givesAwayPart(`(“Harbour Foods sales up ${written}”, Mar 2026) Harbour Foods reported a _____ rise in sales.`, f)).toBe(true);
    });
  }
  it("another number, or the same digits in a longer number, does not", () => {
    expect(givesAwayPart("(“Harbour Foods sales up 14pc”) Harbour Foods reported a _____ rise in sales.", f)).toBe(false);
    expect(givesAwayPart("(“Harbour Foods sales up 2.24 per cent”) Harbour Foods reported a _____ rise in sales.", f)).toBe(false);
    expect(givesAwayPart("(“Harbour Foods opens 24 PC shops”) Harbour Foods reported a _____ rise in sales.", f)).toBe(false);
  });
});

describe("'37pc' in a sentence is a percentage", () => {
  it("is read like '37 per cent', its answer written with '%'", () => {
    const spans = findValueSpans("Net sales at the bakery chain rose 18pc to a record in the year to March.", null).filter((s) => s.kind === "percent");
    expect(spans.map((s) => s.answer)).toEqual(["18%"]);
  });
  it("capital 'PC' after a number is not (a computer)", () => {
    const spans = findValueSpans("The school bought 30 PC units and 12 tablets last year.", null).filter((s) => s.kind === "percent");
    expect(spans).toEqual([]);
  });
});

describe("end to end: a title stating the percentage as 'pc' is dropped from the blank's header", () => {
  it("the cloze keyed on the percentage carries no title that states it", () => {
    const items = generateItems([
      {
        slug: "bakery", title: "Corran Bakeries profit climbs 29pc on export orders", source: "Harbour Wire", publishedAt: new Date("2026-11-02T00:00:00Z"),
        body: "Corran Bakeries, the Glasgow-based maker of oatcakes, on Tuesday reported a 29% rise in pre-tax profit for the half year. The company said export orders to Canada and Japan drove the increase.",
      },
    ]);
    const keyed = items.filter((it) => it.answer === "29%");
    expect(keyed.length).toBeGreaterThan(0);
    for (const it of keyed) expect(it.prompt).not.toMatch(/29pc/);
  }, 30_000);
});
