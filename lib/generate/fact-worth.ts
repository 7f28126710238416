import { articleFeatures, FEATURE_NAMES } from "./fact-features";
import { predict, type LogisticModel } from "./fact-worth-fit";
import { FACT_WORTH_BIAS, FACT_WORTH_WEIGHTS } from "./fact-worth-weights";
import type { Fact } from "./types";
import { CORE_FROM } from "./item-tier";
import { notCoreReason } from "./not-core";
import { ABBREVIATION_QUESTION, type ArticleText } from "./worth-learning";

/**
 * Which facts become cards: a model learned from the gold lists (scripts/fit-fact-worth.ts) gives each candidate fact
 * the probability that it is worth a card, from features any article gives (fact-features.ts). Its labels are the
 * seen batches' gold lists (does an item of the fact cover a gold fact) and, weighing four times each, the strict
 * reads' verdicts on sampled items (not worth learning, or not): the gold lists name nearly every fact (a quoted
 * official's name covers gold 168 times in 181), so at weight 2 the reads could hardly move the core set. Held out by
 * batch (scripts/fit-fact-worth.ts) it ranks gold facts at AUC 0.76 (0.77 at weight 2) and separates the reads' "not
 * worth learning" at 0.71 (0.64); rankFact's hand-set score, which it replaces, was 0.50 on gold and 0.65 on the reads
 * its signals were written from.
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

/** The worth an abbreviation's expansion keeps at most: below CORE_FROM, and still below it once rounded to 2 places. */
export const ABBREVIATION_WORTH = CORE_FROM - 0.05;
/** The worth a fallback fact's items keep at most (fact.fallback): below CORE_FROM, as an abbreviation's expansion. */
export const FALLBACK_WORTH = ABBREVIATION_WORTH;

/**
 * The worth an item of the fact carries (what places it in the core set, item-tier.ts), from its learned worth p: an
 * abbreviation's expansion ("What does the abbreviation MB stand for") is never core, as every strict read judged it
 * not worth learning; it stays among the "more questions". Which cards a fact gets is still decided by p.
 */
export function storedWorth(fact: Fact, p: number): number {
  // A figure read by its form alone (fallback-spans.ts) is never core either until strict reads have judged such items.
  // A fact of a class the strict reads judge not worth learning while gold lists may name it (not-core.ts): kept, not core.
  return ABBREVIATION_QUESTION.test(fact.question ?? "") || fact.fallback || notCoreReason(fact) !== null ? Math.min(p, FALLBACK_WORTH) : p;
}

/**
 * The learned probability that each fact is worth a card, in order. The rules' facts are scored among themselves only
 * (articleFeatures sets fallback facts apart), fallback facts among all.
 */
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
    worthOf.set(f, storedWorth(f, p));
    // "What does the abbreviation X stand for" asks the body's name, not its sentence's fact: a weak sentence costs
    // it its other cards, never that question (worth-learning.ts chose it). One card.
    if (p < options.keepFrom && ABBREVIATION_QUESTION.test(f.question ?? "")) {
      oneItem.add(f);
      return true;
    }
    if (p < options.keepFrom) return false;
    // (A fact read by its form alone gets one card: a deck's "more questions" are not flooded with them.)
    if (p < options.fullFrom || f.fallback) oneItem.add(f);
    return true;
  });
  return { facts: kept, oneItem, worth: worthOf };
}
