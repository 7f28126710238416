import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { unresolvedInQuestion, unresolvedInStem } from "@/lib/generate/build-items";
import { titleCases, unplacedByTitle } from "@/lib/generate/unplaced-referent";

// Lane context42 (strict reads AG0-core #3, #12, #34, #40, AG1-core #1, #12, #24, #37, AG1-all #21, #39): a bare "the
// state" under a title naming three, and a cloze or completion stem that keeps "them", "that year" or "do so" with
// nothing shown to say what. Sentences here are written for the test, not copied from a fixture.

describe("a title that names several places, or both sides of a match", () => {
  it("lists them, counts them, or pits two sides", () => {
    expect(titleCases("Dry summers: how Lolland, Falster and Møn store rain")?.names).toEqual(["Lolland", "Falster", "Møn"]);
    expect(titleCases("Four provinces, one river: who gets the water")?.nouns.has("province")).toBe(true);
    expect(titleCases("Rovers beat United to reach the cup final")?.nouns.has("club")).toBe(true);
    // (Near misses: one place, and "ports and hotels" lists no names.)
    expect(titleCases("Budget 2027: Aragon plans a smaller deficit")).toBeNull();
    expect(titleCases("Oman pledges $2 billion for ports and hotels as minister visits Accra")).toBeNull();
    // (Two names the title does not compare are one case's parties, and a body's name is no list.)
    expect(titleCases("Regulator blocks merger of Jersey ferry operators Tidewave and Marlin Lines")).toBeNull();
    expect(titleCases("Fair Prices and Markets Authority clears dairy takeover")).toBeNull();
    expect(titleCases("What Chile and Peru learned from water markets")?.names).toEqual(["Chile", "Peru"]);
  });

  it("does not place a bare 'the state' or 'the club' in the prompt, unless the prompt names one", () => {
    const three = "Dry summers: how Lolland, Falster and Møn store rain";
    expect(unplacedByTitle("The state's farm minister, Anna Berg, set aside _____ for the pumps.", three)).toBe(true);
    expect(unplacedByTitle("Who was the state's farm minister in May 2026?", three)).toBe(true);
    expect(unplacedByTitle("The province now hosts _____ wind farms.", "Four provinces, one river: who gets the water")).toBe(true);
    expect(unplacedByTitle("The club's chairman said _____ fans travelled.", "Rovers beat United to reach the cup final")).toBe(true);
    // (Near misses: the prompt names one of the three; "the state of" says which; a title naming one budget places it.)
    expect(unplacedByTitle("On Falster, the state's farm minister set aside _____.", three)).toBe(false);
    expect(unplacedByTitle("The state of Møn set aside _____.", three)).toBe(false);
    expect(unplacedByTitle("In the Isle of Møn, the state pays _____ a tank.", three)).toBe(false);
    expect(unplacedByTitle("The budget's deficit is _____.", "Budget 2027: Aragon plans a smaller deficit")).toBe(false);
    expect(unplacedByTitle("The country's deficit is _____.", "Budget 2027: Aragon plans a smaller deficit")).toBe(false);
  });
});

describe("a cloze or completion stem read as bare as a question", () => {
  it("keeps a pronoun, 'that year', 'do so' or a bare 'each' that only an unshown sentence explains", () => {
    expect(unresolvedInStem("A defeat would leave them last for the first time since 2019.")).toBe(true);
    expect(unresolvedInStem("Repairs cost the town about _____ that year.")).toBe(true);
    expect(unresolvedInStem("Farms that fail to do so lose _____ of their quota.")).toBe(true);
    expect(unresolvedInStem("The levy added _____ to the price of each.")).toBe(true);
    expect(unresolvedInQuestion("How much did repairs cost the town that year?")).toBe(true);
  });

  it("does not when the stem names what they stand for first", () => {
    expect(unresolvedInStem("In 2024 repairs cost _____, and that year the town borrowed.")).toBe(false);
    expect(unresolvedInStem("Firms must register by May, and those that fail to do so pay _____.")).toBe(false);
    expect(unresolvedInStem("The port said it would hire _____ people.")).toBe(false);
    expect(unresolvedInStem("Dockers said they would strike for _____ days.")).toBe(false);
    expect(unresolvedInStem("Rovers held them to _____ shots in the second half.")).toBe(false);
    expect(unresolvedInStem("The survey found about _____ nests, most of them on the cliffs.")).toBe(false);
    expect(unresolvedInStem("Crews who used to fish with nets on most days said they now did so on _____ days.")).toBe(false);
    expect(unplacedByTitle("Coach Ana Ruiz, back at the club, said Tarvisio scored _____ goals.", "Late header gives Tarvisio win over Bassano")).toBe(false);
    expect(unplacedByTitle("Ruiz, back in the side after injury, scored _____ goals.", "Rovers beat United to reach the cup final")).toBe(false);
    expect(unresolvedInStem("Each pump costs _____.")).toBe(false);
    // (An opening "It" is judged where it is replaced or led in, not here.)
    expect(unresolvedInStem("It now employs _____ people.")).toBe(false);
  });
});

describe("through the generator", () => {
  const at = new Date(Date.UTC(2026, 10, 12));
  it("asks nothing of 'the state' under a title naming three, and still asks what names its place", () => {
    const items = generateArticleItems({
      slug: "c42-three",
      title: "Dry summers: how Lolland, Falster and Møn store rain",
      source: "Baltic Policy Notes",
      publishedAt: at,
      body: "Three islands have tried to store winter rain. The state's farm minister, Anna Berg, set aside €4 million for rain tanks in 2025. On Falster, the council has fitted 1,200 tanks since 2023.",
    });
    expect(items.some((i) => i.answer === "€4 million")).toBe(false);
    expect(items.some((i) => i.answer === "1,200")).toBe(true);
  }, 60_000);

  it("asks no cloze of 'that year' whose year is in the sentence before", () => {
    const items = generateArticleItems({
      slug: "c42-year",
      title: "Harbour town raises mooring fees to pay for storm repairs",
      source: "Coast Wire",
      publishedAt: at,
      body: "A storm wrecked the harbour wall in 2024. Repairs cost the town about €3.2 million that year, twice its annual port budget. The mooring fee will rise to €450 a season from April.",
    });
    expect(items.some((i) => i.answer === "€3.2 million")).toBe(false);
    expect(items.some((i) => i.answer === "€450")).toBe(true);
  }, 60_000);
});
