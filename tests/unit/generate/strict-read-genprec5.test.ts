import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { isCompletionPrompt } from "@/lib/generate/completion-stem";

// Defects of the strict reads of blind batches 2026-11c and 11d (/work/coord/strict-read-c1.md, strict-read-d1.md,
// strict-read-genprec5-*.md), pinned with invented sentences.
const article = (body: string, title = "Torvik Marine opens a new shipyard in Bergen", source: string | null = "Nordic Wire") => ({ slug: "a", title, source, publishedAt: new Date(Date.UTC(2026, 9, 7)), body });
const items = (body: string, title?: string, source?: string | null) => generateArticleItems(article(body, title, source));
const whQuestions = (body: string, title?: string) => items(body, title).filter((i) => (i.type === "choice" || i.type === "typed") && !isCompletionPrompt(i.prompt));

describe("a wh-question carries its article's label (d1 item 8: whose revenue?)", () => {
  it("a subject named only by a nationality word is placed by the title", () => {
    const qs = whQuestions("American customers now account for 44% of revenue, up from 38% a year earlier.").filter((i) => i.answer === "44%");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toMatch(/^\(“Torvik Marine opens/);
  });

  it("a question that names its subject gets the label too", () => {
    const qs = whQuestions("Torvik Marine raised NOK 2.3 billion in its initial public offering in 2021.");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toMatch(/^\(“Torvik Marine opens/);
  });

  it("the title is left out when it gives the answer away, and a named question is still asked", () => {
    const qs = whQuestions("Torvik Marine raised NOK 2.3 billion in its initial public offering in 2021.", "Torvik Marine raised NOK 2.3 billion in 2021");
    expect(qs.some((q) => q.answer === "NOK 2.3 billion")).toBe(true);
    for (const q of qs) expect(q.prompt).not.toContain(q.answer);
  });
});
