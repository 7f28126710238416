import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { bepiColomboGold } from "@/tests/fixtures/gold/bepicolombo";
import { blindDenmarkElectionGold } from "@/tests/fixtures/gold/blind-denmark-election";
import { blindVeltraxPharmaGold } from "@/tests/fixtures/gold/blind-veltrax-pharma";
import { chileKoreaGold } from "@/tests/fixtures/gold/chile-korea";
import type { QuizItem } from "@/lib/generate/types";
import { carriesContext, covers, fold, goldCoverage } from "@/tests/fixtures/gold/coverage";
import { seedGold, type GoldFact } from "@/tests/fixtures/gold/seeds";
import { torontoBudgetGold } from "@/tests/fixtures/gold/toronto-budget";

const root = path.resolve(import.meta.dirname, "../../..");
const readDir = (dir: string) =>
  fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith(".md")).sort().map((f) => parseArticle(f, fs.readFileSync(path.join(root, dir, f), "utf8")));
// The seeds and the test articles are generated together: uniqueness and distractors are corpus-wide.
// The blind articles had their gold written before the generator ever ran on them.
const articles = [...readDir("content"), ...readDir("tests/fixtures/articles"), ...readDir("tests/fixtures/articles/blind")];
const items = generateItems(articles);

// [name, gold, minimum coverage by any item, minimum coverage by a real question (choice or typed)]. The
// question minimums sit just under what the generator reached (2026-11-28, entity recall), to catch regressions.
const goldSets: [string, GoldFact[], number, number][] = [
  ["seed articles", seedGold, 0.95, 0.82],
  ["Chile-South Korea trade pact", chileKoreaGold, 0.95, 0.64],
  ["Toronto city budget", torontoBudgetGold, 0.95, 0.46],
  ["BepiColombo at Mercury", bepiColomboGold, 0.95, 0.45],
  ["blind: Danish election", blindDenmarkElectionGold, 0.7, 0.41],
  ["blind: Veltrax Pharma results", blindVeltraxPharmaGold, 0.92, 0.45],
];
const questions = items.filter((i) => i.type === "choice" || i.type === "typed");

describe("gold coverage", () => {
  it.each(goldSets)("covers the %s gold facts with the right answer and context", (_name, gold, min) => {
    const { coverage, missing } = goldCoverage(gold, items);
    expect(coverage, `coverage ${(coverage * 100).toFixed(1)}% < ${min * 100}%; missing: ${missing.join("; ")}`).toBeGreaterThanOrEqual(min);
  });

  it.each(goldSets)("asks real questions (choice or typed) about the %s gold facts", (_name, gold, _min, minQuestions) => {
    const { coverage, missing } = goldCoverage(gold, questions);
    expect(coverage, `question coverage ${(coverage * 100).toFixed(1)}% < ${minQuestions * 100}%; cloze only or missing: ${missing.join("; ")}`).toBeGreaterThanOrEqual(minQuestions);
  });

  it("counts an item whose answer the grader accepts for the gold form, but not a sum for a bare count", () => {
    const item = (kind: QuizItem["kind"], answer: string): QuizItem => ({
      key: "k", type: "choice", kind, prompt: "How powerful is the planned undersea cable?", answer, choices: [], accepted: [], source: { article: "a", sentence: "s" }, difficulty: 0.5,
    });
    const gold = (answer: string): GoldFact => ({ article: "a", answer, context: ["undersea cable"] });
    expect(covers(item("count", "1,000 megawatts"), gold("1,000-megawatt"))).toBe(true);
    expect(covers(item("duration", "three days"), gold("three-day"))).toBe(true);
    expect(covers(item("count", "1,000 megawatts"), gold("1,200-megawatt"))).toBe(false);
    expect(covers(item("money", "€28 million"), gold("28"))).toBe(false);
  });

  it("finds a context a wh-question conjugated or reordered, but not words scattered over the prompt", () => {
    const question = "(“Fish market report”, Wire, November 2026) How many tonnes of fish did Hamada land in 2025, against about 32,000 tonnes in 2015?";
    expect(carriesContext(question, "Hamada landed")).toBe(true);
    expect(carriesContext(question, "fish in 2025")).toBe(true);
    expect(carriesContext("It is 9% larger than this year's (2026) budget of €561 million.", "this year's budget")).toBe(true);
    expect(carriesContext("Who was Kenya's cabinet secretary for trade in November 2026?", "cabinet secretary for trade")).toBe(true);
    // The words must keep their order, stay close together and all be there.
    expect(carriesContext(question, "landed Hamada")).toBe(false);
    expect(carriesContext(question, "Hamada exported")).toBe(false);
    expect(carriesContext("(“Giraffes walk far, collar study finds”, Desk) At which university was the work led by researchers in Niamey?", "study was led")).toBe(false);
    expect(carriesContext(question, "")).toBe(true);
  });

  it("fails when gold facts are missing (the check itself can fail)", () => {
    const invented: GoldFact[] = [{ article: "russian-pm-mishustin-visits-hanoi-2025", answer: "no such answer", context: [] }];
    expect(goldCoverage(invented, items)).toEqual({ coverage: 0, missing: ["no such answer []"] });
  });
});

describe("corpus quality (seeds and test articles together)", () => {
  it("generates items for every article", () => {
    for (const a of articles) expect(items.some((i) => i.source.article === a.slug), a.slug).toBe(true);
  });

  it("never gives two different answers to one prompt", () => {
    const byPrompt = new Map<string, Set<string>>();
    for (const it of items) byPrompt.set(it.prompt, (byPrompt.get(it.prompt) ?? new Set()).add(it.answer));
    expect([...byPrompt].filter(([, a]) => a.size > 1).map(([p]) => p)).toEqual([]);
  });

  it("never shows the answer in its own prompt", () => {
    const leaks = items.filter((it) => it.type !== "truefalse" && fold(it.prompt).includes(fold(it.answer)) && !/^\d+$/.test(it.answer));
    expect(leaks.map((l) => `${l.answer}: ${l.prompt}`)).toEqual([]);
  });

  it("gives choice items four distinct options including the answer", () => {
    for (const it of items.filter((i) => i.type === "choice")) {
      expect(new Set(it.choices).size).toBe(4);
      expect(it.choices).toContain(it.answer);
    }
  });

  it("is deterministic and keys are unique", () => {
    const again = generateItems(articles);
    expect(again).toEqual(items);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
});
