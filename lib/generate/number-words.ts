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

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export function monthIndex(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(n) && (n.length >= 3));
  if (i < 0) return null;
  if (n === "sept") return 8;
  return (MONTHS[i] ?? "").toLowerCase().startsWith(n) ? i : null;
}
