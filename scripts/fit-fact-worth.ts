// Fits the fact-worth model (lib/generate/fact-worth.ts) to the seen gold batches and reports how it selects facts on
// batches it was not fitted on, against rankFact's hand-set score:
//   npx tsx scripts/fit-fact-worth.ts [--write] [--lambda <l>] [--strict-weight <w>]
// Each article is generated with no selection; a candidate fact is labelled 1 when an item built from it covers a gold
// fact (tests/fixtures/gold/coverage.ts). Leave-one-batch-out: each batch is scored by a model fitted on the others.
// Prints the AUC of both scores and their curves (facts kept per article, share of gold covered, share of kept facts
// matching gold). --strict-weight w adds the strict reads' judged items (1 unless judged not worth learning, each
// weighing w) to the fit, and reports their held-out AUC either way, and the core-set curve on every read (the share of
// acceptable and of not-worth items reaching each cut-off; reads of batches after FIT_BATCHES are scored, never
// fitted). --write fits on all batches and writes lib/generate/fact-worth-weights.ts. No numeric library: see
// lib/generate/fact-worth-fit.ts.
import fs from "node:fs";
import path from "node:path";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { buildLibraryPool } from "@/lib/generate";
import { FEATURE_NAMES, articleFeatures } from "@/lib/generate/fact-features";
import { storedWorth } from "@/lib/generate/fact-worth";
import { auc, fitLogistic, predict, sigmoid } from "@/lib/generate/fact-worth-fit";
import { ITEM_FEATURE_NAMES, itemFeatures, type ItemShape } from "@/lib/generate/fact-worth-item";
import { generateArticleFacts } from "@/lib/generate/generate-items";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { keepOneItem, rankFact } from "@/lib/generate/rank-facts";
import type { Fact, FactKind, ItemType, QuizItem } from "@/lib/generate/types";
import { covers } from "@/tests/fixtures/gold/coverage";
import { FIT_BATCHES, judgedFacts, loadGold } from "./lib/gold-samples";

export { FIT_BATCHES };

interface Row {
  batch: string;
  /** A gold row (labelled by coverage) or a strict read's item (labelled 0 when judged not worth learning). */
  source: "gold" | "strict";
  /** The row's batch is one the weights are fitted on (FIT_BATCHES); a later batch's strict-read items are only scored. */
  fitted: boolean;
  /** A strict read judged the item acceptable as it stands. */
  acceptable?: boolean;
  /** A strict read's fact, whose worth is stored as selectFacts stores it (storedWorth: an abbreviation's never core). */
  fact?: Fact;
  /** A strict read's item as it was shown, and its article's title (for the item features, fact-worth-item.ts). */
  item?: ItemShape;
  title?: string;
  article: string;
  x: number[];
  y: number;
  rank: number;
  /** Gold facts (global ids) its items cover, and those its best item alone covers (a one-card fact). */
  covers: number[];
  coversOne: number[];
  items: number;
}

const readFolder = (dir: string): ArticleInput[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticle(f, fs.readFileSync(path.join(dir, f), "utf8")));

async function collect(): Promise<{ rows: Row[]; gold: number; articles: number; goldByBatch: Map<string, number>; articlesByBatch: Map<string, number> }> {
  const library = buildLibraryPool(readFolder("content"));
  const rows: Row[] = [];
  let goldId = 0;
  let articles = 0;
  const goldByBatch = new Map<string, number>();
  const articlesByBatch = new Map<string, number>();
  for (const batch of FIT_BATCHES) {
    const gold = await loadGold(batch);
    const list = readFolder(`tests/fixtures/articles/${batch}`).filter((a) => gold.some((g) => g.article === a.slug));
    goldByBatch.set(batch, gold.filter((g) => list.some((a) => a.slug === g.article)).length);
    articlesByBatch.set(batch, list.length);
    const ids = new Map(gold.map((g) => [g, goldId++]));
    for (const article of list) {
      articles++;
      const { items, factOf, candidates } = generateArticleFacts(article, { library, keepFrom: 0, fullFrom: 0 });
      const features = articleFeatures(candidates, article);
      const here = gold.filter((g) => g.article === article.slug);
      const itemsOf = new Map<Fact, QuizItem[]>();
      for (const it of items) {
        const f = factOf.get(it);
        if (f) itemsOf.set(f, [...(itemsOf.get(f) ?? []), it]);
      }
      candidates.forEach((f, i) => {
        const its = itemsOf.get(f) ?? [];
        // (A fact no item survives for, a conflicting prompt or a refused span, is no choice of the selection.)
        if (its.length === 0) return;
        const best = keepOneItem(its, factOf, new Set([f]));
        const cov = here.filter((g) => its.some((it) => covers(it, g))).map((g) => ids.get(g) as number);
        const one = here.filter((g) => best.some((it) => covers(it, g))).map((g) => ids.get(g) as number);
        rows.push({ source: "gold", fitted: true, batch, article: article.slug, x: features[i] as number[], y: cov.length > 0 ? 1 : 0, rank: rankFact(f, article).score, covers: cov, coversOne: one, items: its.length });
      });
    }
  }
  // The strict reads' items: 1 unless judged not worth learning, held out with their article's batch; those of later
  // batches are scored by the model of all fitted batches (text no weights saw).
  for (const j of judgedFacts()) {
    const x = articleFeatures(j.candidates, j.article)[j.at] as number[];
    const item: ItemShape = { type: j.item.type as ItemType, kind: j.item.kind as FactKind, prompt: j.item.prompt, answer: j.item.answer };
    rows.push({ source: "strict", fitted: FIT_BATCHES.includes(j.folder), acceptable: j.acceptable, fact: j.candidates[j.at], item, title: j.article.title, batch: j.folder, article: j.article.slug, x, y: j.notWorth ? 0 : 1, rank: rankFact(j.candidates[j.at]!, j.article).score, covers: [], coversOne: [], items: 0 });
  }
  return { rows, gold: goldId, articles, goldByBatch, articlesByBatch };
}

/** Held-out probability of each row: fitted on every fitted batch but its own (a later batch's: on all of them). */
function heldOut(rows: Row[], lambda: number, strictWeight: number): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (const batch of new Set(rows.map((r) => r.batch))) {
    const train = rows.filter((r) => r.fitted && r.batch !== batch && (r.source === "gold" || strictWeight > 0));
    const model = fitLogistic(
      train.map((r) => r.x),
      train.map((r) => r.y),
      lambda,
      train.map((r) => (r.source === "strict" ? strictWeight : 1)),
    );
    rows.forEach((r, i) => {
      if (r.batch === batch) out[i] = predict(model, r.x);
    });
  }
  return out;
}

interface Point {
  label: string;
  factsPerArticle: number;
  itemsPerArticle: number;
  covered: number;
  matching: number;
  nonGold: number;
}

/** What a selection keeps: `full` rows keep all their items, `one` rows their best item. */
function point(label: string, rows: Row[], keep: (i: number) => "full" | "one" | "drop", gold: number, articles: number): Point {
  const covered = new Set<number>();
  let facts = 0;
  let items = 0;
  let matching = 0;
  rows.forEach((r, i) => {
    const k = keep(i);
    if (k === "drop") return;
    facts++;
    items += k === "full" ? r.items : Math.min(1, r.items);
    if (r.y) matching++;
    for (const g of k === "full" ? r.covers : r.coversOne) covered.add(g);
  });
  return { label, factsPerArticle: facts / articles, itemsPerArticle: items / articles, covered: covered.size / gold, matching: matching / Math.max(1, facts), nonGold: facts - matching };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function print(p: Point): void {
  process.stdout.write(
    `${p.label.padEnd(34)} ${p.factsPerArticle.toFixed(1).padStart(6)} ${p.itemsPerArticle.toFixed(1).padStart(7)} ${pct(p.covered).padStart(8)} ${pct(p.matching).padStart(9)} ${String(p.nonGold).padStart(7)}\n`,
  );
}

/**
 * The core-set curve on the strict reads, held out: per cut-off, the share of items judged acceptable and of items
 * judged not worth learning whose fact's held-out worth reaches it (an abbreviation's expansion capped below CORE_FROM,
 * as selectFacts stores it), for the fitted batches' reads and apart for later ones.
 */
function printReadCurve(all: Row[], p: number[]): void {
  const worth = (i: number) => (all[i]!.fact ? storedWorth(all[i]!.fact!, p[i] as number) : (p[i] as number));
  const strict = all.flatMap((r, i) => (r.source === "strict" ? [i] : []));
  const share = (idx: number[], t: number) => (idx.length === 0 ? "-" : pct(idx.filter((i) => worth(i) >= t).length / idx.length));
  process.stdout.write(`\nstrict reads held out by batch: share of acceptable / not-worth items whose fact reaches each cut-off (CORE_FROM ${CORE_FROM})\n`);
  for (const [name, idx] of [["fitted batches' reads", strict.filter((i) => all[i]!.fitted)], ["later reads", strict.filter((i) => !all[i]!.fitted)]] as const) {
    const ok = idx.filter((i) => all[i]!.acceptable);
    const notWorth = idx.filter((i) => all[i]!.y === 0);
    process.stdout.write(`${name}: ${idx.length} items, ${ok.length} acceptable, ${notWorth.length} not worth; AUC (not worth vs rest) ${auc(idx.map(worth), idx.map((i) => all[i]!.y)).toFixed(3)}\n`);
    for (const t of [0.3, 0.35, 0.4, 0.45, 0.5]) process.stdout.write(`  worth >= ${t.toFixed(2)}: acceptable ${share(ok, t).padStart(6)}, not worth ${share(notWorth, t).padStart(6)}\n`);
  }
}

/** The batches item features are chosen on; the others (CHECK_BATCHES) only score the chosen model, unread while building. */
const CHECK_BATCHES = new Set(["11l", "11n", "11p", "11r", "11t", "11v", "11x", "11z", "11ab", "11ad", "11af", "11ah"].map((b) => `blind-2026-${b}`));
const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

interface ItemRows {
  rows: Row[];
  /** Each row's fact worth held out by batch, as stored (storedWorth). */
  base: number[];
  x: number[][];
}

/** Each item's worth from its fact's held-out worth moved by the features `cols`, fitted on `train` rows other than its batch's. */
function itemHeldOut(d: ItemRows, cols: number[], lambda: number, train: (r: Row) => boolean): number[] {
  const out = [...d.base];
  const pick = (x: number[]) => cols.map((c) => x[c] as number);
  for (const batch of new Set(d.rows.map((r) => r.batch))) {
    const idx = d.rows.flatMap((r, i) => (r.batch !== batch && train(r) ? [i] : []));
    if (cols.length === 0 || idx.length === 0) continue;
    const model = fitLogistic(
      idx.map((i) => pick(d.x[i]!)),
      idx.map((i) => d.rows[i]!.y),
      lambda,
      undefined,
      25,
      { offsets: idx.map((i) => logit(d.base[i] as number)), intercept: false },
    );
    d.rows.forEach((r, i) => {
      if (r.batch !== batch) return;
      const z = logit(d.base[i] as number) + pick(d.x[i]!).reduce((s, v, j) => s + v * (model.weights[j] as number), 0);
      out[i] = storedWorth(r.fact!, sigmoid(z));
    });
  }
  return out;
}

function readFigures(d: ItemRows, worth: number[], keep: (r: Row) => boolean): string {
  const idx = d.rows.flatMap((r, i) => (keep(r) ? [i] : []));
  const ok = idx.filter((i) => d.rows[i]!.acceptable);
  const nw = idx.filter((i) => d.rows[i]!.y === 0);
  const share = (s: number[], t: number) => pct(s.filter((i) => (worth[i] as number) >= t).length / Math.max(1, s.length));
  const a = auc(idx.map((i) => worth[i] as number), idx.map((i) => d.rows[i]!.y));
  // (The core set's own figure: of the judged items it keeps, the share judged not worth learning.)
  const core = idx.filter((i) => (worth[i] as number) >= CORE_FROM);
  const nwInCore = `core (>= ${CORE_FROM}) keeps ${core.length}, ${pct(core.filter((i) => d.rows[i]!.y === 0).length / Math.max(1, core.length))} not worth`;
  return `AUC ${a.toFixed(3)}; ${nwInCore}; ` + [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55].map((t) => `${t}: ok ${share(ok, t)} nw ${share(nw, t)}`).join(" | ") + ` (${idx.length} items, ${ok.length} ok, ${nw.length} nw)`;
}

/**
 * Item features (fact-worth-item.ts), chosen forward on the build batches' reads (a feature is added while it raises
 * their AUC held out by batch) and scored on the check batches' reads by a model fitted on the build batches only.
 */
function studyItems(all: Row[], pStrict: number[], lambda: number, argv: string[]): void {
  const rows = all.filter((r) => r.source === "strict" && r.fitted && r.item);
  const at = all.flatMap((r, i) => (r.source === "strict" && r.fitted && r.item ? [i] : []));
  const d: ItemRows = { rows, base: at.map((i) => storedWorth(all[i]!.fact!, pStrict[i] as number)), x: rows.map((r) => itemFeatures(r.item!, r.title ?? "", r.fact)) };
  const build = (r: Row) => !CHECK_BATCHES.has(r.batch);
  const check = (r: Row) => CHECK_BATCHES.has(r.batch);
  const aucOn = (w: number[], keep: (r: Row) => boolean) => {
    const idx = rows.flatMap((r, i) => (keep(r) ? [i] : []));
    return auc(idx.map((i) => w[i] as number), idx.map((i) => rows[i]!.y));
  };
  process.stdout.write(`\nitem features (lambda ${lambda}); fact worth alone, held out:\n  build: ${readFigures(d, d.base, build)}\n  check: ${readFigures(d, d.base, check)}\n  all:   ${readFigures(d, d.base, () => true)}\n`);
  ITEM_FEATURE_NAMES.forEach((n, c) => {
    const on = rows.filter((_, i) => d.x[i]![c]! > 0);
    process.stdout.write(`  ${n.padEnd(28)} on ${String(on.length).padStart(4)} items, not worth ${pct(on.filter((r) => r.y === 0).length / Math.max(1, on.length))}\n`);
  });
  // --item-sets "a,b;a,b,c": each set held out (built on the build reads, checked on the check reads), with its weights
  // on all reads; feature sets compared at once, with no forward choice.
  if (argv.includes("--item-sets")) {
    const sets = (argv[argv.indexOf("--item-sets") + 1] ?? "").split(";");
    for (const set of sets) {
      const c = set === "" ? [] : set.split(",").map((n) => ITEM_FEATURE_NAMES.indexOf(n));
      if (c.includes(-1)) throw new Error(`--item-sets: names are ${ITEM_FEATURE_NAMES.join(", ")}`);
      const byBuild = itemHeldOut(d, c, lambda, build);
      const byAll = itemHeldOut(d, c, lambda, () => true);
      const fit = fitLogistic(d.x.map((x) => c.map((k) => x[k] as number)), rows.map((r) => r.y), lambda, undefined, 25, { offsets: d.base.map(logit), intercept: false });
      process.stdout.write(`\nset [${set}]\n  build (fitted on build): ${readFigures(d, byBuild, build)}\n  check (fitted on build): ${readFigures(d, byBuild, check)}\n  all (by batch):          ${readFigures(d, byAll, () => true)}\n  weights on all reads: ${c.map((k, j) => `${JSON.stringify(ITEM_FEATURE_NAMES[k])}: ${(fit.weights[j] as number).toFixed(4)}`).join(", ")}\n`);
      // (--write-items with --item-sets writes the last set's weights on all reads.)
      if (argv.includes("--write-items") && set === sets.at(-1)) writeItemWeights(c, fit.weights, rows.length, `--item-sets "${sets.join(";")}"`, true, lambda);
    }
    return;
  }
  // --item-features a,b: that set, not the forward choice (to weigh a set against a guard the reads do not see).
  const forced = argv.includes("--item-features") ? (argv[argv.indexOf("--item-features") + 1] ?? "").split(",").map((n) => ITEM_FEATURE_NAMES.indexOf(n)) : null;
  if (forced?.includes(-1)) throw new Error(`--item-features: names are ${ITEM_FEATURE_NAMES.join(", ")}`);
  let cols: number[] = forced ?? [];
  let best = aucOn(d.base, build);
  for (; forced === null; ) {
    let step: { c: number; a: number } | null = null;
    for (let c = 0; c < ITEM_FEATURE_NAMES.length; c++) {
      if (cols.includes(c)) continue;
      const a = aucOn(itemHeldOut(d, [...cols, c], lambda, build), build);
      if (a > (step?.a ?? best + 0.001)) step = { c, a };
    }
    if (!step) break;
    cols = [...cols, step.c];
    best = step.a;
    process.stdout.write(`  + ${ITEM_FEATURE_NAMES[step.c]}: build AUC held out ${best.toFixed(3)}\n`);
  }
  const chosen = itemHeldOut(d, cols, lambda, build);
  process.stdout.write(`chosen (fitted on build reads only):\n  build: ${readFigures(d, chosen, build)}\n  check: ${readFigures(d, chosen, check)}\n`);
  const allHeld = itemHeldOut(d, cols, lambda, () => true);
  process.stdout.write(`chosen, fitted on all reads but the batch's own:\n  all:   ${readFigures(d, allHeld, () => true)}\n`);
  const full = fitLogistic(
    d.x.map((x) => cols.map((c) => x[c] as number)),
    rows.map((r) => r.y),
    lambda,
    undefined,
    25,
    { offsets: d.base.map(logit), intercept: false },
  );
  const r4 = (v: number) => Number(v.toFixed(4));
  const lines = cols.map((c, j) => `  ${JSON.stringify(ITEM_FEATURE_NAMES[c])}: ${r4(full.weights[j] as number)},`);
  process.stdout.write(`weights on all reads:\n${lines.join("\n")}\n`);
  if (!argv.includes("--write-items")) return;
  writeItemWeights(cols, full.weights, rows.length, forced ? `--item-features "${forced.map((c) => ITEM_FEATURE_NAMES[c]).join(",")}"` : "", forced !== null, lambda);
}

/** Writes lib/generate/fact-worth-item-weights.ts: the item features `cols` with their weights. */
function writeItemWeights(cols: number[], weights: readonly number[], n: number, how: string, byHand: boolean, lambda = 1): void {
  const r4 = (v: number) => Number(v.toFixed(4));
  const lines = cols.map((c, j) => `  ${JSON.stringify(ITEM_FEATURE_NAMES[c])}: ${r4(weights[j] as number)},`);
  const text = `// Generated by \`npx tsx scripts/fit-fact-worth.ts --lambda ${lambda} --strict-weight 4 --items${how ? ` ${how}` : ""} --write-items\` on ${new Date().toISOString().slice(0, 10)}: do not edit by hand.
// Log-odds moves of an item's worth from its fact's (lib/generate/fact-worth-item.ts), fitted on ${n} strict-read items of
// ${FIT_BATCHES.join(", ")} (1 unless judged not worth learning) with their fact's held-out worth as offset;
// features ${byHand ? "set by hand" : "chosen forward"} on the build batches' reads (not ${[...CHECK_BATCHES].join(", ")}). A name missing here weighs 0.

export const ITEM_WORTH_WEIGHTS: Readonly<Record<string, number>> = {
${lines.join("\n")}
};
`;
  fs.writeFileSync("lib/generate/fact-worth-item-weights.ts", text);
  process.stdout.write("wrote lib/generate/fact-worth-item-weights.ts\n");
}

function writeWeights(all: Row[], lambda: number, strictWeight: number): void {
  const rows = all.filter((r) => r.fitted && (r.source === "gold" || strictWeight > 0));
  const model = fitLogistic(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
    lambda,
    rows.map((r) => (r.source === "strict" ? strictWeight : 1)),
  );
  const r4 = (v: number) => Number(v.toFixed(4));
  const lines = FEATURE_NAMES.map((name, j) => `  ${JSON.stringify(name)}: ${r4(model.weights[j] as number)},`);
  const day = new Date().toISOString().slice(0, 10);
  const strict = rows.filter((r) => r.source === "strict").length;
  const text = `// Generated by \`npx tsx scripts/fit-fact-worth.ts --write --lambda ${lambda} --strict-weight ${strictWeight}\` on ${day}: do not edit by hand.
// L2 logistic regression (lambda ${lambda}) of "an item built from this fact covers a gold fact", fitted on ${rows.length - strict} candidate
// facts of the gold batches ${FIT_BATCHES.join(", ")}${strict > 0 ? `,\n// with ${strict} items of their strict reads (1 unless judged not worth learning) weighing ${strictWeight} each` : ""}.
// Features: lib/generate/fact-features.ts (a name missing here weighs 0).

export const FACT_WORTH_BIAS = ${r4(model.bias)};

export const FACT_WORTH_WEIGHTS: Readonly<Record<string, number>> = {
${lines.join("\n")}
};
`;
  fs.writeFileSync("lib/generate/fact-worth-weights.ts", text);
  process.stdout.write("wrote lib/generate/fact-worth-weights.ts\n");
}

/** The share of `nw` rows kept by the highest cut-off that keeps at least `okShare` of the `ok` rows. */
function nwKeptAt(worth: number[], ok: number[], nw: number[], okShare: number): number {
  const sorted = ok.map((i) => worth[i] as number).sort((a, b) => b - a);
  const t = sorted[Math.max(0, Math.ceil(okShare * sorted.length) - 1)] ?? 0;
  return nw.filter((i) => (worth[i] as number) >= t).length / Math.max(1, nw.length);
}

/**
 * --study-features a,b,...: fact features weighed one at a time. For no candidate (their columns zeroed: an L2 fit then
 * gives them weight 0), each candidate alone, each left out of all, and all: held out by batch, the gold AUC, and on
 * the build and check batches' reads apart the item worth's AUC (not worth vs rest, with the item weights' features
 * refitted held out) and the share of not-worth items kept where the cut-off keeps 100% and 97% of acceptable ones,
 * and at CORE_FROM.
 */
function studyFeatures(all: Row[], lambda: number, strictWeight: number, names: string[], itemNames: string[]): void {
  const cols = names.map((n) => FEATURE_NAMES.indexOf(n));
  if (cols.includes(-1)) throw new Error(`--study-features: unknown name among ${names.join(", ")}`);
  const itemCols = itemNames.map((n) => ITEM_FEATURE_NAMES.indexOf(n));
  if (itemCols.includes(-1)) throw new Error(`--item-features: names are ${ITEM_FEATURE_NAMES.join(", ")}`);
  const sets: [string, number[]][] = [["none", []], ...cols.map((c, j): [string, number[]] => [`+ ${names[j]}`, [c]]), ...(cols.length > 1 ? cols.map((c, j): [string, number[]] => [`all - ${names[j]}`, cols.filter((d) => d !== c)]) : []), ["all", cols]];
  const strictAt = all.flatMap((r, i) => (r.source === "strict" && r.fitted && r.item ? [i] : []));
  const goldAt = all.flatMap((r, i) => (r.source === "gold" ? [i] : []));
  const itemX = strictAt.map((i) => itemFeatures(all[i]!.item!, all[i]!.title ?? "", all[i]!.fact));
  process.stdout.write(`\nfeature study (lambda ${lambda}, strict weight ${strictWeight}); reads: AUC, not-worth kept at 100% / 97% of acceptable kept, acceptable and not-worth kept at CORE_FROM ${CORE_FROM}\n`);
  for (const [label, on] of sets) {
    const zeroed = all.map((r) => ({ ...r, x: r.x.map((v, c) => (cols.includes(c) && !on.includes(c) ? 0 : v)) }));
    const p = heldOut(zeroed, lambda, strictWeight);
    const rows = strictAt.map((i) => all[i]!);
    const d: ItemRows = { rows, base: strictAt.map((i) => storedWorth(all[i]!.fact!, p[i] as number)), x: itemX };
    const worth = itemHeldOut(d, itemCols, lambda, () => true);
    const part = (keep: (r: Row) => boolean) => {
      const idx = rows.flatMap((r, i) => (keep(r) ? [i] : []));
      const ok = idx.filter((i) => rows[i]!.acceptable);
      const nw = idx.filter((i) => rows[i]!.y === 0);
      const a = auc(idx.map((i) => worth[i] as number), idx.map((i) => rows[i]!.y));
      const atCore = (s: number[]) => pct(s.filter((i) => (worth[i] as number) >= CORE_FROM).length / Math.max(1, s.length));
      return `AUC ${a.toFixed(3)} nw@100 ${pct(nwKeptAt(worth, ok, nw, 1)).padStart(6)} nw@97 ${pct(nwKeptAt(worth, ok, nw, 0.97)).padStart(6)} core ok ${atCore(ok)} nw ${atCore(nw)}`;
    };
    const gold = auc(goldAt.map((i) => p[i] as number), goldAt.map((i) => all[i]!.y));
    process.stdout.write(`${label.padEnd(34)} gold ${gold.toFixed(3)} | build ${part((r) => !CHECK_BATCHES.has(r.batch))} | check ${part((r) => CHECK_BATCHES.has(r.batch))}\n`);
  }
}

async function main(argv: string[]): Promise<void> {
  const lambdaArg = argv.includes("--lambda") ? Number(argv[argv.indexOf("--lambda") + 1]) : null;
  const strictWeight = argv.includes("--strict-weight") ? Number(argv[argv.indexOf("--strict-weight") + 1]) : 0;
  const { rows: all, gold, articles } = await collect();
  const rows = all.filter((r) => r.source === "gold");
  const strictIdx = all.flatMap((r, i) => (r.source === "strict" && r.fitted ? [i] : []));
  const positives = rows.filter((r) => r.y).length;
  process.stdout.write(`${FIT_BATCHES.length} batches, ${articles} articles, ${gold} gold facts, ${rows.length} candidate facts with an item (${pct(positives / rows.length)} cover gold); ${strictIdx.length} strict-read items (weight ${strictWeight})\n`);
  const lambdas = lambdaArg !== null ? [lambdaArg] : [0.3, 1, 3, 10, 30];
  const labels = rows.map((r) => r.y);
  const strictLabels = strictIdx.map((i) => all[i]!.y);
  let best = { lambda: lambdas[0] as number, auc: -1, p: [] as number[] };
  for (const lambda of lambdas) {
    const pAll = heldOut(all, lambda, strictWeight);
    const p = all.flatMap((r, i) => (r.source === "gold" ? [pAll[i] as number] : []));
    const a = auc(p, labels);
    process.stdout.write(`lambda ${lambda}: held-out AUC on gold ${a.toFixed(3)}, on strict reads (worth vs not) ${auc(strictIdx.map((i) => pAll[i] as number), strictLabels).toFixed(3)}\n`);
    if (a > best.auc) best = { lambda, auc: a, p };
  }
  process.stdout.write(`rankFact score: AUC on gold ${auc(rows.map((r) => r.rank), labels).toFixed(3)}, on strict reads ${auc(strictIdx.map((i) => all[i]!.rank), strictLabels).toFixed(3)} (its signals were written from those reads)\n`);
  process.stdout.write(`per batch (held-out AUC learned / rankFact):\n`);
  for (const batch of FIT_BATCHES) {
    const idx = rows.flatMap((r, i) => (r.batch === batch ? [i] : []));
    const l = idx.map((i) => labels[i] as number);
    process.stdout.write(`  ${batch.padEnd(16)} ${auc(idx.map((i) => best.p[i] as number), l).toFixed(3)} / ${auc(idx.map((i) => rows[i]!.rank), l).toFixed(3)}\n`);
  }
  if (argv.includes("--study-features")) {
    // (The item features refitted under each fact model: --item-features, else the weighed ones.)
    const itemNames = argv.includes("--item-features") ? (argv[argv.indexOf("--item-features") + 1] ?? "").split(",") : ["answer a year", "stem opens with no name"];
    studyFeatures(all, best.lambda, strictWeight, (argv[argv.indexOf("--study-features") + 1] ?? "").split(","), itemNames);
    return;
  }
  const p = best.p;
  // (--write with --items: the fact weights are written before the item study, which fits on the held-out worth.)
  if (argv.includes("--write") && argv.includes("--items")) writeWeights(all, best.lambda, strictWeight);
  const pStrict = heldOut(all, best.lambda, strictWeight);
  printReadCurve(all, pStrict);
  if (argv.includes("--items")) {
    studyItems(all, pStrict, best.lambda, argv);
    return;
  }
  process.stdout.write(`\nstrict-read items held out: kept by each threshold (of them judged not worth learning); all ${strictIdx.length} (${strictLabels.filter((y) => y === 0).length})\n`);
  for (const t of [0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const kept = strictIdx.filter((i) => (pStrict[i] as number) >= t);
    process.stdout.write(`  p >= ${t}: ${kept.length} (${kept.filter((i) => all[i]!.y === 0).length})\n`);
  }
  for (const t of [-2, 0]) {
    const kept = strictIdx.filter((i) => all[i]!.rank >= t);
    process.stdout.write(`  rankFact >= ${t}: ${kept.length} (${kept.filter((i) => all[i]!.y === 0).length})\n`);
  }
  process.stdout.write(`\ncurves (lambda ${best.lambda}, held-out), all cards for kept facts:\n${"selection".padEnd(34)} facts/a items/a  covered  matching non-gold\n`);
  print(point("no selection", rows, () => "full", gold, articles));
  for (const t of [-3, -2, -1, 0, 1]) print(point(`rankFact >= ${t}`, rows, (i) => (rows[i]!.rank >= t ? "full" : "drop"), gold, articles));
  print(point("rankFact today (-2 drop, <0 one card)", rows, (i) => (rows[i]!.rank < -2 ? "drop" : rows[i]!.rank < 0 ? "one" : "full"), gold, articles));
  for (const t of [0.05, 0.1, 0.15, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.35, 0.4, 0.5]) print(point(`learned p >= ${t}`, rows, (i) => ((p[i] as number) >= t ? "full" : "drop"), gold, articles));
  // The same number of facts as each rankFact threshold keeps, by learned score: the two rankings compared at equal cost.
  const order = rows.map((_, i) => i).sort((a, b) => (p[b] as number) - (p[a] as number) || a - b);
  for (const t of [-2, -1, 0]) {
    const n = rows.filter((r) => r.rank >= t).length;
    const kept = new Set(order.slice(0, n));
    print(point(`learned, as many as rankFact >= ${t}`, rows, (i) => (kept.has(i) ? "full" : "drop"), gold, articles));
  }
  // A budget per article proportional to its candidates (a proxy for its body length): the top share of each article.
  const byArticle = new Map<string, number[]>();
  rows.forEach((r, i) => byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), i]));
  for (const share of [0.9, 0.8, 0.7, 0.6]) {
    const kept = new Set<number>();
    for (const idx of byArticle.values()) for (const i of [...idx].sort((a, b) => (p[b] as number) - (p[a] as number) || a - b).slice(0, Math.ceil(share * idx.length))) kept.add(i);
    print(point(`learned, top ${share * 100}% per article`, rows, (i) => (kept.has(i) ? "full" : "drop"), gold, articles));
  }
  process.stdout.write(`\ntwo thresholds (drop below a, one card below b):\n`);
  for (const a of [0.2, 0.24, 0.26, 0.28, 0.3]) for (const b of [a, 0.3, 0.35, 0.4, 0.5]) if (b >= a) print(point(`learned drop<${a} one<${b}`, rows, (i) => ((p[i] as number) < a ? "drop" : (p[i] as number) < b ? "one" : "full"), gold, articles));
  if (argv.includes("--write")) writeWeights(all, best.lambda, strictWeight);
}

void main(process.argv.slice(2));
