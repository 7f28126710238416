import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Only cloze and true/false are asked for, so the per-sentence cap never spends a sentence's items on other types.
const onlyCloze = { types: ["cloze", "truefalse"] as ("cloze" | "truefalse")[] };
const article = (title: string, body: string) => ({ slug: "andes", title, source: "El Comercio", publishedAt: new Date(Date.UTC(2026, 7, 14)), body });

// From the strict read of the fresh blind batch: "The airline expects ... bringing its fleet to ___ aircraft" never
// said which airline; the sentence alone cannot be placed by a learner.
describe("cloze and true/false items say which article their sentence is from", () => {
  const items = generateArticleItems(
    article("Andes Air posts record half-year profit", "Andes Air carried 9.1 million passengers in the first half. The airline expects to take delivery of six more jets next year, bringing its fleet to 48 aircraft."),
    onlyCloze,
  );

  it("a cloze carries the article's title with its source and month", () => {
    const cloze = items.find((i) => i.type === "cloze" && i.answer.startsWith("48"));
    // "The airline" is written as the airline the title opens with, so a question built from it says which too.
    expect(cloze?.prompt).toMatch(/^\(“Andes Air posts record half-year profit”, El Comercio, August 2026\) Andes Air expects/);
  });

  it("a true/false statement carries it too", () => {
    expect(items.filter((i) => i.type === "truefalse").every((i) => i.prompt.includes("“Andes Air posts record half-year profit”"))).toBe(true);
  });

  it("leaves out a title that gives the answer away", () => {
    const told = generateArticleItems(article("Andes Air fleet to reach 48 aircraft", "Andes Air carried 9.1 million passengers. The airline expects to take delivery of six more jets next year, bringing its fleet to 48 aircraft."), onlyCloze);
    const asked = told.filter((i) => i.type === "cloze" && i.answer.startsWith("48"));
    expect(asked.length).toBeGreaterThan(0);
    for (const item of asked) expect(item.prompt).not.toContain("fleet to reach 48");
  });
});

// A title that opens with the story's place ("Lagoa fish canner ...") once made "The company" read "Lagoa".
describe("a place the title opens with is never what 'the company' is (issue 9)", () => {
  const tail = "The company expects to hire 120 more workers for its new freezing line next year.";
  const stems = (title: string, body: string) => generateArticleItems(article(title, body), { types: ["cloze", "choice"] }).map((i) => i.prompt.replace(/^\([^)]*\)\s*/, ""));
  it("leaves 'The company' unrewritten when the article places the title's opening", () => {
    const datelined = stems("Lagoa fish canner lifts profit", `LAGOA, Nov. 3 — The country's largest fish canner reported that half-year profit rose 40% at its plant in Lagoa, on the island of Sal. ${tail}`);
    const island = stems("Lagoa switches on solar plant", `The island of Lagoa switched on a solar plant built by a private firm. ${tail}`);
    for (const stem of [...datelined, ...island]) expect(stem).not.toMatch(/Lagoa expect/);
  });
  it("still writes in the company the title opens with", () => {
    const named = stems("Atlântico Pescas lifts profit on Spanish demand", `Atlântico Pescas reported that half-year profit rose 40% at its plant in Lagoa. ${tail}`);
    expect(named.some((stem) => /Atlântico Pescas expect/.test(stem))).toBe(true);
  });
  it("writes in the company the opening sentence names by its legal form instead", () => {
    const lede = stems("Lagoa fish canner lifts profit", `LAGOA, Nov. 3 — Atlântico Pescas SA, the country's largest fish canner, reported that half-year profit rose 40% at its plant in Lagoa. ${tail}`);
    expect(lede.some((stem) => /Atlântico Pescas expect/.test(stem))).toBe(true);
    for (const stem of lede) expect(stem).not.toMatch(/Lagoa expect/);
  });
  it("keeps a number word that opens the company's name", () => {
    const lede = stems("Lagoa hotel group lifts profit", `LAGOA, Nov. 3 — Three Palms Hotels Ltd., the island's largest hotel group, reported that profit rose 40% at its resorts in Lagoa. ${tail}`);
    expect(lede.some((stem) => /Three Palms Hotels expect/.test(stem))).toBe(true);
  });
});
