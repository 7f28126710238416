import { lexiconTags } from "./tag-words";

/** Country names and the demonyms a text uses for them ("Poland" -> "Polish"). */
export const DEMONYM_OF: Record<string, string> = {
  Vietnam: "Vietnamese", Russia: "Russian", Chile: "Chilean", Korea: "Korean", "South Korea": "South Korean", China: "Chinese",
  Japan: "Japanese", Canada: "Canadian", Kazakhstan: "Kazakh", India: "Indian", Brazil: "Brazilian", Germany: "German",
  France: "French", Italy: "Italian", Australia: "Australian", "United States": "American", Ukraine: "Ukrainian",
  Switzerland: "Swiss", Denmark: "Danish", Sweden: "Swedish", Norway: "Norwegian", Finland: "Finnish",
  Nigeria: "Nigerian", Ghana: "Ghanaian", Kenya: "Kenyan", Ethiopia: "Ethiopian", "South Africa": "South African", Egypt: "Egyptian",
  Poland: "Polish", Lithuania: "Lithuanian", Latvia: "Latvian", Estonia: "Estonian", Belarus: "Belarusian", Spain: "Spanish",
  Portugal: "Portuguese", Netherlands: "Dutch", Belgium: "Belgian", Austria: "Austrian", Ireland: "Irish", Scotland: "Scottish",
  "United Kingdom": "British", Britain: "British", "New Zealand": "New Zealand", Mexico: "Mexican", Argentina: "Argentine",
  Indonesia: "Indonesian", Thailand: "Thai", Philippines: "Philippine", Malaysia: "Malaysian", Singapore: "Singaporean",
  Pakistan: "Pakistani", Bangladesh: "Bangladeshi", Turkey: "Turkish", Israel: "Israeli", Greece: "Greek", Taiwan: "Taiwanese",
  Uganda: "Ugandan", Tanzania: "Tanzanian", Eritrea: "Eritrean", Morocco: "Moroccan", Algeria: "Algerian", Bahrain: "Bahraini", Colombia: "Colombian", Peru: "Peruvian",
};

// Longest first, so a pattern finds "South Korean" before "Korean" (a stable sort keeps the listed order otherwise).
const byLength = (a: string, b: string) => b.length - a.length;

/** Every demonym once ("British" is two countries'), longest first. */
export const DEMONYMS: ReadonlySet<string> = new Set([...new Set(Object.values(DEMONYM_OF))].sort(byLength));

/** The demonyms as one alternation for a pattern, longest first: `\b(?:${DEMONYM_SOURCE})\b`. */
export const DEMONYM_SOURCE = [...DEMONYMS].join("|");

/** Demonym -> country, the first listed when two share one ("British" -> "United Kingdom"). */
const COUNTRY_OF_DEMONYM: ReadonlyMap<string, string> = new Map(
  Object.entries(DEMONYM_OF).reverse().map(([country, demonym]) => [demonym, country]),
);

/** The country a demonym names ("Danish" -> "Denmark"), the first listed when two share one ("British"); or null. */
export function countryOfDemonym(demonym: string): string | null {
  return COUNTRY_OF_DEMONYM.get(demonym) ?? null;
}

/** Whether a place's name is a country's ("Brazil", "the Netherlands"). */
export function isCountryName(name: string): boolean {
  return Object.hasOwn(DEMONYM_OF, name.replace(/^the\s+/i, ""));
}

/**
 * Whether a word names a people ("Canadian", "Spaniard"): a demonym listed here, or one the lexicon tags so (it has
 * more peoples, but files "British", "Polish" or "Swedish" as adjectives). Never a first name such as "Brian".
 */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word) || lexiconTags(word).includes("Demonym");
}

/**
 * The nationality written before a person's name of two or more words ("Canadian Mark Dunn" -> "Canadian"): no part
 * of the name. Null when the first word is none ("Brian Mark Dunn") or the name would be one word ("Canadian Dunn").
 */
export function nationalityBeforeName(name: string): string | null {
  const first = /^(\S+)\s(?=\S+\s\S)/.exec(name)?.[1];
  return first !== undefined && isDemonym(first) ? first : null;
}
