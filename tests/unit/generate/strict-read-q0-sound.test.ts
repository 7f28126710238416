import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { garbledQuestion } from "@/lib/generate/garbled-question";

// Defects found by strict read Q0 (tests/fixtures/gold/blind-2026-11q/strict-read-q0-fe1dbb0.md) in items worth
// learning. Every sentence below is written for the test, not taken from a gold batch.
const article = (body: string, title: string, source: string | null = "Harbour Sports Desk") => ({ slug: "a", title, source, publishedAt: new Date(Date.UTC(2026, 10, 7)), body });
const items = (body: string, title: string, source?: string | null) => generateArticleItems(article(body, title, source));
const fromSentence = (all: ReturnType<typeof items>, words: string) => all.filter((i) => i.source.sentence.includes(words));

describe("a sentence whose subject is a bare 'the result' is not shown under a publisher alone (Q0 41)", () => {
  const body = "Harbour Rovers beat Quay Athletic 2-1 on Saturday. The result ends Quay Athletic's run of nine league games without defeat and leaves Rovers top.";

  it("the title that holds the answer is dropped, and with it the item", () => {
    const all = fromSentence(items(body, "Nine-man Rovers hold off Quay Athletic"), "The result ends");
    for (const i of all) expect(i.prompt).toMatch(/“Nine-man Rovers/);
  });

  it("kept under a title that does not hold the answer", () => {
    const all = fromSentence(items(body, "Rovers hold off Quay Athletic to stay top"), "The result ends");
    expect(all.some((i) => i.answer === "nine" && i.type === "cloze")).toBe(true);
  });
});

describe("a question whose verb keeps its -s after 'does it' is garbled (brief of round 6: 'does it also means')", () => {
  it("flags 'does it also means', not 'does it pass' nor a name's plural noun", () => {
    expect(garbledQuestion("How many ferries does it also means the port must buy?")).not.toBeNull();
    expect(garbledQuestion("How many ferries does it mean the port must buy?")).toBeNull();
    expect(garbledQuestion("How many checks does it pass each year?")).toBeNull();
    expect(garbledQuestion("By what percentage did Acme Marine shares rise on Monday?")).toBeNull();
  });
});

describe("a year that a span's length and other end give is not asked with options (Q0 31)", () => {
  it("'tracked 90 seals over six summers, from _____ to 2025' asks the year by cloze only", () => {
    const body = "Harbour seals are thriving in the bay. The survey tracked 90 adult seals fitted with tags over six summers, from 2020 to 2025, and found they spent most of their time near the old pier.";
    const all = items(body, "Bay seals favour old pier, survey finds", "Bay Science Desk").filter((i) => i.answer === "2020");
    expect(all.filter((i) => i.type === "choice" || i.type === "typed")).toEqual([]);
  });
});
