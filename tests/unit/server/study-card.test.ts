import { describe, expect, it } from "vitest";
import { toStudyCard, type StudyItemRow } from "@/lib/server/study/study-card";
import { createPrng } from "@/lib/util/seeded-random";

const row = (type: string, choices: string[]): StudyItemRow => ({
  id: "item-1",
  type,
  kind: "percent",
  prompt: "By how much did trade grow?",
  answer: choices[0] ?? "24%",
  choices: JSON.stringify(choices),
  article: { title: "Trade", slug: "trade", handWritten: false },
});

describe("toStudyCard", () => {
  const options = ["24%", "18%", "31%", "12%"];

  it("shows a multiple choice's options in a new order at each showing, always all of them", () => {
    const random = createPrng(7);
    const orders = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const { choices } = toStudyCard(row("choice", options), 0, true, null, random);
      expect([...choices].sort()).toEqual([...options].sort());
      orders.add(choices.join("|"));
    }
    expect(orders.size).toBeGreaterThan(10);
    // Each option leads some showing: the answer is not always first.
    const firsts = new Set([...orders].map((o) => o.split("|")[0]));
    expect(firsts.size).toBe(4);
  });

  // CI of c61b44b: "Which country is among Russia's closest allies in the world?" shown under "... economic
  // opportunities in Vietnam" sent its answer with the card.
  it("leaves out the article title when it states the answer, and keeps it otherwise", () => {
    const vietnam = { ...row("typed", []), answer: "Vietnam", article: { title: "Russia bolsters economic opportunities in Vietnam", slug: "v", handWritten: false } };
    expect(toStudyCard(vietnam, 0, true).articleTitle).toBe("");
    expect(JSON.stringify(toStudyCard(vietnam, 0, true)).toLowerCase()).not.toContain("vietnam");
    expect(toStudyCard({ ...vietnam, type: "choice", choices: JSON.stringify(["Vietnam", "Laos", "Cuba", "India"]) }, 0, true).articleTitle).toBe("");
    // a word that only contains it, or a true/false card whose answer is True, keeps the title
    expect(toStudyCard({ ...vietnam, answer: "Viet" }, 0, true).articleTitle).toBe("Russia bolsters economic opportunities in Vietnam");
    expect(toStudyCard({ ...row("truefalse", ["True", "False"]), answer: "True", article: { title: "True stories", slug: "t", handWritten: false } }, 0, true).articleTitle).toBe("True stories");
    expect(toStudyCard(row("typed", []), 0, true).articleTitle).toBe("Trade");
  });

  it("keeps True before False, and gives a typed card no choices", () => {
    expect(toStudyCard(row("truefalse", ["True", "False"]), 0, true, null, () => 0).choices).toEqual(["True", "False"]);
    expect(toStudyCard(row("typed", []), 0, true).choices).toEqual([]);
  });

  it("marks a learner's own card, and only theirs, as own", () => {
    expect(toStudyCard(row("typed", []), 0, true).own).toBe(false);
    expect(toStudyCard({ ...row("typed", []), article: { title: "Written by Ada", slug: "hand-written-u1", handWritten: true } }, 0, true).own).toBe(false);
    expect(toStudyCard({ ...row("typed", []), article: { title: "My cards", slug: "own-cards-u1", handWritten: true } }, 0, true).own).toBe(true);
  });

  it("never carries the answer, only the options", () => {
    const card = toStudyCard(row("choice", options), 0, true, null, createPrng(1));
    expect(Object.keys(card)).not.toContain("answer");
  });
});
