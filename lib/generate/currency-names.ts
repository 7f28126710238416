// The world's currencies as Intl (ICU's CLDR data) names them, so a sum in any currency is read as money, not only
// in the dozen a hand list knew: "GEL 487 million", "RM84.6 million", "50 forints", "12 million koruna".

import { escapePattern } from "./escape-pattern";

/** ISO 4217 codes of the currencies in use ("GEL", "MYR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

// Letters a country writes its money with that CLDR does not give: the loti's plural is the maloti ("M340 million"),
// the lilangeni's the emalangeni ("E50"), the new leone is written "NLe" (wide, below).
// (The vatu is written "VT" in Vanuatu; CLDR gives it no symbol.)
const LOCAL_LETTERS: [string, string][] = [["M", "LSL"], ["E", "SZL"], ["VT", "VUV"]];
// The press writes the CFP franc "CFP 1,200" and the UAE dirham "Dh 50" (CLDR gives "CFPF" and the Arabic sign).
const LOCAL_WIDE_SYMBOLS: [string, string][] = [["NLe", "SLE"], ["CFP", "XPF"], ["Dh", "AED"]];

/**
 * Letter symbols a currency's own country writes before the amount ("RM" for MYR, "Rp" for IDR, "Ksh" for KES):
 * found by formatting each currency in its country's likely locale. Letters only; "$" and "€" forms are matched apart.
 */
function localLetterSymbols(): Map<string, string> {
  const symbols = new Map<string, string>();
  for (const code of CURRENCY_CODES) {
    const locale = homeLocale(code);
    if (!locale) continue;
    const parts = new Intl.NumberFormat(locale, { style: "currency", currency: code }).formatToParts(1);
    const at = parts.findIndex((p) => p.type === "currency");
    const symbol = parts[at]?.value ?? "";
    // Two or three letters, not the code itself; a single letter ("S") is too easily something else.
    if (at >= 0 && at < parts.findIndex((p) => p.type === "integer") && /^[A-Z][A-Za-z]{1,2}$/.test(symbol) && symbol !== code) symbols.set(symbol, code);
  }
  return symbols;
}
export const LETTER_SYMBOLS: ReadonlyMap<string, string> = localLetterSymbols();

/** The symbol CLDR gives a currency in a locale's narrow form ("KM" for BAM, "FCFA" for XAF, "Q" for GTQ), or its plain one; or "". */
function currencySymbol(code: string, locale: string, display: "symbol" | "narrowSymbol" = "narrowSymbol"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: code, currencyDisplay: display }).formatToParts(1).find((p) => p.type === "currency")?.value ?? "";
}

/**
 * The country's likely locale for a currency, as language and region ("pt-AO" for AOA, "es-GT" for GTQ), or null.
 * The maximized form with its script ("pt-Latn-AO") falls back to the code for many currencies, where the language
 * and region give the local symbol: "Kz" for AOA, "USh" for UGX, "FC" for CDF.
 */
function homeLocale(code: string): string | null {
  return homeLocales(code)[0] ?? null;
}

/** The country's own locale (homeLocale) and its English one ("pt-AO", "en-AO"); none when the code names no region. */
function homeLocales(code: string): string[] {
  try {
    const home = new Intl.Locale(`und-${code.slice(0, 2)}`).maximize();
    return [`${home.language}-${home.region}`, `en-${home.region}`];
  } catch {
    return [];
  }
}

/**
 * Letter symbols of two to four letters written before the amount, in English or the home country's narrow form
 * ("KM 1.62 billion" for BAM, "FCFA 18.4 billion" for XAF, "ZK" for ZMW), beside the local ones above. One letter
 * ("K", "Q") is left to oneLetterSymbols: alone it is too often something else.
 */
function wideLetterSymbols(): Map<string, string> {
  const symbols = new Map([...LETTER_SYMBOLS, ...LOCAL_WIDE_SYMBOLS]);
  for (const code of CURRENCY_CODES) {
    // The country's English form too: the rufiyaa is "Rf" in "en-MV", the code in Dhivehi.
    for (const symbol of [currencySymbol(code, "en"), ...homeLocales(code).map((l) => currencySymbol(code, l))]) {
      if (/^[A-Z][A-Za-z]{1,3}$/.test(symbol) && symbol !== code && !symbols.has(symbol)) symbols.set(symbol, code);
    }
  }
  return symbols;
}
/** Every letter symbol of two to four letters a currency is written with before its amount, to its ISO code. */
export const WIDE_LETTER_SYMBOLS: ReadonlyMap<string, string> = wideLetterSymbols();

/** Symbols the press writes with a stop that CLDR gives in no home locale, beside the ones read from CLDR below. */
const PRESS_DOTTED_SYMBOLS: [string, string][] = [
  // The Netherlands Antillean guilder, as the islands' press still writes it.
  ["NAf", "ANG"],
  // The rupee, as South Asian papers write it ("Rs. 900"); CLDR writes "Rs" without the stop (ur-PK, en-MU) or "₹".
  // Which rupee is the article's to say: the money pattern reads "Rs." with the other signs and keeps its letters.
  ["Rs", "INR"],
];

/**
 * Symbols written with a full stop before the amount ("Afl. 41.2 million" for the Aruban florin, "Nu. 12 million" for
 * the ngultrum, "Cg. 3.5 million" for the Caribbean guilder), without the stop, to their ISO code. CLDR gives them in
 * the country's locale written as language and region ("nl-AW"); the maximized form with its script ("nl-Latn-AW")
 * falls back to the code. The stop marks an abbreviation, so these are read as money and never end a sentence.
 */
function dottedSymbols(): Map<string, string> {
  const symbols = new Map<string, string>(PRESS_DOTTED_SYMBOLS);
  for (const code of CURRENCY_CODES) {
    for (const locale of homeLocales(code)) {
      for (const display of ["symbol", "narrowSymbol"] as const) {
        const symbol = currencySymbol(code, locale, display);
        if (/^[A-Z][A-Za-z]{1,3}\.$/.test(symbol) && !symbols.has(symbol.slice(0, -1))) symbols.set(symbol.slice(0, -1), code);
      }
    }
  }
  return symbols;
}
export const DOTTED_SYMBOLS: ReadonlyMap<string, string> = dottedSymbols();

// Names that are also ordinary words after a number ("the 50 mark", "300 sols" on Mars, "real"), or not money.
const NOT_A_CURRENCY_WORD = /^(?:mark|sol|real|rights|gold|silver|unit|fund)$/;

/** A currency's English name's last word, lower case ("forint", "koruna", "dollar"), and its plural. */
function currencyNouns(): string[] {
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  const nouns = new Set<string>();
  for (const code of CURRENCY_CODES) {
    const word = (names.of(code) ?? "").split(" ").pop()?.toLowerCase() ?? "";
    if (!/^\p{Ll}+$/u.test(word) || word.length < 3) continue;
    nouns.add(`${word}s`);
    if (!NOT_A_CURRENCY_WORD.test(word)) nouns.add(word);
  }
  return [...nouns];
}

// Subunits are not in Intl's names: the common ones, as a sum of them is written ("2.5 sen per share", "40 paise").
const SUBUNITS = ["euro cents", "cents", "pence", "sen", "paise", "kopecks", "centavos", "centimes", "fils", "halalas", "stotinki", "groszy", "øre", "ore"];

/**
 * A currency's own words, lower case, to its ISO codes: the English name's noun and plurals ("kwacha", "kwachas",
 * "lei"), and the home country's plural when it is the same noun ("quetzales", "lempiras", "colones").
 */
function currencyWordCodes(): Map<string, string[]> {
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  const words = new Map<string, string[]>();
  const add = (word: string, code: string) => {
    if (!/^\p{Ll}{3,}$/u.test(word) || NOT_A_CURRENCY_WORD.test(word)) return;
    const codes = words.get(word) ?? [];
    if (!codes.includes(code)) words.set(word, [...codes, code]);
  };
  for (const code of CURRENCY_CODES) {
    const noun = (names.of(code) ?? "").split(" ").pop()?.toLowerCase() ?? "";
    if (noun.length < 3 || NOT_A_CURRENCY_WORD.test(noun)) continue;
    add(noun, code);
    add(`${noun}s`, code);
    const locale = homeLocale(code);
    for (const where of ["en", ...(locale ? [locale] : [])]) {
      const named = new Intl.NumberFormat(where, { style: "currency", currency: code, currencyDisplay: "name" }).formatToParts(2).find((p) => p.type === "currency")?.value ?? "";
      const stem = noun.normalize("NFD").replace(/\p{M}/gu, "").slice(0, 4);
      // The noun is the name's lower-case word ("Romanian lei", "quetzales"); the country's adjective is capitalised.
      const words = named.split(/\s+/);
      for (const w of where === "en" ? words.slice(-1) : words) if (/^\p{Ll}+$/u.test(w) && (where === "en" || w.normalize("NFD").replace(/\p{M}/gu, "").startsWith(stem))) add(w, code);
    }
  }
  return words;
}
/** A currency's word ("kwacha", "lei", "quetzales") to the ISO codes it names. */
export const CURRENCY_WORD_CODES: ReadonlyMap<string, readonly string[]> = currencyWordCodes();

/**
 * One-letter symbols ("K2,760", "Q4", "P186 million"), by the codes they may stand for: the currency's narrow symbol
 * when it is one letter, or the initial of its name when it has no sign of its own (the Malawian kwacha is written
 * "K", the pula "P"). Read as money only in an article that names the currency (articleCurrencyLetters).
 */
function oneLetterSymbols(): Map<string, string[]> {
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  const letters = new Map<string, string[]>();
  const add = (letter: string, code: string) => {
    if (/^[A-Z]{1,2}$/.test(letter) && !letters.get(letter)?.includes(code)) letters.set(letter, [...(letters.get(letter) ?? []), code]);
  };
  for (const code of CURRENCY_CODES) {
    const narrow = currencySymbol(code, "en");
    const name = names.of(code) ?? "";
    const noun = name.split(" ").pop() ?? "";
    // "$", "€", "₭": a currency with a sign of its own is not written with a letter.
    add(/^[A-Z]$/.test(narrow) ? narrow : narrow === code || /^[A-Za-z]+$/.test(narrow) ? noun.charAt(0).toUpperCase() : "", code);
    // "BD14.5 million", "KD 5 million", "QR10 million": the English press writes a currency with no sign of its own by
    // the initials of its two-word name ("Bahraini Dinar", "Kuwaiti Dinar", "Qatari Riyal").
    // ("US", "ID", "AD" before a figure are a country, an identity number and a year: no initials of a currency.)
    const initials = name.split(" ").map((w) => w.charAt(0)).join("");
    if (narrow === code && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) && !/^(?:US|ID|AD)$/.test(initials)) add(initials, code);
  }
  for (const [letter, code] of LOCAL_LETTERS) add(letter, code);
  return letters;
}
export const ONE_LETTER_SYMBOLS: ReadonlyMap<string, readonly string[]> = oneLetterSymbols();

const CODE_TOKEN = /\b[A-Z]{3}\b/g;
const WORD_TOKEN = /\b\p{Ll}{3,}\b/gu;

/**
 * A country's name and its people's adjective, as Intl writes them ("Gambia", "Gambian", "Papua New Guinea"), to the
 * code of the currency in use there: an article about a country writes its money in the local symbol without
 * naming the currency ("D150 per gigabyte" in a Gambian regulator's statement). Historical currencies ("Sierra
 * Leonean Leone (1964—2022)") and the X- codes of no one country are left out.
 */
function countryCurrencies(): Map<string, string> {
  const regions = new Intl.DisplayNames(["en"], { type: "region" });
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  const countries = new Map<string, string>();
  for (const code of CURRENCY_CODES) {
    const name = names.of(code) ?? "";
    if (code.startsWith("X") || /[(\d]/.test(name)) continue;
    let region: string;
    try {
      region = regions.of(code.slice(0, 2)) ?? "";
    } catch {
      continue;
    }
    // "Myanmar (Burma)", "Bosnia & Herzegovina": the name before any aside; "Gambian" from "Gambian Dalasi".
    const adjective = name.split(" ").slice(0, -1).join(" ");
    // "São Tomé & Príncipe", "Trinidad & Tobago": as English prose writes them, with "and", by the first island alone,
    // and without accents ("Sao Tome").
    const written = [region.replace(/\s*\(.*$/, ""), adjective].flatMap((n) => [n, n.replace(/ & /, " and "), n.replace(/ & .*$/, "")]);
    for (const n of written.flatMap((n) => [n, n.normalize("NFD").replace(/\p{M}/gu, "")])) if (/^\p{Lu}[\p{L} ]+\p{Ll}$/u.test(n) && !countries.has(n)) countries.set(n, code);
  }
  return countries;
}
const COUNTRY_CURRENCY: ReadonlyMap<string, string> = countryCurrencies();
// Capitalised words that may stand before a country's name at a sentence's start or in a title.
const FUNCTION_WORD = /^(?:The|In|On|At|From|To|For|Of|And|By|With|Across|Inside|Outside|Where|Why|How|Both|Neither|Rural|Northern|Southern|Eastern|Western|Central)$/;
// Longest first, so "Papua New Guinea" is read whole before its "Guinea" could be.
const COUNTRY_RE = new RegExp(`\\b(?:${[...COUNTRY_CURRENCY.keys()].sort((a, b) => b.length - a.length).map(escapePattern).join("|")})\\b`, "gu");

/**
 * The one currency among `codes` whose country the article names at least twice as often as any other's (an article
 * on Papua New Guinea that once names a Swedish funder writes the kina's "K"); none when no country leads so.
 */
function mainCountry(codes: readonly string[], countries: ReadonlyMap<string, number>): string[] {
  const counted = codes.map((c) => [c, countries.get(c) ?? 0] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const [first, second] = counted;
  return first && (!second || first[1] >= 2 * second[1]) ? [first[0]] : [];
}

/**
 * Letter to currency code, and the letters whose currency only a country's name implies: "N95 masks" in an article
 * about Bhutan is a mask, so a sum in such a letter must look like one (findValueSpans).
 */
export type CurrencyLetters = ReadonlyMap<string, string> & { readonly fromCountry?: ReadonlySet<string>; readonly named?: ReadonlySet<string> };

/**
 * The one-letter symbols an article may write money with, to the code each stands for there: those of the
 * currencies it names by word ("kwacha", "quetzales") or ISO code ("MWK"), or by naming the country that uses it
 * ("Malawi", "Gambian"). "Q4" is a quarter in an article that names no quetzal nor Guatemala. A letter several of
 * the article's currencies share ("K" in an article on Zambia and Malawi) is the one named by word or code, and no
 * money at all when only countries name them: the figure is right, but the currency graded would be a guess.
 */
export function articleCurrencyLetters(body: string): CurrencyLetters {
  const named = new Set<string>();
  for (const m of body.matchAll(CODE_TOKEN)) if (CURRENCY_CODES.has(m[0])) named.add(m[0]);
  for (const m of body.matchAll(WORD_TOKEN)) for (const code of CURRENCY_WORD_CODES.get(m[0]) ?? []) named.add(code);
  const countries = new Map<string, number>();
  for (const m of body.matchAll(COUNTRY_RE)) {
    // "Michael Jordan", "Chad Smith": a name beside another capitalised word is a person's, not the country's.
    const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(body.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if ((before && !FUNCTION_WORD.test(before)) || /^\s+\p{Lu}\p{Ll}/u.test(body.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const c = COUNTRY_CURRENCY.get(m[0]) ?? "";
    countries.set(c, (countries.get(c) ?? 0) + 1);
  }
  const letters = new Map<string, string>();
  const fromCountry = new Set<string>();
  for (const [letter, codes] of ONE_LETTER_SYMBOLS) {
    const byName = codes.filter((c) => named.has(c));
    // One word for two currencies ("kwacha"): the country named tells which, none the first as before, both none.
    const told = byName.filter((c) => countries.has(c));
    const picked = byName.length > 1 ? (told.length === 0 ? byName.slice(0, 1) : told) : byName.length === 1 ? byName : mainCountry(codes, countries);
    if (picked.length !== 1 || !picked[0]) continue;
    letters.set(letter, picked[0]);
    if (byName.length === 0) fromCountry.add(letter);
  }
  return Object.assign(letters, { fromCountry, named: new Set([...named, ...countries.keys()]) });
}

/**
 * Two-letter symbols that are as often a word or an abbreviation before a figure: "Pirae FC 3", "SR 520" (a state
 * route), "Le 24", "VT 100". A bare amount in one is money only in an article that names its currency or country
 * (CurrencyLetters.named); with a scale word, decimals or thousands ("FC 2.4 billion") it is money anywhere.
 */
export function isShortSymbol(symbol: string): boolean {
  return symbol.length === 2 && WIDE_LETTER_SYMBOLS.has(symbol);
}

/** Every currency written after the amount ("forints", "euro cents"), lower case. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([...currencyNouns(), ...CURRENCY_WORD_CODES.keys(), ...SUBUNITS, "reais", "kroner", "kronor", "roubles"]);

/** Regex source of a currency written after the amount, longest first so "euro cents" wins over "euros". */
export const CURRENCY_WORD_SOURCE = [...CURRENCY_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(escapePattern)
  .join("|");
