import { describe, expect, it } from "vitest";
import { coreItemsOf, type CoreCandidate } from "@/scripts/lib/core-rules";

const item = (over: Partial<CoreCandidate>): CoreCandidate => ({ type: "choice", kind: "count", answer: "12", worth: 0.5, sentence: "The ferry carries 12 cars.", ...over });
const article = { words: 300 };

describe("coreItemsOf (core-set rules measured by scripts/core-rules-curve.ts)", () => {
  it("keeps what reaches the cut-off, the cut-off itself included", () => {
    const items = [item({ worth: 0.4 }), item({ worth: 0.39, answer: "3" })];
    expect([...coreItemsOf(items, article, { from: 0.4 })]).toEqual([0]);
  });

  it("a kind's own floor applies to that kind only", () => {
    const items = [item({ kind: "date", answer: "May", worth: 0.5 }), item({ worth: 0.5 })];
    expect([...coreItemsOf(items, article, { from: 0.4, kindFrom: { date: 0.55 } })]).toEqual([1]);
  });

  it("a cap keeps the best by worth, ties to the earlier item, and spares items from sureFrom up", () => {
    const items = [item({ worth: 0.45, answer: "a" }), item({ worth: 0.9, answer: "b" }), item({ worth: 0.45, answer: "c" }), item({ worth: 0.8, answer: "d" })];
    expect([...coreItemsOf(items, article, { from: 0.4, cap: () => 2 })].sort()).toEqual([1, 3]);
    expect([...coreItemsOf(items, article, { from: 0.4, cap: () => 1, sureFrom: 0.7 })].sort()).toEqual([0, 1, 3]);
  });

  it("one per fact keeps the best item of a sentence and answer, not other answers of the sentence", () => {
    const items = [item({ type: "cloze", worth: 0.6 }), item({ worth: 0.7 }), item({ answer: "40", worth: 0.5 })];
    expect([...coreItemsOf(items, article, { from: 0.4, onePerFact: true })].sort()).toEqual([1, 2]);
    expect([...coreItemsOf(items, article, { from: 0.4, perSentence: 1 })]).toEqual([1]);
  });

  it("a question of a fact pushes its cloze out, a cloze of an unasked fact stays", () => {
    const items = [item({ type: "cloze", worth: 0.9 }), item({ worth: 0.5 }), item({ type: "cloze", answer: "40" })];
    expect([...coreItemsOf(items, article, { from: 0.4, questionOverCloze: true })].sort()).toEqual([1, 2]);
  });
});
