import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { mainCompanyRoleQuestion } from "@/lib/generate/company-role-question";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";
import { itsRoleHolder } from "@/lib/generate/its-role-holder";

// People named after a possessive or a side's role (lane people41). Invented sentences.
const at = new Date(Date.UTC(2026, 10, 12));
const people = (sentence: string) => findEntitySpans(sentence, { publishedAt: at }).filter((e) => e.kind === "person").map((e) => [e.name, e.question]);

describe("a side's role before the name: 'The Harbour Town coach, Ramon Ibarra,'", () => {
  it("asks the side's coach or captain", () => {
    expect(people("The Harbour Town coach, Ramon Ibarra, said his side had tired in the heat.")).toEqual([["Ramon Ibarra", "Who is the Harbour Town coach?"]]);
    expect(people("After the draw, the Kestrel Rovers captain, Mia Solberg, thanked the travelling fans.")).toEqual([["Mia Solberg", "Who is the Kestrel Rovers captain?"]]);
  });

  it("names no side in a job description or a compound", () => {
    expect(people("A coach driver, Ivan Petrov, said the road had been closed since dawn.")).toEqual([]);
    expect(people("The coach driver, Ivan Petrov, said the road had been closed since dawn.")).toEqual([]);
    expect(people("The Champions League-winning coach, Ramon Ibarra, said his side had tired.")).toEqual([]);
    expect(people("The Premier League manager, Ramon Ibarra, said his side had tired.").map(([, q]) => q)).not.toContain("Who is the Premier League manager?");
    // (a nationality is no side: whatever else asks it, never "the Spanish coach" as a side's)
    expect(people("The Spanish coach, Ramon Ibarra, said his side had tired.").map(([, q]) => q)).not.toContain("Who is the Spanish coach?");
  });
});

describe("a mid-sentence 'its <office>' is the nearest thing's, not the story's company", () => {
  const ask = (sentence: string, name: string, descriptor: string) =>
    mainCompanyRoleQuestion(sentence, { name, start: sentence.indexOf(name), descriptor, company: "Orlin Fisheries", otherOrganisations: [] });

  it("refuses the company when the sentence opens with another thing", () => {
    expect(ask("The new cannery will employ 400 people by 2028, its managing director, Ruth Odhiambo, said.", "Ruth Odhiambo", "managing director")).toBeNull();
    expect(ask("The joint venture will export to Japan, its chief executive, Ruth Odhiambo, said.", "Ruth Odhiambo", "chief executive")).toBeNull();
  });

  it("keeps the company when the sentence opens with it", () => {
    expect(ask("Orlin Fisheries will hire 400 people by 2028, its managing director, Ruth Odhiambo, said.", "Ruth Odhiambo", "managing director")).toBe("Who is the managing director of Orlin Fisheries?");
    expect(ask("The company will hire 400 people by 2028, its chief executive, Ruth Odhiambo, said.", "Ruth Odhiambo", "chief executive")).toBe("Who is the chief executive of Orlin Fisheries?");
  });
});

// Review 32b finding 6: every mid-sentence "its" not after the sentence's opening company was refused, also where the
// company said it or its shares moved after it.
describe("a mid-sentence 'its <office>' after the company said it (review 32b finding 6)", () => {
  const ask = (sentence: string, name: string, descriptor: string, company = "Orlin Fisheries") =>
    mainCompanyRoleQuestion(sentence, { name, start: sentence.indexOf(name), descriptor, company, otherOrganisations: [] });

  it("keeps the company after its saying, a lead, a longer stored name, or its shares", () => {
    expect(ask("On Monday, Orlin Fisheries said its chief executive, Ana Ruiz, would step down in May.", "Ana Ruiz", "chief executive")).toBe("Who is the chief executive of Orlin Fisheries?");
    expect(ask("Orlin Fisheries said its chief executive, Ana Ruiz, would step down in May.", "Ana Ruiz", "chief executive", "Orlin Fisheries Ltd")).toBe("Who is Orlin Fisheries Ltd’s chief executive?");
    expect(ask("Shares in Orlin Fisheries fell 6% after its chief executive, Ana Ruiz, resigned.", "Ana Ruiz", "chief executive")).toBe("Who is the chief executive of Orlin Fisheries?");
    expect(ask("On Friday, the firm said that its chairman, Ana Ruiz, would retire.", "Ana Ruiz", "chairman")).toBe("Who is the chairman of Orlin Fisheries?");
  });

  it("refuses when 'It', another name or another thing comes before 'its' (near miss)", () => {
    expect(ask("It said its chief executive, Ana Ruiz, would step down in May.", "Ana Ruiz", "chief executive")).toBeNull();
    expect(ask("On Monday, Harbour Mills said its chief executive, Ana Ruiz, would step down.", "Ana Ruiz", "chief executive")).toBeNull();
    expect(ask("Shares in Orlin Fisheries fell after the joint venture said its chief executive, Ana Ruiz, had resigned.", "Ana Ruiz", "chief executive")).toBeNull();
    expect(ask("Shares in Orlin Fisheries fell as the cannery closed after its chief executive, Ana Ruiz, resigned.", "Ana Ruiz", "chief executive")).toBeNull();
    expect(ask("Orlin Fisheries said the cannery and its managing director, Ana Ruiz, were fined.", "Ana Ruiz", "managing director")).toBeNull();
    // (Another company sharing the first word: one name is the company's only as sameCompany reads it.)
    expect(ask("Orlin Labs said its chief executive, Ana Ruiz, would step down in May.", "Ana Ruiz", "chief executive")).toBeNull();
  });

  // Review 32c finding 4: "Shares in X ... after its" let a rival and its verb come between; "the lender" may be the bank.
  it("refuses a rival between the shares and 'its', and 'the lender'/'the group' said (review 32c finding 4)", () => {
    expect(ask("Shares in Orlin Fisheries rose 4% as rival Kestrel slumped after its chief executive, Ana Ruiz, resigned.", "Ana Ruiz", "chief executive")).toBeNull();
    expect(ask("Shares in Orlin Fisheries fell after Kestrel said its chief executive, Ana Ruiz, had resigned.", "Ana Ruiz", "chief executive")).toBeNull();
    expect(ask("Shares in Orlin Fisheries rose while rivals slumped after its chief executive, Ana Ruiz, resigned.", "Ana Ruiz", "chief executive")).toBeNull();
    expect(ask("On Friday, the lender said its chief executive, Ana Ruiz, would retire.", "Ana Ruiz", "chief executive")).toBeNull();
    expect(ask("The group said its chairman, Ana Ruiz, would retire.", "Ana Ruiz", "chairman")).toBeNull();
  });

  it("keeps the company when only a figure or an adverb comes between (review 32c finding 4, near misses)", () => {
    expect(ask("Shares in Orlin Fisheries fell sharply after its chief executive, Ana Ruiz, resigned.", "Ana Ruiz", "chief executive")).toBe("Who is the chief executive of Orlin Fisheries?");
    expect(ask("Shares of Orlin Fisheries rose 4.5% when its chief executive, Ana Ruiz, returned.", "Ana Ruiz", "chief executive")).toBe("Who is the chief executive of Orlin Fisheries?");
    expect(ask("The company said its chairman, Ana Ruiz, would retire.", "Ana Ruiz", "chairman")).toBe("Who is the chairman of Orlin Fisheries?");
  });
});

describe("'Its chief executive, X,' after a sentence whose subject is a body the article named before", () => {
  const bodies = new Set(["Tarvel Money Ltd", "Coast Regulatory Office"]);
  const previous = "In a reply, Tarvel Money said it would pay the fine in full.";
  const sentence = "Its chief executive, Ilse Marten, said the firm had hired more staff.";

  it("asks the office with the body written in", () => {
    expect(itsRoleHolder(sentence, previous, at, bodies)).toEqual({ name: "Ilse Marten", question: "Who was the chief executive of Tarvel Money in November 2026?" });
  });

  it("refuses a name the article never called a body, a second body, or an 'It' before", () => {
    expect(itsRoleHolder(sentence, previous, at, new Set())).toBeNull();
    expect(itsRoleHolder(sentence, "Tarvel Money said it would challenge the Coast Regulatory Office in court.", at, bodies)).toBeNull();
    expect(itsRoleHolder("Its chief executive, Ilse Marten, said the loan would be repaid.", "It borrowed $40 million from the World Bank in 2024.", at, bodies)).toBeNull();
  });

  it("writes the body into the item through the generator", () => {
    const body = [
      "The Coast Regulatory Office fined Tarvel Money Ltd, a payments firm, €400,000 on Monday for late reports.",
      "The office said the firm had filed 12 reports late in 2025.",
      "In a reply, Tarvel Money said it would pay the fine in full.",
      "Its chief executive, Ilse Marten, said the firm had hired 14 more staff.",
    ].join(" ");
    const items = generateArticleItems({ slug: "a", title: "Regulator fines Tarvel Money", source: "Island Wire", publishedAt: at, body }).filter((i) => i.answer === "Ilse Marten");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => /Tarvel Money/.test(i.prompt))).toBe(true);
  }, 60_000);
});
