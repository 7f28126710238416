import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

const article = (body: string) => ({ slug: "n", title: "Nordvind's half-year profit falls after a still spring", source: "Wire", publishedAt: new Date(Date.UTC(2026, 7, 20)), body });

describe("an opening It is never a person named behind a role (strict read AK1-core #27)", () => {
  it("'Chief financial officer Maria Lind said ... It invested €50 million': the investor is not asked as Maria Lind", () => {
    const body = [
      "Nordvind, a wind producer based in Tromsø, said on Thursday that its half-year profit fell by a third to €40 million.",
      "",
      "Chief financial officer Maria Lind said net debt rose to €300 million at the end of June, from €250 million a year earlier, because the company kept spending on new turbines. It invested €50 million in the half year, most of it on replacing old turbines.",
    ].join("\n");
    const items = generateArticleItems(article(body));
    const aboutInvestment = items.filter((i) => /€50 million/.test(i.answer));
    expect(aboutInvestment.length).toBeGreaterThan(0);
    for (const i of aboutInvestment) expect(i.prompt).not.toMatch(/Maria Lind invest|Lind invested/);
  });

  it("near miss: a named body before 'It' is still what It stands for", () => {
    const body = [
      "Chief financial officer Maria Lind presented the results in Oslo on Thursday.",
      "",
      "Nordvind Energy grew 4% in the year. It invested €50 million in the half year, most of it on replacing old turbines.",
    ].join("\n");
    const prompts = generateArticleItems(article(body)).filter((i) => /€50 million/.test(i.answer)).map((i) => i.prompt);
    expect(prompts.some((p) => /Nordvind Energy invest/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/Lind invest/);
  });
});
