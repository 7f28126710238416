import { MONTH_SOURCE, WEEKDAY_SOURCE } from "./calendar-names";
import { COMPLETION_PREFIX } from "./completion-stem";
import { sigmoid } from "./fact-worth-fit";
import { ITEM_WORTH_WEIGHTS } from "./fact-worth-item-weights";
import type { QuizItem } from "./types";

/**
 * Readers judge items, not facts: one fact asked as a clean choice question reads differently from the same fact as a
 * cloze whose stem already holds its point, or a question whose subject is "the board" with no name. An item's worth
 * is its fact's learned worth (fact-worth.ts) moved, on the log-odds scale, by what its built prompt shows; the
 * weights are fitted on the strict reads' item verdicts with the fact's worth as a fixed offset
 * (scripts/fit-fact-worth.ts --items), and a feature is kept only when it raises the reads' AUC held out by batch.
 * Every value is 0 or 1 (the stem's length in [0, 1]), so one L2 penalty suits all weights.
 */

export type ItemShape = Pick<QuizItem, "type" | "kind" | "prompt" | "answer">;

const BLANK = "_____";
const MONTH_OR_WEEKDAY_WORD = new RegExp(`^[“"‘(]?(?:${MONTH_SOURCE}|${WEEKDAY_SOURCE})\\b`);
const DAY_ANSWER = new RegExp(`^(?:(?:${WEEKDAY_SOURCE}),? )?(?:\\d{1,2} (?:${MONTH_SOURCE})\\.?|(?:${MONTH_SOURCE})\\.? \\d{1,2}(?:st|nd|rd|th)?,?)(?: \\d{4})?$|^(?:${WEEKDAY_SOURCE})$`);
const PERIOD_ANSWER = /\b(?:quarter|half|Q[1-4]|H[12]|fiscal|financial year|season)\b/i;
// A subject that names no one: "The board proposed ...", "It said ...", "Its rivers carry ...".
const NAMELESS_OPENER = /^(?:The|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?\p{Ll}/u;
const SPEECH_VERB = /\b(?:said|says|told|added|according to|wrote)\b/;
// The blank is the baseline of a change or the start of a span ("up from _____", "since _____"): the point is in the stem.
const BASELINE_BLANK = new RegExp(`\\b(?:from|since|against|compared with|versus) ${BLANK}`);
// An obligation or a procedure ("may be challenged within _____", "must apply by _____").
const PROCEDURAL = /\b(?:may|must|shall|can)\s+(?:be|apply|submit|register|request|file|appeal)\b/;

export const ITEM_FEATURE_NAMES: readonly string[] = [
  "type cloze",
  "type typed",
  "type true/false",
  "stem words (log)",
  "stem opens with no name",
  "stem names nothing",
  "answer a year",
  "answer a day",
  "answer a reporting period",
  "asks who said",
  "procedural line",
  "blank after from or since",
  "answer in the title",
  "answer word in the stem",
];

/**
 * The item's own text: its prompt without "Complete the sentence" or "True or false" and its "(title, source, month)"
 * label.
 */
export function itemStem(prompt: string): string {
  return prompt
    .replace(new RegExp(`^${COMPLETION_PREFIX}\\s*`), "")
    .replace(/^True or false\s*/, "")
    .replace(/^\((?:“[^”]*”)?[^()]*\)\s*:?\s*/, "")
    .trim();
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\d][\p{L}\d'’.,-]*[\p{L}\d]|[\p{L}\d]/gu) ?? [];

export function itemFeatures(item: ItemShape, title: string): number[] {
  const stem = itemStem(item.prompt);
  const words = stem.split(/\s+/).filter(Boolean);
  const names = words.slice(1).filter((w) => /^[“"‘(]?\p{Lu}/u.test(w) && !MONTH_OR_WEEKDAY_WORD.test(w));
  const answerWords = item.type === "truefalse" ? [] : wordsOf(item.answer).filter((w) => w.length >= 4 || /\d/.test(w));
  // (The stem's words only when the answer has one to look for: the word scan is the costliest feature.)
  // (Only when some answer word is in the stem at all: a word of its words is a substring of its lowercased text.)
  const stemText = answerWords.length > 0 ? stem.replace(BLANK, " ").toLowerCase() : "";
  const stemWords = answerWords.some((w) => stemText.includes(w)) ? new Set(wordsOf(stemText)) : null;
  const answer = item.answer.trim();
  const value: Record<string, boolean | number> = {
    "type cloze": item.type === "cloze",
    "type typed": item.type === "typed",
    "type true/false": item.type === "truefalse",
    "stem words (log)": Math.min(1, Math.log1p(words.length) / Math.log1p(80)),
    "stem opens with no name": NAMELESS_OPENER.test(stem),
    "stem names nothing": names.length === 0,
    "answer a year": item.kind === "date" && /^\d{4}$/.test(answer),
    "answer a day": item.kind === "date" && DAY_ANSWER.test(answer),
    "answer a reporting period": item.kind === "date" && PERIOD_ANSWER.test(answer),
    "asks who said": item.kind === "person" && SPEECH_VERB.test(stem),
    "procedural line": PROCEDURAL.test(stem),
    "blank after from or since": BASELINE_BLANK.test(stem),
    "answer in the title": title.toLowerCase().includes(answer.toLowerCase()),
    "answer word in the stem": stemWords !== null && answerWords.some((w) => stemWords.has(w)),
  };
  return ITEM_FEATURE_NAMES.map((n) => Number(value[n] ?? 0));
}

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** The item's worth from its fact's worth p moved by its features under `weights` (by name; a missing name weighs 0). */
export function adjustedWorth(p: number, x: readonly number[], weights: Readonly<Record<string, number>> = ITEM_WORTH_WEIGHTS): number {
  let move = 0;
  ITEM_FEATURE_NAMES.forEach((n, j) => {
    move += (weights[n] ?? 0) * (x[j] as number);
  });
  // (No move keeps p to the last digit, so an item with no feature sits where its fact does.)
  return move === 0 ? p : sigmoid(logit(p) + move);
}

/** The worth an item carries (what places it in the core set, item-tier.ts), from its fact's worth p. */
export function itemWorth(item: ItemShape, p: number, title: string): number {
  return adjustedWorth(p, itemFeatures(item, title));
}
