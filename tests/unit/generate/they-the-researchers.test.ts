import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { brokenQuestion } from "@/lib/generate/build-items";
import { carriesResearchers, resolveResearchersThey } from "@/lib/generate/resolve-subject-pronoun";

// Issue 9 (recall, science news): "The team sampled ... They then kept ..." and a paragraph opening "They found that
// ..." in a story about one study had no referent, so their facts got no item. Sentences written for this test.
describe("an opening They in a story about one study", () => {
  it.each([
    ["The team sampled 300 lakes in Finnmark.", "They then froze the cores for six months.", false],
    ["Researchers from the University of Tromsø sampled 300 lakes.", "They found that 40% had lost their ice cover.", false],
    [null, "They estimate that the lakes warm by 0.3 degrees a decade.", false],
    ["They then froze the cores.", "They then thawed 120 of them in a cold room.", true],
  ] as const)("%s %s", (previous, text, previousWasResearchers) => {
    expect(resolveResearchersThey(text, previous, previousWasResearchers, true)).toBe(`The researchers ${text.slice(5)}`);
  });

  it.each([
    // Not a study story; a plural subject of another kind; what they were; a paragraph of what others did.
    ["The team sampled 300 lakes in Finnmark.", "They then froze the cores for six months.", false, false],
    ["The lakes froze late in 2025.", "They lost 40% of their ice cover.", false, true],
    ["The team sampled 300 lakes in Finnmark.", "They were the first to do so.", false, true],
    [null, "They lost 40% of their ice cover.", false, true],
    // What was done to the things they studied: a They that is or was something is those things, not the researchers.
    ["The team drilled 80 ice cores on the plateau.", "They were stored at minus 30 degrees for a year.", false, true],
    ["Researchers from the University of Oulu tagged 140 reindeer.", "They had been fitted with collars in 2022.", false, true],
    ["The scientists counted 900 nests on the island.", "They are now protected by a fence.", false, true],
  ] as const)("refused: %s %s", (previous, text, previousWasResearchers, study) => {
    expect(resolveResearchersThey(text, previous, previousWasResearchers, study)).toBeNull();
  });

  it.each([
    ["They then froze the cores for six months.", true],
    ["They found that 40% had lost their ice cover.", true],
    ["They lost 12% of their weight over the winter.", false],
    ["They were stored at minus 30 degrees.", false],
  ] as const)("carried on to the next They: %s", (text, carried) => {
    expect(carriesResearchers(text)).toBe(carried);
  });

  it("never keys the things studied as the researchers", () => {
    const body = [
      "Seabird colonies on the Faroe Islands are shrinking, according to a study published in the journal Nordic Birds.",
      "The team surveyed 1,240 nests on three islands in 2024.",
      "They were flooded in 2023 after a spring storm.",
      "They lost 40% of their chicks that summer.",
    ].join(" ");
    const items = generateArticleItems({ slug: "nests", title: "Faroe seabird colonies are shrinking, study finds", source: "Nordic Science Desk", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });
    const researchers = items.filter((i) => /researchers/i.test(`${i.prompt} ${i.answer}`) && /flooded|lost 40|chicks/.test(`${i.prompt} ${i.answer}`));
    expect(researchers.map((i) => i.prompt)).toEqual([]);
  });

  it("so the sentence's fact is asked, with whose researchers they are", () => {
    const body = [
      "Arctic lakes are losing their winter ice faster than models predicted, according to a study published in the journal Polar Waters.",
      "The team sampled 300 lakes in Finnmark between 2019 and 2025.",
      "They then kept the sediment cores in a cold room for 18 months.",
    ].join(" ");
    const items = generateArticleItems({ slug: "lakes", title: "Arctic lakes are losing ice faster, study finds", source: "Nordic Science Desk", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });
    const asked = items.filter((i) => i.answer === "18 months" && i.type !== "truefalse");
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((i) => /researchers/.test(i.prompt) && !/\bThey\b/.test(i.prompt))).toBe(true);
  });
});

describe("a reported clause's modal moved before the reporter", () => {
  it("reads as broken, so the fact is asked by completion instead", () => {
    expect(brokenQuestion("By what fraction would the researchers estimate that draining the bog cut its carbon store?")).toBe(true);
    expect(brokenQuestion("How many jobs did the minister say the plant would create?")).toBe(false);
    expect(brokenQuestion("How many jobs will the plant create by 2030?")).toBe(false);
  });
});
