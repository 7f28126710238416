import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { buildItems } from "@/lib/generate/build-items";
import { extractFacts } from "@/lib/generate/extract-facts";
import { buildPool, layerPools } from "@/lib/generate/pick-distractors";

// Garbled and given-away items found by strict read U0 (tests/fixtures/gold/blind-2026-11u/strict-read-u0core-e73d855.md).
// Every sentence below is written for the test, not taken from a gold batch.
const article = (body: string, title: string, source: string | null = "Lakeland Business Weekly") => ({ slug: "a", title, source, publishedAt: new Date(Date.UTC(2026, 10, 12)), body });
const items = (body: string, title: string, source?: string | null) => generateArticleItems(article(body, title, source));
const fromSentence = (all: ReturnType<typeof items>, words: string) => all.filter((i) => i.source.sentence.includes(words));

describe("'the group's sales' is not shown under a publisher alone (U0 22)", () => {
  const body = "Lakeside Ferries Ltd. reported higher profit for the year on Thursday. Ferries, half of the group's sales, benefited from a warm summer across the north.";

  it("no statement when the title that places the group is dropped", () => {
    const all = fromSentence(items(body, "Keswick boat group lifts yearly profit by half on ferry deal"), "group's sales");
    expect(all.length).toBeGreaterThan(0);
    for (const i of all) expect(i.prompt).toMatch(/“Keswick boat group/);
  });

  it("a sentence that names its group keeps its statement", () => {
    const named = "Lakeside Ferries Ltd. reported higher profit for the year on Thursday. Ferries, half of the group's sales at Lakeside, benefited from a warm summer across the north.";
    const all = fromSentence(items(named, "Keswick boat group lifts yearly profit by half on ferry deal"), "group's sales");
    expect(all.length).toBeGreaterThan(0);
  });
});

describe("a title that lists the themes in order does not head an item keyed by the order (U0 38)", () => {
  const body = "Portugal's economy minister signed three agreements with the Azores on Tuesday. Wine exports were the first theme. Solar power was the third theme. The farm will be built by a local firm.";

  it("the title's list is not shown over 'the _____ theme'", () => {
    const all = fromSentence(items(body, "Portuguese minister signs wine, cork and solar deals on Azores visit"), "Solar power was");
    for (const i of all) expect(i.prompt).not.toMatch(/wine, cork and solar/);
    // (Nor stated under the publisher alone: the third theme of what?)
    expect(all.filter((i) => i.type === "truefalse")).toEqual([]);
  });

  it("a list in another order still heads it", () => {
    const all = fromSentence(items(body, "Portuguese minister signs solar, wine and cork deals on Azores visit"), "Solar power was");
    expect(all.length).toBeGreaterThan(0);
    for (const i of all) expect(i.prompt).toMatch(/solar, wine and cork/);
  });
});

describe("a title whose percentage works the question's answer out is not shown over it (U0 2)", () => {
  it("the question is asked bare when it names its company", () => {
    const at = new Date(Date.UTC(2026, 10, 26));
    const body = "Pre-tax profit rose to £12.6 million from £8.9 million a year earlier, on revenue up 8% at £148.3 million.";
    const facts = extractFacts({ slug: "a", title: "T", source: "Lakeland Business Weekly", publishedAt: at, body });
    const fact = facts.find((f) => f.answer === "£12.6 million");
    if (!fact) throw new Error("no fact");
    const asked = { ...fact, question: "To what amount did Skerry Foods's pre-tax profit rise from £8.9 million a year earlier?" };
    const articleOf = (title: string) => ({ slug: "a", title, source: "Lakeland Business Weekly", publishedAt: at });
    const typed = (title: string) => buildItems(asked, articleOf(title), layerPools(buildPool(facts)), ["typed"])[0]?.prompt;
    expect(typed("Salmon group lifts half-year profit by 41% despite lower prices")).toBe(asked.question);
    expect(typed("Salmon group lifts half-year profit despite lower prices")).toMatch(/^\(“Salmon group/);
  });
});

describe("a title's opening common noun is not the company a later 'The company' means (U0 30)", () => {
  it("'Insurance regulator ...' does not turn 'The company' into 'Insurance'", () => {
    const body = [
      "The Office of the Commissioner of Insurance of Ruritania (OCIR) on Monday cut the windstorm rate increases requested by the island's home insurers by half.",
      "Homes built to the standard of the Insurance Institute for Safer Homes get a discount of 12%.",
      "The Board decided as follows:",
      "1. Rate increases are approved for five of the eight insurers, at an average of 9.2%, less than half the average requested.\n2. The filing of Northgate Mutual Co. is rejected in full. The company must file again within 45 days, with loss estimates based on the 2020 building code, and its current rates stay in force until the Office decides.",
    ].join("\n\n");
    const all = fromSentence(generateArticleItems(article(body, "Insurance regulator cuts requested storm rate rises by half and fines insurer over late filing", "Office of the Commissioner of Insurance of Ruritania"), { keepFrom: 0 }), "file again");
    for (const i of all) expect(i.prompt).not.toMatch(/\bInsurance must\b/);
  });

  it("a one-word company the body names on its own is still the company", () => {
    const body = "Skerrow reported a 12% rise in profit on Thursday. Skerrow now employs 640 people. The company expects to hire 80 more staff next year.";
    const all = fromSentence(items(body, "Skerrow lifts profit as harvests grow"), "expects to hire");
    expect(all.some((i) => /Skerrow expects/.test(i.prompt))).toBe(true);
  });
});
