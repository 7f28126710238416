import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findValueSpans } from "@/lib/generate/find-value-spans";

const answers = (text: string) => findValueSpans(text, new Date(Date.UTC(2026, 10, 20))).map((s) => `${s.kind}:${s.answer}`);
const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const clozes = (body: string) => generateItems([article(body)], { types: ["cloze"] }).map((i) => `${i.prompt} => ${i.answer}`);

// Each case: a sentence, and a value that must be found whole. Issue 9: "more than 4,_____" -> "000 years".
const WHOLE_VALUES: [string, string][] = [
  ["Humans have farmed the valley for more than 4,000 years.", "duration:4,000 years"],
  ["The drought in the Horn of Africa lasted 2.5 years.", "duration:2.5 years"],
  ["The ruins of the city are 1,200 years old and cover 30 hectares.", "count:30 hectares"],
];

describe("a value is never cut out of a larger number (issue 9)", () => {
  it.each(WHOLE_VALUES)("%s", (sentence, expected) => {
    expect(answers(sentence)).toContain(expected);
    for (const a of answers(sentence)) expect(a, "no part of a number").not.toMatch(/:(?:0\d\d|\d{3}) years|:5 years/);
  });

  it("no cloze blanks the tail of a number", () => {
    for (const body of ["Humans have farmed the Jordan valley for more than 4,000 years.", "The drought in the Horn of Africa lasted 2.5 years, the agency said."]) {
      for (const c of clozes(body)) expect(c).not.toMatch(/\d[.,]_____/);
    }
  });
});

describe("a bound stays with its value (issue 9: a qualifier stays with its value)", () => {
  it.each([
    ["More than 300 people attended the rally in Oslo.", "300", "More than how many people attended the rally in Oslo?"],
    ["Prices in Oslo rose by more than 12% in 2025.", "12%", "By more than what percentage did prices in Oslo rise in 2025?"],
    ["Humans have farmed the Jordan valley for more than 4,000 years.", "4,000 years", "For more than how many years have humans farmed the Jordan valley?"],
  ])("%s", (sentence, answer, question) => {
    expect(extractFacts(article(sentence)).find((f) => f.answer === answer)?.question).toBe(question);
  });

  it("'over five years' before a duration is a preposition of time, not a bound", () => {
    expect(extractFacts(article("Tariffs on frozen salmon in Chile will be phased out over five years.")).find((f) => f.answer === "five years")?.question ?? "").not.toMatch(/^Over how/);
  });
});
