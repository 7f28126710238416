import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { MAX_ITEMS_PER_SENTENCE, capItemsPerSentence, statesAnswer } from "@/lib/generate/cap-items-per-sentence";
import { itemKey } from "@/lib/generate/hash-key";
import type { ItemType, QuizItem } from "@/lib/generate/types";

const sentence = "Revenue rose 12% to €4.1 billion in 2025, the company said.";
const item = (type: ItemType, answer: string, prompt: string, factAnswer = answer): QuizItem => ({
  key: itemKey({ article: "a", sentence, kind: "count", answer: factAnswer, type }),
  type,
  kind: "count",
  prompt,
  answer,
  choices: [],
  accepted: [],
  source: { article: "a", sentence },
  difficulty: 0.5,
});

describe("capItemsPerSentence", () => {
  it("keeps at most five items of a sentence: each fact's question first, then blanks", () => {
    const items = [
      ...["12%", "€4.1 billion", "2025"].flatMap((a) => [item("choice", a, `Q ${a}?`), item("typed", a, `Q ${a}?`), item("cloze", a, `blank for ${a}`)]),
      item("truefalse", "True", "True or false: Revenue rose 12% to €4.1 billion in 2025.", "12%"),
    ];
    const kept = capItemsPerSentence(items);
    expect(kept).toHaveLength(MAX_ITEMS_PER_SENTENCE);
    // Every fact has its question (choice first) before any fact gets a second item; a typed copy of a question comes
    // after the blanks.
    expect(kept.map((k) => `${k.type}:${k.answer}`)).toEqual(["choice:12%", "cloze:12%", "choice:€4.1 billion", "cloze:€4.1 billion", "choice:2025"]);
  });

  // Strict read I1 found same-sentence pairs of one fact (6 of 50 items): a name's typed copy of its choice question
  // adds a card that is hard to type.
  it("asks a name by its choice and a cloze, not by a typed copy of the same question", () => {
    const name = (type: ItemType, prompt: string): QuizItem => ({ ...item(type, "Ana Kovač", prompt), kind: "person" });
    const items = [name("choice", "Who is the chief executive?"), name("typed", "Who is the chief executive?"), name("cloze", "The chief executive, _____, said revenue rose.")];
    expect(capItemsPerSentence(items).map((k) => k.type)).toEqual(["choice", "cloze"]);
  });

  it("keeps a figure's typed copy when the sentence has room, and a name's typed question that the choice does not ask", () => {
    const items = [item("choice", "12%", "By what percentage did revenue rise?"), item("typed", "12%", "By what percentage did revenue rise?"), item("cloze", "12%", "Revenue rose _____.")];
    expect(capItemsPerSentence(items).map((k) => k.type)).toEqual(["choice", "typed", "cloze"]);
    const name = (type: ItemType, prompt: string): QuizItem => ({ ...item(type, "Ana Kovač", prompt), kind: "person" });
    expect(capItemsPerSentence([name("choice", "Complete the sentence: _____ said revenue rose."), name("typed", "Who is the chief executive?")]).map((k) => k.type)).toEqual(["choice", "typed"]);
  });

  it("drops a true/false statement that states the answer of another fact's kept item", () => {
    const items = [item("choice", "€4.1 billion", "To what amount did revenue rise?"), item("truefalse", "False", "True or false (Test, May 2026): Revenue rose 15% to €4.1 billion in 2025.", "12%")];
    expect(capItemsPerSentence(items).map((k) => k.type)).toEqual(["choice"]);
  });

  // Strict read Q0 (7 same-sentence pairs in 50 items; #8/#45 a statement and a question of one fact): a fact's fourth card.
  it("drops the statement of a fact already asked three ways (choice, typed, cloze), and keeps one of a fact asked no other way", () => {
    const items = [
      item("choice", "12%", "By what percentage did revenue rise?"),
      item("typed", "12%", "By what percentage did revenue rise?"),
      item("cloze", "12%", "Revenue rose _____."),
      item("truefalse", "True", "True or false: Revenue rose 12% in 2025.", "12%"),
      item("truefalse", "True", "True or false (Test, 2026): The board approved a new dividend policy for shareholders.", "board"),
    ];
    expect(capItemsPerSentence(items).map((k) => k.prompt)).toEqual(["By what percentage did revenue rise?", "By what percentage did revenue rise?", "Revenue rose _____.", "True or false (Test, 2026): The board approved a new dividend policy for shareholders."]);
  });

  it("keeps no second statement of the same clause", () => {
    const items = [item("truefalse", "True", "True or false: Revenue rose 12% in 2025.", "12%"), item("truefalse", "False", "True or false: Revenue rose 14% in 2025.", "2025")];
    expect(capItemsPerSentence(items)).toHaveLength(1);
  });

  it("when the cap must drop some, drops the items of a fact below the core set first", () => {
    const facts = ["12%", "€4.1 billion", "2025", "€2 billion", "40", "9"];
    const items = facts.map((a, i) => ({ ...item("cloze", a, `blank for ${a}`), worth: i === 0 ? 0.3 : 0.6 }));
    const kept = capItemsPerSentence(items).map((k) => k.answer);
    expect(kept).toHaveLength(MAX_ITEMS_PER_SENTENCE);
    expect(kept).not.toContain("12%");
  });

  it("reads numbers whole: 12 is not stated by 2012 or 12.5", () => {
    expect(statesAnswer("in 2012 it rose 12.5%", "12")).toBe(false);
    expect(statesAnswer("it rose 12 points", "12")).toBe(true);
    expect(statesAnswer("Moscow and Hanoi", "Hanoi")).toBe(true);
    expect(statesAnswer("Hanoians", "Hanoi")).toBe(false);
  });
});

describe("items per sentence in generated sets (issue: one sentence gave up to 12 items)", () => {
  const body = [
    "As of last November, Vietnam had 16 projects in Russia with US$1.6 billion in capital, the fourth largest of 81 countries investing there, the agency said.",
    "Bilateral trade reached US$7.8 billion last year, up 12% from 2024, according to the central bank.",
  ].join(" ");
  const items = generateItems([{ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2025, 0, 14)), body }]);

  it("no sentence gives more than five items", () => {
    const counts = new Map<string, number>();
    for (const it of items) counts.set(it.source.sentence, (counts.get(it.source.sentence) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(MAX_ITEMS_PER_SENTENCE);
    expect(items.some((i) => i.type === "typed")).toBe(true);
  });

  it("no true/false item states the answer of a sibling item about another fact", () => {
    for (const tf of items.filter((i) => i.type === "truefalse")) {
      const statement = tf.prompt.replace(/^True or false(?: \([^)]*\))?: /, "");
      const siblings = items.filter((i) => i.type !== "truefalse" && i.source.sentence === tf.source.sentence);
      const own = siblings.filter((s) => itemKey({ article: s.source.article, sentence: s.source.sentence, kind: s.kind, answer: s.answer, type: "truefalse" }) === tf.key);
      const leaked = siblings.filter((s) => !own.includes(s) && statesAnswer(statement, s.answer));
      expect(leaked.map((l) => `${l.answer} in ${tf.prompt}`)).toEqual([]);
    }
  });
});
