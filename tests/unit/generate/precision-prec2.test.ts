import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { foldAsGrowth, VALUE_MARK } from "@/lib/generate/value-questions";

const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: PUBLISHED, body });
const questions = (body: string) => generateItems([article(body)]).filter((i) => i.type === "choice" || i.type === "typed").map((i) => i.prompt);

describe("precision after the recall rules of 29 Nov (prec2)", () => {
  // A multiplier verb with an object ("would double the mill's output") cannot become "How much would X grew ...".
  it("asks no growth question for a multiplier verb that takes an object", () => {
    const body = "Harbour Grain plans a new silo at Port Velan.\n\nThe expansion would double the mill's output to 900 tonnes a day and add a second loading quay.";
    const prompts = questions(body);
    expect(prompts.some((p) => /\bgrew\b|would grow the/.test(p))).toBe(false);
  });

  it("writes a multiplier after a modal as 'grow', not 'grew'", () => {
    const span = findValueSpans("Flour exports would double by 2030.", PUBLISHED).find((s) => s.unit === "fold");
    expect(span).toBeDefined();
    expect(foldAsGrowth(`Flour exports would ${VALUE_MARK} by 2030.`, span!)).toBe(`Flour exports would grow ${VALUE_MARK} by 2030.`);
  });

  // "the trucks for the water utility, Velmar Vodovod, which would cost M": "which" may be the trucks, not the
  // utility named in the aside, so the question may not make the name pay (it did: "How much would JSP Skopje cost?").
  it("does not make an appositive name the subject of the which-clause after it", () => {
    const body = "Velmar city council approved its 2027 budget on Monday.\n\nThe biggest single item is the purchase of new tanker trucks for the municipal water utility, Velmar Vodovod, which would cost €14 million over three years.";
    const prompts = questions(body);
    expect(prompts.some((p) => /How much would Velmar Vodovod cost/.test(p))).toBe(false);
  });
});
