import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateArticleItems } from "@/lib/generate";

const article = (body: string): ArticleInput => ({ slug: "t", title: "Harbour board signs dredging deal", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const itemsOf = (body: string) => generateArticleItems(article(body), { keepFrom: 0, fullFrom: 0 }).filter((i) => i.kind === "duration");

// Strict read AI0's class, in the coordinator's own words: "a _____ memorandum" answered "five years" reads "a five
// years memorandum"; in a blank the duration keeps the compound it is written as, with options to match.
describe("a duration written as a compound before its noun", () => {
  it("is answered and offered in a blank as the compound", () => {
    const blanks = itemsOf("The harbour board signed a seven-year dredging contract with Marlin Works.").filter((i) => i.prompt.includes("_____"));
    expect(blanks.length).toBeGreaterThan(0);
    for (const item of blanks) {
      expect(item.answer).toBe("seven-year");
      for (const choice of item.choices) expect(choice).toMatch(/^\S+-year$/);
    }
    // (the typed answer "seven years" is still right in a cloze)
    const cloze = blanks.find((i) => i.type === "cloze");
    if (cloze) expect(cloze.accepted).toContain("7 years");
  });

  it("keeps a duration written as words a duration of words", () => {
    // near miss: "for seven years" is no compound; its blank takes "seven years"
    const blanks = itemsOf("The harbour board has dredged the channel for seven years under its contract with Marlin Works.").filter((i) => i.prompt.includes("_____"));
    expect(blanks.length).toBeGreaterThan(0);
    for (const item of blanks) expect(item.answer).toBe("seven years");
  });
});
