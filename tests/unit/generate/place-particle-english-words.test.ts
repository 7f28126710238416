import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { matchEntityRules } from "@/lib/generate/entity-rules";
import { cutAtParticle, endOverParticles, widenOverParticles } from "@/lib/generate/name-particles";

// Mend mend78 (review of lane place73, HIGH 1). "do", "le", "la", "van" are particles of names and English words too:
// a place of one capitalised word is never lengthened over one ("Pupils in Wales do GCSEs" keys "Wales", as main did),
// and no name runs on over a weekday, month or holiday ("Lyon le Monday").
const places = (sentence: string) => matchEntityRules(sentence).filter((m) => m.kind === "place").map((m) => m.name);
const span = (text: string, name: string): [number, number] => [text.indexOf(name), text.indexOf(name) + name.length];

describe("an English-word particle after a one-word place is no part of its name", () => {
  it("the place stays the word the sentence names", () => {
    const cases: [string, string][] = [
      ["Pupils in Wales do GCSEs a year earlier than 40% of pupils in England.", "Wales"],
      ["Families in Texas do Thanksgiving with 20 guests.", "Texas"],
      ["Tourists in London do Christmas shopping early.", "London"],
      ["Fans in Madrid do El Clásico differently.", "Madrid"],
      ["The farmers who marched in Lyon le Monday were paid.", "Lyon"],
      ["A plant near Detroit van Dyke Avenue closes in 2027.", "Detroit"],
    ];
    for (const [sentence, place] of cases) {
      const at = sentence.indexOf(place) + place.length;
      expect(endOverParticles(sentence, at), sentence).toBe(at);
      expect(cutAtParticle(sentence, ...span(sentence, place)), sentence).toBe(false);
    }
    expect(places("Pupils in Wales do GCSEs a year earlier than 40% of pupils in England.")).toContain("Wales");
    expect(places("Families in Texas do Thanksgiving with 20 guests.")).toContain("Texas");
    expect(places("Tourists in London do Christmas shopping early.")).toContain("London");
    expect(places("Fans in Madrid do El Clásico differently.")).toContain("Madrid");
    for (const s of ["Pupils in Wales do GCSEs a year earlier than 40% of pupils in England.", "Families in Texas do Thanksgiving with 20 guests.", "Tourists in London do Christmas shopping early.", "Fans in Madrid do El Clásico differently.", "The farmers who marched in Lyon le Monday were paid.", "A plant near Detroit van Dyke Avenue closes in 2027."]) {
      for (const n of places(s)) expect(n, s).not.toMatch(/\s(?:do|le|van)\s/);
    }
  });

  it("a name after the English-word particle is not half a name", () => {
    const s = "Fans in Madrid do El Clásico differently.";
    expect(cutAtParticle(s, ...span(s, "El Clásico"))).toBe(false);
    expect(cutAtParticle("The farmers who marched in Lyon le Monday were paid.", ...span("The farmers who marched in Lyon le Monday were paid.", "Monday"))).toBe(false);
  });

  it("an elided title keeps the words after the cut place", () => {
    expect(widenOverParticles("Tourists in … do Christmas shopping early", "…", "London")).toBe("Tourists in … do Christmas shopping early");
    expect(widenOverParticles("Pupils in … do GCSEs a year early", "…", "Wales")).toBe("Pupils in … do GCSEs a year early");
    expect(widenOverParticles("Tourists in … do Christmas shopping early", "…")).toBe("Tourists in … do Christmas shopping early");
  });

  it("positives: a name of two capitalised words, or a particle that is no English word, takes its particle's words", () => {
    const rio = "If all pasture in Rio Grande do Sul were moved, the soil would gain.";
    expect(endOverParticles(rio, rio.indexOf(" do Sul"))).toBe(rio.indexOf(" were"));
    expect(places(rio)).toContain("Rio Grande do Sul");
    const mato = "Soy farms in Mato Grosso do Sul grew.";
    expect(endOverParticles(mato, mato.indexOf(" do Sul"))).toBe(mato.indexOf(" grew"));
    const santiago = "Pilgrims walked to Santiago de Compostela in June.";
    expect(endOverParticles(santiago, santiago.indexOf(" de "))).toBe(santiago.indexOf(" in June"));
    expect(cutAtParticle(santiago, ...span(santiago, "Santiago"))).toBe(true);
    expect(cutAtParticle(santiago, ...span(santiago, "Compostela"))).toBe(true);
    expect(cutAtParticle(santiago, ...span(santiago, "Santiago de Compostela"))).toBe(false);
    expect(cutAtParticle(mato, ...span(mato, "Mato Grosso"))).toBe(true);
    expect(widenOverParticles("Cattle store more carbon, … do Sul study finds", "…", "Rio Grande")).toBe("Cattle store more carbon, … study finds");
    expect(widenOverParticles("Pilgrims reach Santiago de … on foot", "…", "Compostela")).toBe("Pilgrims reach … on foot");
  });
});

describe("through the generator: the key is the place as main keyed it", () => {
  const at = new Date("2026-11-19T00:00:00Z");
  const article = (title: string, body: string): ArticleInput => ({ slug: "particles", title, source: "Schools Weekly", publishedAt: at, body });
  it("'Wales do GCSEs' is never a key", () => {
    const items = generateItems([article("Tourists in London do Christmas shopping early", "Pupils in Wales do GCSEs a year earlier than 40% of pupils in England, the report found on Tuesday. Tourists in London do Christmas shopping early.")]);
    for (const i of items) {
      expect(i.answer).not.toMatch(/\s(?:do|le|van)\s|\sdo$/);
      expect(i.prompt).not.toMatch(/… shopping early|_____ shopping/);
    }
  });
});
