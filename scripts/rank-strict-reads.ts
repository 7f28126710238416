// How the fact selection scores the items that strict reads judged, so it is checked against the team's judgments
// and not only against gold lists (which name nearly every fact):
//   npx tsx scripts/rank-strict-reads.ts [--list]
// Reads each tests/fixtures/gold/<batch>/sample-<id>.txt with its strict-read-<id>.md, finds each item's fact among
// the article's candidates as generated today, and prints per rankFact score, and per tier of the learned worth
// (lib/generate/fact-worth.ts, the selection the generator uses), how many items the read found "not worth learning".
import { FULL_FROM, KEEP_FROM, factWorth } from "@/lib/generate/fact-worth";
import { rankFact } from "@/lib/generate/rank-facts";
import { judgedFacts } from "./lib/gold-samples";

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
  for (const { read, n, article, candidates, at, notWorth: label, answer } of judgedFacts()) {
    if (!worthOf.has(candidates)) worthOf.set(candidates, factWorth(candidates, article));
    const fact = candidates[at]!;
    const rank = rankFact(fact, article);
    const p = worthOf.get(candidates)![at] as number;
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
}

main(process.argv.slice(2));
