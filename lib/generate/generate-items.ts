import type { ArticleInput } from "@/lib/content/parse-article";
import { buildItems } from "./build-items";
import { capItemsPerSentence } from "./cap-items-per-sentence";
import { extractFacts } from "./extract-facts";
import { findAmbiguousFacts } from "./find-ambiguous-facts";
import { buildPool } from "./pick-distractors";
import type { ArticleContext, Fact, GenerateOptions, ItemType, QuizItem } from "./types";

const ALL_TYPES: ItemType[] = ["choice", "typed", "cloze", "truefalse"];

function promptKey(prompt: string): string {
  return prompt.toLowerCase().replace(/[^a-z0-9%$]+/g, " ").trim();
}

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
 * Quiz items for a corpus. Uniqueness and distractors are computed across all given articles, so
 * the same call must receive the whole corpus. Output is deterministic for the same input.
 */
export function generateItems(articles: ArticleInput[], options: GenerateOptions = {}): QuizItem[] {
  const types = options.types ?? ALL_TYPES;
  const contexts = new Map<string, ArticleContext>(articles.map((a) => [a.slug, { slug: a.slug, title: a.title, source: a.source, publishedAt: a.publishedAt }]));
  const facts = dedupeFacts(articles.flatMap((a) => extractFacts(a)));
  // A question that another fact could also answer is withdrawn; the fact may still get cloze/true-false items.
  for (const f of findAmbiguousFacts(facts)) f.question = null;
  const pool = buildPool(facts);

  let items = facts.flatMap((f) => buildItems(f, contexts.get(f.article), pool, types));
  // Two items with one prompt but different answers cannot both be right: drop both.
  const answersByPrompt = new Map<string, Set<string>>();
  for (const it of items) {
    const k = promptKey(it.prompt);
    const set = answersByPrompt.get(k) ?? new Set<string>();
    set.add(it.type === "truefalse" ? `${it.answer}` : it.answer.toLowerCase());
    answersByPrompt.set(k, set);
  }
  const seenKeys = new Set<string>();
  const seenPrompts = new Set<string>();
  items = items.filter((it) => {
    const k = promptKey(it.prompt);
    if ((answersByPrompt.get(k)?.size ?? 0) > 1) return false;
    const dedupe = `${it.type}|${k}`;
    if (seenKeys.has(it.key) || seenPrompts.has(dedupe)) return false;
    seenKeys.add(it.key);
    seenPrompts.add(dedupe);
    return true;
  });
  items = capItemsPerSentence(items);
  if (options.maxItemsPerFact !== undefined) {
    const perFact = new Map<string, number>();
    items = items.filter((it) => {
      const k = `${it.source.article}|${it.source.sentence}|${it.answer}`;
      const n = perFact.get(k) ?? 0;
      perFact.set(k, n + 1);
      return n < (options.maxItemsPerFact ?? Infinity);
    });
  }
  return items;
}
