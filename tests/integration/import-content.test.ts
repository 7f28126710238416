import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importArticleFiles } from "@/lib/server/catalog";
import { getDb } from "@/lib/server/db";
import { readArticleFiles } from "../../scripts/lib/content-files";

// Runs against its own copy of the seed articles (renamed slugs) so other test files' items do not interfere.
const seeds = readArticleFiles("content").map((f) => ({ fileName: `import-${f.fileName}`, text: f.text }));
const slugOf = (fileName: string) => fileName.replace(/\.(md|txt)$/, "");

describe("importing articles", () => {
  it("imports the seed articles, then leaves unchanged files alone", async () => {
    const first = await importArticleFiles(seeds);
    expect(first.imported).toHaveLength(3);
    expect(first.failed).toEqual([]);
    expect(first.items.created).toBeGreaterThan(100);

    const again = await importArticleFiles(seeds);
    expect(again.imported).toEqual([]);
    expect(again.unchanged).toHaveLength(3);
    expect(again.items.created).toBe(0);
  });

  it("keeps the identity of items whose sentence did not change when an article is edited, and retires the rest", async () => {
    const db = getDb();
    const file = seeds[0]!;
    const article = await db.article.findUniqueOrThrow({ where: { slug: slugOf(file.fileName) }, select: { id: true } });
    const before = await db.item.findMany({ where: { articleId: article.id, status: "active" }, select: { id: true, key: true, sourceSentence: true } });
    const edited = file.text.replace("a 35.4 percent decline from the previous year", "a 36.1 percent decline from the previous year");
    expect(edited).not.toBe(file.text);

    const report = await importArticleFiles([{ fileName: file.fileName, text: edited }]);
    expect(report.imported).toEqual([slugOf(file.fileName)]);
    expect(report.items.retired).toBeGreaterThan(0);
    // Every other item is kept, and only those whose text moved (a wrong option that was 35.4%) are rewritten.
    expect(report.items.kept).toBe(before.length - report.items.retired);
    expect(report.items.changed).toBeLessThan(report.items.kept / 2);

    const after = await db.item.findMany({ where: { articleId: article.id }, select: { id: true, key: true, status: true, sourceSentence: true } });
    const afterById = new Map(after.map((i) => [i.id, i]));
    for (const item of before) {
      const now = afterById.get(item.id);
      expect(now, `item ${item.key} disappeared`).toBeDefined();
      const sentenceChanged = item.sourceSentence.includes("35.4 percent");
      expect(now!.status).toBe(sentenceChanged ? "retired" : "active");
    }
    expect(after.some((i) => i.status === "active" && i.sourceSentence.includes("36.1 percent"))).toBe(true);
  });

  it("reports a malformed article by file name and still imports the others", async () => {
    const good = { fileName: "import-extra-good.md", text: readFileSync("content/" + seeds[1]!.fileName.replace("import-", ""), "utf8").replace(/^---\ntitle: .*$/m, '---\ntitle: "Copy for the import test"') };
    const bad = { fileName: "import-broken.md", text: "---\ntitle: Broken\npublished: not-a-date\n---\nBody." };
    const report = await importArticleFiles([bad, good]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.file).toBe("import-broken.md");
    expect(report.failed[0]!.error).toMatch(/import-broken\.md/);
    expect(report.imported).toEqual(["import-extra-good"]);
  });
});
