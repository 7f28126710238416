import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { qualifiesNoun } from "@/lib/generate/refuse-span";

// Strict read AS0 (a garbled question): "In which year has Tokushima courted African partners since hosting a business
// forum ... in 2022?" The year of "since hosting ... in 2022" is the forum's, not the courting's.
const at = (sentence: string, year: string) => qualifiesNoun(sentence, { start: sentence.indexOf(year), kind: "date" });
const article = (body: string) => ({ slug: "a", title: "Tokushima looks to Africa", source: "Regional Desk", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });

describe("a year inside a 'since/after ...ing' phrase", () => {
  it("dates the gerund's event, so no which-year question is asked of the main verb", () => {
    expect(at("Tokushima has courted African partners since hosting a business forum tied to the Tokyo International Conference on African Development (TICAD) in 2022.", "2022")).toBe(true);
    expect(at("The firm grew quickly after opening a plant in Kenya in 2019.", "2019")).toBe(true);
    expect(at("She joined the board before leaving the bank in March 2021.", "March 2021")).toBe(true);
  });

  it("still dates the main verb when the year is outside the phrase", () => {
    expect(at("Tokushima has courted African partners since 2022.", "2022")).toBe(false);
    expect(at("After hosting the forum, Tokushima signed a deal in 2023.", "2023")).toBe(false);
    expect(at("Since morning talks in 2022 the city has courted partners.", "2022")).toBe(false);
    expect(at("The plant opened in 2019 after years of delay.", "2019")).toBe(false);
  });

  it("makes no which-year question of the passage's sentence", () => {
    const body = "Tokushima Prefecture signed a trade pact with Kenya on Monday.\n\nTokushima has courted African partners since hosting a business forum tied to the Tokyo International Conference on African Development (TICAD) in 2022.";
    const asked = generateArticleItems(article(body)).filter((i) => i.answer === "2022" && /which year/i.test(i.prompt));
    expect(asked).toEqual([]);
  });
});
