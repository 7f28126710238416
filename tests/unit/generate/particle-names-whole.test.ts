import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { findNameChunks } from "@/lib/generate/find-name-chunks";
import { wholeOwner } from "@/lib/generate/find-entity-facts";

// Lane mend70. A strict read found "Rio Grande do Sul" cut at its lowercase particle twice: "Who is Sul's secretary of
// agriculture?" (a possessive owner read from its last word) and "the Federal University of Rio Grande" (a body's name
// copied from an earlier sentence into "The university ..."): each a different place or body.
const at = new Date("2026-11-12T00:00:00Z");
const article = (body: string): ArticleInput => ({ slug: "seed", title: "Soy farms test drought seed", source: "Test Wire", publishedAt: at, body });
const names = (sentence: string) => findNameChunks(sentence).map((c) => c.name);

describe("a name keeps the lowercase particles between its capitalised words", () => {
  it("the chunker reads the whole name", () => {
    expect(names("Officials in Mato Grosso do Sul said the trial would expand.")).toContain("Mato Grosso do Sul");
    expect(names("The seed was tested at the Universidad de los Andes last year.")).toContain("Universidad de los Andes");
    // (A hyphened name the chunker places nowhere is still never read in part.)
    for (const n of names("The work was praised in Castilla-La Mancha last week.")) expect(["Castilla", "La Mancha", "Mancha"]).not.toContain(n);
    expect(names("The orchestra played Ludwig van Beethoven at the gala.")).toContain("Ludwig van Beethoven");
  });

  it("a possessive owner is every word of its name", () => {
    const s = "Mato Grosso do Sul's health secretary, Carla Mendes Arruda, said the results would guide staffing.";
    expect(wholeOwner("Sul's", s)).toBe("Mato Grosso do Sul's");
    const items = generateItems([article(`${s} The state opened 12 new maternity wards in 2025.`)]);
    const questions = items.map((i) => i.prompt);
    expect(questions.some((q) => /\bSul’s health secretary/.test(q))).toBe(true);
    for (const q of questions) expect(q).not.toMatch(/Who is Sul’s/);
  });

  it("a body's name copied into 'The university ...' is whole", () => {
    const items = generateItems([article("Researchers from the Federal University of Mato Grosso do Sul (UFMS) tested 40 seed lines on 212 farms.\n\nThe university said the best seed line raised yields by 14 percent.")]);
    const prompts = items.map((i) => i.prompt).join("\n");
    expect(prompts).not.toMatch(/University of Mato Grosso(?! do Sul)/);
  });
});

describe("near misses: no particle, or a particle that joins no name, changes nothing", () => {
  it("owners and names without a particle stay as read", () => {
    expect(wholeOwner("Kenya’s", "Kenya’s energy minister, Ruth Wanjiru, said prices would fall.")).toBe("Kenya’s");
    expect(wholeOwner("Brazil’s", "Exports to Portugal and Brazil’s trade minister, Ana Lima, said.")).toBe("Brazil’s");
    expect(wholeOwner("the port’s", "Sold in Santos, the port’s harbour master, Ana Lima, said.")).toBe("the port’s");
    expect(names("The state sold 12,000 tonnes of seed to Portugal and Spain in 2025.")).toEqual(expect.arrayContaining(["Portugal", "Spain"]));
    for (const n of names("The seed was shipped from the Port of Santos on Monday.")) expect(["Port", "Santos"]).not.toContain(n);
  });
});
