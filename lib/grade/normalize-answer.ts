import { CURRENCY_CODES, CURRENCY_WORD_CODES, ONE_LETTER_SYMBOLS, WIDE_LETTER_SYMBOLS } from "@/lib/generate/currency-names";
import { SCALE, fractionValue, ordinalWordToNumber, wordToNumber } from "@/lib/generate/number-words";
import { MONTHS, monthIndex } from "@/lib/generate/calendar-names";

export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9%$.,'/ -]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const SIGN_CODES: Record<string, string[]> = { $: ["USD", "AUD", "CAD", "NZD", "HKD", "SGD"], "€": ["EUR"], "£": ["GBP"], "¥": ["JPY", "CNY"] };
// ("RF" is the Rwandan franc, "Rf" the rufiyaa: folded to one token, it may stand for either.)
const WIDE_SYMBOLS_FOLDED = new Map<string, string[]>();
for (const [symbol, code] of WIDE_LETTER_SYMBOLS) WIDE_SYMBOLS_FOLDED.set(foldText(symbol), [...(WIDE_SYMBOLS_FOLDED.get(foldText(symbol)) ?? []), code]);

/** The ISO codes a currency token may stand for ("lak", "km", "kwacha", "k", "$"), or null when it names none. */
function codesOfToken(token: string): readonly string[] | null {
  const t = foldText(token);
  if (CURRENCY_CODES.has(t.toUpperCase()) && t.length === 3) return [t.toUpperCase()];
  const wide = WIDE_SYMBOLS_FOLDED.get(t);
  const letters = ONE_LETTER_SYMBOLS.get(t.toUpperCase());
  // ("SR" is the Seychelles rupee's symbol and the Saudi riyal's initials: either.)
  if (wide) return letters ? [...new Set([...wide, ...letters])] : wide;
  if (t.length === 1) return letters ?? null;
  return CURRENCY_WORD_CODES.get(t) ?? null;
}

/**
 * A typed sum's currency and the sum without it: "LAK 25,000", "25,000 kip", "K2,760", "MWK 2,760", "2,760 kwacha".
 * codes is null when the text names no currency (a bare "2760" is the question's own).
 */
export function splitCurrency(text: string): { codes: readonly string[] | null; rest: string } {
  const signs = /(?:us|a|c|nz|hk|s)?\s?([$€£¥])/.exec(text);
  if (signs) return { codes: SIGN_CODES[signs[1] ?? ""] ?? null, rest: text };
  const t = foldText(text);
  const before = /^([a-z]{1,4})\s?(?=\d)/.exec(t);
  const beforeCodes = before ? codesOfToken(before[1] ?? "") : null;
  if (before && beforeCodes) return { codes: beforeCodes, rest: t.slice(before[0].length) };
  // ("9.5 million Namibian dollars": one word may stand before the currency's, but not the scale of "120 million shillings".)
  const after = /(?<=\d|illion|bn|mn)\s((?:(?!(?:thousand|million|billion|trillion)\s)[a-z]+\s)?([a-z]+))$/.exec(t);
  const afterCodes = after ? codesOfToken(after[2] ?? "") : null;
  if (after && afterCodes) return { codes: afterCodes, rest: t.slice(0, after.index) };
  return { codes: null, rest: text };
}

/** "US$3.5 billion", "$3,500 million", "3500000000", "3.5 bn" -> 3500000000; "24 percent" -> 24; "thirteen" -> 13. */
export function parseAmount(text: string): number | null {
  // ("FK£8.7 million", "Bds$12": the letters before a sign are its currency's, dropped with the sign below.)
  let t = foldText(splitCurrency(text).rest.replace(/(?<![A-Za-z])[A-Za-z]{1,3}(?=[$€£¥])/g, ""))
    .replace(/\b(?:us|usd|s|a|hk|nz|c)\s?\$/g, "")
    .replace(/[$€£¥]|\b(?:usd|eur|dollars?|euros?)\b/g, "")
    .replace(/\b(?:percent|per cent|pct)\b|%/g, "")
    .replace(/\b(?:nearly|almost|about|around|approximately|roughly|some|more than|over|at least|up to|less than|fewer than|under)\b/g, "")
    .trim();
  // "two days" / "2-day": the unit is checked separately; keep only the number here.
  t = t.replace(/[- ]?(?:days?|weeks?|months?|years?|decades?|hours?)$/, "").trim();
  const m = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(trillion|billion|million|thousand|bn|mn|tn|m|b|k)?$/.exec(t);
  if (m) {
    const n = Number((m[1] ?? "").replace(/,/g, ""));
    const scale = m[2] ? (m[2] === "k" ? 1e3 : (SCALE[m[2]] ?? 1)) : 1;
    return n * scale;
  }
  const ord = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (ord) return Number(ord[1]);
  // "a third" = "one third" = "1/3"; "four in five" = "4 out of 5".
  return wordToNumber(t) ?? ordinalWordToNumber(t) ?? fractionValue(t);
}

/**
 * A measured amount split into its number and unit: "1,000-megawatt" and "1,000 megawatts" are ("1,000", "megawatt"),
 * "three-day" and "3 days" are ("three" / "3", "day"). The unit is singular and lower case; null when none is written.
 * Null for text that is not a number and a unit (money and percentages are read by parseAmount alone).
 */
export function splitQuantity(text: string): { amount: string; unit: string | null } | null {
  const t = foldText(text).replace(/^(?:nearly|almost|about|around|approximately|roughly|some|more than|over|at least|up to|less than|fewer than|under)\s+/, "");
  const m = /^(-?[\d.,]+|[a-z]+(?:[- ][a-z]+)?)(?:[- ]([a-z][a-z ]*[a-z]))?$/.exec(t);
  if (!m) return null;
  let amount = m[1] ?? "";
  let unit = m[2] ?? null;
  // "four times": a number word and its unit, read as the two words.
  const [first = "", ...rest] = amount.split(" ");
  if (!unit && rest.length === 1 && !/\d/.test(amount) && parseAmount(amount) === null && parseAmount(first) !== null) [amount, unit] = [first, rest[0] ?? null];
  // "twenty-five" is one number, not "twenty" of "five".
  if (!/\d/.test(amount) && parseAmount(amount) === null) {
    const whole = `${amount}${unit ? `-${unit}` : ""}`;
    if (parseAmount(whole.replace(/-/g, " ")) === null && parseAmount(whole) === null) return null;
    [amount, unit] = [whole, null];
  }
  if (parseAmount(amount) === null) return null;
  return { amount, unit: unit ? singular(unit) : null };
}

/** "megawatts" -> "megawatt", "metres" -> "metre", "inches" -> "inch", "days" -> "day"; a word already singular stays. */
function singular(unit: string): string {
  return unit
    .split(" ")
    .map((w, i, all) => (i < all.length - 1 ? w : w.replace(/(ch|sh|x|ss)es$/, "$1").replace(/ies$/, "y").replace(/(?<!s)s$/, "")))
    .join(" ");
}

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** "April 2023" = "Apr 2023" = "4/2023" = "2023-04"; "7 April 2023" = "April 7, 2023" = "2023-04-07". */
export function parseDateAnswer(text: string): DateParts | null {
  // "Tuesday, 3rd of March 2026" is "3 March 2026".
  const t = foldText(text)
    .replace(/,/g, " ")
    .replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+/, "")
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)?\s+of\s+/, "$1 ")
    .replace(/\s+/g, " ")
    .trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return { year: Number(m[1]), month: null, day: null };
  // "3/3/2026", "17.3.2026", "3/17/2026": read only when day and month cannot be swapped (no guessing 4/3 as April or March).
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = a === b ? [a, b] : a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
    return day >= 1 && day <= 31 && month >= 1 ? { year: Number(m[3]), month: month - 1, day } : null;
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) };
  m = /^(\d{1,2})\s?\/\s?(\d{4})$/.exec(t) ?? null;
  if (m) return { year: Number(m[2]), month: Number(m[1]) - 1, day: null };
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: null };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) };
  m = /^([a-z]+)\.?\s(\d{4})$/.exec(t);
  if (m) {
    const mi = monthIndex(m[1] ?? "");
    return mi === null ? null : { year: Number(m[2]), month: mi, day: null };
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s([a-z]+)\.?\s(\d{4})$/.exec(t) ?? null;
  if (m) {
    const mi = monthIndex(m[2] ?? "");
    return mi === null ? null : { year: Number(m[3]), month: mi, day: Number(m[1]) };
  }
  m = /^([a-z]+)\.?\s(\d{1,2})(?:st|nd|rd|th)?\s(\d{4})$/.exec(t);
  if (m) {
    const mi = monthIndex(m[1] ?? "");
    return mi === null ? null : { year: Number(m[3]), month: mi, day: Number(m[2]) };
  }
  return null;
}

export { MONTHS };

/** The bound a typed amount states ("more than", "at least"), so "less than 300" is not "more than 300". */
export function boundOf(text: string): string | null {
  const t = foldText(text);
  // "no more than 300" is at most 300, "no fewer than 40" at least 40.
  const negated = /\b(?:no|not) (?:more|greater) than\b|\bat most\b/.test(t) ? "up to" : /\b(?:no|not) (?:less|fewer) than\b/.test(t) ? "at least" : null;
  if (negated) return negated;
  const m = /\b(more than|over|at least|up to|less than|fewer than|under)\b/.exec(t);
  return m ? ({ over: "more than", "fewer than": "less than", under: "less than" } as Record<string, string>)[m[1] ?? ""] ?? m[1] ?? null : null;
}
