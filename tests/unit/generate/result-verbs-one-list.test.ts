import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { MATCH_RESULT_VERBS, TALLY_VERBS, verbWords, ALL_FORMS } from "@/lib/generate/change-verbs";

// One list of a match's result verbs serves the tally rule, figure-pair's score reading and the score rule (tidy87).
// Sentences written for this test.
const spans = (sentence: string) => findValueSpans(sentence, new Date(Date.UTC(2026, 10, 20)));
const answers = (sentence: string) => spans(sentence).map((s) => s.answer);

describe("one list of result verbs", () => {
  it("every match result verb is a tally verb", () => {
    const tally = new Set(verbWords(TALLY_VERBS, ALL_FORMS));
    expect(verbWords(MATCH_RESULT_VERBS, ALL_FORMS).every((w) => tally.has(w))).toBe(true);
    expect(tally.has("passed")).toBe(true);
  });
  it("the score rule reads the forms it read before and the third-person ones", () => {
    expect(answers("Arsenal won 2-0 against Chelsea on Saturday.")).toEqual(["2-0"]);
    expect(answers("The Hawks trailed 63-58 at half-time.")).toEqual(["63-58"]);
    expect(answers("Arsenal beat Olympiacos 88-81 on Friday.")).toEqual(["88-81"]);
    expect(answers("Arsenal leads 3-1 after the first leg.")).toEqual(["3-1"]);
  });
  it("a range after no result verb stays a range", () => {
    expect(answers("The fund beat forecasts for the 20-25 age group.")).not.toContain("20-25");
    expect(answers("Councillors voted 41 to 24 in favour.")).toEqual(["41 to 24"]);
  });
});
