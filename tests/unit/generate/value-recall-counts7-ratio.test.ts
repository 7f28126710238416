import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: a share written as one thing in a whole ("about one school in five"), which no reader took (lane
// counts7: batches 11b, 11i and 11q), with the cases that must stay no share.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);

describe("one thing in a whole: 'about one school in five', 'fewer than one trip in ten'", () => {
  it.each([
    ["Inspectors found that pupils in about one school in five still carried phones.", "about one school in five"],
    ["Fishers said they now did so on fewer than one trip in ten.", "fewer than one trip in ten"],
    ["One infected devil in nine survived the trial.", "one infected devil in nine"],
    // (A present verb after the whole: mend15.)
    ["Roughly one adult in 20 smokes daily.", "roughly one adult in 20"],
  ])("%s -> %s", (sentence, answer) => {
    const span = spans(sentence).find((s) => s.answer === answer);
    expect(span?.value).toBe(answer.endsWith("five") ? 5 : answer.endsWith("ten") ? 10 : answer.endsWith("20") ? 20 : 9);
    expect(span?.unit).toBe("one thing in a whole");
  });

  it.each([
    ["He scored one goal in 20 minutes.", "one goal in 20"],
    ["He scored one goal in 20 games.", "one goal in 20"],
    ["The side won one match in 2024.", "one match in 2024"],
    ["One of them in five left.", "one of them in five"],
    // (Review of 1280af6: a plural noun after the whole is what is counted, not a verb.)
    ["Inspectors found one case in 12 hospitals surveyed.", "one case in 12"],
    ["One death in 40 patients treated was reported.", "one death in 40"],
  ])("%s: a time, a year or a pronoun is no whole", (sentence, answer) => {
    expect(spans(sentence).some((s) => s.answer.toLowerCase() === answer.toLowerCase())).toBe(false);
  });
});

describe("options of one thing in a whole change the whole only", () => {
  it("'about one school in five' is offered beside 'about one school in ten', never a bare 'ten'", () => {
    const body = "Inspectors in Lakeford reported on Monday that pupils in about one school in five still carried phones in their pockets.";
    const items = generateItems([{ slug: "t", title: "Phone bans in Lakeford schools", source: "Test", publishedAt: PUBLISHED, body }]);
    const choice = items.find((i) => i.type === "choice" && i.answer === "about one school in five");
    expect(choice).toBeDefined();
    for (const option of choice?.choices ?? []) expect(option).toMatch(/^about one school in [a-z]+$/);
  }, 30_000);
});
