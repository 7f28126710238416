import { describe, expect, it } from "vitest";
import { isRoleNoun } from "@/lib/generate/entity-rules";
import { headerWordsOf, namedInHeader } from "@/lib/generate/fallback-spans";
import { NAME_JOIN_WORD } from "@/lib/generate/name-particles";
import { offersOtherThing } from "@/lib/generate/other-it-referent";

// One list of the lower-case words that join a name's capitalised words (name-particles.ts), for the header check of
// fallback names and for the names another "It" could mean; each kept its own short list before.
describe("the words that join a name's own words", () => {
  it("are the particles of people's and places' names and the words joining any name", () => {
    for (const w of ["of", "and", "for", "the", "de", "da", "do", "del", "du", "la", "le", "van", "y"]) expect(NAME_JOIN_WORD.test(w), w).toBe(true);
    for (const w of ["on", "in", "Of", "dog", "ford"]) expect(NAME_JOIN_WORD.test(w), w).toBe(false);
  });
});

describe("a fallback name its header writes, but for its joining words", () => {
  const named = (name: string, header: string) => namedInHeader(name, headerWordsOf(header));
  it("needs no joining word in the header ('for', 'van' are joins now too)", () => {
    expect(named("Office for Health Improvement", "Health improvement office opens Vardia News")).toBe(true);
    expect(named("Bank van Breda", "Breda bank lifts profit")).toBe(true);
    expect(named("Quinta do Vale", "Vale quinta sold")).toBe(true);
  });
  it("still needs every word of its own", () => {
    expect(named("Office for Health Improvement", "Health office opens")).toBe(false);
    expect(named("Monaco Telecom", "Monaco's finance chief tables first €2 billion budget")).toBe(false);
  });
  it("reads the header once for all names", () => {
    const words = headerWordsOf("Obô Energia press release");
    expect(namedInHeader("Obô Energia Lda.", words)).toBe(true);
    expect(namedInHeader("Obô Natural Park", words)).toBe(false);
  });
});

describe("a name the sentence before offers for an opening It", () => {
  it("is read whole over a place's particle, so two places joined by 'and' are no one thing", () => {
    // (Before, "do" ended the name: "Rio Grande" alone was offered.)
    expect(offersOtherThing(" will supply Rio Grande do Sul and Santa Catarina.", isRoleNoun)).toBe(false);
  });
  it("is still offered alone", () => {
    expect(offersOtherThing(" will supply Rio Grande do Sul.", isRoleNoun)).toBe(true);
    expect(offersOtherThing(" opened the Bank of Uganda branch.", isRoleNoun)).toBe(true);
  });
});
