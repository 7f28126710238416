// The precision/recall curve of the article-level selection of facts (the learned worth, lib/generate/fact-worth.ts),
// on the seen blind batches: for each setting, gold facts covered (any item / a real question), generated facts, and
// the share of generated facts that match a gold fact (a proxy for precision only: gold lists are near-exhaustive).
//   npx tsx scripts/precision-curve.ts [--setting <keepFrom>/<fullFrom>]... [--lost <setting>] [--batch <gold folder>]...
// --lost <setting> lists the gold facts covered with no selection but lost at that setting, with the learned worth
// and rankFact's signals behind it. The selection is fitted on these batches (scripts/fit-fact-worth.ts): its
// held-out curve is that script's.
import fs from "node:fs";
import path from "node:path";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { buildLibraryPool, generateArticleItems } from "@/lib/generate";
import { FULL_FROM, KEEP_FROM, factWorth } from "@/lib/generate/fact-worth";
import { generateArticleFacts } from "@/lib/generate/generate-items";
import { rankFact } from "@/lib/generate/rank-facts";
import type { QuizItem } from "@/lib/generate/types";
import { covers } from "@/tests/fixtures/gold/coverage";
import type { GoldFact } from "@/tests/fixtures/gold/seeds";
import { loadGold } from "./lib/gold-samples";

const DEFAULT_BATCHES = ["blind-2026-11", "blind-2026-11b", "blind-2026-11c", "blind-2026-11d", "blind-2026-11e", "blind-2026-11f", "blind-2026-11g", "blind-2026-11h"];
const readFolder = (dir: string): ArticleInput[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticle(f, fs.readFileSync(path.join(dir, f), "utf8")));


const factKey = (it: QuizItem) => `${it.source.article}|${it.source.sentence}|${it.answer.toLowerCase()}`;

async function main(argv: string[]): Promise<void> {
  // A setting is "keepFrom/fullFrom": "0.2/0.4" drops facts whose learned worth is below 0.2 and gives those below 0.4 one card.
  const given = argv.flatMap((a, i) => (argv[i - 1] === "--setting" ? [a] : []));
  const batches = argv.flatMap((a, i) => (argv[i - 1] === "--batch" ? [a] : []));
  const BATCHES = batches.length > 0 ? batches : DEFAULT_BATCHES;
  const lostAt = argv.includes("--lost") ? argv[argv.indexOf("--lost") + 1] : null;
  const settings = given.length > 0 ? given : ["0/0", "0.1/0.1", "0.2/0.2", "0.3/0.3", `${KEEP_FROM}/${FULL_FROM}`];
  const library = buildLibraryPool(readFolder("content"));
  const articles = BATCHES.flatMap((b) => readFolder(`tests/fixtures/articles/${b}`));
  const gold = (await Promise.all(BATCHES.map(loadGold))).flat();
  const goldOf = new Map<string, GoldFact[]>();
  for (const g of gold) goldOf.set(g.article, [...(goldOf.get(g.article) ?? []), g]);
  const run = (setting: string) => {
    const [keepFrom, fullFrom] = setting.split("/").map(Number);
    return articles.flatMap((a) => generateArticleItems(a, { library, keepFrom, fullFrom }));
  };
  const baseline = run("0/0");
  process.stdout.write(`${articles.length} articles, ${gold.length} gold facts\n`);
  process.stdout.write("            setting   gold any  gold question   items  facts  facts/article  facts matching gold\n");
  for (const min of settings) {
    const items = min === "0/0" ? baseline : run(min);
    const questions = items.filter((i) => i.type === "choice" || i.type === "typed");
    const any = gold.filter((g) => items.some((it) => covers(it, g))).length;
    const asked = gold.filter((g) => questions.some((it) => covers(it, g))).length;
    const facts = new Map<string, QuizItem[]>();
    for (const it of items) if (it.type !== "truefalse") facts.set(factKey(it), [...(facts.get(factKey(it)) ?? []), it]);
    const matching = [...facts.values()].filter((its) => its.some((it) => (goldOf.get(it.source.article) ?? []).some((g) => covers(it, g)))).length;
    const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
    process.stdout.write(
      `${min.padStart(19)}   ${pct(any, gold.length).padStart(8)}  ${pct(asked, gold.length).padStart(13)}   ${String(items.length).padStart(5)}  ${String(facts.size).padStart(5)}  ${(facts.size / articles.length).toFixed(1).padStart(13)}  ${pct(matching, facts.size).padStart(19)}\n`,
    );
    if (lostAt === min) {
      for (const g of gold) {
        if (!baseline.some((it) => covers(it, g)) || items.some((it) => covers(it, g))) continue;
        const article = articles.find((a) => a.slug === g.article)!;
        const it = baseline.find((i) => covers(i, g))!;
        const { candidates } = generateArticleFacts(article, { library, keepFrom: 0, fullFrom: 0 });
        const at = candidates.findIndex((f) => f.sentence === it.source.sentence && f.answer === it.answer);
        const fact = candidates[at];
        const worth = at >= 0 ? (factWorth(candidates, article)[at] as number).toFixed(2) : "?";
        const signals = fact ? rankFact(fact, article).signals.join("; ") : "?";
        process.stdout.write(`  lost ${g.article}: ${g.answer} [${g.context.join(", ")}]  (worth ${worth}; ${signals})\n`);
      }
    }
  }
}

void main(process.argv.slice(2));
