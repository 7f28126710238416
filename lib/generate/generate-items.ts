import type { ArticleInput } from "@/lib/content/parse-article";
import { buildItems } from "./build-items";
import { capItemsPerSentence, withoutShownStatements } from "./cap-items-per-sentence";
import { computableChange } from "./computable-change";
import { extractFacts } from "./extract-facts";
import { findAmbiguousFacts } from "./find-ambiguous-facts";
import { findConflictingPrompts, promptKey } from "./find-conflicting-prompts";
import { garbledQuestion } from "./garbled-question";
import { nameCutAtTitle } from "./name-cut-at-title";
import { ordinalOfCompound, ordinalOfTitleTopic, withoutListedMembers } from "./gives-away";
import { buildPool, layerPools, type FactGroups } from "./pick-distractors";
import { forgetRemembered } from "./remembered";
import type { ArticleContext, Fact, GenerateOptions, ItemType, QuizItem } from "./types";
import { KEEP_FROM, FULL_FROM, selectFacts, storedWorth } from "./fact-worth";
import { itemWorth } from "./fact-worth-item";
import { keepOneItem } from "./rank-facts";
import { worthLearning } from "./worth-learning";

const ALL_TYPES: ItemType[] = ["choice", "typed", "cloze", "truefalse"];

/** Same answer from the same sentence found twice (e.g. by two patterns): keep the first. */
function dedupeFacts(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = `${f.article}|${f.sentence}|${f.kind}|${f.answer}|${f.span?.[0] ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The shared library's facts grouped for picking wrong options. Built once per library version (the caller
 * caches it by the library's content hashes): only articles no instructor owns belong in it.
 */
export function buildLibraryPool(library: ArticleInput[]): FactGroups {
  return buildPool(dedupeFacts(library.flatMap((a) => extractFacts(a))));
}

export interface ArticleGenerateOptions extends GenerateOptions {
  /** The shared library's facts (buildLibraryPool): wrong options come from the article first, then from these. */
  library?: FactGroups | null;
  /** Called as sentences are read: (sentences done, sentences in the article). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Quiz items for one article, from that article alone plus the library's facts for wrong options. Uniqueness (no
 * prompt with two answers) is checked within the article; a deck mixing articles checks its own items when built.
 * Deterministic for the same article and library, so keys and wording stay stable across re-imports.
 */
export function generateArticleItems(article: ArticleInput, options: ArticleGenerateOptions = {}): QuizItem[] {
  return generateArticleFacts(article, options).items;
}

/** One article's items, with the fact each came from and the facts the selection chose among (for scripts/fit-fact-worth.ts). */
export interface ArticleGeneration {
  items: QuizItem[];
  factOf: Map<QuizItem, Fact>;
  /** The facts worth a card before the selection (selectFacts) chose among them, in order. */
  candidates: Fact[];
  /** The stages before them, for scripts/diagnose-missing.ts: the article's facts deduped (questions withdrawn where
   * ambiguous or garbled), those worth learning, and those the selection kept. */
  found: Fact[];
  worth: Fact[];
  kept: Fact[];
  /** A fact's items as this article's builder makes them, before conflicting prompts and per-sentence caps. */
  itemsOf: (f: Fact) => QuizItem[];
}

/**
 * `extracted`: the article's facts as extractFacts gave them, when the caller has them already (generateItems, which
 * reads every article for the library first); they are used and changed as they are, so they must be no one else's.
 */
export function generateArticleFacts(article: ArticleInput, options: ArticleGenerateOptions = {}, extracted?: Fact[]): ArticleGeneration {
  const types = options.types ?? ALL_TYPES;
  forgetRemembered();
  const context: ArticleContext = { slug: article.slug, title: article.title, source: article.source, publishedAt: article.publishedAt };
  let sentences = 0;
  const found = dedupeFacts(
    extracted ??
      extractFacts(article, {
        onSentence: (done, total) => {
          sentences = total;
          options.onProgress?.(done, total);
        },
      }),
  );
  // A count whose sentence lists what it counts ("two hubs, in Kabwe and Chipata") is asked without the list.
  for (let i = 0; i < found.length; i++) found[i] = withoutListedMembers(found[i] as Fact);
  // A question that another fact could also answer is withdrawn; the fact may still get cloze/true-false items.
  for (const f of findAmbiguousFacts(found)) f.question = null;
  // A question that came out garbled is withdrawn the same way; the sentence as written still makes a cloze.
  for (const f of found) if (f.question && garbledQuestion(f.question, f, article.body)) f.question = null;
  // Facts not worth a card (a match's box score, who was quoted) get none; they still count as other answers above.
  // Nor does a name cut at a title's full stop ("Marcus St" of "Marcus St. Rose"): its answer is no one's name.
  const worth = worthLearning(found.filter((f) => !nameCutAtTitle(f)), article);
  // Facts the learned model finds unlikely worth learning get no card or one (fact-worth.ts); they still give wrong
  // options to the others.
  // A change whose two figures its sentence states is given away (its figures are asked instead); it still gives wrong options.
  // (Nor is an ordinal that names the title's topic, "_____ homes" under "curbs on second homes": the title gives it;
  // nor one cut from a compound, "_____-time buyers".)
  const asked = worth.filter((f) => !computableChange(f) && !ordinalOfTitleTopic(f, article.title) && !ordinalOfCompound(f));
  const selection = selectFacts(asked, article, { keepFrom: options.keepFrom ?? KEEP_FROM, fullFrom: options.fullFrom ?? FULL_FROM });
  const facts = selection.facts;
  const pool = layerPools(buildPool(worth), options.library);

  const answers = new Set(found.flatMap((f) => [f.answer, ...f.accepted.filter((a) => /\D/.test(a))]).map((a) => a.toLowerCase()));
  const itemsOf = (f: Fact) => buildItems(f, context, pool, types, answers);
  const factOf = new Map<QuizItem, Fact>();
  let items = facts.flatMap((f) => {
    const built = itemsOf(f);
    const worthOfFact = selection.worth.get(f);
    for (const it of built) {
      // (An item's worth is its fact's moved by what its prompt shows: readers judge items, fact-worth-item.ts.)
      if (worthOfFact !== undefined) it.worth = storedWorth(f, itemWorth(it, worthOfFact, article.title, f));
      factOf.set(it, f);
    }
    return built;
  });
  // Two items with one prompt but different answers cannot both be right: drop both.
  const promptKeys = items.map((it) => promptKey(it.prompt));
  const conflicting = findConflictingPrompts(items.map((it, i) => ({ id: it.key, type: it.type, prompt: it.prompt, answer: it.answer, promptKey: promptKeys[i] })));
  const seenKeys = new Set<string>();
  const seenPrompts = new Set<string>();
  items = items.filter((it, i) => {
    const k = promptKeys[i] as string;
    if (conflicting.has(it.key)) return false;
    const dedupe = `${it.type}|${k}`;
    if (seenKeys.has(it.key) || seenPrompts.has(dedupe)) return false;
    seenKeys.add(it.key);
    seenPrompts.add(dedupe);
    return true;
  });
  // (A name read by its form alone, fact.fallback with no value, ranks after every item of a rule's fact of its sentence.)
  const fallbackName = (it: QuizItem) => factOf.get(it)?.fallback === true && factOf.get(it)?.value === null;
  items = withoutShownStatements(keepOneItem(capItemsPerSentence(items, fallbackName), factOf, selection.oneItem));
  if (options.maxItemsPerFact !== undefined) {
    const perFact = new Map<string, number>();
    items = items.filter((it) => {
      const k = `${it.source.article}|${it.source.sentence}|${it.answer}`;
      const n = perFact.get(k) ?? 0;
      perFact.set(k, n + 1);
      return n < (options.maxItemsPerFact ?? Infinity);
    });
  }
  options.onProgress?.(sentences, sentences);
  return { items, factOf, candidates: asked, found, worth, kept: facts, itemsOf };
}

/**
 * Items for several articles, each generated on its own with all of them as the library. For tests and
 * scripts over a fixed corpus; the app generates one article at a time (generateArticleItems).
 */
export function generateItems(articles: ArticleInput[], options: GenerateOptions = {}): QuizItem[] {
  // Each article is read once, not once for the library and again for its own items (a third of a corpus run was the
  // second reading): the library gets a copy, since generating an article changes its facts (a question withdrawn).
  const extracted = articles.map((a) => {
    forgetRemembered();
    return extractFacts(a);
  });
  const library = buildPool(dedupeFacts(structuredClone(extracted).flat()));
  return articles.flatMap((a, i) => generateArticleFacts(a, { ...options, library }, extracted[i]).items);
}
