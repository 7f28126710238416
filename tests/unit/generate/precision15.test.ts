import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { extractFacts } from "@/lib/generate/extract-facts";
import { garbledQuestion } from "@/lib/generate/garbled-question";
import { pronounAfterOpeningPhrase, pronounLeadFor } from "@/lib/generate/points-back";
import { buildPool, layerPools, pickDistractors } from "@/lib/generate/pick-distractors";

const at = new Date("2026-11-04T00:00:00Z");

function optionsFor(body: string, answer: string): string[] {
  const facts = extractFacts({ slug: "a", title: "Lakeside port plans upgrade", source: "Lakeside Courier", publishedAt: at, body });
  const fact = facts.find((f) => f.answer === answer);
  expect(fact).toBeDefined();
  return fact ? pickDistractors(fact, layerPools(buildPool(facts)), fact.sentence, "k") : [];
}

// Lane precision15 (a build read: "wants to deepen its main berth from 11 metres to _____" offered 6 metres, which
// the stem rules out): a change "from X to _____" with words between its verb and "from".
describe("the new figure of a change 'verb ... from X to _____' lies on the side the verb says", () => {
  it("widen or deepen: above the old figure", () => {
    const options = optionsFor("The authority wants to widen its approach channel from 90 metres to 130 metres so that bigger ferries can turn.", "130 metres");
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(Number.parseFloat(o)).toBeGreaterThan(90);
  });

  it("shorten: below the old figure; a change with no verb of direction leaves options on both sides", () => {
    const options = optionsFor("The operator will shorten its crossing time from 95 minutes to 70 minutes next year.", "70 minutes");
    for (const o of options) expect(Number.parseFloat(o)).toBeLessThan(95);
    const both = optionsFor("Tickets on the night ferry range from 12 euros for a seat to 140 euros for a cabin.", "140 euros");
    expect(both.length).toBeGreaterThan(0);
  });
});

// Lane precision15 (a build read offered "Canadian Mark Desrosiers" among four names): a people's name before a
// person's is the person's nationality, not part of the name.
describe("a demonym before a person's name", () => {
  const peopleOf = (body: string) => extractFacts({ slug: "a", title: "Harbour Hawks win the derby", source: "Desk", publishedAt: at, body }).filter((f) => f.kind === "person").map((f) => f.answer);
  it("is cut off the name, and a name with none is kept whole", () => {
    expect(peopleOf("The Harbour Hawks, coached by Norwegian Lars Eikeland, drew level twice in the second period.")).toContain("Lars Eikeland");
    expect(peopleOf("The Harbour Hawks, coached by Norwegian Lars Eikeland, drew level twice in the second period.")).not.toContain("Norwegian Lars Eikeland");
    expect(peopleOf("The Harbour Hawks, coached by Lars Eikeland, drew level twice in the second period.")).toContain("Lars Eikeland");
  });
});

// Lane precision15 (a build read: "a premium of up to 100% on _____ homes" under a title on "second homes", and
// "bought by local _____-time buyers"): an ordinal that names the topic or is cut from a compound is no fact.
describe("an ordinal that is part of a noun or an adjective", () => {
  const ordinalsOf = (title: string, body: string) => generateArticleItems({ slug: "o", title, source: "Review", publishedAt: at, body }).filter((i) => i.kind === "ordinal").map((i) => i.answer);
  it("is not asked under a title that writes it before the same noun, nor when cut from a hyphened compound", () => {
    const body = "Since 2024 the island has let councils charge a levy of up to 200% on second homes left empty for most of the year. About a third of the flats sold last year went to first-time buyers from the mainland.";
    expect(ordinalsOf("What Lakeside can learn from levies on second homes", body)).toEqual([]);
  });
  it("is still asked when the title names another noun", () => {
    const body = "The ferry link is the island's second route to the mainland and opened in March after a delay of two years.";
    expect(ordinalsOf("Lakeside opens new ferry link", body)).toContain("second");
  });
});

// Lane precision15 (build reads: "To what amount did that licence fees pay ... rose", "... did the minister arrive ... and
// signed five agreements ...", "How much did sales to Asia grow ... and now account for about a sixth of revenue?").
describe("wh-questions a clause misread left broken", () => {
  it("are garbled: 'that' before a plural, a second past verb before a number word, a second predicate with 'now'", () => {
    expect(garbledQuestion("To what amount did that harbour dues pay to the port rose, according to the harbourmaster?")).not.toBeNull();
    expect(garbledQuestion("In which town did the trade minister arrive on Monday and signed three agreements with the mayor?")).not.toBeNull();
    expect(garbledQuestion("How much did exports to Chile grow from a year earlier and now make up about a fifth of sales?")).not.toBeNull();
  });
  it("are sound: 'that' before a singular, one predicate, 'and' inside the object", () => {
    expect(garbledQuestion("By how much did that figure rise in 2025?")).toBeNull();
    expect(garbledQuestion("In which town did the trade minister arrive on Monday for a two-day visit?")).toBeNull();
    expect(garbledQuestion("How much did exports to Chile and Peru grow in 2025?")).toBeNull();
  });
});

// Lane precision15 (strict read AA0 #8, again in a build sample: "In trial nets in the 2025-26 season it kept growing at
// temperatures up to _____", where "it" is a seaweed strain named only before).
describe("a subject pronoun after an opening phrase", () => {
  it("is unplaced after a phrase of place or time, and the clause's own after a verb", () => {
    expect(pronounAfterOpeningPhrase("In field trials last summer it yielded 12% more than the usual variety.")).toBe(true);
    expect(pronounAfterOpeningPhrase("In March the council said it would spend €4 million on the harbour.")).toBe(false);
    expect(pronounAfterOpeningPhrase("In field trials last summer the new variety yielded 12% more.")).toBe(false);
  });
  it("is led by the sentence before when that one reads alone", () => {
    const previous = "The ferry company was founded in 2009 and runs four routes from the port.";
    expect(pronounLeadFor("In 2025 it carried 1.4 million passengers, up 9% on the year before.", previous)).toBe(previous);
    expect(pronounLeadFor("In 2025 the line carried 1.4 million passengers.", previous)).toBeNull();
  });
});
