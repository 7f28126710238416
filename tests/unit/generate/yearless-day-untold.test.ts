import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Lane date98. A strict read of AW1-core: an official statement published 27 November 2026 said the proceeding followed
// "the spill of mine tailings into the San Juan river on 9 March", and the item keyed 9 March 2027, the nearest 9 March
// (102 days ahead against 263 back); the spill was in March 2026. With no tense, sibling date or "last/next year" to
// tell, a day more than a month ahead of publication or three months back (value-rules.ts UNTOLD_DAY_AHEAD, UNTOLD_DAY_BACK) keeps no year.
const at = new Date("2026-11-27T00:00:00Z");
const days = (sentence: string) => findValueSpans(sentence, at).filter((s) => s.kind === "date" && s.unit === "day").map((s) => s.answer);

describe("a day with nothing to tell its year, months from publication", () => {
  it("keeps no year", () => {
    expect(days("The agency announced its decision in the sanctioning proceeding against Minera Huaraucaca S.A.C., following the spill of mine tailings into the San Juan river on 9 March.")).toEqual(["9 March"]);
    expect(days("The vote on 15 January decides the matter.")).toEqual(["15 January"]);
    expect(days("After the floods on 3 February, the dam was inspected.")).toEqual(["3 February"]);
  });

  it("near misses: a tense, a day close to publication, 'since', a dated sibling, 'next year' and a deadline keep their year", () => {
    expect(days("The museum will open on 15 January.")).toEqual(["15 January 2027"]);
    expect(days("The museum opened on 3 November.")).toEqual(["3 November 2026"]);
    expect(days("The vote on 2 December decides the matter.")).toEqual(["2 December 2026"]);
    expect(days("The vote on 20 October decided the matter.")).toEqual(["20 October 2026"]);
    expect(days("Prices have risen since 1 March.")).toEqual(["1 March 2026"]);
    expect(days("The fair runs from 12 April to 31 October 2027.")).toEqual(["12 April 2027", "31 October 2027"]);
    expect(days("The vote on 9 March next year decides the matter.")).toEqual(["9 March 2027"]);
    expect(days("The hearing was scheduled on 4 March.")).toEqual(["4 March 2027"]);
    expect(days("Applications are open until 15 March.")).toEqual(["15 March 2027"]);
    expect(days("Shareholders registered on 18 March will receive the dividend.")).toEqual(["18 March 2027"]);
    expect(days("The federation said it would move the return game, on 14 March, to the evening.")).toEqual(["14 March 2027"]);
    expect(days("The packing shed opens on 3 March.")).toEqual(["3 March 2027"]);
    expect(days("Residents were told it shut on 3 October.")).toEqual(["3 October 2026"]);
  });
});

describe("the strict read's statement", () => {
  it("no item writes a year for the spill's day", () => {
    const body = "LIMA, 27 November 2026 — The Environmental Assessment and Enforcement Agency announced its decision in the sanctioning proceeding against Minera Huaraucaca S.A.C., following the spill of mine tailings into the San Juan river on 9 March.\n\nThe company was fined 1,200 tax units and ordered to restore 14 hectares of riverbank.";
    const article: ArticleInput = { slug: "huaraucaca", title: "Agency fines Minera Huaraucaca over tailings spill", source: "Test Wire", publishedAt: at, body };
    const written = JSON.stringify(generateItems([article]));
    expect(written).not.toMatch(/March 2027|2027/);
  });
});
