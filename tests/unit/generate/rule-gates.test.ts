import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { ENTITY_RULES } from "@/lib/generate/entity-rules";
import { splitSentences } from "@/lib/generate/split-sentences";
import { meetsNeeds } from "@/lib/generate/rule-needs";
import { VALUE_RULES } from "@/lib/generate/value-rules";

// A rule's `requires` only skips its costly pattern: on every sentence where the pattern yields something, the
// gate must pass, or the gate would silently lose facts. Checked on the seed articles and every rule's example.
const FOLDERS = ["content", "tests/fixtures/articles", "tests/fixtures/articles/blind"];
const sentences = [
  ...FOLDERS.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .flatMap((f) => splitSentences(parseArticle(f, fs.readFileSync(path.join(dir, f), "utf8")).body).map((s) => s.text)),
  ),
  ...VALUE_RULES.map((r) => r.example.sentence),
  ...ENTITY_RULES.map((r) => r.example.text),
  "Revenue rose 3% to 5% and output doubled, twice as fast as a 2-1 win on Oct. 3; a 60-metre wall, 330 km long, was half built in 2:02:11.",
];
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));

describe("rule gates never hide a match", () => {
  it.each(VALUE_RULES.filter((r) => r.requires).map((r) => [r.name, r] as const))("value rule: %s", (_name, rule) => {
    const missed = sentences.filter((s) => !rule.requires?.test(s) && [...s.matchAll(rule.pattern)].some((m) => rule.yields(m, { sentence: s, publishedAt: PUBLISHED })));
    expect(missed).toEqual([]);
  });

  it.each(ENTITY_RULES.filter((r) => r.requires).map((r) => [r.name, r] as const))("entity rule: %s", (_name, rule) => {
    const missed = sentences.filter((s) => !rule.requires?.test(s) && [...(rule.lowerFirst ? s.charAt(0).toLowerCase() + s.slice(1) : s).matchAll(rule.pattern)].length > 0);
    expect(missed).toEqual([]);
  });

  // A rule's `needs` (rule-needs.ts) is read before its gate: it must hold wherever the pattern yields, too.
  it.each(VALUE_RULES.filter((r) => r.needs).map((r) => [r.name, r] as const))("value rule needs: %s", (_name, rule) => {
    const missed = sentences.filter((s) => !meetsNeeds(s.toLowerCase(), rule.needs) && [...s.matchAll(rule.pattern)].some((m) => rule.yields(m, { sentence: s, publishedAt: PUBLISHED })));
    expect(missed).toEqual([]);
  });

  it.each(ENTITY_RULES.filter((r) => r.needs).map((r) => [r.name, r] as const))("entity rule needs: %s", (_name, rule) => {
    const missed = sentences.filter((s) => !meetsNeeds(s.toLowerCase(), rule.needs) && [...(rule.lowerFirst ? s.charAt(0).toLowerCase() + s.slice(1) : s).matchAll(rule.pattern)].length > 0);
    expect(missed).toEqual([]);
  });

  it("a rule's needs pass on its own example and fail somewhere (else they skip nothing)", () => {
    for (const rule of [...VALUE_RULES.map((r) => ({ name: r.name, needs: r.needs, example: r.example.sentence })), ...ENTITY_RULES.map((r) => ({ name: r.name, needs: r.needs, example: r.example.text }))].filter((r) => r.needs)) {
      expect(meetsNeeds(rule.example.toLowerCase(), rule.needs), rule.name).toBe(true);
      expect(sentences.some((s) => !meetsNeeds(s.toLowerCase(), rule.needs)), rule.name).toBe(true);
    }
  });

  it("needs: a sentence lacking every piece is skipped, one holding any piece in any case is not", () => {
    expect(meetsNeeds("the clinic opened in the second half of 2025.", ["quarter of", "half of"])).toBe(true);
    expect(meetsNeeds("The clinic opened in the second Half Of 2025.".toLowerCase(), ["quarter of", "half of"])).toBe(true);
    expect(meetsNeeds("the clinic opened on a half-day in 2025.", ["quarter of", "half of"])).toBe(false);
    expect(meetsNeeds("anything at all", undefined)).toBe(true);
  });

  it("the gates are exercised: each value rule's gate passes on its own example and fails somewhere", () => {
    for (const rule of VALUE_RULES.filter((r) => r.requires)) {
      expect(rule.requires?.test(rule.example.sentence), rule.name).toBe(true);
      expect(sentences.some((s) => !rule.requires?.test(s)), rule.name).toBe(true);
    }
  });
});
