import { COMPANY_NOUNS } from "./build-question";
import { namesCompany, sameCompany } from "./company-named-in";

/**
 * Offices a company has one holder of: "chief executive", "chief financial officer", "managing director", "chairman",
 * "head of research". ("president" alone may be a country's; "director", "analyst", "chief of staff" have many holders
 * or an owner who is a person.)
 */
const COMPANY_OFFICE = new RegExp(
  String.raw`^(?:(?:group|deputy|joint)\s)?(?:chief\s(?:executive|financial|operating|technology|commercial|investment|marketing|scientific|medical|risk|information)(?:\sofficer)?|chief\seconomist|ceo|cfo|coo|(?:managing|finance|financial|commercial|technical|operations|sales|research)\sdirector|general\smanager|chairman|chairwoman|chairperson|head\sof\s[a-z]+(?:\s(?:and\s)?[a-z]+){0,2})$`,
  "i",
);
/** "president of the company", "chairman of the group": the office and, written in, that it is the company's. */
const OF_THE_COMPANY = new RegExp(String.raw`^(.+?)\sof\sthe\s(?:${COMPANY_NOUNS}|cooperative|co-operative|bank)$`, "i");

/** An opening before the subject: "On Monday, ", "REUTERS - " (as its-owner.ts reads one). */
const LEAD = /^(?:[A-Z][A-Z .'’-]{2,30}(?::|\s[-–—])\s+)?(?:(?:In|On|During|After|Since|Last|Earlier|Meanwhile|However)\b[^,]{0,60},\s+)?/;
/** A capitalised name: the company as written, which may be shorter than the stored one ("Marlow Foods" of "Marlow Foods Ltd"). */
const NAME = String.raw`\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*)*`;
/**
 * The company's nouns that name the story's company only: not "lender" (in a story of a loan, the bank) nor "group"
 * (a campaign group, a group of lenders), which this sentence alone cannot tell apart (review 32c finding 4).
 */
const OWN_COMPANY_NOUNS = COMPANY_NOUNS.split("|").filter((n) => n !== "lender" && n !== "group").join("|");
/**
 * What may come before a mid-sentence "its" that is the company's: the company said it ("Marlow Foods said on Monday
 * its ...", "The firm said that its ..."), or its shares moved after it ("Shares in Marlow Foods fell 6% after its ...":
 * one or two lower-case words, a figure or an adverb between, never a rival and its verb, review 32c finding 4).
 * Group 1 or 2 is the name, compared with the story's company as sameCompany reads it. Not "It said its ...": "It" may be the union the
 * sentence before named, which this sentence alone cannot tell (review 32b finding 6).
 */
const COMPANY_SAID_BEFORE_ITS = new RegExp(
  String.raw`^(?:(?:[Tt]he\s(?:${OWN_COMPANY_NOUNS}))|(${NAME}))\s(?:(?:has|had)\s)?(?:said|says|announced|confirmed|added|reported)(?:\s(?:on\s\p{Lu}\p{Ll}+|yesterday|today))?(?:\sthat)?\s$|^Shares\s(?:in|of)\s(${NAME})\s(?:\p{Ll}+\s){1,2}(?:[\d.,]+%\s|sharply\s|steeply\s)?(?:after|when|as)\s$`,
  "u",
);
const OPENING_COMPANY_NOUN = new RegExp(String.raw`^The\s(?:${OWN_COMPANY_NOUNS})\b`);
const THING_BEFORE_ITS = /\b(?:the|a|an|this|that|another|its|their)\s\p{Ll}/u;
const ITS_BEFORE_OFFICE = /\b(its|their)\s(?:\p{Ll}[\p{L}-]*\s){0,2}$/u;

/** Whether the text before a mid-sentence "its" makes it the company's (review 32b finding 6). */
function companyOwnsIts(before: string, company: string): boolean {
  const clause = before.replace(LEAD, "");
  const m = COMPANY_SAID_BEFORE_ITS.exec(clause);
  // ("Shares in X fell as the cannery closed after its ...": the cannery is nearer.)
  if (!m || (m[2] !== undefined && THING_BEFORE_ITS.test(clause))) return false;
  const name = m[1] ?? m[2];
  // ("Air France said its ..." in a story about Air Liquide: a shared first word is another company.)
  return name === undefined || sameCompany(name, company);
}

/**
 * Whether the article's company may be written in as the owner of a bare office ("The finance director, Per
 * Hallqvist, said ..."): it is the article's own subject, named in the title or the lede, or it is named in the prose
 * at or before the sentence and is the one body named so far. A company first named after the sentence, or only in a
 * table ("| Public transport (Y-linjen) | 910 | ..."), is never the owner: in a region's budget the finance director is
 * the region's, not that of an operator a later paragraph names five times (strict read, session 38).
 */
export function companyPlacedAsOwner(company: string, article: { title: string; lede: string; proseSoFar: readonly string[]; bodiesNamed: Iterable<string> }): boolean {
  const owner = companyOwnerReader(company, article);
  for (const prose of article.proseSoFar) owner.read(prose);
  return owner.placed(article.bodiesNamed);
}

/**
 * companyPlacedAsOwner for an article read in order: `read` each prose sentence as it comes, ask `placed` at any
 * sentence; the title, the lede and each sentence are read once (asking again over all the prose read so far cost a
 * pass per sentence).
 */
export function companyOwnerReader(company: string, article: { title: string; lede: string }): { read: (prose: string) => void; placed: (bodiesNamed: Iterable<string>) => boolean } {
  // (The whole name: "Region Trafik AB" is not named by "Region Västmark" of the title.)
  const upFront = namesCompany(article.title, company) || namesCompany(article.lede, company);
  let inProse = false;
  return {
    read: (prose) => {
      if (!upFront && !inProse) inProse = namesCompany(prose, company);
    },
    // ("Region Västmark ... Y-linjen ... The finance director": two bodies before, either may be its owner.)
    placed: (bodiesNamed) => upFront || (inProse && [...bodiesNamed].every((o) => company.includes(o) || o.includes(company) || sameCompany(o, company))),
  };
}

/**
 * "Chief executive Farhan Malik said ...", "..., said Farhan Malik, the chief financial officer": in an article about
 * one company (extract-facts.ts mainCompany) an officer's title with no owner in its sentence is that company's ->
 * "Who is Veltrax Pharma’s chief executive?", asked by the office, never by the quotation (readers reject "who
 * said ...?"). Null when the owner is unclear: another organisation in the sentence, a person's ("his chief of
 * staff"), an owner written after the title ("of Orlin Labs"), or a holder at another time ("former").
 */
export function mainCompanyRoleQuestion(
  sentence: string,
  person: { name: string; start: number; descriptor: string; company: string | null; otherOrganisations: string[] },
): string | null {
  const { company, descriptor } = person;
  if (!company || person.otherOrganisations.some((o) => o !== company && !company.includes(o) && !o.includes(company))) return null;
  const role = descriptor.trim().replace(/^(?:the|its|a|an)\s/i, "");
  const owned = OF_THE_COMPANY.exec(role);
  const office = owned?.[1] ?? role;
  if (!COMPANY_OFFICE.test(office) && !(owned && /^(?:president|chair|chairman|chairwoman)$/i.test(office))) return null;
  // ("His chief of staff", "Former chief executive", "the outgoing chairman": someone's, or held at another time.)
  if (/\b(?:former|ex-|then-|outgoing|incoming|interim|acting|late|his|her|their)\b/i.test(sentence)) return null;
  // ("chief executive of ESH", "the bank’s chairman": an owner the sentence writes by name is not assumed away.)
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(office.toLowerCase());
  if (at >= 0 && (/[’']s\s(?:\p{Ll}[\p{L}-]*\s){0,2}$/u.test(sentence.slice(0, at)) || /^,?\s(?:of|at|for|with)\s(?:the\s)?\p{Lu}/u.test(sentence.slice(at + office.length)))) return null;
  // "The plant will employ 400 people, its managing director, X, said": a mid-sentence "its" is the nearest thing's (the
  // plant's, a joint venture's), so the company is its owner only when the sentence opens with it.
  // The company said it, or its shares moved after it, are the exceptions (review 32b finding 6).
  // A thing named between the opening company and "its" is nearer ("Orlin Fisheries said the cannery and its ...").
  const its = at >= 0 ? ITS_BEFORE_OFFICE.exec(sentence.slice(0, at)) : null;
  const opening = sentence.startsWith(company) ? company.length : (OPENING_COMPANY_NOUN.exec(sentence)?.[0].length ?? -1);
  const opensOwner = its !== null && opening >= 0 && !THING_BEFORE_ITS.test(sentence.slice(opening, its.index));
  if (its && !opensOwner && !(its[1] === "its" && companyOwnsIts(sentence.slice(0, its.index), company))) return null;
  // ("Port William Fisheries’s" reads badly: a name ending in s is asked "the chief executive of ...".)
  return owned || /s$/.test(company) ? `Who is the ${office.toLowerCase()} of ${company}?` : `Who is ${company}’s ${office.toLowerCase()}?`;
}
