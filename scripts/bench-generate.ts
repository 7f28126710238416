// Throughput of question generation on one core: npx tsx scripts/bench-generate.ts
import fs from "node:fs";
import path from "node:path";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";

const dirs = ["content", "tests/fixtures/articles"].filter((d) => fs.existsSync(d));
const seeds = dirs.flatMap((d) =>
  fs.readdirSync(d).filter((f) => /\.(md|txt)$/.test(f)).map((f) => parseArticle(f, fs.readFileSync(path.join(d, f), "utf8"))),
);

// Vary every number so the corpus is not the same facts repeated (which would hit the ambiguity checks differently).
function variant(a: ArticleInput, i: number): ArticleInput {
  const body = a.body.replace(/\d+(?:\.\d+)?/g, (n) => (/^(19|20)\d\d$/.test(n) ? String(Number(n) - (i % 5)) : String(Math.round(Number(n) * (1 + (i % 7) / 10) * 10) / 10)));
  return { ...a, slug: `${a.slug}-${i}`, body };
}

const seedStart = performance.now();
const seedItems = generateItems(seeds.filter((s) => dirs[0] === "content" && fs.existsSync(`content/${s.slug}.md`)));
const seedMs = performance.now() - seedStart;

const corpus: ArticleInput[] = [];
let bytes = 0;
for (let i = 0; bytes < 1_100_000; i++) {
  const a = variant(seeds[i % seeds.length] as ArticleInput, i);
  corpus.push(a);
  bytes += Buffer.byteLength(a.body);
}
generateItems(corpus.slice(0, 20)); // warm-up
const start = performance.now();
const items = generateItems(corpus);
const ms = performance.now() - start;

console.log(`seed_articles=${seeds.length}`);
console.log(`seed_items=${seedItems.length}`);
console.log(`seed_ms=${seedMs.toFixed(1)}`);
console.log(`corpus_articles=${corpus.length}`);
console.log(`corpus_kb=${(bytes / 1024).toFixed(0)}`);
console.log(`corpus_items=${items.length}`);
console.log(`corpus_ms=${ms.toFixed(0)}`);
console.log(`generate_kb_per_s=${(bytes / 1024 / (ms / 1000)).toFixed(0)}`);

// One article at a time, as the app generates: each seed with the seeds as the library, and a 200 KB upload.
const { buildLibraryPool, generateArticleItems } = await import("@/lib/generate");
const { largeArticleText } = await import("@/tests/support/large-article");
const library = buildLibraryPool(seeds);
const perArticle = seeds.map((a) => {
  const t = performance.now();
  generateArticleItems(a, { library });
  return performance.now() - t;
});
console.log(`per_article_ms_median=${[...perArticle].sort((a, b) => a - b)[Math.floor(perArticle.length / 2)]!.toFixed(1)}`);
const large = parseArticle("large.md", largeArticleText());
const largeStart = performance.now();
const largeItems = generateArticleItems(large, { library });
console.log(`upload_200kb_items=${largeItems.length}`);
console.log(`upload_200kb_ms=${(performance.now() - largeStart).toFixed(0)}`);
