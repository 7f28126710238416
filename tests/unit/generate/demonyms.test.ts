import { describe, expect, it } from "vitest";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";
import { DEMONYMS, DEMONYM_SOURCE, countryOfDemonym, isDemonym, nationalityBeforeName } from "@/lib/generate/demonyms";

describe("demonyms", () => {
  it("lists each demonym once, longest first, so a pattern takes 'South Korean' before 'Korean'", () => {
    const list = [...DEMONYMS];
    expect(list.filter((d) => d === "British")).toHaveLength(1);
    expect(list.indexOf("South Korean")).toBeLessThan(list.indexOf("Korean"));
    expect(new RegExp(`\\b(?:${DEMONYM_SOURCE})\\b`).exec("a South Korean envoy")?.[0]).toBe("South Korean");
  });

  it("maps a demonym back to the first country listed for it, and a non-demonym to null", () => {
    expect(countryOfDemonym("Danish")).toBe("Denmark");
    expect(countryOfDemonym("British")).toBe("United Kingdom");
    expect(countryOfDemonym("Denmark")).toBeNull();
    expect(countryOfDemonym("constructor")).toBeNull();
  });

  // Review 29 finding 11: the nationality cut off a person's name and the coach rule's nationality were two tests.
  it("counts as a demonym a listed one and one the lexicon tags so, never a first name", () => {
    expect(isDemonym("Polish")).toBe(true);
    expect(isDemonym("Spaniard")).toBe(true);
    expect(isDemonym("Brian")).toBe(false);
    expect(isDemonym("Poland")).toBe(false);
  });

  it("cuts a nationality off a name of two or more words only", () => {
    expect(nationalityBeforeName("Swedish Tove Lindqvist")).toBe("Swedish");
    expect(nationalityBeforeName("Peruvian Rosa Quispe Mamani")).toBe("Peruvian");
    expect(nationalityBeforeName("Marta Tove Lindqvist")).toBeNull();
    expect(nationalityBeforeName("Swedish Lindqvist")).toBeNull();
  });

  it("is the same test in a side's coach rule: a demonym the lexicon files as an adjective still is one", () => {
    const at = new Date(Date.UTC(2026, 10, 20));
    const coach = (sentence: string) => findEntitySpans(sentence, { publishedAt: at }).find((e) => e.kind === "person");
    expect(coach("The Harbour Kites, coached by Swedish Tove Lindqvist, drew for the third week running.")).toMatchObject({ name: "Tove Lindqvist", question: "Who was the coach of the Harbour Kites in November 2026?" });
    expect(coach("The Harbour Kites, coached by Marta Tove Lindqvist, drew for the third week running.")?.name).not.toBe("Tove Lindqvist");
  });
});
