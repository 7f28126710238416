import { describe, expect, it } from "vitest";
import { firstIndexOf, gramIndex, PLAIN_WORD, wordCounts } from "@/lib/generate/text-index";
import { indexInBody, timesWritten } from "@/lib/generate/worth-learning";

const TEXT = "The Orava dam opened in 1954. The dam's lake, Oravská priehrada, holds 346 million m³. The dam is 37 m high.\n\nThe damage was small; the Dam Board met.";

describe("firstIndexOf", () => {
  const index = gramIndex(TEXT);
  it("finds the first occurrence, as indexOf does, for needles of every length and place", () => {
    const needles = ["The", "The dam", "The dam is", "dam", "dam'", "Oravská", "346 million m³", "met.", ".\n\nThe", "The damage was small", "x", "", "The dam is 38", "Dam", "small; the Dam Board met.!", "hTe"];
    for (const needle of needles) expect(firstIndexOf(index, needle), needle).toBe(TEXT.indexOf(needle));
  });
  it("matches indexOf for every slice of the text", () => {
    for (let start = 0; start < TEXT.length; start += 3) for (const length of [1, 4, 9, 40]) {
      const needle = TEXT.slice(start, start + length);
      expect(firstIndexOf(index, needle)).toBe(TEXT.indexOf(needle));
    }
  });
  it("does not answer for a needle only overlapping the text's start", () => {
    // The rarest run ("Orav") is at offset 4 of the needle, where the text's own copy sits too early to hold it.
    expect(firstIndexOf(gramIndex("Oravský"), "The Oravský")).toBe(-1);
  });
});

describe("wordCounts", () => {
  const counts = wordCounts(TEXT);
  const byRegex = (word: string) => [...TEXT.matchAll(new RegExp(`(?<![\\p{L}\\d])${word}(?![\\p{L}\\d])`, "gu"))].length;
  it("counts a word as the whole-word regex does: not inside a longer word, case kept", () => {
    for (const word of ["dam", "Dam", "The", "the", "Oravská", "priehrada", "346", "m", "s", "damage", "Orava", "1954", "Board"]) {
      expect(PLAIN_WORD.test(word)).toBe(true);
      expect(counts.get(word) ?? 0, word).toBe(byRegex(word));
    }
  });
  it("takes only words of letters and digits", () => {
    for (const word of ["dam's", "Dam Board", "m³", "", "e.g."]) expect(PLAIN_WORD.test(word), word).toBe(false);
  });
});

describe("indexInBody and timesWritten on indexed articles", () => {
  const long = (lead: string) => ({ title: "Dam report", body: `${"Filler words run on here. ".repeat(5000)}${lead} The Orava dam opened in 1954.` });
  it("answer for the article asked about, not one asked about before (long bodies are indexed)", () => {
    const first = long("Ana Ruiz spoke.");
    const second = long("A much longer opening line, then Ana Ruiz spoke twice; Ruiz again.");
    for (const article of [first, second, first]) {
      expect(article.body.length).toBeGreaterThan(100_000);
      expect(indexInBody(article, "The Orava dam opened")).toBe(article.body.indexOf("The Orava dam opened"));
      expect(indexInBody(article, "The Orava dam closed")).toBe(-1);
      expect(timesWritten("Ruiz", article)).toBe(article === first ? 1 : 2);
      expect(timesWritten("Ana Ruiz", article)).toBe(1);
      expect(timesWritten("Dam", article)).toBe(1);
    }
  });
});
