import { articleFeatures, FEATURE_NAMES } from "./fact-features";
import { predict, type LogisticModel } from "./fact-worth-fit";
import { FACT_WORTH_BIAS, FACT_WORTH_WEIGHTS } from "./fact-worth-weights";
import type { Fact } from "./types";
import { ABBREVIATION_QUESTION, type ArticleText } from "./worth-learning";

/**
 * Which facts become cards: a model learned from the gold lists (scripts/fit-fact-worth.ts) gives each candidate fact
 * the probability that it is worth a card, from features any article gives (fact-features.ts). Its labels are the
 * seen batches' gold lists (does an item of the fact cover a gold fact) and, weighing twice each, the strict reads'
 * verdicts on sampled items (not worth learning, or not). Held out by batch it ranks gold facts at AUC 0.77 and
 * separates the reads' "not worth learning" at 0.64; rankFact's hand-set score, which it replaces, was 0.49 on gold
 * (no better than chance) and 0.66 on the reads its signals were written from.
 */
export const MODEL: LogisticModel = { bias: FACT_WORTH_BIAS, weights: FEATURE_NAMES.map((n) => FACT_WORTH_WEIGHTS[n] ?? 0) };

/**
 * The operating point, read from the leave-one-batch-out curve of scripts/fit-fact-worth.ts. By the session's rule
 * (drop as many facts off the gold lists as costs at most ~3 points of gold coverage) it would be about 0.32; the
 * gold guards hold only below that (the seed gold, no real question lost, up to 0.27; the Chile-Korea gold of
 * gold-coverage.test.ts, >= 95%, up to 0.23), so 0.2: held out, 21% fewer facts off the gold lists than no selection
 * (15% fewer than rankFact's -2/0) for 0.6 points of coverage. A kept fact below FULL_FROM gets one card (0.4 points
 * of coverage for 12% fewer items).
 */
export const KEEP_FROM = 0.2;
export const FULL_FROM = 0.5;

/**
 * Core items (a fact's worth from CORE_FROM up) go into a deck built from their article by default; the rest are "more
 * questions" its instructor sees and may add, so nothing KEEP_FROM keeps is lost. Chosen on 30 Nov (weights of
 * 62f482e) from three curves, per cut-off: the strict reads' judged items whose fact reaches it (not worth learning /
 * acceptable; held out by batch in scripts/fit-fact-worth.ts, and in-sample in scripts/rank-strict-reads.ts), and the
 * gold coverage of the core set against all items (scripts/eval-generate.ts --core-from, any item but true/false):
 *   cut-off  reads' not-worth kept (held out / in-sample)  acceptable kept  items/article o+p  core cover o+p  m+n  k+l  h  seeds  Chile-Korea
 *   all        100% / 100%                                  100%            55.9               64.8           67.9 75.8 73.5 100   96.4
 *   0.35        77% /  75%                                   91%            53.1               64.3           67.1 73.2 70.9 96.1  89.3
 *   0.40        69% /  69%                                   89%            51.5               62.5           64.5 70.7 68.6 96.1  78.6
 *   0.45        64% /  63%                                   87%            49.4               60.5           61.5 68.1 63.8 92.2  75.0
 *   0.50        57% /  54%                                   82%            46.4               57.7           58.7 65.6 60.2 82.4  71.4
 * Half the not-worth items go only near 0.55, at ~15 points of gold coverage and a quarter of the acceptable items; 0.4
 * drops ~30% of them for ~4 points and a tenth of the acceptable ones. The 99 judged items of batches o+p, which the
 * weights never saw, are not separated at all (95% of not-worth and 87% of acceptable reach 0.4): the model, not the
 * cut-off, limits what tiers can do.
 */
export const CORE_FROM = 0.4;

/** An item is core (in a deck built from its article by default) when its fact's worth reaches coreFrom; an item
 * without a worth (hand-written, generated before worth was stored) counts as core. The rest are "more questions". */
export function isCoreWorth(worth: number | null | undefined, coreFrom: number = CORE_FROM): boolean {
  return worth === null || worth === undefined || worth >= coreFrom;
}

/** The learned probability that each fact is worth a card, in order. */
export function factWorth(facts: Fact[], article: ArticleText): number[] {
  return articleFeatures(facts, article).map((x) => predict(MODEL, x));
}

export interface SelectOptions {
  /** Facts whose probability is below this get no card. */
  keepFrom: number;
  /** Facts from keepFrom up to below this get one card (their best question), not one of each type. */
  fullFrom: number;
}

export interface Selection {
  facts: Fact[];
  /** Of `facts`, those worth one card only. */
  oneItem: Set<Fact>;
  /** Each kept fact's learned worth (absent when no selection was made). */
  worth: Map<Fact, number>;
}

/**
 * The facts worth a card, in their original order; a minor one keeps one card, so a learner still meets it once but
 * a deck is not a third minor details.
 */
export function selectFacts(facts: Fact[], article: ArticleText, options: SelectOptions = { keepFrom: KEEP_FROM, fullFrom: FULL_FROM }): Selection {
  const oneItem = new Set<Fact>();
  const worthOf = new Map<Fact, number>();
  if (options.keepFrom <= 0 && options.fullFrom <= 0) return { facts, oneItem, worth: worthOf };
  const worth = factWorth(facts, article);
  const kept = facts.filter((f, i) => {
    const p = worth[i] as number;
    worthOf.set(f, p);
    // "What does the abbreviation X stand for" asks the body's name, not its sentence's fact: a weak sentence costs
    // it its other cards, never that question (worth-learning.ts chose it). One card.
    if (p < options.keepFrom && ABBREVIATION_QUESTION.test(f.question ?? "")) {
      oneItem.add(f);
      return true;
    }
    if (p < options.keepFrom) return false;
    if (p < options.fullFrom) oneItem.add(f);
    return true;
  });
  return { facts: kept, oneItem, worth: worthOf };
}
