import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hasUnsafeText, isSafeText, UNSAFE_TEXT_MESSAGE, withSafeText } from "@/lib/validation/safe-text";

describe("isSafeText", () => {
  it.each([["plain"], [""], ["emoji 😀 pair"], ["accents é ü 中文"], ["tab\tand\nnewline"]])("keeps %j", (text) => {
    expect(isSafeText(text)).toBe(true);
  });
  it.each([["nul\u0000"], ["\uD800"], ["lone high \uD83D end"], ["lone low \uDE00"], ["reversed \uDE00\uD83D"]])("refuses %j", (text) => {
    expect(isSafeText(text)).toBe(false);
  });
});

describe("hasUnsafeText", () => {
  it("finds an unsafe string at any depth, in keys too", () => {
    expect(hasUnsafeText({ a: [{ b: "ok" }, { c: ["x", "\u0000"] }] })).toBe(true);
    expect(hasUnsafeText({ ["k\uD800"]: 1 })).toBe(true);
    expect(hasUnsafeText({ a: [1, true, null, "😀"] })).toBe(false);
  });
  it("walks nesting deeper than the call stack without overflowing", () => {
    let deep: unknown = "\uDC00";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(hasUnsafeText(deep)).toBe(true);
  });
  it("walks an array wider than the call stack's argument limit (a 1 MB server action body)", () => {
    const wide: unknown[] = new Array(300_000).fill(0);
    expect(hasUnsafeText(wide)).toBe(false);
    wide.push("\u0000");
    expect(hasUnsafeText(wide)).toBe(true);
  });
});

describe("withSafeText", () => {
  const schema = withSafeText(z.object({ name: z.string().trim() }));
  it("parses safe input with the schema", () => {
    expect(schema.parse({ name: " Ada " })).toEqual({ name: "Ada" });
  });
  it("refuses unsafe input with one plain message before the schema runs", () => {
    const result = schema.safeParse({ name: "A\u0000da" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(UNSAFE_TEXT_MESSAGE);
  });
});
