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
