// How the fact selection scores the items that strict reads judged, so it is checked against the team's judgments
// and not only against gold lists (which name nearly every fact):
//   npx tsx scripts/rank-strict-reads.ts [--list]
// Ends with the core-set curve: per cut-off of the worth (CORE_FROM, item-tier.ts), the share of items judged not
// worth learning and of items judged acceptable whose ITEM worth (fact-worth-item.ts, what the core set uses) reaches it, for the reads the weights were fitted on and
// apart for those they were not (batches after FIT_BATCHES, scripts/lib/gold-samples.ts).
// Reads each tests/fixtures/gold/<batch>/sample-<id>.txt with its strict-read-<id>.md, finds each item's fact among
// the article's candidates as generated today, and prints per rankFact score, and per tier of the learned worth
// (lib/generate/fact-worth.ts, the selection the generator uses), how many items the read found "not worth learning".
import { FULL_FROM, KEEP_FROM, factWorth, storedWorth } from "@/lib/generate/fact-worth";
import { itemWorth } from "@/lib/generate/fact-worth-item";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { rankFact } from "@/lib/generate/rank-facts";
import { FIT_BATCHES, judgedFacts } from "./lib/gold-samples";

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
  const worthOf = new Map<unknown, number[]>();
  const judged: { p: number; notWorth: boolean; acceptable: boolean; fitted: boolean }[] = [];
  for (const { read, n, folder, article, candidates, at, notWorth: label, acceptable, answer, item } of judgedFacts()) {
    if (!worthOf.has(candidates)) worthOf.set(candidates, factWorth(candidates, article));
    const fact = candidates[at]!;
    const rank = rankFact(fact, article);
    const p = worthOf.get(candidates)![at] as number;
    // The core set is placed by the worth each item carries (generate-items.ts): its fact's moved by the prompt the read
    // saw (fact-worth-item.ts), an abbreviation's expansion's capped below CORE_FROM.
    judged.push({ p: storedWorth(fact, itemWorth(item, p, article.title, fact)), notWorth: label, acceptable, fitted: FIT_BATCHES.includes(folder) });
    const cell = byScore.get(rank.score) ?? { n: 0, notWorth: 0 };
    cell.n++;
    if (label) cell.notWorth++;
    byScore.set(rank.score, cell);
    count(byTier.rank, rank.score < RANK_DROP_BELOW ? "no card" : rank.score < RANK_FULL_FROM ? "one card" : "all cards", label);
    count(byTier.learned, p < KEEP_FROM ? "no card" : p < FULL_FROM ? "one card" : "all cards", label);
    if (list) process.stdout.write(`${read} #${n} ${label ? "NOT-WORTH" : "ok       "} ${String(rank.score).padStart(3)} ${p.toFixed(2)} ${answer} | ${rank.signals.join("; ")} | ${fact.sentence.slice(0, 110)}\n`);
  }
  process.stdout.write("rankFact score  items  judged not worth learning\n");
  for (const [score, c] of [...byScore].sort((a, b) => a[0] - b[0])) process.stdout.write(`${String(score).padStart(14)}  ${String(c.n).padStart(5)}  ${c.notWorth}\n`);
  const line = (name: string, m: Map<Tier, { n: number; notWorth: number }>) =>
    `${name}: ${TIERS.map((t) => `${t} ${m.get(t)?.n ?? 0} items (${m.get(t)?.notWorth ?? 0} judged not worth learning)`).join(", ")}\n`;
  process.stdout.write(line(`rankFact (drop below ${RANK_DROP_BELOW}, one card below ${RANK_FULL_FROM})`, byTier.rank));
  process.stdout.write(line(`learned worth (drop below ${KEEP_FROM}, one card below ${FULL_FROM})`, byTier.learned));
  printCoreCurve(judged);
}

/** Per cut-off, the share of not-worth and of acceptable items in the core set (item worth >= cut-off). */
function printCoreCurve(judged: { p: number; notWorth: boolean; acceptable: boolean; fitted: boolean }[]): void {
  const share = (rows: typeof judged, t: number) => (rows.length === 0 ? "-" : `${((100 * rows.filter((r) => r.p >= t).length) / rows.length).toFixed(0)}%`);
  const groups = [
    { name: "fitted reads", rows: judged.filter((r) => r.fitted) },
    { name: "later reads (not fitted)", rows: judged.filter((r) => !r.fitted) },
  ];
  process.stdout.write(`\ncore set curve: share of judged items whose item worth reaches the cut-off (CORE_FROM ${CORE_FROM})\n`);
  for (const g of groups) {
    const notWorth = g.rows.filter((r) => r.notWorth);
    const ok = g.rows.filter((r) => r.acceptable);
    process.stdout.write(`${g.name}: ${g.rows.length} items, ${notWorth.length} not worth learning, ${ok.length} acceptable\n`);
    for (const t of [KEEP_FROM, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
      process.stdout.write(`  worth >= ${t.toFixed(2)}: all ${share(g.rows, t).padStart(4)}, not worth ${share(notWorth, t).padStart(4)}, acceptable ${share(ok, t).padStart(4)}\n`);
    }
  }
}

main(process.argv.slice(2));
