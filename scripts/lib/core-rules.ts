// Core-set rules beyond a worth cut-off, for scripts/core-rules-curve.ts. None is in lib/generate: on 30 Nov (cap7)
// none raised the reads' acceptable share more than a cut-off does for the same gold coverage (see that script).
import type { QuizItem } from "@/lib/generate/types";

/** What a core-set rule sees of one item: its worth, how it asks, and the fact (sentence, answer) it asks. */
export interface CoreCandidate {
  type: QuizItem["type"];
  kind: QuizItem["kind"];
  answer: string;
  worth: number;
  sentence: string;
}

/** A core-set rule over one article's items: a worth cut-off and what else thins the set. */
export interface CoreRule {
  from: number;
  /** A higher cut-off for some kinds of answer. */
  kindFrom?: Partial<Record<QuizItem["kind"], number>>;
  /** At most this many items (the best by worth), from the article's length in words and its number of facts. */
  cap?: (article: { words: number; facts: number }) => number;
  /** Items from this worth up are core whatever the cap. */
  sureFrom?: number;
  /** At most this many items of one sentence. */
  perSentence?: number;
  onePerAnswer?: boolean;
  /** At most one item (the best) of one fact (sentence and answer). */
  onePerFact?: boolean;
  /** A cloze or true/false of a fact that a choice or typed question also asks leaves the core set. */
  questionOverCloze?: boolean;
  noTrueFalse?: boolean;
}

const isQuestion = (c: CoreCandidate) => c.type === "choice" || c.type === "typed";
const factKey = (c: CoreCandidate) => `${c.sentence}\u0000${c.answer.toLowerCase()}`;

/** The indices of `items` (one article's) in the core set under `rule`; ties in worth go to the earlier item. */
export function coreItemsOf(items: readonly CoreCandidate[], article: { words: number }, rule: CoreRule): Set<number> {
  const facts = new Set(items.map(factKey)).size;
  let kept = items
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.worth >= (rule.kindFrom?.[c.kind] ?? rule.from) && !(rule.noTrueFalse && c.type === "truefalse"));
  if (rule.questionOverCloze) {
    const asked = new Set(kept.filter(({ c }) => isQuestion(c)).map(({ c }) => factKey(c)));
    kept = kept.filter(({ c }) => isQuestion(c) || !asked.has(factKey(c)));
  }
  kept.sort((a, b) => b.c.worth - a.c.worth || a.i - b.i);
  const sentences = new Map<string, number>();
  const answers = new Set<string>();
  const factsSeen = new Set<string>();
  kept = kept.filter(({ c }) => {
    const answer = c.answer.toLowerCase();
    if ((sentences.get(c.sentence) ?? 0) >= (rule.perSentence ?? Infinity)) return false;
    if ((rule.onePerAnswer && answers.has(answer)) || (rule.onePerFact && factsSeen.has(factKey(c)))) return false;
    sentences.set(c.sentence, (sentences.get(c.sentence) ?? 0) + 1);
    answers.add(answer);
    factsSeen.add(factKey(c));
    return true;
  });
  if (rule.cap) {
    const sure = (c: CoreCandidate) => rule.sureFrom !== undefined && c.worth >= rule.sureFrom;
    const rest = kept.filter(({ c }) => !sure(c));
    kept = [...kept.filter(({ c }) => sure(c)), ...rest.slice(0, Math.max(0, rule.cap({ words: article.words, facts })))];
  }
  return new Set(kept.map(({ i }) => i));
}
