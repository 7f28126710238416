import { describe, expect, it } from "vitest";
import { forgetRemembered, remembered } from "@/lib/generate/remembered";

describe("remembered", () => {
  it("computes a text's answer once, and again after forgetRemembered (one article's answers are not the next's)", () => {
    let calls = 0;
    const length = remembered((text: string) => {
      calls++;
      return text.length;
    });
    expect([length("abc"), length("abc"), length("de")]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
    forgetRemembered();
    length("abc");
    expect(calls).toBe(3);
  });

  it("remembers null answers too, and freezes object answers so no caller can change them for the next", () => {
    let calls = 0;
    const parse = remembered((text: string) => {
      calls++;
      return text.includes(" ") ? { words: text.split(" ") } : null;
    });
    expect(parse("one")).toBeNull();
    expect(parse("one")).toBeNull();
    expect(calls).toBe(1);
    const parsed = parse("two words");
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(() => {
      (parsed as { words: string[] }).words = [];
    }).toThrow(TypeError);
  });

  it("is bounded: past its limit it starts over rather than growing", () => {
    let calls = 0;
    const twice = remembered((text: string) => {
      calls++;
      return text + text;
    }, 2);
    twice("a");
    twice("b");
    twice("c"); // clears, then holds "c"
    twice("a");
    expect(calls).toBe(4);
  });
});
