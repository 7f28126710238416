import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeMalformedJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from "@/lib/classes/join-code";

describe("join codes", () => {
  it("are six characters from an alphabet without look-alikes", () => {
    for (const confusable of "0O1IL2Z5S8B") expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode((n) => randomBytes(n));
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(normalizeJoinCode(code)).toBe(code);
    }
  });

  it("skip bytes that would make some characters likelier than others", () => {
    // 250 is past the last whole multiple of the alphabet size (25 * 10 = 250), so it must be skipped.
    const bytes = [250, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(generateJoinCode(() => Uint8Array.from(bytes))).toBe(JOIN_CODE_ALPHABET.slice(0, 6));
  });

  it("forgive case, spaces and dashes but refuse anything else", () => {
    expect(normalizeJoinCode(" ac-d efg ")).toBe("ACDEFG");
    expect(normalizeJoinCode("ACDEF")).toBeNull();
    expect(normalizeJoinCode("ACDEF0")).toBeNull();
    expect(normalizeJoinCode("ACDEFGH")).toBeNull();
  });
});

describe("describeMalformedJoinCode", () => {
  it("says how many characters a code has when the length is wrong", () => {
    expect(describeMalformedJoinCode("ACDEF")).toBe("A join code has 6 letters and digits; that has 5. Check it and try again.");
  });

  it("names the look-alike characters codes never use, instead of calling a 6-character code the wrong length", () => {
    const message = describeMalformedJoinCode("ab-cd12");
    expect(message).toContain("never use B, 1, 2");
    expect(message).not.toContain("has 6 letters");
  });

  it("says letters and digits only for other characters", () => {
    expect(describeMalformedJoinCode("ACD!FG")).toBe("A join code has only letters and digits. Check it and try again.");
  });

  it("has nothing to say about a code that can be one", () => {
    expect(describeMalformedJoinCode(" acd-efg ")).toBeNull();
  });
});
