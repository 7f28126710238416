import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

// Invented sentences for the grammar of people and places that batch h lost (genname2): no sentence is a fixture's.
const places = (sentence: string) => findEntitySpans(sentence, {}).filter((e) => e.kind === "place").map((e) => e.name);

describe("a place named by where it lies, not only after 'the city of'", () => {
  it.each([
    // A site noun in the plural ("the quarries at X", "the wind turbines near X").
    ["The cement works take limestone from the quarries at Oskarvik every week.", ["Oskarvik"]],
    ["Fumes from the smelters at Dravnik, which closed in 2019, still reach the valley.", ["Dravnik"]],
    // "near X": nearness is said of places.
    ["The survey team camped in a meadow near Tallebrú for three weeks.", ["Tallebrú"]],
    ["Most of the flooding was along the stretch near Porto-Velho, where the dyke broke.", ["Porto-Velho"]],
    // A person from a place: where they come from.
    ["Kerrin, a 19-year-old midfielder from Ostrava-Jih, scored the winner.", ["Ostrava-Jih"]],
    ["A seven-year-old boy from Mbalele was the first case.", ["Mbalele"]],
    ["A farmer from Kovalin said the water had never risen so fast.", ["Kovalin"]],
    // "X, about 40 km west of Y": a distance or bearing from another place says it is one.
    ["Fans travelled from Ouled Saber, about 40 kilometres west of the capital, by bus.", ["Ouled Saber"]],
    ["The terminal will be built at Tessaoua, north of Maradi, from next year.", ["Tessaoua"]],
    // "the coast of X province": a place of a named kind after "of".
    ["The refinery is on the coast of Namibe province and will open in 2029.", ["Namibe"]],
  ])("%s", (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });

  it.each([
    "The minister met investors from Tokyo Gas on Monday.",
    "A spokesman from Nordia Holdings declined to comment.",
    "The meeting near Christmas was cancelled.",
    "A striker from Manchester United scored twice.",
    "The project, about 40 per cent of the budget, was delayed.",
  ])("not a company, a time or a club: %s", (sentence) => {
    expect(places(sentence).filter((p) => !/^(?:Tokyo|Manchester)$/.test(p))).toEqual([]);
  });
});

describe("a place near the subject is not the subject", () => {
  const questionOf = (body: string, answer: string) =>
    extractFacts({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 9, 28)), body }).find((f) => f.answer === answer)?.question ?? null;
  it("'The dam near Korvela will cost €2 billion' does not ask 'Which place will cost €2 billion?'", () => {
    expect(questionOf("The dam near Korvela will cost €2 billion, the ministry said.", "Korvela") ?? "").not.toMatch(/^Which place will cost/);
  });
  it("... it asks where the subject is ('Near which place is the dam that will cost ...?')", () => {
    expect(questionOf("The dam near Korvela will cost €2 billion, the ministry said.", "Korvela")).toBe("Near which place is the dam that will cost €2 billion?");
  });
  it("a bearing alone is no place ('clinics in Central and Eastern provinces')", () => {
    expect(places("The drones deliver blood to clinics in Central and Eastern provinces.")).not.toContain("Central");
  });
});
