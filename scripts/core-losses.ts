// Gold facts the whole item set covers but the core set does not, grouped by why their best item fell below CORE_FROM,
// and the strict reads' judged items the core set keeps:
//   npx tsx scripts/core-losses.ts [--list] [<gold batch>...]
// Build batches by default (the reads' and gold of check batches are never printed). For each lost gold fact, its
// best-placed covering item (highest worth) is explained: capped (a fallback figure or an abbreviation's expansion),
// moved below the cut by an item feature (fact-worth-item.ts; the strongest negative one is named), or its fact's worth
// below the cut (the fact feature contributing most against it, fact-features.ts). Then, for the reads of batches no
// weights were fitted on (later than FIT_BATCHES), how many judged items reach the core set: not worth / acceptable.
import fs from "node:fs";
import path from "node:path";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { articleFeatures, FEATURE_NAMES } from "@/lib/generate/fact-features";
import { factWorth, MODEL, storedWorth } from "@/lib/generate/fact-worth";
import { sigmoid } from "@/lib/generate/fact-worth-fit";
import { ITEM_FEATURE_NAMES, itemFeatures, itemWorth } from "@/lib/generate/fact-worth-item";
import { ITEM_WORTH_WEIGHTS } from "@/lib/generate/fact-worth-item-weights";
import { generateArticleFacts } from "@/lib/generate/generate-items";
import { CORE_FROM, isCoreWorth } from "@/lib/generate/item-tier";
import { notCoreReason } from "@/lib/generate/not-core";
import type { Fact, QuizItem } from "@/lib/generate/types";
import { covers } from "@/tests/fixtures/gold/coverage";
import { BUILD_BATCHES, FIT_BATCHES, judgedFacts, loadGold } from "./lib/gold-samples";


const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** Why an item of worth below CORE_FROM is there, and its fact's worth before its prompt moved it. */
function explain(item: QuizItem, fact: Fact, x: number[]): { cause: string; p: number } {
  const moves = ITEM_FEATURE_NAMES.map((n, j) => ({ n, w: (ITEM_WORTH_WEIGHTS[n] ?? 0) * (x[j] as number) }));
  const move = moves.reduce((s, m) => s + m.w, 0);
  const w = item.worth ?? 1;
  const capped = storedWorth(fact, 1) < 1;
  // (Capped items sit at the cap; their fact's worth is not recoverable from it, so the cap is the cause.)
  if (capped) return { cause: `capped: ${fact.fallback ? "fallback figure" : (notCoreReason(fact) ?? "abbreviation")}`, p: w };
  const p = move === 0 ? w : sigmoid(logit(w) - move);
  if (p >= CORE_FROM) {
    const worst = moves.filter((m) => m.w < 0).sort((a, b) => a.w - b.w)[0];
    return { cause: `item: ${worst?.n ?? "?"}`, p };
  }
  return { cause: "fact worth", p };
}

function readFolder(dir: string): ArticleInput[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticle(f, fs.readFileSync(path.join(dir, f), "utf8")));
}

async function main(argv: string[]): Promise<void> {
  const list = argv.includes("--list");
  const batches = argv.filter((a) => !a.startsWith("--"));
  const causes = new Map<string, string[]>();
  let total = 0;
  let coveredAll = 0;
  let coveredCore = 0;
  for (const batch of batches.length > 0 ? batches : BUILD_BATCHES) {
    const gold = await loadGold(batch);
    for (const article of readFolder(path.join("tests/fixtures/articles", batch))) {
      const { items, factOf, candidates } = generateArticleFacts(article);
      const features = articleFeatures(candidates, article);
      for (const g of gold.filter((gf) => gf.article === article.slug)) {
        total++;
        const covering = items.filter((it) => covers(it, g));
        if (covering.length === 0) continue;
        coveredAll++;
        if (covering.some((it) => isCoreWorth(it.worth))) {
          coveredCore++;
          continue;
        }
        const best = covering.sort((a, b) => (b.worth ?? 1) - (a.worth ?? 1))[0] as QuizItem;
        const fact = factOf.get(best) as Fact;
        const x = itemFeatures(best, article.title, fact);
        const explained = explain(best, fact, x);
        const p = explained.p;
        let cause = explained.cause;
        if (cause === "fact worth") {
          const fx = features[candidates.indexOf(fact)] ?? [];
          const worst = FEATURE_NAMES.map((n, j) => ({ n, w: (MODEL.weights[j] as number) * (fx[j] as number) }))
            .filter((m) => m.w < 0)
            .sort((a, b) => a.w - b.w)
            .slice(0, 2)
            .map((m) => `${m.n} ${m.w.toFixed(2)}`);
          cause = `fact: ${fact.kind}`;
          const line = `${batch}/${article.slug}: ${g.answer} [${g.context.join(", ")}] worth ${(best.worth ?? 1).toFixed(2)} fact ${p.toFixed(2)} (${worst.join("; ")}) | ${best.prompt.slice(0, 160)}`;
          causes.set(cause, [...(causes.get(cause) ?? []), line]);
          continue;
        }
        const line = `${batch}/${article.slug}: ${g.answer} [${g.context.join(", ")}] worth ${(best.worth ?? 1).toFixed(2)} fact ${p.toFixed(2)} | ${best.prompt.slice(0, 160)}`;
        causes.set(cause, [...(causes.get(cause) ?? []), line]);
      }
    }
  }
  const pct = (n: number) => ((100 * n) / total).toFixed(1);
  console.log(`gold ${total}: covered by all ${coveredAll} (${pct(coveredAll)}%), by core ${coveredCore} (${pct(coveredCore)}%), lost ${coveredAll - coveredCore}`);
  for (const [cause, lines] of [...causes].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(lines.length).padStart(4)}  ${cause}`);
    if (list) for (const l of lines) console.log(`        ${l}`);
  }

  // Held-out reads: judged items of batches no weights were fitted on.
  const tally = new Map<string, { nwCore: number; nw: number; okCore: number; ok: number }>();
  const worthOf = new Map<unknown, number[]>();
  for (const j of judgedFacts()) {
    if (FIT_BATCHES.includes(j.folder)) continue;
    if (!worthOf.has(j.candidates)) worthOf.set(j.candidates, factWorth(j.candidates, j.article));
    const fact = j.candidates[j.at] as Fact;
    const w = storedWorth(fact, itemWorth(j.item, worthOf.get(j.candidates)?.[j.at] as number, j.article.title, fact));
    const t = tally.get(j.read) ?? { nwCore: 0, nw: 0, okCore: 0, ok: 0 };
    if (j.notWorth) {
      t.nw++;
      if (w >= CORE_FROM) t.nwCore++;
    } else if (j.acceptable) {
      t.ok++;
      if (w >= CORE_FROM) t.okCore++;
    }
    tally.set(j.read, t);
  }
  let nwCore = 0;
  let okCore = 0;
  for (const [read, t] of tally) {
    nwCore += t.nwCore;
    okCore += t.okCore;
    console.log(`read ${read}: not worth in core ${t.nwCore}/${t.nw}, acceptable in core ${t.okCore}/${t.ok}`);
  }
  console.log(`held-out reads: not worth in core ${nwCore}, acceptable in core ${okCore}`);
}

void main(process.argv.slice(2));
