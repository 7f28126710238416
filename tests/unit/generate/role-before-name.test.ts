import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { worthLearning } from "@/lib/generate/worth-learning";

// Issue 9, blind batches 2026-11e and -11d: a person named right after the role, at the end of the sentence, or a
// team's coach quoted after a match, got no item at all.
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
    // (She may still be completed in her sentence, as a name found by form: no role is said to be hers.)
    const facts = kept("The prize went to the firm’s founders, Anna Berg and Lars Holm.", "Anna Berg");
    expect(facts.filter((f) => !f.byForm || f.question !== null || /founder/.test(f.measure))).toEqual([]);
  });
});

describe("a body of several words owns the role (issue 9)", () => {
  it("'the Danube Agency’s deputy head, Pavel Strnad, said' is not 'Agency’s deputy head'", () => {
    const facts = kept("The bridge will reopen in May, the Danube Agency’s deputy head, Pavel Strnad, said on Monday.", "Pavel Strnad");
    expect(facts.map((f) => f.question)).toEqual(["Who was the Danube Agency’s deputy head in September 2026?"]);
  });
});

describe("a named team's coach quoted after a match (issue 9)", () => {
  it("'Valdivia’s coach, Ramiro Ocampo, said' keeps its question", () => {
    const facts = kept("“We were lucky today,” Valdivia’s coach, Ramiro Ocampo, said after the match.", "Ramiro Ocampo");
    expect(facts.map((f) => f.question)).toEqual(["Who is Valdivia’s coach?"]);
  });

  it("'Tampere’s coach Jari Niemi admitted' keeps its question", () => {
    const facts = kept("Overtime is short, and Tampere’s coach Jari Niemi admitted his team had gambled.", "Jari Niemi");
    expect(facts.map((f) => f.question)).toEqual(["Who is Tampere’s coach?"]);
  });

  it("a coach of no named team, or a captain, is still only who said it", () => {
    expect(kept("His counterpart, the Polish coach Marek Zielinski, said the game was decided by rebounds.", "Marek Zielinski")).toEqual([]);
    expect(kept("Valdivia captain Tomas Leiva admitted his side had been outplayed.", "Tomas Leiva")).toEqual([]);
  });
});

describe("a body's name with a plural possessive before its acronym (issue 9)", () => {
  it("'the Dockers’ Union (DU)' is the whole name, never 'Union'", () => {
    const a = article("The Harbour Dockers’ Union (HDU), which represents 9,000 workers, rejected the offer on Friday.");
    const answers = extractFacts(a).filter((f) => f.kind === "organisation").map((f) => f.answer);
    expect(answers).toContain("Harbour Dockers’ Union");
    expect(answers).not.toContain("Union");
  });
});
