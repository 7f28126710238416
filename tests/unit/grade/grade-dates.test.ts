import { describe, expect, it } from "vitest";
import { gradeAnswer, type GradableItem } from "@/lib/grade/grade-answer";
import { parseDateAnswer } from "@/lib/grade/normalize-answer";

const typed = (answer: string, accepted: string[] = []): GradableItem => ({ type: "typed", kind: "date", answer, accepted, choices: [] });
const ok = (item: GradableItem, response: string) => gradeAnswer(item, response).correct;

describe("typed dates: the article's form and the other common ones (issue 9)", () => {
  it("accepts every common way of writing 3 March 2026", () => {
    for (const answer of ["March 3, 2026", "3 March 2026"]) {
      for (const r of ["3 March 2026", "March 3, 2026", "March 3 2026", "3rd March 2026", "3rd of March 2026", "March 3rd, 2026", "Mar. 3, 2026", "2026-03-03", "3/3/2026", "3.3.2026", "Tuesday, 3 March 2026"]) {
        expect(ok(typed(answer), r), `${answer} <- ${r}`).toBe(true);
      }
    }
  });

  it("reads a numeric date only when day and month cannot be swapped", () => {
    expect(parseDateAnswer("17/3/2026")).toEqual({ year: 2026, month: 2, day: 17 });
    expect(parseDateAnswer("3/17/2026")).toEqual({ year: 2026, month: 2, day: 17 });
    expect(parseDateAnswer("4/3/2026")).toBeNull();
    expect(ok(typed("4 March 2026"), "4/3/2026")).toBe(false);
  });

  it("a wrong day, month or year is wrong", () => {
    for (const r of ["4 March 2026", "3 April 2026", "3 March 2025", "2026-03-04", "17/3/2026"]) expect(ok(typed("March 3, 2026"), r), r).toBe(false);
  });
});

describe("typed amounts with a bound (issue 9: a qualifier stays with its value)", () => {
  const item: GradableItem = { type: "typed", kind: "count", answer: "more than 300", accepted: ["300"], choices: [] };
  it("accepts the bound written either way, or the bare value", () => {
    for (const r of ["more than 300", "over 300", "300"]) expect(ok(item, r), r).toBe(true);
  });
  it("refuses the opposite bound", () => {
    for (const r of ["less than 300", "under 300", "more than 400"]) expect(ok(item, r), r).toBe(false);
  });
});
