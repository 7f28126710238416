import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences (lane money55): a figure per period or per share written with a qualifier ("around €6,400 a
// month"), and a multiple with a qualifier and its comparison ("roughly twice as fast"), are typed whole: the answer
// keeps the figure alone, the question keeps the qualifier ("Roughly how much ...") and the period.
const PUBLISHED = new Date(Date.UTC(2026, 4, 4));
const spanOf = (sentence: string, answer: string) => findValueSpans(sentence, PUBLISHED).find((s) => s.answer === answer);

describe("a qualified figure is typed with its rate or comparison", () => {
  it.each([
    ["A junior doctor at the clinic earns around €6,400 a month before tax.", "€6,400", "around €6,400 a month"],
    ["The harbour fee will bring in about NOK 40 million a year for the port.", "NOK 40 million", "about NOK 40 million a year"],
    ["The county spends roughly 12 million zloty a year on school buses.", "12 million zloty", "roughly 12 million zloty a year"],
    ["The cooperative paid almost £0.07 per share to its members in March.", "£0.07", "almost £0.07 per share"],
    ["The ferry line carried roughly 4,000 passengers a day over the summer.", "4,000", "roughly 4,000 passengers a day"],
    ["Salaried clinics filled vacancies roughly twice as fast as private ones.", "twice", "roughly twice as fast"],
    ["The reservoir now holds nearly twice the amount it held in 2010.", "twice", "nearly twice the amount"],
    // A bound stays a bound: typed with it, as "up to €3,100" already was.
    ["A junior nurse in the clinic earns up to €3,100 a month after five years.", "€3,100", "up to €3,100 a month"],
  ])("%s", (sentence, answer, typed) => {
    const span = spanOf(sentence, answer);
    expect(span?.accepted).toContain(typed);
    // The qualifier never enters the answer.
    expect(span?.answer).toBe(answer);
  });

  it("a price per share is typed with its rate, with no qualifier", () => {
    expect(spanOf("The board proposed an interim dividend of €0.21 a share, payable in June.", "€0.21")?.accepted).toContain("€0.21 a share");
  });

  it("the question asks 'roughly' and keeps the period; typed whole, the answer is right", () => {
    const body = "The regional clinic opened in 2019 in the town of Perl. A junior doctor at the clinic earns around €6,400 a month before tax.";
    const items = generateItems([{ slug: "t", title: "Clinic report", source: "Test", publishedAt: PUBLISHED, body }]);
    const typed = items.find((it) => it.type === "typed" && it.answer === "€6,400");
    expect(typed?.prompt).toMatch(/^.*Roughly how much .* a month/);
    expect(typed?.accepted).toContain("around €6,400 a month");
  });
});

describe("near misses: no qualified form the article does not write", () => {
  it("a rate the article does not write after the figure is not added", () => {
    // "roughly twice" and no comparison after it: no "roughly 2 times" either (the typed forms the article writes only).
    const span = spanOf("Exports to the region were roughly twice the 2020 figure.", "twice");
    expect(span?.accepted).toContain("roughly twice");
    expect(span?.accepted).not.toContain("roughly 2 times");
  });

  it("a bound the multiple rules refuse stays refused: no multiple at all", () => {
    expect(spanOf("The new ferries cross the strait less than twice as fast as the old boats.", "twice")).toBeUndefined();
    expect(spanOf("Yields rose at least twice as fast as in the decade before.", "twice")).toBeUndefined();
  });

  it("a range per period is not cut to one end with the period", () => {
    const sentence = "Rents in the centre run between €2,000 and €3,000 a month for a flat.";
    const all = findValueSpans(sentence, PUBLISHED);
    expect(all.map((s) => s.answer)).toEqual(["between €2,000 and €3,000"]);
    expect(all.flatMap((s) => s.accepted)).not.toContain("€3,000 a month");
  });

  it("a change per period keeps the change's figure with the period, not the total's", () => {
    const all = findValueSpans("Average rents rose by about €200 a month to €1,450 last year.", PUBLISHED);
    expect(all.find((s) => s.answer === "€200")?.accepted).toContain("about €200 a month");
    expect(all.find((s) => s.answer === "€1,450")?.accepted ?? []).not.toContain("€1,450 a month");
  });

  it("a price per share in a table row gains no rate it does not write", () => {
    const all = findValueSpans("| Dividend per share | €0.18 | €0.15 |", PUBLISHED);
    expect(all.flatMap((s) => s.accepted).some((a) => /share/.test(a))).toBe(false);
  });
});

describe("every multiple rule refuses the same bounds (one MULTIPLE_BOUND_BEFORE)", () => {
  it.each([
    "Fares on the new line are below twice the bus fare.",
    "Output could reach up to three times the 2020 level.",
    "Turnout was at least twice the regional average.",
    "The new engine is less than 2.5 times as heavy as the old one.",
    "Cases rose less than fivefold over the decade.",
  ])("%s: no bare multiple", (sentence) => {
    expect(findValueSpans(sentence, PUBLISHED).filter((s) => s.unit === "times")).toEqual([]);
  });

  it.each([
    ["Unemployment in the hills is nearly twice the coast's rate.", "twice", "nearly"],
    ["The bridge cost more than three times the original estimate.", "more than three times", null],
    ["Profit rose about 2.5 times to a record.", "2.5 times", "about"],
  ])("%s: the multiple and its qualifier as before", (sentence, answer, qualifier) => {
    const span = spanOf(sentence, answer);
    expect(span?.qualifier ?? null).toBe(qualifier);
  });
});

describe("no frequency per period is read (the rule was taken out: review 34a findings 1-5)", () => {
  it.each([
    // The reviewer's sentences: one end of a range or alternative, "once" meaning "formerly", a multiple of earnings.
    "Patients take the tablets 2-3 times a day.",
    "The fair is held once or twice a year.",
    "The square was once a winter market for farmers.",
    "The shares trade at 15 times a year's earnings.",
    "The council meets more than once a month.",
    // Near miss: a plain frequency is no span either (not asked, never an option).
    "The fair is held twice a year.",
  ])("%s: no span ends at a frequency or reads it as a multiple", (sentence) => {
    const spans = findValueSpans(sentence, PUBLISHED);
    expect(spans.filter((s) => /(?:once|twice|times)$/i.test(s.answer) || /\b(?:a|an|per)\s\w+$/.test(s.answer))).toEqual([]);
    expect(spans.filter((s) => s.unit === "frequency" || s.unit === "times")).toEqual([]);
  });
});

describe("'over' before a multiple reads as it did before the shared bound list (review 34a finding 7)", () => {
  it.each([
    // The reviewer's sentences: the multiple of a named base, as at f556ab9.
    ["Rents are over twice the national average.", "twice"],
    ["Rents are over 2.5 times the national average.", "2.5 times"],
    // Near miss of my own.
    ["Rents are over three times the national average.", "three times"],
  ])("%s -> %s", (sentence, answer) => {
    expect(spanOf(sentence, answer)?.unit).toBe("times");
  });

  it.each([
    "Rents are below twice the national average.",
    "Rents are just over twice the national average.",
    "Exports were over twice as large as imports.",
  ])("%s: still no bare multiple", (sentence) => {
    expect(findValueSpans(sentence, PUBLISHED).filter((s) => s.unit === "times")).toEqual([]);
  });
});

describe("'times after a change' reads the shared qualifier list (review 34a finding 8)", () => {
  it.each([
    ["Wages saw an increase of some four times in nominal terms.", "some"],
    ["Wages saw an increase of about four times in nominal terms.", "about"],
  ])("%s", (sentence, qualifier) => {
    expect(spanOf(sentence, "four times")?.qualifier).toBe(qualifier);
  });
});
