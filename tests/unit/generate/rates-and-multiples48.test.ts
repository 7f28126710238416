import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences (lane rates48): a measure counted per a unit of land, volume, mass or head is one answer, and a
// multiple before "the", "its" or a possessive is a multiple of the base it names, whatever that noun is.
const PUBLISHED = new Date(Date.UTC(2026, 4, 4));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);
const values = (sentence: string) => spans(sentence).map((s) => s.answer);
const article = (body: string) => generateItems([{ slug: "t", title: "Valley report", source: "Test", publishedAt: PUBLISHED, body }]);

describe("a measure per a unit of land, volume, mass or head is one answer", () => {
  it.each([
    ["The canal board set the allowance at 5,100 cubic metres per hectare for next season.", "5,100 cubic metres per hectare"],
    ["The gauge at Sorel recorded 41 litres per square metre in March.", "41 litres per square metre"],
    ["Samples from the river held 9.6 milligrams per litre of nitrate in July.", "9.6 milligrams per litre"],
    ["Growers in the delta harvested 3.2 tonnes a hectare of rice last year.", "3.2 tonnes a hectare"],
    // "per capita" after a measure is a rate per head: decided to be one answer, like "per person".
    ["The island emits 11 tonnes per capita of carbon dioxide a year.", "11 tonnes per capita"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
    // The figure and unit alone are no second answer: no cloze blanks half the rate; typed, they are accepted.
    const bare = answer.replace(/\s(?:per|an?)\s.*$/, "");
    expect(values(sentence)).not.toContain(bare);
    expect(spans(sentence).find((s) => s.answer === answer)?.accepted).toContain(bare);
  });

  it("options keep the whole rate, and the cloze blanks all of it", () => {
    const items = article("The canal board set the allowance at 5,100 cubic metres per hectare for next season.");
    const rated = items.filter((it) => it.answer === "5,100 cubic metres per hectare");
    expect(rated.length).toBeGreaterThan(0);
    for (const it of rated.filter((i) => i.type === "choice")) expect(it.choices.every((c) => / cubic metres per hectare$/.test(c))).toBe(true);
    for (const it of items.filter((i) => i.type === "cloze")) expect(it.prompt).not.toMatch(/_____ per hectare/);
  });

  it.each([
    // "per cent" is a share, never a rate.
    "Water use fell 12 per cent in the valley last year.",
    // A rate before its figure is no rate of that figure.
    "Output per hectare reached 3.2 tonnes last year.",
    // "a metre" after a length is another measure, not a rate: the rule leaves it.
    "The wall was raised 2 metres a metre from the gate.",
  ])("no measure-per-unit answer: %s", (sentence) => {
    expect(spans(sentence).filter((s) => /\s(?:per|an?)\s(?:square\s|cubic\s)?(?:hectare|metre|litre|capita|cent)/.test(s.answer))).toEqual([]);
  });

  it("a rate per unit of time stays the measure rule's ('40 litres a day' keeps its rate outside)", () => {
    expect(values("Each cow drinks about 40 litres a day in summer.")).toContain("40 litres");
  });
});

describe("a multiple before the base it names", () => {
  it.each([
    ["Inland provinces have unemployment of 6.2%, nearly twice the coastal region's rate.", "twice", "nearly"],
    ["The operator has pledged €72 million, more than twice the minimum of €30 million set by the board.", "more than twice", null],
    ["A town that overdraws its quota will pay twice the normal water tariff for the extra volume.", "twice", null],
    ["Nurses in the capital earn about three times the national minimum wage.", "three times", "about"],
    ["The new hall seats 4 times Valencia's old arena.", "4 times", null],
  ])("%s -> %s", (sentence, answer, qualifier) => {
    const found = spans(sentence).find((s) => s.answer === answer);
    expect(found?.unit).toBe("times");
    expect(found?.qualifier ?? null).toBe(qualifier);
  });

  it.each([
    // Events, not multiples.
    "The ferry sailed twice the following week.",
    "She scored three times the same afternoon.",
    "They met twice the year before.",
    // "less than twice" would be the opposite of the bare multiple.
    "Rents are less than twice the normal tariff.",
    // A frequency with no base.
    "The board meets twice a week.",
  ])("no multiple of a named base: %s", (sentence) => {
    expect(values(sentence).filter((v) => /twice|times/.test(v))).toEqual([]);
  });

  it("the multiple becomes a question with options of the same form", () => {
    const items = article("Inland provinces have unemployment of 6.2%, nearly twice the coastal region's rate.");
    const choice = items.find((it) => it.type === "choice" && it.answer === "twice");
    expect(choice?.choices).toEqual(expect.arrayContaining(["twice", "three times"]));
  });
});

describe("the second end of a range before a rate is no rate of its own (review 33b finding 1)", () => {
  it.each([
    ["Farmers in the valley harvest 2-3 tonnes per hectare of rice.", "2-3 tonnes"],
    ["Yields are between 3 and 5 tonnes a hectare on the terraces.", "between 3 and 5 tonnes"],
    ["The board allows 3,000 to 4,200 cubic metres per hectare each season.", "3,000 to 4,200 cubic metres"],
  ])("%s", (sentence, range) => {
    expect(values(sentence)).toContain(range);
    expect(values(sentence).some((v) => / per |a hectare/.test(v))).toBe(false);
  });
});
