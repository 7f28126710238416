import { fractionWords, numberToWord, ordinalSuffix, ordinalToWord, parseNumberText } from "./number-words";
import { MONTHS } from "./calendar-names";
import { formatDate } from "./resolve-dates";
import type { Fact } from "./types";
import { FOLD_BASE_WORDS, FOLD_ING_WORDS, FOLD_LEVEL_WORDS, FOLD_WORDS, SCORE_BASE, YEAR_PART_WORDS } from "./value-rules";

function withCommas(n: number, decimals: number): string {
  const [int = "0", frac] = n.toFixed(decimals).split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}

const MONEY_SCALES: Record<string, number> = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3, crore: 1e7, lakh: 1e5, "lakh crore": 1e12 };

const ROUND_WORDS: Record<number, string> = { 10: "ten", 100: "a hundred", 1000: "a thousand", 10000: "ten thousand", 1000000: "a million" };

/**
 * The figures an answer shows, as written: "Afl. 14.2 million" -> ["14.2"], "Rs. 900,000" -> ["900,000"], "2-1" ->
 * ["2", "1"]. (Keeping only digits and stops read the currency's own stop too: "Afl. 14.2" was ".14.2".)
 */
export function shownDigits(answer: string): string[] {
  return answer.match(/\d(?:[\d,]*\d)?(?:\.\d+)?/g) ?? [];
}

/** The figure an answer shows: "Afl. 14.2 million" -> 14.2, "Rs. 900,000" -> 900000, "US$3.5bn" -> 3.5; NaN when none. */
export function shownFigure(answer: string): number {
  const first = shownDigits(answer)[0];
  return first === undefined ? Number.NaN : Number(first.replace(/,/g, ""));
}

/**
 * A day the article wrote without a year and that was kept so ("Each year the fair opens on 21 September",
 * value-rules.ts): its value's year is a stand-in, so it stands in only for other such days and is never dated.
 */
export function isYearlessDay(fact: Fact): boolean {
  return fact.kind === "date" && fact.unit === "day" && /^(?:\p{L}+ \d{1,2}|\d{1,2} \p{L}+)$/u.test(fact.answer);
}

/** Writes `value` the way the fact's answer is written (same currency, scale word, decimals, words vs digits). */
export function formatLike(fact: Fact, value: number): string | null {
  const form = fact.form;
  if (!form) return null;
  switch (fact.kind) {
    case "money": {
      // The scale is the suffix's first word: " billion", "m" in "£45m", " trillion pesos".
      const scale = form.suffix.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
      // "Rs 11.2 lakh crore" is one scale of two words.
      const divisor = MONEY_SCALES[form.suffix.trim().toLowerCase()] ?? MONEY_SCALES[scale] ?? 1;
      const n = value / divisor;
      // "eight cents" next to "six cents": a sum written in words has options in words.
      if (form.words && Number.isInteger(n) && n < 100) return numberToWord(n) ? `${form.prefix}${numberToWord(n)}${form.suffix}` : null;
      // "$1,184 million", never "$1184 million", even when the answer ("$740 million") had no comma to copy.
      const text = form.grouped || n >= 1000 ? withCommas(n, form.decimals) : n.toFixed(form.decimals);
      return `${form.prefix}${text}${form.suffix}`;
    }
    case "percent": {
      if (fact.unit === "fraction") {
        // "nearly a third" next to "nearly a quarter"; "two-thirds" written with its hyphen keeps "three-quarters".
        const words = fractionWords(value);
        return words === null ? null : `${form.prefix}${/\w-\w/.test(fact.answer) ? words.replace(" ", "-") : words}`;
      }
      if (fact.unit === "fraction ratio") {
        // "four in five" next to "three in five": the same whole, another part.
        const whole = parseNumberText(form.suffix.replace(/^\s*(?:in|out of)\s+/, "").replace(/^a\s/, ""));
        const part = whole ? Math.round(value * whole) : 0;
        const written = /^[a-z]/.test(fact.answer.slice(form.prefix.length)) ? numberToWord(part) : String(part);
        return whole && part >= 1 && part < whole && Math.abs(part / whole - value) < 1e-9 && written ? `${form.prefix}${written}${form.suffix}` : null;
      }
      return `${value.toFixed(form.decimals)}${form.suffix}`;
    }
    case "count": {
      if (fact.unit.startsWith("measure:") || fact.unit === "table figure") {
        // "2.9 million tonnes": the figure before the scale word is what varies.
        const scale = /^ billion\b/.test(form.suffix) ? 1e9 : /^ million\b/.test(form.suffix) ? 1e6 : 1;
        const n = Math.abs(value) / scale;
        const text = form.grouped || n >= 10000 ? withCommas(n, form.decimals) : n.toFixed(form.decimals);
        return `${form.prefix}${text}${form.suffix}`;
      }
      // "a seven-point lead": options change only the number ("six-point").
      if (fact.unit.startsWith("compound:")) {
        const n = form.words ? numberToWord(value) : form.grouped || value >= 10000 ? withCommas(value, 0) : String(value);
        return n === null || value < 2 ? null : `${n}${form.suffix}`;
      }
      // "about one school in five" next to "about one school in four": the whole varies, the rest is written as it was.
      if (fact.unit === "one thing in a whole") return value >= 2 && Number.isInteger(value) ? `${form.prefix}${form.words ? (numberToWord(value) ?? value) : value}` : null;
      if (fact.unit === "fold level") return FOLD_LEVEL_WORDS[value] ? `${form.prefix}${FOLD_LEVEL_WORDS[value]}` : null;
      if (fact.unit === "fold") {
        // "would triple": options in the base form too ("double"), not "doubled".
        const words = /ed$/.test(fact.answer) ? FOLD_WORDS : /ing$/.test(fact.answer) ? FOLD_ING_WORDS : FOLD_BASE_WORDS;
        return words[value] ? `${form.prefix}${words[value]}` : null;
      }
      // "3 for 44" next to "4 for 39": a cricket total or a bowler's figures, written the report's way.
      if (fact.unit === "cricket figures") return value >= 0 ? `${form.words ? (numberToWord(Math.floor(value / SCORE_BASE)) ?? "") : Math.floor(value / SCORE_BASE)} for ${value % SCORE_BASE}` : null;
      if (fact.unit === "score") return value >= 0 ? `${Math.floor(value / SCORE_BASE)}-${value % SCORE_BASE}` : null;
      if (fact.unit === "times") {
        // "more than three times": the bound is written before every option.
        const bound = form.prefix;
        const answer = fact.answer.slice(bound.length);
        // "roughly one times what it does" is no multiple: none at one or below.
        if (value <= 1) return null;
        const asMany = / as (?:many|much)$/.exec(answer)?.[0] ?? "";
        if (value === 2 && answer.startsWith("twice")) return `${bound}twice${asMany}`;
        // "more than fivefold": options in the same one word ("more than fourfold").
        if (/fold$/.test(answer)) return form.words ? (numberToWord(value) ? `${bound}${numberToWord(value)}fold` : null) : `${bound}${value}-fold`;
        if (asMany) return `${bound}${numberToWord(value) ?? value} times${asMany}`;
        // "a thousand times": options in the same words ("a hundred times"), not "1300 times".
        if (/^a /.test(answer)) return ROUND_WORDS[value] ? `${bound}${ROUND_WORDS[value]} times` : null;
        // "two and a half times": options in the same shape ("three and a half times"), never "3.1 times" beside it.
        if (/ and a half times$/.test(answer)) {
          const whole = numberToWord(value - 0.5);
          return Number.isInteger(value - 0.5) && value > 1 && whole !== null ? `${bound}${form.words ? whole : value - 0.5} and a half times` : null;
        }
        // (2.5 or 140 have no word form here: no such option, rather than "null times".)
        // ("1.5 times": options keep its decimals, "1.8 times", never "1.7999999999999998 times".)
        const count = form.words ? numberToWord(value) : value >= 1000 ? withCommas(value, 0) : form.decimals > 0 ? value.toFixed(form.decimals) : String(value);
        return count === null ? null : `${bound}${count} times`;
      }
      const scaled = /^ (million|billion)$/.exec(form.suffix);
      // ("two million passengers": options in words too, "three million".)
      if (scaled && form.words) return numberToWord(value / (scaled[1] === "billion" ? 1e9 : 1e6)) ? `${numberToWord(value / (scaled[1] === "billion" ? 1e9 : 1e6))}${form.suffix}` : null;
      if (scaled) return `${(value / (scaled[1] === "billion" ? 1e9 : 1e6)).toFixed(form.decimals)}${form.suffix}`;
      if (form.words) return numberToWord(value);
      return form.grouped || value >= 10000 ? withCommas(value, 0) : String(value);
    }
    case "ordinal": {
      const text = form.words ? ordinalToWord(value) : ordinalSuffix(value);
      return text === null ? null : `${text}${form.suffix}`;
    }
    case "duration": {
      if (fact.unit === "clock") {
        const pad = (n: number) => String(n).padStart(2, "0");
        return `${Math.floor(value / 3600)}:${pad(Math.floor((value % 3600) / 60))}:${pad(value % 60)}`;
      }
      const unit = form.suffix.trim().replace(/s$/, "");
      const n = form.words ? numberToWord(value) : String(value);
      return n === null ? null : `${n} ${unit}${value === 1 ? "" : "s"}`;
    }
    case "date": {
      const year = Math.floor(value / 10000);
      const month = Math.floor((value % 10000) / 100) - 1;
      const day = value % 100;
      if (fact.unit === "year") return String(year);
      // "first half of 2028", "mid-2029": options are parts of a year of the same kind.
      if (fact.unit === "mid-year") return `mid-${year}`;
      if (fact.unit === "quarter" || fact.unit === "half") return `${YEAR_PART_WORDS[Math.floor(month / (fact.unit === "half" ? 6 : 3)) + 1] ?? ""} ${fact.unit} of ${year}`;
      if (month < 0 || month > 11) return null;
      // "12 October", written without a year (value-rules.ts): options are days without a year, in the answer's order.
      if (isYearlessDay(fact)) return /^\p{L}/u.test(fact.answer) ? `${MONTHS[month]} ${day}` : `${day} ${MONTHS[month]}`;
      // Options follow the answer's order: "October 9, 2026" next to "October 12, 2026", never "12 October 2026".
      if (fact.unit === "day" && /^\p{L}+ \d{1,2}, \d{4}$/u.test(fact.answer)) return `${MONTHS[month]} ${day}, ${year}`;
      return formatDate({ year, month: fact.unit === "month" || fact.unit === "day" ? month : null, day: fact.unit === "day" ? day : null });
    }
    default:
      return null;
  }
}

export { MONTHS };
