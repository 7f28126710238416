import { articleRecord } from "./article-record";
import { RANK_SIGNALS, SPEECH, COMMENTATOR, rankFact, topicWords } from "./rank-facts";
import type { Fact, FactKind } from "./types";
import { ABBREVIATION_QUESTION, indexInBody, insideQuotation, isMatchReport, type ArticleText } from "./worth-learning";

/**
 * A small numeric description of a fact, from signals any article gives, for the learned fact-worth model
 * (fact-worth.ts): its kind, where its sentence stands, how many other facts ask its answer, what kind of sentence holds it
 * (a table row, a bullet, a quotation, someone's speech), how long that sentence is and how many facts it holds,
 * whether it is about what the title is about, and rankFact's signals as yes/no. Every value is in [0, 1], so one L2
 * penalty suits all weights. Cheap: the article's sentence starts are found once, each fact then costs a few lookups.
 */

const KINDS: FactKind[] = ["percent", "money", "count", "ordinal", "date", "duration", "person", "organisation", "place"];

/** The names of the features, in the order factFeatures writes them; the weights file is written in this order. */
export const FEATURE_NAMES: readonly string[] = [
  ...KINDS.map((k) => `kind ${k}`),
  "sentence 1 (lede)",
  "sentence 2",
  "sentences 3-4",
  "sentences 5-8",
  "sentences 9-16",
  "sentence 17 on",
  "relative position in body",
  "sentence not in body (table row)",
  "bullet or numbered line",
  "answer of 1 fact",
  "answer of 2 facts",
  "answer of 3+ facts (log)",
  "first fact with its answer",
  "name written once",
  "name written 3+ times (log)",
  "answer also in the lede",
  "inside a quotation",
  "attributed speech",
  "commentator",
  "sentence words (log)",
  "facts in the sentence (log)",
  "title words shared (of 3)",
  "sentence opens on a title word",
  "no question",
  "found by name form",
  "resolved relative date",
  "qualifier (about, nearly)",
  "shown with the sentence before",
  "abbreviation question",
  "match report",
  "who-is question of a role",
  "amount converted in brackets",
  "procedural sentence",
  "date after since or from",
  "question words (log)",
  ...RANK_SIGNALS.map((s) => `rank: ${s}`),
];

/** What is read once per article (kept in its record, article-record.ts): where its body sentences start, its lede. */
export interface ArticleCounts {
  body: string;
  /** How often each word is written, title included, lower-cased. */
  words: Map<string, number>;
  starts: number[];
  lede: string;
  matchReport: boolean;
  endings?: Map<string, number>;
}

const NAME_KINDS = new Set<FactKind>(["person", "organisation", "place"]);
const wordsOf = (text: string) => (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, ""));


function countsOf(article: ArticleText): ArticleCounts {
  const record = articleRecord(article);
  if (record.counts) return record.counts;
  const words = new Map<string, number>();
  for (const w of wordsOf(`${article.title}\n${article.body}`)) words.set(w, (words.get(w) ?? 0) + 1);
  // Where each body sentence starts: after a full stop, question or exclamation mark, or a line break.
  const starts = [0];
  for (const m of article.body.matchAll(/[.!?][”"’)]?\s+(?=[“"‘(]?[\p{Lu}\d])|\n+/gu)) starts.push(m.index + m[0].length);
  const lede = article.body.slice(0, starts.find((s) => s > 40) ?? article.body.length);
  record.counts = { body: article.body, words, starts, lede, matchReport: isMatchReport(article) };
  return record.counts;
}

/** Where each body sentence starts, by its last 24 characters. */
function endingsOf(counts: ArticleCounts): Map<string, number> {
  if (counts.endings) return counts.endings;
  const endings = new Map<string, number>();
  counts.starts.forEach((start, i) => {
    const text = counts.body.slice(start, counts.starts[i + 1] ?? counts.body.length).trimEnd();
    if (text.length >= 24 && !endings.has(text.slice(-24))) endings.set(text.slice(-24), start);
  });
  counts.endings = endings;
  return endings;
}

/** The number of the body sentence starting at or before `at` (0 is the first). */
function sentenceIndex(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const signalName = (signal: string) => signal.replace(/^[+-]?\d+\s+/, "");

/** What a fact's features need of the other candidates of its article. */
export interface Neighbours {
  /** Candidates sharing its sentence, itself included. */
  sentenceFacts: number;
  /** Candidates with its answer, itself included: a value or name asked again in other sentences. */
  sameAnswer: number;
  /** It is the first candidate with its answer. */
  firstOfAnswer: boolean;
}

export function factFeatures(fact: Fact, article: ArticleText, neighbours: Neighbours = { sentenceFacts: 1, sameAnswer: 1, firstOfAnswer: true }): number[] {
  const { sentenceFacts, sameAnswer } = neighbours;
  const counts = countsOf(article);
  // A sentence whose opening pronoun was written as its person ("It was Ana Ruiz’s ninth goal ...") is found by its end.
  const head = indexInBody(article, fact.sentence.slice(0, 40));
  // (Looked up by the last 24 characters of each body sentence, kept once per article: a search of the body for every
  // sentence the splitter wrote itself cost a 2 MB article 10%.)
  const at = head >= 0 || fact.sentence.length < 48 ? head : (endingsOf(counts).get(fact.sentence.trimEnd().slice(-24)) ?? -1);
  const index = at >= 0 ? sentenceIndex(counts.starts, at) : -1;
  const bucket = (lo: number, hi: number) => (index >= lo && index <= hi ? 1 : 0);
  const lineStart = at >= 0 ? counts.body.lastIndexOf("\n", at) + 1 : -1;
  const bullet = at >= 0 && /^\s*(?:[-*•]|\d+[.)])\s/.test(counts.body.slice(lineStart, at + 4)) ? 1 : 0;
  // A name's rarest word, as often as the article writes it ("Chernyshenko" of "Dmitry Chernyshenko"); 0 for a value.
  const nameWords = NAME_KINDS.has(fact.kind) ? wordsOf(fact.answer).filter((w) => w.length > 2) : [];
  const named = nameWords.length > 0 ? Math.min(...nameWords.map((w) => counts.words.get(w) ?? 0)) : 0;
  const inLede = index !== 0 && counts.lede.toLowerCase().includes(fact.answer.toLowerCase()) ? 1 : 0;
  const before = fact.span ? fact.sentence.slice(0, fact.span[0]) : "";
  const titleWords = topicWords(article.title);
  const shared = [...topicWords(fact.sentence)].filter((w) => titleWords.has(w)).length;
  const opening = [...topicWords(fact.sentence.split(/\s+/).slice(0, 4).join(" "))].some((w) => titleWords.has(w)) ? 1 : 0;
  const sentenceWords = fact.sentence.split(/\s+/).length;
  const signals = new Set(rankFact(fact, article, counts.matchReport).signals.map(signalName));
  return [
    ...KINDS.map((k) => (fact.kind === k ? 1 : 0)),
    bucket(0, 0),
    bucket(1, 1),
    bucket(2, 3),
    bucket(4, 7),
    bucket(8, 15),
    index >= 16 ? 1 : 0,
    at >= 0 ? at / Math.max(1, counts.body.length) : 0,
    at < 0 ? 1 : 0,
    bullet,
    sameAnswer <= 1 ? 1 : 0,
    sameAnswer === 2 ? 1 : 0,
    sameAnswer >= 3 ? Math.min(1, Math.log2(sameAnswer) / 4) : 0,
    neighbours.firstOfAnswer ? 1 : 0,
    named === 1 ? 1 : 0,
    named >= 3 ? Math.min(1, Math.log2(named) / 4) : 0,
    inLede,
    fact.span && insideQuotation(before) ? 1 : 0,
    SPEECH.test(fact.sentence) ? 1 : 0,
    SPEECH.test(fact.sentence) && COMMENTATOR.test(fact.sentence) ? 1 : 0,
    Math.min(1, Math.log2(sentenceWords) / 6),
    Math.min(1, Math.log2(sentenceFacts) / 3),
    Math.min(3, shared) / 3,
    opening,
    fact.question === null ? 1 : 0,
    fact.byForm ? 1 : 0,
    fact.relative ? 1 : 0,
    fact.qualifier ? 1 : 0,
    fact.lead ? 1 : 0,
    ABBREVIATION_QUESTION.test(fact.question ?? "") ? 1 : 0,
    counts.matchReport ? 1 : 0,
    ...readerSignals(fact),
    ...RANK_SIGNALS.map((s) => (signals.has(s) ? 1 : 0)),
  ];
}

// What the strict reads call not worth learning, in any article's words (each kept only because it separated the reads'
// verdicts on batches its weights were not fitted on: scripts/fit-fact-worth.ts --strict-weight).
/** "Who is the bank's chief financial officer?": a person asked only as the holder of a role (who was quoted). */
const WHO_IS_ROLE = /^Who (?:is|was) (?![^?]*\b(?:who|that|which)\b)[^?]*\?$/;
/** "38 billion CFA francs (about US$67 million)": the same amount converted, right after the amount as written. */
const CONVERTED = /(?:\(\s*(?:about|roughly|around|some|approximately|nearly)?|,\s*(?:about|roughly|around|or))\s*$/i;
/** A sentence of procedure: a consultation, its submissions and hearing, a ceremony, a statement to reporters. */
const PROCEDURAL = /\b(?:consultation|submissions?|notified|hearing|meets? again|applications?|written comments|responses were received|filed|ceremony|press conference|news conference|a statement|in front of reporters)\b/i;
/** "the highest since 2012", "from 1978": a date that dates a comparison, not an event. */
const SINCE = /\b(?:since|from|as of|before|until)\s+(?:early |late |mid-)?$/i;

/** The reader signals of one fact, in FEATURE_NAMES order (after "match report"). */
export function readerSignals(fact: Fact): number[] {
  const at = fact.span ? fact.span[0] : Math.max(0, fact.sentence.indexOf(fact.answer));
  const before = fact.sentence.slice(0, at);
  const question = fact.question ?? "";
  return [
    fact.kind === "person" && WHO_IS_ROLE.test(question) ? 1 : 0,
    fact.kind === "money" && CONVERTED.test(before) && /\d/.test(before) ? 1 : 0,
    PROCEDURAL.test(fact.sentence) ? 1 : 0,
    fact.kind === "date" && SINCE.test(before) ? 1 : 0,
    question ? Math.min(1, Math.log2(question.split(/\s+/).length) / 5) : 0,
  ];
}

/** How many candidates share each sentence and each answer (lower-cased), among `facts`. */
function neighbourCounts(facts: Fact[]): { perSentence: Map<string, number>; perAnswer: Map<string, number> } {
  const perSentence = new Map<string, number>();
  const perAnswer = new Map<string, number>();
  for (const f of facts) {
    perSentence.set(f.sentence, (perSentence.get(f.sentence) ?? 0) + 1);
    perAnswer.set(f.answer.toLowerCase(), (perAnswer.get(f.answer.toLowerCase()) ?? 0) + 1);
  }
  return { perSentence, perAnswer };
}

/** A fact read by its form alone (fallback-spans.ts): the weights were fitted on the rules' facts, so it moves none of theirs. */
const isFallback = (f: Fact) => f.fallback === true;

/**
 * The features of each fact of one article's candidates, in order. A fact `apart` says of (by default a fallback fact,
 * for every caller: a fallback fact must not move a rule fact's worth) is left out of the others' neighbour counts,
 * and counted among all for its own: one pass gives what scoring the others alone, then all, gave, at half the cost
 * of features built twice.
 */
export function articleFeatures(facts: Fact[], article: ArticleText, apart: (f: Fact) => boolean = isFallback): number[][] {
  const all = neighbourCounts(facts);
  const among = facts.some(apart) ? neighbourCounts(facts.filter((f) => !apart(f))) : all;
  const seenByAll = new Set<string>();
  const seenAmong = new Set<string>();
  return facts.map((f) => {
    const answer = f.answer.toLowerCase();
    const isApart = among !== all && apart(f);
    const seen = isApart ? seenByAll : seenAmong;
    const first = !seen.has(answer);
    seenByAll.add(answer);
    if (!isApart) seenAmong.add(answer);
    const counts = isApart ? all : among;
    return factFeatures(f, article, { sentenceFacts: counts.perSentence.get(f.sentence) ?? 1, sameAnswer: counts.perAnswer.get(answer) ?? 1, firstOfAnswer: first });
  });
}
