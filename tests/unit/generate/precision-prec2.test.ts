import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { foldAsGrowth, VALUE_MARK } from "@/lib/generate/value-questions";

const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: PUBLISHED, body });
const questions = (body: string) => generateItems([article(body)]).filter((i) => i.type === "choice" || i.type === "typed").map((i) => i.prompt);

describe("precision after the recall rules of 29 Nov (prec2)", () => {
  // A multiplier verb with an object ("would double the mill's output") cannot become "How much would X grew ...".
  it("asks no growth question for a multiplier verb that takes an object", () => {
    const body = "Harbour Grain plans a new silo at Port Velan.\n\nThe expansion would double the mill's output to 900 tonnes a day and add a second loading quay.";
    const prompts = questions(body);
    expect(prompts.some((p) => /\bgrew\b|would grow the/.test(p))).toBe(false);
  });

  it("writes a multiplier after a modal as 'grow', not 'grew'", () => {
    const span = findValueSpans("Flour exports would double by 2030.", PUBLISHED).find((s) => s.unit === "fold");
    expect(span).toBeDefined();
    expect(foldAsGrowth(`Flour exports would ${VALUE_MARK} by 2030.`, span!)).toBe(`Flour exports would grow ${VALUE_MARK} by 2030.`);
  });

  // "the trucks for the water utility, Velmar Vodovod, which would cost M": "which" may be the trucks, not the
  // utility named in the aside, so the question may not make the name pay (it did: "How much would JSP Skopje cost?").
  it("does not make an appositive name the subject of the which-clause after it", () => {
    const body = "Velmar city council approved its 2027 budget on Monday.\n\nThe biggest single item is the purchase of new tanker trucks for the municipal water utility, Velmar Vodovod, which would cost €14 million over three years.";
    const prompts = questions(body);
    expect(prompts.some((p) => /How much would Velmar Vodovod cost/.test(p))).toBe(false);
  });

  // Options from other articles: "Barbados Light & Power" was offered as the name of Sarajevo's heating company.
  it("offers no other article's organisation named for a place the prompt does not name", () => {
    const at = (slug: string, title: string, body: string): ArticleInput => ({ slug, title, source: "Test", publishedAt: PUBLISHED, body });
    const items = generateItems([
      at("a", "Velmar budget", "VELMAR — The government of Velmar Canton sent the assembly a draft budget on Monday.\n\nThe canton's district heating company, Toplane-Velmar, serves about 52,000 flats, most of them on the valley floor."),
      at("b", "Corvia power rates", "The regulator in Corvia has ruled on an application by the Corvia Light & Power Company Limited for higher rates.\n\nThe island's only electricity company, Corvia Light & Power Company Limited, serves 130,000 customers in Corvia."),
      at("c", "Dunmere airport", "The airport operator in Dunmere, Dunmere Airports Company, will spend $180 million on a new terminal in Dunmere.\n\nThe state oil company, Dunmere Petroleum Company, reported a profit."),
      at("d", "Halvik mine", "The mining company Ostrava Minerals Inc. said it would build a plant in Halvik.\n\nThe country's largest miner, Ostrava Minerals Inc., employs 4,000 people in Halvik."),
      at("e", "Software results", "Software sales rose again this year.\n\nThe country's largest software company, Brightline Systems, employs 900 people."),
      // ("in Corvia" now makes Corvia a place, so its power company is no option for another place's: one more firm.)
      at("f", "Tyre results", "Tyre sales rose again this year.\n\nThe country's largest tyre company, Kestrel Rubber Works, employs 700 people."),
    ]);
    const heating = items.filter((i) => i.type === "choice" && i.answer === "Toplane-Velmar");
    expect(heating.length).toBeGreaterThan(0);
    expect(heating.flatMap((i) => i.choices).some((c) => /Dunmere/.test(c))).toBe(false);
    // The article's own organisations stay options for one another.
    const oil = items.find((i) => i.type === "choice" && i.answer === "Dunmere Petroleum Company");
    expect(oil?.choices).toContain("Dunmere Airports Company");
  });

  // "Per child, Guatemala spends more than twice as much" was judged false as "more than 2.5 times": a reported
  // value with a one-sided bound has no false statement ("more than 230 days" may be true of "more than 180 days").
  it("makes no true/false statement of a reported value with a one-sided bound", () => {
    const body = "Two neighbours fund school meals in very different ways.\n\nVelmar feeds about 2.6 million pupils, and Ostria feeds around 1.3 million pupils. Per child, Velmar spends more than twice as much.\n\nA survey of more than 1,400 parents found strong support for the scheme. Pupils eat more than 180 days a year.";
    const statements = generateItems([article(body)]).filter((i) => i.type === "truefalse").map((i) => i.prompt);
    expect(statements.filter((p) => /more than/.test(p))).toEqual([]);
  });

  // "the Mauritius Research and _____" asked for "Innovation Council", half of one council's name.
  it("blanks no organisation name cut at its own 'and'", () => {
    const body = "Velmar kestrels have lost much of their genetic diversity, a study says.\n\nThe study by researchers from the University of Velmar was funded by the UK's Natural Environment Research Council (NERC) and the Ostria Research and Innovation Council, with a total of about £620,000 over four years.";
    const prompts = generateItems([article(body)]).map((i) => i.prompt);
    expect(prompts.some((p) => /Research and _____/.test(p))).toBe(false);
  });

  // One company written "Inc" in one sentence and "Inc." in another was offered twice among four options.
  it("offers no two options that differ only by a final full stop", () => {
    const at = (slug: string, title: string, body: string): ArticleInput => ({ slug, title, source: "Test", publishedAt: PUBLISHED, body });
    const items = generateItems([
      at("a", "Velmar budget", "VELMAR — The government of Velmar Canton sent the assembly a draft budget on Monday.\n\nThe canton's district heating company, Toplane-Velmar, serves about 52,000 flats, most of them on the valley floor."),
      at("b", "Corvia power rates", "The regulator in Corvia has ruled on an application by the Corvia Light & Power Company Limited for higher rates.\n\nThe island's only electricity company, Corvia Light & Power Company Limited, serves 130,000 customers in Corvia."),
      at("d", "Halvik mine", "The mining company Ostrava Minerals Inc. said it would build a plant in Halvik.\n\nThe country's largest miner, Ostrava Minerals Inc., employs 4,000 people in Halvik."),
      at("e", "Software results", "Software sales rose again this year.\n\nThe country's largest software company, Brightline Systems, employs 900 people."),
      // ("in Corvia" now makes Corvia a place, so its power company is no option for another place's: one more firm.)
      at("f", "Tyre results", "Tyre sales rose again this year.\n\nThe country's largest tyre company, Kestrel Rubber Works, employs 700 people."),
    ]);
    const choices = items.filter((i) => i.type === "choice" && i.kind === "organisation");
    expect(choices.length).toBeGreaterThan(0);
    for (const i of choices) expect(new Set(i.choices.map((c) => c.toLowerCase().replace(/\.$/, ""))).size).toBe(i.choices.length);
  });
});
