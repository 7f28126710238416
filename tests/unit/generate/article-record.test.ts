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

// Invented. The worth rules (timesWritten) and the features ("name written once") count an article's words with two
// tokenisers on purpose: timesWritten asks whether the article writes this very name, so its runs of letters and digits
// keep their case ("IVO" is not "Ivo") and a hyphen ends a run ("Brandt-led" writes "Brandt"); the features count
// lower-cased words that keep their hyphens, which is what the fact-worth weights were fitted on (one tokeniser for
// both would move them). Pinned (speed4) so that merging the two is a deliberate change with a refit.
describe("the two word counts of the per-article record", () => {
  const body = "The Varnø council reopened the harbour on Monday. Mayor Ivo Brandt welcomed the choice. The Brandt-led council will meet again in June. IVO, the island's ferry line, added a sailing.";
  const a = { slug: "b", title: "Varnø reopens its harbour", source: "Daily Wire", publishedAt: new Date(Date.UTC(2026, 9, 7)), body };

  it("counts a name's case and a hyphenated word apart", () => {
    // Runs of letters with their case: "Brandt" twice (once inside "Brandt-led"), "Ivo" once ("IVO" is another word).
    expect(timesWritten("Brandt", a)).toBe(2);
    expect(timesWritten("Ivo", a)).toBe(1);
    // Lower-cased words with their hyphens: "ivo" twice, "brandt" once ("brandt-led" is one word), so the name's rarest
    // word is written once.
    const facts = extractFacts(a);
    const i = facts.findIndex((f) => f.answer === "Ivo Brandt");
    if (i < 0) throw new Error("no fact Ivo Brandt");
    expect(articleFeatures(facts, a)[i]![FEATURE_NAMES.indexOf("name written once")]).toBe(1);
  });
});
