// Rates and multiples of a named base as value rules (value-rules.ts runs them): "4,200 cubic metres per hectare" is
// one answer that no cloze cuts in half, and "nearly twice the coastal region's rate" is a multiple of that rate.
import type { ValueRule } from "./value-rules";
import type { ValueSpan } from "./find-value-spans";
import type { ValueForm } from "./types";
import { FIGURE_GROUP, MEASURE_ALT } from "./measure-units";
import { MULTIPLE_QUALIFIERS, boundedMultiple, eitherCaseAlternation } from "./figure-qualifiers";
import { CARDINAL_WORD_SOURCE, decimalsOf, parseNumberText } from "./number-words";

const plain = (over: Partial<ValueForm> = {}): ValueForm => ({ prefix: "", suffix: "", decimals: 0, words: false, grouped: false, ...over });

// What a measure is counted per, beyond time (the measure rule's own "per second", "a day"): land, length, volume,
// mass and a head. ("per cent" is a share, never a rate: no "cent" here.)
const PER_UNIT = "(?:square\\s|cubic\\s)?(?:hectare|acre|metre|meter|kilometre|kilometer|mile|litre|liter|tonne|ton|kilogram|kg)|capita|inhabitant|resident|household";

// Words after "twice the" or "three times the" that make it a count of events, not a multiple of a base: "twice the
// following week", "three times the same day", "twice the first half".
const EVENT_AFTER_THE = "following|next|same|previous|last|first|second|third|fourth|final|whole|entire|past|other|year|day|week|month|season|night|morning|afternoon|evening|weekend|summer|winter|spring|autumn|time|game|match|race|round|way|hard";

/** Runs before the measure rule, so a rate per area or volume wins over the figure and unit alone. */
export const MEASURE_RATE_RULES: ValueRule[] = [
  {
    // "4,200 cubic metres per hectare", "38 litres per square metre", "14.2 milligrams per litre", "3.2 tonnes a
    // hectare": a measure counted per a unit of land, volume or mass (or per head) is one answer, as the article
    // writes it; the question asks "How many cubic metres per hectare", options keep the whole rate. ("2-3 tonnes per
    // hectare", "between 3 and 5 tonnes a hectare": the second end of a range is no rate of its own; the range rules
    // read the pair.)
    name: "measure per unit",
    requires: new RegExp(`\\s(?:per|an?)\\s+(?:${PER_UNIT})\\b`),
    order: "first",
    example: { sentence: "The canal board set the allowance at 5,100 cubic metres per hectare for next season.", answer: "5,100 cubic metres per hectare" },
    pattern: new RegExp(`(?<![\\d.,])(?<!\\d(?:\\s?[-–]\\s?|\\s+(?:to|and)\\s+))\\b(minus\\s)?${FIGURE_GROUP}(?:\\s(million|billion))?\\s(${MEASURE_ALT})(\\s+(?:per|a|an)\\s+(?:${PER_UNIT}))\\b(?![-–]\\w)`, "g"),
    yields: (m) => {
      const [all, minus, num = "", scaleWord, unitText = "", rateText = ""] = m;
      // "10 litres a tonne" is a rate; "a metre" after a unit of length is another measure ("2 metres a metre" is none).
      if (/^\s+an?\s/.test(rateText) && !/(?:hectare|acre|tonne|ton|capita|head)$/.test(rateText)) return null;
      const rate = rateText.replace(/\s+/g, " ");
      const scale = scaleWord === "billion" ? 1e9 : scaleWord === "million" ? 1e6 : 1;
      const value = Number(num.replace(/,/g, "")) * scale * (minus ? -1 : 1);
      const suffix = `${scaleWord ? ` ${scaleWord}` : ""}${/^°/.test(unitText) ? "" : " "}${unitText}${rate}`;
      const answer = `${minus ? "minus " : ""}${num}${suffix}`;
      return {
        kind: "count", start: m.index, end: m.index + all.length, answer,
        // The question names the rate ("How many cubic metres per hectare"): the figure and unit typed without it are right.
        accepted: [`${minus ? "-" : ""}${num.replace(/,/g, "")}${suffix}`, `${minus ? "-" : ""}${num}${suffix.replace(/\s(?:per|an?)\s/, "/")}`, answer.slice(0, answer.length - rate.length), `${minus ? "-" : ""}${num}`],
        value, unit: `measure:${unitText}${rate}`, qualifier: null, noun: null,
        form: plain({ suffix, decimals: decimalsOf(num), grouped: num.includes(","), prefix: minus ? "minus " : "" }),
      };
    },
  },
];

/** Runs after the other multiple rules: it only fills the gaps they leave. */
export const MULTIPLE_OF_BASE_RULES: ValueRule[] = [
  {
    // "more than twice the minimum of €25 million", "nearly twice the coastal region's rate", "twice the normal water
    // tariff": a multiple before "the", a possessive or "its" names what it multiplies, whatever that noun is. "less
    // than twice", "up to twice", "under three times" are left alone (the bare multiple would say more than the article),
    // as are events ("twice the following week"); the bound is read by boundedMultiple, as in every multiple rule,
    // but "over twice the national average" is read as it was before the shared list (the bare "twice"), so "over" is let through here.
    name: "multiple of a named base",
    needs: ["twice", "times"],
    requires: /(?:[Tt]wice|times)\s(?:the|its|their|his|her|our|[A-Z][\p{L}-]*['’]s)\s/u,
    order: "first",
    example: { sentence: "Inland provinces have unemployment of 6.2%, nearly twice the coastal region's rate.", answer: "twice" },
    pattern: new RegExp(`(?<!\\b(?:[Nn]o|[Nn]ot|than)\\s)\\b(?:(${eitherCaseAlternation(MULTIPLE_QUALIFIERS)})\\s+)?([Tt]wice|${FIGURE_GROUP}\\s+times|(${CARDINAL_WORD_SOURCE})\\s+times)\\s(?=(?:(?:the|its|their|his|her|our)\\s+(?!(?:${EVENT_AFTER_THE})\\b)[\\p{Ll}\\p{Lu}][\\p{L}-]*)|[A-Z][\\p{L}-]*['’]s\\s)`, "gu"),
    yields: (m) => {
      const [all, qualifier, multiple = ""] = m;
      if (boundedMultiple(m.input, m.index, { over: true })) return null;
      const word = multiple.replace(/\s+times$/, "");
      const twice = /^twice$/i.test(word);
      const value = twice ? 2 : parseNumberText(word);
      // "1.5 times the rate" is a multiple below two; a whole "one times" is none.
      if (value === null || value < (/\./.test(word) ? 1.1 : 2)) return null;
      const bare = twice ? "twice" : `${word} times`;
      return multipleSpan(m.index, m.index + all.trimEnd().length, qualifier?.toLowerCase(), word, value, [bare, `${value} times`, `${value}x`, ...(value === 2 ? ["twice", "two times"] : [])]);
    },
  },
];

/**
 * "around €7,800 a month", "roughly twice as fast", "about R16 million a year": a span's answer and every typed form
 * the sentence writes from the span's start (its rate, its comparison), each with the qualifier before it. The
 * qualifier stays out of the answer (the question asks "roughly"); typed with it, the answer is still right.
 */
export function withQualifier(qualifier: string, span: { start: number; answer: string; accepted: readonly string[] }, sentence: string): string[] {
  const from = sentence.slice(span.start);
  const written = [span.answer, ...span.accepted.filter((form) => form.length > span.answer.length && from.startsWith(form))];
  return [...new Set(written)].map((form) => `${qualifier} ${form}`);
}

/**
 * A multiple's span from where its qualifier (or, with none, the multiple) starts: "more than" is a bound kept in the
 * answer, and the bare forms typed without it are accepted; any other qualifier ("roughly") stays in the question and
 * the span starts after it. plainForms[0] is the multiple as written ("three times"); form overrides the times form.
 */
export function multipleSpan(at: number, end: number, qualifier: string | undefined, word: string, value: number, plainForms: string[], form: Partial<ValueForm> = {}): ValueSpan {
  const bound = qualifier && /^more than$/i.test(qualifier) ? "more than " : "";
  const start = at + (qualifier && !bound ? qualifier.length + 1 : 0);
  return {
    kind: "count", start, end, answer: `${bound}${plainForms[0] ?? word}`,
    accepted: bound ? [...plainForms.map((a) => `${bound}${a}`), ...plainForms] : plainForms.slice(1),
    value, unit: "times", form: plain({ words: !/^\d/.test(word) && value < 100, suffix: " times", decimals: decimalsOf(word), ...form, prefix: bound }),
    qualifier: bound ? null : (qualifier ?? null), noun: null,
  };
}
