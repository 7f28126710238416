import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { generateArticleItems } from "@/lib/generate";

const article = parseArticle(
  "obituary.md",
  `---
title: Marta Quiroga, Engineer Who Built Andean Bridges, Dies at 91
source: The Review
published: 2026-11-10
---
Marta Quiroga, the engineer who designed more than forty bridges across the Andes, died on Nov. 2 in Santiago. She was 91.

Her son, Tomás Quiroga, said the cause was pneumonia.

Quiroga studied at the University of Chile and joined the public works ministry in 1961, where she led the mountain roads office.

She left Chile in 1974, after the coup, and spent nine years teaching in Caracas. She returned in 1983, after the first protests against the regime.
`,
);

describe("he and she", () => {
  it("are not taken for a person named two paragraphs earlier: the obituary's 'She returned in 1983' is not the son's", () => {
    const items = generateArticleItems(article);
    const wrong = items.filter((item) => /Tomás/.test(item.prompt) && /1983|1974|Caracas/.test(item.answer));
    expect(wrong.map((i) => i.prompt)).toEqual([]);
  });
});
