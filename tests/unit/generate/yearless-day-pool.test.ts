import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generate/extract-facts";
import { buildPool, layerPools, pickDistractors } from "@/lib/generate/pick-distractors";

// Review 30 finding 6: a day kept without a year ("Each year the fair opens on 21 September") is stored as 2000MMDD.
// In the dated days' pool it was offered to a dated key as "21 September 2000", a year the article never names, and
// the weekday and past-day filters read it as a day of 2000.
const at = new Date("2026-11-13T00:00:00Z");

/** The options for the fact keyed `answer`, with the article's facts as the pool, asked with `prompt` (its sentence by default). */
function options(body: string, answer: string, prompt?: string): string[] {
  const facts = extractFacts({ slug: "a", title: "T", source: "Coast Courier", publishedAt: at, body });
  const fact = facts.find((f) => f.answer === answer);
  if (!fact) throw new Error(`no fact ${answer}: ${facts.map((f) => f.answer).join(" / ")}`);
  return pickDistractors(fact, layerPools(buildPool(facts)), prompt ?? fact.sentence.replace(fact.answer, "_____"), "k", 3, false, at);
}

const YEARLESS = [
  "Each year the cider fair opens on 21 September.",
  "On average the pear blossom opens on 9 April.",
  "The median date of the first snow is 30 November.",
].join("\n\n");

describe("a day without a year has a pool of its own", () => {
  it("a dated key in an article with yearless days is never offered a day of 2000", () => {
    const body = `The cannery closed its gates on 2 November after a poor harvest.\n\n${YEARLESS}`;
    const got = options(body, "2 November 2026");
    expect(got.length).toBeGreaterThan(0);
    for (const o of got) expect(o).not.toMatch(/2000/);
  });

  it("a dated key after a weekday: options on its weekday, none of 2000", () => {
    const body = `The cannery closed its gates on Monday, 2 November, after a poor harvest.\n\n${YEARLESS}`;
    for (const o of options(body, "2 November 2026")) expect(o).not.toMatch(/2000/);
  });

  it("a yearless key is offered yearless days, the article's own first", () => {
    const body = `The cannery closed its gates on 2 November after a poor harvest.\n\n${YEARLESS}`;
    const got = options(body, "21 September");
    expect(got.length).toBeGreaterThan(0);
    for (const o of got) expect(o).toMatch(/^\d{1,2} \p{L}+$/u);
    expect(got).toEqual(expect.arrayContaining(["9 April"]));
    expect(got).not.toContain("2 November");
  });

  it("a yearless key after a weekday is not filtered by the weekday of a day in 2000", () => {
    const body = `Each year the cider fair opens on Saturday, 21 September.\n\nOn average the pear blossom opens on 9 April.`;
    const got = options(body, "21 September");
    // (21 September 2000 was a Thursday, 9 April 2000 a Sunday: read in 2000, the article's own day was ruled out.)
    expect(got).toContain("9 April");
    for (const o of got) expect(o).toMatch(/^\d{1,2} \p{L}+$/u);
  });
});

describe("near misses: dated days still stand in for each other", () => {
  it("a dated key takes the article's other dated days", () => {
    const body = `The cannery closed its gates on 2 November after a poor harvest.\n\nThe packing shed shut on 20 October.\n\n${YEARLESS}`;
    expect(options(body, "2 November 2026")).toContain("20 October 2026");
  });

  it("a day written with the year 2000 is a dated day, not a yearless one", () => {
    const body = `The cannery first opened on 15 July 2000.\n\nThe packing shed opened on 3 August 2001.\n\n${YEARLESS}`;
    const got = options(body, "15 July 2000");
    expect(got).toContain("3 August 2001");
    for (const o of got) expect(o).toMatch(/\d{4}$/);
  });
});
