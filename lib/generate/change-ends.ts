import { ALL_FORMS, DOWN_NOUNS, FALL_VERBS, GROW_VERBS, HALVE_VERBS, LOWER_VERBS, MULTIPLY_VERBS, RAISE_VERBS, RISE_VERBS, SHRINK_VERBS, UP_NOUNS, verbWords } from "./change-verbs";
import { SCALE } from "./number-words";

/**
 * "fell from 58% in 2022 to 41% in 2025", "lower the rate (CBR) by 50 basis points, from 9.25% to 8.75%": a value that
 * is one end of a change, the figure at its other end (in the same scale as this one's shown figure) and which way the
 * change goes, read from the nearest change word before "from" in the same clause. An option for either end must lie
 * on the side the change word says ("fell from _____ to 41%" takes nothing under 41%), and a direction is null when no
 * change word is found or the words say a range ("ranging from $5 to $10", "varies from").
 */
export interface ChangeEnd {
  role: "start" | "end";
  /** The other end's figure, scaled to this value's shown figure ("from 900,000 to 1.2 million": 0.9 for 1.2). */
  other: number;
  direction: "up" | "down" | null;
}

const NUMERAL = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE_WORD = String.raw`(?:\s?(trillion|billion|million|thousand|bn|mn|tn|m)\b)?`;
const QUALIFIER = String.raw`(?:(?:about|around|some|nearly|almost|roughly|under|over|just over|just under|more than|less than|a maximum of|a minimum of)\s+)?`;
// Between a figure and "to": its unit ("%", "hours", "a year", "per minute") and a time it held at ("in 2022", "in
// the mid-1990s"), a few words at most.
const AFTER_FIGURE = String.raw`(?:\s?%|\s(?!to\b|in\b|at\b|by\b)[\p{L}/.-]+){0,3}(?:\s+(?:in|at|by|at the end of)\s+(?:the\s+)?[\p{L}\d-]+)?`;
/** After the first end: the rest of the change up to the second figure. */
const TO_OTHER = new RegExp(String.raw`^${AFTER_FIGURE}\s+to\s+${QUALIFIER}\D{0,4}?${NUMERAL}${SCALE_WORD}(?:\s([\p{L}]+))?`, "u");
/** Before the second end: "from", the first figure, and "to". */
const FROM_OTHER = new RegExp(String.raw`\bfrom\s+${QUALIFIER}\D{0,4}?${NUMERAL}${SCALE_WORD}(?:\s([\p{L}]+))?${AFTER_FIGURE}\s+to\s+${QUALIFIER}\D{0,4}$`, "u");
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${QUALIFIER}\D{0,4}$`, "u");

// Any form of a verb that moves a figure, or a noun of it, says which way "from X to Y" goes ("growth from", "cut from").
const UP = words([...RISE_VERBS, ...RAISE_VERBS, ...GROW_VERBS, ...MULTIPLY_VERBS], UP_NOUNS);
const DOWN = words([...FALL_VERBS, ...LOWER_VERBS, ...SHRINK_VERBS, ...HALVE_VERBS], DOWN_NOUNS);
const RANGE = /^(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|span(?:s|ned|ning)?|between|stretch(?:es|ed|ing)?|run(?:s|ning)?|ran|open|opens)$/;

/** The change the figure at [start, end) is an end of, or null when it is none. */
export function changeEndAt(sentence: string, start: number, end: number, answer: string): ChangeEnd | null {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const own = scaleOf(answer);
  const ownUnit = unitOf(answer);
  const from = FROM_BEFORE.exec(before);
  const startEnd = from ? TO_OTHER.exec(after) : null;
  if (from && startEnd) {
    if (!sameUnit(ownUnit, startEnd[3] ?? null)) return null;
    const fromAt = from.index;
    const other = (figure(startEnd[1]) * scaleWord(startEnd[2])) / own;
    const rising = figure(shownDigits(answer)) < other;
    return { role: "start", other, direction: agreeing(directionBefore(sentence.slice(0, fromAt)), rising) ?? rangeOrder(sentence.slice(0, fromAt), rising) };
  }
  const endEnd = FROM_OTHER.exec(before);
  if (endEnd) {
    if (!sameUnit(ownUnit, endEnd[3] ?? null)) return null;
    const other = (figure(endEnd[1]) * scaleWord(endEnd[2])) / own;
    const rising = other < figure(shownDigits(answer));
    return { role: "end", other, direction: agreeing(directionBefore(sentence.slice(0, endEnd.index)), rising) ?? rangeOrder(sentence.slice(0, endEnd.index), rising) };
  }
  return null;
}

/** Which values an option for this end may take, the answer's shown figure scaled by `scale`; null when any. */
export function changeSide(change: ChangeEnd, scale: number): ((x: number) => boolean) | null {
  if (!change.direction) return null;
  const r = change.other * scale;
  const above = (change.role === "end") === (change.direction === "up");
  return above ? (x) => x > r : (x) => x < r;
}

/**
 * A change word's direction only when the figures, in the order written, go that way: "growth slowed from 5% to 3%"
 * finds the noun "growth", and an option side read from it would leave the answer the only figure below 5%. A change
 * word that disagrees gives null (then only a range word, which none is nearer than, could give an order).
 */
function agreeing(direction: "up" | "down" | null, rising: boolean): "up" | "down" | null {
  return direction && (direction === "up") === rising ? direction : null;
}

/**
 * "Fees range from $20 to $60": a range is written from one end to the other, so its ends keep the order they are
 * written in (`rising`: the first is the smaller). Null when the clause says no range.
 */
function rangeOrder(text: string, rising: boolean): "up" | "down" | null {
  return directionBefore(text, true) === "range" ? (rising ? "up" : "down") : null;
}

/** The nearest change word in the clause before "from": "lower the Central Bank Rate (CBR) by 50 basis points,". */
function directionBefore(text: string): "up" | "down" | null;
function directionBefore(text: string, range: true): "up" | "down" | "range" | null;
function directionBefore(text: string, range = false): "up" | "down" | "range" | null {
  // ("by 70%, from 1.8 kg to 0.54 kg": the comma right before "from" sets off the change's ends, not a new clause.)
  const clause = text.replace(/,\s*$/, "").split(/[,;:—–]|\s-\s/).pop() ?? "";
  const words = clause.toLowerCase().split(/\s+/).filter(Boolean).slice(-12).reverse();
  for (const w of words) {
    const word = w.replace(/^[^a-z]+|[^a-z]+$/g, "");
    if (RANGE.test(word)) return range ? "range" : null;
    if (UP.has(word)) return "up";
    if (DOWN.has(word)) return "down";
  }
  return null;
}

/** One word of these verbs in any form, or of these nouns. */
function words(verbs: readonly string[], nouns: readonly string[]): ReadonlySet<string> {
  return new Set([...verbWords(verbs, ALL_FORMS), ...nouns]);
}

/** The first figure written in an answer ("US$1.2 billion": "1.2"). */
function shownDigits(answer: string): string {
  return /\d[\d,]*(?:\.\d+)?/.exec(answer)?.[0] ?? "";
}

function figure(text: string | undefined): number {
  return Number((text ?? "").replace(/,/g, ""));
}

function scaleWord(word: string | undefined): number {
  return word ? (SCALE[word] ?? 1) : 1;
}

/** The scale word an answer is written with ("US$1.2 billion": 1e9), 1 when none. */
function scaleOf(answer: string): number {
  const m = /\d\s?(trillion|billion|million|thousand|bn|mn|tn|m)\b/.exec(answer);
  return scaleWord(m?.[1]);
}

/** "42 minutes" -> "minute", "3.5 hours" -> "hour"; null for a figure with no unit word. */
function unitOf(answer: string): string | null {
  const m = /\d[\d.,]*\s?(?:trillion|billion|million|thousand)?\s([\p{L}]+)$/u.exec(answer);
  return m?.[1] ? singular(m[1]) : null;
}

/** A unit word after the other figure ("3.5 hours to 42 minutes") must be this one's, else the figures do not compare. */
function sameUnit(own: string | null, other: string | null): boolean {
  if (!own || !other || /^(?:a|an|per|each|in|at|by|to|and|or)$/.test(other)) return true;
  return singular(other) === own || !/^(?:second|minute|hour|day|week|month|year|decade|century|metre|meter|kilometre|kilometer|centimetre|millimetre|gram|kilogram|tonne|ton|litre|liter|mile|foot|inch)$/.test(singular(other));
}

function singular(word: string): string {
  return word.toLowerCase().replace(/(?:ies)$/, "y").replace(/(?<=[^s])s$/, "");
}
