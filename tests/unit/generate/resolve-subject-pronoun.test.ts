import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { personSubjectOf, resolveSubjectPronoun } from "@/lib/generate/resolve-subject-pronoun";

// Issue 9 (recall): "He/She ..." sentences were never asked, even right after a sentence about one named person.
// Sentences written for this test, not taken from an article.
describe("the one person a sentence is about", () => {
  it.each([
    ["Harbour Board chair Ingrid Solheim said the port would stay open.", "Ingrid Solheim"],
    ["Norway's harbour minister, Ingrid Solheim, opened the quay.", "Ingrid Solheim"],
    ["“The quay is ready,” said Dr Ingrid Solheim.", "Ingrid Solheim"],
  ])("%s", (sentence, person) => {
    expect(personSubjectOf(sentence, [])).toBe(person);
  });

  it("is nobody when two people are named, or the one named comes after the verb", () => {
    expect(personSubjectOf("Ingrid Solheim met Paul Becker in Oslo.", [])).toBeNull();
    // "He" next is still the unnamed-by-form Ekwueme, not the striker named at the end.
    expect(personSubjectOf("Ekwueme now has nine goals, one behind the league's top scorer, striker Paul Becker.", [])).toBeNull();
  });

  it("a surname stands for the full name the article gave", () => {
    expect(personSubjectOf("Solheim opened the quay.", ["Ingrid Solheim"])).toBe("Ingrid Solheim");
  });
});

describe("an opening He or She written as that person", () => {
  it("writes the name in, and refuses a first name of the other sex", () => {
    expect(resolveSubjectPronoun("She said the quay cost NOK 40 million.", "Ingrid Solheim")).toBe("Ingrid Solheim said the quay cost NOK 40 million.");
    expect(resolveSubjectPronoun("Her plan needs 12 cranes.", "Ingrid Solheim")).toBeNull();
    expect(resolveSubjectPronoun("He said the quay cost NOK 40 million.", "Ingrid Solheim")).toBeNull();
    expect(resolveSubjectPronoun("She said the quay cost NOK 40 million.", null)).toBeNull();
  });

  it("so the sentence's fact is asked, with the person named", () => {
    const body = [
      "Tromsø opened a new deep-water quay on Monday.",
      "Harbour Board chair Ingrid Solheim said the port would stay open all winter.",
      "She said the quay had cost NOK 410 million, paid by the city and the state.",
      "Fishing boats and cruise ships will share it.",
    ].join(" ");
    const items = generateArticleItems({ slug: "quay", title: "Tromsø opens deep-water quay", source: "Arctic Wire", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });
    const money = items.filter((i) => i.answer === "NOK 410 million" && i.type !== "truefalse");
    expect(money.length).toBeGreaterThan(0);
    expect(money.every((i) => i.prompt.includes("Ingrid Solheim") && !/\bShe\b/.test(i.prompt))).toBe(true);
  });

  it("leaves a sentence after two people unasked", () => {
    const body = [
      "Tromsø opened a new deep-water quay on Monday.",
      "Harbour Board chair Ingrid Solheim met transport minister Paul Becker at the quay.",
      "She said the quay had cost NOK 410 million, paid by the city and the state.",
    ].join(" ");
    const items = generateArticleItems({ slug: "quay", title: "Tromsø opens deep-water quay", source: "Arctic Wire", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });
    expect(items.filter((i) => i.answer === "NOK 410 million" && /Solheim|Becker/.test(i.prompt))).toEqual([]);
  });
});
