import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Defects from the strict read genstrict-1 (/work/coord/strict-read-genstrict-1.md) and its probes.
const article = (body: string, title = "Report", publishedAt = new Date(Date.UTC(2026, 9, 7))) => ({ slug: "a", title, source: "Daily Wire", publishedAt, body });
const items = (body: string, title?: string, publishedAt?: Date) => generateArticleItems(article(body, title, publishedAt));

describe("a day without a year", () => {
  it("takes the year the sentence gives it: “on Nov. 2 last year” in May 2026 is 2 November 2025 (a wrong answer before)", () => {
    const dated = items("The paper was received by the journal on Nov. 2 last year and lists 14 authors from four institutions.", "Report", new Date(Date.UTC(2026, 4, 14))).filter((i) => i.kind === "date");
    expect(dated.length).toBeGreaterThan(0);
    for (const i of dated) expect(i.answer).toBe("2 November 2025");
  });
});

describe("values the sentence gives away or that are no fact", () => {
  const answers = (body: string, title?: string) => items(body, title).map((i) => i.answer);

  it("a count the list after it counts", () => {
    const body = "Parley comes in three colors — black, sand and a pale green Tonal calls jade — and will be sold in 23 countries at launch.";
    expect(answers(body)).not.toContain("three");
    expect(answers(body)).toContain("23");
  });

  it("a count the list after a colon counts, but not a list of something else", () => {
    expect(answers("The plan rests on four pillars: housing, transport, energy and water, the minister said.")).not.toContain("four");
    expect(answers("The company runs 12 plants: most are in Germany, France and Spain, and the rest in Asia.")).toContain("12");
  });

  it("a number inside a name (CA19-9)", () => {
    expect(answers("On its own, CA19-9 is too unreliable for screening, the researchers wrote.")).not.toContain("9");
  });

  it("an idiom (“a third party”)", () => {
    expect(answers("The parties offered to sell the Lymington to Yarmouth route to a third party within a year.")).not.toContain("third");
  });

  it("the next ordinal of a noun the sentence already counts (“the first stage … a second stage”)", () => {
    expect(answers("The city already shields customers from the first stage of load-shedding; it says it will add a second stage by the end of 2027.")).not.toContain("second");
  });
});
