import { describe, expect, it } from "vitest";
import { articleRecord } from "@/lib/generate/article-record";
import { extractFacts } from "@/lib/generate/extract-facts";
import { FEATURE_NAMES, articleFeatures } from "@/lib/generate/fact-features";
import { timesWritten } from "@/lib/generate/worth-learning";

// Invented: one body under two titles, one of which names the mayor again.
const BODY = "The Fjellby council reopened the harbour on Monday. Mayor Ingrid Solberg welcomed the choice.";
const article = (title: string) => ({ slug: "a", title, source: "Daily Wire", publishedAt: new Date(Date.UTC(2026, 9, 7)), body: BODY });
const NAMED = article("Mayor Ingrid Solberg reopens Fjellby harbour");
const UNNAMED = article("Council fills a harbour post");

function nameWrittenOnce(a: ReturnType<typeof article>): number {
  const facts = extractFacts(a);
  const i = facts.findIndex((f) => f.answer === "Ingrid Solberg");
  if (i < 0) throw new Error("no fact Ingrid Solberg");
  return articleFeatures(facts, a)[i]![FEATURE_NAMES.indexOf("name written once")]!;
}

describe("the per-article record", () => {
  it("is kept for the same title and body, and replaced when either changes", () => {
    const first = articleRecord(NAMED);
    expect(articleRecord({ title: NAMED.title, body: BODY })).toBe(first);
    expect(articleRecord(UNNAMED)).not.toBe(first);
    expect(articleRecord({ title: NAMED.title, body: `${BODY} ` })).not.toBe(first);
  });

  // Regression (speed3): the features' counts moved into the record the worth rules key on title and body; keyed on
  // the body alone, an article read under a second title would keep the first title's counts.
  it("gives the features and the worth rules each title's own counts when one body is read under two titles", () => {
    expect(nameWrittenOnce(NAMED)).toBe(0);
    expect(timesWritten("Solberg", NAMED)).toBe(2);
    expect(nameWrittenOnce(UNNAMED)).toBe(1);
    expect(timesWritten("Solberg", UNNAMED)).toBe(1);
    expect(nameWrittenOnce(NAMED)).toBe(0);
  });
});
