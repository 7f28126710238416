import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: multiples written without a "times" comparison word after them, "and a half" multiples, and a
// multiple of a stated figure ("nearly double the 21 ...").
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const values = (sentence: string) => findValueSpans(sentence, PUBLISHED).map((s) => s.answer);
const article = (body: string) => generateItems([{ slug: "t", title: "Valley survey", source: "Test", publishedAt: PUBLISHED, body }]);

describe("a multiple is read in the shapes articles write it", () => {
  it.each([
    // "and a half": a multiple that is no whole number, like "2.5 times", is a multiple wherever it stands.
    ["The herd of wild horses has grown about two and a half times since the count in 2015.", "two and a half times"],
    ["Rents would need to be one and a half times higher to cover the loan.", "one and a half times"],
    ["Output rose 3 and a half times in the decade.", "3 and a half times"],
    // An aside after a comma: a multiple of the noun phrase it names.
    ["The new bridge cost $900 million, more than three times the original estimate.", "more than three times"],
    ["A flat in the old town costs about €400,000, nearly 12 times average household income.", "12 times"],
    // Unbounded, before "the".
    ["The bridge cost $900 million, three times the original estimate.", "three times"],
    // A multiple of a stated figure.
    ["The club's 40 points are nearly double the 21 they had a year ago.", "nearly double"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("the figure of an aside's multiple is not read as a count of the noun after it", () => {
    expect(values("A flat in the old town costs about €400,000, nearly 12 times average household income.")).not.toContain("12");
  });

  it.each([
    "The ferry runs to the island, three times a day, from the old harbour.",
    "He was elected, three times in a row, to the council.",
    "The river has flooded two and a half times a year on average.",
    // A count before a noun with no "the" is no multiple, even after a figure.
    "The race was won by Ana Ruiz, 5 times winner of the cup, on Sunday.",
  ])("an aside that counts events is no multiple: %s", (sentence) => {
    expect(values(sentence).filter((v) => /times|twice/.test(v))).toEqual([]);
  });

  it("an 'and a half' multiple is asked and graded as a multiple", () => {
    const items = article("The number of storks nesting in the valley has risen about two and a half times since the last count in 2012, the survey found.");
    const typed = items.find((i) => i.type !== "choice" && i.answer === "two and a half times");
    expect(typed?.accepted).toContain("2.5 times");
    // Options in the answer's own shape, never "3.1 times" beside words.
    const choice = items.find((i) => i.type === "choice" && i.answer === "two and a half times");
    expect(choice?.choices.every((c) => / and a half times$/.test(c))).toBe(true);
  });

  it("'rose 2.5 times over the decade': 'over' is no comparative for the question to ask", () => {
    const items = article("Rents in the old town rose 2.5 times over the decade to 2025, the council said.");
    expect(items.map((i) => i.prompt).join("\n")).not.toMatch(/many times over\b/);
  });
});
