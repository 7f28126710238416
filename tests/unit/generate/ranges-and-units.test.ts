import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { annotateRelativeDates } from "@/lib/generate/resolve-dates";
import { gradeAnswer } from "@/lib/grade/grade-answer";

// Invented sentences: ranges answered whole, and answers typed with the noun they count.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);
const values = (sentence: string) => spans(sentence).map((s) => s.answer);

describe("a range is one answer, never one of its ends", () => {
  it.each([
    ["The bridge would cost between €2 billion and €2.5 billion, engineers said.", "between €2 billion and €2.5 billion"],
    ["The refit will cost $40 million to $55 million.", "$40 million to $55 million"],
    ["Surveys put the herd's yearly grazing at between 40,000 and 65,000 tonnes.", "between 40,000 and 65,000 tonnes"],
    ["The new trail is 12-15 km long.", "12-15 km"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toEqual([answer]);
  });

  it("'from $3 billion to $4 billion' is a change, two values, not a range", () => {
    expect(values("Exports rose from $3 billion to $4 billion.")).toEqual(["$3 billion", "$4 billion"]);
  });

  it("a year before 'to' starts no range: 'from 12,000 tonnes in 2010 to 41,000 tonnes'", () => {
    expect(values("The catch rose from 12,000 tonnes in 2010 to 41,000 tonnes in 2024.")).toContain("41,000 tonnes");
  });

  it("sums in two currencies are no range", () => {
    expect(values("A ticket costs $5 to €6 at the gate.")).toEqual(["$5", "€6"]);
    expect(values("The fare is $5 to NOK 60 on the ferry.")).not.toContain("$5 to NOK 60");
    // (near miss: one currency at both ends is one range)
    expect(values("A ticket costs $5 to $6 at the gate.")).toEqual(["$5 to $6"]);
  });

  it("typed as the other common forms", () => {
    const range = spans("The bridge would cost between €2 billion and €2.5 billion, engineers said.")[0];
    expect(range && gradeAnswer({ type: "typed", kind: range.kind, answer: range.answer, accepted: range.accepted, choices: [] }, "€2 billion to €2.5 billion").correct).toBe(true);
  });
});

describe("a 'to' pair after 'by' with ends 1.5x to 3x apart", () => {
  it("'fell by 5% to 10%' is a range of the change or a change and its total: neither end is asked", () => {
    const got = values("Sales fell by 5% to 10% last year, the chain said.");
    expect(got).not.toContain("5%");
    expect(got).not.toContain("10%");
    expect(got).not.toContain("5% to 10%");
  });

  it("near misses: a 'from' makes it a change, and close ends stay a range", () => {
    expect(values("Sales fell from 20% by 5% to 10% last year.")).toContain("10%");
    expect(values("Sales fell by 5% to 6% last year.")).toContain("5% to 6%");
  });
});

describe("a volume in cubic units", () => {
  it("'4.6 cubic kilometres' is one measure, not '4.6 kilometres'", () => {
    expect(values("The ice sheet lost about 4.6 cubic kilometres of ice since 2019.")).toContain("4.6 cubic kilometres");
  });
});

describe("an answer typed with what it counts", () => {
  it.each([
    ["The centre finished with 11 points and 9 rebounds.", "9", "9 rebounds"],
    // (The minute of a match is asked whole, "71st minute"; "71st" typed alone is right.)
    ["The visitors equalised in the 71st minute.", "71st minute", "71st"],
    ["The new hall will seat 2.5 million visitors a year.", "2.5 million", "2.5 million visitors"],
  ])("%s: %s = %s", (sentence, answer, typed) => {
    const span = spans(sentence).find((s) => s.answer === answer);
    expect(span && gradeAnswer({ type: "typed", kind: span.kind, answer: span.answer, accepted: span.accepted, choices: [] }, typed).correct).toBe(true);
  });
});

describe("a relative year before a possessive", () => {
  it("'last year's output' is annotated after the possessive", () => {
    expect(annotateRelativeDates("nearly ten times last year's output", PUBLISHED)).toBe("nearly ten times last year's (2025) output");
  });
});

describe("values the blind batches wrote in forms not yet read", () => {
  const typedOk = (sentence: string, answer: string, typed: string) => {
    const span = spans(sentence).find((s) => s.answer === answer);
    return !!span && gradeAnswer({ type: "typed", kind: span.kind, answer: span.answer, accepted: span.accepted, choices: [] }, typed).correct;
  };
  it("'61 working days' is one duration", () => {
    expect(values("The review lasted 61 working days.")).toEqual(["61 working days"]);
  });
  it("a multiple named by its change: 'an increase of more than four times'", () => {
    expect(values("Rents saw an increase of more than four times in nominal terms.")).toEqual(["more than four times"]);
    expect(values("He won four times in a row.")).toEqual([]);
  });
  it("a bound typed with its figure is the answer: 'less than 3%'", () => {
    expect(typedOk("The island has less than 3% of its old forest left.", "3%", "less than 3%")).toBe(true);
    expect(typedOk("The island has less than 3% of its old forest left.", "3%", "more than 3%")).toBe(false);
  });
  it("a multiple in words typed with its qualifier: 'almost five times' for 'five times'", () => {
    expect(typedOk("The rich received almost five times as much from the subsidy as the poor.", "five times", "almost five times")).toBe(true);
  });
});

describe("a frequency is a measure with its unit (recall lane, batch o)", () => {
  it("'two channels of 40 MHz each in the 2.6 GHz band' gives both figures with their units", () => {
    expect(values("The regulator will award two channels of 40 MHz each in the 2.6 GHz band.")).toEqual(expect.arrayContaining(["40 MHz", "2.6 GHz"]));
  });
});
