import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { computedFromPrompt } from "@/lib/generate/gives-away";
import type { Fact } from "@/lib/generate/types";

// Invented sentences (review 17, findings 2 and 3): a multiple written as a fold verb or in words, beside the figures
// it relates, lets the learner work the answer out.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const article = (body: string) => generateItems([{ slug: "t", title: "Harbour report", source: "Test", publishedAt: PUBLISHED, body }]);
const asked = (body: string, answer: string) => article(body).filter((i) => (i.type === "choice" || i.type === "typed") && i.answer === answer);

describe("a figure a stated multiple gives is not asked as a pick", () => {
  it.each([
    ["The harbour's fleet tripled from 30 to 90 last year, the port said.", "90"],
    ["The harbour's fleet doubled from 45 to 90 last year, the port said.", "90"],
    ["The harbour's fleet quadrupled from 25 to 100 last year, the port said.", "100"],
  ])("%s (no pick for %s)", (body, answer) => {
    expect(asked(body, answer).map((i) => i.prompt)).toEqual([]);
  });

  it("a multiple in words is worked out from the two counts it relates", () => {
    const body = "Visitor numbers rose from 40,000 in 2015 to 100,000 in 2025, two and a half times as many, the port said.";
    expect(asked(body, "two and a half times").map((i) => i.prompt)).toEqual([]);
  });

  it("a fold verb between two stated figures is not asked as a pick", () => {
    expect(asked("The harbour's fleet tripled from 30 to 90 last year, the port said.", "tripled").map((i) => i.prompt)).toEqual([]);
  });

  it("a score's two sides are no counts a multiple divides", () => {
    const body = "Tarvel won the rebounding battle 44-35 and scored 16 fast-break points, twice as many as Oru.";
    expect(asked(body, "twice as many").length).toBeGreaterThan(0);
  });

  it("'a double' (a noun) states no multiple", () => {
    const fact = { kind: "count", answer: "22", unit: "points", value: 22 } as Fact;
    expect(computedFromPrompt("(Ruiz double sinks Tarvel) How many points did Oru have after round 11?", fact)).toBe(false);
    expect(computedFromPrompt("(Oru doubled its lead) How many points did Oru have after round 11?", fact)).toBe(true);
  });

  it("a multiple the prompt's figures do not give is still asked as a pick", () => {
    const body = "Visitor numbers at the harbour have risen about two and a half times since the count in 2015, the port said.";
    expect(asked(body, "two and a half times").length).toBeGreaterThan(0);
  });
});
