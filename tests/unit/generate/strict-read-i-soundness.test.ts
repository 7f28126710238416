import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { garbledQuestion } from "@/lib/generate/garbled-question";

// Strict read I1 (blind batches 2026-11i/j): wh-questions built from a "Label: value" bullet or a copula sentence
// came out garbled (#19 "How many tonnes of used is the plant's capacity beverage cans ...?", #20 "How many places are
// the apprenticeships in ...?", #43 "In which year is X a Bahraini company founded ...?"), and a company name lost
// its first word (#38 "Marine's president"). Sentences below are invented.
const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const questionOf = (body: string, answer: string) => extractFacts(article(body)).find((f) => f.answer === answer)?.question ?? null;
const fact = (sentence: string) => ({ sentence, span: null });

describe("a copula sentence gives a sound question or none (strict read I1 #19, #20, #43)", () => {
  it("the year a company was founded, not 'is X a company founded'", () => {
    expect(questionOf("Orbis Recycling is a Kenyan company founded in 2021 to build the country's recycling industry.", "2021")).toBe("In which year was Orbis Recycling founded?");
  });

  it("no question when the value's noun phrase would be split around the subject", () => {
    expect(questionOf("The ferry’s battery is 1,450 kWh lithium iron phosphate, supplied by a partner in Turin.", "1,450 kWh")).toBeNull();
    // A plural subject is the things counted: "How many places are the apprenticeships in ...?".
    expect(questionOf("The apprenticeships are 24 places in welding, carpentry and logistics.", "24")).toBeNull();
  });

  it("keeps a copula question whose rest is a preposition's phrase, a frequency or an aside", () => {
    // (", about 9 million bags" restates the figure: cut, like a sum in another currency.)
    expect(questionOf("The mill’s capacity is 600 tonnes of roasted coffee beans a year, about 9 million bags.", "600 tonnes")).toBe("How many tonnes of roasted coffee beans is the mill’s capacity a year?");
    expect(questionOf("The fleet is 60 drones at launch.", "60")).toBe("How many drones is the fleet at launch?");
    expect(questionOf("Nordfisk's plant is 14,500 square metres on four floors.", "14,500 square metres")).toBe("How many square metres is Nordfisk's plant on four floors?");
  });

  it("takes the whole noun phrase after a unit's 'of', and none when it cannot", () => {
    expect(questionOf("Nordfisk exported 1,200 tonnes of frozen shrimp to Japan in 2025.", "1,200 tonnes")).toBe("How many tonnes of frozen shrimp did Nordfisk export to Japan in 2025?");
    expect(questionOf("The Alder mill roasts 600 tonnes of roasted coffee a year on two shifts.", "600 tonnes")).toBe("How many tonnes of roasted coffee does the Alder mill roast a year on two shifts?");
    expect(questionOf("Nordfisk shipped 300 tonnes of the catch to Oslo.", "300 tonnes")).toBeNull();
  });
});

describe("garbledQuestion catches what these taught (strict read I1)", () => {
  it("a name that lost its first word (#38)", () => {
    const sentence = `"A good year," said Coral Bay Ferries' chief executive, Ana Ruiz, and Hollis Marine's president, Tom Reed.`;
    expect(garbledQuestion("Who is Marine’s president?", fact(sentence))).toBe("a name cut short");
    expect(garbledQuestion("Who is Hollis Marine’s president?", fact(sentence))).toBeNull();
    // A sentence's opening "The" or a preposition is no part of the name.
    expect(garbledQuestion("Who is Kenya’s trade minister?", fact("The talks were led by Kenya's trade minister, Ruth Wanjiku."))).toBeNull();
    expect(garbledQuestion("Who is Kenya’s trade minister?", fact("In Kenya's view, the trade minister, Ruth Wanjiku, erred."))).toBeNull();
  });

  it("a copula kept before a predicate noun (#43)", () => {
    expect(garbledQuestion("In which year is Orbis Recycling a Kenyan company founded to build the recycling industry?")).not.toBeNull();
    expect(garbledQuestion("In which year was Orbis Recycling founded?")).toBeNull();
    expect(garbledQuestion("When was a new terminal opened in Mombasa?")).toBeNull();
  });
});
