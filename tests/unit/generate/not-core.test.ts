import { describe, expect, it } from "vitest";
import { notCoreReason, referenceYear } from "@/lib/generate/not-core";
import type { Fact } from "@/lib/generate/types";

// Invented sentences, on no seen article's subject.
function fact(kind: string, sentence: string, answer: string, unit: string | null = null): Fact {
  const at = sentence.indexOf(answer);
  if (at < 0) throw new Error(`no ${answer} in ${sentence}`);
  return { kind, sentence, answer, unit, span: [at, at + answer.length], question: null } as unknown as Fact;
}

describe("reference year of a comparison (not core)", () => {
  it("the year a change is measured from, and the year of a level set beside today's", () => {
    expect(referenceYear(fact("date", "The area under apples in the valley has shrunk by about a fifth since 2014.", "2014", "year"))).toBe(true);
    expect(referenceYear(fact("date", "Ticket sales have risen 30% since 2018, the club said.", "2018", "year"))).toBe(true);
    expect(referenceYear(fact("date", "Counts put the herd at about 900 animals, roughly the same as in the last aerial survey, flown in 2011.", "2011", "year"))).toBe(true);
    expect(notCoreReason(fact("date", "Ticket sales have risen 30% since 2018.", "2018", "year"))).toBe("reference year of a comparison");
  });

  it("near misses: a tenure's start, a change with no figure, a target year, the change itself", () => {
    expect(referenceYear(fact("date", "Mara Lind has led the cooperative since 2014.", "2014", "year"))).toBe(false);
    expect(referenceYear(fact("date", "The area under apples has shrunk since 2014.", "2014", "year"))).toBe(false);
    expect(referenceYear(fact("date", "The council wants to cut emissions by half by 2035.", "2035", "year"))).toBe(false);
    expect(referenceYear(fact("percent", "The area under apples has shrunk by 20% since 2014.", "20%"))).toBe(false);
    expect(referenceYear(fact("date", "The scheme opened on 3 May 2014.", "3 May 2014", "day"))).toBe(false);
  });
});
