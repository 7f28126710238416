import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { companyOwnerReader, companyPlacedAsOwner } from "@/lib/generate/company-role-question";
import { splitSentences } from "@/lib/generate/split-sentences";

// Lane owner90 (strict read, session 38): in a region's budget, "The finance director, Per Hedström, said ..." was asked
// "Who is X-trafik’s finance director?" because a regional operator a later paragraph and a table named five times was
// taken as the article's company. A bare office's owner is written in only when the company is the article's own
// subject (named in the title or the opening paragraph) or the one body named in the prose before. Invented names.
const at = new Date(Date.UTC(2026, 10, 20));
const prompts = (title: string, body: string) =>
  generateArticleItems({ slug: "a", title, source: "Daily Wire", publishedAt: at, body })
    .filter((i) => i.answer === "Ola Brekke")
    .map((i) => i.prompt.replace(/^\(.*?\)\s*/, ""));
const OWNED = /Veltrax Pharma’s finance director/;

describe("companyPlacedAsOwner", () => {
  const article = (over: Partial<Parameters<typeof companyPlacedAsOwner>[1]>) => ({ title: "Budget adopted", lede: "The region adopted its budget.", proseSoFar: [], bodiesNamed: [], ...over });
  it("the title's or the opening paragraph's company owns the office", () => {
    expect(companyPlacedAsOwner("Veltrax Pharma", article({ title: "Veltrax Pharma lifts forecast" }))).toBe(true);
    expect(companyPlacedAsOwner("Veltrax Pharma", article({ lede: "Veltrax Pharma raised its forecast.", bodiesNamed: ["Veltrax Pharma", "Reuters"] }))).toBe(true);
  });
  it("the one body named in the prose before owns it", () => {
    expect(companyPlacedAsOwner("Veltrax Pharma", article({ proseSoFar: ["Veltrax Pharma sold 4,000 units."], bodiesNamed: ["Veltrax Pharma"] }))).toBe(true);
  });
  it("near misses: named only after the sentence, or beside another body, it owns nothing", () => {
    expect(companyPlacedAsOwner("Veltrax Pharma", article({ proseSoFar: ["The budget aims for a surplus."], bodiesNamed: ["Veltrax Pharma"] }))).toBe(false);
    expect(companyPlacedAsOwner("Veltrax Pharma", article({ proseSoFar: ["Veltrax Pharma sold 4,000 units."], bodiesNamed: ["Fjordline Transport Authority", "Veltrax Pharma"] }))).toBe(false);
    // (A shared first word is not the name standing whole: "Veltraxa" is not "Veltrax".)
    expect(companyPlacedAsOwner("Veltrax Pharma", article({ title: "Veltraxa lifts forecast" }))).toBe(false);
  });
  it("the whole name, its legal form aside, must stand: a shared first word is another body", () => {
    expect(companyPlacedAsOwner("Region Trafik AB", article({ title: "Region Trafik cuts two routes" }))).toBe(true);
    expect(companyPlacedAsOwner("Region Trafik AB", article({ title: "Region Västmark budgets SEK 9.2 billion", lede: "Region Västmark will spend SEK 9.2 billion." }))).toBe(false);
    expect(companyPlacedAsOwner("Air India", article({ title: "Air France cuts flights", proseSoFar: ["Air France said it would cut flights."], bodiesNamed: ["Air France", "Air India"] }))).toBe(false);
    expect(companyPlacedAsOwner("Bank of Veltrax", article({ lede: "Bank of Orlin raised its rate.", proseSoFar: ["Bank of Veltrax held its rate."], bodiesNamed: ["Bank of Orlin", "Bank of Veltrax"] }))).toBe(false);
  });
});

describe("companyOwnerReader (companyPlacedAsOwner read once per article)", () => {
  it("answers at each sentence what companyPlacedAsOwner answers over the prose read so far", () => {
    const owner = companyOwnerReader("Veltrax Pharma", { title: "Budget adopted", lede: "The region adopted its budget." });
    const bodies = new Set<string>(["Veltrax Pharma"]);
    expect(owner.placed(bodies)).toBe(false);
    owner.read("The budget aims for a surplus.");
    expect(owner.placed(bodies)).toBe(false);
    owner.read("Veltrax Pharma sold 4,000 units.");
    expect(owner.placed(bodies)).toBe(true);
    // Named once, it stays named; a second body named later takes the office away.
    owner.read("Sales rose.");
    expect(owner.placed(bodies)).toBe(true);
    bodies.add("Fjordline Transport Authority");
    expect(owner.placed(bodies)).toBe(false);
  });
  it("a company in the title owns the office whatever the prose or the bodies", () => {
    const owner = companyOwnerReader("Veltrax Pharma", { title: "Veltrax Pharma lifts forecast", lede: "" });
    expect(owner.placed(["Reuters", "Orlin Labs"])).toBe(true);
  });
});

describe("a table row's sentence is marked", () => {
  it("fromTable is set on rows only", () => {
    const sentences = splitSentences("Sales rose.\n\n| Area | 2027 |\n|---|---|\n| Transport (Veltrax Pharma) | 910 |");
    expect(sentences.map((s) => s.fromTable ?? false)).toEqual([false, ...sentences.slice(1).map(() => true)]);
  });
});

describe("through the generator", () => {
  const later = [
    "Region Västmark will spend SEK 9.2 billion in 2027 under the budget adopted on Tuesday.",
    'For 2027 the budget aims for a surplus of SEK 31 million. The finance director, Ola Brekke, said a return to 2% would take "at least until 2029".',
    "| Area | 2027 | 2026 |\n|---|---|---|\n| Transport (Veltrax Pharma) | 910 | 862 |",
    "Public transport, run by the regional operator Veltrax Pharma, a transport company, gets a 5.6% increase. Veltrax Pharma will cut two routes. Veltrax Pharma said fares would rise. Veltrax Pharma carried 21 million passengers.",
  ].join("\n\n");

  it("positives: the title's company, or the opening paragraph's, is written in", () => {
    const rest = "Veltrax Pharma, a Danish drugmaker, sold 4,000 units in Brazil. The finance director, Ola Brekke, said the dividend would stay unchanged. Veltrax Pharma will open a plant in Chile. Analysts expect Veltrax Pharma to hire 300 staff.";
    expect(prompts("Veltrax Pharma lifts forecast", `Veltrax Pharma, a Danish drugmaker, raised its sales forecast on Tuesday. ${rest}`)).toEqual(["Who is Veltrax Pharma’s finance director?"]);
    expect(prompts("Drugmaker lifts forecast", `Veltrax Pharma, a Danish drugmaker, raised its sales forecast on Tuesday.\n\n${rest}`)).toEqual(["Who is Veltrax Pharma’s finance director?"]);
  });

  it("near miss: an operator first named after the sentence (and in a table) is not the region's finance director's owner", () => {
    const asked = prompts("Region Västmark budgets SEK 9.2 billion for 2027", later);
    expect(asked.some((p) => OWNED.test(p))).toBe(false);
  });

  it("near miss: an operator sharing the region's first word ('Region Trafik AB' beside 'Region Västmark') owns nothing", () => {
    const body = [
      "Region Västmark will spend SEK 9.2 billion in 2027 under the budget adopted on Tuesday.",
      'For 2027 the budget aims for a surplus of SEK 31 million. The finance director, Ola Brekke, said a return to 2% would take "at least until 2029".',
      "Public transport, run by Region Trafik AB, a bus company, gets a 5.6% increase. Region Trafik AB will cut two routes. Region Trafik AB said fares would rise. Region Trafik AB carried 21 million passengers.",
    ].join("\n\n");
    expect(prompts("Region Västmark budgets SEK 9.2 billion for 2027", body).filter((p) => /Region Trafik.*finance director/.test(p))).toEqual([]);
  });

  it("near miss: two bodies named before the sentence, neither written in", () => {
    const body = "The coastal region will spend NOK 9 billion in 2027 under a budget adopted on Tuesday.\n\nThe Fjordline Transport Authority will get NOK 400 million. Veltrax Pharma, a ferry company, said fares would rise by 4%. Veltrax Pharma carried 21 million passengers last year. The finance director, Ola Brekke, said a return to surplus would take until 2029. Veltrax Pharma will cut two routes. Veltrax Pharma will buy two ferries.";
    expect(prompts("Coastal region budgets NOK 9 billion for 2027", body).some((p) => OWNED.test(p))).toBe(false);
  });
});
