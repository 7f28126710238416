import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";

// Strict read I1 #7: "rose from 42,000 ... to more than 210,000 ..., a _____ increase" keyed "fivefold": a change
// blanked in a sentence that states both figures it was computed from is given away (210,000 / 42,000 = 5).
const at = new Date("2026-10-14T00:00:00Z");
const itemsOf = (title: string, body: string) => generateItems([{ slug: "a", title, source: "Lakeside Courier", publishedAt: at, body }]);

describe("a change whose size the sentence lets you compute is not asked", () => {
  it("a multiple between a 'from' and a 'to' figure", () => {
    const items = itemsOf(
      "Tarnow e-bike registrations soar",
      "The number of e-bikes registered in Tarnow rose from 8,000 at the end of 2021 to more than 32,000 in September 2026, a fourfold increase, the city's transport office said on Tuesday. The office plans 40 new charging points next year.",
    );
    expect(items.filter((it) => it.answer === "fourfold").map((it) => it.prompt)).toEqual([]);
  }, 30_000);

  it("a percentage change beside both figures ('to Y from X')", () => {
    const items = itemsOf(
      "Kestrel Ferries carries more passengers",
      "Kestrel Ferries said on Monday that passenger numbers on its island routes rose 25% to 50,000 in the summer season from 40,000 a year earlier. The company operates six vessels on the Baltic coast.",
    );
    expect(items.filter((it) => it.answer === "25%").map((it) => it.prompt)).toEqual([]);
  }, 30_000);

  it("a change with only one of its figures stays", () => {
    const items = itemsOf(
      "Kestrel Ferries carries more passengers",
      "Kestrel Ferries said on Monday that passenger numbers on its island routes rose 25% to 50,000 in the summer season. The company operates six vessels on the Baltic coast.",
    );
    expect(items.filter((it) => it.answer === "25%").length).toBeGreaterThan(0);
  }, 30_000);

  it("years 'from 2019 to 2025' are not the figures of the change", () => {
    const items = itemsOf(
      "Tarnow e-bike registrations soar",
      "E-bike registrations in Tarnow rose 30% from 2019 to 2025, the city's transport office said on Tuesday. The office plans 40 new charging points next year.",
    );
    expect(items.filter((it) => it.answer === "30%").length).toBeGreaterThan(0);
  }, 30_000);
});
