import { describe, expect, it } from "vitest";
import { trimRest } from "@/lib/generate/build-question";

describe("trimRest", () => {
  it("reads a comma that may open a list or a participle clause as an unsure list, a kind the caller tests", () => {
    expect(trimRest("M on nurseries, creating jobs and cutting imports")).toEqual({ kind: "unsureList" });
  });

  it("keeps a list of nouns whole and returns its words", () => {
    expect(trimRest("M on nurseries, drying sheds and a grading centre")).toEqual({ kind: "rest", text: "M on nurseries, drying sheds and a grading centre" });
  });

  it("still cuts a lone participle clause (no list can close)", () => {
    expect(trimRest("M on nurseries, creating jobs")).toEqual({ kind: "rest", text: "M on nurseries" });
  });

  it("holds no control character in what it returns", () => {
    const out = trimRest("M to A, B and C, the company said");
    expect(out.kind).toBe("rest");
    if (out.kind === "rest") expect([...out.text].some((c) => c < " ")).toBe(false);
  });
});
