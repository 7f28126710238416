import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "@/lib/generate/entity-rules";
import { VALUE_RULES } from "@/lib/generate/value-rules";
import { meetsNeeds } from "@/lib/generate/rule-needs";

// speed74: a long needs list is tested as one compiled alternation instead of one `includes` per piece. It must say
// exactly what the pieces one by one say: a piece is a literal, whatever marks it holds.
const anyPiece = (lowered: string, needs: readonly string[]) => needs.some((p) => lowered.includes(p));

describe("a long needs list read in one scan", () => {
  const long = ["glacier", "power station", "free zone", "gas field", "oasis"];

  it("passes a sentence holding any piece, anywhere, and skips one holding none", () => {
    expect(meetsNeeds("the tarvesh gas field opened.", long)).toBe(true);
    expect(meetsNeeds("oasis", long)).toBe(true);
    expect(meetsNeeds("a new power station and a free zone", long)).toBe(true);
    // Near misses: a piece split, another word of the same start, a piece's words apart.
    expect(meetsNeeds("the gas-field opened.", long)).toBe(false);
    expect(meetsNeeds("the glaciers' retreat", long)).toBe(true);
    expect(meetsNeeds("the glacial lake", long)).toBe(false);
    expect(meetsNeeds("power at the station", long)).toBe(false);
    expect(meetsNeeds("", long)).toBe(false);
  });

  it("reads marks in a piece as themselves, not as pattern syntax", () => {
    const marks = ["u.s.", "(a)", "a+b", "$1", "x|y", "[z]"];
    expect(meetsNeeds("the u.s. bank", marks)).toBe(true);
    expect(meetsNeeds("the usa bank", marks)).toBe(false);
    expect(meetsNeeds("section (a) says", marks)).toBe(true);
    expect(meetsNeeds("section a says", marks)).toBe(false);
    expect(meetsNeeds("aab", marks)).toBe(false);
    expect(meetsNeeds("it cost $1", marks)).toBe(true);
    expect(meetsNeeds("x or y", marks)).toBe(false);
    expect(meetsNeeds("x|y", marks)).toBe(true);
    expect(meetsNeeds("z", marks)).toBe(false);
  });

  it("agrees with the pieces one by one for every rule's list, on its example and on near misses", () => {
    const rules = [...ENTITY_RULES.map((r) => ({ needs: r.needs, example: r.example.text })), ...VALUE_RULES.map((r) => ({ needs: r.needs, example: r.example.sentence }))];
    expect(rules.some((r) => (r.needs?.length ?? 0) >= 4)).toBe(true);
    for (const rule of rules) {
      if (!rule.needs) continue;
      const example = rule.example.toLowerCase();
      for (const text of [example, example.replace(/[aeiou]/g, ""), example.replace(/\s/g, "")]) expect(meetsNeeds(text, rule.needs), text).toBe(anyPiece(text, rule.needs));
      for (const piece of rule.needs) {
        expect(meetsNeeds(`x ${piece} y`, rule.needs)).toBe(true);
        expect(meetsNeeds(piece.slice(1), rule.needs)).toBe(anyPiece(piece.slice(1), rule.needs));
      }
    }
  });
});
