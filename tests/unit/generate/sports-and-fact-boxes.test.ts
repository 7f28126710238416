import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Lane genre3 (issue 9): sports reports and press releases with fact boxes. Every text here is invented.
const article = (body: string, title = "Test", publishedAt = new Date(Date.UTC(2026, 10, 20))) => ({ slug: "t", title, source: "Test", publishedAt, body });

describe("a press release's contact lines are not learned", () => {
  it("'Contact: X, Head of Communications, +00 ...' and 'Media contact: X, Press Officer, x@y' give no item", () => {
    const body = [
      "Brannvik Solar Ltd. opened a 12 MW solar park near Tovik on Monday. The park cost NOK 140 million and will power 3,000 homes.",
      "",
      "Contact: Sigrun Aalvik, Head of Communications, +47 21 00 00 00",
      "",
      "Media contact: Pål Hemstad, Press Officer, Brannvik Solar, press@brannvik.example",
    ].join("\n");
    const items = generateArticleItems(article(body, "Brannvik Solar opens park"));
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => /Aalvik|Hemstad/.test(`${i.answer} ${i.prompt}`))).toEqual([]);
  });
});
