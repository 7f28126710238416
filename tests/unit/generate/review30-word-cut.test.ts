import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";

const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 9, 28)), body });

// Review 30 finding 2: "the city of Ciudad Juárez" gave the cloze "the city of _____árez" with the answer
// "Ciudad Ju": a name's span stopped at its first accented letter, cutting the word.
describe("a name's span never ends or starts inside a word (review 30 finding 2)", () => {
  const bodies = [
    "Protests spread to the city of Ciudad Juárez on Sunday after the vote.",
    "Protests spread to the city of Łódź on Sunday after the vote.",
    "Protests spread to the city of São Paulo on Sunday after the vote.",
    "Protests spread to the city of Zürich on Sunday after the vote.",
    "Protests spread to the city of Gutiérrez on Sunday after the vote.",
  ];
  for (const body of bodies) {
    it(body, () => {
      const items = generateItems([article(body)]);
      for (const item of items) {
        const answer = String(item.answer);
        const at = body.indexOf(answer);
        if (at < 0) continue;
        expect(/\p{L}/u.test(body[at + answer.length] ?? ""), `${answer} ends inside a word`).toBe(false);
        expect(/\p{L}/u.test(body[at - 1] ?? ""), `${answer} starts inside a word`).toBe(false);
      }
    });
  }
  it("asks the whole accented name", () => {
    const items = generateItems([article(bodies[0] ?? "")]);
    expect(items.map((i) => i.answer)).not.toContain("Ciudad Ju");
  });
});
