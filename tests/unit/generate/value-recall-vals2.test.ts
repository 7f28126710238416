import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { formatLike } from "@/lib/generate/format-value";
import type { Fact } from "@/lib/generate/types";

// Invented sentences: figures the value patterns missed (lane vals2, batches k and l), each with a case that must not change.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);
const values = (sentence: string) => spans(sentence).map((s) => s.answer);

describe("multiples: decimals anywhere, 'compared with', 'what a', a qualifier after a modal, a participle", () => {
  it.each([
    ["Net income rose 2.5 times to 90 million rand.", "2.5 times"],
    ["The new kiln should lift output per worker about 1.8 times compared with the old one.", "1.8 times"],
    ["The bank's debt is now 3.2 times yearly earnings.", "3.2 times"],
    ["Growers here pay twice what a grower abroad pays for seed.", "twice"],
    ["The new road would roughly triple the town's trade.", "roughly triple"],
    ["The levy rises to €900, doubling the old charge.", "doubling"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("a mean frequency is no multiple, nor a participle without its object", () => {
    expect(values("On average she swims 2.5 times a week.")).toEqual([]);
    expect(values("Doubling is a word the minister avoided.")).toEqual([]);
    expect(values("Prices keep tripling, he said.")).toEqual([]);
  });

  it("a participle's options keep its form", () => {
    const s = spans("The levy rises to €900, doubling the old charge.").find((v) => v.answer === "doubling");
    expect(s?.value).toBe(2);
    const fact = { ...s, kind: "count", unit: s?.unit, answer: s?.answer, form: s?.form } as unknown as Fact;
    expect(formatLike(fact, 3)).toBe("tripling");
  });
});
