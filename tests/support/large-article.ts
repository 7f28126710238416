// A ~200 KB article (the upload limit) made from the fixture articles with every number varied per copy, so the
// generator does real work on each paragraph instead of recognising repeated sentences.
import fs from "node:fs";
import path from "node:path";
import { parseArticle } from "@/lib/content/parse-article";

const root = path.resolve(import.meta.dirname, "../..");

export function largeArticleText(targetBytes = 195 * 1024, title = "Large upload"): string {
  const dir = path.join(root, "tests/fixtures/articles");
  const bodies = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticle(f, fs.readFileSync(path.join(dir, f), "utf8")).body);
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const body = (bodies[i % bodies.length] ?? "").replace(/\d+(?:\.\d+)?/g, (n) =>
      /^(19|20)\d\d$/.test(n) ? String(Number(n) - (i % 5)) : String(Math.round(Number(n) * (1 + (i % 7) / 10) * 10) / 10),
    );
    parts.push(body.trim());
    bytes += Buffer.byteLength(body) + 2;
  }
  return `---\ntitle: ${title}\npublished: 2026-11-20\n---\n${parts.join("\n\n")}\n`;
}
