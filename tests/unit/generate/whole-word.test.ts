import { describe, expect, it } from "vitest";
import { escapePattern } from "@/lib/generate/escape-pattern";
import { countWholeWord, hasWholeWord, replaceWholeWord } from "@/lib/generate/whole-word";

/** The pattern hasWholeWord stands in for: it must give the same answer on every input. */
const byPattern = (part: string, matchCase: boolean) => new RegExp(`(?<![\\p{L}\\d])${escapePattern(part)}(?![\\p{L}\\d])`, matchCase ? "u" : "iu");

describe("hasWholeWord", () => {
  it("finds a name only where no letter or digit touches it", () => {
    expect(hasWholeWord("Nair said the plan works.", "nair")).toBe(true);
    expect(hasWholeWord("Nairobi said the plan works.", "Nair")).toBe(false);
    expect(hasWholeWord("adult fish were counted", "Fish", true)).toBe(false);
    expect(hasWholeWord("the Fish and Fisheries journal", "Fish", true)).toBe(true);
  });

  it("looks again inside a refused match (overlapping occurrences)", () => {
    // In "ba-a-a" the first "a-a" touches "b"; the second, which shares its last "a", stands alone.
    expect(hasWholeWord("ba-a-a", "a-a")).toBe(true);
    expect(hasWholeWord("aaa", "aa")).toBe(false);
  });

  it("finds a part whose letters fold to an ASCII title's only by Unicode case folding (no lower-case shortcut)", () => {
    // "ſ" (long s) folds to "s" and the Kelvin sign to "k": lower case alone would call them absent.
    expect(hasWholeWord("Ask the Board", "a\u017Fk")).toBe(true);
    expect(hasWholeWord("Ask the Board", "\u212Aing")).toBe(false);
    expect(replaceWholeWord("Kite maker lifts profit", "\u212Aite", "…")).toBe("… maker lifts profit");
    expect(replaceWholeWord("Kite maker lifts profit", "kites", "…")).toBeNull();
    expect(hasWholeWord("Kite maker", "kite", true)).toBe(false);
  });

  it("answers as the whole-word pattern does, case folding and astral letters included", () => {
    // (Each pattern takes about a millisecond to compile: many texts per part keep the test short.)
    // Letters whose case folding differs from toLowerCase (long s, Kelvin sign, final sigma, dotted I), a combining
    // mark that folds to a letter, astral letters and emoji, digits and separators.
    const alphabet = ["a", "A", "s", "S", "ſ", "k", "\u212a", "1", " ", "-", "é", "É", "\u0345", "ι", "Σ", "σ", "ς", "😀", "𝐀", "ß", "ẞ", "İ", "i", "("];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    let found = 0;
    for (let i = 0; i < 150; i++) {
      const part = word(1 + Math.floor(next() * 3));
      for (const matchCase of [false, true]) {
        const pattern = byPattern(part, matchCase);
        for (let j = 0; j < 20; j++) {
          const text = word(Math.floor(next() * 12));
          const expected = pattern.test(text);
          if (expected) found++;
          expect(hasWholeWord(text, part, matchCase), JSON.stringify({ text, part, matchCase })).toBe(expected);
        }
      }
    }
    // The inputs must exercise both answers.
    expect(found).toBeGreaterThan(20);
  });
});

describe("replaceWholeWord", () => {
  /** The pattern replaceWholeWord stands in for (a hyphen also touches a word here). */
  const byPattern = (text: string, part: string, by: string) => {
    const whole = new RegExp(`(?<![\\p{L}\\d-])${escapePattern(part)}(?![\\p{L}\\d-])`, "giu");
    return whole.test(text) ? text.replace(whole, by) : null;
  };

  it("cuts every whole-word occurrence, caseless, and gives null when there is none", () => {
    expect(replaceWholeWord("Harbour fees rise 12% as harbour traffic grows", "harbour", "…")).toBe("… fees rise 12% as … traffic grows");
    expect(replaceWholeWord("Co-op profit rises", "op", "…")).toBeNull();
    expect(replaceWholeWord("Harbours reopen", "Harbour", "…")).toBeNull();
  });

  it("answers as the pattern does, case folding, hyphens and astral letters included", () => {
    const alphabet = ["a", "A", "s", "ſ", "k", "\u212a", "1", " ", "-", "é", "\u0345", "ι", "Σ", "ς", "😀", "𝐀", "ß", "İ", "i", "…"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    let found = 0;
    for (let i = 0; i < 150; i++) {
      const part = word(1 + Math.floor(next() * 3));
      for (let j = 0; j < 20; j++) {
        const text = word(Math.floor(next() * 12));
        const expected = byPattern(text, part, "…");
        if (expected !== null) found++;
        expect(replaceWholeWord(text, part, "…"), JSON.stringify({ text, part })).toBe(expected);
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});

describe("countWholeWord", () => {
  /** What countWholeWord stands in for (timesWritten counted with it before speed8): matches, which do not overlap. */
  const byPattern = (text: string, part: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escapePattern(part)}(?![\\p{L}\\d])`, "gu"))].length;

  it("counts a name where no letter or digit touches it, with case", () => {
    expect(countWholeWord("O'Neill scored; O'Neills lost; o'neill left. O'Neill again", "O'Neill")).toBe(2);
    expect(countWholeWord("Ahn-Lee and Ahn-Lees", "Ahn-Lee")).toBe(1);
    expect(countWholeWord("aaa", "aa")).toBe(0);
    expect(countWholeWord("a-a-a", "a-a")).toBe(1);
  });

  it("answers as the pattern does, astral letters and overlaps included", () => {
    const alphabet = ["a", "A", "s", "1", " ", "-", "é", "'", "😀", "𝐀", "ß", "(", "."];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    let found = 0;
    for (let i = 0; i < 150; i++) {
      const part = word(Math.floor(next() * 4));
      for (let j = 0; j < 20; j++) {
        const text = word(Math.floor(next() * 16));
        const expected = byPattern(text, part);
        found += expected;
        expect(countWholeWord(text, part), JSON.stringify({ text, part })).toBe(expected);
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
