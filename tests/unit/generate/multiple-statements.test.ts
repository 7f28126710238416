import { describe, expect, it } from "vitest";
import { buildItems } from "@/lib/generate/build-items";
import { extractFacts } from "@/lib/generate/extract-facts";
import { computedFromPrompt } from "@/lib/generate/gives-away";
import { buildPool, layerPools } from "@/lib/generate/pick-distractors";
import type { Fact } from "@/lib/generate/types";

// Review 18, finding 1: a multiple's true/false statement read no arithmetic, so "halved from 40 a week to 120 a week"
// was offered as a statement to judge. Sentences written for the test.
const at = new Date(Date.UTC(2026, 2, 10));
const meta = { slug: "a", title: "Harbour report", source: "Test Wire", publishedAt: at };

/** The statements of every fact whose answer is `answer`, under several article keys (both sides of the coin). */
function statements(body: string, answer: string): string[] {
  const facts = extractFacts({ ...meta, body });
  const fact = facts.find((f) => f.answer === answer);
  if (!fact) throw new Error(`no fact ${answer}`);
  return ["a", "b", "c", "d", "e", "f"].flatMap((slug) => buildItems({ ...fact, article: slug }, meta, layerPools(buildPool(facts)), ["truefalse"]).map((i) => i.prompt));
}

describe("a statement whose own figures work its value out is not made", () => {
  it("a fold verb between the two counts it relates", () => {
    expect(statements("Ferry crossings at the harbour tripled from 40 a week in 2019 to 120 a week in 2025, the harbour authority said.", "tripled")).toEqual([]);
  });

  it("counts written with a scale word ('2.1 million tonnes') divide as well", () => {
    const body = "Grain exports through the port doubled from 2.1 million tonnes to 4.2 million tonnes last year, the port said.";
    expect(statements(body, "doubled")).toEqual([]);
    expect(computedFromPrompt("Grain exports doubled from 2.1 million tonnes to _____ last year.", { kind: "count", answer: "4.2 million tonnes", unit: "tonnes", value: 4.2e6 } as Fact)).toBe(true);
  });

  it("near miss: a multiple with one figure beside it is still a statement to judge", () => {
    expect(statements("Ferry crossings at the harbour tripled between 2019 and 2025, the harbour authority said.", "tripled").length).toBeGreaterThan(0);
    expect(computedFromPrompt("Grain exports doubled to _____ last year, from a low base.", { kind: "count", answer: "4.2 million tonnes", unit: "tonnes", value: 4.2e6 } as Fact)).toBe(false);
  });
});
