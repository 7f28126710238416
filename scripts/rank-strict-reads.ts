// How the fact selection scores the items that strict reads judged, so it is checked against the team's judgments
// and not only against gold lists (which name nearly every fact):
//   npx tsx scripts/rank-strict-reads.ts [--list]
// Reads each tests/fixtures/gold/<batch>/sample-<id>.txt with its strict-read-<id>.md, finds each item's fact among
// the article's candidates as generated today, and prints per rankFact score, and per tier of the learned worth
// (lib/generate/fact-worth.ts, the selection the generator uses), how many items the read found "not worth learning".
import fs from "node:fs";
import path from "node:path";
import { parseArticle } from "@/lib/content/parse-article";
import { FULL_FROM, KEEP_FROM, factWorth } from "@/lib/generate/fact-worth";
import { generateArticleFacts } from "@/lib/generate/generate-items";
import { rankFact } from "@/lib/generate/rank-facts";
import { readSample, strictReads } from "./lib/gold-samples";

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);


// A read may sample several batches at once (I0/I1 sampled batches i and j together): its batch's folder first, then any.
function findArticle(batch: string, slug: string): string | null {
  const folders = [batch, ...fs.readdirSync("tests/fixtures/articles").filter((f) => f !== batch)];
  const found = folders.map((f) => path.join("tests/fixtures/articles", f, `${slug}.md`)).find((file) => fs.existsSync(file));
  return found ?? null;
}

/** rankFact's selection before the learned model: below -2 no card, below 0 one card. */
const RANK_DROP_BELOW = -2;
const RANK_FULL_FROM = 0;

type Tier = "no card" | "one card" | "all cards";
const TIERS: Tier[] = ["no card", "one card", "all cards"];

function main(argv: string[]): void {
  const list = argv.includes("--list");
  const byScore = new Map<number, { n: number; notWorth: number }>();
  const byTier = { rank: new Map<Tier, { n: number; notWorth: number }>(), learned: new Map<Tier, { n: number; notWorth: number }>() };
  const count = (m: Map<Tier, { n: number; notWorth: number }>, t: Tier, label: boolean) => {
    const c = m.get(t) ?? { n: 0, notWorth: 0 };
    c.n++;
    if (label) c.notWorth++;
    m.set(t, c);
  };
  for (const { batch, id, sampleFile, readFile } of strictReads()) {
    const row = /^\| Not worth learning \| ([^|]*) \|/m.exec(fs.readFileSync(readFile, "utf8"));
    const notWorth = new Set((row?.[1] ?? "").split(",").map((s) => Number(s.trim())));
    readSample(sampleFile).forEach((item, i) => {
      const file = findArticle(batch, item.article);
      if (!file) return;
      const article = parseArticle(path.basename(file), fs.readFileSync(file, "utf8"));
      const promptWords = words(item.prompt);
      const overlap = (s: string) => [...words(s)].filter((w) => promptWords.has(w)).length;
      const { candidates } = generateArticleFacts(article, { keepFrom: 0, fullFrom: 0 });
      const worth = factWorth(candidates, article);
      const matching = candidates.map((f, at) => ({ f, at })).filter(({ f }) => f.kind === item.kind && (f.answer === item.answer || /^(True|False)$/.test(item.answer)));
      const found = matching.sort((a, b) => overlap(b.f.sentence) - overlap(a.f.sentence))[0];
      if (!found) return;
      const rank = rankFact(found.f, article);
      const p = worth[found.at] as number;
      const label = notWorth.has(i + 1);
      const cell = byScore.get(rank.score) ?? { n: 0, notWorth: 0 };
      cell.n++;
      if (label) cell.notWorth++;
      byScore.set(rank.score, cell);
      count(byTier.rank, rank.score < RANK_DROP_BELOW ? "no card" : rank.score < RANK_FULL_FROM ? "one card" : "all cards", label);
      count(byTier.learned, p < KEEP_FROM ? "no card" : p < FULL_FROM ? "one card" : "all cards", label);
      if (list) process.stdout.write(`${id} #${i + 1} ${label ? "NOT-WORTH" : "ok       "} ${String(rank.score).padStart(3)} ${p.toFixed(2)} ${item.answer} | ${rank.signals.join("; ")} | ${found.f.sentence.slice(0, 110)}\n`);
    });
  }
  process.stdout.write("rankFact score  items  judged not worth learning\n");
  for (const [score, c] of [...byScore].sort((a, b) => a[0] - b[0])) process.stdout.write(`${String(score).padStart(14)}  ${String(c.n).padStart(5)}  ${c.notWorth}\n`);
  const line = (name: string, m: Map<Tier, { n: number; notWorth: number }>) =>
    `${name}: ${TIERS.map((t) => `${t} ${m.get(t)?.n ?? 0} items (${m.get(t)?.notWorth ?? 0} judged not worth learning)`).join(", ")}\n`;
  process.stdout.write(line(`rankFact (drop below ${RANK_DROP_BELOW}, one card below ${RANK_FULL_FROM})`, byTier.rank));
  process.stdout.write(line(`learned worth (drop below ${KEEP_FROM}, one card below ${FULL_FROM})`, byTier.learned));
}

main(process.argv.slice(2));
