import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

// Lane span58: bodies named right after what they are, a kind the described-organisation pattern did not list (gold
// facts lost as "no span" or "span dropped" on build batches ai, ag, ac and ak).
const bodies = (sentence: string) => findEntitySpans(sentence).filter((e) => e.kind === "organisation").map((e) => e.name);
const questionOf = (body: string, answer: string) =>
  extractFacts({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body }).find((f) => f.answer === answer)?.question ?? null;

describe("a think tank, a family office, a market researcher, a campaign group or a union before its name", () => {
  it("reads the name after the body's kind", () => {
    expect(bodies("A paper published on Monday by the Cardiff think tank Harbour Ground sets out two options.")).toContain("Harbour Ground");
    expect(bodies("Most of the rest came from the Lyon-based family office Orval Partenaires.")).toContain("Orval Partenaires");
    expect(bodies("The figures come from the market researcher Tellwick.")).toContain("Tellwick");
    expect(bodies("The dockers' union Havenbond called a strike at the Dorvik quay.")).toContain("Havenbond");
  });

  it("asks which group did what, by the kind the text gives it", () => {
    expect(questionOf("The environmental group Moana Vaka Society said the quota was far too high.", "Moana Vaka Society")).toBe("Which environmental group said the quota was far too high?");
    expect(questionOf("The farmers' union Akkerbond says the new levy costs its members money.", "Akkerbond")).toBe("Which farmers' union says the new levy costs its members money?");
  });

  it("no body after a group with no word for whose it is ('the group Ana Ruiz founded' names a person)", () => {
    expect(bodies("She left the group Ana Ruiz founded in 2019.")).not.toContain("Ana Ruiz");
    expect(bodies("The think tank's director, Ana Ruiz, disagreed.")).toEqual([]);
  });

  it("never a name cut at a joining word ('the citizens' group Air for All' is not 'Air')", () => {
    expect(bodies("Ana Ruiz of the residents' group Water for Dorvik said the plan was late.")).not.toContain("Water");
    expect(bodies("The consumer group Fair for All wants lower fees.")).not.toContain("Fair");
  });
});

describe("a described name before 'and' and the next name is still read", () => {
  it("'the Danish pension fund Velo and Japan's Kansai Power'", () => {
    expect(bodies("It was developed with Danish pension fund Velo and Japan’s Tokai Grid Co.")).toContain("Velo");
  });
});
