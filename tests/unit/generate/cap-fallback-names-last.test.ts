import { describe, expect, it } from "vitest";
import { capItemsPerSentence } from "@/lib/generate/cap-items-per-sentence";
import { itemKey } from "@/lib/generate/hash-key";
import type { FactKind, ItemType, QuizItem } from "@/lib/generate/types";

// Review 18, finding 8: a name read by its form alone took a rule fact's place in a dense sentence. Sentence written
// for the test.
const sentence = "Harbour master Colm Reddy said the Kestrel Quay would handle 40 ships a week from 2028.";
const item = (type: ItemType, kind: FactKind, answer: string): QuizItem => ({
  key: itemKey({ article: "a", sentence, kind, answer, type }),
  type,
  kind,
  prompt: `${type} for ${answer}`,
  answer,
  choices: [],
  accepted: [],
  source: { article: "a", sentence },
  difficulty: 0.5,
});
const isFallback = (it: QuizItem) => it.answer === "Kestrel Quay";

describe("a name read by its form alone ranks after every rule fact's item of its sentence", () => {
  it("comes after every rule item when its sentence has two rule facts or more", () => {
    const items = [item("choice", "place", "Kestrel Quay"), item("cloze", "place", "Kestrel Quay"), ...["40", "2028"].flatMap((a) => [item("choice", "count", a), item("typed", "count", a), item("cloze", "count", a)])];
    const kept = capItemsPerSentence(items, isFallback).map((k) => `${k.type}:${k.answer}`);
    expect(kept).not.toContain("choice:Kestrel Quay");
    expect(kept.filter((k) => k.endsWith(":40") || k.endsWith(":2028"))).toHaveLength(5);
  });

  it("near miss: beside a single rule fact it is asked as before", () => {
    const items = [item("choice", "place", "Kestrel Quay"), item("cloze", "place", "Kestrel Quay"), item("choice", "count", "40"), item("typed", "count", "40"), item("cloze", "count", "40")];
    expect(capItemsPerSentence(items, isFallback).map((k) => `${k.type}:${k.answer}`)).toContain("choice:Kestrel Quay");
  });

  // Session 35: a fallback name ("Washington") outranked a core statement of the only rule fact of its sentence.
  const statement = (prompt: string): QuizItem => ({ ...item("truefalse", "count", "40"), answer: "True", prompt });
  const beside = (prompt: string) => [item("choice", "count", "40"), item("cloze", "count", "40"), statement(prompt), ...(["choice", "typed", "cloze"] as const).map((t) => item(t, "place", "Kestrel Quay"))];

  it("comes after every item of a single rule fact too, its statement included", () => {
    const kept = capItemsPerSentence(beside("True or false: Harbour master Colm Reddy said the port would handle 40 ships a week."), isFallback).map((k) => `${k.type}:${k.answer}`);
    expect(kept).toEqual(["choice:40", "cloze:40", "truefalse:True", "choice:Kestrel Quay", "typed:Kestrel Quay"]);
  });

  it("is dropped when a kept statement states it (the statement would give it away)", () => {
    const kept = capItemsPerSentence(beside("True or false: The Kestrel Quay would handle 40 ships a week from 2028."), isFallback).map((k) => `${k.type}:${k.answer}`);
    expect(kept).toEqual(["choice:40", "cloze:40", "truefalse:True"]);
  });

  it("near miss: a name a rule read keeps its place by the usual ranks (its first items before a fact's third)", () => {
    const kept = capItemsPerSentence(beside("True or false: Harbour master Colm Reddy said the port would handle 40 ships a week.")).map((k) => `${k.type}:${k.answer}`);
    expect(kept).toEqual(["choice:40", "cloze:40", "choice:Kestrel Quay", "typed:Kestrel Quay", "cloze:Kestrel Quay"]);
  });
});
