import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { extractFacts } from "@/lib/generate/extract-facts";
import { FEATURE_NAMES, articleFeatures, readerSignals } from "@/lib/generate/fact-features";
import { auc, fitLogistic, predict } from "@/lib/generate/fact-worth-fit";
import { ABBREVIATION_WORTH, KEEP_FROM, factWorth, selectFacts } from "@/lib/generate/fact-worth";
import { itemWorth } from "@/lib/generate/fact-worth-item";
import { CORE_FROM, isCoreWorth } from "@/lib/generate/item-tier";
import type { Fact } from "@/lib/generate/types";

// Invented articles, on no seen article's subject.
const article = (body: string, title = "Report") => ({ slug: "a", title, source: "Daily Wire", publishedAt: new Date(Date.UTC(2026, 9, 7)), body });
const TITLE = "Harbour council approves NOK 880 million dredging plan";
const BODY = [
  "The regional council approved a NOK 880 million plan to deepen Tromsvik harbour on Monday after two years of debate.",
  "The plan was drafted by the port authority and will let ships of up to 300 metres dock at the quay.",
  "Surveyors mapped the seabed between 2019 and 2023 using sonar.",
  "The average landing fee rose to NOK 41.20 a tonne from NOK 33.90.",
  "- Dredging will cost NOK 610 million over four years.",
].join("\n");

function featuresOf(answer: string, body = BODY, title = TITLE): Record<string, number> {
  const a = article(body, title);
  const facts = extractFacts(a);
  const i = facts.findIndex((f: Fact) => f.answer === answer);
  if (i < 0) throw new Error(`no fact ${answer}`);
  const x = articleFeatures(facts, a)[i]!;
  return Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, x[j]!]));
}

describe("fact features", () => {
  it("a sentence whose opening pronoun was written as its person is still the body's sentence, placed where it stands", () => {
    const body = "Harbour pilot Ingrid Solheim guided the first ship through the new channel on Monday. She has now guided 412 ships into Tromsvik since she qualified as a pilot.";
    const x = featuresOf("412", body, "Tromsvik opens dredged harbour channel");
    expect(x["sentence not in body (table row)"]).toBe(0);
    expect(x["sentence 2"]).toBe(1);
  });

  it("place the sentence: lede, later sentences, a bullet", () => {
    const lede = featuresOf("NOK 880 million");
    expect(lede["sentence 1 (lede)"]).toBe(1);
    expect(lede["kind money"]).toBe(1);
    expect(lede["rank: value in the title"]).toBe(1);
    expect(lede["relative position in body"]).toBe(0);
    const third = featuresOf("2023");
    expect(third["sentence 1 (lede)"]).toBe(0);
    expect(third["sentences 3-4"]).toBe(1);
    expect(third["rank: end of a span"]).toBe(1);
    expect(third["relative position in body"]).toBeGreaterThan(0.3);
    expect(featuresOf("NOK 610 million")["bullet or numbered line"]).toBe(1);
    expect(lede["bullet or numbered line"]).toBe(0);
  });

  it("count the facts of its sentence and the other facts with its answer", () => {
    const body = "The ferry carried 412 passengers on its first day. A second ferry carried 412 passengers a week later, and 90 cars.";
    const a = article(body);
    const facts = extractFacts(a);
    const x = articleFeatures(facts, a);
    const at = (answer: string, nth = 0) => facts.map((f, i) => [f, i] as const).filter(([f]) => f.answer === answer)[nth]![1];
    const col = (name: string) => FEATURE_NAMES.indexOf(name);
    expect(x[at("412")]![col("answer of 2 facts")]).toBe(1);
    expect(x[at("412")]![col("first fact with its answer")]).toBe(1);
    expect(x[at("412", 1)]![col("first fact with its answer")]).toBe(0);
    expect(x[at("90")]![col("answer of 1 fact")]).toBe(1);
    // Two facts in the second sentence, one in the first.
    expect(x[at("90")]![col("facts in the sentence (log)")]).toBeGreaterThan(x[at("412")]![col("facts in the sentence (log)")]!);
  });

  it("mark a quotation and a commentator's remark, and leave a plain report alone", () => {
    const body = 'The port handled 3.1 million tonnes in 2025. "We expect 40% more ships," one analyst said. The quay is 600 metres long.';
    const quoted = featuresOf("40%", body, "Port report");
    expect(quoted["inside a quotation"]).toBe(1);
    expect(quoted["commentator"]).toBe(1);
    const plain = featuresOf("600 metres", body, "Port report");
    expect(plain["inside a quotation"]).toBe(0);
    expect(plain["attributed speech"]).toBe(0);
  });

  it("mark what strict reads find not worth learning: a converted amount, a procedural sentence, a date a comparison runs from, a person asked as a role's holder", () => {
    const title = "Harbour council approves dredging plan";
    const body = [
      "The council put the cost of the dredging at NOK 12 million (about US$1.1 million) on Monday.",
      "The plan follows a public consultation that drew 23 responses from shipping firms.",
      "Landing fees are now the highest since 2012, the port said.",
    ].join("\n");
    const x = (answer: string) => featuresOf(answer, body, title);
    expect(x("US$1.1 million")["amount converted in brackets"]).toBe(1);
    expect(x("NOK 12 million")["amount converted in brackets"]).toBe(0);
    expect(x("23")["procedural sentence"]).toBe(1);
    expect(x("NOK 12 million")["procedural sentence"]).toBe(0);
    expect(x("2012")["date after since or from"]).toBe(1);
    const fact = extractFacts(article(body, title)).find((f) => f.answer === "NOK 12 million")!;
    const whoIs = (question: string) => readerSignals({ ...fact, kind: "person", question })[0];
    expect(whoIs("Who is the port's harbour master?")).toBe(1);
    expect(whoIs("Who was the council's finance chief in October 2026?")).toBe(1);
    expect(whoIs("Who is the harbour master who said the work would start in spring?")).toBe(0);
    expect(readerSignals({ ...fact, question: "Who is the port's harbour master?" })[0]).toBe(0);
  });

  it("of facts set apart (fallback facts) are those of two passes: the others among themselves, the apart among all", () => {
    const a = article(BODY, TITLE);
    const facts = extractFacts(a);
    const apart = (f: Fact) => facts.indexOf(f) % 3 === 1;
    const others = facts.filter((f) => !apart(f));
    const alone = articleFeatures(others, a, () => false);
    const all = articleFeatures(facts, a, () => false);
    const expected = facts.map((f, i) => (apart(f) ? all[i] : alone[others.indexOf(f)]));
    expect(facts.some(apart)).toBe(true);
    expect(articleFeatures(facts, a, apart)).toEqual(expected);
    expect(articleFeatures(facts, a, () => false)).toEqual(all);
  });

  it("are all between 0 and 1", () => {
    const a = article(BODY, TITLE);
    for (const row of articleFeatures(extractFacts(a), a)) {
      expect(row.length).toBe(FEATURE_NAMES.length);
      for (const v of row) expect(v >= 0 && v <= 1).toBe(true);
    }
  });
});

describe("the logistic fit", () => {
  // Feature 0 tells the label most of the time, feature 1 is noise.
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 200; i++) {
    const signal = i % 2;
    const noise = (i * 7) % 3 === 0 ? 1 : 0;
    x.push([signal, noise]);
    y.push(i % 10 === 0 ? 1 - signal : signal);
  }

  it("weighs the informative feature up and leaves the noise near zero", () => {
    const model = fitLogistic(x, y, 1);
    expect(model.weights[0]).toBeGreaterThan(1.5);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(0.5);
    expect(predict(model, [1, 0])).toBeGreaterThan(0.8);
    expect(predict(model, [0, 0])).toBeLessThan(0.3);
  });

  it("shrinks the weights as the penalty grows, and gives the same weights each run", () => {
    expect(fitLogistic(x, y, 100).weights[0]!).toBeLessThan(fitLogistic(x, y, 1).weights[0]!);
    expect(fitLogistic(x, y, 1)).toEqual(fitLogistic(x, y, 1));
  });

  it("AUC: 1 for a perfect ranking, 0.5 for ties", () => {
    expect(auc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(auc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  });
});

describe("the selection by learned worth", () => {
  it("keeps a clearly central fact and drops a clearly minor one", () => {
    const a = article(BODY, TITLE);
    const facts = extractFacts(a);
    const worth = factWorth(facts, a);
    const p = (answer: string) => worth[facts.findIndex((f) => f.answer === answer)]!;
    // The title's sum in the lede against the end of a span of survey years.
    expect(p("NOK 880 million")).toBeGreaterThan(0.5);
    expect(p("2023")).toBeLessThan(0.2);
    const kept = selectFacts(facts, a).facts.map((f) => f.answer);
    expect(kept).toContain("NOK 880 million");
    expect(kept).not.toContain("2023");
    const items = generateArticleItems(a).map((i) => i.answer);
    expect(items).toContain("NOK 880 million");
    expect(items).not.toContain("2023");
  });
});

describe("a fallback fact beside the rules' facts", () => {
  // A name read by its form alone in the lede's sentence, as extract-facts.ts adds one (fact.fallback).
  const a = article(BODY, TITLE);
  const facts = extractFacts(a).filter((f) => !f.fallback);
  const lede = facts.find((f) => f.answer === "NOK 880 million")!;
  const name = (fallback: boolean): Fact => ({ ...lede, kind: "organisation", answer: "Tromsvik", value: null, span: null, ...(fallback ? { fallback: true } : {}) });

  it("moves no rule fact's worth, by default for every caller (factWorth, articleFeatures)", () => {
    const withName = [...facts, name(true)];
    expect(factWorth(withName, a).slice(0, facts.length)).toEqual(factWorth(facts, a));
    expect(articleFeatures(withName, a).slice(0, facts.length)).toEqual(articleFeatures(facts, a));
    // (Its own worth is read among all.)
    expect(articleFeatures(withName, a).at(-1)).toEqual(articleFeatures(withName, a, () => false).at(-1));
  });

  it("near miss: the same name read by a rule does count among its sentence's facts", () => {
    const withRule = [...facts, name(false)];
    expect(factWorth(withRule, a).slice(0, facts.length)).not.toEqual(factWorth(facts, a));
  });
});

describe("core items and more questions (tiers by the fact's worth)", () => {
  it("marks core from CORE_FROM up, and an item without a worth (hand-written, legacy) as core", () => {
    expect(isCoreWorth(CORE_FROM)).toBe(true);
    expect(isCoreWorth(CORE_FROM - 1e-9)).toBe(false);
    expect(isCoreWorth(1)).toBe(true);
    expect(isCoreWorth(undefined)).toBe(true);
    expect(isCoreWorth(null)).toBe(true);
    expect(isCoreWorth(0.3, 0.3)).toBe(true);
    expect(isCoreWorth(0.29, 0.3)).toBe(false);
  });

  it("gives every generated item its fact's worth moved by its prompt, never below KEEP_FROM unless its prompt or a rule moves it", () => {
    const a = article(BODY, TITLE);
    const generated = generateArticleItems(a);
    const facts = extractFacts(a);
    const worth = factWorth(facts, a);
    const p = (answer: string) => worth[facts.findIndex((f) => f.answer === answer)]!;
    expect(generated.length).toBeGreaterThan(0);
    for (const it of generated) {
      expect(it.worth).toBeGreaterThanOrEqual(0);
      expect(it.worth).toBeLessThanOrEqual(1);
    }
    const lede = generated.filter((it) => it.answer === "NOK 880 million");
    expect(lede.length).toBeGreaterThan(0);
    for (const it of lede) expect(it.worth).toBeCloseTo(itemWorth(it, p("NOK 880 million"), TITLE), 10);
    expect(lede.every((it) => isCoreWorth(it.worth))).toBe(true);
    // (An item whose prompt shows nothing the reads weigh keeps its fact's worth: fact-worth-item.ts.)
    const unmoved = generated.filter((it) => itemWorth(it, 0.5, TITLE) === 0.5);
    expect(unmoved.length).toBeGreaterThan(0);
    expect(Math.min(...unmoved.map((it) => it.worth ?? 1))).toBeGreaterThanOrEqual(KEEP_FROM);
  });

  it("never makes an abbreviation's expansion core: it stays among the more questions, below CORE_FROM once rounded", () => {
    const body = `${BODY}\nThe Tromsvik Port Authority (TPA) will pay for the survey vessel, which carries 14 crew.`;
    const generated = generateArticleItems(article(body, TITLE));
    const expansion = generated.filter((it) => /^What does the abbreviation TPA stand for/.test(it.prompt));
    expect(expansion.length).toBeGreaterThan(0);
    for (const it of expansion) {
      expect(it.worth).toBeLessThanOrEqual(ABBREVIATION_WORTH);
      expect(isCoreWorth(Number(it.worth!.toFixed(2)))).toBe(false);
    }
    expect(generated.filter((it) => it.answer === "NOK 880 million").every((it) => isCoreWorth(it.worth))).toBe(true);
  });

  it("gives no worth when no selection is made (all facts kept): such items count as core", () => {
    const items = generateArticleItems(article(BODY, TITLE), { keepFrom: 0, fullFrom: 0 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((it) => it.worth === undefined && isCoreWorth(it.worth))).toBe(true);
  });
});
