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

/** Each demonym's country, the first listed when two share one ("British" -> "United Kingdom"): built once. */
const COUNTRY_OF_DEMONYM: ReadonlyMap<string, string> = new Map(Object.entries(DEMONYM_OF).reverse().map(([country, demonym]) => [demonym, country]));

/** The country a demonym names ("Danish" -> "Denmark"), the first listed when two share one ("British"); or null. */
export function countryOfDemonym(demonym: string): string | null {
  return COUNTRY_OF_DEMONYM.get(demonym) ?? null;
}

/** The demonyms, each once, longest first (so an alternation tries "South Korean" before "Korean"). */
export const DEMONYMS: readonly string[] = [...new Set(Object.values(DEMONYM_OF))].sort((a, b) => b.length - a.length);

/** Whether a place's name is a country's ("Brazil", "the Netherlands"). */
export function isCountryName(name: string): boolean {
  return Object.hasOwn(DEMONYM_OF, name.replace(/^the\s+/i, ""));
}
