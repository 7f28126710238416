/** The datelines that open wire stories, read by the entity rules and stripped by the questions. */

/** "HANOI: ", "SANTIAGO: " opening a news story. */
export const DATELINE = /^[A-Z][A-Z .'’-]{2,30}:\s+/;
/**
 * "PERTH — ", "ABUJA (PWS) - ", "VALENCIA, Spain — ", "GEORGETOWN, Guyana, Nov. 17 (CNA) — ", "LIMA, 18 November (PNA) -- ",
 * "LIMA, Nov. 18, 2026 (Reuters) – ", "KIGALI, Rwanda, and LUSAKA, Zambia — ": datelines in the forms wire services
 * use: a city in capitals, up to three comma parts (country, day, year, "and" a second city: each opens with a capital
 * or a digit), an agency in brackets, then a dash.
 */
// ("MEDELLÍN, Colombia - ": a city's capitals may carry accents.)
export const DASH_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s(?:and\s)?[\p{Lu}\d][\p{L}\d .'’]{0,29}){0,3}(?:\s\([\p{L} .&/]{2,25}\))?\s+(?:--|[-–—])\s+/u;
/** A text without the dateline that opens it, in either form ("HANOI: ", "PERTH — "). */
export const stripDateline = (text: string) => text.replace(DATELINE, "").replace(DASH_DATELINE, "");
/**
 * "Avarua, Rarotonga, 16 November 2026 – ": a dateline in mixed case, which DASH_DATELINE leaves (a sentence may open
 * "Ostra, the port town – "): a capitalised place, up to two more, and a day and month (a year may follow) before the dash.
 */
export const MIXED_CASE_DATELINE = /^\p{Lu}[\p{L} .'’-]{1,30}(?:,\s\p{Lu}[\p{L} .'’-]{0,29}){0,2},\s(?:\d{1,2}\s\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s\d{1,2})(?:,?\s\d{4})?(?:\s\([\p{L} .&/]{2,25}\))?\s+(?:--|[-–—])\s+/u;
