import { describe, expect, it } from "vitest";
import { DEMONYMS, DEMONYM_SOURCE, countryOfDemonym } from "@/lib/generate/demonyms";

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
});
