import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Issue 9 (recall, batch h "no item"): an opening "It" after a sentence whose subject is a name set off with its
// description ("Norlake Foods, founded in 1987, runs ...") or opened by a scope ("For the full year, the company
// raised ...") had no referent, so the sentence's facts got no item at all. Sentences written for this test.
const at = new Date(Date.UTC(2026, 10, 2));
const realItems = (body: string, title: string, answer: string) =>
  generateArticleItems({ slug: "t", title, source: "Nordic Business Wire", publishedAt: at, body }).filter((i) => i.answer === answer && i.type !== "truefalse");

describe("an opening It after a named subject with its description set off by commas", () => {
  it.each([
    ["Norlake Foods, founded in 1987, also runs two bakeries in Bergen and Tromsø.", "It employs 1,340 people."],
    ["Norlake Foods, a bakery chain from Bergen, also runs two mills.", "It employs 1,340 people."],
  ])("%s %s", (before, sentence) => {
    const body = ["Norlake Foods opened a third bakery in Oslo on Monday, its first outside western Norway.", before, sentence, "The new bakery will bake 40,000 loaves a day."].join(" ");
    const items = realItems(body, "Bakery chain opens in Oslo", "1,340");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.prompt.includes("Norlake Foods") && !/\bIt employs\b/.test(i.prompt))).toBe(true);
  });

  it("not when the sentence before offers another thing 'It' could mean: a place, a forecast", () => {
    for (const before of ["Norlake Foods, a bakery chain from Bergen, also runs two mills in Tromsø.", "Norlake Foods, founded in 1987, raised its forecast for operating profit."]) {
      const body = ["Norlake Foods opened a third bakery in Oslo on Monday.", before, "It employs 1,340 people."].join(" ");
      expect(realItems(body, "Bakery chain opens in Oslo", "1,340").filter((i) => /Norlake Foods employ/.test(i.prompt))).toEqual([]);
    }
  });

  it("not a person's name: 'It' is never a person", () => {
    const body = ["Norlake Foods opened a third bakery in Oslo on Monday.", "Ingrid Solheim, a baker from Bergen, also runs two cafés in Tromsø.", "It employs 1,340 people."].join(" ");
    expect(realItems(body, "Bakery chain opens in Oslo", "1,340").filter((i) => i.prompt.includes("Solheim"))).toEqual([]);
  });
});

describe("an opening It after 'For the full year, the company ...'", () => {
  it("is the company the article is about", () => {
    const body = [
      "Norlake Foods ASA said on Thursday that its third-quarter profit rose 12%.",
      "Norlake Foods sold more bread in Oslo, and Norlake Foods cut its flour costs.",
      "Analysts had expected less from Norlake Foods.",
      "For the full year, the company expects sales to rise by 8%.",
      "It also announced a share buyback of NOK 250 million.",
    ].join(" ");
    const items = realItems(body, "Norlake Foods beats forecasts as bread sales rise", "NOK 250 million");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.prompt.includes("Norlake Foods") && !/\bIt also announced\b/.test(i.prompt))).toBe(true);
  });
});

describe("an opening It after a named subject that brings in a new thing", () => {
  it("is not the name: 'It weighs 3.9 kg' is the pack, not the company", () => {
    const body = [
      "Bergen battery makers are racing to cut weight.",
      "Norlake Energy, based in Bergen, on Monday unveiled the Fjell 500, a battery pack for cargo bikes.",
      "It weighs 3.9 kg, about 40% less than a lithium-ion pack.",
    ].join(" ");
    const items = generateArticleItems({ slug: "t", title: "A lighter battery for cargo bikes", source: "Nordic Business Wire", publishedAt: at, body });
    expect(items.filter((i) => /Norlake Energy weighs?\b/.test(i.prompt) || /does Norlake Energy weigh/.test(i.prompt))).toEqual([]);
  });
});
