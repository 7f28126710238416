import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { computedFromPrompt, givesAwayPart, statedPercents } from "@/lib/generate/gives-away";
import type { Fact } from "@/lib/generate/types";

const fact = (over: Partial<Fact>): Fact =>
  ({ article: "a", kind: "percent", answer: "25%", accepted: [], value: 25, unit: "%", form: null, sentence: "", span: null, measure: "", direction: "rise", time: null, question: null, clause: "", qualifier: null, relative: false, ...over }) as unknown as Fact;

// Lane header64: a title that states the answer's value in another form ("by a quarter" over a blank keyed "25%")
// gives the item away as much as one that writes "25%".
describe("statedPercents reads a percentage in any written form", () => {
  it("digits, number words, fraction words and fold verbs", () => {
    expect(statedPercents("Tarn Mills profit rises by a quarter", false).map((p) => p.value)).toEqual([25]);
    expect(statedPercents("Ferry operator cuts crossings by a third", false)[0]?.value).toBeCloseTo(33.33, 1);
    expect(statedPercents("Two thirds of growers back the levy", false)[0]?.value).toBeCloseTo(66.67, 1);
    expect(statedPercents("Port fees cut in half after review", false).map((p) => p.value)).toEqual([50]);
    expect(statedPercents("Cider sales up twenty-five per cent", false).map((p) => p.value)).toEqual([25]);
    expect(statedPercents("Cider sales up 12 per cent", false).map((p) => p.value)).toEqual([12]);
    expect(statedPercents("Orchard output doubles on a wet spring", true).map((p) => p.value)).toEqual([100]);
    expect(statedPercents("Orchard output triples on a wet spring", true).map((p) => p.value)).toEqual([200]);
  });
  it("not a rank, a period or a fold verb read as a share", () => {
    expect(statedPercents("Mayor wins a third term in Kells", false).map((p) => p.value)).toEqual([]);
    expect(statedPercents("Brewer's first half profit slips", false).map((p) => p.value)).toEqual([]);
    expect(statedPercents("A quarter century of ferries to Rathlin", false).map((p) => p.value)).toEqual([]);
    expect(statedPercents("Orchard output doubles on a wet spring", false).map((p) => p.value)).toEqual([]);
  });
});

describe("a title stating a percentage answer's value gives it away", () => {
  const sentence = "Tarn Mills said pre-tax profit rose 25% to £3.2 million in the year to June.";
  const rise = fact({ sentence, answer: "25%", value: 25 });
  it("'by a quarter' over a blank keyed 25%", () => {
    expect(givesAwayPart("(“Tarn Mills profit rises by a quarter”, Harbour Wire, June 2026) Tarn Mills said pre-tax profit rose _____ to £3.2 million.", rise)).toBe(true);
  });
  it("'by a third' over 33% and 34%, not over 40%", () => {
    const prompt = "(“Ferry operator cuts winter crossings by a third”, Harbour Wire) The operator will run _____ fewer sailings.";
    expect(givesAwayPart(prompt, fact({ answer: "33%", value: 33, direction: "decline" }))).toBe(true);
    expect(givesAwayPart(prompt, fact({ answer: "34%", value: 34, direction: "decline" }))).toBe(true);
    expect(givesAwayPart(prompt, fact({ answer: "40%", value: 40, direction: "decline" }))).toBe(false);
  });
  it("'doubles' over a 100% rise, not over a 100% share", () => {
    const prompt = "(“Kells solar output doubles”, Harbour Wire) Output rose _____ on the year.";
    expect(givesAwayPart(prompt, fact({ answer: "100%", value: 100 }))).toBe(true);
    expect(givesAwayPart(prompt, fact({ answer: "100%", value: 100, direction: null }))).toBe(false);
  });
  it("'twenty per cent' written in words", () => {
    expect(givesAwayPart("(“Bus fares to rise twenty per cent”) Fares will rise by _____ in May.", fact({ answer: "20%", value: 20 }))).toBe(true);
  });
  it("a fraction answer under a title that writes it as a percentage", () => {
    const share = fact({ answer: "a third", value: 1 / 3, unit: "fraction", direction: null });
    expect(givesAwayPart("(“33% of Kells homes lack broadband”) About _____ of homes in Kells lack a fixed line.", share)).toBe(true);
    expect(givesAwayPart("(“45% of Kells homes lack broadband”) About _____ of homes in Kells lack a fixed line.", share)).toBe(false);
  });
  it("near miss: 'by a quarter' in the title, the body asks a 40% share of something else", () => {
    const other = fact({ answer: "40%", value: 40, direction: null });
    expect(givesAwayPart("(“Tarn Mills profit rises by a quarter”) Exports made up _____ of sales.", other)).toBe(false);
  });
  it("a figure within its rounding: '60%' over 59.7%, not '41%' over 42% nor another figure of the sentence", () => {
    expect(givesAwayPart("(“Dune Oils profit slides 60%”) Net profit fell by _____ on the year.", fact({ answer: "59.7%", value: 59.7, direction: "decline" }))).toBe(true);
    expect(givesAwayPart("(“Dune Oils profit jumps 41%”) Earnings per share rose _____.", fact({ answer: "42%", value: 42 }))).toBe(false);
    expect(givesAwayPart("(“Kells budget”) Growth is forecast at _____ next year, up from 4.6% this year.", fact({ answer: "5.2%", value: 5.2 }))).toBe(false);
  });
  it("near miss: 'the first half of' is a period, and 'from 1% to' is another figure than 1.5%", () => {
    expect(givesAwayPart("(“Kells water”) Power cost _____ more in the first half of this year.", fact({ answer: "48%", value: 48 }))).toBe(false);
    expect(givesAwayPart("(“Kells levy”) The levy rises from 1% to _____ of revenue.", fact({ answer: "1.5%", value: 1.5 }))).toBe(false);
  });
  it("near miss: 'a third term' in the title is no share", () => {
    expect(givesAwayPart("(“Mayor wins a third term”) Turnout fell _____ from 2022.", fact({ answer: "33%", value: 33, direction: "decline" }))).toBe(false);
  });
});

// Review 35a finding 5: an answer written as the article wrote it ("33 per cent") is read as its value too.
describe("review 35a finding 5: 'by a third' over an answer keyed '33 per cent', '33 percent' or '33pc'", () => {
  const prompt = "(“Harbour profit rises by a third”, Harbour Wire) Harbour profit rose _____ last year.";
  it("gives away '33%', '33 per cent', '33 percent' and '33pc'", () => {
    for (const answer of ["33%", "33 per cent", "33 percent", "33pc"]) expect(givesAwayPart(prompt, fact({ answer, value: 33 }))).toBe(true);
  });
  it("near miss: '40 per cent' under 'by a third' keeps its title", () => {
    expect(givesAwayPart(prompt, fact({ answer: "40 per cent", value: 40 }))).toBe(false);
  });
});

// Review 35a finding 6: an ordinal after "up", a share of a point, and idioms with "double" state no percentage.
describe("review 35a finding 6: no percentage in 'a third plant', 'a quarter point', 'double down'", () => {
  it("the reviewer's titles state none", () => {
    for (const title of ["Firm sets up a third plant", "Rates cut by a quarter point", "Bank cuts rates by a quarter of a point", "Prices up by half a percentage point", "Rivals double down on cuts", "Firm posts double-digit growth"]) {
      expect(statedPercents(title, true).map((p) => p.value)).toEqual([]);
    }
  });
  it("'by a quarter point' is no 25% change that works a money answer out", () => {
    const money = fact({ kind: "money", answer: "€4.5 million", value: 4.5e6, unit: "€", direction: "decline" });
    expect(computedFromPrompt("(“Bank cuts rates by a quarter point”) Its profit was _____, down from €6 million.", money)).toBe(false);
    expect(computedFromPrompt("(“Bank cuts costs by a quarter”) Its costs were _____, down from €6 million.", money)).toBe(true);
  });
  it("near miss: a share before 'to', 'after' or 'year-on-year', 'halves' and 'doubles' still state one", () => {
    expect(statedPercents("Firm cuts staff by a third to 200", false)[0]?.value).toBeCloseTo(33.33, 1);
    expect(statedPercents("Profit up a quarter year-on-year", false).map((p) => p.value)).toEqual([25]);
    expect(statedPercents("Output up by half during the year", false).map((p) => p.value)).toEqual([50]);
    expect(statedPercents("Orchard output halves on a dry spring", true).map((p) => p.value)).toEqual([50]);
    expect(statedPercents("Orchard output doubles", true).map((p) => p.value)).toEqual([100]);
    expect(statedPercents("Cider Sales Up 12 Per Cent", false).map((p) => p.value)).toEqual([12]);
  });
});

describe("a change by a written share works a money answer out", () => {
  const money = (answer: string, value: number): Fact => fact({ kind: "money", answer, value, unit: "€", direction: "decline" });
  it("'by a third' with 'down from €6.1 million' gives €4.1 million", () => {
    expect(computedFromPrompt("(“Kells council cuts road budget by a third”) The road budget is _____, down from €6.1 million.", money("€4.1 million", 4.1e6))).toBe(true);
  });
  it("a third of something else does not", () => {
    expect(computedFromPrompt("(“A third of Kells roads need repair”) The road budget is _____, down from €6.1 million.", money("€4.1 million", 4.1e6))).toBe(false);
    expect(computedFromPrompt("(“Kells council cuts road budget by a quarter”) The road budget is _____, down from €6.1 million.", money("€4.1 million", 4.1e6))).toBe(false);
  });
});

describe("end to end: a title that says 'by a quarter' is not shown over the 25% it states", () => {
  it("no item keyed 25% carries the title", () => {
    const items = generateItems([
      {
        slug: "mills", title: "Tarn Mills profit rises by a quarter on oat demand", source: "Harbour Wire", publishedAt: new Date("2026-06-12T00:00:00Z"),
        body: "Tarn Mills, the Cumbrian oat miller, said on Thursday that pre-tax profit rose 25% to £3.2 million in the year to March. Exports made up 40% of its sales, the company said.",
      },
    ]);
    const keyed = items.filter((it) => it.answer === "25%" || it.answer === "True" || it.answer === "False");
    for (const it of keyed.filter((k) => /25%|profit rose/.test(k.prompt) || k.answer === "25%")) expect(it.prompt).not.toMatch(/by a quarter/);
    const other = items.filter((it) => it.answer === "40%");
    expect(other.some((it) => /by a quarter/.test(it.prompt))).toBe(true);
  }, 30_000);
});
