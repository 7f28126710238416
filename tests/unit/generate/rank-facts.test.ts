import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { extractFacts } from "@/lib/generate/extract-facts";
import { selectFacts } from "@/lib/generate/fact-worth";
import { keepOneItem, rankFact } from "@/lib/generate/rank-facts";
import type { Fact } from "@/lib/generate/types";

// Invented articles: each signal of rank-facts.ts on a sentence no seen article holds.
const article = (body: string, title = "Report") => ({ slug: "a", title, source: "Daily Wire", publishedAt: new Date(Date.UTC(2026, 9, 7)), body });
const LEDE = "The regional council approved a new harbour plan on Monday after two years of debate. The plan was drafted by the port authority.";

function factOf(body: string, answer: string, title?: string): Fact {
  const fact = extractFacts(article(body, title)).find((f) => f.answer === answer);
  if (!fact) throw new Error(`no fact ${answer}`);
  return fact;
}
const scoreOf = (sentence: string, answer: string, title?: string) => rankFact(factOf(`${LEDE} ${sentence}`, answer, title), article(`${LEDE} ${sentence}`, title)).score;
const itemsOf = (sentence: string, title?: string) => generateArticleItems(article(`${LEDE} ${sentence}`, title));

describe("a value that only labels another figure of its sentence gets no card", () => {
  it("the year and the place a figure was measured in", () => {
    expect(itemsOf("The cannery employs 310 people and had sales of €52 million in 2024.").map((i) => i.answer)).not.toContain("2024");
    expect(itemsOf("Ferry traffic fell by about 9 percent in Tromsø, the council said.").map((i) => i.answer)).not.toContain("Tromsø");
  });

  it("the end of a span and the old value of a change", () => {
    expect(itemsOf("Surveyors mapped the seabed between 2019 and 2023 using sonar.").map((i) => i.answer)).not.toContain("2023");
    // The old value of a change keeps one card at most (the learned worth, fact-worth.ts, weighs it down).
    expect(itemsOf("The average landing fee rose to NOK 41.20 a tonne from NOK 33.90.").filter((i) => i.answer === "NOK 33.90").length).toBeLessThanOrEqual(1);
  });

  it("one of a list of places", () => {
    expect(itemsOf("Travellers from the islands must change in Oslo, Bergen or Stavanger.").map((i) => i.answer)).not.toContain("Oslo");
    expect(itemsOf("The shipping line also runs ferries in Denmark, Sweden and Finland.").map((i) => i.answer)).not.toContain("Denmark");
  });

  it("the years a sum is spread over (strict read G2 items 27, 38)", () => {
    expect(itemsOf("The port said it had spent NOK 41 million on dredging over three years.").map((i) => i.answer)).not.toContain("three years");
    expect(itemsOf("The survey was paid for by the council, with about £380,000 over the next five years.").map((i) => i.answer)).not.toContain("five years");
    // A duration that is the fact keeps its cards.
    expect(itemsOf("The new ferry cut the crossing to 40 minutes over the winter.").map((i) => i.answer)).toContain("40 minutes");
    expect(itemsOf("The port said it had spent NOK 41 million on dredging over three years.").map((i) => i.answer)).toContain("NOK 41 million");
  });

  it("the figure itself, and a year that is an event, keep their cards", () => {
    expect(itemsOf("The average landing fee rose to NOK 41.20 a tonne from NOK 33.90.").map((i) => i.answer)).toContain("NOK 41.20");
    expect(itemsOf("The harbour was first dredged in 1962, when the fishing fleet moved north.").map((i) => i.answer)).toContain("1962");
  });
});

describe("a minor fact keeps one card, a question when there is one", () => {
  it("a finding in the same article keeps all its items", () => {
    const sentence = "The study found that seals spent 64% of their time within the planned harbour basin.";
    expect(itemsOf(sentence, "Seals use harbour basin, study finds").filter((i) => i.source.sentence === sentence).length).toBeGreaterThan(1);
  });

  it("a number in a speaker's quotation and a step of a procedure", () => {
    expect(scoreOf("“We have waited eleven winters for this,” the mayor said.", "eleven")).toBeLessThan(0);
    expect(scoreOf("Objectors may appeal to the environmental tribunal within 21 days.", "21 days")).toBeLessThan(0);
  });
});

describe("a study's equipment and funding, a body's spelled-out name, a sentence leaning on the one before", () => {
  it("rank below zero", () => {
    expect(scoreOf("The researchers placed 24 sensors on the seabed to record passing ships.", "24")).toBeLessThan(0);
    expect(scoreOf("The new quay was funded by a grant of NOK 3.2 million from the Fjord Heritage Fund.", "NOK 3.2 million")).toBeLessThan(0);
    expect(scoreOf("The plan follows a report by the Norwegian Institute for Coastal Studies (NICS), which mapped the fjord.", "Norwegian Institute for Coastal Studies")).toBeLessThan(0);
    expect(scoreOf("Harbour towns have spent twelve years debating that proposal.", "twelve years")).toBeLessThan(0);
    expect(scoreOf("Cargo volumes reached 4.1 million tonnes this year, down from a record 5.3 million tonnes in 2019.", "5.3 million tonnes")).toBeLessThan(-2);
  });

  it("a plain finding in the same article does not", () => {
    expect(scoreOf("Ship noise in the fjord rose to 24 decibels above the natural level, the study found.", "24")).toBeGreaterThanOrEqual(0);
  });

  it("method, equipment and funding in one sentence lower it once, so the fact keeps a card", () => {
    const sentence = "The tagging was funded by a grant of NOK 2 million from the Fjord Fund and carried out with acoustic tags.";
    expect(scoreOf(sentence, "NOK 2 million")).toBe(-2);
  });
});

describe("a match report's play past its result", () => {
  const MATCH = [
    "Bergen Vikings beat Stavanger Oilers 27-13 in the league derby on Saturday to go top of the table.",
    "The home side led 10-6 at half-time after a try from their captain.",
    "Replacement hooker Eirik Dahl, on for the second half, scored two tries in the last ten minutes.",
    "Oilers goalkeeper Lars Moe made eleven saves, and the visitors' coach said the penalty count decided the match.",
  ].join(" ");
  const title = "Bergen Vikings beat Stavanger Oilers 27-13 to go top";

  it("a scorer and a goalkeeper's saves rank below zero", () => {
    const a = article(MATCH, title);
    expect(rankFact(extractFacts(a).find((f) => f.answer === "Eirik Dahl")!, a).score).toBeLessThan(0);
  });

  it("the same kind of fact in a report that is no match keeps its rank", () => {
    const body = "The regional council approved a new harbour plan on Monday. The plan was drafted by the port authority. Chief engineer Eirik Dahl, hired in May, will lead the works.";
    const a = article(body);
    expect(rankFact(extractFacts(a).find((f) => f.answer === "Eirik Dahl")!, a).score).toBeGreaterThanOrEqual(0);
  });
});

describe("signals that raise a fact", () => {
  it("a value in the title outranks the same kind of value past the lede", () => {
    const body = `${LEDE} The harbour will cost NOK 880 million. A side road will cost NOK 40 million.`;
    const title = "Council approves NOK 880 million harbour";
    const a = article(body, title);
    expect(rankFact(factOf(body, "NOK 880 million", title), a).score).toBeGreaterThan(rankFact(factOf(body, "NOK 40 million", title), a).score);
  });
});

describe("selectFacts and keepOneItem", () => {
  const body = `${LEDE} Surveyors mapped the seabed between 2019 and 2023 using sonar. A team led by Ingrid Solberg fitted radio tags to 57 seals.`;
  const facts = extractFacts(article(body));

  it("drops below the first threshold and marks one card below the second", () => {
    const { facts: kept } = selectFacts(facts, article(body));
    expect(kept.map((f) => f.answer)).not.toContain("2023");
    const none = selectFacts(facts, article(body), { keepFrom: 1.1, fullFrom: 1.2 });
    expect(none.facts.length).toBe(0);
    const one = selectFacts(facts, article(body), { keepFrom: 0, fullFrom: 1.1 });
    expect(one.oneItem.size).toBe(facts.length);
    const all = selectFacts(facts, article(body), { keepFrom: 0, fullFrom: 0 });
    expect(all.facts.length).toBe(facts.length);
    expect(all.oneItem.size).toBe(0);
  });

  it("keeps a question of what a body's letters stand for, one card, however weak its sentence", () => {
    const weak = `${LEDE} The survey was led by scientists at the Coral Sea University (CSU), who counted 412 nests from drone images.`;
    const { facts: kept, oneItem } = selectFacts(extractFacts(article(weak)), article(weak), { keepFrom: 1.1, fullFrom: 1.2 });
    expect(kept.map((f) => f.answer)).toEqual(["Coral Sea University"]);
    expect([...oneItem].map((f) => f.answer)).toEqual(["Coral Sea University"]);
  });

  it("keeps the best item of a one-card fact: a choice before a cloze", () => {
    const f = facts[0]!;
    type Item = { type: "choice" | "typed" | "cloze"; prompt: string };
    const cloze: Item = { type: "cloze", prompt: "The port handled _____ of grain in 2025, up a fifth." };
    const choice: Item = { type: "choice", prompt: "Complete the sentence: The port handled _____." };
    const other: Item = { type: "cloze", prompt: "x" };
    const factOfItem = new Map<Item, Fact>([
      [cloze, f],
      [choice, f],
    ]);
    expect(keepOneItem([cloze, choice, other], factOfItem, new Set([f]))).toEqual([choice, other]);
    expect(keepOneItem([cloze, choice, other], factOfItem, new Set())).toEqual([cloze, choice, other]);
    // Of two questions, the one that says more.
    const typed: Item = { type: "typed", prompt: "How much grain did the port handle in 2025, up a fifth on the year?" };
    factOfItem.set(typed, f);
    expect(keepOneItem([cloze, choice, typed, other], factOfItem, new Set([f]))).toEqual([typed, other]);
  });
});

// A name in quotation marks ('known as "the Harbour Lions"') is a name, not a speaker's words (gold asks a side's
// nickname; it was ranked out as if quoted).
describe("a quoted name is not inside a quotation", () => {
  const rankOf = (body: string, answer: string) => rankFact(factOf(body, answer), article(body)).signals;
  it("a nickname in quotation marks loses no score; a name inside a speaker's words does", () => {
    expect(rankOf('Riverton, known as "the Harbour Lions", won the regional cup in 2019 after a long wait.', "the Harbour Lions")).not.toContain("-2 inside a quotation");
    expect(rankOf('"We beat Oakdale in 2019 and we will do it again," said the mayor of the town after the parade.', "2019")).toContain("-2 inside a quotation");
  });
});
