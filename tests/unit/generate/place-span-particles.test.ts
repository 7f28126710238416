import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { matchEntityRules } from "@/lib/generate/entity-rules";
import { extractFacts } from "@/lib/generate/extract-facts";
import { cutAtParticle, endOverParticles, widenOverParticles } from "@/lib/generate/name-particles";

// Lane place73. Strict read AQ1-all #11: "…heavily grazed pasture in _____ do Sul were moved…" keyed "Rio Grande" (the
// place is "Rio Grande do Sul"), under a title elided to "… do Sul study finds". A place read after "in" takes its
// particle's words, or is not asked; an elided title never leaves half a name beside the cut.
const at = new Date("2026-11-19T00:00:00Z");
const article = (title: string, body: string): ArticleInput => ({ slug: "pampa", title, source: "Southern Science Report", publishedAt: at, body });
const places = (sentence: string) => matchEntityRules(sentence).filter((m) => m.kind === "place").map((m) => m.name);
const span = (text: string, name: string): [number, number] => [text.indexOf(name), text.indexOf(name) + name.length];

describe("a name span cut at its particle", () => {
  it("is seen whichever side the particle lies", () => {
    const cases: [string, string][] = [
      ["pasture in Rio Grande do Sul were moved", "Rio Grande"],
      ["pilgrims reach Santiago de Compostela on foot", "Santiago"],
      ["pilgrims reach Santiago de Compostela on foot", "Compostela"],
      ["the port of Reggio di Calabria reopened", "Reggio"],
      ["the port of Reggio di Calabria reopened", "Calabria"],
      ["farms in Castilla y León were dry", "Castilla"],
    ];
    for (const [text, name] of cases) expect(cutAtParticle(text, ...span(text, name)), `${name} in ${text}`).toBe(true);
  });

  it("near misses: a whole name, or a particle before a lower-case word, is no cut", () => {
    const whole: [string, string][] = [
      ["pasture in Rio Grande do Sul were moved", "Rio Grande do Sul"],
      ["pilgrims reach Santiago de Compostela on foot", "Santiago de Compostela"],
      ["the court in Den Haag ruled", "Den Haag"],
      ["the fair in Bois-le-Duc opened", "Bois-le-Duc"],
      ["farms in Castilla-La Mancha were dry", "Castilla-La Mancha"],
      ["tourists in Paris do not queue", "Paris"],
      ["How do Kenyans vote?", "Kenyans"],
    ];
    for (const [text, name] of whole) expect(cutAtParticle(text, ...span(text, name)), `${name} in ${text}`).toBe(false);
    expect(endOverParticles("tourists in Paris do not queue", "tourists in Paris".length)).toBe("tourists in Paris".length);
  });
});

describe("the entity rules read a place with its particle's words", () => {
  it("'in Rio Grande do Sul', 'in Reggio di Calabria', 'to Santiago de Compostela' are whole", () => {
    expect(places("If all heavily grazed pasture in Rio Grande do Sul were moved to moderate grazing, the soil would gain.")).toContain("Rio Grande do Sul");
    expect(places("The ferry sails from Messina to Reggio di Calabria every hour.")).not.toContain("Reggio");
    // (Exact: a loop over the names read would pass on none.)
    expect(places("If all heavily grazed pasture in Rio Grande do Sul were moved, the soil would gain.")).toEqual(["Rio Grande do Sul"]);
    expect(places("Pilgrims walked to Santiago de Compostela in June.")).toEqual([]);
    expect(places("The ferry sails to Reggio di Calabria every hour.")).toEqual([]);
  });

  it("near misses: 'in Paris do' before a lower-case word stays 'Paris'; hyphened and capitalised names stay whole", () => {
    expect(places("Tourists in Paris do not queue for the museum.")).toContain("Paris");
    expect(places("The court in Den Haag ruled on Monday.")).toEqual(["Den Haag"]);
    // (The rules read no place in these two: none, rather than half of one.)
    expect(places("Farms in Castilla-La Mancha were dry.")).toEqual([]);
    expect(places("The fair in Bois-le-Duc opened.")).toEqual([]);
  });
});

describe("the batch's item: no key is half of 'Rio Grande do Sul'", () => {
  const title = "Cattle on native Pampa grassland store more carbon than soy fields, Rio Grande do Sul study finds";
  const body = "Native Pampa grassland grazed by cattle stores far more carbon in its soil than the soy fields replacing it, according to a study published on Tuesday by researchers at the Federal University of Pelotas.\n\nThe team sampled 140 farms over six years. If all heavily grazed pasture in Rio Grande do Sul were moved to moderate grazing, the soil could take up about 70 million tonnes of CO2 over 20 years, the authors estimate.";

  it("facts and items key the whole place or none", () => {
    const facts = extractFacts(article(title, body));
    expect(facts.map((f) => f.answer)).not.toContain("Rio Grande");
    const items = generateItems([article(title, body)]);
    for (const i of items) {
      expect(i.answer).not.toBe("Rio Grande");
      expect(i.prompt).not.toMatch(/_____ do Sul|… do Sul/);
    }
  });

  it("an elided title drops the rest of the name with the cut", () => {
    expect(widenOverParticles("Cattle store more carbon, … do Sul study finds", "…")).toBe("Cattle store more carbon, … study finds");
    expect(widenOverParticles("Pilgrims reach Santiago de … on foot", "…")).toBe("Pilgrims reach … on foot");
    // (Near misses: an ellipsis beside ordinary words, or "How do …", is left as it is.)
    expect(widenOverParticles("Cattle store more carbon, … study finds", "…")).toBe("Cattle store more carbon, … study finds");
    expect(widenOverParticles("How do … vote", "…")).toBe("How do … vote");
  });
});
