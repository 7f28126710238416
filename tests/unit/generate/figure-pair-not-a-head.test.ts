import { describe, expect, it } from "vitest";
import { readingOfPair } from "@/lib/generate/figure-pair";

// figure-pair's NOT_A_HEAD is built from tag-words' ARTICLES and PREPOSITIONS and its own few words (same words as the
// hand list it replaces): a word of grammar after a compound's unit is no head noun.
describe("the word after a pair and a unit", () => {
  const reading = (s: string, pair: string) => readingOfPair(s, s.indexOf(pair), s.indexOf(pair) + pair.length);
  it("is a head noun the pair measures", () => {
    expect(reading("The developer will build 3-4 bedroom homes in the town.", "3-4")).toEqual({ kind: "measured-compound", ask: "none" });
    expect(reading("Loans of 5-10 year bonds were sold.", "5-10")).toEqual({ kind: "measured-compound", ask: "none" });
  });
  it("is no head when it is a preposition or a word of grammar", () => {
    expect(reading("Rents for 3-4 bedroom of the flats rose.", "3-4")).toEqual({ kind: "range", ask: "whole" });
    expect(reading("Tickets cost 5-10 euro per person at the gate.", "5-10")).toEqual({ kind: "range", ask: "whole" });
  });
});
