import { describe, expect, it } from "vitest";
import { buildLibraryPool, generateArticleItems, generateItems } from "@/lib/generate";
import type { ArticleInput } from "@/lib/content/parse-article";

const publishedAt = new Date(Date.UTC(2026, 2, 4));
const articles: ArticleInput[] = [
  {
    slug: "ferry",
    title: "Island ferry line adds a second boat",
    source: "Test Wire",
    publishedAt,
    body: "The Harbour Ferry Company carried 412,000 passengers in 2025, up 9% on the year before.\n\nIts new boat, built in Gdańsk for €18 million, seats 350 people and enters service in May 2026.",
  },
  {
    slug: "orchard",
    title: "Orchard cooperative doubles apple exports",
    source: "Test Wire",
    publishedAt,
    body: "The Valdera Growers Cooperative exported 6,300 tonnes of apples in 2025, twice the 3,150 tonnes of 2024.\n\nThe cooperative has 84 member farms and employs 120 seasonal pickers.",
  },
];

describe("generateItems reads each article once", () => {
  // A corpus run read every article twice (once for the library, once for its own items); reading it once must give
  // the same items as the app's way: the library's pool, then each article on its own.
  it("gives what buildLibraryPool then generateArticleItems per article give", () => {
    const library = buildLibraryPool(articles);
    const oneByOne = articles.flatMap((a) => generateArticleItems(a, { library }));
    const corpus = generateItems(articles);
    expect(corpus.length).toBeGreaterThan(0);
    expect(corpus).toEqual(oneByOne);
  });

  // The near miss: generating one article withdraws questions on its own facts; the library keeps its own copy, so a
  // second run over the same articles gives the same items again.
  it("leaves no article's changes in the library: a second run is the same", () => {
    expect(generateItems(articles)).toEqual(generateItems(articles));
  });
});
