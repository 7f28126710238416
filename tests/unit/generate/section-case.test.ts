import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { withSectionCase } from "@/lib/generate/section-case";

// Strict read S0 items 12, 31, 44: in an analysis of three places whose title names none, "the department has
// tunnelled water ..." and "More than 40 units have been installed" did not say where. All text here is invented.
const body = [
  "Two northern islands face the same drought with different tools.",
  "",
  "## Norland: pipes first",
  "",
  "Norland has the older network. Since 2019 the island has replaced 120 kilometres of pipe, and leaks have fallen to 18% of supply.",
  "",
  "## Sudmark: ships and tanks",
  "",
  "Sudmark has no river at all. More than 30 rain tanks have been installed since 2021, each serving about 400 people. The island ministry, Sudmark Water, said the tanks cost €2 million.",
  "",
  "## Outlook",
  "",
  "Both Norland and Sudmark expect drier summers, and Norland plans more pipe.",
].join("\n");
const items = generateArticleItems({ slug: "w", title: "Two islands, one drought", source: "Island Review", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });

describe("a sentence of one case's section in an analysis of several", () => {
  it("names its case when it does not itself", () => {
    const tanks = items.filter((i) => i.answer === "30" || i.answer === "more than 30");
    expect(tanks.length).toBeGreaterThan(0);
    for (const i of tanks) expect(i.prompt).toMatch(/Sudmark/);
    const pipe = items.filter((i) => i.answer === "120 kilometres");
    expect(pipe.length).toBeGreaterThan(0);
    for (const i of pipe) expect(i.prompt).toMatch(/In Norland, since 2019 the island/);
  });

  it("never asks the case it wrote in", () => {
    expect(items.filter((i) => /In _____,/.test(i.prompt))).toEqual([]);
  });
});

describe("a first or second person opening keeps its case and capital (review of df45961)", () => {
  it("'I visited ...', 'We found ...' are left as written", () => {
    const isName = () => false;
    expect(withSectionCase("I visited the dam in March.", "Sudmark", "Two islands, one drought", ["Norland", "Sudmark"], isName)).toBe("I visited the dam in March.");
    expect(withSectionCase("We found 30 tanks.", "Sudmark", "Two islands, one drought", ["Norland", "Sudmark"], isName)).toBe("We found 30 tanks.");
    expect(withSectionCase("More than 30 tanks were installed.", "Sudmark", "Two islands, one drought", ["Norland", "Sudmark"], isName)).toBe("In Sudmark, more than 30 tanks were installed.");
  });
});

// Strict reads K0/K1 #43 and P0 #48, P1 #28/#32: the cases were headed by bold captions ("**Grenada: ...**") or by
// "## The Isle of Man: ...", which no case was read from, so "its grant scheme" and "a pilot digester" stayed unplaced.
describe("cases headed by a bold caption, or by a name with 'The' and 'of'", () => {
  const article = (body: string) => generateArticleItems({ slug: "c", title: "Three harbours, three answers", source: "Coast Review", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });

  it("a bold caption names its section's case", () => {
    const body = [
      "Two coasts have tried different answers to the same storms.",
      "",
      "**Norland: build walls**",
      "",
      "Norland has spent most on concrete. A seawall finished in 2023 protects about 4,000 homes on Norland's east shore.",
      "",
      "**Sudmark: move back**",
      "",
      "Sudmark has chosen retreat. A buyout fund paid about 310 households to leave the lowest streets of Sudmark.",
    ].join("\n");
    const buyout = article(body).filter((i) => i.answer === "310" || i.answer === "about 310");
    expect(buyout.length).toBeGreaterThan(0);
    for (const i of buyout) expect(i.prompt).toMatch(/Sudmark/);
  });

  it("a bold caption under a case's heading leaves the heading's case in force ('## Norland: ...' then '**Costs**')", () => {
    const body = [
      "Two coasts took different paths against the same storms, Norland and Sudmark.",
      "",
      "## Norland: build walls",
      "",
      "Norland moved its defences to a new seawall.",
      "",
      "**Costs**",
      "",
      "The department spent 40 million euros on the wall in 2019.",
      "",
      "## Sudmark: move back",
      "",
      "Sudmark bought out its lowest streets.",
      "",
      "**Costs**",
      "",
      "The department spent 12 million euros on buyouts in 2021.",
    ].join("\n");
    const spent = article(body).filter((i) => /40 million euros/.test(i.answer));
    expect(spent.length).toBeGreaterThan(0);
    for (const i of spent) expect(i.prompt).toMatch(/Norland/);
  });

  it("'## The Isle of Norr: ...' names 'the Isle of Norr'", () => {
    const body = [
      "Three islands want more working-age residents.",
      "",
      "## The Isle of Norr: pay them",
      "",
      "The Isle of Norr has paid newcomers since 2024. Its finance department said in March that 1,300 grants had been paid. Since April 2024 a relocation scheme has offered a grant of £4,000 to nurses who move to the island.",
      "",
      "## Sudmark: cap them",
      "",
      "Sudmark limits permits instead. Sudmark issued 900 permits in 2025.",
      "",
      "## Westholm: license them",
      "",
      "Westholm licenses employers. Westholm has licensed 120 firms.",
    ].join("\n");
    const grant = article(body).filter((i) => i.answer === "£4,000");
    expect(grant.length).toBeGreaterThan(0);
    for (const i of grant) expect(i.prompt).toMatch(/In the Isle of Norr, since April 2024 a relocation scheme/);
  });
});

// Lane precision15 ("Buyers of additional homes also pay a surcharge of five percentage points" under a three-country
// title was asked with no country): a capitalised opening the lexicon does not know, before a lower-case word, is a
// common noun, so the section's case is written in; a name opening the sentence is left as it is.
describe("an opening word the lexicon does not know", () => {
  const isName = (w: string) => w === "Vestby";
  it("is a common noun before a lower-case word, and a name when it looks like one", () => {
    expect(withSectionCase("Renters of spare rooms also pay a levy of 4%.", "Sudmark", "Two islands, one drought", ["Norland", "Sudmark"], isName)).toBe("In Sudmark, renters of spare rooms also pay a levy of 4%.");
    expect(withSectionCase("Vestby charges a levy of 4%.", "Sudmark", "Two islands, one drought", ["Norland", "Sudmark"], isName)).toBe("Vestby charges a levy of 4%.");
  });
});
