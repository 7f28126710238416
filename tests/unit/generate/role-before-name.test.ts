import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { worthLearning } from "@/lib/generate/worth-learning";

// Issue 9, blind batches 2026-11e and -11d: a person named right after the role, at the end of the sentence, got
// no item at all.
const at = new Date(Date.UTC(2026, 8, 22));
const article = (body: string, title = "T") => ({ slug: "t", title, source: "Test", publishedAt: at, body }) satisfies ArticleInput;
const kept = (body: string, answer: string) => {
  const a = article(body);
  return worthLearning(extractFacts(a), a).filter((f) => f.answer === answer);
};

describe("a role, then the name closing the sentence (issue 9)", () => {
  it("'said the company's finance director, Teodora Malin.' is the company's finance director", () => {
    const facts = kept("“We are ready to grow,” said Nordhavn’s finance director, Teodora Malin.", "Teodora Malin");
    expect(facts.map((f) => f.question)).toEqual(["Who is Nordhavn’s finance director?"]);
  });

  it("'according to the agency's deputy head, Pavel Strnad.'", () => {
    const facts = kept("The bridge will reopen in May, according to the Danube Agency’s deputy head, Pavel Strnad.", "Pavel Strnad");
    expect(facts.map((f) => f.question)).toEqual(["Who was the Danube Agency’s deputy head in September 2026?"]);
  });

  it("a list of names is not one role's holder", () => {
    expect(kept("The prize went to the firm’s founders, Anna Berg and Lars Holm.", "Anna Berg")).toEqual([]);
  });
});

describe("a body of several words owns the role (issue 9)", () => {
  it("'the Danube Agency’s deputy head, Pavel Strnad, said' is not 'Agency’s deputy head'", () => {
    const facts = kept("The bridge will reopen in May, the Danube Agency’s deputy head, Pavel Strnad, said on Monday.", "Pavel Strnad");
    expect(facts.map((f) => f.question)).toEqual(["Who was the Danube Agency’s deputy head in September 2026?"]);
  });
});
