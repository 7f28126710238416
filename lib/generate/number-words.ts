const SMALL = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
] as const;
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] as const;
const ORDINAL_SMALL = [
  "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
] as const;
const ORDINAL_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"] as const;

const WORD_VALUE = new Map<string, number>();
SMALL.forEach((w, i) => WORD_VALUE.set(w, i));
TENS.forEach((w, i) => w && WORD_VALUE.set(w, i * 10));
WORD_VALUE.set("a dozen", 12).set("dozen", 12).set("hundred", 100).set("a hundred", 100);

const ORDINAL_VALUE = new Map<string, number>();
ORDINAL_SMALL.forEach((w, i) => ORDINAL_VALUE.set(w, i));
ORDINAL_TENS.forEach((w, i) => w && ORDINAL_VALUE.set(w, i * 10));

/** Regex source matching a written cardinal up to ninety-nine ("two", "forty-five"). */
export const CARDINAL_WORD_SOURCE =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a dozen|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)";

export const ORDINAL_WORD_SOURCE =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)";

export function wordToNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  const direct = WORD_VALUE.get(w);
  if (direct !== undefined) return direct;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (m) return (WORD_VALUE.get(m[1] ?? "") ?? 0) + (WORD_VALUE.get(m[2] ?? "") ?? 0);
  return null;
}

export function ordinalWordToNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  const direct = ORDINAL_VALUE.get(w);
  if (direct !== undefined) return direct;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.exec(w);
  if (m) return (WORD_VALUE.get(m[1] ?? "") ?? 0) + (ORDINAL_VALUE.get(m[2] ?? "") ?? 0);
  return null;
}

export function numberToWord(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n < 20) return SMALL[n] ?? null;
  const t = TENS[Math.floor(n / 10)] ?? "";
  return n % 10 ? `${t}-${SMALL[n % 10]}` : t;
}

export function ordinalToWord(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  if (n < 20) return ORDINAL_SMALL[n] ?? null;
  if (n % 10 === 0) return ORDINAL_TENS[n / 10] ?? null;
  return `${TENS[Math.floor(n / 10)]}-${ORDINAL_SMALL[n % 10]}`;
}

export function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** "1,000" -> 1000, "3.5" -> 3.5, "two" -> 2. */
/** How many figures a written number has after its decimal point: "2.50" has 2, "18" none. */
export function decimalsOf(num: string): number {
  const dot = num.indexOf(".");
  return dot < 0 ? 0 : num.length - dot - 1;
}

export function parseNumberText(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  return wordToNumber(t);
}

export const SCALE: Record<string, number> = {
  thousand: 1e3,
  lakh: 1e5,
  "lakh crore": 1e12,
  crore: 1e7,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Fractions as a teacher writes them, with their values: options of a fraction are other fractions. */
const FRACTION_NAMES: [number, string][] = [
  [1 / 2, "half"], [1 / 3, "a third"], [1 / 4, "a quarter"], [1 / 5, "a fifth"], [1 / 6, "a sixth"], [1 / 8, "an eighth"], [1 / 10, "a tenth"],
  [2 / 3, "two thirds"], [3 / 4, "three quarters"], [2 / 5, "two fifths"], [3 / 5, "three fifths"], [4 / 5, "four fifths"], [3 / 10, "three tenths"],
];
const FRACTION_DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10 };

/** Plural fractions by their denominator, with the numerators written in words that make a proper fraction of it. */
const PROPER_NUMERATORS: [string, number][] = [["thirds", 3], ["quarters", 4], ["fifths", 5], ["tenths", 10]];
const NUMERATOR_WORDS: [string, number][] = [["two", 2], ["three", 3], ["four", 4], ["seven", 7], ["nine", 9]];

/**
 * Regex source of a written fraction: "half", "a third", "one quarter", "two thirds", "three-quarters". Proper ones
 * only: "four thirds", "five quarters" are more than a whole, no share of anything.
 */
export const FRACTION_WORD_SOURCE = `(?:(?:a|an|one)\\s(?:half|third|quarter|fifth|sixth|eighth|tenth)|half|${PROPER_NUMERATORS.map(
  ([plural, bottom]) => `(?:${NUMERATOR_WORDS.filter(([, top]) => top < bottom).map(([word]) => word).join("|")})[- ]${plural}`,
).join("|")})`;

/** "a third" -> 1/3, "two-thirds" -> 2/3, "half" -> 0.5, "four in five" -> 0.8, "1/3" -> 1/3; null for anything else. */
export function fractionValue(text: string): number | null {
  const t = text.toLowerCase().trim().replace(/-/g, " ");
  if (t === "half" || t === "a half" || t === "one half") return 0.5;
  const named = /^(a|an|one|two|three|four|seven|nine)\s(halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/.exec(t);
  if (named) {
    const top = /^(?:a|an)$/.test(named[1] ?? "") ? 1 : wordToNumber(named[1] ?? "");
    const bottom = FRACTION_DENOMINATORS[named[2] ?? ""];
    return top !== null && bottom ? top / bottom : null;
  }
  const ratio = /^(\w+)\s(?:in|out of)\s(\w+)$/.exec(t) ?? /^(\d+)\s?\/\s?(\d+)$/.exec(t);
  if (ratio) {
    const [top, bottom] = [parseNumberText(ratio[1] ?? ""), parseNumberText(ratio[2] ?? "")];
    return top !== null && bottom ? top / bottom : null;
  }
  return null;
}

/** 1/3 -> "a third", 0.5 -> "half"; null for a value no common fraction names. */
export function fractionWords(value: number): string | null {
  return FRACTION_NAMES.find(([v]) => Math.abs(v - value) < 1e-9)?.[1] ?? null;
}

/** The shares people say most, for options: "two fifths" next to "a third" reads as a made-up option. */
export const FRACTION_VALUES: readonly number[] = [1 / 2, 1 / 3, 1 / 4, 1 / 5, 2 / 3, 3 / 4, 1 / 10];
