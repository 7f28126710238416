import { describe, expect, it } from "vitest";
import { matchEntityRules } from "@/lib/generate/entity-rules";
import { cutAtParticle, endOverParticles, readAfterParticle } from "@/lib/generate/name-particles";

// Lane speed86: entity-rules reads where a name's particle words end once per match and asks only the look-back half
// (readAfterParticle) of cutAtParticle. cutAtParticle is that half or a lengthened end, on every span here.
const span = (text: string, name: string): [number, number] => [text.indexOf(name), text.indexOf(name) + name.length];
const places = (sentence: string) => matchEntityRules(sentence).filter((m) => m.kind === "place").map((m) => m.name);

describe("readAfterParticle is cutAtParticle's look-back half", () => {
  const cases: [string, string, boolean][] = [
    ["Pilgrims walked to Santiago de Compostela in June.", "Compostela", true],
    ["Pilgrims walked to Santiago de Compostela in June.", "Santiago", false],
    ["Pilgrims walked to Santiago de Compostela in June.", "Santiago de Compostela", false],
    ["Soy farms in Mato Grosso do Sul grew.", "Mato Grosso", false],
    // Near misses: an English word after one capitalised word, a weekday after the particle.
    ["Fans in Madrid do El Clásico differently.", "El Clásico", false],
    ["The farmers who marched in Lyon le Monday were paid.", "Monday", false],
  ];
  it("reads a particle and a capitalised word just before the span, and nothing after it", () => {
    for (const [text, name, after] of cases) expect(readAfterParticle(text, ...span(text, name)), `${name} in ${text}`).toBe(after);
  });
  it("cutAtParticle is the look-back or a lengthened end", () => {
    for (const [text, name] of cases) {
      const [start, end] = span(text, name);
      expect(cutAtParticle(text, start, end), name).toBe(endOverParticles(text, end) !== end || readAfterParticle(text, start, end));
    }
  });
  it("entity rules keep the whole name, lengthen a cut one and refuse the half after a particle", () => {
    expect(places("If all pasture in Rio Grande do Sul were moved, the soil would gain.")).toContain("Rio Grande do Sul");
    const santiago = places("Pilgrims walked to Santiago de Compostela in June.");
    expect(santiago).not.toContain("Compostela");
    expect(places("Fans in Madrid do El Clásico differently.")).toContain("Madrid");
  });
});
