import { describe, expect, it } from "vitest";
import { basisOfFigure } from "@/lib/generate/reference-basis";
import type { Fact } from "@/lib/generate/types";

// Invented sentences, on no seen article's subject (strict read AU1-core #49: "SEK 12.18 per SEK 100 of taxable income").
function fact(kind: string, sentence: string, answer: string): Fact {
  const at = sentence.lastIndexOf(answer);
  return { kind, sentence, answer, unit: null, span: [at, at + answer.length], question: null } as unknown as Fact;
}

describe("a round figure after 'per' is the unit base of a rate, never a key", () => {
  it("per SEK 100, per 1,000 residents, per 100,000 people", () => {
    expect(basisOfFigure(fact("money", "The municipal tax rises to NOK 22.40 per NOK 100 of income.", "NOK 100"))).toBe("unit base of a rate");
    expect(basisOfFigure(fact("count", "The town has 3.1 doctors per 1,000 residents.", "1,000"))).toBe("unit base of a rate");
    expect(basisOfFigure(fact("count", "Road deaths fell to 4.2 per 100,000 people.", "100,000"))).toBe("unit base of a rate");
  });

  it("near misses: a ratio's own figure, the rate itself, a figure before 'per'", () => {
    expect(basisOfFigure(fact("count", "The district has one doctor per 2,300 residents.", "2,300"))).toBeNull();
    expect(basisOfFigure(fact("money", "The municipal tax rises to NOK 22.40 per NOK 100 of income.", "NOK 22.40"))).toBeNull();
    expect(basisOfFigure(fact("money", "Growers are paid 100 euros per tonne.", "100 euros"))).toBeNull();
    expect(basisOfFigure(fact("count", "The lift carries 1,000 people per hour.", "1,000"))).toBeNull();
  });

  it("near misses: the base of a ratio of one, a fare band named by its price", () => {
    expect(basisOfFigure(fact("count", "The ward has one nurse per 10 patients at night.", "10"))).toBeNull();
    expect(basisOfFigure(fact("count", "The island has one doctor per 1,000 residents.", "1,000"))).toBeNull();
    expect(basisOfFigure(fact("count", "The island has a doctor per 1,000 residents.", "1,000"))).toBeNull();
    expect(basisOfFigure(fact("money", "Riders pay EUR 3 per EUR 10 zone crossed.", "EUR 10"))).toBeNull();
  });

  it("a base after a rate's own figure still goes, with or without the unit between", () => {
    expect(basisOfFigure(fact("money", "Owners pay SEK 9.50 per SEK 100 of assessed value.", "SEK 100"))).toBe("unit base of a rate");
    expect(basisOfFigure(fact("count", "The island has 2 doctors per 1,000 residents.", "1,000"))).toBe("unit base of a rate");
  });
});
