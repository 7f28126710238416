import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { generateItems } from "@/lib/generate";
import { questionText } from "./question-text";

// Recall in the structured genres (sports reports, results and budgets): the final score, tables and bullet lists.
// Every case is invented; each class was counted on the seen blind batches (gentab report, 29 Nov 2026).
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const values = (sentence: string) => findValueSpans(sentence, PUBLISHED).map((s) => s.answer);
const itemsOf = (body: string, title = "Report") => generateItems([{ slug: "t", title, source: "Test", publishedAt: PUBLISHED, body }]);

describe("a final score after the words that name the opponent or the match", () => {
  it.each([
    ["Rovers beat bitter rivals Town 3-1 at the Dell on Sunday.", "3-1"],
    ["United won the first leg of the cup tie 2-0 on Tuesday.", "2-0"],
    ["The Hawks edged their old rivals Kings 101-99 in overtime.", "101-99"],
    ["Leinster defeated the reigning champions 27-13 in Dublin.", "27-13"],
    ["Northfield won the 2026 spring edition of the county derby 2-0 on Sunday.", "2-0"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("no score in a range or a season after such a verb", () => {
    expect(values("The club won the title in the 2019-20 season.")).not.toContain("19-20");
    expect(values("They beat forecasts for the 20-25 age group.")).not.toContain("20-25");
  });

  it("the final score is asked with both teams", () => {
    const items = itemsOf("Hartwell beat bitter rivals Dunmore 3-1 at Glen Park on Sunday to go top of the league.");
    const q = items.find((i) => i.type === "typed" && i.answer === "3-1");
    expect(questionText(q?.prompt)).toMatch(/^By what score did Hartwell beat bitter rivals Dunmore at Glen Park/);
  });
});
