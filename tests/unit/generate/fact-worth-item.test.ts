import { describe, expect, it } from "vitest";
import { ITEM_FEATURE_NAMES, adjustedWorth, itemFeatures, itemStem } from "@/lib/generate/fact-worth-item";
import type { ItemShape } from "@/lib/generate/fact-worth-item";

// Invented items, on no seen article's subject.
const TITLE = "Harbour council approves NOK 880 million dredging plan";
const LABEL = "(“Harbour council approves NOK 880 million dredging plan”, Daily Wire, October 2026)";

function featuresOf(item: Partial<ItemShape> & Pick<ItemShape, "prompt" | "answer">, title = TITLE): Record<string, number> {
  const x = itemFeatures({ type: "cloze", kind: "count", ...item }, title);
  return Object.fromEntries(ITEM_FEATURE_NAMES.map((n, j) => [n, x[j]!]));
}

describe("item features", () => {
  it("the stem is the prompt without 'Complete the sentence' and its label", () => {
    expect(itemStem(`Complete the sentence ${LABEL}: The quay is _____ long.`)).toBe("The quay is _____ long.");
    expect(itemStem(`${LABEL} How many ships docked in May?`)).toBe("How many ships docked in May?");
    expect(itemStem("Who chairs the Tromsvik port authority?")).toBe("Who chairs the Tromsvik port authority?");
    expect(itemStem(`True or false ${LABEL}: The quay is 140 m long.`)).toBe("The quay is 140 m long.");
  });

  it("a stem whose subject is 'the board' or 'it' opens with no name; one that names Tromsvik does not", () => {
    expect(featuresOf({ prompt: `${LABEL} The board proposed a fee of _____ a tonne.`, answer: "NOK 41" })["stem opens with no name"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} It expects _____ ships a year.`, answer: "412" })["stem opens with no name"]).toBe(1);
    const named = featuresOf({ prompt: `${LABEL} The Tromsvik pilots guided _____ ships.`, answer: "412" });
    expect(named["stem opens with no name"]).toBe(0);
    expect(named["stem names nothing"]).toBe(0);
    // (A month is no name: "in May" places nothing.)
    expect(featuresOf({ prompt: `${LABEL} The board met _____ times in May.`, answer: "six" })["stem names nothing"]).toBe(1);
  });

  it("a date answer is a year, a day or a reporting period", () => {
    const date = (answer: string) => featuresOf({ kind: "date", prompt: `${LABEL} The quay opened in _____.`, answer });
    expect(date("1987")["answer a year"]).toBe(1);
    expect(date("5 December 2026")["answer a day"]).toBe(1);
    expect(date("Dec. 5")["answer a day"]).toBe(1);
    expect(date("Monday")["answer a day"]).toBe(1);
    expect(date("the third quarter")["answer a reporting period"]).toBe(1);
    expect(date("March 2026")["answer a day"]).toBe(0);
    expect(date("March 2026")["answer a year"]).toBe(0);
  });

  it("who said a line, a procedure, a blank after 'from' or 'since'", () => {
    expect(featuresOf({ kind: "person", prompt: `${LABEL} "The channel is finally deep enough," said _____, a harbour pilot.`, answer: "Ingrid Solheim" })["asks who said"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} Objections may be filed within _____ of the notice.`, answer: "two months", kind: "duration" })["procedural line"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} The fee rose to NOK 41.20 a tonne from _____.`, answer: "NOK 33.90", kind: "money" })["blank after from or since"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} The fee rose to _____ a tonne.`, answer: "NOK 41.20", kind: "money" })["blank after from or since"]).toBe(0);
  });

  it("the answer in the title, and an answer word already in the stem", () => {
    expect(featuresOf({ prompt: "The council approved a _____ plan.", answer: "NOK 880 million", kind: "money" })["answer in the title"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} Pilot Solheim and _____ guided the ship.`, answer: "Erik Solheim", kind: "person" })["answer word in the stem"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} Pilot Lind and _____ guided the ship.`, answer: "Erik Solheim", kind: "person" })["answer word in the stem"]).toBe(0);
  });

  it("the item type, and the stem's length in [0, 1]", () => {
    const x = featuresOf({ type: "typed", prompt: `${LABEL} How many ships docked?`, answer: "412" });
    expect(x["type typed"]).toBe(1);
    expect(x["type cloze"]).toBe(0);
    expect(x["stem words (log)"]).toBeGreaterThan(0);
    expect(x["stem words (log)"]).toBeLessThanOrEqual(1);
  });
});

describe("item worth", () => {
  it("no weight leaves the fact's worth as it is; a negative weight lowers it, a positive one raises it", () => {
    const x = ITEM_FEATURE_NAMES.map((n) => (n === "answer a year" ? 1 : 0));
    expect(adjustedWorth(0.43, x, {})).toBe(0.43);
    expect(adjustedWorth(0.43, x, { "answer a year": -1 })).toBeLessThan(0.43);
    expect(adjustedWorth(0.43, x, { "answer a year": 1 })).toBeGreaterThan(0.43);
    // (A feature the item lacks moves nothing.)
    expect(adjustedWorth(0.43, x, { "type cloze": -1 })).toBe(0.43);
  });
});
