import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: a change measured by any fraction, and "by half" graded as "half".
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);
const values = (sentence: string) => spans(sentence).map((s) => s.answer);

describe("a change measured by a fraction", () => {
  it.each([
    ["Water use at the dairy is down by four fifths since the new boilers came in.", "four fifths"],
    ["Seven tenths of the orchards were replanted after the frost.", "seven tenths"],
    ["Ticket sales rose to 9,000 from 6,000, an increase of a half.", "a half"],
    ["The harbour fee went up to €40, a rise of a third on last year.", "a third"],
    ["The ferry company announced a cut of a quarter in its winter timetable.", "a quarter"],
    // After "a", a word that names nothing leaves the fraction ("a third last year" is no rank).
    ["Diesel use on the island fell by a third last year.", "a third"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("'by half' is graded with 'half' typed alone", () => {
    const byHalf = spans("The council says the bus fare will fall by half once the new depot opens.").find((s) => s.answer === "by half");
    expect(byHalf?.accepted).toContain("half");
  });

  it("'a third term' stays a rank", () => {
    expect(spans("She won a third term as mayor in 2019.").find((s) => s.answer === "third")?.kind).toBe("ordinal");
  });

  it("'of' after a noun that is no change gives no fraction: 'the cost of a third runway'", () => {
    expect(values("The cost of a third runway was put at €2 billion.")).not.toContain("a third");
  });

  // Review 17, finding 4: a number of quarters of a year counts periods; a numerator at or above its denominator is
  // no share.
  it.each([
    "Sales at the harbour fell in two quarters of 2025.",
    "The ferry line closed in all four quarters of 2025.",
    "The port was shut for three quarters of the year.",
    "Rents rose by five fifths over the decade.",
  ])("no fraction in: %s", (sentence) => {
    expect(spans(sentence).filter((s) => /fraction/.test(s.unit))).toEqual([]);
  });

  it("a proper pair is still a share: 'three quarters of the workers'", () => {
    expect(values("Three quarters of the workers at the harbour voted for the strike.")).toContain("three quarters");
  });
});
