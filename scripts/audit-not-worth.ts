// What each "not worth learning" rule (lib/generate/worth-learning.ts) costs in gold facts on the seen blind batches:
//   npx tsx scripts/audit-not-worth.ts [--list <reason>]
// For every fact extracted from the seen batches, the reason it is refused (if any) and whether its answer is a gold
// answer of its article (graded as coverage grades it). A rule that refuses many gold answers is a guess about the reader, not a rule of English.
import fs from "node:fs";
import path from "node:path";
import { parseArticle } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { rankFact } from "@/lib/generate/rank-facts";
import { isMatchReport, notWorthLearning } from "@/lib/generate/worth-learning";
import type { QuizItem } from "@/lib/generate/types";
import { sameAnswer } from "@/tests/fixtures/gold/coverage";
import type { GoldFact } from "@/tests/fixtures/gold/seeds";
import { loadGold } from "./lib/gold-samples";

const BATCHES = ["blind-2026-11", "blind-2026-11b", "blind-2026-11c", "blind-2026-11d", "blind-2026-11e", "blind-2026-11f", "blind-2026-11g", "blind-2026-11h", "blind-2026-11i", "blind-2026-11j"];


async function main(argv: string[]): Promise<void> {
  const listReason = argv.includes("--list") ? argv[argv.indexOf("--list") + 1] : null;
  const gold = (await Promise.all(BATCHES.map(loadGold))).flat();
  const goldOf = new Map<string, GoldFact[]>();
  for (const g of gold) goldOf.set(g.article, [...(goldOf.get(g.article) ?? []), g]);
  const byReason = new Map<string, { n: number; gold: number }>();
  for (const batch of BATCHES) {
    const dir = path.join("tests/fixtures/articles", batch);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
      const article = parseArticle(file, fs.readFileSync(path.join(dir, file), "utf8"));
      const matchReport = isMatchReport(article);
      const seen = new Set<string>();
      for (const fact of extractFacts(article)) {
        const key = `${fact.sentence}|${fact.answer}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // A refused fact is counted under its reason; a kept one under each signal that ranks it down (rank-facts.ts).
        const refused = notWorthLearning(fact, article, matchReport);
        const reasons = refused ? [refused] : rankFact(fact, article, matchReport).signals.filter((s) => s.startsWith("-")).map((s) => `rank ${s}`);
        // (Graded as coverage grades it: "three days" answers a gold "three-day".)
        const asItem = { answer: fact.answer, kind: fact.kind, accepted: fact.accepted } as QuizItem;
        const isGold = (goldOf.get(article.slug) ?? []).some((g) => sameAnswer(asItem, g));
        for (const reason of reasons) {
          const c = byReason.get(reason) ?? { n: 0, gold: 0 };
          c.n++;
          if (isGold) c.gold++;
          byReason.set(reason, c);
          if (listReason === reason) process.stdout.write(`${isGold ? "GOLD" : "    "} ${article.slug.slice(0, 40)} | ${fact.answer} | ${fact.sentence.slice(0, 160)}\n`);
        }
      }
    }
  }
  process.stdout.write("refused  gold  reason\n");
  for (const [reason, c] of [...byReason].sort((a, b) => b[1].n - a[1].n)) process.stdout.write(`${String(c.n).padStart(7)}  ${String(c.gold).padStart(4)}  ${reason}\n`);
}

void main(process.argv.slice(2));
