import { describe, expect, it } from "vitest";
import { MAX_TOKEN_CHARS, hasOverlongToken, splitLongSentence } from "@/lib/generate/split-long-sentence";

describe("overlong tokens", () => {
  it("finds a run of more than MAX_TOKEN_CHARS non-space code units, as /\\S{51}/ does", () => {
    const word = "x".repeat(MAX_TOKEN_CHARS);
    expect(hasOverlongToken(`The hash ${word} was logged.`)).toBe(false);
    expect(hasOverlongToken(`The hash ${word}y was logged.`)).toBe(true);
    // Any JavaScript space ends a token (a no-break space, an ideographic space); a zero-width space does not.
    expect(hasOverlongToken(`${word.slice(0, 30)}\u00a0${word.slice(0, 30)}`)).toBe(false);
    expect(hasOverlongToken(`${word.slice(0, 30)}\u3000${word.slice(0, 30)}`)).toBe(false);
    expect(hasOverlongToken(`${word.slice(0, 30)}\u200b${word.slice(0, 30)}`)).toBe(true);
  });

  it("agrees with the pattern on made-up text of spaces, letters and surrogate pairs", () => {
    const parts = ["ab", " ", "\u00a0", "\ud83d\ude00", "é", "\n", "1,2", "\u200b"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 500; t++) {
      let s = "";
      for (let i = Math.floor(next() * 80); i > 0; i--) s += parts[next() < 0.15 ? 1 : Math.floor(next() * parts.length)];
      expect(hasOverlongToken(s)).toBe(/\S{51}/.test(s));
    }
  });

  it("drops a sentence that holds one", () => {
    expect(splitLongSentence(`Revenue was ${"9".repeat(60)} dollars.`)).toEqual([]);
    expect(splitLongSentence("Revenue was 9,000 dollars.")).toEqual(["Revenue was 9,000 dollars."]);
  });
});
