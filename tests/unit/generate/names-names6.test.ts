// Names found but asked badly or not at all (lane names6). Each sentence invented for this test.
import { describe, expect, it } from "vitest";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

const orgs = (sentence: string) => findEntitySpans(sentence).filter((s) => s.kind === "organisation").map((s) => s.name);

describe("an organisation named before what it is, after the sentence's time", () => {
  // Closing note 13: "On Monday Tidewell Payments, a mobile-money firm, lost its appeal" gave "Monday Tidewell Payments".
  it.each([
    ["On Monday Brantley Savings, a mobile-money firm, lost its appeal.", "Brantley Savings"],
    ["In March Brantley Savings, the island's biggest bank, cut its rates.", "Brantley Savings"],
    ["Yesterday Brantley Savings, a payments firm, said it would appeal.", "Brantley Savings"],
  ])("keeps no weekday, month or adverb: %s", (sentence, name) => {
    const found = orgs(sentence);
    expect(found).toContain(name);
    expect(found.filter((n) => /^(?:Monday|March|Yesterday)\b/.test(n))).toEqual([]);
  });
  it("still takes a name that opens the sentence", () => {
    expect(orgs("Brantley Savings, a mobile-money firm, lost its appeal.")).toContain("Brantley Savings");
  });
  it("keeps a month that opens a name with no preposition before it ('March Networks', 'May Mobility')", () => {
    expect(orgs("March Ridgeworks, a video security firm, won the contract.")).toContain("March Ridgeworks");
    expect(orgs("May Brantley, a payments firm, said it would appeal.")).toContain("May Brantley");
  });
});
