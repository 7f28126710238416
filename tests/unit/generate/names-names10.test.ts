import { describe, expect, it } from "vitest";
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

  it("reads a role after an age and keeps a nationality with it", () => {
    expect(people("Luis Ortega, a 23-year-old winger, scored twice.")).toContain("Luis Ortega|winger");
    expect(people("Luis Ortega, a 23-year-old Chilean winger from the club's academy, scored twice.")).toContain("Luis Ortega|Chilean winger");
  });

  it("still refuses what follows a name when it is no role", () => {
    expect(people("Luis Ortega, a 23-year-old from the club's academy, scored twice.")).toEqual([]);
    expect(people("Luis Ortega, the NRA's new building, opened in May.")).toEqual([]);
  });
});
