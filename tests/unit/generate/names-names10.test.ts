import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

// People by their role (names10): an appositive role after a name, whoever's it is. Invented sentences.
const people = (s: string) =>
  findEntitySpans(s, { publishedAt: new Date("2026-11-01") })
    .filter((e) => e.kind === "person")
    .map((e) => `${e.name}|${e.descriptor}`);

describe("a role in apposition after a name", () => {
  it("reads a role a body written with its article owns", () => {
    expect(people("Ana Ruiz, the NRA's chief officer for licensing, said the fine was fair.")).toContain("Ana Ruiz|chief officer for licensing");
    expect(people("Marek Vasko, the Tarvel Council's deputy mayor, arrived on Monday.")).toContain("Marek Vasko|deputy mayor");
  });

  it("reads a role after an age", () => {
    expect(people("Luis Ortega, a 23-year-old winger, scored twice.")).toContain("Luis Ortega|winger");
    expect(people("Luis Ortega, a 23-year-old winger at the club since May, scored twice.")).toContain("Luis Ortega|winger");
  });

  it("still refuses what follows a name when it is no role", () => {
    expect(people("Luis Ortega, a 23-year-old from the club's academy, scored twice.")).toEqual([]);
    expect(people("Luis Ortega, the NRA's new building, opened in May.")).toEqual([]);
  });
});

describe("a person quoted, asked by the role and whose it is (never by the quotation)", () => {
  const at = new Date(Date.UTC(2026, 9, 7));
  const itemsOf = (body: string, name: string) =>
    generateArticleItems({ slug: "a", title: "Tarvel weighs a new library", source: "Daily Wire", publishedAt: at, body }).filter((i) => i.answer === name);

  it("asks an owned office's holder and blanks nothing in the quotation", () => {
    const items = itemsOf("The city will vote on the plan in March. “It is the best site we have,” said Ana Ruiz, the dean of law at the University of Tarvel.", "Ana Ruiz");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => /dean of law at the University of Tarvel/.test(i.prompt) && !/best site|said|_____/.test(i.prompt))).toBe(true);
    const chairs = itemsOf("The city will vote on the plan in March. “We need it,” said Ivo Marek, who chairs the Tarvel Readers' Association.", "Ivo Marek");
    expect(chairs.every((i) => !/We need it|said|_____/.test(i.prompt))).toBe(true);
  });

  it("still drops a quoted person asked by no owner, by no office, or a relative", () => {
    expect(itemsOf("The city will vote on the plan in March. “It is late,” said Lena Berg, who covers builders at Tarvel Securities.", "Lena Berg")).toEqual([]);
    expect(itemsOf("The club lost again on Sunday. “We were poor,” said Nikos Pappas, a Greek fan who came by train.", "Nikos Pappas")).toEqual([]);
    expect(itemsOf("The architect died on Monday. Her son, Pablo Ruiz, said the cause was a stroke.", "Pablo Ruiz")).toEqual([]);
  });
});
