import { BODY_HEAD_SOURCE, PUBLIC_BODY_SOURCE } from "./body-nouns";
import { officeQuestion } from "./find-entity-facts";
import { REACTION_VERBS } from "./speech-verbs";

/**
 * "The Association of Flat Owners, which represents 900 landlords, criticised the plan. Its president, Mara Soler,
 * said ..." -> "Who was the president of the Association of Flat Owners in November 2026?" (an office, asked with its
 * date as the entity code asks one: chairs and chief executives change); "A study published last month by the Tarvel
 * Institute (TI) found that ... Its lead author, Ivo Brandt, says ..." -> "Who is the lead author of the study
 * published last month by the Tarvel Institute (TI)?". Whose the "Its" is, is the sentence before's subject, written
 * into the question, so the question carries what makes its answer one person. Null unless the sentence before opens
 * with a named body (or a study or report by one) followed by its verb, and the office is one a body has one holder of;
 * null too when the rest of that sentence names a second body, whose the "Its" may be ("... criticised the Water
 * Authority’s plan").
 */

/** Offices a body has one holder of at a time ("its president"), not one of many ("its researcher", "its member"). */
// ("Its director", "Its head", "Its manager" are left out: a plant, a project or a fund the sentence before names has
// one too, and "Its" may be that thing's.)
const BODY_OFFICE = /^(?:president|chair|chairman|chairwoman|chairperson|chief executive(?:\sofficer)?|executive director|director[\s-]general|secretary[\s-]general|general secretary|spokes(?:person|man|woman))$/;
/** What a study or report has one of. */
const AUTHOR_OFFICE = /^(?:(?:lead|senior|principal|first)\s)?author$/;
/** A name's words: capitalised, with lower-case particles between them ("Association des Consommateurs Haïtiens"). */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\d&.’'-]*(?:\s(?:(?:of|for|and|on|in|des|de|du|la|le|del|der|für)\s(?:the\s)?)?\p{Lu}[\p{L}\d&.’'-]*){0,7}`;
/**
 * The words that make a name a body's (a person or a place owns no "president" the question could name safely): the
 * heads of body-nouns.ts, firms' suffixes and foreign spellings.
 */
// (Not find-name-chunks' LEGAL_FORM: any word that makes a name a body's, a legal form among them.)
const BODY_WORD = new RegExp(String.raw`\b(?:${BODY_HEAD_SOURCE}|Associação|Asociación|Company|Club|Centre|Center|Cooperative|Co-operative|Network|Forum|Coalition|Group|Inc\.?|Ltd\.?|Corp\.?|PLC|plc|AG|SA|S\.A\.|GmbH|LLC)\b`);
/** A lead phrase before the subject: a dateline, "In a statement,", "On Monday,". */
const LEAD = /^(?:[A-Z][A-Z .'’-]{2,30}(?::|\s[-–—])\s+)?(?:(?:In|On|During|After|By|Since|Last|Earlier|Meanwhile|However)\b[^,]{0,60},\s+)?/;
/**
 * "The X (ABC)" or "X", then a ", which ...," aside, then a verb of what the body said or thought of something: the
 * sentence is the body's reaction, so the "Its" after it is the body's (after "X opened a plant", it may be the plant's).
 */
const BODY_SUBJECT = new RegExp(String.raw`^((?:The\s)?${NAME_WORDS}(?:\s\([\p{Lu}\p{L}\d&-]{2,10}\))?)(?:,\s(?:which|who)\s.+?,)?\s(?:has\s|have\s)?(?:${REACTION_VERBS.join("|")})\b`, "u");
/**
 * A body the rest of the sentence names, which may own the office as well: "the Water Authority", "(WA)", "the ministry";
 * the public bodies of body-nouns.ts and the firms, courts and parties a body's office may be of as well.
 */
const SECOND_BODY = new RegExp(String.raw`${BODY_WORD.source}|\(\p{Lu}[\p{L}\d&-]{1,9}\)|\b(?:the|a|an|its|their)\s(?:[\p{Ll}-]+\s)?(?:${PUBLIC_BODY_SOURCE}|department|bank|fund|university|party|court|government|company|firm|group|club|chamber|alliance|league|cooperative)\b`, "u");
/** "A study published last month by the X Institute (XI) found": a document by a named body. */
const DOCUMENT_SUBJECT = new RegExp(String.raw`^(?:A|An|The)\s((?:[a-z][\w-]*\s){0,2}(?:study|report|paper|review|analysis|survey|assessment)(?:\s(?:published|released|issued|commissioned)(?:\s(?:last|this)\s(?:week|month|year)|\son\s\p{Lu}\p{Ll}+)?)?\sby\s(?:the\s)?(?:[\p{Ll}-]+\s){0,3}${NAME_WORDS}(?:\s\([\p{Lu}\p{L}\d&-]{2,10}\))?)\s(?:found|finds|estimated|estimates|said|says|showed|shows|concluded|concludes|argued|argues|sets|set|put|puts|warned|warns|recommended|recommends)\b`, "u");
/** "Its president, Mara Soler, said" or "Its lead author, the glaciologist Ivo Brandt, said". */
const ITS_ROLE = /^Its\s((?:[a-z][\w-]*\s){0,2}[a-z][\w-]*),\s(?:the\s(?:[a-z][\w-]*\s){1,3})?(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){1,3}),/u;

/**
 * "Harbourline Payments said ..." after "... on Harbourline Payments Ltd, an electronic money institution, ...": a name
 * with no body's word is a body's when the article has named it as one before (`bodies`: the organisations entity
 * rules found in earlier sentences), as written or with its legal form after it.
 */
function namedBefore(body: string, bodies: ReadonlySet<string>): boolean {
  const name = body.replace(/^The\s/, "");
  return [...bodies].some((o) => o === name || o.startsWith(`${name} `));
}

export interface ItsRoleHolder {
  name: string;
  question: string;
}

/**
 * Who holds the office a sentence-initial "Its <office>, <Name>," names, asked with whose it is, and a body's office
 * with the date the article appeared (null when unclear).
 */
export function itsRoleHolder(sentence: string, previous: string | null, publishedAt: Date | null, bodies: ReadonlySet<string> = new Set()): ItsRoleHolder | null {
  const m = ITS_ROLE.exec(sentence);
  if (!m || !previous) return null;
  const role = m[1] ?? "";
  const name = m[2] ?? "";
  const clause = previous.replace(LEAD, "");
  if (AUTHOR_OFFICE.test(role)) {
    const doc = DOCUMENT_SUBJECT.exec(clause)?.[1];
    return doc ? { name, question: `Who is the ${role} of the ${doc}?` } : null;
  }
  if (!BODY_OFFICE.test(role)) return null;
  const subject = BODY_SUBJECT.exec(clause);
  const body = subject?.[1];
  // ("The plan, which the council backed, ..." is no body; "Tarvel Council" and "The Federation (TF)" are.)
  if (!subject || !body || !(BODY_WORD.test(body) || /\s\([\p{Lu}\p{L}\d&-]{2,10}\)$/u.test(body) || namedBefore(body, bodies))) return null;
  // A person of a body is no body: the words before "of" must be the body's ("Association of Flat Owners"). (A body
  // named after a place or a person, "The Victoria Harbour Authority", is a body: review 30 finding 9.)
  if (/\sof\s/.test(body) && !BODY_WORD.test(body.split(/\sof\s/)[0] ?? "")) return null;
  // ("The Danish Energy Agency and the Swedish Energy Agency said ...": two bodies, and "Its" is either one's.)
  if (body.split(/\sand\s(?:the\s)?/).filter((part) => BODY_WORD.test(part)).length > 1) return null;
  const rest = clause.slice(subject[0].length).split(/[.;]\s/)[0] ?? "";
  if (SECOND_BODY.test(rest) || [...bodies].some((o) => rest.includes(o))) return null;
  const question = officeQuestion(`${role} of ${body.replace(/^The\s/, "the ")}`, true, { publishedAt }, sentence, true);
  return question ? { name, question } : null;
}
