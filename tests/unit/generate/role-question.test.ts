import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { roleQuestion } from "@/lib/generate/entity-question";
import { questionText } from "./question-text";

// Issue 9: people by their role, with the context that makes one answer right. A title written before the name that
// says whose it is has one holder at one time; blind batch 2026-11c asked none of its ministers and coaches.
const sept = new Date(Date.UTC(2026, 8, 17));
const ask = (sentence: string, name: string, at = sept) => roleQuestion(sentence, sentence.indexOf(name), at);
const ACCORD =
  "The accord was signed in Tashkent by Uzbek Transport Minister Dilnoza Karimova and her Pakistani counterpart, Railways Minister Tariq Hameed, in the presence of Uzbek President Otabek Sharifov and Pakistan's Prime Minister Faisal Durrani, who was on a two-day visit to the Uzbek capital.";

describe("roleQuestion: a title that says whose it is", () => {
  it("asks for the holder of an owned office in the article's month", () => {
    expect(ask(ACCORD, "Dilnoza")).toBe("Who was the Uzbek Transport Minister in September 2026?");
    expect(ask(ACCORD, "Otabek")).toBe("Who was the Uzbek President in September 2026?");
    expect(ask(ACCORD, "Faisal")).toBe("Who was Pakistan's Prime Minister in September 2026?");
    expect(ask("“We gave them 22 points from turnovers,” Olympiacos coach Rafael Otero said.", "Rafael")).toBe("Who was the Olympiacos coach in September 2026?");
  });

  it("refuses a title with no owner, a role many hold, a cut title and another time", () => {
    expect(ask(ACCORD, "Tariq")).toBeNull();
    expect(ask("“You back it,” said head coach Sean Doherty.", "Sean")).toBeNull();
    expect(ask("Glasgow won, with Glasgow winger Callum Baird scoring twice.", "Callum")).toBeNull();
    expect(ask("Forest and Environment Minister Bishnu Prasad Adhikari said the census was complete.", "Bishnu")).toBeNull();
    expect(ask("The plan was drawn up by former Uzbek President Islam Karimov.", "Islam")).toBeNull();
    expect(ask("Uzbek President Otabek Sharifov first proposed the line in 2018.", "Otabek")).toBeNull();
  });
});

describe("a person is asked by the title the text gives, not an owner guessed from the article", () => {
  it("the Uzbek minister in a Pakistan-heavy story is asked as Uzbek", () => {
    const body = `Pakistan and Uzbekistan signed a rail accord. ${ACCORD} Pakistan will build the southern section. Pakistan hopes trade will triple.`;
    const items = generateArticleItems({ slug: "rail", title: "Pakistan and Uzbekistan sign rail corridor accord", source: "Central Asia Wire", publishedAt: sept, body });
    const karimova = items.filter((i) => i.answer === "Dilnoza Karimova" && (i.type === "typed" || i.type === "choice"));
    expect(karimova.map((i) => questionText(i.prompt))).toContain("Who was the Uzbek Transport Minister in September 2026?");
    expect(items.some((i) => /Pakistani transport minister/i.test(i.prompt))).toBe(false);
  });
});

// Strict read genq-4 item 20: "To which city did in 2015 Brazil recall its ambassador ...?"
describe("an entity question whose subject opens with a time and no comma is not asked", () => {
  it("In 2015 Brazil recalled its ambassador to Jakarta", () => {
    const body = "Brazil and Indonesia signed a forest pact. In 2015 Brazil recalled its ambassador to Jakarta after Indonesia executed a Brazilian citizen. Trade has since recovered.";
    const items = generateArticleItems({ slug: "b", title: "Brazil and Indonesia sign forest pact", source: "Wire", publishedAt: sept, body });
    expect(items.filter((i) => /did in 2015/i.test(i.prompt))).toEqual([]);
  });
});

// A question that says what the person did keeps whose title it is (gold and strict reads ask "the Wydad coach").
describe("'Which coach ...?' keeps the side the title names", () => {
  const questionsFor = (body: string, name: string) =>
    generateArticleItems({ slug: "c", title: "Riverton beat Oakdale to go top", source: "Wire", publishedAt: sept, body }).filter((i) => i.answer === name && i.type !== "truefalse").map((i) => i.prompt);

  it("'said Riverton coach Ana Ruiz, who ...' asks which Riverton coach", () => {
    const asked = questionsFor("Riverton beat Oakdale 2-0 in the league on Sunday. \"We were patient,\" said Riverton coach Ana Ruiz, who played in 14 derbies herself in the 1990s.", "Ana Ruiz");
    expect(asked.some((p) => /Which Riverton coach played in 14 derbies/.test(p))).toBe(true);
  });

  it("a coach named by no side is asked as before", () => {
    const asked = questionsFor("Riverton beat Oakdale 2-0 in the league on Sunday. The visitors were led by coach Ana Ruiz, who played in 14 derbies herself in the 1990s.", "Ana Ruiz");
    for (const p of asked) expect(p).not.toMatch(/Which \p{Lu}\S* coach/u);
  });
});
