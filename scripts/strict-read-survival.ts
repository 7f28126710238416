// Which items the strict reads judged are still generated today, so a precision change is measured on labelled items:
//   npx tsx scripts/strict-read-survival.ts [--list]
// For each tests/fixtures/gold/<batch>/sample-<id>.txt with its strict-read-<id>.md, generates the batches the read
// sampled (as scripts/generate.ts did) and looks each sampled item up: by its key, else by article, type and answer
// with a prompt of mostly the same words (a rewording elsewhere changes the key). Prints, per read and verdict, how
// many are still generated, and the item count per article. These items were used to tune rules: optimistic.
import fs from "node:fs";
import path from "node:path";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { generateItems, type QuizItem } from "@/lib/generate";
import { readSample, strictReads, type SampledItem as Sampled } from "./lib/gold-samples";

const ARTICLES = "tests/fixtures/articles";
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);


function readVerdicts(file: string): Map<number, string> {
  const verdicts = new Map<number, string>();
  for (const m of fs.readFileSync(file, "utf8").matchAll(/^\| (\d+) \|[^\n]*?\| (OK|BAD|WRONG) \|/gm)) verdicts.set(Number(m[1]), m[2] ?? "");
  return verdicts;
}

const folderOf = (slug: string) => fs.readdirSync(ARTICLES).find((f) => fs.existsSync(path.join(ARTICLES, f, `${slug}.md`)));

function loadFolder(folder: string): ArticleInput[] {
  const dir = path.join(ARTICLES, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticle(path.join(dir, f), fs.readFileSync(path.join(dir, f), "utf8")));
}

function stillGenerated(item: Sampled, items: QuizItem[], byKey: Set<string>): boolean {
  if (byKey.has(item.key)) return true;
  const own = words(item.prompt);
  return items.some((it) => {
    if (it.source.article !== item.article || it.type !== item.type || it.answer !== item.answer) return false;
    const other = words(it.prompt);
    const shared = [...own].filter((w) => other.has(w)).length;
    return shared >= 0.8 * Math.max(own.size, other.size);
  });
}

function main(argv: string[]): void {
  const list = argv.includes("--list");
  const generated = new Map<string, QuizItem[]>();
  const totals = new Map<string, { n: number; kept: number }>();
  for (const { id, sampleFile, readFile } of strictReads()) {
    const sample = readSample(sampleFile);
    const verdicts = readVerdicts(readFile);
    const folders = [...new Set(sample.map((s) => folderOf(s.article)).filter((f): f is string => f !== undefined))].sort();
    const group = folders.join("+");
    if (!generated.has(group)) {
      const items = generateItems(folders.flatMap(loadFolder));
      generated.set(group, items);
      const perArticle = new Map<string, number>();
      for (const it of items) perArticle.set(it.source.article, (perArticle.get(it.source.article) ?? 0) + 1);
      process.stdout.write(`${group}: ${items.length} items, ${(items.length / perArticle.size).toFixed(1)} per article\n`);
      if (list) for (const [a, n] of [...perArticle].sort()) process.stdout.write(`  ${String(n).padStart(4)} ${a}\n`);
    }
    const items = generated.get(group) ?? [];
    const byKey = new Set(items.map((it) => it.key));
    const counts = new Map<string, { n: number; kept: number }>();
    for (const item of sample) {
      const verdict = verdicts.get(item.n) ?? "?";
      const kept = stillGenerated(item, items, byKey);
      const c = counts.get(verdict) ?? { n: 0, kept: 0 };
      c.n++;
      if (kept) c.kept++;
      counts.set(verdict, c);
      const t = totals.get(verdict) ?? { n: 0, kept: 0 };
      t.n++;
      if (kept) t.kept++;
      totals.set(verdict, t);
      if (list) process.stdout.write(`${id} #${item.n} ${verdict.padEnd(5)} ${kept ? "kept" : "GONE"} ${item.answer} | ${item.prompt.replace(/^[^)]*\)\s*:?\s*/, "").slice(0, 100)}\n`);
    }
    process.stdout.write(`${id}: ${[...counts].map(([v, c]) => `${v} ${c.kept}/${c.n} still generated`).join(", ")}\n`);
  }
  process.stdout.write(`all reads: ${[...totals].map(([v, c]) => `${v} ${c.kept}/${c.n} still generated`).join(", ")}\n`);
}

main(process.argv.slice(2));
