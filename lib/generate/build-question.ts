import { MONTH_NAME_SOURCE, MONTH_SOURCE, WEEKDAY_SOURCE, WEEKDAYS } from "./calendar-names";
import { stripDateline } from "./datelines";
import { ASIDE_QUALIFIERS, NOT_AFTER_NEGATION, QUALIFIERS_DROPPED_BEFORE_BLANK, ROUGH_QUALIFIERS, qualifierAlternation } from "./figure-qualifiers";
import { findNameChunks } from "./find-name-chunks";
import { markListCommas } from "./list-members";
import type { ValueSpan } from "./find-value-spans";
import { doSupport, isParticipleOfVerb, isPastLikeBase, isPresentOfVerb } from "./do-support";
import { formatDate, resolveRelativeDates } from "./resolve-dates";
import { foldAsGrowth, valueWh, whForUnit } from "./value-questions";
import { changeBindsToSubject, changeOwnerClause, opensClause } from "./change-owner";
import { FALL_VERBS, LOSE_VERBS, RISE_VERBS, verbWordPattern } from "./change-verbs";
import { remembered } from "./remembered";
import { ARTICLES, DEMONSTRATIVES, POSSESSIVES, PREPOSITIONS, QUESTION_AUX, isAuxiliary, isCapitalisedCommonPlural, isCopula, isFiniteVerb, isPastParticiple, isProperWord, lexiconTags, wordListPattern } from "./tag-words";

export interface QuestionContext {
  sentence: string;
  publishedAt: Date | null;
  /** Surname of the last person named before this sentence, for "he"/"she". */
  lastPerson: string | null;
  /** The article's two main countries, to say whose "bilateral trade" is meant. */
  mainPlaces: [string, string] | null;
  /** A proper-name subject of the previous sentence, for a sentence-initial "It". */
  referent?: string | null;
  /** The name an article's title opens with ("BepiColombo"), for "the mission" and "the spacecraft". */
  mission?: string | null;
  /** The dateline city of a local story that also says "the city" ("Toronto"). */
  city?: string | null;
  /** The company the article is about, for "the company" ("Veltrax Pharma"). */
  company?: string | null;
  /** "his June 2024 visit to Vietnam": the visit the previous sentence was about. */
  lastVisit?: string | null;
  /** Words the article writes in lower case elsewhere, so a sentence-initial "Revenue" is lowered in a question. */
  commonWords?: Set<string>;
  /** Capitalised words the article writes mid-sentence and never in lower case ("Hearts"): names, kept capitalised. */
  midSentenceNames?: Set<string>;
}

export interface BuiltQuestion {
  question: string;
  /** The clause the question was built from, relative dates resolved. */
  clause: string;
  time: string | null;
  measure: string;
  direction: "rise" | "decline" | null;
}

export const M = "\u0001";
const QUALIFIER_BEFORE = new RegExp(String.raw`${NOT_AFTER_NEGATION}\b(?:${qualifierAlternation(QUALIFIERS_DROPPED_BEFORE_BLANK)})\s+\u0001`, "i");
const ROUGH_QUALIFIER = new RegExp(qualifierAlternation(ROUGH_QUALIFIERS));
/** What an article about one company calls it: "the airline" in a story about Andes Air is Andes Air. */
export const COMPANY_NOUNS = "company|firm|group|drugmaker|airline|carrier|carmaker|automaker|retailer|miner|lender|insurer|manufacturer";
export const DISCOURSE = /^(?:Together|Indeed|However|For instance|For example|Overall|Meanwhile|Moreover|Furthermore|In addition|Also|Still|But|And|Yet|Similarly|In this light|That said|Besides|Thus|Hence|Instead|In fact|Notably),?\s+/;
const LEAD_ATTRIBUTION = /^([A-Z][^,“”"\u0001]{2,70}?)\s+(?:showed|shows|said|says|noted|notes|found|finds|estimated|estimates|reported|reports)(?:\s+that)?\s+/;
// "The Commission reminds the public that ...": what the clause after "that" says is the Commission's statement.
/** "Yawa Dossou, a geographer at the University of Lomé, estimates that ...": a named source and its description. */
const DESCRIBED_ATTRIBUTION = /^(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){1,3}),\s+(?:a|an|the)\s[^,“”"\u0001]{2,80},\s+(?:said|says|noted|notes|found|finds|estimated|estimates|calculated|calculates|reckons|reckoned)\s+that\s+/u;
const REMINDS_THAT = /^([A-Z][^,“”"\u0001]{2,70}?)\s+(?:reminds|reminded|informs|informed|assures|assured|told|tells|warns|warned|announced|announces|confirmed|confirms|stated|states)(?:\s+(?:the\s+)?(?:public|reporters|journalists|members|parliament|the media|residents|voters|customers|investors))?\s+that\s+/;
export const TRAIL_ATTRIBUTION = /,\s*(?:according to\s+([^,“”"\u0001]{2,80})|([^,“”"\u0001]{2,80}?)\s+(?:said|says|reported|reports|noted|added|estimated|told\s[^,“”"\u0001]{2,60}))\.?$/;
/** A list's comma, written in place while a reader cuts a clause at the other commas, and restored after. */
const LIST_COMMA = "\u0002";
// "In a trial of 1,850 patients, ...": a comma inside a number does not end the adjunct.
const LEAD_ADJUNCT = /^((?:In|On|As of|Since|During|After|Before|By|At|From|Amid|Over|Following|Until|Within)\s(?:[^,]|,(?=\d{3})){1,80}),\s+/;
/**
 * "Since 2019 it has spent ...", "In 2024 the club paid ...": a year that opens the sentence with no comma after it, then
 * the clause's own subject (a pronoun or "the"'s noun). ("In 2025 terms", "By 2030 levels" go on with a noun of the
 * phrase, and stay; "In 2025 its programmes reached ..." says not whose, and stays unread. A capitalised word is not
 * read: it may be the phrase's own, "In 2025 US dollars the dam cost ...", "In 2022 World Cup qualifying Ghana ...",
 * and a name read as the subject there is lowercased downstream, "How much did arsenal pay ...".)
 */
const LEAD_YEAR_NO_COMMA = new RegExp(String.raw`^((?:In|Since|By|During)\s(?:the end of\s)?(?:(?:${MONTH_NAME_SOURCE})\s)?(?:19|20)\d{2})\s+(?=(?:it|they|he|she|we|the)\s)`, "u");
// Leading phrases that add no time or place: dropped rather than carried into the question.
const LEAD_NOISE = /^(?:(?:With|As shown in|As a part of|As part of|Despite|Given|Amid|Because of|Due to|Thanks to)\s[^,\u0001]{1,140}|while\s[^,\u0001]{1,140}|[Ww]hile\s[^,]{1,160}(?=,\s[^,]*\u0001)),\s+/;
const TIME_RE = new RegExp(String.raw`\b(?:in|on|since|as of|by|during)\s+(?:(?:\d{1,2}\s)?(?:${MONTH_NAME_SOURCE})\s)?(?:19|20)\d{2}\b|\bin the first (?:three|six|nine) months of (?:19|20)\d{2}\b`, "i");
const DIRECTION_WORDS: Record<string, ["rise" | "decline", string]> = {
  decline: ["decline", "decline"], decrease: ["decline", "decrease"], drop: ["decline", "drop"], fall: ["decline", "fall"],
  contraction: ["decline", "contract"], plunge: ["decline", "plunge"], slump: ["decline", "fall"],
  rise: ["rise", "rise"], increase: ["rise", "increase"], jump: ["rise", "jump"], gain: ["rise", "grow"], growth: ["rise", "grow"],
};
const GERUND_DIRECTION: Record<string, ["rise" | "decline", string]> = {
  rising: ["rise", "rise"], growing: ["rise", "grow"], increasing: ["rise", "increase"], jumping: ["rise", "jump"],
  falling: ["decline", "fall"], declining: ["decline", "decline"], dropping: ["decline", "drop"], decreasing: ["decline", "decrease"], shrinking: ["decline", "shrink"],
};

export function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\s+([,.?;:])/g, "$1")
    .replace(/,\s*,/g, ",")
    .replace(/,\s*\?/g, "?")
    .replace(/\(\s*\)/g, "")
    .trim();
}

export function lowerFirst(text: string, names?: Set<string>): string {
  const [first = "", second = "", third = ""] = text.split(" ");
  // "Hearts", written with a capital in mid-sentence elsewhere in the article, is a name.
  // ("Lumen’s" and "Tonal." at the end of an attribution are the names "Lumen" and "Tonal".)
  if (names?.has(first) || names?.has(first.replace(/[.,;:]+$/, "").replace(/[’']s$/u, ""))) return text;
  // "Two-way trade", "Year-on-year growth": a compound of common words, capitalised only to open the sentence.
  if (/^\p{Lu}\p{Ll}+-\p{Ll}/u.test(first)) return text.charAt(0).toLowerCase() + text.slice(1);
  // "Rhumeries de Karukera’s", "Banco do Brasil": a name's particle between two capitalised words.
  if (/^(?:de|del|della|da|do|dos|das|du|des|di|van|von|der|den|la|le)$/.test(second) && /^\p{Lu}/u.test(third) && !/^(?:The|A|An)$/.test(first)) return text;
  // "Chief Financial Officer Claire Dubois" is a title before a name, not a sentence start.
  if (/^\p{Lu}/u.test(second) && !/^(?:The|A|An|Each|Every|All|Both|Some|Most|Its|Their|His|Her|This|That|These|Those)$/.test(first)) return text;
  return isProperWord(first) && !isCapitalisedCommonPlural(first) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A company's own figures ("Revenue rose 4%"): whose they are, only a company named with them says. */
const COMPANY_FIGURE_SOURCE = "sales|revenue|revenues|profit|income|earnings";
/** Words that open a company's figure ("Net income", "Operating profit"). */
const FIGURE_QUALIFIER_SOURCE = "net|operating|total|annual";
const capitalised = (source: string) => source.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, first: string) => bar + first.toUpperCase());
/** "Net Sales" or "Net sales" opening a sentence: a company's figure, not a name. */
const COMPANY_FIGURE_OPENING = new RegExp(String.raw`^(?:(?:${capitalised(FIGURE_QUALIFIER_SOURCE)})\s)?(?:${capitalised(COMPANY_FIGURE_SOURCE)})$|^(?:${capitalised(FIGURE_QUALIFIER_SOURCE)})\s(?:${COMPANY_FIGURE_SOURCE})$`);
/** A company's figure, with one word before it ("quarterly revenue") or none, or its shares. */
const COMPANY_FIGURE = new RegExp(String.raw`^(?:[A-Za-z][a-z-]*\s)?(?:${COMPANY_FIGURE_SOURCE}|shares)$`);

/**
 * Nouns that name a measure ("Revenue", "Exports"), a company's figures among them, and the words that open one:
 * capitalised only to open a sentence, lowered mid-question.
 */
const MEASURE_OPENING = new RegExp(String.raw`^(?:${COMPANY_FIGURE_SOURCE}|profits|${FIGURE_QUALIFIER_SOURCE}|exports|imports|output|production|deliveries|shipments|turnover|volumes?|spending|prices|inflation|unemployment|employment|traffic|attendance|investment|trade|demand|consumption|margins?|costs|debt|orders|bookings|ridership|arrivals|visitors|passengers|emissions|losses|dividends?|assets|deposits|loans|wages|rents|tourism|shares|occupancy|capacity|population|enrolment|enrollment|yields?|gross|average|median)$`);

/**
 * A subject moved mid-question: "Revenue" (a measure, or a noun the article writes in lower case elsewhere) is lowered;
 * names and acronyms keep their capitals ("Total SA", "GDP", a word the article capitalises mid-sentence).
 */
export function lowerOpeningNoun(subject: string, ctx: QuestionContext): string {
  const [first = "", second = ""] = subject.split(" ");
  const common = MEASURE_OPENING.test(first.toLowerCase()) || (ctx.commonWords?.has(first.toLowerCase()) && lexiconTags(first).every((t) => /^(?:Noun|Singular|Plural|Uncountable)$/.test(t)));
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && common && !ctx.midSentenceNames?.has(first) && !/^\p{Lu}/u.test(second)) return first.toLowerCase() + subject.slice(first.length);
  return lowerFirst(subject, ctx.midSentenceNames);
}

/** Whether a stretch of words holds a verb of its own ("JPSCo must pay the customer") and so is a clause. */
function hasFiniteVerb(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, ""));
  return words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isFiniteVerb(w, words[i - 1]));
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opens = (before.match(/\u201c/g) ?? []).length;
  const closes = (before.match(/\u201d/g) ?? []).length;
  return opens > closes || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** Adds "between Vietnam and Russia" when a trade figure's subject does not say whose trade it is. */
function withOwners(subject: string, ctx: QuestionContext): string {
  if (!ctx.mainPlaces) return subject;
  // "the revised agreement" says as little as "bilateral trade" about whose it is.
  const agreement = /^the\s+(?:[a-z-]+\s+){0,2}(?:agreement|deal|pact|treaty)$/i.test(subject);
  if (!agreement && !/\b(?:bilateral|mutual)\s+(?:trade|relations|investment)|^(?:trade|trade turnover|trade volumes?)$/i.test(subject)) return subject;
  if (/\p{Lu}/u.test(subject.replace(/^\p{Lu}/u, ""))) return subject;
  return `${subject} between ${ctx.mainPlaces[0]} and ${ctx.mainPlaces[1]}`;
}

export function findTime(text: string): string | null {
  const m = TIME_RE.exec(text);
  return m ? m[0].replace(/^(In|On|Since|As of|By|During)\b/, (w) => w.toLowerCase()) : null;
}

export interface Parsed {
  subject: string;
  verbGroup: string[];
  rest: string;
}

/**
 * "The stadium cost M", "Kenyan farmers grow M of ...": a present or bare verb the lexicon files under nouns is
 * still the verb when the value follows it at once (a noun before a figure would take "of": "a cost of M").
 */
function isVerbBeforeValue(word: string, previous: string | undefined, next: string[]): boolean {
  const [a = "", b = ""] = next;
  if (!a.startsWith(M) && !(/^(?:by|to)$/.test(a) && b.startsWith(M))) return false;
  if (!/^[a-z]{3,}$/.test(word) || /^(?:of|the|and|or|for|with|than|from|at|in|on|to|by|about|around|some|nearly|almost|only|just|over|under|per|each|all|its|their|his|her|our|that|which|who|between|among|after|before|since|until|into|onto|up|down|as)$/.test(word)) return false;
  if (/^(?:the|a|an|its|their|his|her|of|to|not|will|would|can|could|may|might|should|must|do|does|did|and|or|new)$/i.test(previous ?? "") || /\d/.test(previous ?? "")) return false;
  if (/^(?:worth|each|apiece|alone|only|more|less|fewer|total|last|next|this)$/.test(word)) return false;
  const tags = lexiconTags(word);
  if (tags.some((t) => /Adjective|Preposition|Determiner|Conjunction|Adverb|Value/.test(t)) || lexiconTags(previous ?? "").includes("Adjective")) return false;
  // "officers", "members": an -s word is a verb when the lexicon says so ("grows") or when it is the present tense
  // of a verb compromise conjugates back to it ("carries", "reaches") and no adjective or figure precedes it.
  return !/[^s]s$/.test(word) || tags.includes("PresentTense") || isPresentOfVerb(word);
}

// (Module functions, not closures made per word: the clause parser runs on every word of every clause.)
/**
 * A verb found only by the value after it needs a plain subject: no comma, no second clause before it. Nor is it the
 * verb when a verb follows in the same phrase: "A detector 19 miles before the bridge recorded ...".
 */
function verbBeforeValueAt(words: string[], i: number, clean: string): boolean {
  // The value test first: it fails at once for almost every word, while the comma test joins all the words before.
  return isVerbBeforeValue(clean, words[i - 1], words.slice(i + 1, i + 3)) && !words.slice(0, i).join(" ").includes(",") && !verbAfter(words, i);
}

function verbAfter(words: string[], i: number): boolean {
  const phrase = words.slice(i + 1).join(" ").split(/[,;]/)[0]?.split(" ") ?? [];
  return phrase.some((x, k) => k > 0 && !/^(?:and|or|but|that|which|who|then|to)$/i.test(phrase[k - 1] ?? "") && isFiniteVerb(x.replace(/[^\p{L}]/gu, ""), phrase[k - 1]));
}

/**
 * A capitalised word mid-sentence is a name or a heading ("About WaterBridge International Founded in 1998"), and
 * "A study led by X, published in Y, compared ..." has its verb later: "led by" is a reduced relative.
 */
function reducedRelativeAt(words: string[], i: number, clean: string): boolean {
  return words[i + 1] === "by" && isPastParticiple(clean) && !isAuxiliary(words[i - 1] ?? "") && words.slice(i + 2).some((x, k) => /,$/.test(words[i + 1 + k] ?? "") && isFiniteVerb(x.replace(/[^\p{L}]/gu, ""), words[i + 1 + k]));
}

/** Words after which a word is no verb: a determiner's or a preposition's noun, a modal's infinitive. */
const NO_VERB_AFTER = wordListPattern([...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES, ...PREPOSITIONS, "into", "and", "or", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "not", "no", "each", "every", "per"], "i");
/** (Not "that", a conjunction as often: "cut that the ...".) */
const OBJECT_OPENER = wordListPattern([...ARTICLES, ...POSSESSIVES, "this", "these", "those"]);

/**
 * "The drought cut the nut harvest by a tenth": a past written as its infinitive ("cut", "set", "hit") is the verb
 * when a noun stands before it, a determiner opens its object, and only the value would otherwise make a verb of the
 * object's noun ("harvest by M"). After a determiner, a preposition, a figure or an adjective it is a noun: "a deep cut
 * in rates", "the set of rules". Elsewhere the word is left to the readers it had (strict read AI0).
 */
function pastLikeBaseAt(words: string[], i: number, clean: string): boolean {
  const previous = (words[i - 1] ?? "").replace(/[^\p{L}\d'’-]/gu, "");
  if (!OBJECT_OPENER.test(words[i + 1] ?? "") || previous === "" || /[,;:]$/.test(words[i - 1] ?? "")) return false;
  if (NO_VERB_AFTER.test(previous) || /\d/.test(previous) || lexiconTags(previous.toLowerCase()).includes("Adjective")) return false;
  if (!isPastLikeBase(clean)) return false;
  for (let j = i + 2; j < words.length && !/[,;:]$/.test(words[j - 1] ?? ""); j++) {
    const next = (words[j] ?? "").replace(/[^\p{L}'’-]/gu, "");
    if (isFiniteVerb(next, words[j - 1])) return false;
    if (verbBeforeValueAt(words, j, next)) return true;
  }
  return false;
}

/** Splits a clause into subject, verb group (auxiliaries, adverbs, main verb) and the rest. */
export const parseClause: (clause: string) => Readonly<Parsed> | null = remembered(parseClauseOnce);

function parseClauseOnce(clause: string): Parsed | null {
  const words = clause.split(" ");
  let depth = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? "";
    if (w.startsWith("(")) depth++;
    const clean = w.replace(/[^\p{L}'’-]/gu, "");
    if (depth === 0 && w === clean && /^\p{Ll}/u.test(clean) && (isFiniteVerb(clean, words[i - 1]?.replace(/[^\p{L}]/gu, "")) || pastLikeBaseAt(words, i, clean) || verbBeforeValueAt(words, i, clean)) && !reducedRelativeAt(words, i, clean)) {
      const group = [clean];
      let j = i + 1;
      // auxiliary + adverbs + participle/infinitive: "were signed", "has already offered", "will achieve"
      if (isAuxiliary(clean)) {
        // "had last been inspected": "last", "first" are adverbs here only before a participle ("had last year" is not).
        while (j < words.length && (/^[a-z]+ly$|^(not|already|also|still|just|never|recently)$/.test(words[j] ?? "") || (/^(?:last|first)$/.test(words[j] ?? "") && isPastParticiple(words[j + 1] ?? "")))) group.push(words[j++] ?? "");
        const next = words[j] ?? "";
        // ("had cut", "has kept": a participle no "-ed" shows, after the perfect's "have".)
        if (/^[a-z]+$/.test(next) && (isPastParticiple(next) || /^(will|would|can|could|may|might|should|must)$/.test(clean.toLowerCase()) || (/^(?:has|have|had)$/i.test(clean) && isParticipleOfVerb(next)))) group.push(words[j++] ?? "");
      }
      const subject = words.slice(0, i).join(" ");
      // Adverbs before the verb belong to the verb group: "trade dramatically increased".
      const subjWords = subject.split(" ");
      const adverbs: string[] = [];
      while (subjWords.length > 1 && /^[a-z]+ly$|^(also|already|still|just|recently)$/.test(subjWords[subjWords.length - 1] ?? "")) adverbs.unshift(subjWords.pop() ?? "");
      // "WaterBridge works with 14 partners and employs ...": a subject ending in "and" holds a verb not recognised.
      if (/[,;:]$/.test(subjWords.join(" ")) || /\s(?:and|or|but)$/.test(subjWords.join(" "))) return null;
      return { subject: subjWords.join(" "), verbGroup: Object.freeze([...adverbs, ...group]) as string[], rest: words.slice(j).join(" ") };
    }
    if (w.endsWith(")")) depth = Math.max(0, depth - 1);
  }
  return null;
}

/** The clause's last verb word: "signed" in "were signed", "includes". */
function lastVerbOf(p: Parsed): string {
  return p.verbGroup[p.verbGroup.length - 1] ?? "";
}

/** "did Vietnam sign", "was bilateral trade", "were ... signed" */
export function invert(p: Parsed, subject: string): string | null {
  const adverbs = p.verbGroup.filter((w, i) => i < p.verbGroup.length - 1 && /ly$|^(also|already|still|just|recently|not|never|last|first)$/.test(w));
  const core = p.verbGroup.filter((w) => !adverbs.includes(w));
  const head = core[0] ?? "";
  if (!head) return null;
  if (isAuxiliary(head) && core.length > 1) return `${head.toLowerCase()} ${subject} ${[...adverbs, ...core.slice(1)].join(" ")}`;
  if (isCopula(head)) return `${head.toLowerCase()} ${subject}${adverbs.length ? " " + adverbs.join(" ") : ""}`;
  const { aux, infinitive } = doSupport(head, subject);
  return `${aux} ${subject}${adverbs.length ? " " + adverbs.join(" ") : ""} ${infinitive}`;
}

const ON_WEEKDAY_UNDATED = new RegExp(String.raw`\bon (${WEEKDAY_SOURCE})\b(?: (?:morning|afternoon|evening|night)\b)?(?! \()`);

/** "did ... rise on Wednesday" read months later: the Wednesday on or before publication, as a date. */
function datedWeekday(question: string, publishedAt: Date | null): string {
  if (!publishedAt || !/\b(?:did|was|were)\b/.test(question)) return question;
  // ("on Sunday evening" is "on 15 November 2026", not "on 15 November 2026 evening".)
  return question.replace(ON_WEEKDAY_UNDATED, (_all, day: string) => {
    const back = (publishedAt.getUTCDay() - (WEEKDAYS as readonly string[]).indexOf(day) + 7) % 7;
    const d = new Date(publishedAt.getTime() - back * 86400000);
    return `on ${formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() })}`;
  });
}

export function finish(question: string, tail: string[]): string | null {
  let q = tidy(question.replace(/[.;:,]+$/, ""));
  // "according to Veltrax Pharma" adds nothing to a question that already names Veltrax Pharma.
  for (const t of tail) {
    const source = t.toLowerCase().replace(/^according to\s+/, "");
    if (t && !q.toLowerCase().includes(t.toLowerCase()) && !(source.includes(" ") && q.toLowerCase().includes(source))) q += `, ${t}`;
  }
  q = upperFirst(tidy(q.replace(/[.;:]+$/, ""))) + "?";
  q = q.replace(/\?+$/, "?").replace(/,\s*\?$/, "?");
  if (q.includes(M) || /\bthen-\s|['’]s\s*\?|\b(?:a|an|the|of|to|in|by)\?$/.test(q) || q.length < 20 || q.length > 240) return null;
  if ((q.match(/[“”"]/g) ?? []).length % 2 === 1 || /[“”]/.test(q)) return null;
  // "employ 650 people there", "in the same period": words that point back to a sentence the learner does not see.
  if (/\bthe same (?:period|time|month|quarter|year)\b/.test(q) || /(?<!\b(?:is|are|was|were|will)\s)\bthere\b(?!\s+(?:is|are|was|were|be)\b)/.test(q)) return null;
  return q;
}

/** Builds a wh-question that asks for the value in `span`, or null when no sound one can be built. */
export function buildQuestion(span: ValueSpan, ctx: QuestionContext): BuiltQuestion | null {
  return asShare(withBoundInQuestion(buildQuestionFor(span, ctx), span), span);
}

/** "about a third" answers "What share of its electricity ...?", not "What percentage ...?". */
function asShare(built: BuiltQuestion | null, span: ValueSpan): BuiltQuestion | null {
  if (!built || !span.unit.startsWith("fraction")) return built;
  return { ...built, question: built.question.replace(/\b([Bb]y (?:roughly )?)what percentage\b/, "$1what fraction").replace(/\b([Ww])hat percentage\b/, "$1hat share") };
}

/**
 * "More than 80 companies ..." asked "How many companies ...?" would make 80 wrong-looking: the bound stays with
 * its value in the question ("More than how many companies ...?"); the answer stays the bare figure, as written.
 */
const AUX_WORD = wordListPattern(QUESTION_AUX);

function withBoundInQuestion(built: BuiltQuestion | null, span: ValueSpan): BuiltQuestion | null {
  const bound = span.qualifier && /^(?:more than|over|at least|up to|less than|fewer than)$/.test(span.qualifier) ? span.qualifier : null;
  if (!built || !bound) return built;
  // ("More than how many ...?" reads as garbled, strict reads: "what number of" and "what amount" are noun phrases a
  // bound can take. "How many were ...?" has no noun for "what number of" and is left to the cloze.)
  if (/^How long\b/.test(built.question) && span.kind === "duration") return { ...built, question: `For ${bound} what number of ${span.unit}s${built.question.slice("How long".length)}` };
  const many = /^How many\s(\S+)/.exec(built.question);
  if (many) {
    // ("How many of the world's ... volcanoes" is a part of a whole: "More than what number of the world's ...", not
    // "... number of of"; "how many times higher" and "How many attended" have no noun for "what number of".)
    const next = many[1] ?? "";
    const rest = built.question.slice("How many".length);
    if (next === "of") return { ...built, question: `${upperFirst(bound)} what number${rest}` };
    if (AUX_WORD.test(next) || next === "times" || isFiniteVerb(next, "many")) return null;
    return { ...built, question: `${upperFirst(bound)} what number of${rest}` };
  }
  if (/^How much\b/.test(built.question)) return { ...built, question: `${upperFirst(bound)} what amount${built.question.slice("How much".length)}` };
  if (/^By what percentage\b/.test(built.question)) return { ...built, question: `By ${bound} what percentage${built.question.slice("By what percentage".length)}` };
  // No wh-phrase carries the bound: the question would state an exact figure the article does not give.
  return null;
}

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const APPOSITIVE_IN_PHRASE_RE = /\p{Ll}[\p{L}’'-]*\s+(?:for|of|to|from|with|by|at)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\p{L}’'\s-]{2,50},\s+$/u;
const WHICH_NAMED_RE = new RegExp(`\\b((?:the\\s)?\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,4})(?:,\\s+[^,\u0001]{3,60})?,\\s+which\\s+((?:will|would|has|have|had|is|are|was|were)\\s+[a-z]+\\s+[^\u0001,]*\u0001.*)$`, "u");
const APPOSITIVE_VALUE_RE = new RegExp(`,\\s+(?:a|an)\\s+(?:annual\\s+)?${M}`);
const APPOSITIVE_RE = new RegExp(`^(.*?),\\s+(?:a|an)\\s+(?:annual\\s+)?${M}\\s+(\\w+)`);
const UP_FROM_RE = new RegExp(`^(.*?),\\s+(up|down)\\s+(?:by\\s+)?${M}(?:\\s+(?:from|on|compared with|year on year)\\b[^,]*)?$`);
const WITH_RISING_RE = new RegExp(`\\bwith\\s+(.+?)\\s+(rising|growing|increasing|jumping|falling|declining|dropping|decreasing|shrinking)\\s+by\\s+(?:an annual\\s+|a\\s+)?${M}`);
const WITH_REGISTER_RE = new RegExp(`\\bwith\\s+(.+?)\\s+(?:registering|recording|posting|seeing|showing|suffering)\\s+(?:a|an)\\s+${M}\\s+(\\w+)`);
const VALUE_AFTER_DETERMINER_RE = new RegExp(`^(?:a|an|the|his|her|its|their)\\s+${M}`);
const RELATIVE_RE = new RegExp(`\\bthe ((?:[\\w-]+ ){0,3}[\\w-]+) that ((?:the\\s|[A-Z])[^,\u0001]*?)\\s+(?:in|on)\\s+${M}`);
const FOUNDED_RE = new RegExp(`^((?:The\\s)?[A-Z][^,\u0001]{2,60}?),\\s+(founded|established|created|formed|set up|launched|opened|built)\\s+(?:only\\s+|just\\s+)?(?:in\\s+)?${M},`);
const WITH_COUNT_RE = new RegExp(`^((?:The\\s)?\\p{Lu}[\\p{L}’'-]*(?:\\s\\p{Lu}[\\p{L}’'-]*){0,3}),\\s+with\\s+${M}\\s+([a-z]+),`, "u");
const VALUE_OF_RE = new RegExp(`${M} of\\b`);
const OF_VALUE_RE = new RegExp(`^((?:\\p{Lu}[\\w-]*\\s)?to\\s[a-z]+\\s)?((?:[a-z][\\w-]*\\s){0,3}[a-z][\\w-]*)\\s+of\\s+${M}`, "u");
const TO_SHARE_RE = new RegExp(`^to\\s+${M}\\s+of\\s+((?:the\\s)?[a-z][\\w-]*)`);
const KEPT_AT_RE = new RegExp(`^((?:its|their|the)\\s+(?:[a-z][\\w-]*\\s){0,3}[a-z][\\w-]*)\\s+at\\s+${M}`);
const SHARE_OF_RE = new RegExp(`^${M} of (?!it\\b|them\\b|this\\b|that\\b|those\\b|these\\b)[\\w’']`);
const AT_A_NOUN_OF_VALUE_RE = new RegExp(`^at (?:a|an) ([a-z]+) of ${M}`);
const A_VALUE_NOUN_RE = new RegExp(`^(?:a|an) ${M} [a-z]`);
const WORTH_VALUE_RE = new RegExp(`^(?:a|an|the)?\\s*(?:[\\w-]+\\s){1,4}worth ${M}`);
const NP_RE = new RegExp(`^(?:(?:a|an) ${M} ((?:[\\w-]+\\s){0,3}?[a-z][\\w-]*)(?=\\s(?:for|to|in|on|from|with|over|that|by)\\b|$)|(?:a|an|the)?\\s*((?:[\\w-]+\\s){1,4})worth ${M})`);
const FOR_VALUE_RE = new RegExp(`\\bfor\\s+${M}`);
const IN_ON_VALUE_RE = new RegExp(`\\b(?:in|on)\\s+${M}`);
/** "on Jan. 15", "on 3 March", "on Tuesday": a day that a verb already has, before another date in its clause. */
const DATE_ON_BEFORE = new RegExp(`\\bon\\s+(?:(?:${MONTH_SOURCE})\\.?\\s+\\d|\\d{1,2}\\s+(?:${MONTH_SOURCE})\\b|(?:${WEEKDAY_SOURCE})\\b)`);
const BARE_VALUE_RE = new RegExp(`(?<=\\s|^)${M}`);
const CENTURY_RE = new RegExp(`\\bin the ${M} century`);
/** "is a Bahraini company founded in M", "is the operator, set up in M": the participle the date belongs to. */
const COPULA_FOUNDED_RE = new RegExp(`^(?:a|an|the)\\s[^,\u0001]{0,60}?\\b(founded|established|set up|created|formed|incorporated)\\s+(?:in\\s+)?${M}`);
/**
 * What may follow "How many tonnes is the plant's capacity": a preposition's phrase, a frequency, an aside, an
 * adjective or participle of the predicate ("was travelling at", "is due to", "was born in"); a past participle there
 * describes the value ("is 10 fils returned for every can") and is no such.
 */
const COPULA_REST_OK = /^(?:[,(]|(?:in|on|at|from|to|for|by|of|above|below|under|over|after|before|since|during|between|inside|outside|near|within|across|per|than|according|until|each|every|as|worth|long|wide|high|deep|tall|old|ahead|behind|short|up|down|higher|lower|larger|smaller|bigger|more|less|fewer|away|apart|due|likely|set|expected|scheduled|planned|slated|able|ready|born|[a-z]+ing)\b|(?:a|an)\s(?:year|month|week|day|hour|minute|second|season|game|match)\b)/;
/** Nouns whose size a count states: "the fleet is 60 drones", "the staff is 46 employees". */
const SIZED_NOUN = /^(?:capacity|fleet|staff|workforce|crew|total|number|size|population|membership|network|portfolio|output|production|headcount|attendance|crowd|audience|enrolment|enrollment|turnout|electorate|squad|team|intake|strength|rate|volume|volumes|speed|length|range|load|density|count|tally)$/i;
const NAMED_RE = new RegExp(`\\bthe ${M}\\s+((?:[A-Z][\\w-]*,?\\s*(?:(?:on|of|and|for|the)\\s+)*)+)`);

// A change verb, then "from <old value> to" in the same clause ("ranging from $5 to $10" is a range, not a change).
const CHANGED_TO_RE = /\b(?:rose|fell|grew|cut|(?:rais|lower|reduc|increas|decreas|climb|dropp|jump|slash|doubl|halv|trimm)ed)\s+(?:[^\s,;]+\s+){0,6}?from\s+[^\s,;]+(?:\s+(?:million|billion|per\s+[a-z]+|a\s+[a-z]+))?\s+to\s+$/;

const THOUSANDS_COMMA = /(?<=\d),(?=\d{3}\b)/g;

function buildQuestionFor(span: ValueSpan, ctx: QuestionContext): BuiltQuestion | null {
  const s = ctx.sentence;
  // "higher in 2024 than in 2011": the year after "than" is what the fact is compared with, not when it happened.
  if (span.kind === "date" && /\bthan\s+(?:in\s+|on\s+)?$/.test(s.slice(0, span.start))) return null;
  // "the buyback of a Eurobond due in 2028": the year says when the bond falls due, not when the buyback happened.
  if (span.kind === "date" && /\b(?:due|maturing|expiring|redeemable|payable)\s+(?:in\s+|on\s+|by\s+)?$/.test(s.slice(0, span.start))) return null;
  const quoted = span.kind === "count" ? quotedCountQuestion(span, ctx) : null;
  if (quoted) return quoted;
  if (insideQuote(s, span.start) && !/\bto\s*$/.test(s.slice(0, span.start))) return null;
  // "by 7% to 9%": one end of a range is not a fact a question can ask for alone.
  // Only the same kind of value makes a range: "rose 11% to CHF 12.4 billion" is a change and its result.
  const rangeEnd = span.kind === "percent" ? (span.unit === "pp" ? /^\s*(?:to|-|–|and)\s*\d[\d.]*\s*percentage point/ : /^\s*(?:to|-|–|and)\s*\d[\d.]*\s*(?:%|percent|per cent)/) : span.kind === "money" ? /^\s*(?:to|-|–|and)\s*(?:[A-Z]{0,3}\s?[$€£¥]|[A-Z]{3}\s)?\d/ : /^\s*(?:to|-|–|and)\s*\d/;
  const rangeStart = span.kind === "percent" ? /\d(?:\.\d+)?\s*(?:%|percent|per cent)?\s*(?:to|-|–)\s*$/ : span.kind === "money" ? /[$€£¥]\s?\d[\d.,]*(?:\s(?:million|billion|trillion))?\s*(?:to|-|–)\s*$/ : /\d\s*(?:to|-|–)\s*$/;
  // "raised the fee from US$7 to US$10": the second figure of a change is its new value, asked with the old one kept.
  const changedTo = CHANGED_TO_RE.test(s.slice(0, span.start));
  if (rangeEnd.test(s.slice(span.end)) || (rangeStart.test(s.slice(0, span.start)) && !changedTo && !(span.kind === "money" && /%\s*to\s*$/.test(s.slice(0, span.start))))) return null;
  let text = stripDateline(s.slice(0, span.start) + M + s.slice(span.end));
  const opening = /^(\p{Lu}\p{Ll}+)(?=\s(?!\p{Lu}))/u.exec(text)?.[1];
  // Only a noun is lowered: "As of ...", "For instance, ..." keep the capital the adjunct patterns look for.
  if (opening && ctx.commonWords?.has(opening.toLowerCase()) && lexiconTags(opening).every((t) => /^(?:Noun|Singular|Plural|Uncountable)$/.test(t))) text = opening.toLowerCase() + text.slice(opening.length);
  text = text.replace(QUALIFIER_BEFORE, M);
  const approx = span.qualifier && ROUGH_QUALIFIER.test(span.qualifier) ? "roughly " : "";
  // "by the end of next year" resolves to "by the end of in 2027", "From next year" to "From in 2027": the year needs no
  // second preposition.
  const grown = foldAsGrowth(resolveRelativeDates(text, ctx.publishedAt).replace(/\s+/g, " ").replace(/\b(of|[Ff]rom|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter) in ((?:19|20)\d{2})\b/g, "$1 $2").trim(), span);
  if (grown === null) return null;
  // "released its report today on Oct. 3": a clause that keeps "today" beside the date asked for names two times for one
  // act; "did the firm today launch ...?" asks from an unknown day (a release's "today" is its dateline's day, which the
  // question has dropped). The sentence stays a cloze or a completion, which keep the clause as written.
  // ("up from 410 today" after the clause is a comparison's other end, and stays.)
  if (/\b(?:today|yesterday|tomorrow|tonight)\s+\p{Ll}/iu.test(grown)) return null;
  text = grown;

  // Attribution: "Vietnam's statistics showed ...", "..., TASS said."
  const attributions: string[] = [];
  const quotedBy = /\b(?:[A-Z]\w+\s+)?quoted\s+(the [^,“”]+?|[A-Z][^,“”]+?)\s+as saying\b/.exec(text);
  if (quotedBy) attributions.push(`according to ${quotedBy[1]}`);
  text = text.replace(/,?\s*as quoted by ([^,.]+)[,.]?/, (_a, who: string) => {
    attributions.push(`according to ${who}`);
    return " ";
  });
  const trail = TRAIL_ATTRIBUTION.exec(text);
  if (trail && !trail[0].includes(M)) {
    const who = (trail[1] ?? trail[2] ?? "").trim();
    if (!/^(he|she|they|it|we|I)$/i.test(who) && !/\bas he\b/.test(who)) attributions.push(`according to ${lowerFirst(who, ctx.midSentenceNames)}`);
    text = text.slice(0, trail.index);
  }
  if (ctx.company) for (let i = 0; i < attributions.length; i++) attributions[i] = (attributions[i] ?? "").replace(new RegExp(`^according to the (?:[\\w-]+ )?(?:${COMPANY_NOUNS})$`), `according to ${ctx.company}`);
  // "according to city staff" says whose only with the city's name.
  if (ctx.city) for (let i = 0; i < attributions.length; i++) attributions[i] = (attributions[i] ?? "").replace(/^according to (?:the )?city (staff|officials|hall)$/, `according to ${ctx.city} city $1`);
  text = text.replace(DISCOURSE, "");
  const lead = LEAD_ATTRIBUTION.exec(text) ?? REMINDS_THAT.exec(text) ?? DESCRIBED_ATTRIBUTION.exec(text);
  if (lead && !lead[0].includes(M) && (lead[1] ?? "").split(" ").length <= 9 && !/^(?:he|she|they|it|we|I)$/i.test(lead[1] ?? "")) {
    attributions.push(`according to ${lowerFirst(lead[1] ?? "", ctx.midSentenceNames)}`);
    text = upperFirst(text.slice(lead[0].length));
  }
  text = text.replace(/[.!]$/, "");
  const sentenceTime = findTime(text.replace(M, ""));

  // Target figures: "raising trade volumes to US $10 billion by 2025", "expansion of our trade turnover to US$15 billion by 2030"
  const target = span.kind === "money" ? /(?:^|\s)([\w’'\- ]{3,60}?)\s+to\s+\u0001\s+by\s+((?:19|20)\d{2})/.exec(text) : null;
  if (span.kind === "money" && target) {
    let measure = (target[1] ?? "").split(/\b(?:raising|raise|boost|boosting|expand|expanding|expansion of|increase|increasing|lift|lifting|grow|growing|of)\b/).pop() ?? "";
    measure = measure.replace(/^\s*(?:our|their|its|the|his|her)\s+/i, "").trim();
    if (measure.split(" ").length >= 1 && measure.length > 3) {
      measure = withOwners(measure, ctx);
      const q = finish(`What target was set for ${measure} by ${target[2]}`, attributions);
      return q ? { question: q, clause: text, time: `by ${target[2]}`, measure, direction: null } : null;
    }
  }
  if (insideQuote(s, span.start)) return null;

  const special = shareQuestion(span, text, approx, attributions) ?? rankQuestion(span, text, attributions) ?? anniversaryQuestion(span, text) ?? scoreQuestion(span, text, ctx.publishedAt) ?? toBeatQuestion(span, text, ctx.publishedAt) ?? existentialQuestion(span, text, approx, attributions) ?? nominalChangeQuestion(span, text, approx, attributions, ctx);
  if (special) return special;

  text = relativeClauseOfName(text);
  // Pick the clause holding the value.
  // (", although the mill shipped ...": a concessive clause has its own subject, and its figures are its own.)
  const clauses = text.split(/;\s+|,?\s+(?:while|whereas)\s+|,\s+(?:but|although|though|even though)\s+/);
  let clause = clauses.find((c) => c.includes(M)) ?? text;
  const mainClause = clauses[0] ?? text;
  // "... is the Toronto Transit Commission, the city’s transit agency, which will receive $1.6 billion" -> the named
  // antecedent is the subject of the value's clause.
  const whichNamed = WHICH_NAMED_RE.exec(clause);
  // "the buses for the transport company, JSP Skopje, which would cost M": a name that is itself the aside of a noun
  // in a prepositional phrase may not be what "which" means (the buses cost M): the value is then not asked.
  if (whichNamed && APPOSITIVE_IN_PHRASE_RE.test(clause.slice(0, whichNamed.index))) return null;
  // "Where it fails to meet a Guaranteed Standard, JPSCo must pay compensation, which will double": "which" is the
  // compensation, not the name; an "aside" with a verb of its own is a clause, and an indefinite name no antecedent.
  if (whichNamed && (/\b(?:a|an)\s+$/i.test(clause.slice(0, whichNamed.index)) || hasFiniteVerb(whichNamed[0].slice((whichNamed[1] ?? "").length).replace(/,\s+which\s[\s\S]*$/, "")))) return null;
  if (whichNamed && (span.kind === "money" || span.kind === "count") && !(whichNamed[1] ?? "").includes(" and ")) clause = `${upperFirst(whichNamed[1] ?? "")} ${whichNamed[2]}`;
  clause = clause.replace(/,\s+(?:during which|which|who|where|when|as|after which)\b.*$/, "").trim();
  clause = clause.replace(DISCOURSE, "");
  // "while X did A, Y did B": keep the half that holds the value.
  const whileHead = /^[Ww]hile\s+([^,]+),\s+(.+)$/.exec(clause);
  if (whileHead) clause = (whileHead[1] ?? "").includes(M) ? upperFirst(whileHead[1] ?? "") : (whileHead[2] ?? "");
  // "When Stockholm introduced a charge in 2007, residents opposed it": the value is the leading clause's fact; an
  // "If ..." clause states none.
  const subordinateHead = /^(When|After|Once|If|Unless)\s+([^,]+),\s+(.+)$/.exec(clause);
  if (subordinateHead && (subordinateHead[2] ?? "").includes(M) && parseClause(subordinateHead[2] ?? "")) {
    if (/^(?:If|Unless)$/.test(subordinateHead[1] ?? "")) return null;
    clause = upperFirst(subordinateHead[2] ?? "");
  }
  clause = clause.replace(LEAD_NOISE, "");
  clause = splitCoordinated(clause);
  // Appositives after the value's clause ("..., a 35.4 percent decline") belong to other facts.
  // ("on drying sheds, a grading centre and nurseries": a list's member is no appositive.)
  if (!APPOSITIVE_VALUE_RE.test(clause)) clause = markListCommas(clause, LIST_COMMA).replace(/,\s+(?:a|an)\s+[^,\u0001\u0002]*$/, "").replaceAll(LIST_COMMA, ",");

  // Percent as an appositive: "trade reached US$3.5 billion in 2022, a 35.4 percent decline from the previous year"
  const appositive = APPOSITIVE_RE.exec(clause);
  if (span.kind === "percent" && appositive && DIRECTION_WORDS[appositive[2] ?? ""]) {
    const [direction, verb] = DIRECTION_WORDS[appositive[2] ?? ""] ?? ["rise", "rise"];
    // The change is the subject's only when it follows the subject's own level, in the same clause.
    const owner = changeOwnerClause(appositive[1] ?? "");
    const main = owner === null ? null : parseClause(stripLeadAdjunct(owner).clause);
    if (!main || !changeBindsToSubject(main.verbGroup, main.rest, direction)) return null;
    const subject = withOwners(lowerOpeningNoun(main.subject, ctx), ctx);
    const time = findTime(appositive[1] ?? "") ?? sentenceTime;
    const q = finish(`${whForUnit(`By ${approx}what percentage`, span)} did ${subject} ${verb}${time ? " " + time : ""}`, attributions);
    return q ? { question: q, clause, time, measure: subject, direction } : null;
  }
  // "trade reached US$7.8 billion last year, up 12% from 2024" -> "By what percentage did trade rise in 2025?"
  const upFrom = UP_FROM_RE.exec(clause);
  if (span.kind === "percent" && upFrom) {
    // "Sales fell 4%, although the mill shipped 90,000 tonnes, up 11%": the 11% is the tonnes', never the sales'.
    const owner = changeOwnerClause(upFrom[1] ?? "");
    const main = owner === null ? null : parseClause(stripLeadAdjunct(owner).clause);
    if (!main || main.subject.includes(M) || resolvePronoun(main.subject, ctx) === null || !/^\p{Lu}|^[a-z]/u.test(main.subject)) return null;
    if (!changeBindsToSubject(main.verbGroup, main.rest, upFrom[2] === "up" ? "rise" : "decline")) return null;
    const subject = withOwners(lowerOpeningNoun(resolvePronoun(main.subject, ctx) ?? "", ctx), ctx);
    const time = findTime(upFrom[1] ?? "") ?? sentenceTime;
    const verb = upFrom[2] === "up" ? "rise" : "fall";
    const q = finish(`${whForUnit(`By ${approx}what percentage`, span)} did ${subject} ${verb}${time ? " " + time : ""}`, attributions);
    return q ? { question: q, clause, time, measure: subject, direction: upFrom[2] === "up" ? "rise" : "decline" } : null;
  }
  // Absolute "with" phrases: "with bilateral trade rising by an annual 24% in 2024", "with exports registering a nearly 50 percent decrease"
  const withRising = WITH_RISING_RE.exec(clause);
  const withRegister = WITH_REGISTER_RE.exec(clause);
  if (span.kind === "percent" && (withRising || withRegister)) {
    const [direction, verb] = withRising
      ? (GERUND_DIRECTION[withRising[2] ?? ""] ?? ["rise", "rise"])
      : (DIRECTION_WORDS[withRegister?.[2] ?? ""] ?? [null, null]);
    if (!direction || !verb) return null;
    const subject = withOwners(lowerFirst((withRising?.[1] ?? withRegister?.[1] ?? "").trim()), ctx);
    const after = clause.slice((withRising ?? withRegister)!.index + (withRising ?? withRegister)![0].length);
    const time = findTime(after) ?? findTime(mainClause.replace(M, "")) ?? sentenceTime;
    const q = finish(`${whForUnit(`By ${approx}what percentage`, span)} did ${subject} ${verb}${time ? " " + time : ""}`, attributions);
    return q ? { question: q, clause, time, measure: subject, direction } : null;
  }

  const stripped = stripLeadAdjunct(clause);
  const adjunct = stripped.adjunct;
  const core = stripped.clause.replace(/^(?:however|indeed|also),?\s+/i, "").replace(/\s+and\s+[a-z]+ed\b[^\u0001]*$/, "");
  const time = findTime(core.replace(M, "")) ?? (adjunct && findTime(adjunct)) ?? null;
  // "In Chile" after the question is "in Chile": lowerFirst keeps a capital before a name, a preposition never does.
  const tail = [adjunct && !adjunct.includes(M) ? lowerFirst(adjunct).replace(/^(?:In|On|At|As|Since|During|After|Before|By|From|Over|Until|Following|Amid)\b/, (w) => w.toLowerCase()) : "", ...attributions];

  // A date in the leading adjunct: "In August 2023, Vietnam launched ..." -> "When did Vietnam launch ...?"
  if (span.kind === "date" && adjunct?.includes(M)) {
    if (!/^(?:In|On)\s+\u0001$/.test(adjunct) && !(span.relative && adjunct === M)) return null;
    const p = parseClause(core);
    if (!p) return null;
    const inv = invert(p, lowerFirst(resolvePronoun(p.subject, ctx) ?? "", ctx.midSentenceNames));
    if (!inv || !resolvePronoun(p.subject, ctx)) return null;
    const rest = trimRest(p.rest);
    if (rest.kind === "unsureList") return null;
    const q = finish(`${dateWh(span)} ${inv} ${rest.text}`, attributions);
    return q ? { question: q, clause: core, time: null, measure: p.rest, direction: null } : null;
  }

  // Durations: ask about the thing that lasted. "Chernyshenko concluded his official visit to Hanoi on ... How long was the visit?"
  if (span.kind === "duration" && span.noun && core.includes(`${M} ${span.noun}`)) {
    const p = parseClause(core);
    if (p && !VALUE_AFTER_DETERMINER_RE.test(p.rest)) return null;
    const subject = p ? resolvePronoun(p.subject, ctx) : null;
    if (!p || !subject) return null;
    const rest = trimRest(p.rest.replace(`${M} `, ""));
    if (rest.kind === "unsureList") return null;
    const statement = tidy(`${subject} ${p.verbGroup.join(" ")} ${rest.text}`);
    // "a 10-year capital plan worth $59 billion": the noun ends before "worth", and a plan the budget "includes" is.
    const headNoun = span.noun.replace(/^(?:official|new|first|direct|planned)\s+/, "").replace(/\s+(?:worth|of|for|to|with)$/, "");
    const lead = adjunct && !adjunct.includes(M) ? `${adjunct}, ${lowerFirst(statement)}` : upperFirst(statement);
    const tense = doSupport(lastVerbOf(p), p.subject).aux === "did" ? "was" : "is";
    const q = finish(`${lead}. How long ${tense} the ${headNoun}`, attributions);
    return q && !/^(He|She|They|It)\b/.test(q) ? { question: q, clause: core, time, measure: span.noun, direction: null } : null;
  }

  // A date in an object relative clause: "the strong-mayor powers that the province of Ontario granted to Toronto
  // in 2023" -> "In which year did the province of Ontario grant the strong-mayor powers to Toronto?"
  const relative = RELATIVE_RE.exec(core);
  if (span.kind === "date" && relative) {
    const inner = parseClause(upperFirst(relative[2] ?? ""));
    const innerSubject = inner ? lowerFirst(inner.subject) : "";
    const inv = inner && inner.verbGroup.length === 1 && !/\b(?:he|she|it|they|we)\b/i.test(innerSubject) ? invert(inner, innerSubject) : null;
    if (inner && inv) {
      const q = finish(`${dateWh(span)} ${inv} the ${relative[1]} ${inner.rest}`, attributions);
      return q ? { question: q, clause: relative[0], time: null, measure: relative[1] ?? "", direction: null } : null;
    }
  }

  // "The Green Future party, founded only last year, won ..." -> "In which year was the Green Future party founded?"
  const founded = FOUNDED_RE.exec(core);
  if (span.kind === "date" && founded && !/\b(?:he|she|it|they)\b/i.test(founded[1] ?? "")) {
    const q = finish(`${dateWh(span)} was ${lowerFirst(founded[1] ?? "")} ${founded[2]}`, attributions);
    return q ? { question: q, clause: founded[0], time: null, measure: founded[1] ?? "", direction: null } : null;
  }
  // "Toronto, with 3.1 million residents, is ..." -> "How many residents does Toronto have?"
  const withCount = WITH_COUNT_RE.exec(core);
  if (span.kind === "count" && withCount && withCount[2] === span.noun) {
    const q = finish(`${approx ? "Roughly how" : "How"} many ${span.noun} does ${lowerFirst(withCount[1] ?? "")} have`, attributions);
    return q ? { question: q, clause: withCount[0], time: null, measure: span.noun, direction: null } : null;
  }
  const p = coordinatedPredicate(parseClause(withoutAsides(core)));
  if (!p || /^(?:In|On|At|During|After|Before|For|With|By|From|Since|Under|Over|Of|To|As|Led)\s/.test(p.subject)) return null;
  // No comma or second clause inside a subject ("cities that break these rules, such as Edinburgh, whose voters ...",
  // "a former ambassador to Kenya, she"), and no bare possessive ("Gothenburg’s raised"): only a list ("A, B and C")
  // or the short aside coordinatedPredicate adds ("X, which holds ...,") may keep a comma.
  // ("The 16,500-square-metre plant": a thousands comma is part of its number, no clause's.)
  const subjectCommas = p.subject.replace(THOUSANDS_COMMA, "");
  if (/['’]s$/.test(p.subject) || (subjectCommas.includes(",") && !/^(?:[^,]+,\s)+[^,]+\s(?:and|or)\s[^,]+$/.test(subjectCommas) && !/^[^,]+, which [^,]+,$/.test(subjectCommas))) return null;
  // "A target to cut the time it takes ...": a subject ending in a pronoun holds a clause ("the time (that) it").
  if (/\s(?:it|he|she|they|we|you)$/.test(p.subject)) return null;
  let subjectText = resolvePronoun(p.subject, ctx);
  if (!subjectText) return null;

  // Value inside the subject: "Some 11 agreements were signed ...", "83 percent of Vietnamese citizens had ..."
  if (p.subject.includes(M)) {
    let wh: string | null = null;
    let subj = p.subject;
    if (span.kind === "count" && span.noun && subj.includes(`${M} ${span.noun}`)) {
      wh = `${approx ? "Roughly how" : "How"} many ${span.noun}`;
      subj = subj.replace(`${M} ${span.noun}`, M);
    } else if (span.kind === "percent" && VALUE_OF_RE.test(subj)) {
      wh = `${approx ? "Roughly what" : "What"} percentage`;
    }
    if (!wh || !/^(?:the\s+)?\u0001/i.test(subj)) return null;
    subj = subj.replace(/^(?:the\s+)?\u0001/i, wh);
    const measure = span.kind === "count" ? (span.noun ?? "") : subj.replace(wh, "").replace(/^ of /, "");
    const trimmed = trimRest(p.rest);
    if (trimmed.kind === "unsureList") return null;
    const restText = ctx.lastPerson ? trimmed.text.replace(/\b(?:he|she)\b/, ctx.lastPerson) : trimmed.text;
    if (/\b(?:he|she|they)\b/.test(restText)) return null;
    const q = finish(`${subj} ${p.verbGroup.join(" ")} ${restText}`, tail);
    return q ? { question: q, clause: core, time, measure, direction: null } : null;
  }

  // Value after the verb: move a wh-phrase to the front and invert. The value must sit in the part the
  // question keeps, not in a relative clause ("a pact that came into force in 2004") or a trailing phrase.
  // ("... gets its water from a plant that | cost M": the verb found is a relative clause's, the subject a clause.)
  if (/\s(?:that|which|who)$/.test(p.subject)) return null;
  // An unsure list in the predicate refuses every question built from its words (the one from a founding date after
  // "is", which uses none of them, is still asked); the checks below read the untrimmed words.
  const trimmed = trimRest(p.rest);
  let unsureList = trimmed.kind === "unsureList";
  let rest = trimmed.kind === "rest" ? trimmed.text : p.rest;
  // "agreed to increase flights ... and to let workers stay for up to ten years": the value belongs to the second
  // infinitive, which alone is asked ("... agree to let workers stay ...?"), never the first.
  const secondInfinitive = new RegExp(`^to\\s[a-z]+\\b[^${M}]*?\\s+and\\s+(to\\s[a-z]+\\b[^${M}]*${M}.*)$`).exec(rest);
  if (secondInfinitive) rest = secondInfinitive[1] ?? rest;
  // Nor in a subordinate clause: "fell 23% after generic versions went on sale last year" does not date the fall.
  // ("until M", "after M" right before the value are its preposition, not a clause.)
  if (!rest.includes(M) || /\b(?:that|which|who|whose|where|when|after|before|because|although|though|once|until|unless|if|as)\b/.test(rest.slice(0, rest.indexOf(M)).replace(/\b(?:until|after|before)\s+$/, ""))) return null;
  // "Delays mean five planes ordered for 2026 will arrive only in 2027": a second verb before the value opens a clause
  // of its own, which the inverted main verb would garble.
  if (/\b(?:will|would|can|could|should|may|might|must)\s+[a-z]+/.test(rest.slice(0, rest.indexOf(M)))) return null;
  // "will reduce supply to A by 10% from May, and to the others by 5%", "present a strategy next year, and the assembly
  // votes on M": after ", and" the value is a second part's, which the first part's words would mis-describe.
  // ("on Trade, Economic, and Technical Cooperation in M" is a list inside a name, and stays.)
  const afterAnd = /,\s+and\s+(.*)$/.exec(rest.slice(0, rest.indexOf(M)))?.[1];
  if (afterAnd !== undefined && (/^\p{Ll}/u.test(afterAnd) || parseClause(`${afterAnd}${M}`) !== null)) return null;
  let wh: string | null = null;
  // "Sales rose 11%": whose sales only the article says; named when it is about one company, else refused.
  // ("Revenue" or "Net income" opening a sentence is the common noun: lowered, it needs a company as well.)
  const commonOpening = COMPANY_FIGURE_OPENING.test(subjectText);
  if (commonOpening) subjectText = subjectText.charAt(0).toLowerCase() + subjectText.slice(1);
  if (COMPANY_FIGURE.test(lowerFirst(subjectText)) && !/^\p{Lu}/u.test(lowerFirst(subjectText))) {
    if (!ctx.company) return null;
    // ("The shares rose 6.2%": the owner's possessive takes the article's place, "X’s shares", never "X’s the shares"
    // (strict read U0 #33).)
    subjectText = `${ctx.company}’s ${lowerFirst(subjectText).replace(/^(?:the|its|their)\s+/i, "")}`;
  }
  // "sales of its older diabetes pill Glucara": the name says whose; "its" would only puzzle.
  const subject = withOwners(lowerOpeningNoun(subjectText, ctx), ctx).replace(/\b(?:its|their)\s+(?=(?:[a-z][\w-]*\s){0,3}\p{Lu})/u, "the ");
  const mainVerb = (p.verbGroup[p.verbGroup.length - 1] ?? "").toLowerCase();
  // "expects Memorel to reach peak annual sales of $6 billion": the noun may follow an object and an infinitive.
  const ofValue = OF_VALUE_RE.exec(rest);
  const toShare = TO_SHARE_RE.exec(rest);
  const keptAt = KEPT_AT_RE.exec(rest);
  if (span.kind === "percent" && rest.includes(`by ${M}`)) {
    // "Ferry traffic fell in 2026 but timber exports rose by 12%": a clause of its own before "by M" owns the change.
    if (opensClause(rest.slice(0, rest.indexOf(`by ${M}`)))) return null;
    wh = `By ${approx}what percentage`;
    rest = rest.replace(`by ${M}`, "");
  } else if (span.kind === "percent" && rest.startsWith(M) && DIRECTION_VERBS.test(mainVerb) && !rest.startsWith(`${M} of `)) {
    // "Sales rose 11% to ..." -> "By what percentage did sales rise to ...?"
    wh = `By ${approx}what percentage`;
    rest = rest.slice(M.length);
  } else if (span.kind === "percent" && toShare && DIRECTION_VERBS.test(mainVerb)) {
    // "The Moderates fell to 3.2% of the vote" -> "To what percentage of the vote did the Moderates fall?"
    wh = `To ${approx}what percentage of ${toShare[1]}`;
    rest = rest.slice(toShare[0].length);
  } else if (span.kind === "percent" && keptAt && /^(?:kept|held|left|set|raised|cut|lowered|fixed|capped|keeps|holds)$/.test(mainVerb)) {
    // "kept its main interest rate at 1.75 percent" -> "At what level did the central bank keep its main interest rate?"
    wh = "At what level";
    rest = `${keptAt[1]}${rest.slice(keptAt[0].length)}`;
  } else if ((span.kind === "money" || span.kind === "percent") && ofValue && !/^(?:a|an|the|its|their|his|her)$/.test(ofValue[2] ?? "")) {
    // "reach peak annual sales of $6 billion" -> "What peak annual sales does ... reach?"
    const noun = (ofValue[2] ?? "").replace(/^(?:a|an|the|its|their|his|her)\s+/, "");
    // "has paid medical students a stipend of M": a determiner inside is an object before the noun, no part of it.
    if (/\b(?:a|an|the|its|their|his|her)\b/.test(noun)) return null;
    wh = `${approx ? "Roughly what" : "What"} ${noun}`;
    rest = `${ofValue[1] ?? ""}${rest.slice(ofValue[0].length)}`;
    // "the buyback of USD 900 million of a Eurobond": a second "of" after the value would dangle.
    if (/^\s*of\b/.test(rest)) return null;
  } else if (span.kind === "percent" && SHARE_OF_RE.test(rest)) {
    // "China buys nearly 40% of Chile’s exports" -> "Roughly what percentage of Chile’s exports does China buy?"
    // "after 5,000 charging cycles": a thousands comma is part of a word here, never where the phrase is cut.
    const word = "(?:[^,\\s]|,(?=\\d{3}))+";
    // ("41% of the ball but eight shots on target": "but" opens a second object, never part of the share's noun.)
    const stop = "in|on|by|to|from|at|since|last|this|after|before|during|for|with|compared|than|but";
    // The whole ends where the phrase does (a comma, the end, a preposition), never inside it ("after 5,000 | cycles").
    const whole = new RegExp(`^${M} of ((?:the\\s)?${word}(?:\\s(?!(?:${stop})\\b)${word}){0,4})(?=$|,|\\s(?:${stop})\\b)`).exec(rest);
    if (!whole) return null;
    wh = `${approx ? "Roughly what" : "What"} percentage of ${whole[1] ?? ""}`;
    rest = rest.slice(whole[0].length);
  } else if (AT_A_NOUN_OF_VALUE_RE.test(rest)) {
    // "circle the planet at a height of 480 kilometres" -> "At what height will the European orbiter circle the planet?"
    const at = new RegExp(`^at (?:a|an) ([a-z]+) of ${M}(?:\\s+${span.kind === "count" ? (span.noun ?? "") : ""})?`).exec(rest);
    wh = `At what ${at?.[1] ?? ""}`;
    rest = rest.slice(at?.[0].length ?? 0);
  } else if (span.kind === "money" && infinitiveBefore(rest) !== null && new RegExp(`^${infinitiveBefore(rest)} ${M}`).test(rest)) {
    // "agreed to contribute $680 million over three years" -> "How much did ... agree to contribute over three years?"
    wh = `${approx ? "Roughly how" : "How"} much`;
    rest = rest.replace(` ${M}`, "");
  } else if (span.kind === "money" && (A_VALUE_NOUN_RE.test(rest) || WORTH_VALUE_RE.test(rest))) {
    // "approved an $18.9 billion operating budget", "includes a capital plan worth $59 billion" -> "What was the value of the ... that X approved?"
    const np = NP_RE.exec(rest);
    const noun = (np?.[1] ?? np?.[2] ?? "").trim();
    const after = rest.slice(np?.[0].length ?? 0).trim();
    const statement = invert(p, subject);
    if (!np || !noun || !statement) return null;
    const tense = /^(?:did|was|were|had)\b/.test(statement) ? "was" : "is";
    const clauseText = `${subject} ${p.verbGroup.join(" ")}`.replace(/\s+/g, " ");
    if (unsureList) return null;
    const q = finish(`What ${tense} the value of the ${noun} ${after.startsWith("for ") ? `${after.split(/\s+(?=on|in|to)\b/)[0]} ` : ""}that ${clauseText} ${after.startsWith("for ") ? after.slice((after.split(/\s+(?=on|in|to)\b/)[0] ?? "").length) : after}`, tail);
    return q ? { question: q, clause: core, time, measure: noun, direction: null } : null;
  } else if (span.kind === "money") {
    if (rest.startsWith(M) || rest.startsWith(`worth ${M}`)) wh = `${approx ? "Roughly how" : "How"} much`;
    else if (rest.includes(`to ${M}`)) {
      wh = `To ${approx}what amount`;
      // "rise 11% to ..." -> "rise by 11%"
      rest = rest.replace(`to ${M}`, "").replace(/^(\d[\d.]*%)/, "by $1");
      // "raised the cocoa price by 58% to M a tonne": the frequency was the new amount's, and left after the change
      // ("by 58% a tonne") it reads as the change's.
      if (/\bby\s+\d[\d.,]*\s?(?:%|percent|per cent)\s+(?:a|an|per)\s+[a-z]+\b/.test(rest)) return null;
    }
    rest = rest.replace(M, "");
  } else if (span.kind === "count" && span.noun && rest.includes(`${M} ${span.noun}`)) {
    const before = rest.slice(0, rest.indexOf(M)).trim();
    // "plans to add 240 new buses", "is expected to employ some 1,400 workers": the count may follow an infinitive.
    if (before && !/^(?:a total of|about|some)$/.test(before) && before !== infinitiveBefore(rest)) return null;
    wh = `${approx ? "Roughly how" : "How"} many ${span.noun}`;
    rest = rest.replace(` ${M} ${span.noun}`, "").replace(`${M} ${span.noun}`, "").replace(/^(?:a total of)\s*/, "");
  } else if (span.kind === "date") {
    // A resolved relative date ("agreed last March to ...") has no preposition of its own.
    const scheduled = /^(?:scheduled|planned|set|slated|due|expected)$/.test(mainVerb) ? FOR_VALUE_RE.exec(rest) : null;
    const m = IN_ON_VALUE_RE.exec(rest) ?? scheduled ?? (span.relative && bareRelativeDateFits(rest) ? BARE_VALUE_RE.exec(rest) : null);
    // "..., double the amount agreed in 2021", "..., from a peak of 17.2 percent in November 2024": a date after a
    // comma dates an aside, not the main verb.
    // ("from Kourou, French Guiana, in October 2018" and "on Trade, Economic, and Technical Cooperation in ..." are
    // names and lists, not asides.)
    const afterComma = m ? (rest.slice(0, m.index).split(",").slice(1).pop() ?? null) : null;
    const aside = afterComma !== null && /^\s*\p{Ll}/u.test(afterComma) && !/^\s*(?:and|or)\s+\p{Lu}/u.test(afterComma);
    // "paid on Jan. 15 to shareholders on the register on Dec. 11": after the verb's own date, a later one dates a noun.
    if (m !== null && DATE_ON_BEFORE.test(rest.slice(0, m.index))) return null;
    // "added it earlier this year": with the year asked for, "earlier" would dangle ("... add it earlier?").
    if (m !== null && /\b(?:earlier|later)\s+$/.test(rest.slice(0, m.index))) return null;
    if (m && !aside) {
      wh = dateWh(span);
      rest = rest.replace(m[0], "");
    }
  } else if (span.kind === "ordinal") {
    const century = CENTURY_RE.exec(rest);
    const named = NAMED_RE.exec(rest);
    if (century) {
      wh = "In which century";
      rest = rest.replace(century[0], "");
    } else if (named) {
      const name = (named[1] ?? "").trim().replace(/,$/, "");
      wh = `Which edition of the ${name}`;
      rest = rest.replace(named[0], " ");
    }
  }
  // "X is a Bahraini company founded in M to ..." -> "In which year was X founded?": the date of the participle, not of "is".
  const copulaOnly = p.verbGroup.filter((w) => !/ly$|^(?:also|already|still|just|now|not|never)$/.test(w)).length === 1 && isCopula(mainVerb);
  const foundedIn = copulaOnly && span.kind === "date" ? COPULA_FOUNDED_RE.exec(p.rest) : null;
  if (foundedIn && /^\p{Lu}/u.test(subject)) {
    const q = finish(`${dateWh(span)} was ${subject} ${foundedIn[1]}`, tail);
    return q ? { question: q, clause: core, time: null, measure: subject, direction: null } : null;
  }
  // A subject with a comma in it ("Meier, a German national who led Veltrax,") holds a second clause: not asked.
  if (!wh && !subjectCommas.includes(",")) ({ wh, rest } = valueWh(span, rest, mainVerb, !!approx) ?? { wh, rest });
  if (!wh) return null;
  wh = whForUnit(wh, span);
  const trimmedAgain = trimRest(rest);
  if (trimmedAgain.kind === "unsureList") unsureList = true;
  else rest = trimmedAgain.text;
  // After a bare "is" the words left belong to the value's own noun phrase ("is 24 places in ceramics", "is a Kenyan
  // company founded in M"): inverted, they would follow the subject ("How many places are the apprenticeships in
  // ceramics?"). Only a preposition, a frequency ("a year") or an aside may follow the subject.
  if (copulaOnly && rest.trim() !== "" && !COPULA_REST_OK.test(rest.trim())) return null;
  // "The apprenticeships are 24 places": a plural subject is the things counted, and "How many places are the
  // apprenticeships?" asks nothing a reader can parse.
  if (copulaOnly && span.kind === "count" && /^(?:are|were)$/i.test(mainVerb)) return null;
  // "How many machines is the plant's collection?": a count is the size only of a noun that has one ("the fleet",
  // "the staff", "the capacity"); a measure ("How many square metres is the site?") is a size whatever the noun.
  // ("How many times higher is X than Y?" compares, and asks no size.)
  if (copulaOnly && span.kind === "count" && !span.unit.startsWith("measure:") && !/\btimes\b/.test(wh) && !SIZED_NOUN.test(subject.split(/\s+/).pop() ?? "")) return null;
  // "received 9,907 votes and Mr Nkonde 7,900", "accredited 312 monitors and observers": what is left after the value
  // belongs to a second object, and the question would end "... receive and Mr Joseph Nkonde?".
  // ("employs 33,600 people and flies to 152 destinations": a second predicate, cut.)
  const secondPredicate = /^\s*and\s+([a-z]+)\s+(?:to|in|on|at|from|with|into|the|a|an|its|their|\d)/.exec(rest);
  if (secondPredicate && (isFiniteVerb(secondPredicate[1] ?? "", "x") || isPresentOfVerb(secondPredicate[1] ?? "")) && /(?:s|ed)$/.test(secondPredicate[1] ?? "")) rest = "";
  if (/^\s*(?:and|or|but)\b/.test(rest)) return null;
  if (ctx.lastPerson) rest = rest.replace(/\b(?:he|she)\b/, ctx.lastPerson);
  // "In 2023, ... in 2023" would repeat itself; the adjunct already carries the time.
  // A score is of a match already played: "Rovers beat Town 3-1" is past whatever the subject's number.
  const inverted = span.unit === "score" && p.verbGroup.join(" ") === "beat" ? `did ${subject} beat` : invert(p, subject);
  if (!inverted || unsureList) return null;
  const q = finish(datedWeekday(`${wh} ${inverted} ${rest}`, ctx.publishedAt), tail);
  return q ? { question: q, clause: core, time, measure: subject, direction: null } : null;
}

/** "There were 238 rejected ballots." -> "How many rejected ballots were there?" */
function existentialQuestion(span: ValueSpan, text: string, approx: string, attributions: string[]): BuiltQuestion | null {
  // Most sentences do not open with "There": no pattern is built for them (compiling one per span costs more than the rest).
  if (span.kind !== "count" || !span.noun || !text.startsWith("There ")) return null;
  const m = new RegExp(`^There (is|are|was|were|will be) (?:a total of )?${M} ((?:[a-z][\\w-]*\\s){0,2}${span.noun.split(" ").pop() ?? ""}[a-z]*)((?:\\s(?:in|at|on|across|during)\\s[^,]+)?)$`).exec(text);
  if (!m) return null;
  const [verb, rest] = m[1] === "will be" ? ["will there be", ""] : [`${m[1]} there`, ""];
  const q = finish(`${approx ? "Roughly how" : "How"} many ${m[2]} ${verb}${rest}${m[3] ?? ""}`, attributions);
  return q ? { question: q, clause: m[0], time: findTime(text), measure: m[2] ?? "", direction: null } : null;
}

const CHANGE_NOUNS: Record<string, [string, "rise" | "decline"]> = {
  fall: ["fall", "decline"], drop: ["drop", "decline"], decline: ["decline", "decline"], decrease: ["decrease", "decline"], reduction: ["fall", "decline"], cut: ["fall", "decline"],
  rise: ["rise", "rise"], increase: ["increase", "rise"], jump: ["rise", "rise"], gain: ["rise", "rise"], growth: ["grow", "rise"],
};

// Compiled once, not per span: its Unicode class takes long to compile.
const NOMINAL_CHANGE = new RegExp(`^(?:(\\p{Lu}[^,${M}]{1,60}?)\\s+(?:reported|recorded|saw|posted|registered|showed|found|measured)\\s+)?(?:a|an|A|An)\\s+${M}\\s+(fall|drop|decline|decrease|reduction|cut|rise|increase|jump|gain|growth)\\s+in\\s+((?:(?!(?:in|during|over|since|between)\\b)[a-z][\\w’'-]*\\s?){1,4}?)((?:\\s(?:in|during|over|since|between)\\s[^,]+)?)$`, "u");

/**
 * A change written as a noun: "Employees reported a 71% fall in burnout" -> "By what percentage did burnout fall,
 * according to employees?". The subject says who saw it; the measure is the noun after "in".
 */
function nominalChangeQuestion(span: ValueSpan, text: string, approx: string, attributions: string[], ctx: QuestionContext): BuiltQuestion | null {
  if (span.kind !== "percent" || span.unit !== "%") return null;
  // ("Employees reported" may already have been taken off as an attribution: "A M fall in burnout".)
  const m = NOMINAL_CHANGE.exec(text);
  if (!m) return null;
  const who = m[1] ? resolvePronoun(m[1], ctx) : null;
  if (m[1] ? !who || /^(?:he|she|they|it|we|i)$/i.test(who) : attributions.length === 0) return null;
  const [verb, direction] = CHANGE_NOUNS[m[2] ?? ""] ?? ["", null];
  if (!verb || !direction) return null;
  const measure = (m[3] ?? "").trim();
  const q = finish(`By ${approx}what percentage did ${measure} ${verb}${m[4] ?? ""}`, [...(who ? [`according to ${lowerFirst(who)}`] : []), ...attributions]);
  return q ? { question: q, clause: m[0], time: findTime(text), measure, direction } : null;
}

const SHARE_VERBS: Record<string, string> = {
  "make up": "do|make up", "makes up": "does|make up", "made up": "did|make up",
  "account for": "do|account for", "accounts for": "does|account for", "accounted for": "did|account for",
  represent: "do|represent", represents: "does|represent", represented: "did|represent",
};

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const SHARE_VERB_RE = new RegExp(`^(.*?)\\s+(make up|makes up|made up|account for|accounts for|accounted for|represent|represents|represented)\\s+${M}\\s+of\\s+([^,;.]+)`);

/**
 * Shares: "Copper, lithium and fruit make up about 70% of Chilean shipments to Korea" and "Vietnam is heavily
 * reliant on Russian weapons, which make up about 80% of its military might" -> "Roughly what percentage of
 * Vietnam's military might do Russian weapons make up?"
 */
function shareQuestion(span: ValueSpan, text: string, approx: string, attributions: string[]): BuiltQuestion | null {
  if (span.kind !== "percent") return null;
  const m = SHARE_VERB_RE.exec(text);
  if (!m) return null;
  const [aux, verb] = (SHARE_VERBS[m[2] ?? ""] ?? "").split("|");
  let whole = (m[3] ?? "").trim();
  let part: string;
  let owner: string | null = null;
  const which = /(?:^|,\s+)(?:given that\s+|as\s+|because\s+)?([^,]*?\b((?:[A-Z][\w’'-]+\s)?(?:[a-z][\w-]*\s){0,2}[a-z]+s)),\s+which$/.exec(m[1] ?? "");
  if (which) {
    part = which[2] ?? "";
    owner = parseClause(upperFirst(stripLeadAdjunct(which[1] ?? "").clause))?.subject ?? null;
  } else {
    part = stripLeadAdjunct((m[1] ?? "").replace(DISCOURSE, "")).clause;
    if (part.split(" ").length > 6 || /\b(?:that|which|who|is|are|was|were|has|have)\b/.test(part)) return null;
  }
  if (/^(?:its|their)\s/.test(whole)) {
    if (!owner || !/^\p{Lu}/u.test(owner) || owner.split(" ").length > 3) return null;
    whole = whole.replace(/^(?:its|their)\s/, `${owner}’s `);
  }
  // "Copper, lithium and fruit": a list of common nouns is capitalised only by the sentence start.
  const partText = /^\p{Lu}[\p{Ll}]+,\s+\p{Ll}/u.test(part) ? part.charAt(0).toLowerCase() + part.slice(1) : lowerFirst(part);
  const q = finish(`${approx ? "Roughly what" : "What"} percentage of ${whole} ${aux} ${partText} ${verb}`, attributions);
  return q ? { question: q, clause: m[0], time: findTime(text), measure: whole, direction: null } : null;
}

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const RANK_RE = new RegExp(`^(.*?),\\s+the\\s+${M}\\s+(?:largest|biggest)\\s+of\\s+(?:the\\s+)?(\\d+|[a-z]+)\\s+([a-z]+s)\\s+([a-z]+ing)\\s+(there|in [A-Z][\\w ]+?)(?:,|$)`);

/**
 * Rank among a counted group: "Vietnam had 16 projects in Russia ..., the fourth largest of 81 countries investing
 * there" -> "Where did Vietnam rank in size among the 81 countries investing in Russia as of November 2024?"
 */
function rankQuestion(span: ValueSpan, text: string, attributions: string[]): BuiltQuestion | null {
  if (span.kind !== "ordinal") return null;
  const m = RANK_RE.exec(text);
  if (!m) return null;
  const stripped = stripLeadAdjunct(m[1] ?? "");
  const p = parseClause(stripped.clause);
  if (!p || !/^\p{Lu}/u.test(p.subject) || p.subject.split(" ").length > 3) return null;
  let place = m[5] ?? "";
  if (place === "there") {
    const places = [...p.rest.matchAll(/\bin ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g)];
    const last = places[places.length - 1];
    if (!last) return null;
    place = `in ${last[1]}`;
  }
  const time = (stripped.adjunct && findTime(stripped.adjunct)) ?? findTime(p.rest);
  const q = finish(`Where did ${p.subject} rank in size among the ${m[2]} ${m[3]} ${m[4]} ${place}${time ? ` ${time}` : ""}`, attributions);
  return q ? { question: q, clause: m[0], time, measure: `${m[3]} ${m[4]} ${place}`, direction: null } : null;
}

const SCORE_RESULT: Record<string, string> = { win: "win", victory: "win", defeat: "lose", loss: "lose" };
const CAPITALISED = String.raw`\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2}`;

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const SCORE_RESULT_RE = new RegExp(String.raw`(?:^|\s)(?:after|with|in|gave them|giving them)\s+(?:a|an|their|its)\s+(?:[\p{Ll}-]+\s+)?${M}\s+(?:[\p{L}-]+\s+)?(win|victory|defeat|loss)\s+((?:over|against|at|to|away to|away at)\s+${CAPITALISED}(?:\s+at\s+${CAPITALISED})?)(\s+on\s+(?:${WEEKDAY_SOURCE}))?(?=[.,;]|$)`, "u");
const CAPITALISED_ONLY_RE = new RegExp(`^${CAPITALISED}$`, "u");

/** "..., and the Ravens pulled away late to beat the Falcons M on Friday": who beat whom, the ground and the day. */
// (A ground "at a rain-soaked HFC Bank Stadium" is asked "at HFC Bank Stadium".)
const TO_BEAT_RE = new RegExp(String.raw`\bto\s+beat\s+((?:[\p{Ll}-]+\s){0,2}(?:the\s)?${CAPITALISED})\s+${M}(?:\s(at|in)\s(?:(the)\s|a\s(?:[\p{Ll}-]+\s){1,2})?(${CAPITALISED}))?(?=[\s,.;]|$)`, "u");
const AND_TEAM_RE = new RegExp(String.raw`\band\s((?:the\s)?${CAPITALISED})\s[^,;]*$`, "u");
const WEEKDAY_AFTER_RE = new RegExp(String.raw`^[^,;]*?\b(on\s(?:${WEEKDAY_SOURCE}))\b`);

/**
 * The lede's final score after an infinitive: "Fiji scored five tries, ..., to beat Tonga 39-22 at ... on Saturday",
 * "Emre Demir scored 29 points, ..., and Fenerbahçe pulled away to beat Olympiacos 88-81" -> "By what score did
 * Fenerbahçe beat Olympiacos on ...?". The winner is the team of the nearest "and X" clause, else the sentence's
 * subject, and must be a name.
 */
function toBeatQuestion(span: ValueSpan, text: string, publishedAt: Date | null): BuiltQuestion | null {
  if (span.unit !== "score") return null;
  const m = TO_BEAT_RE.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const winner = AND_TEAM_RE.exec(before)?.[1] ?? parseClause(stripLeadAdjunct(before).clause)?.subject ?? "";
  if (!CAPITALISED_ONLY_RE.test(winner.replace(/^the\s/, "")) || /^(?:It|He|She|They|This|That|The)$/.test(winner)) return null;
  const day = WEEKDAY_AFTER_RE.exec(text.slice(m.index + m[0].length))?.[1] ?? "";
  const ground = m[4] ? ` ${m[2]} ${m[3] ? "the " : ""}${m[4]}` : "";
  const q = finish(datedWeekday(`By what score did ${winner} beat ${m[1]}${ground}${day ? ` ${day}` : ""}`, publishedAt), []);
  return q ? { question: q, clause: text, time: day || null, measure: `${winner}’s score`, direction: null } : null;
}

/**
 * A score as a noun: "Rangers moved level ... after a 3-1 win at Aberdeen on Saturday" -> "By what score did Rangers
 * win at Aberdeen on 7 November 2026?"; "... gave them a 2-0 win over Celtic" is the subject's win too. The subject
 * must be a name (a team), and the opponent or ground a name, so the question says which match.
 */
function scoreQuestion(span: ValueSpan, text: string, publishedAt: Date | null): BuiltQuestion | null {
  if (span.unit !== "score") return null;
  const m = SCORE_RESULT_RE.exec(text);
  if (!m) return null;
  const p = parseClause(stripLeadAdjunct(text.slice(0, m.index)).clause);
  const subject = p?.subject ?? "";
  if (!p || !CAPITALISED_ONLY_RE.test(subject) || /^(?:It|He|She|They|This|That|The)\b/.test(subject) || subject.includes(",")) return null;
  const q = finish(datedWeekday(`By what score did ${subject} ${SCORE_RESULT[m[1] ?? ""]} ${m[2]}${m[3] ?? ""}`, publishedAt), []);
  return q ? { question: q, clause: text, time: m[3]?.trim() ?? null, measure: `${subject}’s score`, direction: null } : null;
}

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const ANNIVERSARY_RE = new RegExp(`^(.*?)\\b(they|[A-Z][a-z]+ and [A-Z][a-z]+)\\s+(?:are|were)\\s+(?:marking|celebrating)\\s+the\\s+${M}\\s+(year|anniversary)\\s+of\\s+([^,]+?)(\\s+in\\s+(?:19|20)\\d{2})?$`);

/** "Russia is a long-time ally of Vietnam and they are marking the 75th year of bilateral diplomatic relations in 2025." */
function anniversaryQuestion(span: ValueSpan, text: string): BuiltQuestion | null {
  if (span.kind !== "ordinal") return null;
  const m = ANNIVERSARY_RE.exec(text);
  if (!m) return null;
  let who = m[2] ?? "";
  if (who === "they") {
    const names = [...new Set([...(m[1] ?? "").matchAll(/\b[A-Z][a-z]+\b/g)].map((x) => x[0]).filter((w) => lexiconTags(w).includes("Country")))];
    if (names.length !== 2) return null;
    who = `${names[0]} and ${names[1]}`;
  }
  const q = finish(`Which ${m[3]} of ${m[4]} did ${who} mark${m[5] ?? ""}`, []);
  return q ? { question: q, clause: m[0], time: m[5]?.trim() ?? null, measure: m[4] ?? "", direction: null } : null;
}

/**
 * A count in a first-person quotation: "“My colleague and I ... confirmed 13 roadmaps ...,” TASS quoted the Russian
 * prime minister as saying." -> "In January 2025, how many roadmaps did the Russian prime minister say had been
 * confirmed, according to TASS?"
 */
function quotedCountQuestion(span: ValueSpan, ctx: QuestionContext): BuiltQuestion | null {
  const s = ctx.sentence;
  if (!span.noun || !insideQuote(s, span.start)) return null;
  const close = s.indexOf("”", span.end);
  const open = s.lastIndexOf("“", span.start);
  if (open < 0 || close < 0 || !/\b(?:I|we|We|our|Our)\b/.test(s.slice(open, close))) return null;
  const verb = /\b([a-z]+ed|signed|made|held|built|won|set)\s*$/.exec(s.slice(open, span.start).replace(/\b(?:some|about|around|nearly)\s*$/, ""))?.[1];
  if (!verb || !isPastParticiple(verb) || s.slice(span.end).trim().split(" ")[0] !== span.noun.split(" ")[0]) return null;
  const after = s.slice(close + 1);
  const via = /^,?\s*([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})\s+quoted\s+(the [^,.]+?|[A-Z][^,.]+?)\s+as saying/.exec(after);
  const said = /^,?\s*said\s+([^,.]+)|^,?\s*([A-Z][^,.]+?)\s+said\b/.exec(after);
  const who = via?.[2] ?? said?.[1] ?? said?.[2];
  if (!who || /^(?:he|she|they)$/i.test(who)) return null;
  const when = ctx.publishedAt ? `In ${formatMonth(ctx.publishedAt)}, how` : "How";
  const q = finish(`${when} many ${span.noun} did ${who} say had been ${verb}`, via ? [`according to ${via[1]}`] : []);
  return q ? { question: q, clause: s.slice(open, close + 1), time: null, measure: span.noun, direction: null } : null;
}

function formatMonth(d: Date): string {
  return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth(), day: null });
}

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const REL_RE = new RegExp(`^((?:The\\s)?\\p{Lu}[\\p{L}’'-]*(?:\\s\\p{Lu}[\\p{L}’'-]*){0,3}),\\s+(?:which|who)\\s+([^,${M}]*${M}[^,${M}]*),\\s+\\p{Ll}`, "u");

/**
 * "Gothenburg, which started charging in M, saw a smaller fall" -> "Gothenburg started charging in M": a value in a
 * relative clause about a name that opens the sentence is asked with the name as subject.
 */
function relativeClauseOfName(text: string): string {
  const rel = REL_RE.exec(text);
  if (!rel) return text;
  const name = rel[1] ?? "";
  const clause = `${name} ${rel[2]}`;
  return parseClause(clause)?.subject === name ? clause : text;
}

/** "A resumed X and B was Y": split only where both halves have their own verb. */
export function splitCoordinated(clause: string): string {
  const re = /,?\s+and\s+(?=(?:the\s)?[A-Z])|,\s+and\s+(?=[a-z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause))) {
    const left = clause.slice(0, m.index);
    const right = clause.slice(m.index + m[0].length);
    // ("..., and Brenna, the older of the two, will be sold": an apposition after the second subject is no verb's. Read
    // without it only to cut that half off a fact of the first: a question of the second would lose or garble it.)
    const bare = right.replace(/^((?:the\s)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3}),\s[^,]{2,60},\s(?=\p{Ll})/u, "$1 ");
    if (bare !== right && left.includes(M) && parseClause(left) && parseClause(bare)) return splitCoordinated(left);
    // ("jobs in Finnmark and Troms by 2030, the minister said": the subject "Troms by 2030, the minister" runs across a
    // comma, so the "and" joins two places and the verb is the trailing attribution's; cutting there asked 40,000, the
    // two counties' total, of Finnmark alone and dropped "by 2030", review 30 finding 1.)
    const second = parseClause(right);
    if (second && bare === right && second.subject.includes(",")) continue;
    if (parseClause(left) && second) return left.includes(M) ? splitCoordinated(left) : splitCoordinated(right);
  }
  return clause;
}

/** "agreed M to contribute ...", "was worth US$4.6 billion M": the resolved date belongs to the main verb. */
function bareRelativeDateFits(rest: string): boolean {
  if (rest.startsWith(M)) return true;
  return rest.trimEnd().endsWith(M) && !/\s(?:and|or|but)\s|\b[a-z]{3,}ed\b/.test(rest);
}

/** "..., and average rents have climbed 14%": a second clause after the fact's own is cut off. */
function cutSecondClause(rest: string): string {
  // "on Trade, Economic, Scientific, and Technical Cooperation" is a list inside a name, not a second clause.
  const m = /,\s+(?:and|but)\s+(?=[a-z\d])/.exec(rest);
  return m && m.index > 0 && !rest.slice(m.index).includes(M) ? rest.slice(0, m.index) : rest;
}

/** "to add", "to employ": an infinitive right before the value, which the question keeps in place. */
function infinitiveBefore(rest: string): string | null {
  const before = rest.slice(0, rest.indexOf(M)).trim();
  return /^to [a-z]+$/.test(before) && !/^to (?:a|an|the|be)$/.test(before) ? before : null;
}

/**
 * "The Toronto Police Service will receive $1.28 billion, and will hire 300 new officers": a value in the second of
 * two predicates sharing one subject is asked about with that predicate alone.
 */
function coordinatedPredicate(p: Parsed | null): Parsed | null {
  if (!p || p.subject.includes(M) || !p.rest.includes(M)) return p;
  const at = p.rest.indexOf(M);
  const joins = [...p.rest.slice(0, at).matchAll(/,?\s+and\s+((?:will|would|has|have|had|also|then)\s+)?([a-z]+)\s/g)];
  const join = joins[joins.length - 1];
  if (!join) return p;
  const verb = join[2] ?? "";
  if (!(join[1] ? /^(?:will|would|also|then)\s/.test(join[1]) || isPastParticiple(verb) : isFiniteVerb(verb, "x"))) return p;
  const again = parseClause(`${p.subject} ${p.rest.slice(join.index + join[0].length - (join[1] ?? "").length - verb.length - 1)}`);
  if (!again || again.subject !== p.subject) return p;
  // "Chile holds the world’s largest lithium reserves and produced 24% of global supply": the first predicate
  // says what the second is about, so a short one stays as an aside (only before a past verb, whose "did" needs
  // no agreement with the subject).
  const first = `${p.verbGroup.join(" ")} ${p.rest.slice(0, join.index)}`.trim();
  const past = !join[1] && /ed$|^(?:rose|fell|grew|won|took|made|held|sold|spent|paid|became|began|lost|gave|sent)$/.test(verb);
  // ("Farah Iskandar, who kept her rating, ...": a person's aside takes "who".)
  const relative = findNameChunks(p.subject).some((c) => c.kind === "person" && c.name === p.subject) ? "who" : "which";
  if (past && first.split(" ").length <= 8 && !/[,\d\u0001]/.test(first)) return { ...again, subject: `${p.subject}, ${relative} ${first},` };
  return again;
}

/** Non-restrictive asides between subject and verb ("X, which make up 45% of sales, grew ...") that hold no value. */
function withoutAsides(core: string): string {
  const named = /^(?:The|the)\s[a-z][\w\s-]{2,40},\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}),\s+(?=[a-z])/u.exec(core);
  if (named) return `${named[1]} ${core.slice(named[0].length)}`;
  // (", the City of Tshwane and ... by 10% from May, and to the others by M": an "aside" closed by ", and" was a list
  // item and a first part, and taking it out bound the second part's value to the first part's words.)
  return core.replace(/^([^,\u0001]{3,80}?),\s+(?:which|who|a|an|the|founded|based|led|opened|launched|built|signed|completed|elected|named)\s[^,\u0001]*,\s+(?=(?!(?:and|or|but)\s)[a-z])/, "$1 ");
}

/** A clause's main verb that moves its subject's figure: "Sales rose 11% to ..." asks "By what percentage". */
const DIRECTION_VERBS = verbWordPattern([...RISE_VERBS, ...FALL_VERBS, ...LOSE_VERBS], ["base", "third", "past", "participle"]);

/** "about 30 km east of": a rough aside that says where, which trimRest keeps. */
const COMPASS_OF = /\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b/;
/** ", almost two thirds of it pears", ", four short of the 90 needed": an aside that opens with a figure, rough or not. */
const ROUGH_ASIDE = new RegExp(String.raw`,\s+((?:${qualifierAlternation(ASIDE_QUALIFIERS)})\s+)?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|twice|half)\s[^\u0001]*$`);

/**
 * What trimRest leaves of a clause's predicate: its words, or `unsureList` where a comma may open a list or a
 * participle clause (", creating jobs and cutting imports"), which no reader can tell apart: the caller then asks
 * nothing with those words.
 */
export type TrimmedRest = { kind: "rest"; text: string } | { kind: "unsureList" };

/** A mark no text holds: markListCommas writes it for an unsure list's comma, and trimRest only tests for it. */
const UNSURE_LIST_COMMA = "\u0003";

export function trimRest(rest: string): TrimmedRest {
  // "on nurseries, drying sheds and a grading centre": a list's commas are no clause's end (restored below).
  const marked = markListCommas(rest, LIST_COMMA, UNSURE_LIST_COMMA);
  if (marked.includes(UNSURE_LIST_COMMA)) return { kind: "unsureList" };
  return { kind: "rest", text: trimmedRest(marked) };
}

/** trimRest's cuts, on a rest whose list commas are already marked. */
function trimmedRest(marked: string): string {
  return cutSecondClause(marked)
    // "hold M seats, four short of the 90 needed": an aside that starts with another figure is another fact, a rough
    // one too ("packed M last season, almost two thirds of it pears").
    // ("lies at M, about 30 km east of the town of Kaş" is where, and stays as it stayed before rough asides were cut.)
    .replace(ROUGH_ASIDE, (cut, rough?: string) => (rough && COMPASS_OF.test(cut) ? cut : ""))
    // "from rivers, the sea or surface water" is one list: cutting at its comma would change the fact.
    .replace(/,\s+(?:the|a|an|which|who|where|with|in areas|including|one of|during which|of which|in which|compared with|compared to|up|down|most of|making|after|before)\b.*$/, (cut) => (/^,\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:or|and)\s+[a-z]+(?:\s+[a-z]+)?(?:,.*)?$/.test(cut) ? cut : ""))
    .replace(/,\s+so\s.*$/, "")
    // "is SCR 198 million, about US$14 million": the sum in another currency is the same fact restated, no context.
    .replace(/,\s+(?:about|around|roughly|approximately|some|nearly|or|equal to|equivalent to)\s+(?:US\$|[A-Z]{1,3}\$|\$|€|£|[A-Z]{3}\s?)\d[^\u0001,]*$/, "")
    // "is 12,000 tonnes of cans a year, about 800 million cans": the same figure in another unit ("about 15 km
    // south-west of Baku" is a place, and stays).
    .replace(/,\s+(?:about|around|roughly|approximately|some|nearly|or)\s+\d[\d.,]*(?:\s(?:million|billion|thousand))?(?:\s[a-z]+){0,2}$/, "")
    // "was 1.1 trillion pesos, roughly flat": a closing comment on the figure is no part of the question.
    .replace(/,\s+(?:roughly|largely|broadly|virtually|almost|nearly|about)\s+(?:flat|unchanged|stable|level)$/, "")
    // "employ 34,000 people worldwide and sells its products in 90 countries": a second predicate is cut.
    // ("on schools and hospitals the previous year": a plural noun's list before a time is no second predicate.)
    .replace(/\s+and\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\s+(?!(?:the|a|an)\s+(?:(?:previous|next|following|same|last|past|coming|whole|entire)\s+)?(?:year|month|week|day|decade|quarter|season|period)\b)(?:its|their|his|her|the|a|an)\b[^\u0001]*$/, "")
    // ("and paid the proceeds into a fund": an irregular past is as much a second predicate as one in -ed.)
    .replace(/\s+and\s+([a-z]{3,})\s+(?:its|their|his|her|the|a|an)\b[^\u0001]*$/, (cut, verb: string) => (lexiconTags(verb).includes("PastTense") ? "" : cut))
    .replace(/,\s+[a-z]+ing\b.*$/, "")
    .replace(/,?\s+(?:and|but)\s+(?:will|would|can|could|may|might|is|are|was|were|has|have|had|adds?|added|stalled|plans?|said)\b.*$/, "")
    .replace(/\s+but\s+[a-z]+ed\b.*$/, "")
    .replace(/\s+and\s+to\s+[a-z]+\b[^\u0001]*$/, "")
    .replaceAll(LIST_COMMA, ",");
}

function dateWh(span: ValueSpan): string {
  // "in 2022-2024" is a period: "In which year" would ask for one year the range does not give.
  if (span.unit === "year range") return "Over which period";
  // "from March to August": the months of a season, no year.
  if (span.unit === "month range") return "In which months";
  if (span.unit === "month of the year") return "In which month";
  // "first quarter of 2027", "mid-2029": a part of a year, neither a year nor a month.
  if (span.unit === "quarter" || span.unit === "half" || span.unit === "mid-year") return "When";
  return span.granularity === "year" ? "In which year" : span.granularity === "month" ? "In which month and year" : "On what date";
}

export function stripLeadAdjunct(clause: string): { clause: string; adjunct: string | null } {
  const m = LEAD_YEAR_NO_COMMA.exec(clause) ?? LEAD_ADJUNCT.exec(clause) ?? /^(\u0001),\s+/.exec(clause);
  if (!m) return { clause, adjunct: null };
  return { clause: upperFirst(clause.slice(m[0].length)), adjunct: m[1] ?? null };
}

export function resolvePronoun(subject: string, ctx: QuestionContext): string | null {
  const s = subject.trim();
  if (/^(he|she|He|She)$/.test(s)) return ctx.lastPerson;
  if (/^(?:it|It|they|They)$/.test(s) && ctx.referent) return ctx.referent;
  // "the company" says which only in its article: named when the article is about one company, else refused.
  if (new RegExp(`^(?:the|The) (?:${COMPANY_NOUNS})$`).test(s)) return ctx.company ?? null;
  if (/^(?:the|The) city$/.test(s)) return ctx.city ?? null;
  if (/^(?:the|The) (?:mission|spacecraft|probe)$/.test(s) && ctx.mission) return /mission$/.test(s) ? `the ${ctx.mission} mission` : ctx.mission;
  // "How much has the mission cost?" asks about whichever mission the reader has in mind: refused.
  if (/^(?:the|The) (?:new\s)?(?:agency|mission|spacecraft|plant|parliament|government|council|ministry|party|bank|committee|project|deal|programme|program)$/.test(s)) return null;
  if (/^(they|it|we|I|They|It|We|this|This|that|That|these|These|there|There)$/.test(s)) return null;
  if (/^(?:The|the) (?:first|other|second|latter|former)\b(?!\s+\p{Lu})/u.test(s)) return null;
  return s;
}
