import { describe, expect, it } from "vitest";
import { buildLibraryPool, generateArticleItems } from "@/lib/generate";

const article = (slug: string, body: string) => ({ slug, title: "T", source: null, publishedAt: new Date(Date.UTC(2025, 5, 1)), body });
const upload = article("upload", "Vietnam's coffee exports rose 40.1% in 2025, the Ministry of Industry and Trade said on Monday in its yearly report.");
const library = article("library", "Rice exports fell 41.5% in 2025. Pepper exports grew 38.5% in 2025. Cashew exports grew 12.5% in 2024.");
const optionsOf = (items: ReturnType<typeof generateArticleItems>) => items.find((i) => i.type === "choice")?.choices ?? [];

describe("generateArticleItems", () => {
  it("takes wrong options from the article first, then from the library it is given", () => {
    const withLibrary = optionsOf(generateArticleItems(upload, { library: buildLibraryPool([library]) }));
    expect(withLibrary).toContain("40.1%");
    expect(withLibrary).toEqual(expect.arrayContaining(["41.5%", "38.5%"]));
    // Without a library the options are perturbations of the answer, never figures of anything else.
    const alone = optionsOf(generateArticleItems(upload));
    expect(alone).not.toContain("41.5%");
    expect(alone).not.toContain("38.5%");
  });

  it("prefers the article's own figures to the library's, even when a library figure is nearer", () => {
    const own = article(
      "own",
      "Coffee exports rose 40.1% in 2025, the ministry said in a report. Tea exports rose 44.5% in 2025, the ministry said in a report. Cocoa exports rose 46.5% in 2025, the ministry said in a report.",
    );
    const near = article("near", "Rice exports fell 40.2% in 2025.");
    const options = generateArticleItems(own, { library: buildLibraryPool([near]) }).find((i) => i.type === "choice" && i.answer === "40.1%")?.choices ?? [];
    expect(options).toEqual(expect.arrayContaining(["44.5%", "46.5%"]));
    expect(options).not.toContain("40.2%");
  });

  it("gives the same items for an article whatever other uploads exist: only the library matters", () => {
    const pool = buildLibraryPool([library]);
    expect(generateArticleItems(upload, { library: pool })).toEqual(generateArticleItems(upload, { library: buildLibraryPool([library]) }));
  });

  it("reports progress by sentence, ending with every sentence done", () => {
    const calls: [number, number][] = [];
    generateArticleItems(library, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([3, 3]);
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
  });
});
