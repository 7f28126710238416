import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: the figure a change ends at ("rising to 90 by 2028") in a sentence whose counted noun is not
// written beside a figure.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const values = (sentence: string) => findValueSpans(sentence, PUBLISHED).map((s) => s.answer);
const article = (body: string) => generateItems([{ slug: "t", title: "Harbour report", source: "Test", publishedAt: PUBLISHED, body }]);

describe("the figure a change ends at", () => {
  it.each([
    ["The ferry fleet will grow to 14 by 2029, the operator said.", "14"],
    ["The herd of wild ponies nearly doubled between 2015 and 2024, to 310, and the deer have recovered.", "310"],
    ["Cruise passengers rose to 2.4 million in January-June.", "2.4 million"],
    ["The plant will hire 30 more, bringing the staff at the harbour to 275.", "275"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it.each([
    ["The bank raised its main rate to 4.5 in March.", "4.5"],
    ["The toll rose to 2030 levels.", "2030"],
    ["Sales rose to 14% of the total.", "14"],
    // Review 17, finding 6: a reading, a score or a place in a table is no count.
    ["Temperatures in the valley rose to 41 on Tuesday.", "41"],
    ["The final score rose to 3 in the second half.", "3"],
    ["The club climbed to 12 in the league table after the win.", "12"],
  ])("no bare count: %s", (sentence, figure) => {
    expect(values(sentence)).not.toContain(figure);
  });

  it("is asked as a blank in its sentence, never as a true/false of a figure that says not what it counts", () => {
    const items = article("The ferry fleet at the harbour will grow to 14 by 2029, the operator said on Monday.").filter((i) => i.answer === "14");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.type !== "truefalse")).toBe(true);
  });
});
