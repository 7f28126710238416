// The world's currencies as Intl (ICU's CLDR data) names them, so a sum in any currency is read as money, not only
// in the dozen a hand list knew: "GEL 487 million", "RM84.6 million", "50 forints", "12 million koruna".

import { escapePattern } from "./escape-pattern";

/** ISO 4217 codes of the currencies in use ("GEL", "MYR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/**
 * Letter symbols a currency's own country writes before the amount ("RM" for MYR, "Rp" for IDR, "Ksh" for KES):
 * found by formatting each currency in its country's likely locale. Letters only; "$" and "€" forms are matched apart.
 */
function localLetterSymbols(): Map<string, string> {
  const symbols = new Map<string, string>();
  for (const code of CURRENCY_CODES) {
    let locale: string;
    try {
      locale = new Intl.Locale(`und-${code.slice(0, 2)}`).maximize().baseName;
    } catch {
      continue;
    }
    const parts = new Intl.NumberFormat(locale, { style: "currency", currency: code }).formatToParts(1);
    const at = parts.findIndex((p) => p.type === "currency");
    const symbol = parts[at]?.value ?? "";
    // Two or three letters, not the code itself; a single letter ("S") is too easily something else.
    if (at >= 0 && at < parts.findIndex((p) => p.type === "integer") && /^[A-Z][A-Za-z]{1,2}$/.test(symbol) && symbol !== code) symbols.set(symbol, code);
  }
  return symbols;
}
export const LETTER_SYMBOLS: ReadonlyMap<string, string> = localLetterSymbols();

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

/** Every currency written after the amount ("forints", "euro cents"), lower case. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([...currencyNouns(), ...SUBUNITS, "reais", "kroner", "kronor", "roubles"]);

/** Regex source of a currency written after the amount, longest first so "euro cents" wins over "euros". */
export const CURRENCY_WORD_SOURCE = [...CURRENCY_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(escapePattern)
  .join("|");
