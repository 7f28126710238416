// How the fact ranking (lib/generate/rank-facts.ts) scores the items that strict reads judged, so the signals are
// checked against the team's judgments and not only against gold lists (which name nearly every fact):
//   npx tsx scripts/rank-strict-reads.ts [--list]
// Reads each tests/fixtures/gold/<batch>/sample-<id>.txt with its strict-read-<id>.md, finds each item's fact in the
// article as generated today, and prints per score how many items the read found "not worth learning".
import fs from "node:fs";
import path from "node:path";
import { parseArticle } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { DROP_BELOW, FULL_FROM } from "@/lib/generate/generate-items";
import { rankFact } from "@/lib/generate/rank-facts";
import { readSample, strictReads } from "./lib/gold-samples";

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);


// A read may sample several batches at once (I0/I1 sampled batches i and j together): its batch's folder first, then any.
function findArticle(batch: string, slug: string): string | null {
  const folders = [batch, ...fs.readdirSync("tests/fixtures/articles").filter((f) => f !== batch)];
  const found = folders.map((f) => path.join("tests/fixtures/articles", f, `${slug}.md`)).find((file) => fs.existsSync(file));
  return found ?? null;
}

function main(argv: string[]): void {
  const list = argv.includes("--list");
  const byScore = new Map<number, { n: number; notWorth: number }>();
  for (const { batch, id, sampleFile, readFile } of strictReads()) {
    const row = /^\| Not worth learning \| ([^|]*) \|/m.exec(fs.readFileSync(readFile, "utf8"));
    const notWorth = new Set((row?.[1] ?? "").split(",").map((s) => Number(s.trim())));
    readSample(sampleFile).forEach((item, i) => {
      const file = findArticle(batch, item.article);
      if (!file) return;
      const article = parseArticle(path.basename(file), fs.readFileSync(file, "utf8"));
      const promptWords = words(item.prompt);
      const overlap = (s: string) => [...words(s)].filter((w) => promptWords.has(w)).length;
      const facts = extractFacts(article).filter((f) => f.kind === item.kind && (f.answer === item.answer || /^(True|False)$/.test(item.answer)));
      const fact = facts.sort((a, b) => overlap(b.sentence) - overlap(a.sentence))[0];
      if (!fact) return;
      const rank = rankFact(fact, article);
      const label = notWorth.has(i + 1);
      const cell = byScore.get(rank.score) ?? { n: 0, notWorth: 0 };
      cell.n++;
      if (label) cell.notWorth++;
      byScore.set(rank.score, cell);
      if (list) process.stdout.write(`${id} #${i + 1} ${label ? "NOT-WORTH" : "ok       "} ${String(rank.score).padStart(3)} ${item.answer} | ${rank.signals.join("; ")} | ${fact.sentence.slice(0, 110)}\n`);
    });
  }
  process.stdout.write("score  items  judged not worth learning\n");
  for (const [score, c] of [...byScore].sort((a, b) => a[0] - b[0])) process.stdout.write(`${String(score).padStart(5)}  ${String(c.n).padStart(5)}  ${c.notWorth}\n`);
  const tier = (keep: (score: number) => boolean) =>
    [...byScore].filter(([score]) => keep(score)).reduce((t, [, c]) => ({ n: t.n + c.n, notWorth: t.notWorth + c.notWorth }), { n: 0, notWorth: 0 });
  const dropped = tier((s) => s < DROP_BELOW);
  const one = tier((s) => s >= DROP_BELOW && s < FULL_FROM);
  const full = tier((s) => s >= FULL_FROM);
  process.stdout.write(`default selection (drop below ${DROP_BELOW}, one card below ${FULL_FROM}): no card ${dropped.n} items (${dropped.notWorth} judged not worth learning), one card ${one.n} (${one.notWorth}), all cards ${full.n} (${full.notWorth})\n`);
}

main(process.argv.slice(2));
