import { describe, expect, it } from "vitest";
import { generateArticleFacts } from "@/lib/generate/generate-items";

// generateArticleFacts hands back its own stages and builder, so scripts/diagnose-missing.ts reads the generator's
// stages instead of a simpler copy (tidy87). Sentences written for this test.
const article = (slug: string, body: string) => ({ slug, title: "T", source: null, publishedAt: new Date(Date.UTC(2025, 5, 1)), body });
const upload = article(
  "upload",
  "Vietnam's coffee exports rose 40.1% in 2025, the Ministry of Industry and Trade said on Monday. Rice exports fell 41.5% in 2025. Pepper exports grew 38.5% in 2025.",
);

describe("generateArticleFacts' stages", () => {
  it("narrow from found to worth to kept, and every item comes from a kept fact", () => {
    const g = generateArticleFacts(upload);
    expect(g.found.length).toBeGreaterThan(0);
    expect(g.worth.every((f) => g.found.includes(f))).toBe(true);
    expect(g.kept.every((f) => g.worth.includes(f))).toBe(true);
    expect(g.items.every((it) => g.kept.includes(g.factOf.get(it) as never))).toBe(true);
  });
  it("itemsOf builds a kept fact's items as the generator did (same keys before the later drops)", () => {
    const g = generateArticleFacts(upload);
    const built = new Set(g.kept.flatMap((f) => g.itemsOf(f)).map((it) => it.key));
    expect(g.items.length).toBeGreaterThan(0);
    expect(g.items.every((it) => built.has(it.key))).toBe(true);
  });
});
