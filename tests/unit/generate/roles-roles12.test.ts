import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { mainCompanyRoleQuestion } from "@/lib/generate/company-role-question";

// An officer's title with no owner in its sentence, in an article about one company (roles12). Invented sentences.
const at = new Date(Date.UTC(2026, 9, 7));
const BODY = "Veltrax Pharma, a Danish drugmaker, raised its sales forecast on Tuesday. Veltrax Pharma sold 4,000 units in Brazil. Veltrax Pharma will open a plant in Chile. Analysts expect Veltrax Pharma to hire 300 staff.";
const itemsOf = (sentence: string, name: string) =>
  generateArticleItems({ slug: "a", title: "Veltrax Pharma lifts forecast", source: "Daily Wire", publishedAt: at, body: `${BODY} ${sentence} Sales rose 12% to $40 million.` }).filter((i) => i.answer === name);
const ask = (sentence: string, name: string, descriptor: string, others: string[] = []) =>
  mainCompanyRoleQuestion(sentence, { name, start: sentence.indexOf(name), descriptor, company: "Veltrax Pharma", otherOrganisations: others });

describe("a quoted officer asked by the main company's office", () => {
  it("asks the office of the article's company, not who spoke", () => {
    expect(ask("Chief executive Farhan Malik said orders from Europe had doubled.", "Farhan Malik", "chief executive")).toBe("Who is Veltrax Pharma’s chief executive?");
    expect(ask("“Orders doubled,” said Farhan Malik, the chief financial officer.", "Farhan Malik", "chief financial officer")).toBe("Who is Veltrax Pharma’s chief financial officer?");
    expect(ask("Dana Okoro, head of research, said the trial would end in May.", "Dana Okoro", "head of research")).toBe("Who is Veltrax Pharma’s head of research?");
    expect(mainCompanyRoleQuestion("Chief executive Farhan Malik said orders had doubled.", { name: "Farhan Malik", start: 16, descriptor: "chief executive", company: "Orlin Fisheries", otherOrganisations: [] })).toBe("Who is the chief executive of Orlin Fisheries?");
    expect(ask("Dana Okoro, president of the company, said the trial would end in May.", "Dana Okoro", "president of the company")).toBe("Who is the president of Veltrax Pharma?");
  });

  it("refuses an owner that is unclear, a role many hold, or another time", () => {
    // another organisation in the sentence
    expect(ask("Chief executive Farhan Malik told Reuters orders had doubled.", "Farhan Malik", "chief executive", ["Reuters"])).toBeNull();
    // a person's own ("his"), a role many hold, a bare president (a country's?), a former holder
    expect(ask("His chief of staff, Farhan Malik, said the plan was sound.", "Farhan Malik", "chief of staff")).toBeNull();
    expect(ask("Dana Okoro, an analyst, said the trial would end in May.", "Dana Okoro", "analyst")).toBeNull();
    expect(ask("President Dana Okoro said the trial would end in May.", "Dana Okoro", "president")).toBeNull();
    expect(ask("Former chief executive Farhan Malik said orders had doubled.", "Farhan Malik", "chief executive")).toBeNull();
    expect(ask("Farhan Malik, chief executive of Orlin Labs, said orders had doubled.", "Farhan Malik", "chief executive of Orlin Labs")).toBeNull();
  });

  it("makes the items by the office with no quotation and no blank in it", () => {
    const items = itemsOf("“Orders from Europe doubled,” said Farhan Malik, the chief financial officer.", "Farhan Malik");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => /Veltrax Pharma’s chief financial officer\?$/.test(i.prompt) && !/Orders|said|_____/.test(i.prompt))).toBe(true);
  });

  it("leaves a role question with no main company as it was", () => {
    const items = generateArticleItems({ slug: "a", title: "Tarvel weighs a new library", source: "Daily Wire", publishedAt: at, body: "The city will vote on the plan in March. Chief executive Farhan Malik said orders from Europe had doubled." });
    expect(items.filter((i) => /Veltrax|’s chief executive\?/.test(i.prompt))).toEqual([]);
  });
});

describe("an owner written after the title", () => {
  it("is never replaced by the article's company", () => {
    expect(ask("Ivo Marek, chief executive of TDA, said the grant was the largest yet.", "Ivo Marek", "chief executive")).toBeNull();
    expect(ask("Ivo Marek, the agency's chief executive, said the grant was the largest yet.", "Ivo Marek", "chief executive")).toBeNull();
  });
});
