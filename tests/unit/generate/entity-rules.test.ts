import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generate/extract-facts";
import { ENTITY_RULES, isRoleNoun, matchEntityRules } from "@/lib/generate/entity-rules";

const questionOf = (body: string, answer: string) =>
  extractFacts({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 9, 28)), body }).find((f) => f.answer === answer)?.question ?? null;

describe("entity rules as data: each finds what its own example says", () => {
  it.each(ENTITY_RULES.map((r) => [r.name, r] as const))("%s", (_name, rule) => {
    const found = matchEntityRules(rule.example.text, [rule]);
    expect(found.map((f) => [f.name, f.noun])).toContainEqual([rule.example.name, rule.example.role]);
  });

  it("a role noun comes from compromise's lexicon (#Actor) or a short list it files elsewhere, never a verb", () => {
    expect(["leader", "captain", "researcher", "coach", "judge", "striker"].every(isRoleNoun)).toBe(true);
    expect(["said", "met", "number", "quarter", "the"].some(isRoleNoun)).toBe(false);
  });
});

describe("people by any role, organisations by their head word, places that carry a fact (issue 9)", () => {
  it("a role before a name, with a nationality before the role ('North Korean leader Kim Jong Un')", () => {
    expect(questionOf("Putin met North Korean leader Kim Jong Un in Pyongyang last June.", "Kim Jong Un")).toBe("Which North Korean leader did Putin meet in Pyongyang in June 2026?");
  });

  it("a refused match does not hide a role inside it ('picked striker Leo Marsh')", () => {
    expect(questionOf("Coach Pep Ramos picked striker Leo Marsh for the final.", "Leo Marsh")).toBe("Which striker did Coach Pep Ramos pick for the final?");
  });

  it("a sentence-initial role ('Team captain Ana Ruiz', 'Judge Amelia Hart')", () => {
    expect(questionOf("Team captain Ana Ruiz scored twice in the final on Sunday.", "Ana Ruiz")).toBe("Which team captain scored twice in the final on Sunday?");
    expect(questionOf("Judge Amelia Hart sentenced the former minister to five years in prison.", "Amelia Hart")).toBe("Which judge sentenced the former minister to five years in prison?");
  });

  it("a journal ('published in Nature') and a place named with its kind ('Ninh Thuan province')", () => {
    expect(questionOf("The results were published in Nature on Wednesday.", "Nature")).toBe("In which journal were the results published on Wednesday?");
    expect(questionOf("The plant in Ninh Thuan province will cost US$10 billion.", "Ninh Thuan")).toBe("In which province is the plant that will cost US$10 billion?");
  });

  it("a known city after a verb's preposition ('moved its headquarters to Lyon')", () => {
    expect(questionOf("Veltrax moved its headquarters to Lyon in 2024.", "Lyon")).toBe("To which city did Veltrax move its headquarters in 2024?");
  });

  it("an organisation by its head word, and an acronym defined in parentheses", () => {
    expect(questionOf("The European Commission separately contributed €450 million to the work.", "European Commission")).toBe("Which commission separately contributed €450 million to the work?");
    expect(questionOf("A free trade agreement between Vietnam and the Eurasian Economic Union (EAEU) came into effect in 2016.", "Eurasian Economic Union")).toBe("What does the abbreviation EAEU stand for in “T”?");
  });

  it("a place on a noun or in a reported clause is not asked as if it were the verb's", () => {
    expect(questionOf("Hanoi is not in a similar situation regarding the supply of arms to Moscow.", "Moscow")).toBeNull();
    expect(questionOf("Ahn Seong-ho said Korean companies planned to invest US$2.3 billion in Chile.", "Chile")).toBeNull();
    expect(questionOf("Most recently, Vietnam sent its deputy foreign minister to a summit in Switzerland.", "Switzerland")).toBeNull();
  });

  it("a piece of a longer name is not an organisation ('Vietnam Ministry of Education and Training')", () => {
    const found = matchEntityRules("Programs were led by the Vietnam Ministry of Education and Training and the Ministry of Culture, Sports, and Tourism.");
    expect(found.map((f) => f.name)).toEqual([]);
  });
});

describe("a hyphenated owner of a role (qr lane)", () => {
  it.each([
    ["The co-operative's general manager, Tomasi Hekau, said the next step was a drying shed.", "Tomasi Hekau", "general manager"],
    ["\"It works,\" said Mele Vakatau, the co-operative's chairwoman, who farms near the coast.", "Mele Vakatau", "chairwoman"],
  ])("%s", (text, name, role) => {
    expect(matchEntityRules(text).map((f) => [f.name, f.noun])).toContainEqual([name, role]);
  });
});
