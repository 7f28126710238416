import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generate/extract-facts";
import { initialsReordered, matchEntityRules } from "@/lib/generate/entity-rules";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

const questionOf = (body: string, answer: string) =>
  extractFacts({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 9, 28)), body }).find((f) => f.answer === answer)?.question ?? null;
const namesIn = (sentence: string) => findEntitySpans(sentence).map((e) => [e.name, e.descriptor]);

// Gold lost these at "no span": an abbreviation the text defines, but in a shape no rule read (span14 lane).
describe("abbreviations defined in shapes the rules missed", () => {
  it("letters first, the term they stand for in parentheses ('UHT (ultra-high temperature) milk')", () => {
    expect(namesIn("Nearly all the UHT (ultra-high temperature) cream sold on the island comes from one plant.")).toContainEqual(["ultra-high temperature", "abbreviation UHT"]);
    expect(questionOf("EBITDA (earnings before interest, taxes, depreciation and amortisation) fell 8% as gas prices rose.", "earnings before interest, taxes, depreciation and amortisation")).toBe("What does the abbreviation EBITDA stand for in “T”?");
    // Near misses: a parenthesis that says more than the term, or one that is no term of the letters.
    expect(namesIn("GDP (gross domestic product, in euros) rose 2% last year.").filter(([, d]) => d === "abbreviation GDP")).toEqual([]);
    expect(namesIn("The MP (a retired farmer) voted against the bill.").filter(([, d]) => /abbreviation/.test(d ?? ""))).toEqual([]);
  });

  it("a lower-case term that lists its words with commas ('earnings before interest, tax ... (EBITDA)')", () => {
    expect(namesIn("Earnings before interest, tax, depreciation and amortisation (EBITDA) rose 12% to €40 million.")).toContainEqual(["Earnings before interest, tax, depreciation and amortisation", "abbreviation EBITDA"]);
    // ("in 2024, the levy (TL)": commas do not let the term run back past words it does not spell.)
    expect(namesIn("In spring, farmers paid the levy (TL) twice.").filter(([, d]) => /abbreviation/.test(d ?? ""))).toEqual([]);
  });

  it("an Italian name joined by 'delle', 'dei' or 'degli' ('Compagnia Valdostana delle Acque (CVA)')", () => {
    expect(namesIn("Power comes from Società Lombarda delle Reti (SLR), which runs the lines.")).toContainEqual(["Società Lombarda delle Reti", "abbreviation SLR"]);
  });

  it("a name whose acronym spells it stays whole inside a longer name with 'and' ('... of the X Academy of Sciences (XAS)')", () => {
    expect(namesIn("She works at the Institute of Botany and Ecology of the Latvian National Academy of Sciences (LNAS) in Riga.")).toContainEqual(["Latvian National Academy of Sciences", "abbreviation LNAS"]);
    // The half of a name cut at its "and" is still refused when no acronym spells it.
    expect(namesIn("Funding came from the Malta Research and Innovation Council last year.").map(([n]) => n)).not.toContain("Innovation Council");
  });
});

describe("an organisation known by its own language's letters", () => {
  it("letters that are a shorter name's initials in another order name that name ('Board of the ... Authority (ANRE)')", () => {
    expect(initialsReordered("Board of the National Water Regulatory Authority", "ANWR")).toBe("National Water Regulatory Authority");
    expect(matchEntityRules("The Board of the National Water Regulatory Authority (ANWR) approved the tariffs on Monday.").map((m) => [m.name, m.noun])).toContainEqual(["National Water Regulatory Authority", "authority known as ANWR"]);
    // Letters in order are the acronym rule's; letters no run spells leave the name as written.
    expect(initialsReordered("Board of the National Water Regulatory Authority", "NWRA")).toBeNull();
    expect(initialsReordered("Board of the Federal Reserve System", "FRB")).toBeNull();
  });

  it("a country after the head word is part of the name ('Mining Safety Authority Sweden (Gruvtil)')", () => {
    expect(questionOf("A new memorandum links the Mining Safety Authority Sweden (Gruvtil) with Peru's mining ministry.", "Mining Safety Authority Sweden")).toBe("Which authority is known as Gruvtil?");
    // A capitalised word after the head that is no country is not.
    expect(matchEntityRules("Talks with the Mining Safety Authority Monday (Gruvtil) failed.").map((m) => m.name)).not.toContain("Mining Safety Authority Monday");
  });
});
