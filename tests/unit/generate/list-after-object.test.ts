import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { markListCommas } from "@/lib/generate/list-members";

// Strict read of session 38: "Thailand will spend about 95 million baht on nurseries, drying sheds and a grading centre
// in Nan's Pua district" was asked as "Roughly how much will Thailand spend on nurseries?": the figure is the whole
// list's, and the question cut the list after its first member (", drying ..." read as a participle clause).
const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const questionOf = (body: string, answer: string) => extractFacts(article(body)).find((f) => f.answer === answer)?.question ?? null;

describe("a figure spent on a list is asked with the whole list", () => {
  it("three members, the second opening with an -ing word", () => {
    expect(questionOf("The county will spend $12 million on clinics, drying sheds and a training school in the north.", "$12 million")).toBe(
      "How much will the county spend on clinics, drying sheds and a training school in the north?",
    );
  });

  it("two members, no comma", () => {
    expect(questionOf("The county will spend $12 million on roads and bridges.", "$12 million")).toBe("How much will the county spend on roads and bridges?");
  });

  it("a list with a serial comma", () => {
    expect(questionOf("The county will spend $12 million on roads, bridges, and culverts.", "$12 million")).toBe("How much will the county spend on roads, bridges, and culverts?");
  });

  it("a member opening with 'a' is no appositive", () => {
    expect(questionOf("The county will spend $12 million on drying sheds, a grading centre and nurseries.", "$12 million")).toBe(
      "How much will the county spend on drying sheds, a grading centre and nurseries?",
    );
  });

  it("a member opening with a number is no aside about another figure", () => {
    expect(questionOf("The county will spend $12 million on nurseries, two drying sheds and a grading centre.", "$12 million")).toBe(
      "How much will the county spend on nurseries, two drying sheds and a grading centre?",
    );
  });

  it("a time after a two-noun list is no second predicate", () => {
    expect(questionOf("The county spent $12 million on schools and hospitals the previous year.", "$12 million")).toBe(
      "How much did the county spend on schools and hospitals the previous year?",
    );
  });
});

describe("a comma that starts another clause still ends the question", () => {
  it("an attribution", () => {
    expect(questionOf("The county will spend $12 million on nurseries, the ministry said.", "$12 million")).toBe(
      "How much will the county spend on nurseries, according to the ministry?",
    );
  });

  it("a relative clause, even one holding an 'and'", () => {
    expect(questionOf("The county will spend $12 million on nurseries, which will open in 2027.", "$12 million")).toBe("How much will the county spend on nurseries?");
    expect(questionOf("The county will spend $12 million on nurseries, which will open in 2027 and employ 40 people.", "$12 million")).toBe(
      "How much will the county spend on nurseries?",
    );
  });

  it("an appositive, 'including' and a second clause after ', and'", () => {
    expect(questionOf("The county will spend $12 million on nurseries, a programme that began in 2020.", "$12 million")).toBe("How much will the county spend on nurseries?");
    expect(questionOf("The county will spend $12 million on equipment, including tractors and seed drills.", "$12 million")).toBe("How much will the county spend on equipment?");
    expect(questionOf("The county will spend $12 million on nurseries, and the province will add $3 million.", "$12 million")).toBe("How much will the county spend on nurseries?");
  });

  it("a second predicate after 'and' still goes", () => {
    expect(questionOf("Kericho Tea employs 3,400 people in Kenya and sells its tea in 40 countries.", "3,400")).toBe("How many people does Kericho Tea employ in Kenya?");
  });
});

describe("markListCommas", () => {
  const mark = (text: string) => markListCommas(text, "|");
  it("marks the commas of a noun list ending in 'and'/'or'", () => {
    expect(mark("on nurseries, drying sheds and a grading centre in Pua")).toBe("on nurseries| drying sheds and a grading centre in Pua");
    expect(mark("from rivers, the sea or surface water")).toBe("from rivers| the sea or surface water");
    expect(mark("on roads, bridges, and culverts")).toBe("on roads| bridges| and culverts");
  });
  it("leaves asides, verbs, pronouns and figures alone", () => {
    for (const text of ["on nurseries, the ministry said", "on nurseries, which will open in 2027 and employ 40", "on the stadium, making it the biggest and most costly", "\u0001, about US$14 million and more", "on fuel, the ministry said and added"]) expect(mark(text)).toBe(text);
  });
});

describe("markListCommas: the last member is a noun phrase, no clause", () => {
  it("'…, Kenji Moriyama, and later signed …' and '…, and the province will add …' join no list", () => {
    for (const text of ["by the governor of Shimane, Kenji Moriyama, and later signed a memorandum", "on nurseries, drying sheds, and the province will add \u0001"]) expect(markListCommas(text, "|")).toBe(text);
  });
});

describe("a resolved 'next year' after a preposition takes no second 'in'", () => {
  it("'From next year, …' is asked 'from 2027', not 'from in 2027'", () => {
    expect(questionOf("From next year, 10% of ticket revenue will be transferred to the Cusco municipality for waste collection.", "10%")).toBe(
      "What percentage of ticket revenue will be transferred to the Cusco municipality for waste collection, from 2027?",
    );
  });
});

describe("an -ing list no reader can tell from a participle clause is not asked", () => {
  // ", creating jobs and cutting imports" may be what the money buys (a list) or what the spending does (a participle
  // clause): kept, the question would say the money is spent on jobs; cut, a list might lose members. No wh-question.
  it("no member opening as a noun phrase: no wh-question, the cloze stays", () => {
    for (const body of [
      "The county will spend $12 million on nurseries, creating jobs and cutting imports.",
      "The county will spend $12 million on nurseries, adding jobs and lifting incomes, officials said.",
      "The county will spend $12 million on nurseries, helping farmers and traders.",
      "Kericho Tea spent $5 million on fuel, raising prices and cutting jobs.",
    ]) {
      const fact = extractFacts(article(body)).find((f) => f.answer === "$12 million" || f.answer === "$5 million");
      expect(fact, body).toBeDefined();
      expect(fact?.question ?? null, body).toBeNull();
    }
  });

  it("a lone participle clause is still cut", () => {
    expect(questionOf("Kericho Tea spent $5 million on fuel, raising prices.", "$5 million")).toBe("How much did Kericho Tea spend on fuel?");
  });

  it("a later member opening with an article or a number makes it a list, kept whole", () => {
    expect(questionOf("Thailand will spend about 95 million baht on nurseries, drying sheds and a grading centre in Nan's Pua district.", "95 million baht")).toBe(
      "Roughly how much will Thailand spend on nurseries, drying sheds and a grading centre in Nan's Pua district?",
    );
    expect(questionOf("The county will spend $12 million on nurseries, drying sheds and two grading centres.", "$12 million")).toBe(
      "How much will the county spend on nurseries, drying sheds and two grading centres?",
    );
  });

  it("markListCommas writes an unsure comma apart from a list's", () => {
    expect(markListCommas("on nurseries, creating jobs and cutting imports", "|", "?")).toBe("on nurseries? creating jobs and cutting imports");
    expect(markListCommas("on nurseries, drying sheds and a grading centre", "|", "?")).toBe("on nurseries| drying sheds and a grading centre");
    expect(markListCommas("on roads, housing and schools", "|", "?")).toBe("on roads| housing and schools");
  });
});
