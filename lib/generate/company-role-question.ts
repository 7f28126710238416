import { COMPANY_NOUNS } from "./build-question";

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
  if (at >= 0 && /\b(?:its|their)\s(?:\p{Ll}[\p{L}-]*\s){0,2}$/u.test(sentence.slice(0, at)) && !sentence.startsWith(company) && !new RegExp(String.raw`^The\s(?:${COMPANY_NOUNS})\b`).test(sentence)) return null;
  // ("Port William Fisheries’s" reads badly: a name ending in s is asked "the chief executive of ...".)
  return owned || /s$/.test(company) ? `Who is the ${office.toLowerCase()} of ${company}?` : `Who is ${company}’s ${office.toLowerCase()}?`;
}
