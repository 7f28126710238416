import { isCompletionPrompt } from "./completion-stem";
import { isCoreWorth } from "./item-tier";
import { itemKey } from "./hash-key";
import type { ItemType, QuizItem } from "./types";
import { addToList } from "@/lib/util/add-to-list";

/** At most this many items come from one sentence: a dense sentence gave up to 12 near-copies of itself. */
export const MAX_ITEMS_PER_SENTENCE = 5;

// Real questions first, then a blank to fill, then a statement to judge.
const TIER: Record<ItemType, number> = { choice: 0, typed: 0, cloze: 1, truefalse: 2 };
const TYPE_ORDER: Record<ItemType, number> = { choice: 0, typed: 1, cloze: 2, truefalse: 3 };

/** A sentence completion is a real question but a weaker one than a wh-question: it ranks between them and a cloze. */
const tierOf = (item: QuizItem): number => (isCompletionPrompt(item.prompt) ? 0.5 : TIER[item.type]);

/** Does `text` state `answer`? Digits must stand alone: "12" is not in "2012" nor in "12.5". */
export function statesAnswer(text: string, answer: string): boolean {
  const a = answer.toLowerCase();
  if (!a) return false;
  const t = text.toLowerCase();
  for (let i = t.indexOf(a); i >= 0; i = t.indexOf(a, i + 1)) {
    const before = t.charAt(i - 1);
    const after = t.slice(i + a.length, i + a.length + 2);
    if (/^\d/.test(a) && /[\d.,]/.test(before)) continue;
    if (/\d$/.test(a) && (/^\d/.test(after) || /^[.,]\d/.test(after))) continue;
    if (/^\p{L}/u.test(a) && /\p{L}/u.test(before)) continue;
    if (/\p{L}$/u.test(a) && /^\p{L}/u.test(after)) continue;
    return true;
  }
  return false;
}

/** The fact (kind and answer) of an item; a true/false item's is found from its key, built from the fact's answer. */
function factOf(item: QuizItem, answersInSentence: Map<string, string>): string {
  if (item.type !== "truefalse") return `${item.kind}|${item.answer.toLowerCase()}`;
  return answersInSentence.get(item.key) ?? `truefalse|${item.key}`;
}

function compareRanks(a: number[], b: number[]): number {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return (a[j] ?? 0) - (b[j] ?? 0);
  return 0;
}

const statementOf = (item: QuizItem) => item.prompt.replace(/^True or false(?: \([^)]*\))?: /, "");
// (The runs of letters and digits, matched: the same words as a split on what lies between, at two thirds the cost.)
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\d]+/gu));

/** Statements cut from the same clause (most words shared): one states what the other swapped. */
function sameClause(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared * 2 > Math.min(wa.size, wb.size);
}

/**
 * Each fact's answer in every form its items accept: "25 April 2026" is also given away by "25 April", "34 minutes"
 * by "34-minute" (a bare number is too short to tell). Any item of the fact carries them, the choice item none.
 */
function formsByFact(candidates: { it: QuizItem; fact: string }[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  // (Each fact's forms gathered in a set first: rebuilding its list per item grew with a repeated sentence's items.)
  const sets = new Map<string, Set<string>>();
  for (const { it, fact } of candidates) {
    if (it.type === "truefalse") continue;
    let set = sets.get(fact);
    if (!set) sets.set(fact, (set = new Set()));
    for (const form of [it.answer, ...it.accepted.filter((a) => /\D/.test(a))]) set.add(form);
  }
  for (const [fact, set] of sets) forms.set(fact, [...set]);
  return forms;
}

/** A statement states no answer of a kept item about another fact, nor the clause of a kept statement. */
function soundStatement(c: { it: QuizItem; fact: string }, kept: { it: QuizItem; fact: string }[], forms: Map<string, string[]>): boolean {
  const statement = statementOf(c.it);
  return !kept.some((k) =>
    k.it.type === "truefalse" ? sameClause(statement, statementOf(k.it)) : k.fact !== c.fact && (forms.get(k.fact) ?? [k.it.answer]).some((form) => statesAnswer(statement, form)),
  );
}

/** A kept statement about another fact states an answer of this item's fact (it would give the item away). */
function statedByKept(c: { it: QuizItem; fact: string }, kept: { it: QuizItem; fact: string }[], forms: Map<string, string[]>): boolean {
  const answers = forms.get(c.fact) ?? [c.it.answer];
  return kept.some((k) => k.it.type === "truefalse" && k.fact !== c.fact && answers.some((form) => statesAnswer(statementOf(k.it), form)));
}

/** Kinds whose answer is a name: picked from options more fairly than typed (spelling, accents). */
const NAME_KINDS = new Set(["person", "organisation", "place"]);

/**
 * Typed items that ask a fact by the same question as its choice item. The copy only adds a card (strict read I1
 * counted 6 of 50 items as pairs from one sentence): a name's copy goes, as a name is hard to type (I0 #22, H0 #21,
 * I1 #38); a figure's comes after the sentence's blanks, since typing a figure is a fair test and its typed answer
 * accepts forms an option does not ("80,000 barrels a day" for "80,000 barrels"). Putting the copies last let the
 * clozes of a dense sentence's other facts in: 9 more gold facts covered in batches i+j.
 */
function typedCopies(candidates: { it: QuizItem; fact: string }[]): Set<QuizItem> {
  // (One pass each way: a long article can repeat a sentence, and its items all fall in one group.)
  const asked = new Set(candidates.filter((c) => c.it.type === "choice").map((c) => `${c.fact}\u0000${c.it.prompt}`));
  return new Set(candidates.filter((c) => c.it.type === "typed" && asked.has(`${c.fact}\u0000${c.it.prompt}`)).map((c) => c.it));
}

/**
 * The best items of each sentence, at most MAX_ITEMS_PER_SENTENCE, without a name's typed copy of its choice
 * question nor a statement of a fact asked three other ways: distinct facts first (the fact with the fewest items so far),
 * core facts before the rest, then real questions before cloze before true/false. A true/false statement is kept only if it states no answer of a kept item about another fact of its
 * sentence ("True or false: revenue rose 12% to €4.1 billion" gives away "To what amount
 * did revenue rise?"), and no two statements of one clause, since one states the value the other swapped.
 * Input order is kept in the output.
 */
export function capItemsPerSentence(items: QuizItem[], isFallbackName: (item: QuizItem) => boolean = () => false): QuizItem[] {
  const bySentence = new Map<string, number[]>();
  items.forEach((it, i) => {
    const k = `${it.source.article}\u0000${it.source.sentence}`;
    addToList(bySentence, k, i);
  });
  const keep = new Set<number>();
  for (const indices of bySentence.values()) {
    const sentenceItems = indices.map((i) => items[i] as QuizItem);
    // The true/false key each fact of the sentence would have, to tell which fact a statement is about.
    const answers = new Map<string, string>();
    const facts = new Set<string>();
    for (const it of sentenceItems.some((x) => x.type === "truefalse") ? sentenceItems : []) {
      const fact = `${it.kind}|${it.answer.toLowerCase()}`;
      if (it.type === "truefalse" || facts.has(fact)) continue;
      facts.add(fact);
      answers.set(itemKey({ article: it.source.article, sentence: it.source.sentence, kind: it.kind, answer: it.answer, type: "truefalse" }), fact);
    }
    const candidates = indices.map((i) => ({ i, it: items[i] as QuizItem, fact: factOf(items[i] as QuizItem, answers) }));
    const forms = formsByFact(candidates);
    const keptPerFact = new Map<string, number>();
    const kept: { it: QuizItem; fact: string }[] = [];
    const take = (c: (typeof candidates)[number]) => {
      kept.push(c);
      keep.add(c.i);
      keptPerFact.set(c.fact, (keptPerFact.get(c.fact) ?? 0) + 1);
    };
    // A name read by its form alone (no rule says what it is) comes after every item of a rule's fact of its sentence,
    // a statement too: it is the weakest card there ("Washington" took a core statement's place). Coming after the
    // statements, it is dropped when a kept statement states it, as a statement is when it states a kept answer.
    const last = (it: QuizItem) => (isFallbackName(it) ? 1 : 0);
    const copies = typedCopies(candidates);
    const redundant = new Set([...copies].filter((it) => NAME_KINDS.has(it.kind)));
    // A statement of a fact the sentence already asks three ways (choice, typed, cloze) is a fourth card of the same
    // sentence (strict read Q0: 7 pairs from one sentence in 50 items, #8/#45 a statement and a question of one table
    // row). Only then: with fewer cards the statement is a fact's second card, and true/false stays an item type.
    const cardsOf = new Map<string, Set<ItemType>>();
    for (const c of candidates) if (c.it.type !== "truefalse" && !redundant.has(c.it)) cardsOf.set(c.fact, new Set([...(cardsOf.get(c.fact) ?? []), c.it.type]));
    for (const c of candidates) if (c.it.type === "truefalse" && (cardsOf.get(c.fact)?.size ?? 0) >= 3) redundant.add(c.it);
    // A figure's typed copy comes after the clozes of the sentence's other facts: a fact not yet asked before a second card.
    const tierAfter = (it: QuizItem) => (copies.has(it) ? TIER.cloze + 0.5 : tierOf(it));
    while (kept.length < MAX_ITEMS_PER_SENTENCE) {
      // The fact with the fewest items so far, then the better type, then the earlier item.
      const open = candidates.filter((c) => !keep.has(c.i) && !redundant.has(c.it) && !(c.it.type === "truefalse" && !soundStatement(c, kept, forms)) && !(isFallbackName(c.it) && statedByKept(c, kept, forms)));
      // (When the cap must drop some, a fact below the core set's worth goes first: "more questions" are the lesser ones.)
      const rank = (c: (typeof candidates)[number]) => [last(c.it), keptPerFact.get(c.fact) ?? 0, isCoreWorth(c.it.worth) ? 0 : 1, tierAfter(c.it), TYPE_ORDER[c.it.type], c.i];
      // (The least by one pass, each rank built once: a sort per item kept grew with a long article's repeated sentence.)
      let best: { c: (typeof candidates)[number]; rank: number[] } | null = null;
      for (const c of open) {
        const r = rank(c);
        if (!best || compareRanks(r, best.rank) < 0) best = { c, rank: r };
      }
      if (!best) break;
      take(best.c);
    }
  }
  return items.filter((_, i) => keep.has(i));
}

/** Whether `set` holds at least `need` of `words`, stopping as soon as it does or no longer can. */
function holdsAtLeast(set: ReadonlySet<string>, words: readonly string[], need: number): boolean {
  let held = 0;
  for (let i = 0; i < words.length; i++) {
    if (set.has(words[i] as string)) held++;
    if (held >= need) return true;
    if (held + words.length - i - 1 < need) return false;
  }
  return held >= need;
}

/**
 * "True or false: the team would next sample 13 towns" beside a cloze that shows that sentence, with its "12 towns", as
 * the lead-in to the next one (strict read W0 #11, #37): a statement that another item of the article shows written
 * out (every word of its sentence) is answered by that item, and one that states a near-copy's answer gives it away. Such
 * statements are dropped; the items showing the sentence stay. Input order kept.
 */
export function withoutShownStatements(items: QuizItem[]): QuizItem[] {
  const shown = items.filter((it) => it.type !== "truefalse");
  if (shown.length === items.length) return items;
  const promptWords = shown.map((it) => wordsOf(it.prompt));
  // (Which prompts hold a word, so each statement is compared only with prompts sharing one of its rarer words.)
  const holding = new Map<string, number[]>();
  promptWords.forEach((set, i) => set.forEach((w) => addToList(holding, w, i)));
  return items.filter((t) => {
    if (t.type !== "truefalse") return true;
    const statement = statementOf(t);
    const words = [...wordsOf(statement)];
    const need = 0.8 * words.length;
    // (A prompt holding 80% of the words holds one of any fifth of them and one more: the rarest are looked up.)
    const probes = [...words].sort((a, b) => (holding.get(a)?.length ?? 0) - (holding.get(b)?.length ?? 0)).slice(0, Math.floor(words.length - need) + 1);
    const seen = new Set<number>();
    // (The statement's sentence's words are read once, for the first prompt sharing most words, not once per prompt.)
    let sentenceWords: Set<string> | null = null;
    return !probes.some((probe) =>
      (holding.get(probe) ?? []).some((i) => {
        if (seen.has(i)) return false;
        seen.add(i);
        const o = shown[i] as QuizItem;
        if (o.source.sentence === t.source.sentence || o.source.article !== t.source.article) return false;
        const other = promptWords[i] as Set<string>;
        // (Sharing most words is not showing: "In 2025 the ferry carried _____ million ..." does not answer a statement of
        // 2024's figure. The prompt must hold every word of the statement's own sentence, or the statement must state
        // the other item's answer, which it then gives away.)
        if (!holdsAtLeast(other, words, need)) return false;
        sentenceWords ??= wordsOf(t.source.sentence);
        return statesAnswer(statement, o.answer) || [...sentenceWords].every((w) => other.has(w));
      }),
    );
  });
}
