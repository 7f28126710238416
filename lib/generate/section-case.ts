import { isProperWord, lexiconTags } from "./tag-words";

/**
 * An analysis of several cases, one section each ("## Réunion: move water from the wet side", "## Mayotte: build,
 * ration, repeat"): a sentence of one section is about that section's case, which a title naming none of them, or
 * several, does not say (strict read S0 items 12, 31, 39, 44: "the department", river units, a governor without his
 * island). The case is what each such section's heading names before its colon.
 */

/**
 * "Réunion" in "Réunion: move water ...": a name before a colon that is no common word ("Update: ..."). "The Isle of
 * Man: pay people to come" names "the Isle of Man" (an "of" between its capitalised words, and its article kept).
 */
function headingCase(heading: string): string | null {
  const m = /^(?:(The)\s)?(\p{Lu}[\p{L}’'.-]*(?:\s(?:of\s)?\p{Lu}[\p{L}’'.-]*){0,2}):\s/u.exec(heading);
  const name = m?.[2];
  if (!name) return null;
  // (In "Isle of Man" the words before "of" say what kind of name it is; "Man" after it is no common word there.)
  const placeLike = (name.split(" of ")[0] ?? name).split(" ").every((w) => lexiconTags(w).every((t) => /^(?:Place|Country|City|Region|ProperNoun|Demonym)$/.test(t)));
  return placeLike ? (m[1] ? `the ${name}` : name) : null;
}

/** "Isle of Man" of the case "the Isle of Man", as the body writes it after any article. */
const bare = (name: string) => name.replace(/^the\s/, "");

/**
 * Each heading of the article that names one case, with its case, when two or more headings name distinct cases the
 * body writes again; empty otherwise (one "Background: ..." heading is no analysis of cases).
 */
export function caseSections(headings: readonly (string | null)[], body: string): Map<string, string> {
  const cases = new Map<string, string>();
  for (const h of new Set(headings)) {
    const name = h ? headingCase(h) : null;
    // (Written again in the body, outside its heading: a case the sections are about.)
    if (h && name && body.split(bare(name)).length > 2) cases.set(h, name);
  }
  return new Set(cases.values()).size >= 2 ? cases : new Map();
}

/** Whether the text names the case: its name, or a long word of it ("Guiana" of "French Guiana"). */
const namesCase = (text: string, name: string) => text.includes(bare(name)) || name.split(" ").some((w) => w.length >= 5 && !lexiconTags(w).includes("Demonym") && text.includes(w));

/**
 * `text` with its section's case written in ("In Réunion, since the 1990s the department has ..."), when it does not
 * name the case and the title does not name that case alone; else as it is.
 */
export function withSectionCase(text: string, name: string | undefined, title: string, allCases: Iterable<string>, isName: (word: string) => boolean): string {
  // (A quotation, or an opening pronoun, which the subject rules resolve or refuse, is left as it is.)
  // ("The fund's chair, Marina Ruiz, said ...": an apposition the name rules read from the sentence's opening.)
  if (!name || namesCase(text, name) || /^[“"‘']/.test(text) || POINTING_OPENING.test(text) || /^The\s[^,]{1,40},\s\p{Lu}/u.test(text)) return text;
  const inTitle = [...new Set(allCases)].filter((c) => namesCase(title, c));
  if (inTitle.length === 1 && inTitle[0] === name) return text;
  const [first = "", second = ""] = text.split(" ");
  // ("Since August", "The island's ...": a function word opens the sentence; "Island Governor Norberto Janga",
  // "Anli Soilihi": a name or a title before one keeps its capitals.)
  const tags = lexiconTags(first);
  // ("Buyers of additional homes also pay ...": a word the lexicon does not know, no proper word by its form, before a
  // lower-case word, is a common noun too; lane precision15, the Welsh surcharge was asked with no country.)
  const unknownCommon = tags.length === 0 && !isProperWord(first) && /^\p{Ll}/u.test(second);
  const common = FUNCTION_OPENING.test(first) || unknownCommon || (tags.length > 0 && !tags.some((t) => /ProperNoun|Place|Country|City|Person|Name|Organization|Acronym|Demonym/.test(t)) && !/^\p{Lu}/u.test(second));
  // (A sentence that opens with a name is about that name, which questions ask from its opening; left as it is.)
  if (!common || isName(first) || /^\p{Lu}{2,}/u.test(first)) return text;
  return `In ${name}, ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

const FUNCTION_OPENING = /^(?:The|A|An|In|On|At|Since|By|For|From|After|Before|During|Over|Under|More|Less|Most|Some|Many|All|About|Around|Nearly|Almost|Roughly|Only|Every|Last|Next|Until|With|Without|When|While|Although|Because|As)$/;
const POINTING_OPENING = /^(?:It|Its|They|Their|He|She|His|Her|This|These|That|Those|Both|Each|Such|There|I|We|You|My|Our|Your)\b/;
