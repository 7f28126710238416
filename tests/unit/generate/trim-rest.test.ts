import { describe, expect, it } from "vitest";
import { buildQuestion, trimRest } from "@/lib/generate/build-question";
import { findValueSpans } from "@/lib/generate/find-value-spans";

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

// Review of tidy97 (MEDIUM): 45f0e8eb keeps asking a founding date after "is" when the predicate holds an unsure list,
// as main 12047e8 did (checked: the same questions there). Invented sentences.
describe("buildQuestion over a predicate that holds an unsure list", () => {
  const publishedAt = new Date(Date.UTC(2026, 10, 20));
  const asked = (sentence: string, answer: string) => {
    const span = findValueSpans(sentence, publishedAt).find((v) => v.answer === answer);
    return span ? (buildQuestion(span, { sentence, publishedAt, lastPerson: null, mainPlaces: null })?.question ?? null) : undefined;
  };

  it("still asks the founding date after 'is', which uses none of the predicate's words", () => {
    expect(trimRest("a dairy company founded in \u0001 in Saigon, making milk and selling yogurt")).toEqual({ kind: "unsureList" });
    expect(asked("Vinamilk is a dairy company founded in 1976 in Saigon, making milk and selling yogurt.", "1976")).toBe("In which year was Vinamilk founded?");
    expect(asked("Vinamilk is a dairy company founded in 1976 on farms, creating jobs and cutting imports.", "1976")).toBe("In which year was Vinamilk founded?");
    // (A comma after the date follows no noun: no list, the same question.)
    expect(asked("Vinamilk is a dairy company founded in 1976, making milk and selling yogurt.", "1976")).toBe("In which year was Vinamilk founded?");
  });

  it("asks nothing from a predicate whose words hold the unsure list", () => {
    expect(asked("Vinamilk spent 40 million dollars on farms, creating jobs and cutting imports.", "40 million dollars")).toBeNull();
    // (Without the list, or with a lone participle clause, it is asked.)
    expect(asked("Vinamilk spent 40 million dollars on farms, creating jobs.", "40 million dollars")).toBe("How much did Vinamilk spend on farms?");
  });
});

