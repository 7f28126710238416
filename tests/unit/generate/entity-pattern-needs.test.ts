import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTITY_PATTERN_NEEDS } from "@/lib/generate/find-entity-facts";
import { splitSentences } from "@/lib/generate/split-sentences";

/** Invented sentences each pattern finds something in (one or two a pattern). */
const EXAMPLES: Record<string, string[]> = {
  TITLED_PERSON: ["Finance Minister Ingrid Berg said the budget would pass.", "The talks were led by Mayor Tomas Kellner on Monday."],
  TEAM_ROLE_AFTER: ["Pablo Diaz, the Riverton coach, praised his defence.", "Lena Ostrova, the Harbour City captain, scored twice."],
  TEAM_ROLE_BEFORE: ["The Riverton coach, Pablo Diaz, praised his defence.", "After the game the Harbour City captain, Lena Ostrova, thanked the fans."],
  APPOSITIVE_TITLE: ["Maria Lopez, the Chilean finance minister, said talks would resume."],
  ROLE_PERSON: ["The plan is risky, said Anna Berg, an economist at the Nordic Institute."],
  COUNTERPART: ["She met her Estonian counterpart Kaja Tamm in Riga."],
  APPOSITIVE_ORG: ["Norway's state oil company, Nordic Petro, raised its output."],
  NAMED_IN_COMMAS: ["The city transport company, Metro Lines, said fares would rise.", "The service, called Champa Ride, opened in May."],
  SUPERLATIVE_PLACE: ["The largest island of the group, Viti Levu, has two airports."],
  DESCRIBED_ORG: ["The contract went to the Dutch firm Vertiqa Systems last week.", "The state drugmaker Halvor Pharma cut its prices."],
  ORG_THEN_DESCRIPTOR: ["Swissmedic, the Swiss medicines regulator, approved the drug."],
  AGENCY_AFTER_NAME: ["Russia's TASS news agency reported the visit."],
  ROUTE_TO: ["The airline will open a route from Lisbon to Porto Alegre in May."],
  CITY_OF: ["Protests spread to the city of Gdansk on Sunday."],
};

/** Near misses: each example with its words changed so that a prefilter may say skip (lower case, no commas, no "'s"). */
const nearMisses = (s: string) => [s.toLowerCase(), s.replace(/,/g, ""), s.replace(/['’]s\b/g, ""), s.replace(/\b(?:from|of)\b/g, "to")];

const matches = (pattern: RegExp, sentence: string) => [...sentence.matchAll(pattern)].length > 0;

// Every sentence of the app's own and the fixtures' top-level articles, beside the invented ones: a prefilter that skips
// a sentence its pattern matches fails here.
const articleSentences = ["content", "tests/fixtures/articles"]
  .filter((dir) => fs.existsSync(dir))
  .flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => path.join(dir, f)))
  .flatMap((file) => splitSentences(fs.readFileSync(file, "utf8")).map((s) => s.text));
const pool = [...Object.values(EXAMPLES).flat().flatMap((s) => [s, ...nearMisses(s)]), ...articleSentences];

describe("entity patterns and their prefilters (find-entity-facts.ts NEEDS) say the same", () => {
  it("every pattern has examples", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(ENTITY_PATTERN_NEEDS).sort());
  });

  it.each(Object.entries(ENTITY_PATTERN_NEEDS))("%s finds its examples, and its prefilter lets them through", (name, { pattern, needs }) => {
    for (const sentence of EXAMPLES[name] ?? []) {
      expect(matches(pattern, sentence), sentence).toBe(true);
      expect(needs.test(sentence), sentence).toBe(true);
    }
  });

  it.each(Object.entries(ENTITY_PATTERN_NEEDS))("%s never matches a sentence its prefilter skips", (_name, { pattern, needs }) => {
    const skippedYetMatched = pool.filter((sentence) => !needs.test(sentence) && matches(pattern, sentence));
    expect(skippedYetMatched).toEqual([]);
  });
});
