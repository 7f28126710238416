import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import type { ArticleInput } from "@/lib/content/parse-article";

// find-entity-facts.ts tested SUBNATIONAL twice for a bare national office (nationalOwner, then storyCountry): once now,
// before the title's own office may name the owner. Same behaviour, pinned here for both paths.
const at = new Date(Date.UTC(2026, 10, 20));
// (The header, which writes the title, is cut off: only what the question asks counts.)
const prompts = (title: string, body: string) => generateItems([{ slug: "t", title, source: "Test", publishedAt: at, body } as ArticleInput]).map((i) => `${i.prompt.replace(/^\(“[^”]*”[^)]*\)\s*/, "")} -> ${i.answer}`);
const DANISH = "Denmark's turbine exports rose 4% in October, and Danish makers led the gains, the Danish trade ministry said.";
const DANISH_END = "Danish shipyards also reported more orders.";

describe("a bare national office in a sentence that places it in a province or state", () => {
  it("takes no country, not even the one the title gives that office", () => {
    const provincial = prompts("Danish trade minister hails wind exports", `${DANISH}\n\nTrade Minister Anders Vik of the provincial government said the figures showed a recovery in the north.\n\n${DANISH_END}`);
    expect(provincial.filter((p) => /Danish trade minister|Denmark’s trade minister/i.test(p) && /Anders Vik$/.test(p))).toEqual([]);
  }, 60_000);
  it("near miss: the same sentence with no province keeps the story's country", () => {
    const national = prompts("Wind exports rise for a third month", `${DANISH}\n\nTrade Minister Anders Vik said the figures showed a recovery in the north.\n\n${DANISH_END}`);
    expect(national.some((p) => /Danish trade minister/i.test(p) && /Anders Vik$/.test(p))).toBe(true);
  }, 60_000);
});
