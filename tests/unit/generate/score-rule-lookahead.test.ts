import { describe, expect, it } from "vitest";
import { VALUE_RULES } from "@/lib/generate/value-rules";

// The score rule's pattern opens with a lookahead for its figures (speed: the long lookbehind runs only where a score
// can start). Without it the pattern must match exactly the same spans: the lookahead only restates what follows.
const rule = VALUE_RULES.find((r) => r.name === "score");
const LOOKAHEAD = String.raw`(?=\d{1,3}\s?[-–]\s?\d)`;

describe("value rule 'score': the lookahead changes no match", () => {
  const pattern = rule?.pattern ?? /$^/g;
  const without = new RegExp(pattern.source.replace(LOOKAHEAD, ""), pattern.flags);
  const spans = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0]]);

  it("opens with the lookahead", () => {
    expect(pattern.source.startsWith(LOOKAHEAD)).toBe(true);
  });

  it.each([
    "The visitors won 3-1 at the harbour ground on Sunday.",
    "Riverside beat Northgate 2–0 after leading 1-0 at half-time.",
    "Half-time: 0-1.",
    // Near-misses: a range and a season are no scores, and a figure too long is none either.
    "Prices sat in a 20-25 range through the 2019-20 season.",
    "The town won 1200-300 in a vote on the bypass.",
  ])("%s", (s) => {
    expect(spans(pattern, s)).toEqual(spans(without, s));
  });

  it("still finds a score, and not a range", () => {
    expect(spans(pattern, "The visitors won 3-1 at the harbour ground on Sunday.").map(([, t]) => t)).toEqual(["3-1"]);
    expect(spans(pattern, "Prices sat in a 20-25 range.")).toEqual([]);
  });
});
