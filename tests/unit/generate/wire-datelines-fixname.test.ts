import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { stripDateline } from "@/lib/generate/datelines";
import { matchEntityRules } from "@/lib/generate/entity-rules";
import { extractFacts } from "@/lib/generate/extract-facts";
import { generateArticleItems } from "@/lib/generate";

const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const questionOf = (body: string, answer: string) => extractFacts(article(body)).find((f) => f.answer === answer)?.question ?? null;

// Strict read I1 #12: "How many agreements did GEORGETOWN, Guyana, Nov. 17 (CNA) — Norway and Guyana sign ...?".
// Wire datelines come in several forms; none of them is part of the clause a question is made from.
describe("a wire dateline in any of its forms is no part of a question", () => {
  const CLAUSE = "Chile and Peru signed four trade accords covering copper, fishing and ports.";
  const FORMS = [
    "LIMA, Peru, Nov. 18 (PNA) — ",
    "LIMA, Peru, Nov. 18 (PNA) -- ",
    "LIMA (PNA) — ",
    "LIMA, 18 November (PNA) - ",
    "LIMA, Nov. 18, 2026 (Reuters) – ",
    "LIMA — ",
  ];
  it.each(FORMS)("'%s'", (dateline) => {
    expect(questionOf(`${dateline}${CLAUSE}`, "four")).toMatch(/^How many trade accords did Chile and Peru sign covering copper\b/);
  });
});

// With the dateline gone, a release's "today" has no day left to refer to: "did the firm today launch ...?" is garbled.
describe("a question keeps no 'today' before its verb", () => {
  it("'MONTEVIDEO, Uruguay, 3 May 2026 — Lumen Bikes today opened 12 stores ...' is no wh-question", () => {
    expect(questionOf("MONTEVIDEO, Uruguay, 3 May 2026 — Lumen Bikes today opened 12 stores in the capital.", "12") ?? "").not.toMatch(/\btoday\b/);
    expect(questionOf("The cooperative expects to hire 90 workers by June, up from 40 today.", "90")).toMatch(/^How many workers does the cooperative expect to hire/);
  });
});

// The entity rules had their own dateline pattern (DATELINE_LEAD) beside the one questions strip (DASH_DATELINE): it
// missed a city with an accent, so the role after "BOGOTÁ — " was not read; the questions' missed a two-city dateline.
describe("one dateline pattern for the entity rules and the questions", () => {
  it("a role opens the sentence again after a dateline whose city has an accent", () => {
    expect(matchEntityRules("BOGOTÁ — Midfielder Ana Ruiz scored twice as the hosts won.").map((m) => [m.name, m.noun])).toEqual([["Ana Ruiz", "midfielder"]]);
    expect(matchEntityRules("ASUNCIÓN, Paraguay — Coach Ana Ruiz said the side would rest.").map((m) => [m.name, m.noun])).toEqual([["Ana Ruiz", "coach"]]);
  });

  it("a dateline naming two cities is stripped whole", () => {
    expect(stripDateline("KIGALI, Rwanda, and LUSAKA, Zambia — The operator opened a depot.")).toBe("The operator opened a depot.");
  });
});

// Lane noitem8 (w+x "no item"): a dash dateline naming the town the sentence's blank asks for gave it away, so no
// blank was made at all; the dateline is left out of that fact's prompts instead.
describe("a dash dateline that names the answer", () => {
  it("is left out of the blank, which is then asked", () => {
    const body = "ELMVALE, Ont., March 3, 2026 — Northfield Apple Growers Ltd. today opened a $12-million cider press in Elmvale, the village that calls itself the orchard capital of the county.";
    const items = generateArticleItems({ slug: "d", title: "Apple growers open cider press", source: "Northfield Apple Growers Ltd. (press release)", publishedAt: new Date(Date.UTC(2026, 2, 3)), body });
    const cloze = items.find((i) => i.answer === "Elmvale" && i.type === "cloze");
    expect(cloze?.prompt).toContain("Northfield Apple Growers Ltd. today opened a $12-million cider press in _____, the village");
    expect(cloze?.prompt).not.toMatch(/ELMVALE|Elmvale/);
  });
});
