import { COMPANY_TAIL, findNameChunks, LEGAL_FORM } from "./find-name-chunks";
import { MONTHS } from "./calendar-names";
import { isCapitalisedCommonPlural, lexiconTags } from "./tag-words";
import { wordToNumber } from "./number-words";
import { hasWholeWord } from "./whole-word";

/**
 * The one company a sentence names, which a next sentence's bare "The company" means: "The application of Pacific
 * Reef Minerals Ltd. is refused. The company owes NZ$1.1 million" (strict reads M1 #30, Q1 #2, where a regulator's or
 * a ministry's statement left "the company" to a header that names no company). A company is a name with a legal
 * form or a company's head word ("Ltd.", "Corporation", "Airways"), a name an apposition calls a company or firm
 * ("Harbourline Payments, a mobile-money firm"), or one whose managers or shares the sentence speaks of ("SOCAFIB's
 * managing director"). Null when it names none, or two (then "the company" could be either).
 */

const NAME = String.raw`\p{Lu}[\p{L}\d&’'.-]*(?:\s(?:of\s|and\s|&\s)?\p{Lu}[\p{L}\d&’'.-]*){0,4}`;
const CALLED_COMPANY = new RegExp(String.raw`(?<![\p{L}’'-])(${NAME}),\s(?:a|an|the)\s(?:[\p{L}-]+\s){0,3}(?:company|firm|operator|developer|lender|insurer|miner|carrier|airline|group)\b`, "gu");
// "Nordgas Technik, a Danish maker of industrial gases", "Tesla, the US carmaker": a company more likely than not, but
// "Tom Hale, a veteran film producer" and "Ana Ruiz, a former policy maker" are people. Never a name to write in; only a
// sign that the sentence may name another company (`companyLikeNamesIn`).
const CALLED_MAKER = new RegExp(String.raw`(?<![\p{L}’'-])(${NAME}),\s(?:a|an|the)\s(?:[\p{L}-]+\s){0,3}(?:maker|manufacturer|producer|supplier|exporter|retailer|carmaker|drugmaker|startup|start-up)\b`, "gu");
const COMPANY_ROLE = new RegExp(String.raw`(?<![\p{L}’'-])(${NAME})['’]s\s(?:managing\sdirector|chief\sexecutive|chief\sfinancial\sofficer|CEO|CFO|chairman|chairwoman|board|shareholders|shares|subsidiary|parent\scompany)\b`, "gu");
const NOT_A_COMPANY = /^(?:The|A|An|In|On|At|It|Its|He|She|They|This|That)$|\b(?:Ministry|Government|Council|Commission|Authority|Agency|Department|Court|Parliament|Office|Board|Committee|Bank\sof|University|Police)\b/;

/**
 * The name without the words that open its sentence before it: an article, a preposition, a time ("On Monday
 * Harbourline Payments", "Yesterday Harbourline Payments"), or the plural a preposition phrase hangs on ("Shareholders
 * of Pacific Reef Minerals").
 */
export function withoutOpeners(name: string, before = ""): string {
  let rest = name;
  // (`before`: the sentence's words before the name, "In " of "In March Harbourline Payments" when the name starts after it.)
  let afterPreposition = lexiconTags(before.trim().split(" ").pop() ?? "").includes("Preposition");
  for (;;) {
    const [first = "", next = ""] = rest.split(" ");
    const tags = lexiconTags(first);
    // ("In March Harbourline Payments": the lexicon files "March" and "May" under no tag, the verb and the month both;
    // a month is an opener only after a preposition: "March Networks" and "May Mobility" are names.)
    const opener = /^(?:The|A|An)$/.test(first) || (afterPreposition && (MONTHS as readonly string[]).includes(first)) || tags.some((t) => /^(?:Preposition|Conjunction|Determiner|Pronoun|Adverb|Date|WeekDay|Month)$/.test(t));
    const cut = opener && next ? first.length + 1 : next === "of" && isCapitalisedCommonPlural(first) ? first.length + 4 : 0;
    if (!cut || cut >= rest.length) return rest;
    afterPreposition = tags.includes("Preposition");
    rest = rest.slice(cut);
  }
}

export function companyNamedIn(sentence: string | undefined): string | null {
  const distinct = companiesNamedIn(sentence);
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

/**
 * Every company a sentence names, each once ("Avaiki Deep Resources" and "Avaiki Deep Resources Ltd." are one): what a
 * next sentence's "The company" may mean ("Aerolusa Componentes, a maker of aircraft cabin parts, ...").
 */
export function companiesNamedIn(sentence: string | undefined): string[] {
  if (!sentence) return [];
  const names = new Set<string>();
  for (const c of findNameChunks(sentence)) {
    if (c.kind === "organisation" && (c.noun === "company" || c.noun === "airline" || LEGAL_FORM.test(` ${c.name}`))) names.add(withoutOpeners(c.name));
  }
  for (const m of [...sentence.matchAll(CALLED_COMPANY), ...sentence.matchAll(COMPANY_ROLE)]) names.add(withoutOpeners(m[1] ?? ""));
  const companies = [...names].filter((n) => n !== "" && !NOT_A_COMPANY.test(n));
  // (One name found twice, "Avaiki Deep Resources" and "Avaiki Deep Resources Ltd.", is one company.)
  return companies.filter((n) => !companies.some((o) => o !== n && o.startsWith(n)));
}

/**
 * Every name a sentence may mean as a company, sure or not: `companiesNamedIn` and the makers, producers and suppliers
 * in apposition, which may be people. For refusing a "The company" that could mean one of them, never for naming it.
 */
export function companyLikeNamesIn(sentence: string | undefined): string[] {
  if (!sentence) return [];
  const makers = [...sentence.matchAll(CALLED_MAKER)].map((m) => withoutOpeners(m[1] ?? "")).filter((n) => n !== "" && !NOT_A_COMPANY.test(n));
  return [...new Set([...companiesNamedIn(sentence), ...makers])];
}

/**
 * Whether `text` names the company whole, as words, its legal form aside: "Region Trafik AB" stands in "Region Trafik
 * will cut two routes" but not in "Region Västmark will spend ...", "Air India" not in "Air France said ..." (a shared
 * first word is another body). The one test of "this text already names this company", read two ways:
 * - by default (which company an article is about), the name is matched as written and only a legal form is read off,
 *   so "Acme Group" is not named by "Acme", which may be another body of the group;
 * - `{ withEnding: true }` (an option or a key that would be the prompt's own company, "Selkämeri Lämpö Oy" for a
 *   prompt naming "Selkämeri Lämpö"), the company must carry an ending, any company word ("Group", "Holdings") is
 *   read off, a name of three characters or more is matched in any case: the prompt's own words, however written, make
 *   such an option no wrong one, and such a key no question. (A name with no ending a caller tests as a whole.)
 *   Characters, not letters: "H&M", "A2A" and "K+S" are names of their own, and a prompt naming "H&M" gives away the
 *   key "H&M Group" and makes the option "H&M Group" no wrong one; "BP" of "BP plc" is still too short to be sure of.
 */
export function namesCompany(text: string, company: string, how: { withEnding?: boolean } = {}): boolean {
  if (!how.withEnding) {
    const name = company.replace(LEGAL_FORM, "").replace(/,$/, "");
    return name !== "" && hasWholeWord(text, name, true);
  }
  const name = company.replace(COMPANY_TAIL, "");
  return name !== company && name.length >= 3 && hasWholeWord(text, name);
}

/**
 * Whether two names are one company's: the same name, or one with a legal form after it ("Andes Air" and "Andes Air
 * S.A."). A shared first word is not enough: "Air France" and "Air Liquide" are two.
 */
export function sameCompany(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || (long.startsWith(`${short} `) && LEGAL_FORM.test(` ${long.slice(short.length).trim()}`))) return true;
  // "Palms Hotels Ltd." is "Three Palms Hotels": a number word that opens a name is read off as an opener.
  const [coreShort, coreLong] = [short, long].map((n) => n.replace(LEGAL_FORM, "")).sort((x, y) => x.length - y.length) as [string, string];
  return coreShort === coreLong || (coreLong.endsWith(` ${coreShort}`) && wordToNumber(coreLong.slice(0, -coreShort.length).trim()) !== null);
}
