import { meetsNeeds, type RuleNeeds } from "./rule-needs";
import nlp from "compromise";
import { withPartitive, type ValueSpan } from "./find-value-spans";
import { CARDINAL_WORD_SOURCE, FRACTION_WORD_SOURCE, decimalsOf, fractionValue, numberToWord, parseNumberText } from "./number-words";
import { MONTHS, MONTH_NAME_SOURCE, WEEKDAY_SOURCE, monthIndex } from "./calendar-names";
import { MONTH_ALT } from "./resolve-dates";
import { CURRENCY_CODES, CURRENCY_WORD_SOURCE } from "./currency-names";
import { remembered } from "./remembered";
import { isPastTenseOnly } from "./do-support";
import { IRREGULAR_PLURALS, isFiniteVerb, isPastParticiple, lexiconTags } from "./tag-words";
import { CLAUSE_BREAK, MODAL, bareVerbReading, futureInDayClause, isPastOrParticiple } from "./day-tense";
import type { ValueForm } from "./types";
import { ALL_CHANGE_FORMS, ALL_FORMS, GO_VERB, SCORE_AFTER_VERBS, SIDE_BEATEN_VERBS, TALLY_VERBS, verbAlternation, verbWords } from "./change-verbs";
import { FIGURE_GROUP, MEASURE_ALT, MEASURE_UNITS } from "./measure-units";
import { MEASURE_RATE_RULES, MULTIPLE_OF_BASE_RULES, multipleSpan } from "./rate-rules";
import { CHANGE_END_QUALIFIERS, CHANGE_TO_QUALIFIERS, MULTIPLE_QUALIFIERS, boundedMultiple, qualifierAlternation } from "./figure-qualifiers";

/**
 * Value rules as data: a name, a pattern, what a match yields, and the sentence each was written for with the
 * answer it must give there (tests/unit/generate/value-rules.test.ts runs every example). A rule runs "first" when
 * its span must win over the general patterns of find-value-spans.ts (a range over its two ends), "last" when it
 * only fills gaps they leave.
 */
export interface ValueRule {
  name: string;
  order: "first" | "last";
  example: { sentence: string; answer: string; publishedAt?: string };
  pattern: RegExp;
  /** A cheap test a sentence must pass before the pattern runs: true of every sentence where the rule yields a span. */
  requires?: RegExp;
  /** A cheaper test still, before `requires` (rule-needs.ts): one of these is in the lower-cased sentence. */
  needs?: RuleNeeds;
  yields: (m: RegExpExecArray, ctx: RuleContext) => ValueSpan | null;
}

export interface RuleContext {
  sentence: string;
  publishedAt: Date | null;
}

/** A score's value is home * SCORE_BASE + away, so "97-104" keeps both sides. */
// A word of change near a "-fold" that makes it a multiple even after "is" or before ":" ("sales were fourfold after the rise").
const FOLD_CHANGE = /\b(?:ris(?:e|es|en|ing)|rose|increas\w*|gr[eo]w\w*|jump\w*|fell|fall\w*|drop\w*|surg\w*|climb\w*|soar\w*|doubl\w*|tripl\w*|multipl\w*|expand\w*|boost\w*|declin\w*|shr[iu]nk\w*|gain\w*)\b/i;

export const SCORE_BASE = 1000;
// Words that make "287 for 7" a cricket total or a bowler's figures, not a vote or a price.
const CRICKET_WORDS = /\b(?:overs?|wickets?|innings|bowl(?:ed|er|ing)|spinner|seamer|batt(?:ed|ing|er)|declared|all out|figures|runs)\b/i;
const SCORE_NOUNS = "win|victory|defeat|loss|draw|run|lead|margin|scoreline|triumph|thrashing|success|comeback";
// "a 3–1 defeat": a score's noun after it (compiled once, not per match: its Unicode class is slow to compile).
const SCORE_NOUN_AFTER = new RegExp(String.raw`^\s+(?:(?:[\p{L}-]+\s+)?(?:${SCORE_NOUNS}))\b`, "u");

const NUM = FIGURE_GROUP;
/**
 * The score rule's result verbs: "won 2-0" in any form but the participle ("Lottery numbers were drawn 1-49" is no
 * score); "beat Olympiacos 88-81" in the past and "-ing" forms.
 */
const SCORE_AFTER = verbAlternation(SCORE_AFTER_VERBS, ["base", "third", "past", "ing"]);
const SIDE_BEATEN = verbAlternation(SIDE_BEATEN_VERBS, ["past", "ing"]);
const DASH = "\\s?[-–—]\\s?";
// The plural a change's figure counts, with a rate after it: "households", "clams per square metre".
const CHANGE_NOUN = "[a-z][a-z-]*[^s\\W]s(?:\\s(?:per|a|an)\\s(?:square\\s|cubic\\s)?[a-z]+)?";
const plain = (over: Partial<ValueForm> = {}): ValueForm => ({ prefix: "", suffix: "", decimals: 0, words: false, grouped: false, ...over });

/** "doubled" = 2: the verbs that say how many times over a thing grew (or shrank). */
export const FOLD_VERBS: Record<string, number> = {
  doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, quintupled: 5, halved: 0.5, double: 2, triple: 3, treble: 3, quadruple: 4, halve: 0.5,
  doubling: 2, tripling: 3, trebling: 3, quadrupling: 4, halving: 0.5,
  doubles: 2, triples: 3, trebles: 3, quadruples: 4, halves: 0.5,
};
/** ", tripling the fine": options in the same form ("doubling", "quadrupling"). */
export const FOLD_ING_WORDS: Record<number, string> = { 2: "doubling", 3: "tripling", 4: "quadrupling", 0.5: "halving" };
/** "would triple": options in the same form ("double", "quadruple"). */
export const FOLD_BASE_WORDS: Record<number, string> = { 2: "double", 3: "triple", 4: "quadruple", 0.5: "halve" };
export const FOLD_WORDS: Record<number, string> = { 2: "doubled", 3: "tripled", 4: "quadrupled", 5: "quintupled", 0.5: "halved" };

const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: { noun: { toSingular: (w: string, m: unknown) => string } } } } };

// A word saying that what the sentence tells comes back ("each", "usually", "the season").
const RECURRING_CUE = /\b(?:every|each|usually|annually|annual|seasons?|seasonal|often|always|typically|normally|generally)\b/i;

/**
 * "The turtles arrive in late October", "Ferries run until late September each year": a sentence that tells of
 * something that comes back, by a cue word or by the present simple of the verb before `at` ("arrive", "drive";
 * not "opened", "will open" or "have run").
 */
function recursEachYear(sentence: string, at: number): boolean {
  if (RECURRING_CUE.test(sentence)) return true;
  const verb = nlp(sentence.slice(0, at)).verbs().last();
  return verb.has("#PresentTense") && !verb.has("(will|would|have|has|had|#Modal)");
}

/** "criteria", "phenomena", "species": a plural that does not end in s, known to compromise's lexicon or inflector. */
export function isIrregularPlural(word: string): boolean {
  return irregularPlural(word.toLowerCase());
}

// compromise's inflector is slow beside a lookup: each word is asked once per article.
const irregularPlural = remembered((w: string): boolean => {
  if (!/^[a-z]{3,}$/.test(w) || w.endsWith("s") && !IRREGULAR_PLURALS.test(w)) return false;
  if (IRREGULAR_PLURALS.test(w)) return true;
  const tags = lexiconTags(w);
  if (tags.includes("Plural")) return true;
  if (tags.some((t) => /Verb|Tense|Adjective|Adverb|Preposition|Determiner|Conjunction|Pronoun|Value/.test(t))) return false;
  try {
    const singular = world.methods.two.transform.noun.toSingular(w, world.model);
    return singular !== w && /(?:um|on|us|is|a|ex|ix|an|oot|ooth|ouse)$/.test(singular);
  } catch {
    return false;
  }
});

/** The publication year, or the year that puts a month and day nearest to the publication (within half a year). */
function nearestYear(month: number, day: number, publishedAt: Date): number {
  const y = publishedAt.getUTCFullYear();
  const candidates = [y - 1, y, y + 1].map((year) => ({ year, gap: Math.abs(Date.UTC(year, month, day) - publishedAt.getTime()) }));
  return candidates.sort((a, b) => a.gap - b.gap)[0]?.year ?? y;
}

/** "on March 3", "sale Oct. 20": the year is the one that puts the day nearest the article's publication. */

/** The preposition and weekday before a day's date: "on Friday, ", "by ". */
const DAY_LEAD_WORDS = new RegExp(String.raw`^\S+\s+(?:(?:${WEEKDAY_SOURCE}),?\s+)?`);

/** The year a day written without one is stored under when the text gives it none (a leap year, so 29 February is a day). */
export const YEARLESS_YEAR = 2000;

/** A year as these readers take one, 1500-2199 (review 30 finding 11: it was written out six times). */
const YEAR_SOURCE = String.raw`(?:1[5-9]|20|21)\d\d`;
/** A span of years or a decade, anywhere in the sentence: "between 1971 and 1979", "from 1981 to 1990", "the 1980s". */
const SPAN_OF_YEARS = new RegExp(String.raw`\b(?:between|from)\s+(?:the\s+)?${YEAR_SOURCE}['’]?s?\s+(?:and|to|until|till|through)\s+(?:the\s+)?(?:${YEAR_SOURCE}['’]?s?|\d\d)\b|(?<![\d/-])${YEAR_SOURCE}\s?[-–]\s?(?:${YEAR_SOURCE}|\d\d)\b(?![/-]\d)|\b(?:1[5-9]|20)\d0['’]?s\b`, "i");
/** A sentence that opens on a year: "In 1998, ...", "During 2019 the ...". */
const OPENING_YEAR = new RegExp(String.raw`^(?:In|During|Throughout|By|Until)\s+(?:the\s+(?:\p{L}+\s+){0,2}of\s+)?${YEAR_SOURCE}\b`, "u");
/** A year in the day's own stretch of the sentence ("picked on Aug. 14 in the dry summer of 2018"); not "No. 118/2026". */
const YEAR_IN_STRETCH = new RegExp(String.raw`(?<![\d,./-])${YEAR_SOURCE}\b(?![,./-]\d)`, "g");
/** A day that comes back or a date over many years, anywhere: "each year", "on average", "usually". */
const RECURRING_DAY = /\b(?:(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter)|annually|on average|usually|typically|normally|traditionally|in most years)\b/i;
/** A figure over many years just before the day, in its stretch: "the median date of the last frost is". */
const AVERAGE_BEFORE = /\b(?:average|median|mean)\b/i;
/**
 * A day that stands for many years anywhere in the sentence: "the median birth date of kids moved, from 8 June to 6
 * June", "the usual sowing day" (a strict read keyed "8 June 2026" for a median over 1985-2025).
 */
const AVERAGE_DAY = /\b(?:average|median|mean|typical|usual|normal)\s+(?:[\p{L}-]+\s+){0,2}(?:date|day)s?\b/iu;
/**
 * A sentence set in a period an earlier sentence named: "Over that period ...", "Across the same span ...", "In those
 * years ...": a day in it belongs to no one year of the article's.
 */
const PERIOD_NAMED_BEFORE = /\b(?:over|across|during|throughout|in|for)\s+(?:that|this|the|those|these)\s+(?:same\s+|whole\s+|entire\s+)?(?:period|span|stretch|interval|era|decades|years)\b/i;
/** Where the day's stretch of a sentence begins and ends: commas, semicolons, dashes, brackets. */
const STRETCH_BREAK = /[,;:—–()]/;

/**
 * Whether a four-digit figure ending at `end` counts things rather than naming a year: "Between 1500 and 2000
 * visitors", "ships 1800 crates" (review 30 finding 6). A plural noun straight after it: tagged plural or a unit, or
 * an unknown lower-case word in -s ("crates", "pickers").
 */
function countsThings(text: string, end: number): boolean {
  // ("1500 and 2000 visitors": the first of a pair counts what the second does.)
  const pair = /^\s*(?:and|to|or|[-–])\s*\d{4}\b/.exec(text.slice(end))?.[0].length ?? 0;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end + pair))?.[1];
  if (!next) return false;
  const tags = lexiconTags(next);
  return tags.some((t) => t === "Plural" || t === "Unit") || (tags.length === 0 && /[^su]s$/.test(next));
}

/**
 * Whether the sentence around a day written without a year speaks of a time other than the article's: a span of
 * years or a decade ("Between 1971 and 1979 ... on 12 October"), an opening year, an earlier year in the day's own
 * stretch ("in the summer of 2018"), or a day that comes back ("each year", "on average", "the median date"). A year
 * "since" which something is first, a later year (a budget, a horizon, a dateline's own year) or a year in another
 * stretch ("whose design won a prize in 1994, died on Oct. 29") leaves the day the article's.
 */
function speaksOfAnotherTime(sentence: string, start: number, end: number, publishedYear: number): boolean {
  const span = SPAN_OF_YEARS.exec(sentence);
  if ((span && !countsThings(sentence, span.index + span[0].length)) || OPENING_YEAR.test(sentence) || RECURRING_DAY.test(sentence) || AVERAGE_DAY.test(sentence) || PERIOD_NAMED_BEFORE.test(sentence)) return true;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  let from = before.length;
  while (from > 0 && !STRETCH_BREAK.test(before.charAt(from - 1))) from--;
  const cut = after.search(STRETCH_BREAK);
  const stretchBefore = before.slice(from);
  if (AVERAGE_BEFORE.test(stretchBefore)) return true;
  const stretch = `${stretchBefore} ${cut < 0 ? after : after.slice(0, cut)}`;
  for (const y of stretch.matchAll(YEAR_IN_STRETCH)) {
    if (Number(y[0]) >= publishedYear || /\bsince\s+$/i.test(stretch.slice(0, y.index)) || countsThings(stretch, y.index + y[0].length)) continue;
    return true;
  }
  return false;
}

/** A year anywhere in the sentence, for "two years after it closed in 2024" to be the only one. */
const NAMED_YEAR = new RegExp(String.raw`(?<![\d,./-])${YEAR_SOURCE}(?:s|['’]s)?\b(?![,./-]\d)`);
/**
 * "on 3 March, two years after it closed in 2024": the day's year is counted from the year the sentence names, within
 * the clause ("two years after the council voted to close the mill, which had opened in 1950" counts from no year;
 * review 30 finding 1).
 */
const YEARS_FROM_YEAR = new RegExp(`^,?\\s+(\\d{1,2}|${CARDINAL_WORD_SOURCE})\\s+years?\\s+(after|before)\\s+([^.;,]*?)\\b(${YEAR_SOURCE})\\b`, "i");

/** The year "N years after (before) ... YYYY" right after the day counts to, when the sentence names no other year. */
function yearCountedTo(sentence: string, start: number, end: number): number | null {
  const after = sentence.slice(end);
  const m = YEARS_FROM_YEAR.exec(after);
  if (!m) return null;
  const years = parseNumberText(m[1] ?? "");
  if (years === null) return null;
  if (/\b(?:which|that|who|whom|whose)\b/i.test(m[3] ?? "")) return null;
  const rest = `${sentence.slice(0, start)} ${after.slice(m[0].length)}`;
  if (NAMED_YEAR.test(rest)) return null;
  return Number(m[4]) + (m[2]?.toLowerCase() === "after" ? years : -years);
}

/**
 * What a counted year gives the day: "two years" is a rounded span, so a year next to the one the tense and nearness
 * give yields to it ("The cannery reopens on 3 March, two years after it closed in 2024", written in November 2026,
 * is 3 March 2027, not a day already past); a year farther off stands only on the tense's side of publication (a
 * future day after it, a past day before it), and otherwise the day keeps no year. Review 30 finding 1.
 */
function countedYear(counted: number | null, tensed: number, fromPublication: number, future: boolean, past: boolean): number | "none" | null {
  if (counted === null) return null;
  if (Math.abs(counted - tensed) <= 1) return tensed;
  return (future ? fromPublication > 0 : past ? fromPublication < 0 : true) ? counted : "none";
}

/** A day written with its year, anywhere in a sentence: "31 October 2027", "Oct. 31, 2027". */
const DATED_DAY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_ALT},?\\s+(\\d{4})\\b|\\b${MONTH_ALT}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g");
/** A verb that starts or ends a period: "and must be over by", "and closed on"; not "and will reopen on". */
const PERIOD_VERB = "(?:start|starts|started|begin|begins|began|open|opens|opened|end|ends|ended|finish|finishes|finished|close|closes|closed|shut|shuts|over)";
/** Words between "and" and a period's verb that bring no subject of their own: "and must then finish by", "and will close on". */
const PERIOD_AUX = "(?:will|shall|must|may|might|should|would|can|could|is|are|was|were|be|been|has|have|had|then|finally|not|also|later|only|eventually|officially)";
/**
 * What joins two days into one period: "to", "until", "–", or "and" with a start or end verb, a few words and a
 * preposition. "but" and any other verb join two events ("closed on 4 March and will reopen on 2 August 2027"; review
 * 31 finding 2), and so does a subject of its own after "and", a determiner, a noun or a name ("closes on 2 November
 * and the new one opens on 15 March 2028"): only auxiliaries and adverbs may stand before the verb (review 32 finding 2).
 */
const PERIOD_JOIN = new RegExp(`^[\\s,]*(?:(?:to|until|till|through|[-–])\\s+|and\\s+(?:${PERIOD_AUX}\\s+){0,3}?${PERIOD_VERB}\\s+(?:[\\p{L}'’]+\\s+){0,2}?(?:on|by|until|till|before|to|through|in)\\s+(?:(?:${WEEKDAY_SOURCE}),?\\s+)?)$`, "u");
/** "on June 12 and September 14, 2027": a bare "and" joins a start to the dated end after it, never the reverse. */
const START_AND = /^\s*and\s+$/;

/**
 * The year a day written without one takes from a dated day in the same sentence (lane wrong38): "Sowing may start on
 * 12 April and must finish by 31 October 2027", published in November 2026, is 12 April 2027, not 2026. Two days
 * joined as one period ("on 12 April and ... by 31 October 2027", "from 12 April to 31 October 2027") share the year,
 * the start taking the year before when its day comes later in the calendar (the end the year after when earlier).
 * A dated day of another year (neither the tensed one nor the publication's) that is no such pair leaves the day's
 * year undecided ("none"), unless it lies on the other side of publication from the day's tense ("The mine closed on
 * 4 March and will reopen on 2 August 2027": a later year says nothing of a past day's); no dated day gives null.
 */
function siblingYear(sentence: string, start: number, end: number, month: number, day: number, tensed: number, publishedYear: number, tense: "past" | "future" | null): number | "none" | null {
  let verdict: number | "none" | null = null;
  for (const d of sentence.matchAll(DATED_DAY)) {
    const dMonth = monthIndex(d[2] ?? d[4] ?? "");
    const dYear = Number(d[3] ?? d[6]);
    const dDay = Number(d[1] ?? d[5]);
    if (dMonth === null) continue;
    const dStart = d.index;
    const dEnd = d.index + d[0].length;
    const own = (month - dMonth) * 100 + (day - dDay);
    let year: number | null = null;
    if (dStart >= end && (PERIOD_JOIN.test(sentence.slice(end, dStart)) || START_AND.test(sentence.slice(end, dStart)))) year = own > 0 ? dYear - 1 : dYear;
    else if (dEnd <= start && PERIOD_JOIN.test(sentence.slice(dEnd, start))) year = own < 0 ? dYear + 1 : dYear;
    if (year !== null) return year;
    // (A dated day of the publication year, a dateline's own, says nothing of the day's.)
    const otherSide = (tense === "past" && dYear > publishedYear) || (tense === "future" && dYear < publishedYear);
    if (dYear !== tensed && dYear !== publishedYear && !otherSide) verdict = "none";
  }
  return verdict;
}

/**
 * How far from publication the nearest year of a day nothing else dates is sure: a month ahead ("on 2 December" in a
 * 27 November article; "the vote on 15 January" may be January's past one), three months back (a day of next year
 * with no future tense is rarer than one of the months just gone).
 */
const UNTOLD_DAY_AHEAD = 31 * 24 * 3600 * 1000;
const UNTOLD_DAY_BACK = 92 * 24 * 3600 * 1000;

/**
 * A present in the day's clause, or a "would" anywhere before it, which speak of a day ahead: "The shed opens on",
 * "rules that take effect from", "is closed on", "payable on", "said it would move the return game, on March 14".
 */
function aheadBeforeDay(before: string): boolean {
  const clause = before.split(CLAUSE_BREAK).pop() ?? "";
  return /\bwould\b/i.test(before) || /\b(?:is|are|am|payable|due)\b/i.test(clause) || nlp(clause).match("#PresentTense").not("#Gerund").found;
}

const DAY_WITHOUT_YEAR = (m: RegExpExecArray, ctx: RuleContext): ValueSpan | null => {
  if (!ctx.publishedAt) return null;
  const month = monthIndex(m[2] ?? m[3] ?? "");
  const day = Number(m[1] ?? m[4]);
  if (month === null || day < 1 || day > 31) return null;
  // "The final will be played ... on May 23", written in November: a future tense puts the day after publication.
  const before = ctx.sentence.slice(0, m.index);
  // ("may begin on", "must finish by", "is to open on": a modal governing the day's verb speaks of what is yet to come.)
  // ("will" and the other futures only in the day's own clause: "Residents, who say it will reopen, were told it shut on".)
  const future = futureInDayClause(before);
  // "The minimum wage rose on Jan. 1", "since Jan. 1", written in November: the clause's verb is past, so is the day
  // (strict read S1 #21 keyed 1 January of the next year, the nearest 1 January).
  // Only a day something happened "on": "was extended until Dec. 31", "was rescheduled for Jan. 12" and "were asked to
  // register by Dec. 18" name days ahead.
  const reading = /^on\b/i.test(m[0]) ? pastReading(before, ctx.sentence.slice(m.index + m[0].length)) : null;
  const past = !future && (/^since\b/i.test(m[0]) || reading === "past");
  const near = nearestYear(month, day, ctx.publishedAt);
  // "on Nov. 2 last year": the sentence names the year itself.
  const said = /^\s+(last|this|next) year\b/i.exec(ctx.sentence.slice(m.index + m[0].length))?.[1]?.toLowerCase();
  const y = ctx.publishedAt.getUTCFullYear();
  const tensed = said ? y + (said === "last" ? -1 : said === "next" ? 1 : 0) : future && Date.UTC(near, month, day) < ctx.publishedAt.getTime() ? near + 1 : past && Date.UTC(near, month, day) > ctx.publishedAt.getTime() ? near - 1 : near;
  const written = m[0].replace(DAY_LEAD_WORDS, "");
  const start = m.index + m[0].length - written.length;
  // "from June 12 to September 14, 2027": a range's start takes the year its end is written with (self-read genpr-2
  // item 13 gave "12 June 2026", a wrong answer); siblingYear alone reads a range (review 31 finding 7).
  const sibling = !said ? siblingYear(ctx.sentence, start, m.index + m[0].length, month, day, tensed, y, past ? "past" : future ? "future" : null) : null;
  const countedTo = !said && sibling === null ? yearCountedTo(ctx.sentence, m.index, m.index + m[0].length) : null;
  // (A period's year must agree with the day's tense: a past day stays on or before publication, a future one after.)
  const pairedDay = typeof sibling === "number" ? Date.UTC(sibling, month, day) - ctx.publishedAt.getTime() : 0;
  const agreed = (past && pairedDay > 0) || (future && pairedDay < 0) ? "none" : sibling;
  const counted = agreed ?? countedYear(countedTo, tensed, Date.UTC(countedTo ?? near, month, day) - ctx.publishedAt.getTime(), future, past);
  const name = MONTHS[month] ?? "";
  // "Between 1971 and 1979 the average first frost came on 12 October", "Each year the fair opens on 9 September": a
  // sentence about another time, or a day that comes back, gives the day no year of the article's; it is kept as
  // written (a strict read keyed "12 October 2026", which the article never says).
  // "Boats reopened on 12 April sail daily", written in November: "reopened" may be a past tense (April 2026) or a
  // participle (a day ahead, April 2027), and the sentence does not say which (precision first; lane past32).
  const undecided = !future && reading === "undecided" && !said && counted === null && Date.UTC(tensed, month, day) > ctx.publishedAt.getTime();
  // "… following the spill of mine tailings into the San Juan river on 9 March", published 27 November 2026 (strict
  // read AW1-core keyed 9 March 2027, the nearest; the spill was in March 2026): with nothing to tell past from ahead,
  // the nearest year is a guess once the day lies far from publication (UNTOLD_DAY_AHEAD, UNTOLD_DAY_BACK). A deadline's
  // "by", "until" and "set for", a participle, a present ("the shed opens on 3 March") or a "would" name a day ahead, as before.
  const fromPublication = Date.UTC(tensed, month, day) - ctx.publishedAt.getTime();
  const untold = !future && !past && reading !== "ahead" && !said && counted === null && !/^(?:by|until|for)\b/i.test(m[0]) &&
    (fromPublication > UNTOLD_DAY_AHEAD || -fromPublication > UNTOLD_DAY_BACK) && !aheadBeforeDay(before);
  if (undecided || untold || counted === "none" || !said && counted === null && speaksOfAnotherTime(ctx.sentence, m.index, m.index + m[0].length, y)) {
    const monthFirst = /^\p{L}/u.test(written);
    const answer = monthFirst ? `${name} ${day}` : `${day} ${name}`;
    return {
      kind: "date", start, end: m.index + m[0].length, answer, accepted: [written, monthFirst ? `${day} ${name}` : `${name} ${day}`],
      value: YEARLESS_YEAR * 10000 + (month + 1) * 100 + day, unit: "day", form: plain(), qualifier: null, noun: null, granularity: "day",
    };
  }
  const year = typeof counted === "number" ? counted : tensed;
  // The article wrote no full date ("Oct. 3"): the resolved one is written the house way, as "(Oct 27)" is.
  const answer = `${day} ${name} ${year}`;
  return {
    kind: "date", start, end: m.index + m[0].length, answer, accepted: [written, `${name} ${day}, ${year}`, `${name} ${day}`, `${day} ${name}`],
    value: year * 10000 + (month + 1) * 100 + day, unit: "day", form: plain(), qualifier: null, noun: null, granularity: "day",
  };
};

/** The auxiliary of a perfect: "had (been) received", "has closed", "having signed". */
const PERFECT = /^(?:had|has|have|having)$/;

/**
 * Verbs of calling, announcing or arranging: their perfect dates the calling ("A strike has been called on 4 March",
 * "had agreed on 3 April"), and the day named may be the event's, still ahead (review 34d finding 2).
 */
const ARRANGED = /^(?:called|announced|organised|organized|arranged|declared|confirmed|proposed|timetabled|listed|tabled|agreed|promised|pledged|convened|summoned|advertised|publicised|publicized|earmarked|pencilled|penciled|designated|reserved|requested|set|planned|invited)$/;

/** A verb's own particle, which may stand between it and "on": "had been called off on", "had signed up on". */
const PARTICLE = /^(?:up|off|out|down|back|over|away)$/;

/** Words that open a noun or stand for one after "to" ("moved to the court", "returned to them"): no infinitive. */
const NOUN_AFTER_TO = /^(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|some|any|all|each|every|no|both|one|two|three|them|him|us|me|it|you)$/;

/**
 * How a perfect before a day ("had been received on", "has closed on", "had agreed to meet on") reads, the participle
 * `word` at `at` of the clause's `words` and `raw` as written: "past" only when the participle's own event falls on
 * the day ("had been received on 3 April", "have signed on 4 March"). A to-infinitive between ("had been told to return
 * on", "had agreed to meet on") owns the day, and so does the event a verb of arranging names ("has been called on"):
 * a present perfect names a day ahead ("ahead": the nearest), and a past perfect, which may be reported speech
 * of a plan still ahead ("Officials said the sides had agreed to meet on 3 April"), does not tell ("undecided").
 * Undefined: a present perfect with words between ("has signed the deal on"), read as before.
 */
function perfectReading(auxiliary: string, word: string, at: number, words: readonly string[], raw: readonly string[]): "past" | "undecided" | "ahead" | undefined {
  const pastPerfect = /^(?:had|having)$/.test(auxiliary);
  const infinitive = words.some((w, j) => j > at && words[j - 1] === "to" && /^\p{Ll}/u.test(raw[j] ?? "") && !NOUN_AFTER_TO.test(w));
  if (infinitive || ARRANGED.test(word) || SCHEDULED.test(word)) return pastPerfect ? "undecided" : "ahead";
  // (Review 35b finding 5: only the participle right before "on", or before its own particle and "on", is dated by the
  // day. Words between may own it: "had been invited to Beijing on", "had been adjourned until a hearing on", "had voted
  // for a strike on" name an event still ahead, so a past perfect with words between does not tell.)
  // ("been" stands for a participle the tagger does not know: "had been told on".)
  const verb = word === "been" ? at + 1 : at;
  const direct = verb === words.length - 1 || verb === words.length - 2 && PARTICLE.test(words[verb + 1] ?? "");
  if (direct) return "past";
  return pastPerfect ? "undecided" : undefined;
}

/** A participle that puts a day ahead however it is tensed: "was scheduled on", "were moved on". */
const SCHEDULED = /^(?:scheduled|rescheduled|set|planned|expected|due|slated|fixed|booked|postponed|delayed|deferred|moved|pushed|brought|extended)$/;

/**
 * The lower-cased words of the day's own clause before it, hyphens kept ("must-win" is no modal). A modal written with
 * a capital is kept as written, so no MODAL: the month "May" and the name "Will" ("Sales fell in May and again on").
 */
function clauseWords(before: string): string[] {
  return rawClauseWords(before).map((w) => MODAL.test(w.toLowerCase()) && /^\p{Lu}/u.test(w) ? w : w.toLowerCase());
}

/** The same words as written. */
function rawClauseWords(before: string): string[] {
  return (before.split(CLAUSE_BREAK).pop() ?? "").trim().split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, ""));
}

/**
 * Whether the verb just before a day (within four words) tells of the past: "rose on", "fell by 4% on", "was signed on"
 * are "past", and so is a bare past-or-participle after its clause's subject ("The mine closed on 4 March"); a SCHEDULED
 * participle, "tickets bought by December 31" and "shareholders registered on Dec. 18" name a day ahead ("ahead"), and
 * a bare "-ed" the sentence leaves a past or a participle is "undecided" (day-tense.ts bareVerbReading).
 */
function pastReading(before: string, after: string): "past" | "undecided" | "ahead" | null {
  const words = clauseWords(before);
  const raw = rawClauseWords(before);
  for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
    const [word = "", previous = ""] = [words[i], words[i - 1]];
    // ("may begin on": a modal is no past tense, though "may" and "might" are tagged as one.)
    if (MODAL.test(word)) return null;
    if (/^(?:was|were)$/.test(word)) return "past";
    if (!isFiniteVerb(word, previous) && !isPastParticiple(word)) continue;
    // ("had been received on", "had signed the deal on", "has closed on": a perfect tells of a day already past (lane
    // wrong59: "had been received on 3 April", published in November, was keyed April of the next year), unless a
    // to-infinitive or a verb of arranging owns the day (perfectReading; review 34d finding 2); "will have been received
    // on" is a future, read before.)
    const perfect = PERFECT.exec(previous === "been" ? words[i - 2] ?? "" : previous)?.[0];
    if (perfect && (isPastParticiple(word) || isPastOrParticiple(word))) {
      const reading = perfectReading(perfect, word, i, words, raw);
      if (reading !== undefined) return reading;
    }
    if (SCHEDULED.test(word)) return "ahead";
    if (/^(?:was|were)$/.test(previous)) return isPastParticiple(word) ? "past" : null;
    if (previous === "to") return null;
    if (isPastTenseOnly(word)) return "past";
    // ("is closed on", "had closed on", "been registered on": an auxiliary's participle is read as before.)
    if (!isPastOrParticiple(word) || /^(?:is|are|am|be|been|being|has|have|had|get|gets|got|having)$/.test(previous) || MODAL.test(previous)) return null;
    const reading = bareVerbReading(before, words, i, after);
    return reading === "participle" ? "ahead" : reading;
  }
  return null;
}

/** "nearly triple its 2021 level": options in the same form ("nearly double", "nearly five times"). */
export const FOLD_LEVEL_WORDS: Record<number, string> = { 2: "double", 3: "triple", 4: "quadruple", 5: "five times", 10: "ten times" };
const FOLD_LEVEL_VALUES: Record<string, number> = { double: 2, triple: 3, treble: 3, quadruple: 4 };

// A qualifier of a fraction or a multiple, kept in its answer: "less than half" is not "half". "over" and "under"
// alone are left out ("took over half of the firm"), and so is a qualifier after "no" ("no more than half" is at most).
const FRACTION_QUALIFIERS = "nearly|almost|barely|scarcely|about|around|roughly|some|approximately|close to|a little over|a little under|a little more than|a little less than|slightly over|slightly under|slightly more than|slightly less than|just over|just under|well over|well under|more than|less than|fewer than|at least|at most|up to|as much as|as many as";
// "more than half an hour", "nearly a quarter of a century", "about half a million": a part of a unit, not a share.
export const PART_OF_A_UNIT = /^(?:\s+of)?\s+(?:a|an)\s+[a-z]+\b(?!\s+of\b)|^\s+(?:a|an)\s+(?:million|billion|thousand|hundred|dozen)\b/;
/** "frequent", "productive": a word an "as ... as" comparison is made on (the lexicon misses some adjectives). */
function comparable(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.includes("Adjective") || (tags.length === 0 && /(?:ive|ous|ful|ar|al|ic|ent|ant|able|ible)$/.test(word));
}
/** "about", "nearly", "more than": the words the multiple rules read before a multiple (one list, figure-qualifiers.ts). */
const MULTIPLE_QUAL = qualifierAlternation(MULTIPLE_QUALIFIERS);
/** A bound that makes options on one side true as well: "less than half" is also less than two thirds. */
export function boundSide(qualifier: string): "upper" | "lower" | null {
  const q = qualifier.toLowerCase().trim();
  return /^(?:less than|fewer than|at most|up to|as (?:much|many) as|(?:just|well|a little|slightly) under|(?:a little|slightly) less than|under)$/.test(q) ? "upper" : /^(?:more than|at least|(?:just|well|a little|slightly) over|(?:a little|slightly) more than|over)$/.test(q) ? "lower" : null;
}

// The second word of a compound that makes it no count: time (its own rules), a fraction, an age, a vague figure, a
// shape ("two-legged", "three-pronged").
/** A number word alone ("seven"): the second word of "twenty-five" is no counted noun. */
const CARDINAL_WORD_ONLY = new RegExp(`^${CARDINAL_WORD_SOURCE}$`, "i");
const COMPOUND_NOT_COUNTED = /^(?:(?:day|week|month|year|hour|minute|second|decade|century|night|time|way|off|odd|plus|something|fold|ish|and|or|thirds?|quarters?|halves|half|fifths?|tenths?)(?:-[a-z]+)?|[a-z]+-(?:old|long)|[a-z]{3,}ed)$|(?:metre|meter|mile|tonne|watt|km)s?$/;

const YEAR_PART_INDEX: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4 };
/** The ordinal word of a part of a year: options are written "second quarter of 2027", never "2nd". */
export const YEAR_PART_WORDS = ["", "first", "second", "third", "fourth"];

// Plural subjects a bare figure after "are" does not count: a share, a rate, a price, a score, a time.
const NON_COUNTED_SUBJECT = /^(?:sales|prices|costs|rates|profits|earnings|revenues|results|figures|numbers|totals|levels|shares|odds|scores|points|temperatures|speeds|wages|salaries|fees|taxes|tariffs|savings|losses|assets|debts|years|months|days|weeks|hours|minutes|seconds|times|its|this|has|was|is|does|goes)$/;

/**
 * Verbs after which "N to M" is no range: a change written without "from" ("rose 20 to 28 flights": 20 was, 28 is), a
 * move ("went 20 to 28"), a vote's or a match's result ("the motion failed 48 to 52", "passed 61 to 39").
 */
const NO_RANGE_AFTER_VERBS: ReadonlySet<string> = new Set([...ALL_CHANGE_FORMS, ...verbWords([GO_VERB, ...TALLY_VERBS], ALL_FORMS)]);
/** A whole number as written in digits, grouped or not: "1,200", "437". */
const INTEGER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
/** What a count range counts: a plural ("trucks", "wardens") or a plural without an -s. */
const COUNTED_NOUN = String.raw`[a-z][\w-]*[^s\W]s|people|children|staff`;
/** Plurals a figure's range or change does not count: a duration, a multiple, a score, a share. */
const NOT_A_COUNT_HEAD = "years|months|weeks|days|hours|minutes|seconds|decades|nights|times|points|percent";
const NOT_A_COUNT = new RegExp(`^(?:${NOT_A_COUNT_HEAD})$`);
/** Whether a range's counted noun opens with a verb's "-ed", "-ly" or "-ing" word ("6 to 9 rising costs"), no adjective. */
function verbBeforeNoun(noun: string): boolean {
  const first = noun.split(" ")[0] ?? "";
  return noun.includes(" ") && /(?:ed|ly|ing)$/.test(first) && !lexiconTags(first).includes("Adjective");
}
/** Heads a tally or a score counts: "48 to 52 votes", "12 to 15 seats", "3 to 1 goals". */
const TALLY_HEAD = /^(?:votes|ballots|seats|points|goals|runs|wickets|tries|touchdowns|baskets|sets|frames|games|matches|rounds)$/;
/**
 * Whether a verb of change or of a result, or the adverb "up"/"down" of a change, stands in the clause before a count
 * range (back to its last comma or colon).
 */
function changeOrTallyBefore(before: string): boolean {
  const clause = before.split(/[,;:(—–]/).pop() ?? "";
  // ("were up 20 to 28 flights", "down 20 to 28 flights on the year": a change written with its adverb, no verb.)
  return (clause.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => NO_RANGE_AFTER_VERBS.has(w) || w === "up" || w === "down");
}

/** Groups of people a bare figure after "of" sizes: "a delegation of 34", "a crew of 12", "the first cohort of 60". */
const GROUP_HEADS = "delegation|crew|squad|contingent|cohort|team|entourage|retinue";
const GROUP_HEAD = new RegExp(`^(?:${GROUP_HEADS})$`);
/** What may follow a group's bare size: a clause break or a word that opens no noun ("of 34 that includes", "of 38, including"). */
const BARE_GROUP_SIZE_AFTER = /^(?:\s*(?:[.,;:)]|$)|\s+(?:that|who|which|from|including|led|headed|to|for|in|on|at|with|when|while|as|after|before|during|would|will|was|were|is|are|has|had|and)\b)/;

export const VALUE_RULES: ValueRule[] = [
  ...MEASURE_RATE_RULES,
  {
    // "between 190,000 and 260,000 tonnes", "40-60 km": a range of a measure is one answer; neither end is asked alone
    // (a "from 40 to 60 km" is a change, not a range, and is left to the measure rule).
    name: "measure range",
    requires: new RegExp(`\\d\\s?(?:and|to|[-–])\\s?\\d`),
    order: "first",
    example: { sentence: "Models put the lake's yearly loss at between 120,000 and 180,000 tonnes.", answer: "between 120,000 and 180,000 tonnes" },
    pattern: new RegExp(`(?<![\\d.,])\\b(between\\s+)?${NUM}(\\s(?:million|billion))?(?:\\s(${MEASURE_ALT}))?(\\s+and\\s+|\\s?[-–]\\s?|\\s+to\\s+)${NUM}(\\s(?:million|billion))?\\s(${MEASURE_ALT})\\b(?![-–]\\w)`, "g"),
    yields: (m, ctx) => {
      const [all, between, a = "", scaleA = "", unitA, joint = "", b = "", scaleB = "", unit = ""] = m;
      if (/\band\b/.test(joint) !== !!between || (unitA && unitA !== unit) || /\bfrom\s+$/i.test(ctx.sentence.slice(0, m.index))) return null;
      // "rose from 12,000 tonnes in 2010 to 41,000 tonnes": a year before "to" is a date, not the range's start.
      if (!unitA && !scaleA && /^(?:1[89]|20)\d\d$/.test(a)) return null;
      const [x, y] = [Number(a.replace(/,/g, "")) * (scaleA ? 1e6 : 1) * (scaleA.includes("billion") ? 1e3 : 1), Number(b.replace(/,/g, "")) * (scaleB ? 1e6 : 1) * (scaleB.includes("billion") ? 1e3 : 1)];
      if (!(x < y) && !(scaleB && !scaleA && Number(a.replace(/,/g, "")) < Number(b.replace(/,/g, "")))) return null;
      const bare = (n: string, sc: string) => `${n}${sc}`;
      return {
        kind: "count", start: m.index, end: m.index + all.length, answer: all.replace(/\s+/g, " "),
        accepted: [`${bare(a, scaleA)} to ${bare(b, scaleB)} ${unit}`, `${bare(a, scaleA)}-${bare(b, scaleB)} ${unit}`, `between ${bare(a, scaleA)} and ${bare(b, scaleB)} ${unit}`],
        value: null, unit: `measure range:${unit}`, form: plain(), qualifier: null, noun: null,
      };
    },
  },
  {
    // "between 8.0 billion and 8.4 billion escudos", "DKK 45–50 million", "€3-4 billion": a range of a sum written with
    // its currency once is one answer (either end alone states a wrong figure; "45" alone is no sum at all). A "from
    // ... to ..." is a change, left to the money patterns.
    name: "money range",
    requires: /\d(?:\s(?:million|billion))?\s?(?:and|to|[-–])\s?\d/,
    order: "first",
    example: { sentence: "The group expects revenue of between 8.0 billion and 8.4 billion escudos this year.", answer: "between 8.0 billion and 8.4 billion escudos" },
    pattern: new RegExp(
      `(?<![\\d.,])\\b(between\\s+)?${NUM}(\\s(?:million|billion))?(\\s+and\\s+|\\s?[-–]\\s?|\\s+to\\s+)${NUM}(\\s(?:million|billion))?\\s(?:[A-Z][a-z]+\\s)?(?:${CURRENCY_WORD_SOURCE})\\b(?![-'’])|(?<![A-Za-z])(?:([A-Z]{3})\\s?|(€|£|\\$|[A-Z]{1,3}[$£]))${NUM}[-–]${NUM}(\\s(?:million|billion|bn|mn)\\b|(?![\\d.,]?\\d))`,
      "g",
    ),
    yields: (m, ctx) => {
      const [all, between, a = "", scaleA = "", joint = "", b = "", scaleB = "", code, sign, c = "", d = "", scaleCD = ""] = m;
      if (code !== undefined || sign !== undefined) {
        // ("COP 28-29" is a conference: a code before a bare range is money only with a scale word.)
        if (code !== undefined && (!CURRENCY_CODES.has(code) || !scaleCD)) return null;
        if (!(Number(c.replace(/,/g, "")) < Number(d.replace(/,/g, "")))) return null;
        const cur = code ?? sign ?? "";
        return {
          kind: "money", start: m.index, end: m.index + all.length, answer: all, accepted: [`${cur}${code ? " " : ""}${c} to ${d}${scaleCD}`, all.replace(/–/g, "-"), `${cur}${code ? " " : ""}${c}-${d}${scaleCD}`],
          value: null, unit: `money range:${cur}${scaleCD}`, form: plain(), qualifier: null, noun: null,
        };
      }
      if (/\band\b/.test(joint) !== !!between || /\bfrom\s+$/i.test(ctx.sentence.slice(0, m.index))) return null;
      const scale = (x: string) => (x.includes("billion") ? 1e9 : x.includes("million") ? 1e6 : 1);
      const [x, y] = [Number(a.replace(/,/g, "")) * scale(scaleA || scaleB), Number(b.replace(/,/g, "")) * scale(scaleB)];
      if (!(x < y) || (!scaleA && !scaleB && /^(?:1[89]|20)\d\d$/.test(a))) return null;
      const currency = all.slice(all.lastIndexOf(" ") + 1);
      return {
        kind: "money", start: m.index, end: m.index + all.length, answer: all.replace(/\s+/g, " "),
        accepted: [`${a}${scaleA} to ${b}${scaleB} ${currency}`, `${a}${scaleA}-${b}${scaleB} ${currency}`, `between ${a}${scaleA} and ${b}${scaleB} ${currency}`],
        value: null, unit: `money range:${currency.toLowerCase()}`, form: plain(), qualifier: null, noun: null,
      };
    },
  },
  {
    // "nearly a third of the price", "less than half of last year's payout", "Roughly four in five migrants": a share
    // with its qualifier is one answer; options are other shares with the same qualifier ("nearly a quarter").
    name: "qualified fraction",
    // (" in " alone would let the pattern run on nearly every sentence: a ratio's "in" follows a number.)
    requires: /(?:ly|about|around|some|than|least|most|up to|close to|over|under|\bas)\s+(?:a\s|an\s|one\s|two|three|four|five|six|seven|eight|nine|half|\d)|\b(?:one|two|three|four|five|six|seven|eight|nine)\s(?:in|out of)\s[a-z]/i,
    order: "first",
    example: { sentence: "Nearly two thirds of the lake's eels were tagged in spring.", answer: "nearly two thirds" },
    pattern: new RegExp(`(?<![\\w-])(?<!\\b(?:[Nn]o|[Nn]ot)\\s)(?:(${FRACTION_QUALIFIERS})\\s+)?(${FRACTION_WORD_SOURCE}|(${CARDINAL_WORD_SOURCE}|\\d+)\\s(?:in|out of)\\s(${CARDINAL_WORD_SOURCE}|\\d+))\\b(?![-\\w])`, "gi"),
    yields: (m, ctx) => {
      const [all, qualifierText = "", fraction = "", top, bottom] = m;
      const after = ctx.sentence.slice(m.index + all.length);
      if (PART_OF_A_UNIT.test(after)) return null;
      // "Nearly two thirds said ...": a share that is the whole subject says not of whom; the blank would leave it out.
      const next = /^\s+([a-z]+)/.exec(after)?.[1] ?? "";
      // (A plural subject's verb is never in -s: "three in four nurses work" opens with a noun, "two thirds say" with a verb.)
      const tags = next ? lexiconTags(next) : [];
      if (m.index === 0 && tags.some((t) => /PastTense|Infinitive|Auxiliary|Copula|Modal/.test(t)) && !tags.some((t) => /Noun|Plural|Singular/.test(t))) return null;
      const value = fractionValue(fraction);
      if (value === null || value <= 0 || value >= 1) return null;
      const q = qualifierText.toLowerCase();
      const ratio = top !== undefined && bottom !== undefined;
      // "One in four of the residents", "one in five nurses": a share in words needs no qualifier; a bare "a third" is
      // the plain fraction rule's, and "3 in 5" may be a score.
      if (!q && (!ratio || /\d/.test(fraction) || !(/^\s+of\s/.test(after) || tags.some((t) => /Plural/.test(t))))) return null;
      const answer = `${q ? `${q} ` : ""}${fraction.charAt(0).toLowerCase()}${fraction.slice(1)}`;
      // "nearly a third" typed as "a third" is right, as a bare figure is for a bound ("less than half": "half").
      const accepted = [fraction.toLowerCase()];
      return {
        kind: "percent", start: m.index, end: m.index + all.length, answer, accepted, value, unit: ratio ? "fraction ratio" : "fraction",
        form: plain({ prefix: q ? `${q} ` : "", suffix: ratio ? ` ${fraction.slice(fraction.search(/\s(?:in|out of)\s/))}`.replace(/^\s+/, " ") : "", words: true }), qualifier: null, noun: null,
      };
    },
  },
  {
    // "about one school in five", "almost one job in three", "fewer than one trip in ten": a share written as one of a
    // thing in a whole, asked whole; options change the whole ("one school in four"), never the "one".
    name: "one thing in a whole",
    requires: /\bone\s[a-z][\w-]*(?:\s[a-z][\w-]*)?\sin\s(?:every\s)?(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a hundred)/i,
    order: "first",
    example: { sentence: "Inspectors found phones in about one school in five.", answer: "about one school in five" },
    pattern: new RegExp(`(?<![\\w-])(?:(${FRACTION_QUALIFIERS})\\s+)?(one\\s((?:[a-z][\\w-]*\\s)?[a-z][\\w-]*)\\sin\\s(?:every\\s)?)(\\d{1,3}|${CARDINAL_WORD_SOURCE}|a hundred)\\b(?=\\s*[.,;:)]|\\s+(?:in|on|at|across|nationwide|worldwide|still|now|is|was|are|were|had|has|have|will|would|could|said|says|say|and|but|while|compared|[a-z]+ed|([a-z]+s)(?=(\\s+[a-z]+ly\\b)?))\\b)`, "gi"),
    yields: (m) => {
      const [all, qualifierText = "", lead = "", noun = "", wholeText = "", verbAfter = "", adverbAfter = ""] = m;
      // ("one adult in 20 owns a car", "... smokes daily": a present verb after the whole; "one case in 12 hospitals
      // surveyed" counts hospitals, so a word in -s is a verb only when the lexicon says so or an adverb follows it.)
      if (verbAfter && !adverbAfter && !lexiconTags(verbAfter).includes("PresentTense")) return null;
      const whole = parseNumberText(wholeText.replace(/^a /, "one "));
      const head = noun.split(" ").pop() ?? "";
      // ("one of them in five", "one goal in 20": a plural or a figure's noun is no thing of a whole.)
      if (whole === null || whole < 2 || whole > 100 || /[A-Z]/.test(all.slice(qualifierText.length + 1)) || (/s$/.test(head) && !/ss$/.test(head))) return null;
      if (lexiconTags(noun.split(" ")[0] ?? "").some((t) => /Verb|PastTense|PresentTense|Infinitive|Copula|Modal|Preposition|Determiner|Pronoun/.test(t))) return null;
      const q = qualifierText.toLowerCase();
      const prefix = `${q ? `${q} ` : ""}${lead.toLowerCase()}`;
      const answer = `${prefix}${wholeText.toLowerCase()}`;
      return {
        kind: "count", start: m.index, end: m.index + all.length, answer, accepted: [`${lead.toLowerCase()}${wholeText.toLowerCase()}`, `one in ${wholeText.toLowerCase()}`, `1 in ${whole}`],
        value: whole, unit: "one thing in a whole", form: plain({ prefix, words: !/^\d/.test(wholeText) }), qualifier: null, noun: null,
      };
    },
  },
  {
    // "nearly triple its 2021 level", ", double the airport's present capacity", "nearly double the 21 they had": a
    // multiple of a stated level or figure. A verb
    // ("plans to double its output") is the multiplier verb rule's; without a qualifier only an aside after a comma.
    name: "multiple of a level",
    requires: /double|triple|treble|quadruple/,
    order: "first",
    example: { sentence: "Exports reached $2 billion last year, nearly triple their 2019 level.", answer: "nearly triple" },
    pattern: /(?<!\b(?:to|will|would|could|can|may|might|should|must|[Nn]o|[Nn]ot)\s)\b(?:(nearly|almost|more than|roughly|about|around)\s+)?(double|triple|treble|quadruple)(?=\s+(?:its|their|his|her|the\s+[A-Za-z-]+['’]s|(?:this|last|that)\s+(?:year|month|week|season|quarter)['’]s|[A-Z][\w-]*['’]s|what\s+(?:it|they|he|she|we|the|its|their|[A-Z][\w-]*)\s+[a-z]+\b|the\s+(?:(?:19|20)\d\d\s+|[a-z]+\s+)?(?:level|limit|capacity|figure|rate|amount|number|size|total|average|price|cost|output|record|target|maximum|minimum)\b|the\s+(?:[$€£]|[A-Z]{3}\s?)?\d)\s?)/g,
    yields: (m, ctx) => {
      const [all, q, word = ""] = m;
      if (!q && !/,\s$/.test(ctx.sentence.slice(0, m.index))) return null;
      const value = FOLD_LEVEL_VALUES[word] ?? 0;
      const prefix = q ? `${q} ` : "";
      return {
        kind: "count", start: m.index, end: m.index + all.length, answer: all, accepted: [`${prefix}${value} times`, `${prefix}${numberToWord(value)} times`, ...(value === 3 ? [`${prefix}${word === "triple" ? "treble" : "triple"}`] : [])],
        value, unit: "fold level", form: plain({ prefix, words: true }), qualifier: null, noun: null,
      };
    },
  },
  {
    // "330 km", "2.9 million tonnes", "4,000 litres per second", "minus 20 degrees Celsius": a figure and its unit are
    // one answer, written as the article writes it; options keep the unit.
    name: "measure",
    requires: new RegExp(`(?:\\d|\\ba)(?:\\s(?:million|billion))?[\\s-]?(?:${MEASURE_ALT})`),
    order: "first",
    example: { sentence: "The cable would run 330 km under the Baltic Sea.", answer: "330 km" },
    // ("around a billion tonnes": "a" before a scale is one.)
    pattern: new RegExp(`(?<![\\d.,])\\b(minus\\s)?(${NUM.slice(1, -1)}|a(?=\\s(?:million|billion)\\s))(?:\\s(million|billion))?[\\s-]?(${MEASURE_ALT})(\\s+(?:per|a|an)\\s+(?:second|minute|hour|day|week|month|year|kilogram|kilometre|person|head))?\\b(?![-–]\\w)`, "g"),
    yields: (m) => {
      const [all, minus, num = "", scaleWord, unitText = "", rate] = m;
      // "half a billion tonnes", "a quarter of a million tonnes": that "a" is a part's, not one.
      if (num === "a" && /\b(?:half|quarter|third|fifth|tenth|of)\s$/i.test(m.input.slice(0, m.index))) return null;
      if (/-/.test(all.replace(/(?:tera|giga|mega|kilo)?watt-hours/, "")) && !minus) return null;
      // "4,000 litres per second" keeps its rate; in "2.9 million tonnes a year" the rate stays outside the answer.
      const per = rate && /per/.test(rate) ? rate.replace(/\s+/g, " ") : "";
      const scale = scaleWord === "billion" ? 1e9 : scaleWord === "million" ? 1e6 : 1;
      const value = (num === "a" ? 1 : Number(num.replace(/,/g, ""))) * scale * (minus ? -1 : 1);
      // ("0.9°C": a degree sign is written against its figure.)
      const suffix = `${scaleWord ? ` ${scaleWord}` : ""}${/^°/.test(unitText) ? "" : " "}${unitText}${per}`;
      const answer = `${minus ? "minus " : ""}${num}${suffix}`;
      const end = m.index + all.length - (rate && !per ? rate.length : 0);
      return {
        kind: "count", start: m.index, end, answer, accepted: num === "a" ? [`1${suffix}`, `one${suffix}`] : [`${minus ? "-" : ""}${num.replace(/,/g, "")}${suffix}`, `${minus ? "-" : ""}${num}`],
        value, unit: `measure:${unitText}${per}`, qualifier: null, noun: null,
        // ("a billion tonnes": options in tenths, as "0.6 billion tonnes", never "0 billion".)
        form: plain({ suffix, decimals: num === "a" ? 1 : decimalsOf(num), grouped: num.includes(","), prefix: minus ? "minus " : "" }),
      };
    },
  },
  {
    // A range is one fact: neither end may be asked or blanked alone (the ends are left to no other rule).
    name: "year range",
    requires: /\d[-–]\d/,
    order: "first",
    example: { sentence: "The plan covers the period 2022-2024.", answer: "2022-2024" },
    pattern: /(?<![\d.,$€£¥-])\b((?:19|20)\d{2})[-–]((?:19|20)?\d{2})\b(?![-–]\d)/g,
    yields: (m) => {
      const from = Number(m[1]);
      const toText = m[2] ?? "";
      const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
      if (to <= from || to - from > 150) return null;
      return { kind: "date", start: m.index, end: m.index + m[0].length, answer: m[0], accepted: [`${from}-${to}`, `${from} to ${to}`], value: null, unit: "year range", form: plain(), qualifier: null, noun: null, granularity: "year" };
    },
  },
  {
    name: "percent range",
    requires: /%|percent|per cent/,
    order: "first",
    example: { sentence: "Inflation will stay between 3% and 5% next year.", answer: "between 3% and 5%" },
    pattern: new RegExp(`\\b(?:between\\s+${NUM}\\s?(%|percent\\b|per cent\\b)?\\s+and\\s+${NUM}\\s?(%|percent\\b|per cent\\b)|${NUM}\\s?(%|percent\\b|per cent\\b)?(?:${DASH}|\\s+to\\s+)${NUM}\\s?(%|percent\\b|per cent\\b))`, "g"),
    yields: (m, ctx) => {
      const a = m[1] ?? m[5] ?? "";
      const b = m[3] ?? m[7] ?? "";
      if (!(m[4] ?? m[8]) || Number(a.replace(/,/g, "")) >= Number(b.replace(/,/g, ""))) return null;
      // "raise the levy from 1% to 1.5%" is a change, each figure a value of its own, not a range.
      if (!m[0].startsWith("between") && /\bfrom\s+$/i.test(ctx.sentence.slice(0, m.index))) return null;
      const between = m[0].startsWith("between");
      // Written as the article writes it ("7% to 9%", "3-5%"), in one spacing.
      const answer = between ? `between ${a}% and ${b}%` : m[0].replace(/\s+/g, " ").replace(/\s?(?:percent|per cent)\b/g, "%");
      return { kind: "percent", start: m.index, end: m.index + m[0].length, answer, accepted: [`${a}-${b}%`, `${a}% to ${b}%`, `${a}%-${b}%`], value: null, unit: "percent range", form: plain(), qualifier: null, noun: null };
    },
  },
  {
    // "expected in 12 to 18 months", "takes 1,200 to 1,600 hours": a range of durations is one answer; its end is never
    // blanked alone.
    name: "duration range",
    requires: /days|weeks|months|years|hours|minutes|decades/i,
    order: "first",
    example: { sentence: "The final report is expected in 12 to 18 months.", answer: "12 to 18 months" },
    pattern: new RegExp(`(?<![\\d.,])\\b(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE})(\\s?[-–]\\s?|\\s+to\\s+|\\s+or\\s+)(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE})\\s(days|weeks|months|years|hours|minutes|decades)\\b`, "gi"),
    yields: (m) => {
      const [a, b] = [parseNumberText(m[1] ?? ""), parseNumberText(m[3] ?? "")];
      if (a === null || b === null || a >= b) return null;
      const answer = m[0].replace(/\s+/g, " ");
      return { kind: "duration", start: m.index, end: m.index + m[0].length, answer, accepted: [`${a}-${b} ${m[4]}`, `${a} to ${b} ${m[4]}`], value: null, unit: "duration range", form: plain(), qualifier: null, noun: null };
    },
  },
  {
    // "won 2-0", "a 3–1 defeat", "beat Olympiacos 88-81", "led 63-58", "a 12-2 run": two numbers read as one answer,
    // after a verb of the result or before a noun that makes them a score (a bare "a 20-25 range" is none). A verb
    // of the result may be followed by the opponent or the match ("beat fierce rivals APOEL 2-1", "won the first leg
    // of the derby 2-0"), but not by a function word ("beat forecasts for the 20-25 age group").
    name: "score",
    requires: /\d\s?[-–]\s?\d/,
    order: "first",
    // ("Half-time: 0-1.": a result box's line names the score it gives.)
    example: { sentence: "Arsenal won 2-0 against Chelsea on Saturday.", answer: "2-0" },
    // (The lookahead first: it implies the score's figures below, and spares the costly lookbehind every position
    // without them, about 20 times faster on sentences that pass `requires`; the matches are the same.)
    pattern: new RegExp(
      String.raw`(?=\d{1,3}\s?[-–]\s?\d)(?<=\b(?:[Hh]alf[- ]time:|[Ff]ull[- ]time:|(?:were|was|been|be)\s+held|${SCORE_AFTER}|tied|level|ahead|behind|run\s+of|(?:gap|series|deficit|lead|margin)\s+(?:to|at)|(?:lifts?|lifted|lifting|moves?|moved|takes?|took|improves?|improved)\s+(?:[\p{L}’'.-]+\s+){0,3}to|(?:${SIDE_BEATEN})\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?|(?:${SIDE_BEATEN}|won|drew)\s+(?:[\p{L}\d’'.-]+\s+){0,8}(?!(?:the|a|an|of|in|for|at|to|by|from|with|aged|and|or|between|than)\s)[\p{L}’'-]{2,}|out[a-z]+ed\s+(?:them|him|her|us|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)|(?:a|an|the)(?:\s[a-z]+(?:-[a-z]+)?)?)\s)(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d–-])(?=\s+(?:${SCORE_NOUNS}|home|away|against|over|to|in|on|at|after|before|with|and|by|[\p{L}-]+\s+(?:${SCORE_NOUNS}))\b|[.,;:]|$)`,
      "gu",
    ),
    yields: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const before = m.input?.slice(Math.max(0, m.index - 12), m.index) ?? "";
      // "a 20-25 range", "the 2019-20 season" are not scores; "a 3–1 defeat", "a 12-2 run" are.
      const nounAfter = SCORE_NOUN_AFTER.test(m.input?.slice(m.index + m[0].length) ?? "");
      if (b >= SCORE_BASE || (/\b(?:a|an|the)(?:\s[a-z]+(?:-[a-z]+)?)?\s$/.test(before) && !nounAfter)) return null;
      // ("were held 1-1 by Samaritaine": held to a score by a side, named.)
      if (/\bheld\s$/.test(before) && !/^\s+by\s+\p{Lu}/u.test(m.input?.slice(m.index + m[0].length) ?? "")) return null;
      return { kind: "count", start: m.index, end: m.index + m[0].length, answer: `${a}-${b}`, accepted: [`${a}–${b}`, `${a} - ${b}`, `${a} to ${b}`], value: a * SCORE_BASE + b, unit: "score", form: plain(), qualifier: null, noun: null };
    },
  },
  {
    // "Kestrel had 14 (6) shots (on target)" (a match-statistics cell, table-sentences.ts): a count and, in brackets,
    // the part of it that the noun's own brackets name; either figure alone would not be what the table says.
    name: "count with its part",
    requires: /\d \(\d/,
    order: "first",
    example: { sentence: "Kestrel had 14 (6) shots (on target).", answer: "14 (6)" },
    pattern: /(?<![\d.,])\b(\d{1,3}) \((\d{1,3})\) ([a-z]+s \([a-z][a-z ]*\))/g,
    yields: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (b > a) return null;
      const answer = `${m[1]} (${m[2]})`;
      return { kind: "count", start: m.index, end: m.index + answer.length, answer, accepted: [`${a}(${b})`, `${a} and ${b}`], value: null, unit: "count with its part", form: plain(), qualifier: null, noun: m[3] ?? null };
    },
  },
  {
    // "Zimbabwe reached 287 for 7 from their 50 overs", "finished with 3 for 44 from his ten overs": a cricket total
    // (runs for wickets) or a bowler's figures (wickets for runs) is one answer, written as the report writes it.
    name: "cricket figures",
    requires: /\d for \d|\b[a-z]+ for \d/,
    order: "first",
    example: { sentence: "The hosts reached 287 for 7 from their 50 overs.", answer: "287 for 7" },
    pattern: new RegExp(`(?<![\\w.,-])(\\d{1,3}|${CARDINAL_WORD_SOURCE}) for (\\d{1,3})(?![\\w-]|[.,]\\d|\\s(?:years|months|weeks|days|hours|minutes|people|children|per\\b|percent))`, "gi"),
    yields: (m, ctx) => {
      const [all, x = "", y = ""] = m;
      if (!CRICKET_WORDS.test(ctx.sentence)) return null;
      const [a, b] = [parseNumberText(x), Number(y)];
      // A total loses at most ten wickets; a bowler takes at most ten.
      if (a === null || (b > 10 && a > 10) || (/^[a-z]/i.test(x) && b <= 10)) return null;
      const answer = /^[A-Z]/.test(x) && m.index === 0 ? `${x.toLowerCase()} for ${y}` : all;
      return { kind: "count", start: m.index, end: m.index + all.length, answer, accepted: [`${a} for ${b}`, `${a}/${b}`, `${a}-${b}`], value: a * SCORE_BASE + b, unit: "cricket figures", form: plain({ words: /^[a-z]/i.test(x) }), qualifier: null, noun: null };
    },
  },
  {
    // "Councillors voted 41 to 24 in favour", "passed by 29 votes to 17": a vote's tally is answered as written, whole
    // (either side alone would say nothing of the vote).
    name: "vote tally",
    requires: /\bvoted\s\d|\d\svotes?\sto\s\d/,
    order: "first",
    example: { sentence: "Delegates voted 312 to 97 in favour of the motion.", answer: "312 to 97" },
    pattern: /\bvoted\s(\d{1,4})(\s?[-–]\s?|\sto\s)(\d{1,4})(?![\d–-])|(?<![\d.,])\b(\d{1,4})(\svotes?\sto\s)(\d{1,4})(?![\d–-]|[.,]\d)/g,
    yields: (m) => {
      // "by 29 votes to 17": the first count as written is asked ("by _____ votes to 17"; "rejected by 17 votes to 29"
      // asks 17, the losing side), the whole tally typed is right.
      if (m[4]) {
        const num = m[4];
        return { kind: "count", start: m.index, end: m.index + num.length, answer: num, accepted: [m[0], `${num}-${m[6]}`, `${num} to ${m[6]}`, `${num} votes`], value: Number(num), unit: "vote", form: plain(), qualifier: null, noun: "votes" };
      }
      const [a, b] = [Number(m[1]), Number(m[3])];
      const start = m.index + m[0].indexOf(m[1] ?? "");
      return { kind: "count", start, end: m.index + m[0].length, answer: m[0].slice(start - m.index), accepted: [`${a}-${b}`, `${a} to ${b}`, `${a}–${b}`], value: null, unit: "vote", form: plain(), qualifier: null, noun: null };
    },
  },
  {
    name: "multiplier verb",
    requires: /doubl(?:ed?|ing)|tripl(?:ed?|ing)|trebl(?:ed?|ing)|quadrupl(?:ed?|ing)|quintupled|halv(?:ed?|ing)/,
    order: "first",
    example: { sentence: "Exports to China tripled between 2020 and 2024.", answer: "tripled" },
    // "would triple to $3 billion": the verb's base form after a modal is asked too ("a decision to halve the catch"
    // is not: its question cannot be built around the infinitive).
    // ("would roughly triple the bandwidth": a qualifier may stand between the modal and the verb; ", tripling the top
    // fine": a participle with its object is the same multiple.)
    pattern: /\b(?:(?<!\b(?:[Nn]o|[Nn]ot)\s)(more than|nearly|almost|roughly)\s+)?(doubled|tripled|trebled|quadrupled|quintupled|halved|(?<=\b(?:will|would|could|can|may|might|should)\s(?:(?:more than|nearly|almost|roughly)\s+)?)(?:double|triple|treble|quadruple|halve)(?=\s+(?:to|by|in|from|its|their|the|over|within|between|[,.]))|(?:doubling|tripling|trebling|quadrupling|halving)(?=\s+(?:its|their|the|his|her)\s))\b/g,
    yields: (m) => {
      const verb = m[2] ?? "";
      const value = FOLD_VERBS[verb] ?? 0;
      // "more than doubled": the qualifier is part of the answer, as the verb cannot be asked "roughly".
      const start = m.index;
      const times = value === 0.5 ? ["by half", "fell by half", "50%"] : [`${value} times`, `${["", "", "two", "three", "four", "five"][value]} times`, `${value}x`, `${value}-fold`, `${["", "", "two", "three", "four", "five"][value]}fold`];
      const qualifier = m[1] ? `${m[1]} ` : "";
      return { kind: "count", start, end: m.index + m[0].length, answer: `${qualifier}${verb}`, accepted: [...times, verb].map((t) => (qualifier && t !== verb ? `${qualifier}${t}` : t)), value, unit: "fold", form: plain({ words: true, prefix: qualifier }), qualifier: null, noun: null };
    },
  },
  {
    name: "times comparison",
    requires: /twice|times/i,
    order: "first",
    example: { sentence: "The new chip is 12 times faster than its predecessor.", answer: "12 times" },
    pattern: new RegExp(`\\b(?:(?<!\\b(?:[Nn]o|[Nn]ot)\\s)(${MULTIPLE_QUAL})\\s+)?(twice|a (?:hundred|thousand)|${NUM}|${CARDINAL_WORD_SOURCE})(\\s+times)?(?:\\s+as\\s+(?:many|much)(?=\\s+as\\b|[,.])|(?=["”’]?\\s+(?:as\\s+(?:many|much|large|big|high|fast|long|likely|often|far|quickly|heavy|wide|deep|strong|common|expensive|efficient|effective)\\b|more|less|fewer|(?:[a-z]+er)\\s+than|(?:larger|bigger|higher|faster|greater|smaller|lower)\\b|(?:the|its|their)\\s+(?:[a-z]+\\s+)?(?:size|capacity|amount|number|level|rate|average|price|cost|output|margin|figure|total|volume|share|speed|pace|income|revenue|profit|earnings|value|frequency|mass|weight|height|length|area|population)\\b|that\\s+of\\b|the\\s+(?:[$€£]|[A-Z]{3}\\s?)?\\d|compared\\s+(?:with|to)\\b|what\\s+(?:it|they|he|she|we|the|its|their|a|an|[A-Z][\\w-]*)\\b|(?:its|their|his|her)\\s+[a-z]|(?:the\\s+)?[A-Za-z-]+['’]s\\s+(?:(?:19|20)\\d\\d\\s+)?[a-z]|[A-Z][\\w-]*['’]s\\b|those\\s+of\\b|that(?=[,.;:])|as\\s+[a-z]+\\s+(?:as|since|in|on|among|across|at|for|during|by|under|over)\\b|(?:last|this)\\s+(?:year|month|week|season)['’]s\\s)|[,.]))`, "gi"),
    yields: (m) => {
      const word = m[2] ?? "";
      const qualifier = m[1] ?? null;
      if (word.toLowerCase() !== "twice" && !m[4]) return null;
      if (boundedMultiple(m.input, m.index)) return null;
      const value = word.toLowerCase() === "twice" ? 2 : /^a thousand$/i.test(word) ? 1000 : parseNumberText(word);
      // "1.5 times faster": a multiple written with decimals may be below two; a whole "one times" is none.
      if (value === null || value < (/\./.test(word) ? 1.1 : 2)) return null;
      // "twice as many" is answered whole, as a teacher would; "three times as many" stays "three times".
      const asMany = /\sas\s(?:many|much)$/.exec(m[0])?.[0] ?? "";
      if (asMany && !/^twice$/i.test(word) && !m[4]) return null;
      if (!asMany && !/\stimes$/.test(m[0]) && !/^twice$/i.test(word)) return null;
      // "four times as frequent since the 1990s" is a multiple; "four times as captain in 2019" counts events.
      const asWord = asMany ? undefined : /^["”’]?\s+as\s+([a-z]+)\s+(?!as\b)/.exec(m.input.slice(m.index + m[0].length))?.[1];
      if (asWord && !/^(?:many|much|large|big|high|fast|long|likely|often|far|quickly|heavy|wide|deep|strong|common|expensive|efficient|effective)$/.test(asWord) && !comparable(asWord)) return null;
      // "three times as many as in 2019" is answered whole, as "twice as many" is.
      const bare = word.toLowerCase() === "twice" ? `twice${asMany}` : `${word} times${asMany}`;
      // "more than three times its average": a bound is part of the answer (three times would be another fact); "nearly"
      // stays a qualifier the question asks "roughly" about.
      // A bare "three times" typed for "more than three times" is accepted, as a bare "300" is for "more than 300".
      // "twice as far", "12 times faster": the comparison the article writes after the multiple may be typed with it.
      const compared = asMany ? "" : (/^["”’]?\s+(as\s+[a-z]+|more|less|fewer|[a-z]+er(?=\s+than\b)|the\s+(?:size|capacity|amount|number|level|rate|average))\b/.exec(m.input.slice(m.index + m[0].length))?.[1] ?? "");
      const plainForms = [bare, `${value} times`, `${value}x`, ...(value === 2 ? ["twice", "two times"] : []), ...(compared ? [`${bare} ${compared}`, `${value} times ${compared}`] : [])];
      return multipleSpan(m.index, m.index + m[0].length, qualifier ?? undefined, word, value, plainForms);
    },
  },
  {
    // ", more than three times the original estimate", ", nearly 12 times average household income": a number of times
    // in an aside after a comma, bounded or before "the", is a multiple of the noun phrase it names; a rate, a
    // preposition or a run after it ("three times a day", "three times in a row") counts events and is left alone.
    name: "multiple in an aside",
    needs: ["times"],
    requires: /,\s[^,]*times\s/,
    order: "first",
    example: { sentence: "The bridge cost $900 million, more than three times the original estimate.", answer: "more than three times" },
    pattern: new RegExp(`(?<=,\\s)(?:(${MULTIPLE_QUAL})\\s+)?(${NUM}|${CARDINAL_WORD_SOURCE})\\s+times\\s+(?=(?<the>the\\s+)?(?!(?:a|an|per|each|every|in|on|at|for|since|during|over|this|last|that|these|those|and|or|but|before|after|as|to|by|with|from|between|into|than|more|less|running|already|now|so|he|she|it|they|we)\\b)[a-z])`, "g"),
    yields: (m) => {
      // NUM opens a group of its own: "the" is read by name, not by place.
      const [all, qualifier, word = ""] = m;
      if (!qualifier && !m.groups?.the) return null;
      const value = parseNumberText(word);
      if (value === null || value < 2) return null;
      return multipleSpan(m.index, m.index + all.trimEnd().length, qualifier, word, value, [`${word} times`, `${value} times`, `${value}x`]);
    },
  },
  {
    // "rose 2.5 times to 418 million", "net debt was 1.6 times annual earnings": a number of times with decimals is a
    // multiple wherever it stands (no event happens 2.5 times), unless a rate follows ("2.5 times a week" is a mean).
    name: "decimal multiple",
    requires: /\d\.\d+\stimes\b|\sand a half times\b/,
    order: "last",
    example: { sentence: "Profit rose 2.5 times to a record in the first half.", answer: "2.5 times" },
    // "two and a half times": a whole number and a half is a decimal written in words, a multiple as "2.5 times" is.
    pattern: new RegExp(`\\b(?:(?<!\\b(?:[Nn]o|[Nn]ot)\\s)(${MULTIPLE_QUAL})\\s+)?(?<![\\d.,])(\\d+\\.\\d+|(?:\\d+|${CARDINAL_WORD_SOURCE}) and a half)\\s+times\\b(?!\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|year|season|hour|minute|second|night|game|match)\\b)`, "gi"),
    yields: (m) => {
      const [all, qualifier, word = ""] = m;
      const half = / and a half$/.exec(word);
      const value = half ? (parseNumberText(word.slice(0, half.index)) ?? 0) + 0.5 : Number(word);
      if (!(value > 1)) return null;
      if (boundedMultiple(m.input, m.index)) return null;
      const plainForms = [`${word} times`, `${value}x`, ...(half ? [`${value} times`] : [])];
      const at = m.index + all.length - `${word} times`.length - (qualifier ? qualifier.length + 1 : 0);
      return multipleSpan(at, m.index + all.length, qualifier, word, value, plainForms, { words: Boolean(half) && !/^\d/.test(word), decimals: half ? 0 : decimalsOf(word) });
    },
  },
  {
    // "an increase of more than three times in nominal terms": a multiple named by the change it measures.
    name: "times after a change",
    requires: /times/,
    order: "first",
    example: { sentence: "Wages saw an increase of about four times in nominal terms.", answer: "four times" },
    pattern: new RegExp(`\\b(?:increase|rise|growth|jump|gain)\\s+of\\s+(?:(${MULTIPLE_QUAL})\\s+)?(${NUM}|${CARDINAL_WORD_SOURCE})\\s+times\\b`, "g"),
    yields: (m) => {
      const [all, qualifier, word = ""] = m;
      const value = parseNumberText(word);
      if (value === null || value < 1.5) return null;
      const plainForms = [`${word} times`, `${value} times`, `${value}x`];
      const at = m.index + all.length - `${word} times`.length - (qualifier ? qualifier.length + 1 : 0);
      return multipleSpan(at, m.index + all.length, qualifier, word, value, plainForms);
    },
  },
  {
    // "cases have risen more than fivefold", "a threefold increase": a multiple written as one word. The bound is part of
    // the answer as in "more than three times"; options keep the "-fold" form ("more than fourfold").
    name: "fold word",
    requires: /fold\b/,
    order: "first",
    example: { sentence: "Applications have risen more than sixfold since the fee was dropped.", answer: "more than sixfold" },
    pattern: new RegExp(`\\b(?:(?<!\\b(?:[Nn]o|[Nn]ot)\\s)(${MULTIPLE_QUAL})\\s+)?(${CARDINAL_WORD_SOURCE}|\\d+)-?fold\\b(?!-)`, "gi"),
    yields: (m) => {
      const [all, qualifier, word = ""] = m;
      const value = parseNumberText(word);
      if (value === null || value < 2 || boundedMultiple(m.input, m.index)) return null;
      // "The problem is threefold: cost and staff": parts counted, not a multiple, unless a change is near.
      const end = m.index + all.length;
      if ((/^\s*:/.test(m.input.slice(end)) || /\b(?:is|are|was|were)\s+$/i.test(m.input.slice(0, m.index))) && !FOLD_CHANGE.test(m.input.slice(Math.max(0, m.index - 40), end + 40))) return null;
      const bound = qualifier?.toLowerCase() === "more than" ? "more than " : "";
      // The word's own place, however many spaces follow the qualifier ("about  threefold").
      const wordAt = all.lastIndexOf(word);
      const start = m.index + (qualifier && !bound ? wordAt : 0);
      const bare = all.slice(wordAt);
      const plainForms = [bare, `${value} times`, `${value}x`, `${value}-fold`, ...(numberToWord(value) ? [`${numberToWord(value)} times`, `${numberToWord(value)}fold`] : [])];
      return {
        kind: "count", start, end: m.index + all.length, answer: `${bound}${bare}`, accepted: bound ? [...plainForms.map((a) => `${bound}${a}`), ...plainForms] : plainForms.slice(1),
        value, unit: "times", form: plain({ prefix: bound, words: !/^\d/.test(word), suffix: "fold" }), qualifier: bound ? null : (qualifier?.toLowerCase() ?? null), noun: null,
      };
    },
  },
  {
    // "a turnout of 4,210", "a workforce of 12,000": the count comes after the noun that says what it counts.
    // ("The attendance was 4,200.": or after its noun and a copula.)
    name: "count after its noun",
    requires: /\d/,
    order: "first",
    example: { sentence: "The referendum drew a turnout of 4,210 voters.", answer: "4,210" },
    pattern: new RegExp(String.raw`\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[a-z][\w-]*\s)?(?:turnout|workforce|population|membership|staff|crowd|audience|attendance|headcount|fleet|death toll|toll|readership|enrolment|enrollment|capacity|electorate|average|${GROUP_HEADS}))\s+(?:of|to|at|was|is|stood\s+at)\s+(?:(about|around|nearly|some|roughly|over|more than|almost)\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:%|percent|per cent|[-–]\d|\.\d|,\d))\b`, "g"),
    yields: (m) => {
      const num = m[3] ?? "";
      const start = m.index + m[0].length - num.length;
      if (/^(?:19|20)\d\d$/.test(num)) return null;
      // "a delegation of 34 that includes ...", "a crew of 12 when ...": a group's size only when the figure stands bare
      // ("a delegation of 38 business leaders" counts the leaders, another rule's count).
      const after = (m.input ?? "").slice(m.index + m[0].length);
      // (and only after "of": "the team was 3 from promotion" is no size)
      if (GROUP_HEAD.test((m[1] ?? "").split(" ").pop() ?? "") && (!BARE_GROUP_SIZE_AFTER.test(after) || !/\sof\s/.test(m[0]))) return null;
      // ("The fleet is 60 drones" counts the drones, a count of its own: only a bare figure after a copula.)
      if (/\s(?:was|is|stood\s+at)\s+(?:\S+\s+)?[\d,]+$/.test(m[0]) && /^\s*\p{L}/u.test((m.input ?? "").slice(m.index + m[0].length))) return null;
      const value = Number(num.replace(/,/g, ""));
      return { kind: "count", start, end: start + num.length, answer: num, accepted: [num.replace(/,/g, "")], value, unit: (m[1] ?? "").split(" ").pop() ?? "", form: plain({ grouped: num.includes(",") }), qualifier: m[2] ?? null, noun: m[1] ?? null };
    },
  },
  {
    // "The panels are 6,120, mounted on ...", "Arrivals from Taiwan reached 18,400 last year", "Attendance: 640.": a
    // bare figure counts its sentence's plural subject (or its label), when a verb of amount stands between them and
    // no noun follows the figure (that is a count of its own: "are 26 full-time jobs").
    name: "count of its subject",
    requires: /(?:\bare|\bwere|\breached|\btotall?ed|\bnumbered|\bstood at|:)\s(?:[a-z]+\s){0,2}\d/,
    order: "last",
    example: { sentence: "The households served are around 2,900, plus the school.", answer: "2,900" },
    pattern: new RegExp(
      `^(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\\s)?((?:[A-Za-z][\\w-]*\\s){0,2}?[A-Za-z][\\w-]*[^s\\W']s)(?:\\s[a-z]+ed|\\s(?:from|to|in|at|of)\\s(?:the\\s)?\\p{Lu}[\\p{L}-]*(?:\\s(?:and\\s)?\\p{Lu}[\\p{L}-]*)*)?\\s(?:are|were|reached|totall?ed|numbered|stood at)\\s(?:a record\\s|(about|around|nearly|some|roughly|over|more than|almost|just over|close to)\\s)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?=\\s*[,.;]|\\s+(?:last|this|in|on|at|by|during|over|according|a|per|plus)\\b)|^([A-Z][a-z]+):\\s(\\d{1,3}(?:,\\d{3})+|\\d+)\\.?$`,
      "gu",
    ),
    yields: (m) => {
      const [all, subject, qualifier, num = "", label, labelled = ""] = m;
      const figure = label ? labelled : num;
      if (/^(?:19|20)\d\d$/.test(figure)) return null;
      const start = m.index + all.length - figure.length - (label && all.endsWith(".") ? 1 : 0);
      const head = (subject ?? label ?? "").split(" ").pop()?.toLowerCase() ?? "";
      if (subject && (NON_COUNTED_SUBJECT.test(head) || lexiconTags(head).some((t) => /Verb|Adverb/.test(t)) && !lexiconTags(head).includes("Plural"))) return null;
      const value = Number(figure.replace(/,/g, ""));
      return {
        kind: "count", start, end: start + figure.length, answer: figure, accepted: [figure.replace(/,/g, ""), ...(subject ? [`${figure} ${head}`] : [])], value,
        unit: head.replace(/ies$/, "y").replace(/s$/, ""), form: plain({ grouped: figure.includes(",") }), qualifier: qualifier ?? null, noun: label ? null : (subject ?? null),
      };
    },
  },
  {
    // "The operating profit of Q3 2026 was 29.8." (a table's cell, as table-sentences.ts writes it): a bare figure
    // whose column says what it is; options keep its decimals ("24.1", "35.6").
    name: "table figure",
    requires: /^The .+ was \d/,
    order: "last",
    example: { sentence: "The net profit of 2026 was 12.4.", answer: "12.4" },
    pattern: /^The .+? of .+? was (\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?=\.?$|\s+in\s+[^.]+\.?$)/g,
    yields: (m) => {
      const num = m[1] ?? "";
      if (/^(?:19|20)\d\d$/.test(num)) return null;
      const start = m.index + m[0].length - num.length;
      const decimals = decimalsOf(num);
      return { kind: "count", start, end: start + num.length, answer: num, accepted: [num.replace(/,/g, "")], value: Number(num.replace(/,/g, "")), unit: "table figure", form: plain({ decimals, grouped: num.includes(",") }), qualifier: null, noun: null };
    },
  },
  {
    // COUNT_RE takes plurals in -s; "nine criteria", "three phenomena", "14 species" need the lexicon.
    name: "count of an irregular plural",
    order: "last",
    example: { sentence: "The panel used nine criteria to judge the entries.", answer: "nine" },
    pattern: new RegExp(`(?<![\\d.,])\\b(?:(?<!\\b(?:[Nn]o|[Nn]ot)\\s)(about|around|nearly|some|roughly|over|more than|almost|at least)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE})\\s+((?:[a-z][\\w-]*\\s)??([a-z]+))\\b`, "gi"),
    yields: (m, ctx) => {
      const num = m[2] ?? "";
      const head = m[4] ?? "";
      const value = parseNumberText(num);
      if (value === null || value < 2 || /^(?:19|20)\d\d$/.test(num) || !isIrregularPlural(head)) return null;
      // "two key criteria" or "nine criteria": the word between must not itself be a plural or a verb.
      const first = (m[3] ?? "").split(" ")[0] ?? "";
      if (first !== head && (isIrregularPlural(first) || lexiconTags(first).some((t) => /Verb|Tense|Preposition|Determiner/.test(t)))) return null;
      const start = m.index + (m[1] ? m[1].length + 1 : 0);
      const before = ctx.sentence.slice(Math.max(0, start - 12), start);
      if (/\b(?:the|these|those|both|top|all|its|their|our|his|her)\s$/i.test(before)) return null;
      return { kind: "count", start, end: start + num.length, answer: num, accepted: [String(value)], value, unit: head.toLowerCase(), form: plain({ words: !/^\d/.test(num), grouped: num.includes(",") }), qualifier: m[1]?.toLowerCase() ?? null, noun: withPartitive(m[3] ?? "", ctx.sentence.slice(m.index + m[0].length)) };
    },
  },
  {
    // "on March 3", "on Oct. 3": the year is the one that puts the day nearest the article's publication.
    name: "day without a year",
    requires: /\d/,
    order: "first",
    example: { sentence: "The minister will visit Paris on March 3.", answer: "3 March 2027", publishedAt: "2026-11-20" },
    // ("Since 28 September, ..." opens a sentence; "set for Feb. 18" names the day of a plan.)
    // ("next Saturday, Nov. 28": a weekday names the day its date stands beside.)
    pattern: new RegExp(`\\b(?:(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|(?<=(?:set|scheduled|planned|due|slated|fixed|booked)\\s)for)\\s+(?:(?:${WEEKDAY_SOURCE}),?\\s+)?|(?:${WEEKDAY_SOURCE}),\\s+)(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_ALT}|${MONTH_ALT}\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,?\\s+\\d{4}|\\s*[-–]\\d)`, "g"),
    yields: (m, ctx) => DAY_WITHOUT_YEAR(m, ctx),
  },
  {
    // "won the Valencia Marathon in 2:02:11": a race time is a duration written as the clock shows it.
    name: "race time",
    requires: /\d:\d/,
    order: "first",
    example: { sentence: "Brian Cheruiyot won the Valencia Marathon in 2:02:11.", answer: "2:02:11" },
    pattern: /(?<![\d:.])\b(\d{1,2}):([0-5]\d):([0-5]\d)\b(?![:\d])/g,
    yields: (m) => {
      const value = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
      return { kind: "duration", start: m.index, end: m.index + m[0].length, answer: m[0], accepted: [], value, unit: "clock", form: plain(), qualifier: null, noun: null };
    },
  },
  {
    // "a 60-metre flume": the compound is a measure, answered in the plural as a teacher says it ("60 metres").
    name: "measure compound",
    requires: /\d-/,
    order: "first",
    example: { sentence: "A 60-metre flume is the longest indoor river channel at any UK university.", answer: "60 metres" },
    pattern: /(?<![\d.,])\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)-(metre|meter|kilometre|kilometer|km|mile|tonne|megawatt|gigawatt|MW|GW)\b(?!-)/g,
    yields: (m) => {
      const num = m[1] ?? "";
      const unitWord = m[2] ?? "";
      const plural = /^(?:km|MW|GW)$/.test(unitWord) ? unitWord : `${unitWord}s`;
      const value = Number(num.replace(/,/g, ""));
      return { kind: "count", start: m.index, end: m.index + m[0].length, answer: `${num} ${plural}`, accepted: [m[0], num], value, unit: `measure:${plural}`, form: plain({ suffix: ` ${plural}`, grouped: num.includes(","), decimals: decimalsOf(num) }), qualifier: null, noun: null };
    },
  },
  {
    // "a 60-bed ward", "a seven-point lead", "a 7-megawatt-hour battery": a number joined to a noun before another noun
    // is a count, answered as written; options change only the number ("a six-point lead"). Durations, measures and
    // ages have rules of their own ("24-hour", "60-metre", "five-year-old"); "one-off", "two-thirds" and "twenty-five"
    // are no such count.
    name: "count compound",
    requires: /[\da-z]-[a-z]/i,
    order: "last",
    example: { sentence: "The club opened a seven-point lead at the top of the table.", answer: "seven-point" },
    pattern: new RegExp(`(?<![\\w.,-])(\\d{1,3}(?:,\\d{3})*|${CARDINAL_WORD_SOURCE})-([a-z]+(?:-[a-z]+)?)(?=\\s+[a-z])`, "gi"),
    yields: (m) => {
      const [all, num = "", noun = ""] = m;
      const value = parseNumberText(num);
      if (value === null || value < 2 || /^(?:1[89]|20)\d\d$/.test(num) || /^[A-Z]/.test(noun) || COMPOUND_NOT_COUNTED.test(noun) || CARDINAL_WORD_ONLY.test(noun)) return null;
      const words = !/^\d/.test(num);
      const answer = m.index === 0 && words ? all.charAt(0).toLowerCase() + all.slice(1) : all;
      return {
        kind: "count", start: m.index, end: m.index + all.length, answer, accepted: [`${value}-${noun}`, ...(numberToWord(value) ? [`${numberToWord(value)}-${noun}`] : [])],
        value, unit: `compound:${noun.toLowerCase()}`, form: plain({ words, suffix: `-${noun}`, grouped: num.includes(",") }), qualifier: null, noun: null,
      };
    },
  },
  {
    // "gillnets are banned from March to August", "set between December and February": months with no year are a
    // season that comes back each year, one answer as written; options move both months (pick-distractors.ts). A
    // day or year beside a month ("1 March to 31 August", "June to October 2025") is a date of its own.
    name: "months of the year",
    requires: new RegExp(`(?:${MONTH_NAME_SOURCE})\\s+(?:to|and|until|through)\\s+(?:${MONTH_NAME_SOURCE})\\b`),
    order: "first",
    example: { sentence: "Nets are banned from March to August, when most calves are born.", answer: "from March to August" },
    pattern: new RegExp(`(?<!\\d\\s)\\b(?:([Ff]rom|[Bb]etween)\\s+)?(${MONTH_NAME_SOURCE})\\s+(to|and|until|through)\\s+(${MONTH_NAME_SOURCE})\\b(?![,.]?\\s*\\d|\\s+(?:(?:of|in)\\s+)?(?:this|last|next)\\s+year\\b|\\s+(?:of|in)\\s+\\d{4}\\b)`, "g"),
    yields: (m, ctx) => {
      const [all, opening = "", first = "", joint = "", last = ""] = m;
      // "June and July" alone is two months, not a span; "between June to July" is no English.
      if ((joint === "and") !== /^between$/i.test(opening) || first === last) return null;
      // "its financial year, which runs from April to March" defines a reporting year: nothing to learn.
      if (/\b(?:financial|fiscal|tax|business|accounting)\s+year\b[^.;]{0,20}$/i.test(ctx.sentence.slice(0, m.index))) return null;
      const answer = opening ? all.charAt(0).toLowerCase() + all.slice(1) : all;
      return {
        kind: "date", start: m.index, end: m.index + all.length, answer,
        accepted: [`${first} to ${last}`, `from ${first} to ${last}`, `between ${first} and ${last}`, `${first}-${last}`],
        value: null, unit: "month range", form: plain(), qualifier: null, noun: null, granularity: "month",
      };
    },
  },
  {
    // "the sharks arrive in late October", "fields turn white with salt every April": a month that comes back each year,
    // or a part of one, with no year or day, is asked as written ("late October"); options are other months
    // (pick-distractors.ts). A bare "in March" is left alone: it is a date whose year the text leaves out.
    name: "month of the year",
    needs: ["early", "late", "mid-", "every", "each"],
    requires: new RegExp(`(?:early|late|mid-|every|each)\\s?(?:${MONTH_NAME_SOURCE})\\b`, "i"),
    order: "last",
    example: { sentence: "The sharks arrive in late October and leave by early February.", answer: "late October" },
    pattern: new RegExp(`\\b(?:(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\\s+(early\\s|late\\s|mid-)|(?:[Ee]very|[Ee]ach)\\s+)(${MONTH_NAME_SOURCE})\\b(?![,.]?\\s*\\d|,?\\s+(?:(?:to|and|or|until|through)\\s+)?(?:(?:early|late|mid-)\\s?)?(?:${MONTH_NAME_SOURCE})\\b|\\s+(?:(?:of|in)\\s+)?(?:this|last|next)\\s+year\\b|\\s+(?:of|in)\\s+\\d{4}\\b)`, "g"),
    yields: (m, ctx) => {
      // ("every May, June and July" lists months; "from late July to September" is a span.)
      const [all, part = "", month = ""] = m;
      // ("The market opened in late October": one event, whose year the text leaves out, is no month of the year.)
      if (part && !recursEachYear(ctx.sentence, m.index)) return null;
      const answer = `${part}${month}`;
      const start = m.index + all.length - answer.length;
      return { kind: "date", start, end: m.index + all.length, answer, accepted: [], value: null, unit: "month of the year", form: plain(), qualifier: null, noun: null, granularity: "month" };
    },
  },
  {
    // "in the first half of 2028", "the second quarter of 2027", "by mid-2029": a part of a year is one answer, as
    // written; options are other parts of the same kind ("second half of 2028", "first half of 2029"). The value is the
    // part's first month, so dates compare as months.
    name: "part of a year",
    needs: ["quarter of", "half of", "mid-"],
    requires: /(?:quarter|half) of (?:19|20)\d\d|mid-(?:19|20)\d\d/i,
    order: "first",
    example: { sentence: "The firm hopes to begin building in the first half of 2028.", answer: "first half of 2028" },
    pattern: /\b(?:(first|second|third|fourth|last|final)\s+(quarter|half)\s+of\s+|(mid)-)((?:19|20)\d{2})\b(?![-–/]\d)/gi,
    yields: (m) => {
      const [all, which = "", part = "", mid, yearText = ""] = m;
      const year = Number(yearText);
      if (mid) return { kind: "date", start: m.index, end: m.index + all.length, answer: all.charAt(0).toLowerCase() + all.slice(1), accepted: [`mid ${year}`, `the middle of ${year}`], value: year * 10000 + 600, unit: "mid-year", form: plain(), qualifier: null, noun: null, granularity: "year" };
      const half = part.toLowerCase() === "half";
      const n = YEAR_PART_INDEX[which.toLowerCase()] ?? 0;
      if (n === 0 || (half && n > 2 && !/^(?:last|final)$/i.test(which))) return null;
      const index = /^(?:last|final)$/i.test(which) ? (half ? 2 : 4) : n;
      const answer = all.charAt(0).toLowerCase() + all.slice(1);
      return {
        kind: "date", start: m.index, end: m.index + all.length, answer, accepted: [`the ${answer}`, `${YEAR_PART_WORDS[index]} ${part.toLowerCase()} of ${year}`, ...(half ? [] : [`Q${index} ${year}`])],
        value: year * 10000 + ((index - 1) * (half ? 6 : 3) + 1) * 100, unit: half ? "half" : "quarter", form: plain(), qualifier: null, noun: null, granularity: "month",
      };
    },
  },
  {
    // "phased out between 2026 and 2034", "a 2015 decision", "a target set for 2034": years the general pattern misses.
    name: "year in a frame",
    requires: /(?:19|20)\d{2}/,
    order: "last",
    example: { sentence: "The recovery followed a 2015 decision by the commission to halve the catch.", answer: "2015" },
    pattern: /\b(?:between\s(?:19|20)\d{2}\sand|(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)(?=\s(?:19|20)\d{2}\s(?:decision|law|election|agreement|report|study|deal|census|survey|ban|treaty|reform|ruling|target|vote|referendum|strategy|plan)\b)|(?:set|scheduled|planned|due|slated|targeted)\sfor)\s((?:19|20)\d{2})\b(?![-–,.]\d)/g,
    yields: (m) => {
      const year = m[1] ?? "";
      const start = m.index + m[0].length - year.length;
      return { kind: "date", start, end: start + 4, answer: year, accepted: [], value: Number(year) * 10000, unit: "year", form: plain(), qualifier: null, noun: null, granularity: "year" };
    },
  },
  {
    // "to 14 million", "reached 1.2 million": a scaled figure whose noun is said elsewhere in the sentence.
    name: "bare scaled figure",
    requires: /\d\s(?:million|billion)/,
    order: "last",
    example: { sentence: "Global sales of electric vehicles tripled between 2020 and 2023, to 14 million.", answer: "14 million" },
    pattern: /(?<![\d.,$€£¥₹₦₵]|[A-Z]{3}\s)\b(\d+(?:\.\d+)?)\s(million|billion)\b(?!\s+(?:[a-z]|[A-Z][a-z]))/g,
    yields: (m) => {
      const num = m[1] ?? "";
      const scale = m[2] === "billion" ? 1e9 : 1e6;
      return { kind: "count", start: m.index, end: m.index + m[0].length, answer: m[0], accepted: [String(Number(num) * scale)], value: Number(num) * scale, unit: `scaled ${m[2]}`, form: plain({ suffix: ` ${m[2]}`, decimals: decimalsOf(num) }), qualifier: null, noun: null };
    },
  },
  {
    // "cut the number of products by a fifth": a fraction is a value; options are other fractions of the corpus.
    name: "fraction",
    needs: ["half", "third", "quarter", "fifth", "sixth", "tenth", "one in"],
    requires: /half|third|quarter|fifth|sixth|tenth|\bone in\b/i,
    order: "last",
    example: { sentence: "The company would cut the number of Harbor Bay products by a fifth.", answer: "a fifth" },
    // "by half" and "one in ten" are fractions as the text writes them; "down by four fifths", "an increase of a
    // third": any fraction a change is measured by.
    // ("estimates that a third of the staff": the word before "a third" is no determiner of the fraction.)
    // "a third less energy", "half of the routes", "two-thirds of parents": a fraction before "of", "less", "more",
    // "fewer" or "as" is one too, unless a determiner or an ordinal makes it a part of a period ("the second half of").
    // (Only a numerator below its denominator is a share: "two quarters of 2025", "all four quarters" count periods, as
    // "three quarters of the year" does.)
    pattern: /\b(?:(?:by|about|around|nearly|almost|roughly|some|than|to|(?:increase|rise|cut|fall|drop|reduction|decline|gain|jump)\sof)\s((?:a|one)\s(?:half|third|quarter|fifth|sixth|tenth)|two[- ]thirds|three[- ]quarters(?!\sof\s(?:(?:19|20)\d\d|the\s(?:(?:financial|fiscal)\s)?(?:year|season)))|(?:two|three|four)[- ]fifths|(?:three|seven|nine)[- ]tenths)|(by\shalf)|((?:one|two|three|four|five|six|seven|eight|nine)\sin\s(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|a thousand|\d+)(?![\d,.]))|((?<!\b(?:the|this|its|their|each|every)\s)(?:[Aa]|[Oo]ne)\s(?:third|quarter|fifth|sixth|tenth)|(?<!\b(?:the|a|first|second|third|fourth|final|last|next|this|that|its|their|each|every|one|and)\s)(?:[Tt]wo[- ]thirds|[Tt]hree[- ]quarters(?!\sof\s(?:(?:19|20)\d\d|the\s(?:(?:financial|fiscal)\s)?(?:year|season)))|(?:[Tt]wo|[Tt]hree|[Ff]our)[- ]fifths|(?:[Tt]hree|[Ss]even|[Nn]ine)[- ]tenths|[Hh]alf))(?=\s(?:of|less|more|fewer|as)\s(?!(?:a\s(?:century|mile|second|minute|point|day|week|month|year|season|game|match)|an\s(?:hour|inning|innings))\b)))\b/g,
    yields: (m) => {
      const text = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
      const start = m.index + m[0].length - text.length;
      // "by half" and "one in ten" are other forms: "almost _____ of the budget" must not offer "by half".
      const unit = m[2] ? "fraction change" : m[3] ? "fraction ratio" : "fraction";
      // "Half of the routes": the answer is the fraction, not the sentence's capital.
      const answer = start === 0 ? text.charAt(0).toLowerCase() + text.slice(1) : text;
      // A share has a value, so options are other shares written the same way ("a quarter", "two thirds").
      const value = m[2] ? null : fractionValue(text.replace(/\sin\sa\s(hundred|thousand)$/, " in one $1").replace(/\sin\sone\shundred$/, " in 100").replace(/\sin\sone\sthousand$/, " in 1000"));
      const suffix = m[3] ? ` ${text.slice(text.search(/\sin\s/) + 1)}` : "";
      // ("By how much will the price fall?": "half" typed for "by half" is right.)
      return { kind: "percent", start, end: start + text.length, answer, accepted: m[2] ? ["half"] : [], value: value !== null && value > 0 && value < 1 ? value : null, unit, form: plain({ words: true, suffix }), qualifier: null, noun: null };
    },
  },
  {
    // "a final estimate of 437, with a range of 372 to 509": the range is one answer, as written.
    name: "count range",
    requires: /\brange of\s\d/,
    order: "first",
    example: { sentence: "The final estimate was 437, with a range of 372 to 509.", answer: "372 to 509" },
    pattern: new RegExp(String.raw`\brange of\s(${INTEGER})\s(to|and)\s(${INTEGER})(?![\d.,]\d|\s?%|\s(?:percent|per cent))\b`, "g"),
    yields: (m) => {
      const answer = m[0].replace(/^range of\s/, "");
      const start = m.index + m[0].length - answer.length;
      return { kind: "count", start, end: m.index + m[0].length, answer, accepted: [`${m[1]}-${m[3]}`, `${m[1]} to ${m[3]}`], value: null, unit: "count range", form: plain(), qualifier: null, noun: null };
    },
  },
  {
    // "would employ between 1,200 and 1,500 people", "between three and six metres long", "between five and seven of
    // them": a range of a count (asked
    // "How many people ...?", the noun in the question) or of a measure written in words is one answer; either end
    // alone would state a wrong figure.
    name: "count between",
    requires: /\b[Bb]etween\s/,
    order: "first",
    example: { sentence: "The new mill would employ between 1,200 and 1,500 people.", answer: "between 1,200 and 1,500" },
    pattern: new RegExp(String.raw`(?<![\w$€£¥])between\s(${INTEGER}|${CARDINAL_WORD_SOURCE})\sand\s(${INTEGER}|${CARDINAL_WORD_SOURCE})\s((?:[a-z][\w-]*\s){0,2}?(?:${MEASURE_ALT}|${COUNTED_NOUN})|(?=of\s(?:them|these|those)\b))\b(?![-–]\w)`, "gi"),
    yields: (m) => {
      const [all, x = "", y = "", noun = ""] = m;
      const [a, b] = [parseNumberText(x), parseNumberText(y)];
      const unit = MEASURE_UNITS.find(([u]) => u === noun)?.[0];
      const head = noun.split(" ").pop()?.toLowerCase() ?? "";
      if (a === null || b === null || a >= b || /^(?:1[89]|20)\d\d$/.test(x) || NOT_A_COUNT.test(head)) return null;
      // (A measure in digits is the measure range rule's: "between 3 and 5 km" never reaches here. Options come only from
      // ranges written in words: "55 to 70 metres" beside "between three and six metres" stands out.)
      if (unit) {
        if (/^\d/.test(x)) return null;
        return { kind: "count", start: m.index, end: m.index + all.length, answer: all, accepted: [`${a} to ${b} ${unit}`, `${a}-${b} ${unit}`, `${x} to ${y} ${unit}`], value: null, unit: `measure range in words:${unit}`, form: plain(), qualifier: null, noun: null };
      }
      // "between 40 and 60 new jobs" counts the whole phrase; "-ed", "-ly" and "-ing" words before a noun are a verb's.
      if (verbBeforeNoun(noun)) return null;
      const answer = `between ${x} and ${y}`;
      return {
        kind: "count", start: m.index, end: m.index + answer.length, answer, accepted: [`${x} to ${y}`, `${a}-${b}`, `${a} to ${b}`, ...(noun ? [`${answer} ${noun}`] : [])], value: null,
        unit: `count range:${head}`, form: plain(), qualifier: null, noun,
      };
    },
  },
  {
    // "Some 8,000 to 10,000 Bhutanese trucks cross ...", "employs 6 to 9 wardens": a range of a count in digits, asked
    // "How many trucks ...?", is one answer; figure-pair.ts keeps it only when the pair reads as one ("from 21 to 35
    // flights" is a change, "chapters 1 to 3" labels). Measures and durations have rules of their own.
    name: "count to range",
    requires: /\d\sto\s\d/,
    order: "first",
    example: { sentence: "Some 8,000 to 10,000 Bhutanese trucks cross the border each month.", answer: "8,000 to 10,000" },
    pattern: new RegExp(String.raw`(?<![\w$€£¥.,/-])(?<!\bfrom\s)(${INTEGER})\sto\s(${INTEGER})\s((?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:ese|ian|an|ish|i))\s){0,2}?(?:${COUNTED_NOUN}))\b(?![-–]\w)`, "g"),
    yields: (m) => {
      const [all, x = "", y = "", noun = ""] = m;
      const [a, b] = [parseNumberText(x), parseNumberText(y)];
      const head = noun.split(" ").pop()?.toLowerCase() ?? "";
      if (a === null || b === null || a >= b || /^(?:1[89]|20)\d\d$/.test(x)) return null;
      if (MEASURE_UNITS.some(([u]) => u === head || u === noun) || NOT_A_COUNT.test(head)) return null;
      // "rose 20 to 28 flights" (was 20, is 28), "failed 48 to 52 votes": a change or a tally, no range.
      if (TALLY_HEAD.test(head) || changeOrTallyBefore(m.input.slice(0, m.index))) return null;
      // "60 to 80 affected people" is a count ("affected" is an adjective too).
      if (verbBeforeNoun(noun)) return null;
      const answer = `${x} to ${y}`;
      return {
        kind: "count", start: m.index, end: m.index + answer.length, answer, accepted: [`${x}-${y}`, `${a}-${b}`, `${a} to ${b}`, `between ${x} and ${y}`, `${all}`], value: null,
        unit: `count range:${head}`, form: plain(), qualifier: null, noun,
      };
    },
  },
  {
    // "the payback period was between 11 and 16 years": the range is answered with its "between".
    name: "duration between",
    requires: /\bbetween\s/,
    order: "first",
    example: { sentence: "The payback period was between 11 and 16 years.", answer: "between 11 and 16 years" },
    pattern: new RegExp(`\\bbetween\\s(\\d+|${CARDINAL_WORD_SOURCE})\\sand\\s(\\d+|${CARDINAL_WORD_SOURCE})\\s(days|weeks|months|years|hours|minutes|decades)\\b`, "gi"),
    yields: (m) => {
      const [a, b] = [parseNumberText(m[1] ?? ""), parseNumberText(m[2] ?? "")];
      if (a === null || b === null || a >= b) return null;
      return { kind: "duration", start: m.index, end: m.index + m[0].length, answer: m[0], accepted: [`${a}-${b} ${m[3]}`, `${a} to ${b} ${m[3]}`, `${m[1]} to ${m[2]} ${m[3]}`], value: null, unit: "duration range", form: plain(), qualifier: null, noun: null };
    },
  },
  {
    // "shrunk from 140 households to 55", "fell from about 11,000 to under 5,000", "from 0.8 to 2.4 clams per square
    // metre": a change whose ends do not share a written unit is one answer, typed whole (either end alone would be a
    // figure with no unit, or with another's). Ends in the same unit are asked apart (acceptChangeWhole).
    name: "change with one unit",
    requires: /\bfrom\s.*\d.*\sto\s/,
    order: "first",
    example: { sentence: "The queue has shrunk from 90 families to 35.", answer: "from 90 families to 35" },
    pattern: new RegExp(
      `\\bfrom\\s((?:${qualifierAlternation(CHANGE_END_QUALIFIERS)})\\s)?${NUM}(?![.,]?\\d)(\\s${CHANGE_NOUN})?\\sto\\s((?:${qualifierAlternation(CHANGE_TO_QUALIFIERS)})\\s)?${NUM}(?![.,]?\\d)(\\s${CHANGE_NOUN})?(?=\\s*[,.;:)]|\\s+(?:in|at|on|by|after|before|over|since|during|last|this|and|but|while|when|as|for|with|within|a|an|per|each)\\b)`,
      "g",
    ),
    yields: (m) => {
      const [all, qa, a = "", nounA, qb, b = "", nounB] = m;
      // Ends in one unit, or two years, are no change of this kind; bare ends only as a count's ("from about 11,000 to
      // under 5,000"), not a scale's or a clock's ("from 1 to 5", "from 9 to 5").
      const bare = !nounA && !nounB;
      if ((nounA && nounB) || (bare && !qa && !qb && !/,/.test(a + b)) || /^(?:1[89]|20)\d\d$/.test(a) || /^(?:1[89]|20)\d\d$/.test(b)) return null;
      const noun = (nounA ?? nounB ?? "").trim();
      if (NOT_A_COUNT.test(noun.split(" ")[0] ?? "")) return null;
      return { kind: "count", start: m.index, end: m.index + all.length, answer: all, accepted: [], value: null, unit: `change:${noun.split(" ")[0]}`, form: plain(), qualifier: null, noun };
    },
  },
  {
    // "received water only one day in three", "one week in four": how often, as a share of days or weeks, is one answer.
    name: "one period in N",
    needs: ["day", "night", "week", "month", "year"],
    requires: /\b(?:day|night|week|month|year|weekend)s?\s(?:in|out of)\s/,
    order: "first",
    example: { sentence: "The ferry sailed only one day in four last winter.", answer: "one day in four" },
    pattern: new RegExp(`\\b(one|two|three|four|five|\\d)\\s(days?|nights?|weeks?|months?|years?|weekends?)\\s(in|out of)\\s(${CARDINAL_WORD_SOURCE}|\\d{1,2})\\b(?![-–\\d])(?=\\s*[,.;:)]|\\s+(?:in|at|on|by|during|for|and|but|while|when|last|this|over|until|since|a|an|the)\\b|$)`, "gi"),
    yields: (m) => {
      const [all, a = "", period = "", joint = "", b = ""] = m;
      const [x, y] = [parseNumberText(a), parseNumberText(b)];
      // ("one day", "two days": the period agrees with its count.)
      if (x === null || y === null || x >= y || (x === 1) !== !/s$/i.test(period)) return null;
      return { kind: "count", start: m.index, end: m.index + all.length, answer: all, accepted: [`${x} ${period} ${joint} ${y}`, `${x} in ${y}`], value: null, unit: `period share:${period.replace(/s$/, "")}`, form: plain({ words: true }), qualifier: null, noun: null };
    },
  },
  {
    // "bringing the territory's total to 13", "taking the company's workforce to 37": the new size of a whole a
    // change brings it to is a count of that whole, at a clause's end or a fact box line's.
    name: "count a change brings a whole to",
    requires: /\b(?:bring|brings|bringing|brought|take|takes|taking|took)\s.*\sto\s\d/,
    order: "last",
    example: { sentence: "The council opened two more libraries, bringing the town's total to 9.", answer: "9" },
    pattern: /\b(?:bring|brings|bringing|brought|take|takes|taking|took)\s((?:the\s)?(?:its\s|their\s|his\s|her\s|[A-Za-z-]+['’]s\s)?(?:[a-z-]+\s)?(total|tally|number|count|workforce|staff|membership|fleet|headcount|roster|squad))\sto\s(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|\s?%|\s(?:per\s?cent|percent|million|billion|[a-z]+s)\b)(?=\s*[,.;]|\s*$|\s+(?:in|on|at|by|from|after|before|this|last|and)\b)/g,
    yields: (m) => {
      const [all, whole = "", head = "", num = ""] = m;
      if (/^(?:19|20)\d\d$/.test(num)) return null;
      const start = m.index + all.length - num.length;
      return { kind: "count", start, end: m.index + all.length, answer: num, accepted: [num.replace(/,/g, "")], value: Number(num.replace(/,/g, "")), unit: head, form: plain({ grouped: num.includes(",") }), qualifier: null, noun: whole };
    },
  },
  {
    // "29 shark attacks on people, 11 of them fatal", "employs 310 people, 96 of them islanders": a part of a count
    // just given is a count of its own, the part's word kept in the question.
    name: "part of a count just given",
    requires: /,\s\d[\d,]*\sof\s(?:them|whom)\s/,
    order: "last",
    example: { sentence: "The club has 240 members, 35 of them juniors.", answer: "35" },
    pattern: /(?<=,\s)(\d{1,3}(?:,\d{3})+|\d+)\sof\s(?:them|whom)\s((?:[\p{L}-]+\s){0,2}[\p{L}-]+)(?=\s*[,.;]|\s*$)/gu,
    yields: (m, ctx) => {
      const [, num = "", part = ""] = m;
      const value = Number(num.replace(/,/g, ""));
      // The whole must be a larger figure written before the part in the same sentence.
      const before = ctx.sentence.slice(0, m.index).match(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g) ?? [];
      if (!before.some((w) => Number(w.replace(/,/g, "")) > value && !/^(?:19|20)\d\d$/.test(w))) return null;
      return { kind: "count", start: m.index, end: m.index + num.length, answer: num, accepted: [num.replace(/,/g, ""), `${num} of them ${part}`], value, unit: "part", form: plain({ grouped: num.includes(",") }), qualifier: null, noun: `of them ${part}` };
    },
  },
  {
    // "every child aged 4 to 12", "women aged 50-74": an age range is one answer; either end alone is no age asked.
    name: "age range",
    requires: /\baged\s(?:between\s)?\d/,
    order: "first",
    example: { sentence: "Lessons are free for children aged 6 to 11.", answer: "6 to 11" },
    pattern: /\baged\s(between\s)?(\d{1,3})(\s(?:to|and)\s|\s?[-–]\s?)(\d{1,3})\b(?![\d.,]\d)/g,
    yields: (m) => {
      const [all, between, a = "", joint = "", b = ""] = m;
      if (!(Number(a) < Number(b)) || /and/.test(joint) !== !!between) return null;
      const answer = all.replace(/^aged\s/, "");
      return { kind: "count", start: m.index + all.length - answer.length, end: m.index + all.length, answer, accepted: [`${a} to ${b}`, `${a}-${b}`, `between ${a} and ${b}`], value: null, unit: "age range", form: plain(), qualifier: null, noun: null };
    },
  },
  {
    // "going on sale Oct. 20, ...": a day with no preposition before it, closed by punctuation.
    name: "day without a year, after any word",
    requires: /\d/,
    order: "first",
    example: { sentence: "The buds, going on sale Oct. 20, cost $279.", answer: "20 October 2026", publishedAt: "2026-10-09" },
    pattern: new RegExp(`\\b[a-z]+\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_ALT}|${MONTH_ALT}\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,?\\s+\\d{4})(?=[,;)]|\\.(?:\\s|$))`, "g"),
    yields: (m, ctx) => DAY_WITHOUT_YEAR(m, ctx),
  },
  ...MULTIPLE_OF_BASE_RULES,
];

/** Spans of every rule of one order, in rule order; overlaps are settled by the caller. */
export function findRuleSpans(sentence: string, publishedAt: Date | null, order: ValueRule["order"]): ValueSpan[] {
  const spans: ValueSpan[] = [];
  const lowered = sentence.toLowerCase();
  for (const rule of VALUE_RULES) {
    if (rule.order !== order || !meetsNeeds(lowered, rule.needs) || (rule.requires && !rule.requires.test(sentence))) continue;
    for (const m of sentence.matchAll(rule.pattern)) {
      const span = rule.yields(m as RegExpExecArray, { sentence, publishedAt });
      if (span) spans.push(span);
    }
  }
  return spans;
}
