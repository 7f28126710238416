import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateArticleItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// End to end: every range rule asks figure-pair.ts, and no single-figure rule takes one end of a pair that is one
// answer ("whole") or no answer ("none"). Sentences written for this test, except review 33b's two findings.
const answers = (sentence: string) => findValueSpans(sentence, new Date(Date.UTC(2026, 10, 20))).map((s) => s.answer);
const article = (body: string): ArticleInput => ({ slug: "t", title: "Town housing and transport notes", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const itemsOf = (body: string) => generateArticleItems(article(body), { keepFrom: 0, fullFrom: 0 });

describe("whole: a range is one answer and neither end is asked alone", () => {
  it("keeps a range of a duration whole", () => {
    expect(answers("The ferry crossing to the island takes 35 to 50 minutes.")).toEqual(["35 to 50 minutes"]);
  });
  it("gives no lone end of a counted range", () => {
    // (no count range rule takes "6 to 9 wardens" yet: nothing is asked rather than "9 wardens")
    expect(answers("The reserve employs 6 to 9 wardens in summer.")).not.toContain("9");
  });
  it("review 33b finding 6: a price verb before from .. to is a range, never two answers", () => {
    const got = answers("Rooms cost from €80 to €120 a night.");
    expect(got).not.toContain("€80");
    expect(got).not.toContain("€120");
  });
  it("near miss: a change verb before from .. to keeps its two figures", () => {
    expect(answers("Hotel rates climbed from €70 to €95 a night.")).toEqual(["€70", "€95"]);
  });
});

describe("none: labels, measured compounds and framing years give nothing", () => {
  it("review 33b finding 2: 3-4 bedroom homes are not 4 homes", () => {
    expect(answers("The scheme offers 3-4 bedroom homes for families.")).toEqual([]);
    const items = itemsOf("The scheme offers 3-4 bedroom homes for families in the valley.");
    expect(items.filter((i) => i.answer === "4" || i.prompt.includes("3-_____"))).toEqual([]);
  });
  it("a measured compound in other units gives no end", () => {
    expect(answers("The yard builds 8-12 metre fishing boats.")).toEqual([]);
  });
  it("labels give no end", () => {
    expect(answers("Gates 4 to 7 of the stadium reopen on Monday.")).not.toContain("7");
  });
  it("near miss: a counted plural after the pair is a range", () => {
    expect(answers("The new flats have 2-3 bedrooms each.")).not.toContain("3");
  });
  it("a span of years that frames a change gives neither year", () => {
    const got = answers("Exports grew by 12% between 2020 and 2024.");
    expect(got).toContain("12%");
    expect(got).not.toContain("2024");
  });
});

describe("total: a change is never read as a range", () => {
  it("asks the total of a change after by", () => {
    const got = answers("The lake's level rose by 2 to 9 metres.");
    expect(got).not.toContain("2 to 9 metres");
    expect(got).toContain("9 metres");
  });
  it("a market verb makes a change, not a range of sums", () => {
    expect(answers("Copper added $40 to $9,100 a tonne.").some((a) => a.includes(" to "))).toBe(false);
  });
  it("near miss: close ends after by are the size of the change", () => {
    expect(answers("Bus fares will rise by 20 to 25 cents.")).toEqual(["20 to 25 cents"]);
  });
});

describe("each: a sum given to a count is two facts", () => {
  it("keeps the sum and the count apart", () => {
    const got = answers("The trust gave £250 to 80 schools.");
    expect(got).toContain("£250");
    expect(got).toContain("80");
  });
});
