// Core-set rules beyond a worth cut-off, judged on the strict reads' pooled items and on gold coverage:
//   npx tsx scripts/core-rules-curve.ts [--cache <file>]
// For each rule (scripts/lib/core-rules.ts) and setting: of the judged items, split by their article's batch into build
// (11..11j, k, m, o, q, s, u) and check (l, n, p, r, t, v; v's reads alone again, the only ones no weights were fitted on),
// how many acceptable and not-worth items the core set keeps and the acceptable share of what it keeps; and the share
// of gold facts the core set covers (any item but true/false) on the build batches, the check batches and the seeds.
// A judged item is placed among its article's items as generated today (its twin, same type, answer and sentence,
// replaced by it with the worth its own prompt earns), so a rule that looks at the whole article sees it in context.
// On 30 Nov (cap7, main beab3cb; 864 build / 362 check / 74 v items (of the check); acc = acceptable, nw = not worth learning):
//   rule                      build acc/nw kept, share   check acc/nw kept, share   v share   core cover build/check/seeds  items/art
//   cut 0.4 (CORE_FROM)       93.0/67.1, 50.9            96.9/69.3, 49.8            46.2      64.6/59.5/96.1                48.1
//   cut 0.45                  90.6/58.9, 52.4            95.0/61.4, 51.4            46.2      61.9/56.9/92.2                45.9
//   cut 0.5                   88.1/48.6, 54.9            92.5/53.6, 52.9            47.6      58.6/53.7/82.4                43.7
//   cut 0.6                   75.6/32.3, 59.0            76.9/36.4, 54.2            50.0      48.3/45.2/66.7                34.9
//   cap 10 items              28.3/ 5.4, 70.3            27.5/ 7.1, 62.9            57.1      17.2/15.4/23.5                10.0
//   cap 25 items              56.4/21.5, 62.4            59.4/29.3, 56.5            51.2      38.8/35.2/56.9                24.8
//   cap 0.5 x facts           49.4/12.7, 65.7            50.0/15.0, 60.6            60.7      30.1/28.1/33.3                18.9
//   cap 0.8 x facts           68.3/33.8, 57.3            70.0/35.0, 55.4            48.8      44.9/41.3/52.9                30.2
//   cap words/30              52.7/17.5, 63.6            55.6/23.6, 58.2            54.1      35.0/33.2/66.7                22.1
//   >=0.6 all + best 10       89.1/52.6, 54.1            95.0/57.9, 52.4            46.9      59.9/55.6/88.2                44.0
//   >=0.6 all + 0.4 x facts   91.4/62.8, 51.5            96.3/62.9, 51.2            46.2      63.2/58.2/92.2                46.9
//   one item per sentence     66.5/40.5, 53.0            71.3/47.1, 52.1            46.7      41.2/37.4/64.7                16.7
//   three per sentence        84.4/58.9, 51.2            90.6/62.1, 50.7            45.6      58.9/55.9/84.3                41.3
//   one item per answer       83.9/60.7, 50.9            91.3/67.1, 50.0            45.3      60.5/54.4/94.1                27.7
//   one item per fact         91.7/64.7, 51.5            96.3/68.6, 50.2            46.2      60.8/54.8/96.1                29.4
//   question over cloze       56.6/44.1, 47.7            65.6/49.3, 48.4            44.7      60.9/55.0/96.1                32.6
//   no true/false             83.1/61.6, 50.9            88.8/67.9, 48.8            46.2      64.6/59.5/96.1                45.6
//   floor person 0.55         93.0/63.7, 51.7            96.9/66.4, 50.5            46.2      63.7/58.5/96.1                47.5
//   floor count 0.55          88.6/60.1, 52.1            93.1/62.1, 50.5            46.9      60.9/56.6/92.2                44.9
//   floor date 0.55           91.2/62.2, 51.6            94.4/66.4, 50.2            46.0      63.3/58.3/88.2                46.9
//   floor person+org+date .55 90.9/55.9, 53.3            94.4/61.4, 51.4            46.8      61.1/56.6/82.4                45.6
// No rule kept: none raises the check reads' acceptable share by more than its noise (about +-3 points at 300 items)
// for at most 3 points of core coverage, and none beats the cut-off's own trade-off (about 0.6 points of share per
// point of coverage). Caps reach 60-65% only at 25-45 points of coverage: gold lists name nearly every fact, so any
// rule that thins the set by count loses gold in proportion. Per-fact and per-answer rules cut the deck by two-fifths at
// no gain in share: the readers judge each item alone, so a second item of one fact is no worse than the first.
import fs from "node:fs";
import { cachedData } from "./lib/cached-data";
import path from "node:path";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { factWorth, storedWorth } from "@/lib/generate/fact-worth";
import { fitLogistic, predict, sigmoid } from "@/lib/generate/fact-worth-fit";
import { ITEM_FEATURE_NAMES, itemFeatures, itemWorth } from "@/lib/generate/fact-worth-item";
import { generateArticleFacts } from "@/lib/generate/generate-items";
import type { QuizItem } from "@/lib/generate/types";
import { covers } from "@/tests/fixtures/gold/coverage";
import { seedGold, type GoldFact } from "@/tests/fixtures/gold/seeds";
import { coreItemsOf, type CoreCandidate, type CoreRule } from "./lib/core-rules";
import { judgedFacts, loadGold } from "./lib/gold-samples";

const BUILD = ["", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "m", "o", "q", "s", "u", "w", "y", "aa"].map((b) => `blind-2026-11${b}`);
const CHECK = ["l", "n", "p", "r", "t", "v", "x", "z", "ab"].map((b) => `blind-2026-11${b}`);

/** The item feature --speaker-weight moves (fact-worth-item.ts): the item asks who spoke, the speech kept in its stem. */
const SPEAKER = ITEM_FEATURE_NAMES.indexOf("item asks who spoke");
/** An item's features (fact-worth-item.ts, ITEM_FEATURE_NAMES order), with its fact's purpose: what --weight moves. */
type WithFeatures = CoreCandidate & { features: number[] };

interface Placed extends CoreCandidate {
  item: QuizItem;
  /** Its item features (ITEM_FEATURE_NAMES order). */
  features: number[];
  /** Its gold batch (a folder under tests/fixtures/articles, or "content" for the seeds). */
  batch: string;
}

interface ArticleItems {
  words: number;
  items: Placed[];
}

function placeArticle(article: ArticleInput, batch: string): ArticleItems {
  const { items, factOf } = generateArticleFacts(article);
  return {
    words: article.body.split(/\s+/).length,
    items: items.map((it) => {
      const fact = factOf.get(it);
      const features = itemFeatures(it, article.title, fact);
      return { type: it.type, answer: it.answer, worth: it.worth ?? 1, sentence: fact?.sentence ?? it.source.sentence, kind: it.kind, item: it, features, batch };
    }),
  };
}

const readFolder = (dir: string): ArticleInput[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticle(f, fs.readFileSync(path.join(dir, f), "utf8")));

interface Judged {
  group: "build" | "check";
  folder: string;
  acceptable: boolean;
  notWorth: boolean;
  self: WithFeatures;
  others: Placed[];
  words: number;
}

interface Data {
  goldGroups: { name: string; gold: GoldFact[]; articles: ArticleItems[] }[];
  judged: Judged[];
}

// Generating every seen batch and every read's article takes minutes on a loaded machine: --cache <file> keeps it.
async function collect(): Promise<Data> {
  const placed = new Map<string, ArticleItems>();
  const place = (folder: string, article: ArticleInput) => {
    const key = `${folder}/${article.slug}`;
    let got = placed.get(key);
    if (!got) placed.set(key, (got = placeArticle(article, folder)));
    return got;
  };
  // Gold: every seen batch and the seeds.
  const goldGroups: { name: string; gold: GoldFact[]; articles: ArticleItems[] }[] = [];
  for (const [name, batches] of [
    ["build", BUILD],
    ["check", CHECK],
  ] as const) {
    const gold: GoldFact[] = [];
    const articles: ArticleItems[] = [];
    for (const b of batches) {
      gold.push(...(await loadGold(b)));
      for (const a of readFolder(path.join("tests/fixtures/articles", b))) articles.push(place(b, a));
    }
    goldGroups.push({ name, gold, articles });
  }
  goldGroups.push({ name: "seeds", gold: seedGold, articles: readFolder("content").map((a) => place("content", a)) });

  const judged: Judged[] = [];
  const worthOf = new Map<unknown, number[]>();
  for (const j of judgedFacts()) {
    const group = CHECK.includes(j.folder) ? "check" : BUILD.includes(j.folder) ? "build" : null;
    if (!group) continue;
    if (!worthOf.has(j.candidates)) worthOf.set(j.candidates, factWorth(j.candidates, j.article));
    const fact = j.candidates[j.at]!;
    const p = storedWorth(fact, itemWorth(j.item, worthOf.get(j.candidates)![j.at] as number, j.article.title, fact));
    const features = itemFeatures(j.item, j.article.title, fact);
    const self = { type: j.item.type, kind: fact.kind, answer: j.item.answer, worth: p, sentence: fact.sentence, features };
    const art = place(j.folder, j.article);
    const others = art.items.filter((o) => !(o.type === self.type && o.answer === self.answer && o.sentence === self.sentence));
    judged.push({ group, folder: j.folder, acceptable: j.acceptable, notWorth: j.notWorth, self, others, words: art.words });
  }
  return { goldGroups, judged };
}

async function main(argv: string[]): Promise<void> {
  const data = await cachedData<Data>(argv, collect);
  // --weight "<item feature>=w" (repeatable): an item with the feature moves w on the log-odds scale, as
  // ITEM_WORTH_WEIGHTS would move it; --speaker-weight w is --weight "item asks who spoke=w".
  const weights = argv.flatMap((a, i) => (argv[i - 1] === "--weight" ? [a] : argv[i - 1] === "--speaker-weight" ? [`item asks who spoke=${a}`] : [])).map((a) => {
    const at = a.lastIndexOf("=");
    const c = ITEM_FEATURE_NAMES.indexOf(a.slice(0, at));
    if (c < 0) throw new Error(`--weight: names are ${ITEM_FEATURE_NAMES.join(", ")}`);
    return { c, w: Number(a.slice(at + 1)) };
  });
  const move = <T extends WithFeatures>(c: T): T => {
    const by = weights.reduce((s, { c: k, w }) => s + w * (c.features[k] ?? 0), 0);
    return by === 0 ? c : { ...c, worth: sigmoid(logit(c.worth) + by) };
  };
  const goldGroups = data.goldGroups.map((g) => ({ ...g, articles: g.articles.map((a) => ({ ...a, items: a.items.map(move) })) }));
  const judged = data.judged.map((j) => ({ ...j, self: move(j.self), others: j.others.map(move) }));
  if (argv.includes("--audit")) return audit(data.goldGroups, goldGroups);
  if (argv.includes("--curve")) return curve(goldGroups, judged);

  const rules: { name: string; rule: CoreRule }[] = [];
  for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) rules.push({ name: `cut ${t}`, rule: { from: t } });
  for (const n of [6, 8, 10, 12, 15, 20, 25]) rules.push({ name: `cap ${n}`, rule: { from: 0.4, cap: () => n } });
  for (const r of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) rules.push({ name: `cap ${r}*facts`, rule: { from: 0.4, cap: (a) => Math.ceil(r * a.facts) } });
  for (const w of [20, 30, 40, 60, 80]) rules.push({ name: `cap words/${w}`, rule: { from: 0.4, cap: (a) => Math.max(4, Math.ceil(a.words / w)) } });
  rules.push({ name: "one per fact", rule: { from: 0.4, onePerFact: true } });
  rules.push({ name: "two per sentence", rule: { from: 0.4, perSentence: 2 } });
  rules.push({ name: "three per sentence", rule: { from: 0.4, perSentence: 3 } });
  for (const hi of [0.5, 0.6, 0.7]) {
    for (const n of [5, 10, 15]) rules.push({ name: `>=${hi} all, +best ${n}`, rule: { from: 0.4, sureFrom: hi, cap: () => n } });
  }
  for (const hi of [0.5, 0.6]) {
    for (const r of [0.2, 0.4]) rules.push({ name: `>=${hi} all, +${r}*facts`, rule: { from: 0.4, sureFrom: hi, cap: (a) => Math.ceil(r * a.facts) } });
  }
  rules.push({ name: "floor person+org+date .55", rule: { from: 0.4, kindFrom: { person: 0.55, organisation: 0.55, date: 0.55 } } });
  rules.push({ name: "one per sentence", rule: { from: 0.4, perSentence: 1 } });
  rules.push({ name: "one per answer", rule: { from: 0.4, onePerAnswer: true } });
  rules.push({ name: "one per sentence+answer", rule: { from: 0.4, perSentence: 1, onePerAnswer: true } });
  rules.push({ name: "question over cloze", rule: { from: 0.4, questionOverCloze: true } });
  rules.push({ name: "no true/false", rule: { from: 0.4, noTrueFalse: true } });
  for (const k of ["date", "count", "ordinal", "duration", "money", "percent", "person", "place", "organisation"] as const) {
    rules.push({ name: `floor ${k} 0.55`, rule: { from: 0.4, kindFrom: { [k]: 0.55 } } });
  }

  // Which items (article, index) cover each gold fact, found once: a rule's coverage is then the facts with one kept.
  const covering = goldGroups.map((g) => {
    const byArticle = new Map<string, [number, number][]>();
    g.articles.forEach((a, ai) => a.items.forEach((it, i) => {
      const list = byArticle.get(it.item.source.article) ?? [];
      list.push([ai, i]);
      byArticle.set(it.item.source.article, list);
    }));
    const coveredBy = g.gold.map((f) => (byArticle.get(f.article) ?? []).filter(([ai, i]) => covers(g.articles[ai]!.items[i]!.item, f)));
    return { name: g.name, articles: g.articles, coveredBy };
  });
  const pct = (n: number, of: number) => (of === 0 ? "   -" : `${((100 * n) / of).toFixed(1)}`.padStart(5));
  process.stdout.write("rule                        | build reads: acc kept  nw kept  acc share | check reads: acc kept  nw kept  acc share | v reads: acc kept  nw kept  acc share | core cover build  check  seeds | items/art\n");
  for (const { name, rule } of rules) {
    const cells: string[] = [];
    for (const g of ["build", "check", "v"] as const) {
      // (Batch v's reads are the only ones no weights were fitted on: FIT_BATCHES, scripts/lib/gold-samples.ts.)
      const rows = judged.filter((j) => (g === "v" ? j.folder === "blind-2026-11v" : j.group === g));
      const kept = rows.filter((j) => coreItemsOf([j.self, ...j.others], { words: j.words }, rule).has(0));
      const acc = rows.filter((j) => j.acceptable).length;
      const nw = rows.filter((j) => j.notWorth).length;
      const kAcc = kept.filter((j) => j.acceptable).length;
      const kNw = kept.filter((j) => j.notWorth).length;
      cells.push(`${pct(kAcc, acc)}%   ${pct(kNw, nw)}%   ${pct(kAcc, kept.length)}% (${kept.length})`);
    }
    const cover: string[] = [];
    let items = 0;
    let arts = 0;
    for (const g of covering) {
      const keep = g.articles.map((a) => coreItemsOf(a.items, { words: a.words }, rule));
      if (g.name !== "seeds") {
        items += keep.reduce((n, k) => n + k.size, 0);
        arts += keep.length;
      }
      const covered = g.coveredBy.filter((by) => by.some(([a, i]) => keep[a]!.has(i))).length;
      cover.push(pct(covered, g.coveredBy.length));
    }
    process.stdout.write(`${name.padEnd(27)} | ${cells[0]} | ${cells[1]} | ${cells[2]} | ${cover.join("  ")} | ${(items / arts).toFixed(1)}\n`);
  }
  process.stdout.write(`judged: build ${judged.filter((j) => j.group === "build").length}, check ${judged.filter((j) => j.group === "check").length}\n`);
}

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
type GoldGroup = Data["goldGroups"][number];

/** Per gold fact, the items of its article that cover it (any type but true/false: the core guard's coverage). */
function coveringItems(g: GoldGroup): Placed[][] {
  const byArticle = new Map<string, Placed[]>();
  for (const a of g.articles) for (const it of a.items) byArticle.set(it.item.source.article, [...(byArticle.get(it.item.source.article) ?? []), it]);
  return g.gold.map((f) => (byArticle.get(f.article) ?? []).filter((it) => it.type !== "truefalse" && covers(it.item, f)));
}

/**
 * --audit: every gold fact the core set (CORE_FROM 0.4) covers today and no longer once --weight moves the
 * items with its features, with the items that covered it, per batch; and per batch how many gold facts each loses.
 */
function audit(before: GoldGroup[], after: GoldGroup[]): void {
  const lost: { batch: string; fact: GoldGroup["gold"][number]; items: Placed[] }[] = [];
  const counts = new Map<string, number>();
  before.forEach((g, gi) => {
    const was = coveringItems(g);
    const now = coveringItems(after[gi]!);
    g.gold.forEach((fact, fi) => {
      const batch = was[fi]![0]?.batch ?? now[fi]![0]?.batch ?? g.name;
      counts.set(batch, counts.get(batch) ?? 0);
      if (was[fi]!.some((it) => it.worth >= 0.4) && !now[fi]!.some((it) => it.worth >= 0.4)) {
        lost.push({ batch, fact, items: was[fi]!.filter((it) => it.worth >= 0.4) });
        counts.set(batch, (counts.get(batch) ?? 0) + 1);
      }
    });
  });
  process.stdout.write(`gold facts leaving the core set: ${lost.length}\n`);
  for (const [b, n] of counts) if (n > 0) process.stdout.write(`  ${b}: ${n}\n`);
  // (The check batches' lost facts are counted, never listed: their gold lists are not read while building.)
  for (const l of lost.filter((l) => !CHECK.includes(l.batch))) {
    process.stdout.write(`\n${l.batch} | ${l.fact.article} | answer ${JSON.stringify(l.fact.answer)} | context ${JSON.stringify(l.fact.context)}\n`);
    for (const it of l.items) process.stdout.write(`    [${it.type}, worth ${it.worth.toFixed(2)}, speaker ${it.features[SPEAKER]}] ${it.item.prompt}\n      sentence: ${it.sentence}\n`);
  }
}

/**
 * --curve: per cut-off, the core set's size per article and its gold coverage on the build and check batches, and its
 * estimated strict-read acceptability: the mean, over its items, of a logistic model of "judged acceptable" (from the
 * item's worth on the log-odds scale, its type, and whether it asks who spoke) fitted on the other group's reads (held
 * out); beside it the share acceptable of that group's own judged items the cut-off keeps.
 */
function curve(goldGroups: GoldGroup[], judged: Judged[]): void {
  const x = (c: WithFeatures) => [logit(c.worth), c.type === "truefalse" ? 1 : 0, c.type === "cloze" ? 1 : 0, c.features[SPEAKER] as number];
  const models = new Map(
    (["build", "check"] as const).map((g) => {
      const train = judged.filter((j) => j.group !== g);
      return [g, fitLogistic(train.map((j) => x(j.self)), train.map((j) => (j.acceptable ? 1 : 0)), 1)] as const;
    }),
  );
  process.stdout.write("cut-off | group: items/article, gold core cover, estimated acceptable (held-out model), reads' acceptable share kept (n)\n");
  for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]) {
    const cells = goldGroups.map((g) => {
      const kept = g.articles.map((a) => a.items.filter((it) => it.worth >= t));
      const items = kept.reduce((n, k) => n + k.length, 0);
      const cov = coveringItems(g);
      const covered = cov.filter((its) => its.some((it) => it.worth >= t)).length;
      const model = models.get(g.name === "check" ? "check" : "build")!;
      const est = kept.flat().reduce((s, it) => s + predict(model, x(it)), 0) / Math.max(1, items);
      const reads = judged.filter((j) => j.group === g.name && j.self.worth >= t);
      const readShare = g.name === "seeds" ? "" : `, reads ${((100 * reads.filter((j) => j.acceptable).length) / Math.max(1, reads.length)).toFixed(1)}% (${reads.length})`;
      return `${g.name} ${(items / g.articles.length).toFixed(1)}/art, cover ${((100 * covered) / cov.length).toFixed(1)}%, est ${(100 * est).toFixed(1)}%${readShare}`;
    });
    process.stdout.write(`${t.toFixed(2)}${t === 0.4 ? "*" : " "} | ${cells.join(" | ")}\n`);
  }
  process.stdout.write("(* today's cut-off, CORE_FROM)\n");
}

void main(process.argv.slice(2));
