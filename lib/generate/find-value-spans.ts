import nlp from "compromise";
import type { FactKind, ValueForm } from "./types";
import {
  CARDINAL_WORD_SOURCE,
  ORDINAL_WORD_SOURCE,
  SCALE,
  decimalsOf,
  ordinalWordToNumber,
  parseNumberText,
} from "./number-words";
import { MONTHS, WEEKDAY_SOURCE, monthIndex } from "./calendar-names";
import { type CurrencyLetters, CURRENCY_CODES, CURRENCY_WORDS, CURRENCY_WORD_SOURCE, DOTTED_SYMBOLS, isShortSymbol, WIDE_LETTER_SYMBOLS } from "./currency-names";
import { MONTH_ALT, formatDate } from "./resolve-dates";
import { isPresentOfVerb } from "./do-support";
import { isFiniteVerb, lexiconTags } from "./tag-words";
import { findRuleSpans } from "./value-rules";
import { withQualifier } from "./rate-rules";
import { endsAreDates, findFigurePairs, readingOfPair, takesOneEnd, type FoundFigurePair } from "./figure-pair";
import {
  AMOUNT_LEAD_WORDS,
  COUNT_LEAD_WORDS,
  NOT_AFTER_NEGATION,
  QUALIFIERS_BEFORE_RULE_SPAN,
  TYPED_QUALIFIERS,
  isTypedQualifier,
  normalizeQualifier,
  qualifierAlternation,
} from "./figure-qualifiers";

/** The unit of a count whose sentence names nothing it counts ("the field team counted six"), before its verb. */
const BARE_COUNT_UNIT = "bare count";

export interface ValueSpan {
  kind: FactKind;
  start: number;
  end: number;
  answer: string;
  accepted: string[];
  /** Null when no single number stands for the value (a range): options then come only from values of its unit. */
  value: number | null;
  unit: string;
  form: ValueForm;
  qualifier: string | null;
  /** Count: the counted noun phrase ("new agreements"); duration: the noun it modifies ("official visit"). */
  noun: string | null;
  /** Dates: granularity and whether the answer was resolved from a relative expression. */
  granularity?: "year" | "month" | "day";
  relative?: boolean;
}

/** An optional qualifier before a figure, captured: the typed qualifiers and a reader's own lead words. */
function qualifierBefore(leadWords: readonly string[]): string {
  return `(?:${NOT_AFTER_NEGATION}(${qualifierAlternation([...TYPED_QUALIFIERS, ...leadWords])})\\s+)?`;
}
const QUAL = qualifierBefore(AMOUNT_LEAD_WORDS);
// The qualifier a span's sentence writes right before it, when the span's own pattern left it out.
const QUAL_BEFORE = new RegExp(`${NOT_AFTER_NEGATION}\\b(${qualifierAlternation(QUALIFIERS_BEFORE_RULE_SPAN)})\\s$`, "i");
const NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

// Money: compromise reads "US$3.5 billion" as one billion, so money is parsed here.
const MONEY_RE = new RegExp(
  `${QUAL}((?<![A-Za-z])(?:US ?\\$|[A-Z][A-Za-z]{0,2}[$£]|R\\$ ?|B\\/\\. ?|S\\/ ?|\\$|€|£|¥|₹ ?|₦|GH₵ ?|₵|Rs\\.? ?|KSh ?|R(?=\\d)|(?:USD|EUR|VND|CHF|DKK|SEK|NOK|GBP|JPY|CAD|AUD|KRW|CNY|INR|BRL|ZAR|MXN|NPR|KES|TWD|PKR|IDR|NGN|GHS|EGP|TRY|PLN|CZK|HUF|RON|UZS|KZT|MNT|PHP|THB|MYR|SGD|HKD|NZD) ?))${NUM}(?:\\s?(trillion|billion|million|thousand|lakh crore|crore|lakh|bn|mn|tn)\\b|(m)(?![\\w.]|\\.\\w))?`,
  "gi",
);
// "9.5 million Namibian dollars", "50 forints", "2.5 sen": any currency Intl names, after the amount; a capitalised
// word before it is the currency's country ("Namibian"), checked in code since the pattern ignores case.
// ("231.40 lei/MWh": a price per unit keeps its unit, so no blank is left before "/MWh".)
// ("28 U.S. cents": a country's initials may stand there too.)
const MONEY_WORD_RE = new RegExp(`${QUAL}${NUM}\\s?(trillion|billion|million|thousand)?\\s((?:[A-Za-z]+|(?:[A-Z]\\.){2,3})\\s)?(${CURRENCY_WORD_SOURCE})\\b(?![-'’])(\\/[A-Za-z]{1,5}\\b)?`, "gi");
const MONEY_IN_WORDS_RE = new RegExp(`${QUAL}\\b(${CARDINAL_WORD_SOURCE})\\s(cents|pence|dollars|euros|pounds|francs|shillings|rupees)\\b`, "gi");
const MONEY_IN_WORDS_HINT = /\s(?:cents|pence|dollars|euros|pounds|francs|shillings|rupees)\b/i;
// "GEL 487 million", "RM84.6 million", "LAK 25,000", "KM 6,000": any ISO 4217 code or a currency's letter symbol
// before the amount. A code that is also a word or a common acronym ("COP 28" is a conference, "TOP 10" a list) is
// money only with a scale word or decimals.
const MONEY_OTHER_RE = new RegExp(`(?<![A-Za-z])([A-Z][A-Za-z]{1,3}\\.?) ?${NUM}(?:\\s?(trillion|billion|million|bn|mn)\\b)?(?![\\w-])`, "g");
// "25,000 LAK", "18.4 billion FCFA": a code or a long symbol after the amount.
const MONEY_CODE_AFTER_RE = new RegExp(`${QUAL}(?<![\\d.,])${NUM}(?:\\s?(trillion|billion|million|thousand|bn|mn))?\\s([A-Z]{3,4})\\b(?![\\w-])`, "g");
const CODE_AFTER_HINT = /\d(?:\s?[a-z]+)?\s[A-Z]{3}/;
// "K2,760", "Q3.1 billion", "P186 million": a one-letter symbol, written against the amount, of a currency the article names.
// ("BD14.5 million", "KD 5 million": two initials of a currency's name, against the amount or one space from it.)
const MONEY_LETTER_RE = new RegExp(`(?<![\\w.,$€£¥-])([A-Z](?=\\d)|[A-Z]{2}(?= ?\\d)) ?${NUM}(?:\\s?(trillion|billion|million|bn|mn)\\b)?(?![\\w-])`, "g");
// Codes that are acronyms of something else before a figure ("COP 28" a conference, "PHP 8" a language, "CVE 2024").
const CODE_ALSO_ACRONYM = /^(?:COP|PHP|CVE|SOS)$/;
/** "TOP 10", "ALL 3", "MAD 2": a code the lexicon knows as a word (or name) is money only with a scale or decimals. */
function codeIsAlsoWord(code: string): boolean {
  return CODE_ALSO_ACRONYM.test(code) || lexiconTags(code).some((t) => t !== "Currency");
}
// "37pc": British newsrooms write "pc" for "%" (in lower case only: "30 PC units" are computers).
const PERCENT_RE = new RegExp(`${QUAL}${NUM}\\s?(%|percent\\b|per cent\\b|pc\\b|percentage points?\\b)`, "gi");
const DURATION_COMPOUND_RE = new RegExp(`\\b(\\d+|${CARDINAL_WORD_SOURCE})-(day|week|month|year|hour|minute|decade)\\b((?:\\s+[a-z][\\w-]*){1,4})`, "gi");
// "94 working days", "10 business days": a kind of day between the figure and its unit is part of the answer.
const DURATION_RE = new RegExp(`${QUAL}\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${CARDINAL_WORD_SOURCE})\\s((?:working|business|calendar|school|trading)\\s(?=days\\b))?(days|weeks|months|years|decades|hours|minutes|seconds|nights)\\b(?!\\s+(?:ago|old))`, "gi");
const ORDINAL_RE = new RegExp(`\\b(?:(\\d+)(st|nd|rd|th)|(${ORDINAL_WORD_SOURCE}))\\b(?=[\\s-]+(?:largest|biggest|smallest|highest|lowest|fastest|slowest|busiest|oldest|richest|poorest|strongest|most|least|century|year|anniversary|session|edition|round|meeting|time|[A-Z]))`, "gi");
const DATE_DAY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_ALT},? (\\d{4})\\b|\\b${MONTH_ALT} (\\d{1,2}),? (\\d{4})\\b`, "g");
const DATE_MONTH_RE = new RegExp(`\\b${MONTH_ALT} (\\d{4})\\b`, "g");
// A history's years reach back before 1900 ("opened in 1784"); a figure like "in 1500 schools" is a count, not a year.
// ("going back to 1710", "dates back to 1850": a history's start.)
// ("would be adults around 2045"; "between 2010 and 2015" is a span of years, no date to ask.)
const YEAR_RE = /\b(in|In|since|Since|from|From|during|During|of|until|Until|by|By|before|Before|after|After|through|till|around|circa|(?<=back\s)to)\s((?:19|20)\d{2}|1[6-8]\d{2}(?!\s+(?!was\b|has\b|is\b|as\b|his\b|its\b|this\b)[a-z]+s\b))\b(?![-–]\d|,\d|\.\d)/g;
// "the 2022 drought", "after the 2020 earthquake": a past year before the noun it dates.
const YEAR_BEFORE_NOUN_RE = /\b(?:the|a|its|their)\s((?:19|20)\d{2})\s(?=\p{Ll}[\p{Ll}-]+\b)/gu;
// A count's figure, after its qualifier; and the plural head of what it counts.
const COUNT_FIGURE = `${qualifierBefore(COUNT_LEAD_WORDS)}(?<![\\d.,])\\b(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE})`;
const COUNTED_HEAD = "(?:[a-z][\\w-]*(?<!s|u|si)s|people|children|staff)";
// "23 beef and lamb processing plants": two modifiers joined by "and" or "or" may open what is counted.
// ("six business agreements", "12 census offices": a word in -ss, -us or -sis is no plural head, but a modifier.)
const COUNT_RE = new RegExp(
  `${COUNT_FIGURE}\\s+((?:(?!(?:people|children|staff)\\s)[a-z][\\w-]*[^s\\W]\\s(?:and|or)\\s(?!(?:to|the|a|an|then|its|their|his|her|in|on|at|of|for|by|with)\\b)(?=[a-z][\\w-]*\\s[a-z]))?(?:(?:[a-z][\\w-]*|[A-Z][a-z]+(?:ese|ian|an|ish|i))\\s){0,2}?${COUNTED_HEAD})\\b`,
  "gi",
);
// "540 wild and cultivated coffee plants", "5,000 rapid diagnostic test kits": a noun with three modifiers, read in
// a lookahead so a match refused (a year, a clause) takes no text from COUNT_RE's shorter ones.
const COUNT3_RE = new RegExp(`${COUNT_FIGURE}(?=\\s+((?:[a-z][\\w-]*[^s\\W]\\s(?:and|or)\\s)?(?:[a-z][\\w-]*\\s){3}${COUNTED_HEAD})\\b)`, "gi");
const RELATIVE_RE = new RegExp(`\\b(?:[Ll]ast|[Tt]his|[Nn]ext) (?:year|month|${MONTH_ALT})\\b|\\b(?:on )?(?:${WEEKDAY_SOURCE}) \\((${MONTH_ALT}) (\\d{1,2})\\)`, "g");

const NONE: RegExpExecArray[] = [];
// A word that asks for a sum right before a bare one-letter amount ("costs K450", "up from K300", "between K300 and K450").
const LETTER_MONEY_BEFORE = /\b(?:costs?|costing|paid|pays?|paying|fees?|fines?|fined|prices?|priced|worth|from|to|at|of|for|about|over|under|than|per|between|between\s[A-Z][\d.,]+\s(?:and|to))\s$/i;
// A lower-case word right after the amount that is no word of time, rate or link: "K90 tickets", "N95 masks".
const LETTER_NOUN_AFTER = /^\s+(?!(?:a|an|the|per|each|apiece|and|or|but|to|in|for|from|on|at|of|by|with|than|as|is|was|were|are|will|would|could|this|that|which|while|when|last|next|every|more|less|up|down|into|over|under|after|before|since|until|so|if|because|only|now|then|too|yet|monthly|weekly|daily|yearly|annually|instead|already)\b)\p{Ll}/u;
const NO_LETTERS: CurrencyLetters = new Map();
// Every match of the count, duration and ordinal patterns holds a digit or one of these words at a word's start.
const CARDINAL_WORD_AT_START = new RegExp(`\\b${CARDINAL_WORD_SOURCE}`, "i");
const ORDINAL_WORD_AT_START = new RegExp(`\\b${ORDINAL_WORD_SOURCE}`, "i");
// ("€20 per square metre", "4.20 dobras per kilowatt-hour": a price per unit of measure may be typed with its unit.)
const RATE_UNITS = "day|week|month|year|hour|minute|second|head|person|night|passenger|share|tonne|ton|kilo|kilogram|litre|liter|barrel|square metre|square meter|square foot|kilowatt-hour|kWh|megawatt-hour|MWh";
const RATE_HINT = new RegExp(`\\s(?:a|an|per|each)\\s(?:${RATE_UNITS})\\b`);
const RATE_AFTER = new RegExp(`^\\s+((?:a|an|per|each)\\s(?:${RATE_UNITS}))\\b`);
/** Signs of one currency only, read by its code so a typed "PAB 18.6 million" is the same sum as "B/.18.6 million". */
const SIGN_CODES: Record<string, string> = { "B/.": "PAB", "S/": "PEN" };
/** "£38m" and "£38 million" are one sum: options and accepted forms pool on the spelled-out scale. */
const LONG_SCALE: Record<string, string> = { m: "million", mn: "million", bn: "billion", tn: "trillion" };

/** The figure of a part of a counted whole, and what counts it. */
interface PartOf {
  start: number;
  num: string;
  value: number | null;
  accepted: string[];
  unit: string;
  qualifier: string | null;
  noun: string;
}

/**
 * "39 of the 179 seats", "40 of its oldest lorries", "Of the country's 22 plants, 15 ...", "350 of the world's
 * 1,000 mud volcanoes": the part's figure, counted by the whole's noun; null for a year or a figure another span holds.
 */
function partCount(spans: ValueSpan[], p: PartOf): ValueSpan | null {
  const end = p.start + p.num.length;
  if (p.value === null || overlaps(spans, p.start, end) || /^(19|20)\d\d$/.test(p.num)) return null;
  return {
    kind: "count", start: p.start, end, answer: p.num, accepted: p.accepted, value: p.value, unit: p.unit, qualifier: p.qualifier, noun: p.noun,
    form: { prefix: "", suffix: "", decimals: 0, words: !/^\d/.test(p.num), grouped: p.num.includes(",") },
  };
}

/**
 * A range rule's span ("measure range:km", "age range") stays only when its figures are one answer (or are no pair of
 * figures: "June to September"). The pair is looked up among the sentence's pairs, read once by findFigurePairs; a
 * span whose pair the pre-pass skipped is read here.
 */
function keepsRangeSpan(sentence: string, s: ValueSpan, pairs: readonly FoundFigurePair[]): boolean {
  if (!/\brange\b/.test(s.unit ?? "")) return true;
  const reading = pairOfSpan(sentence, s, pairs) ?? readingOfPair(sentence, s.start, s.end);
  // (A span of years that frames a change, "fell by 9% in 2022-2024", reads "none" in figure-pairs.ts, but the span
  // whole is still a fact the article states; only its ends alone are never asked.)
  return reading === null || reading.ask === "whole" || reading.kind === "time-span";
}

/** The pair a span holds: from the pair's start or its first figure to past its second, with no figure after that. */
function pairOfSpan(sentence: string, s: ValueSpan, pairs: readonly FoundFigurePair[]): FoundFigurePair | undefined {
  return pairs.find(({ pair }) => pair.start <= s.start && s.start <= pair.first.start && pair.second.end <= s.end && !/\d/.test(sentence.slice(pair.second.end, s.end)));
}

function overlaps(spans: ValueSpan[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

// Written-out currencies pool with their codes: "3.1 billion Swiss francs" stands next to "CHF 12.4 billion".
const CURRENCY_NAME: Record<string, string> = {
  dollars: "$", euros: "€", pounds: "£", yen: "¥", francs: "CHF", "swiss francs": "CHF", kroner: "DKK", "danish kroner": "DKK",
  kronor: "SEK", "swedish kronor": "SEK", krone: "NOK", "norwegian krone": "NOK",
};
/**
 * What each pattern below cannot match without, scanned before it (as the hints above): each opens on an optional
 * qualifier that is tried at every position of a sentence, so a plain scan for the word the pattern ends on is cheaper.
 * Each is implied by its pattern (the same words, the same case rule), so no match is lost.
 */
const NEEDS_CURRENCY_WORD = new RegExp(CURRENCY_WORD_SOURCE, "i");
const NEEDS_PERCENT = /%|per ?cent|pc\b/i;
const NEEDS_DURATION_UNIT = /(?:day|week|month|year|decade|hour|minute|second|night)s\b/i;
const NEEDS_SCALE = /\s(?:m|b)illion\s/i;
// ("up to two million ferry passengers": a scale after a number word too.)
const SCALED_COUNT_RE = new RegExp(`${QUAL}(?<![\\d.,$€£¥])\\b(\\d+(?:\\.\\d+)?|${CARDINAL_WORD_SOURCE})\\s(million|billion)\\s((?:[a-z][\\w-]*\\s(?:and\\s|or\\s)?){0,2}?(?:people|children|[a-z][\\w-]*[^s\\W]s))\\b`, "gi");
const WHOLE_SHARE_RE = new RegExp(`${QUAL}(?<![\\d.,$€£¥])\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\sof\\s(the\\s(?:world|country|region|continent|planet|nation|city)['’]s)\\s(?:(?:roughly|about|around|some|nearly|an estimated|over|more than)\\s)?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\s)?((?:[a-z][\\w-]*\\s){0,5}?[a-z][\\w-]*[^s\\W]s)\\b`, "g");
// A figure after a verb, then a place, a time or the sentence's end: "now runs 420 there", "today has 310."
const BARE_COUNT_RE = new RegExp(`\\b([a-z]+)\\s${QUAL}(?<![\\d.,$€£¥])(\\d{1,3}(?:,\\d{3})+|\\d+)(?=\\s*[.;]|,\\s|\\s+(?:there|here|now|today|so far|in all|in total|altogether|along|across|around|in|at|on|by|from)\\b)`, "g");
// "180 flats in Encamp and 96 in Canillo", "26 jobs at first, rising to 40 when ...", "642 cases, of which 219 were
// confirmed": a figure after "and", a change's "to" or "of which", its noun left out, then a place, a time or a stop.
const ELIDED_COUNT_RE = new RegExp(`(?:\\band|,\\sof\\s(?:which|whom)|\\b(?:ris(?:e|es|ing|en)|rose|gr[eo]w(?:s|ing|n)?|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing))\\sto)\\s${QUAL}(?<![\\d.,$€£¥])(\\d{1,3}(?:,\\d{3})+|\\d+)(?=\\s*[.;]|,\\s|\\s+(?:in|at|on|by|when|after|before|from|during|once|until|within|last|this|next|a\\s(?:year|month|week|day)|have|has|had|are|were|will|would|now|so far)\\b|\\s+[a-z]+ed\\b)`, "g");
// ('2,500 of the 5,000 "climate-resilient" homes': a modifier in quotes is one too.)
const PART_OF_WHOLE_RE = new RegExp(`(?<![\\d.,])\\b(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE}) (of (?:the )?(?:\\d{1,3}(?:,\\d{3})+|\\d+) (?:["“]?[a-z][\\w-]*["”]?\\s)?[a-z][\\w-]*s)\\b`, "g");
// "18 of those meetings", "eight of his last nine games", "Five of the seven companies": a part of a set the
// sentence names by its determiner (matched without case, so a capitalised part opens a sentence; the set is lower case).
const PART_OF_SET_RE = new RegExp(`(?<![\\d.,\\w-])(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE}) (of (?:the|those|these|its|their|our|his|her) (?:(?:last|first|past|previous|remaining|other) )?((?:\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE}) )?(?:[a-z][\\w-]*\\s){0,2}?[a-z][\\w-]*[^s\\W]s)\\b`, "gi");
const CLAUSE_AFTER_FIGURE = /^(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must|should|shall|did|do|does|still|now|also|already|later|then|never|only|each|all|both|together)$/i;
/** "page 18 of the report", "Game 4 of the series", "day 3 of the trial": a figure that numbers a thing, not a count. */
const NUMBERS_A_THING_BEFORE = /(?:\b(?:[Pp]ages?|[Cc]hapter|[Ss]ection|[Aa]rticle|[Pp]aragraph|[Cc]lause|[Ll]ine|[Ii]tem|[Rr]ule|[Ss]tep|[Pp]hase|[Ss]tage|[Ll]evel|[Gg]rade|[Nn]umber|[Nn]o\.|[Rr]ound|[Gg]ame|[Mm]atch|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Pp]art|[Vv]olume|[Rr]ow|[Ss]eat|[Gg]ate|[Pp]latform|aged|age)|\p{Lu}[\p{L}-]*)\s$/u;
const PART_OF_OWNED_RE = /(?<![\d.,])\b(\d{1,3}(?:,\d{3})+|\d+) (of (?:its|their|our|his|her) (?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*[^s\W]s)\b/g;
// ("Of the confirmed cases, 31 are in ...", "Of those firms, 56 continued ...": the whole may go without its figure,
// and the part be followed by any finite verb.)
const OF_WHOLE_FIRST_RE = new RegExp(`^Of (?:the |its |their |those |these |(?:the )?[\\p{L}-]+['’]s )?(?:(\\d{1,3}(?:,\\d{3})+|\\d+) )?((?:[a-z][\\w-]*\\s){0,2}[a-z][\\w-]*s)(?:\\s[a-z][^,]{0,48})?, ${QUAL}(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE}) (?:(?:now|still|also|already|later) )?([a-z]+)\\b`, "u");
// "This year the field team counted six.", "A survey in 2012 had found 87.": a figure that a counting verb ends its
// clause with, in a sentence with no count that says what it counts. (Not "reached" or "passed", which take sums and
// shares as well: "Sales reached 4,000" says not in what.)
const COUNTED_BARE_RE = new RegExp(`\\b(counted|counts|found|finds|recorded|records|numbered|registered|graduated)\\s${qualifierBefore(COUNT_LEAD_WORDS)}(?<![\\d.,$€£¥])(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE})(?=\\s*[.;]|,\\s|\\s+(?:in|at|on|by|last|this|so far|in all|in total|altogether)\\b)`, "g");
// "rising to 90 by 2028", "nearly tripled between 2010 and 2022, to 355", "bringing the workforce to 410", "rose to 1.3
// million in January": the figure a change ends at, in a sentence with no count that says what it counts (asked only as
// a blank in its sentence, as a counted bare figure is); up to 40 characters of object or aside between verb and "to".
const CHANGE_TO_BARE_RE = new RegExp(`\\b(?:ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|bring(?:s|ing)?|brought)\\b(?:[^,.;:%$€£¥]{0,40}?,?)?\\sto\\s${QUAL}(?<![\\d.,$€£¥])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)((?:\\s(?:million|billion))?)(?=\\s*[.;]|,\\s|\\s+(?:in|by|at|on|last|this|next|from|a\\s(?:year|month|week|day))\\b)`, "g");
// A bare "to N" whose subject is a reading or a score, or whose figure is a place in a table or a game's half.
const BARE_TO_MEASURED_BEFORE = /\b(?:temperatures?|scores?|scorelines?|rankings?|ratings?)\b[^.;]*$/i;
const BARE_TO_PLACE_AFTER = /^\s+in\s+the\s+(?:(?:world|national|league|global|official|latest)\s+)?(?:rankings?|table|standings|charts?|polls?|(?:first|second)\s+half)\b/i;
const OF_WHOLE_NEXT_RE = new RegExp(`(?:,|,? and) (\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE}) (?:(?:now|still|also|already|later) )?([a-z]+)\\b`, "g");
const OF_WHOLE_VERB = /^(?:are|were|have|had|will|would|can|could|lie|lay|sit|stand|remain|operate|work|live|is|was)$/;
// "up from 1.1 million in Vaduz": a figure a count is compared with, then a place, a time or a stop.
const UP_FROM_RE = /\b(?:up|down) from\s+(?<![\d.,$€£¥])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)((?:\s(?:million|billion))?)(?=\s*[.;,)]|\s+(?:in|at|a|an|the|last|on|by|over|during|for|before)\b)/g;
// ("the 200 rule was dropped": a verb in -s, "was" or "has", is no head of what is counted.)
export const NON_COUNT_NOUNS = /^(was|has|does|goes|this|its|his|times|percent|years|months|days|weeks|decades|hours|minutes|per|of|and|or|sides|parties|cents|halves|thirds|quarters|fifths|sixths|tenths)$/i;

/** "32,400 runners started": a count whose figure and noun a finite verb follows, the subject of its clause. */
function countIsSubject(sentence: string, count: ValueSpan): boolean {
  const rest = sentence.slice(count.end);
  const after = count.noun && rest.startsWith(` ${count.noun}`) ? rest.slice(count.noun.length + 1) : rest;
  const verb = /^\s+([a-z]+)\b/.exec(after)?.[1];
  return !!verb && isFiniteVerb(verb, count.noun?.split(" ").pop());
}

/** A letter and figure followed by a year or after "in", "the", "its" ("Q4 2026", "in Q3", "the M4"): a quarter or a model. */
function isQuarterOrModel(sentence: string, start: number, after: string): boolean {
  return /^\s+(?:19|20)\d\d\b/.test(after) || /\b(?:in|during|the|its|their)\s$/i.test(sentence.slice(0, start));
}

/** A capitalised word beside a letter and figure ("Airbus A320", "T20 World Cup"): the figure is part of a name. */
function hasNameBeside(sentence: string, start: number, after: string): boolean {
  return /^\s+\p{Lu}/u.test(after) || /\p{Lu}[\p{L}-]*\s$/u.test(sentence.slice(Math.max(0, start - 20), start));
}

// A modifier that opens a clause, not a noun phrase ("7 may lead to fines"), and a figure right after the head, which
// makes the head a verb ("a 750 Wh replacement battery costs €600").
const CLAUSE_WORD_TAGS = /^(?:Modal|Auxiliary|Copula|Preposition|Conjunction|Determiner|Pronoun)$/;
const FIGURE_AFTER = /^\s+(?:(?:between|about|around|up to|more than|less than)\s)?[\d€$£¥]/;
const CARDINAL_WORD = new RegExp(`^(?:\\d|(?:${CARDINAL_WORD_SOURCE})$)`, "i");
/**
 * "540 wild and cultivated coffee plants", "5,000 rapid diagnostic test kits": a counted noun with three modifiers is
 * read only when each modifier is a plain word (lower case, or a capitalised word such as "Pacific", not a unit such as
 * "Wh"), none opens a clause, and no figure follows the head. Shorter phrases pass as before.
 */
function threeModifiersRead(nounPhrase: string, after: string): boolean {
  const modifiers = nounPhrase.split(" ").slice(0, -1).filter((w) => w !== "and" && w !== "or");
  if (modifiers.length < 3) return true;
  if (FIGURE_AFTER.test(after)) return false;
  return modifiers.every((w) => /^(?:[a-z]|[A-Z][a-z]{2,}$)/.test(w) && !CARDINAL_WORD.test(w) && !lexiconTags(w).some((t) => CLAUSE_WORD_TAGS.test(t)));
}

/** Finds percentages, money, counts, ordinals, durations and dates with their written form. */
export function findValueSpans(sentence: string, publishedAt: Date | null, currencyLetters: CurrencyLetters = NO_LETTERS): ValueSpan[] {
  const spans: ValueSpan[] = [];
  const add = (s: ValueSpan) => {
    if (!overlaps(spans, s.start, s.end)) spans.push(s);
  };
  // Every pair of figures is read once (figure-pair.ts): a range rule keeps its span only when the pair is one answer.
  const pairs = findFigurePairs(sentence);
  // (each span is read once: a rule's span is kept or dropped when it is added, and that holds in the last filter)
  const kept = new Map<ValueSpan, boolean>();
  const keepsRange = (s: ValueSpan) => {
    let keeps = kept.get(s);
    if (keeps === undefined) kept.set(s, (keeps = keepsRangeSpan(sentence, s, pairs)));
    return keeps;
  };
  for (const s of findRuleSpans(sentence, publishedAt, "first")) if (keepsRange(s)) add(s);
  // Patterns that need a digit are not run on sentences without one (most of an article's prose), nor those that
  // need a digit or a number word ("two", "first") on sentences with neither.
  const hasDigit = /\d/.test(sentence);
  const hasCardinal = hasDigit || CARDINAL_WORD_AT_START.test(sentence);
  const hasOrdinal = hasDigit || ORDINAL_WORD_AT_START.test(sentence);

  for (const m of hasDigit ? sentence.matchAll(MONEY_RE) : NONE) {
    const [matched, q, written$ = "", num = "", longScale, shortM] = m;
    // The pattern ignores case for its scale words; a currency is written in capitals ("pay us $5" is "$5").
    // ("Bds$12", "FK£8.7 million": a capital, then letters, then the sign is a currency of its own.)
    const lower = /[a-z]/.test(written$.replace(/^(?:Rs|KSh|[A-Z][a-z]{1,2}(?=[$£]$))/, "")) ? written$.indexOf("$") : 0;
    if (lower < 0) continue;
    const cur = written$.slice(lower);
    const all = matched.slice(lower + (q ? q.length + 1 : 0));
    const scaleWord = longScale ?? (shortM ? "m" : undefined);
    // A bare "R" is the rand only in a sum written as one ("R5.2 billion", "R450,000"), not in a code like "R2".
    if (cur === "R" && !scaleWord && !/[.,]/.test(num)) continue;
    const start = m.index + (q ? q.length + 1 : 0) + lower;
    const value = Number(num.replace(/,/g, "")) * (scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1);
    const prefix = cur.trim() === "US $" ? "US$" : cur.replace(/\s+$/, "") + (/^(?:[A-Z]{3}|Rs\.?)$/.test(cur.trim()) || /\s$/.test(cur) ? " " : "");
    // "£38m", "£1.62bn": the answer is the sum as the article writes it; the scale spelled out is accepted.
    const written = scaleWord ? all.slice(all.lastIndexOf(num) + num.length) : "";
    const spelled = scaleWord ? ` ${LONG_SCALE[scaleWord.toLowerCase()] ?? scaleWord.toLowerCase()}` : "";
    const answer = `${prefix}${num}${written}`;
    const signCode = SIGN_CODES[cur.trim()];
    const currency = signCode ?? cur.replace(/\s/g, "").toUpperCase();
    add({
      kind: "money", start, end: m.index + matched.length, answer,
      accepted: [`${prefix}${num}${spelled}`, `${cur}${num}${spelled}`.trim(), all, ...(signCode ? [`${signCode} ${num}${spelled}`] : [])],
      value, unit: `${currency}${spelled}`, qualifier: normalizeQualifier(q), noun: null,
      form: { prefix, suffix: written, decimals: decimalsOf(num), words: false, grouped: num.includes(",") },
    });
  }
  for (const m of hasDigit ? sentence.matchAll(MONEY_OTHER_RE) : NONE) {
    const [all, symbol = "", num = "", scaleWord] = m;
    // "Afl. 41.2 million": a symbol with a stop only when CLDR writes it so; one without, as the wide symbols are.
    const dotted = symbol.endsWith(".");
    const cur = dotted ? symbol.slice(0, -1) : symbol;
    const isCode = !dotted && CURRENCY_CODES.has(cur);
    if (dotted ? !DOTTED_SYMBOLS.has(cur) : !isCode && !WIDE_LETTER_SYMBOLS.has(cur)) continue;
    // A bare amount ("LAK 25,000") only after a code that is no word, and never a year ("EUR 2025" is a name).
    if (!scaleWord && !/\.\d/.test(num) && ((isCode && codeIsAlsoWord(cur)) || /^(?:1[89]|20)\d\d$/.test(num))) continue;
    // "SR 48 million" in an article on the Saudi riyal: the initials of the currency it names, read below.
    if (!dotted && !isCode && (currencyLetters.get(cur) ?? WIDE_LETTER_SYMBOLS.get(cur)) !== WIDE_LETTER_SYMBOLS.get(cur)) continue;
    // "Pirae FC 3", "SR 520": a two-letter symbol before a bare figure needs its currency or country named in the
    // article, and stands apart from names as a one-letter one does ("the VT 200 rule" in an article on Vanuatu).
    if (!dotted && !isCode && isShortSymbol(cur) && !scaleWord && !/[.,]/.test(num)) {
      const after = sentence.slice(m.index + all.length);
      if (!currencyLetters.named?.has(WIDE_LETTER_SYMBOLS.get(cur) ?? "") || isQuarterOrModel(sentence, m.index, after) || hasNameBeside(sentence, m.index, after)) continue;
    }
    const spaced = all.charAt(symbol.length) === " ";
    const prefix = `${symbol}${spaced ? " " : ""}`;
    const written = scaleWord ? all.slice(all.lastIndexOf(num) + num.length) : "";
    const spelled = scaleWord ? ` ${LONG_SCALE[scaleWord] ?? scaleWord}` : "";
    const accepted = [`${prefix}${num}${spelled}`, `${symbol}${spaced ? "" : " "}${num}${spelled}`, ...(dotted ? [`${cur} ${num}${spelled}`] : [])];
    add({
      kind: "money", start: m.index, end: m.index + all.length, answer: `${prefix}${num}${written}`,
      accepted, value: Number(num.replace(/,/g, "")) * (scaleWord ? (SCALE[LONG_SCALE[scaleWord] ?? scaleWord] ?? 1) : 1),
      unit: `${(dotted ? DOTTED_SYMBOLS : WIDE_LETTER_SYMBOLS).get(cur) ?? cur}${spelled}`, qualifier: null, noun: null,
      form: { prefix, suffix: written, decimals: decimalsOf(num), words: false, grouped: num.includes(",") },
    });
  }
  for (const m of hasDigit && CODE_AFTER_HINT.test(sentence) ? sentence.matchAll(MONEY_CODE_AFTER_RE) : NONE) {
    const [matched, q, num = "", scaleWord, cur = ""] = m;
    const code = CURRENCY_CODES.has(cur) ? cur : cur.length > 3 ? WIDE_LETTER_SYMBOLS.get(cur) : undefined;
    if (!code || (codeIsAlsoWord(cur) && !scaleWord) || (!scaleWord && /^(?:1[89]|20)\d\d$/.test(num))) continue;
    const start = m.index + (q ? q.length + 1 : 0);
    const suffix = `${scaleWord ? ` ${scaleWord}` : ""} ${cur}`;
    const spelled = scaleWord ? ` ${LONG_SCALE[scaleWord] ?? scaleWord}` : "";
    add({
      kind: "money", start, end: m.index + matched.length, answer: `${num}${suffix}`, accepted: [`${cur} ${num}${spelled}`, `${num}${spelled} ${cur}`],
      value: Number(num.replace(/,/g, "")) * (scaleWord ? (SCALE[LONG_SCALE[scaleWord] ?? scaleWord] ?? 1) : 1), unit: `${code}${spelled}`,
      qualifier: normalizeQualifier(q), noun: null, form: { prefix: "", suffix, decimals: decimalsOf(num), words: false, grouped: num.includes(",") },
    });
  }
  for (const m of hasDigit && currencyLetters.size > 0 ? sentence.matchAll(MONEY_LETTER_RE) : NONE) {
    const [all, letter = "", num = "", scaleWord] = m;
    const code = currencyLetters.get(letter);
    if (!code) continue;
    // "Q4 2026", "in Q3": a quarter or a model, not a sum. "the M4 motorway", "a T20 World Cup", "Airbus A320": a
    // bare letter and figure, with no scale, thousands or decimals, is a name when a capitalised word stands beside
    // it; a sum stands apart from names ("cut from D150 to D105 per gigabyte").
    const after = sentence.slice(m.index + all.length);
    if (!scaleWord && isQuarterOrModel(sentence, m.index, after)) continue;
    if (!scaleWord && !/[.,]/.test(num) && hasNameBeside(sentence, m.index, after)) continue;
    // Where only a country's name implies the currency, "3,000 N95 masks", "two T20 games", "an A320 jet" are
    // models: a bare sum needs a word of money before it ("costs K450", "from K300") and no noun right after it
    // ("for K90 tickets" is a kind of ticket).
    if (!scaleWord && !/[.,]/.test(num) && currencyLetters.fromCountry?.has(letter) && (!LETTER_MONEY_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index)) || LETTER_NOUN_AFTER.test(after))) continue;
    const written = scaleWord ? all.slice(all.lastIndexOf(num) + num.length) : "";
    const spelled = scaleWord ? ` ${LONG_SCALE[scaleWord] ?? scaleWord}` : "";
    // ("VT 12.4 billion" is answered as written, one space and all.)
    const prefix = all.charAt(letter.length) === " " ? `${letter} ` : letter;
    add({
      kind: "money", start: m.index, end: m.index + all.length, answer: `${prefix}${num}${written}`,
      accepted: [`${letter}${num}${spelled}`, `${letter} ${num}${spelled}`, `${code} ${num}${spelled}`],
      value: Number(num.replace(/,/g, "")) * (scaleWord ? (SCALE[LONG_SCALE[scaleWord] ?? scaleWord] ?? 1) : 1), unit: `${code}${spelled}`,
      qualifier: null, noun: null, form: { prefix, suffix: written, decimals: decimalsOf(num), words: false, grouped: num.includes(",") },
    });
  }
  for (const m of hasDigit && NEEDS_CURRENCY_WORD.test(sentence) ? sentence.matchAll(MONEY_WORD_RE) : NONE) {
    const [matched, q, num = "", scaleWord, country = "", currencyName = "", perUnit = ""] = m;
    // "5 million more dollars": only a country's name may stand between the amount and its currency ("euro cents" is one name).
    if (country && !/^[A-Z]/.test(country) && !CURRENCY_WORDS.has(`${country}${currencyName}`.toLowerCase())) continue;
    // "scored 5 marks": a currency name that is also a common plural is money only with a scale ("156 million marks").
    if (!scaleWord && /^(?:marks|sols)$/i.test(currencyName)) continue;
    const currencyWord = `${country}${currencyName}`;
    const all = matched;
    const start = m.index + (q ? q.length + 1 : 0);
    const value = Number(num.replace(/,/g, "")) * (scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1);
    const suffix = `${scaleWord ? ` ${scaleWord}` : ""} ${currencyWord}${perUnit}`;
    add({
      kind: "money", start, end: m.index + all.length, answer: `${num}${suffix}`, value,
      accepted: [...(perUnit ? [`${num}${suffix.slice(0, -perUnit.length)}`] : []), ...(/\./.test(country) ? [`${num}${scaleWord ? ` ${scaleWord}` : ""} ${currencyName}`] : [])],
      unit: `${CURRENCY_NAME[currencyWord.toLowerCase()] ?? currencyWord.toLowerCase()}${scaleWord ? ` ${scaleWord}` : ""}${perUnit}`,
      qualifier: normalizeQualifier(q), noun: null,
      form: { prefix: "", suffix, decimals: decimalsOf(num), words: false, grouped: num.includes(",") },
    });
  }
  // "a dividend of eight cents a share", "two dollars a litre": a small sum in words, its options in words too.
  for (const m of hasCardinal && MONEY_IN_WORDS_HINT.test(sentence) ? sentence.matchAll(MONEY_IN_WORDS_RE) : NONE) {
    const [all, q, num = "", currencyWord = ""] = m;
    const value = parseNumberText(num);
    if (value === null || value < 2 || /^\d/.test(num)) continue;
    const start = m.index + (q ? q.length + 1 : 0);
    const word = currencyWord.toLowerCase();
    add({
      kind: "money", start, end: m.index + all.length, answer: all.slice(start - m.index), accepted: [`${value} ${word}`], value,
      unit: CURRENCY_NAME[word] ?? word, qualifier: normalizeQualifier(q), noun: null,
      form: { prefix: "", suffix: ` ${word}`, decimals: 0, words: true, grouped: false },
    });
  }
  mergeMoneyRanges(sentence, spans);
  for (const m of hasDigit && NEEDS_PERCENT.test(sentence) ? sentence.matchAll(PERCENT_RE) : NONE) {
    const [all, q, num = "", sign = ""] = m;
    if (/^pc$/i.test(sign) && sign !== "pc") continue;
    const start = m.index + (q ? q.length + 1 : 0);
    const points = /point/i.test(sign);
    // "83percent" is a typo for "83 percent": the answer is written the clean way.
    const answer = points ? `${num} percentage points` : `${num}%`;
    add({
      kind: "percent", start, end: m.index + all.length, answer, accepted: [`${num} percent`, num],
      value: Number(num.replace(/,/g, "")), unit: points ? "pp" : "%", qualifier: normalizeQualifier(q), noun: null,
      form: { prefix: "", suffix: points ? " percentage points" : "%", decimals: decimalsOf(num), words: false, grouped: false },
    });
  }
  for (const m of hasCardinal ? sentence.matchAll(DURATION_COMPOUND_RE) : NONE) {
    const [, num = "", unitWord = "", rest = ""] = m;
    if (/^\s+(record|high|low|old)\b/.test(rest) || /^\s+(record|high|low)/.test(rest)) continue;
    const value = parseNumberText(num);
    if (value === null) continue;
    const words = !/^\d/.test(num);
    const unit = unitWord.toLowerCase();
    const answer = `${num} ${unit}${value === 1 ? "" : "s"}`;
    add({
      kind: "duration", start: m.index, end: m.index + num.length + 1 + unitWord.length, answer,
      accepted: [`${value} ${unit}${value === 1 ? "" : "s"}`, `${num}-${unit}`, `${value}-${unit}`, `${value}`], value, unit,
      qualifier: null, noun: rest.trim().replace(/\s+(?:for|to|in|on|at|of|with|from|by|and|that|which)\b.*$/, ""), form: { prefix: "", suffix: ` ${unit}s`, decimals: 0, words, grouped: false },
    });
  }
  for (const m of hasCardinal && NEEDS_DURATION_UNIT.test(sentence) ? sentence.matchAll(DURATION_RE) : NONE) {
    const [all, q, num = "", kindOfDay = "", unitWord = ""] = m;
    const value = parseNumberText(num);
    if (value === null) continue;
    const start = m.index + (q ? q.length + 1 : 0);
    const unit = `${kindOfDay.toLowerCase()}${unitWord.toLowerCase().replace(/s$/, "")}`;
    add({
      kind: "duration", start, end: m.index + all.length, answer: `${num} ${kindOfDay.toLowerCase()}${unitWord.toLowerCase()}`,
      accepted: [`${value} ${kindOfDay.toLowerCase()}${unitWord.toLowerCase()}`, `${value}`, ...(kindOfDay ? [`${num} ${unitWord.toLowerCase()}`] : [])], value, unit, qualifier: normalizeQualifier(q), noun: null,
      form: { prefix: "", suffix: ` ${unit}s`, decimals: 0, words: !/^\d/.test(num), grouped: false },
    });
  }
  for (const m of sentence.matchAll(RELATIVE_RE)) {
    if (!publishedAt) continue;
    const text = m[0];
    const y = publishedAt.getUTCFullYear();
    const pm = publishedAt.getUTCMonth();
    let year: number;
    let month: number | null = null;
    let day: number | null = null;
    const wd = /\((\w+)\.? (\d{1,2})\)/.exec(text);
    if (wd) {
      month = monthIndex(wd[1] ?? "");
      day = Number(wd[2]);
      if (month === null) continue;
      year = month > pm ? y - 1 : y;
    } else {
      const [rel = "", what = ""] = text.toLowerCase().split(" ");
      const offset = rel === "last" ? -1 : rel === "next" ? 1 : 0;
      if (what === "year") year = y + offset;
      else if (what === "month") {
        // "last month" in October 2026 is September 2026.
        const total = y * 12 + pm + offset;
        year = Math.floor(total / 12);
        month = total % 12;
      } else {
        month = monthIndex(what);
        if (month === null) continue;
        year = rel === "last" ? (month < pm ? y : y - 1) : rel === "next" ? y + 1 : y;
      }
    }
    const answer = formatDate({ year, month, day });
    const start = m.index + (text.startsWith("on ") ? 3 : 0);
    add({
      kind: "date", start, end: m.index + text.length, answer, accepted: [], value: year * 10000 + ((month ?? -1) + 1) * 100 + (day ?? 0),
      unit: day !== null ? "day" : month !== null ? "month" : "year", qualifier: null, noun: null,
      granularity: day !== null ? "day" : month !== null ? "month" : "year", relative: true,
      form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: false },
    });
  }
  for (const m of hasDigit ? sentence.matchAll(DATE_DAY_RE) : NONE) {
    const day = Number(m[1] ?? m[5]);
    const month = monthIndex(m[2] ?? m[4] ?? "");
    const year = Number(m[3] ?? m[6]);
    if (month === null || day < 1 || day > 31) continue;
    // Written in the article's order: "March 3, 2026" stays month first, "3 March 2026" day first.
    const dayFirst = formatDate({ year, month, day });
    const monthFirst = `${MONTHS[month]} ${day}, ${year}`;
    const answer = m[4] ? monthFirst : dayFirst;
    add({
      kind: "date", start: m.index, end: m.index + m[0].length, answer, accepted: [m[0], m[4] ? dayFirst : monthFirst],
      value: year * 10000 + (month + 1) * 100 + day, unit: "day", qualifier: null, noun: null, granularity: "day",
      form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: false },
    });
  }
  for (const m of hasDigit ? sentence.matchAll(DATE_MONTH_RE) : NONE) {
    const month = monthIndex(m[1] ?? "");
    const year = Number(m[2]);
    if (month === null) continue;
    add({
      kind: "date", start: m.index, end: m.index + m[0].length, answer: `${MONTHS[month]} ${year}`, accepted: [m[0]],
      value: year * 10000 + (month + 1) * 100, unit: "month", qualifier: null, noun: null, granularity: "month",
      form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: false },
    });
  }
  for (const m of hasDigit ? sentence.matchAll(YEAR_RE) : NONE) {
    const year = m[2] ?? "";
    const start = m.index + (m[1] ?? "").length + 1;
    // "the 2019-2020 academic year", "Games of the Future 2024": ranges and names are not dates to ask about.
    if (m[1]?.toLowerCase() === "of" && !/(?:year|period|end|start|beginning|spring|summer|autumn|winter) of$/i.test(sentence.slice(0, m.index + 2).trim())) continue;
    // "to prove that cocoa was not grown on land cleared after 2020": a year after "after" in a clause of its own dates
    // that clause, which no question can be built around (it gave "After which year was the regulation requires ...?").
    if (m[1]?.toLowerCase() === "after" && /\b(?:that|which|who|whom|whose)\b/i.test(sentence.slice(0, m.index))) continue;
    add({
      kind: "date", start, end: start + 4, answer: year, accepted: [], value: Number(year) * 10000, unit: "year", qualifier: null,
      noun: null, granularity: "year", form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: false },
    });
  }
  for (const m of hasDigit && publishedAt ? sentence.matchAll(YEAR_BEFORE_NOUN_RE) : NONE) {
    const year = m[1] ?? "";
    const start = m.index + m[0].length - year.length - 1;
    if (Number(year) >= (publishedAt?.getUTCFullYear() ?? 0)) continue;
    add({
      kind: "date", start, end: start + 4, answer: year, accepted: [], value: Number(year) * 10000, unit: "year", qualifier: null,
      noun: null, granularity: "year", form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: false },
    });
  }
  for (const m of hasOrdinal ? sentence.matchAll(ORDINAL_RE) : NONE) {
    const text = m[0];
    const value = m[1] ? Number(m[1]) : ordinalWordToNumber(m[3] ?? "");
    if (value === null || value === 0) continue;
    // "the first would ..." and "first three months" are not facts; a following superlative or name is.
    const after = sentence.slice(m.index + text.length).trim();
    // "a tenth as much", "a third of sales": a fraction (value-rules.ts), not a rank.
    if (value > 1 && /\b(?:a|one)\s$/i.test(sentence.slice(0, m.index)) && /^(?:(?:of|as|less|more|fewer)\b|[,.;]|$)/.test(after)) continue;
    // "rents rose by a third since 2021", "a rise of a third on last year", "fell by a third last year": after "a" a
    // word that names nothing (a preposition, a conjunction, a determiner, "last") leaves the fraction; "by a third
    // party" keeps its noun.
    const nextWord = /^[a-z]+/.exec(after)?.[0] ?? "";
    const namesNothing = /^(?:compared|over|last)$/.test(nextWord) || lexiconTags(nextWord).some((t) => t === "Preposition" || t === "Conjunction" || t === "Determiner");
    if (value > 1 && namesNothing && /\b(?:a|one)\s$/i.test(sentence.slice(0, m.index))) continue;
    const noun = /^[\s-]*([A-Za-z][\w-]*)/.exec(after)?.[1] ?? "";
    if (value === 1 && !/^(largest|biggest|highest|lowest|time|anniversary)$/i.test(noun)) continue;
    // "the Second World War" is a name, not a rank: "the third World War" would be a silly false statement.
    if (/^\s*World War\b/.test(sentence.slice(m.index + text.length))) continue;
    // "the fifth-fastest time": the compound is one answer, and options keep its superlative ("third-fastest").
    // "in the 21st minute": the minute of a match is asked whole ("21st minute", as gold writers write it); "21st" typed
    // alone is still right.
    const compound = /^(?:-[a-z]+est\b|\s+minute\b(?![-\w]))/.exec(sentence.slice(m.index + text.length))?.[0] ?? "";
    add({
      kind: "ordinal", start: m.index, end: m.index + text.length + compound.length, answer: `${text}${compound}`,
      // "84th minute" typed with its noun is the same answer as "84th".
      // "the second quarter of 2027" typed whole names the same quarter.
      accepted: [String(value), m[1] ? "" : `${value}${m[2] ?? ""}`, compound ? text : "", !compound && /^[a-z]+$/.test(noun) ? `${text} ${noun}` : "", /^\s+(?:quarter|half) of (?:19|20)\d\d\b/.exec(sentence.slice(m.index + text.length))?.[0].replace(/^\s+/, `${text} `) ?? ""].filter(Boolean), value, unit: /^[A-Z]/.test(noun) ? "name" : noun.toLowerCase(),
      qualifier: null, noun, form: { prefix: "", suffix: compound, decimals: 0, words: !m[1], grouped: false },
    });
  }
  // "Some 4.3 million people": a count with a scale word, written back the same way.
  for (const m of hasCardinal && NEEDS_SCALE.test(sentence) ? sentence.matchAll(SCALED_COUNT_RE) : NONE) {
    const [, q, num = "", scaleWord = "", nounPhrase = ""] = m;
    const start = m.index + (q ? q.length + 1 : 0);
    const end = start + num.length + 1 + scaleWord.length;
    const figure = parseNumberText(num);
    if (overlaps(spans, start, end) || figure === null) continue;
    const scale = scaleWord.toLowerCase();
    const words = !/^\d/.test(num);
    spans.push({
      kind: "count", start, end, answer: `${num} ${scale}`, accepted: [`${figure}m`, `${figure} ${scale}`, String(figure * (SCALE[scale] ?? 1)), `${num} ${scale} ${nounPhrase.split(" ").pop() ?? ""}`], value: figure * (SCALE[scale] ?? 1),
      unit: (nounPhrase.split(" ").pop() ?? "").toLowerCase().replace(/s$/, ""), qualifier: normalizeQualifier(q), noun: nounPhrase,
      form: { prefix: "", suffix: ` ${scale}`, decimals: decimalsOf(num), words, grouped: false },
    });
  }
  const subjects: { start: number; num: string; value: number; q: string | undefined; verb: string }[] = [];
  for (const m of hasCardinal ? [...sentence.matchAll(COUNT_RE), ...sentence.matchAll(COUNT3_RE)] : NONE) {
    const [, q, num = "", nounPhrase = ""] = m;
    const phraseEnd = sentence.indexOf(nounPhrase, m.index + m[0].indexOf(num) + num.length) + nounPhrase.length;
    const value = parseNumberText(num);
    const start = m.index + (q ? q.length + 1 : 0);
    if (value === null || value < 2 || (/^(19|20)\d\d$/.test(num))) continue;
    const numEnd = start + num.length;
    if (overlaps(spans, start, numEnd)) continue;
    const before = sentence.slice(Math.max(0, start - 12), start).toLowerCase();
    const head = nounPhrase.split(" ").pop() ?? "";
    // "the two countries", "top ten destinations", years and times are context, not countable facts.
    // ("raised pay for its 1,650 staff": after an owner a figure in digits is the owner's count, a fact of its own.)
    const determiner = /\b(the|these|those|both|top|all|its|their|our|his|her)\s$/.exec(before)?.[1];
    // ("covers the nine regional operators": after "the", a figure of three or more with a modifier before its noun says
    // how many there are; "the two countries", "the five largest banks" stay context.)
    const described = determiner === "the" && value >= 3 && /^[a-z][\w-]*\s/.test(nounPhrase) && !/^(?:[a-z]+est|most|main|other|same|first|last|next|remaining)\s/.test(nounPhrase);
    if ((determiner && !described && !(/^(?:its|their|our|his|her)$/.test(determiner) && /^\d/.test(num) && value >= 10)) || NON_COUNT_NOUNS.test(head)) continue;
    if (/^(19|20)\d\d$/.test(num) || /^(of|and|or|for|than|in)$/.test(nounPhrase.split(" ")[0] ?? "")) continue;
    // "signed agreements" is a verb and its object; "rent-controlled homes" is one noun phrase.
    const firstWord = nounPhrase.split(" ")[0] ?? "";
    // "four licensing deals" is a noun phrase too: only "-ed" and "-ly" words are taken for a verb or an adverb.
    // ... unless the lexicon calls it an adjective or it is a negated participle ("14 unexploded mines").
    // (After a preposition the figure is no subject, so its "-ed" word modifies: "a survey of 400 relocated households".)
    if (/(?:ed|ly)$/.test(firstWord) && !firstWord.includes("-") && nounPhrase.includes(" ") && !/^new/.test(nounPhrase) && !/^un[a-z]+ed$/.test(firstWord) && !lexiconTags(firstWord).includes("Adjective") && !(/ed$/.test(firstWord) && /\b(?:of|for|with|among|from)\s$/i.test(before))) continue;
    if (!threeModifiersRead(nounPhrase, sentence.slice(phraseEnd))) continue;
    // "12 had been shot, four had hit power lines", "Of those, 7 were adults": a figure before a verb is the
    // subject of its clause, and what follows says what it did, not what it counts.
    // (Such a figure is still asked as a blank, with no noun, if no reader below finds what it counts.)
    if (CLAUSE_AFTER_FIGURE.test(firstWord)) {
      subjects.push({ start, num, value, q, verb: firstWord.toLowerCase() });
      continue;
    }
    const words = !/^\d/.test(num);
    // "430 degrees Celsius": the scale is part of what is counted.
    const scaleName = /^\s(Celsius|Fahrenheit)\b/.exec(sentence.slice(phraseEnd))?.[1];
    spans.push({
      // "13 rebounds" typed with what it counts is the same answer as "13".
      kind: "count", start, end: numEnd, answer: num, accepted: [String(value), `${num} ${head}`], value, unit: head.toLowerCase().replace(/ies$/, "y").replace(/s$/, ""),
      qualifier: normalizeQualifier(q), noun: scaleName ? `${nounPhrase} ${scaleName}` : withPartitive(nounPhrase, sentence.slice(phraseEnd)),
      form: { prefix: "", suffix: "", decimals: 0, words, grouped: num.includes(",") },
    });
  }
  // "took 39 of the 179 seats": a part of a counted whole, asked as "How many of the 179 seats ...?"
  // "sell 40 of its oldest lorries": a part of the owner's things, counted by their noun.
  for (const m of hasDigit && /\d of (?:its|their|our|his|her) /.test(sentence) ? sentence.matchAll(PART_OF_OWNED_RE) : NONE) {
    const [, num = "", noun = ""] = m;
    const part = partCount(spans, { start: m.index, num, value: Number(num.replace(/,/g, "")), accepted: [num.replace(/,/g, "")], unit: (noun.split(" ").pop() ?? "").replace(/ies$/, "y").replace(/s$/, ""), qualifier: null, noun });
    if (part) spans.push(part);
  }
  // ("nine of the 42 boreholes": the part in words too.)
  for (const m of hasDigit ? sentence.matchAll(PART_OF_WHOLE_RE) : NONE) {
    const [, num = "", noun = ""] = m;
    const value = parseNumberText(num);
    const part = partCount(spans, { start: m.index, num, value, accepted: [String(value)], unit: (noun.split(" ").pop() ?? "").replace(/s$/, ""), qualifier: null, noun });
    if (part) spans.push(part);
  }
  for (const m of hasCardinal && /\s(?:of\s(?:the|those|these|its|their|our|his|her))\s/i.test(sentence) ? sentence.matchAll(PART_OF_SET_RE) : NONE) {
    const [, num = "", noun = "", whole] = m;
    const value = parseNumberText(num);
    const head = noun.split(" ").pop() ?? "";
    // (A lone "one of the ..." is a member, not a count, unless the set is counted: "one of the seven".)
    if (value === null || (value < 2 && !whole) || /[A-Z]/.test(noun) || NON_COUNT_NOUNS.test(head)) continue;
    if (NUMBERS_A_THING_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const part = partCount(spans, { start: m.index, num, value, accepted: [String(value), `${num} ${head}`], unit: head.toLowerCase().replace(/ies$/, "y").replace(/s$/, ""), qualifier: null, noun: noun.toLowerCase() });
    if (part) spans.push(part);
  }
  // "Of the country's 22 processing plants, 15 are in the south": the part counts the whole's noun.
  const ofWhole = hasDigit ? OF_WHOLE_FIRST_RE.exec(sentence) : null;
  // ("Of the 12 branches, 5 closed, and 300 were moved": a part no smaller than the whole's figure is another count.)
  const whole = ofWhole?.[1] ? Number(ofWhole[1].replace(/,/g, "")) : Infinity;
  const smaller = (n: number | null) => n !== null && n < whole;
  if (ofWhole) {
    const [all, , noun = "", q, num = "", verb = ""] = ofWhole;
    const start = ofWhole.index + all.indexOf(` ${num} `, all.indexOf(",")) + 1;
    const head = noun.split(" ").pop() ?? "";
    const unit = head.replace(/ies$/, "y").replace(/s$/, "");
    // A part of the whole: a figure smaller than its figure, whose clause's verb says what it did.
    const partOfWhole = (at: number, n: string, v: string, qualifier: string | null) => {
      const value = parseNumberText(n);
      return smaller(value) && (OF_WHOLE_VERB.test(v) || isFiniteVerb(v, undefined)) ? partCount(spans, { start: at, num: n, value, accepted: [String(value), `${n} ${head}`], unit, qualifier, noun }) : null;
    };
    const part = partOfWhole(start, num, verb, normalizeQualifier(q));
    if (part) spans.push(part);
    // "..., 11 had been poisoned, three had collided with power lines and three died": each figure of the list that
    // opens a clause of its own counts the same whole.
    for (const m of part ? sentence.slice(part.end).matchAll(OF_WHOLE_NEXT_RE) : NONE) {
      const [, n = "", v = ""] = m;
      const at = (part?.end ?? 0) + m.index + m[0].indexOf(n, 1);
      const next = partOfWhole(at, n, v, null);
      if (next) spans.push(next);
    }
  }
  // "about 350 of the world's roughly 1,000 known mud volcanoes": a share of a whole, asked as "How many of the
  // world's known mud volcanoes ...?" (the whole's own figure is another fact, left out of the noun).
  for (const m of hasDigit && /['’]s\s/.test(sentence) ? sentence.matchAll(WHOLE_SHARE_RE) : NONE) {
    const [, q, num = "", owner = "", phrase = ""] = m;
    const start = m.index + (q ? q.length + 1 : 0);
    const part = partCount(spans, { start, num, value: Number(num.replace(/,/g, "")), accepted: [num.replace(/,/g, "")], unit: (phrase.split(" ").pop() ?? "").replace(/s$/, ""), qualifier: normalizeQualifier(q), noun: `of ${owner} ${phrase}` });
    if (part) spans.push(part);
  }
  // "began with 30 vehicles and now runs 420 there": a bare count after a verb counts what the sentence's earlier
  // count does; with no earlier count it says not what it counts, and is no value.
  // (Only a sentence with a count of a plain noun is searched: most have none.)
  const nounCounts = spans.filter((s) => s.kind === "count" && s.noun && /^(?:[a-z][\w-]*\s){0,2}(?:[a-z][\w-]*s|people|children|staff)(?:\sof\s[a-z][\w-]*)?$/.test(s.noun));
  for (const m of nounCounts.length > 0 ? sentence.matchAll(BARE_COUNT_RE) : NONE) {
    const [, verb = "", q, num = ""] = m;
    const start = m.index + m[0].length - num.length;
    const earlier = nounCounts.filter((s) => s.end < start).pop();
    if (!earlier?.noun || overlaps(spans, start, start + num.length) || /^(19|20)\d\d$/.test(num) || !isVerbBeforeCount(verb)) continue;
    spans.push({
      kind: "count", start, end: start + num.length, answer: num, accepted: [num.replace(/,/g, ""), `${num} ${earlier.noun}`], value: Number(num.replace(/,/g, "")),
      unit: earlier.unit, qualifier: normalizeQualifier(q), noun: earlier.noun,
      form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: num.includes(",") },
    });
  }
  for (const m of nounCounts.length > 0 ? sentence.matchAll(ELIDED_COUNT_RE) : NONE) {
    const [all, q, num = ""] = m;
    const start = m.index + all.length - num.length;
    const earlier = nounCounts.filter((s) => s.end < start).pop();
    // ("between 400 and 600" is a range, and a year is no count.)
    if (!earlier?.noun || overlaps(spans, start, start + num.length) || /^(19|20)\d\d$/.test(num) || /\bbetween\s+[\d,]+\s+and\s$/.test(sentence.slice(0, start)) || (ofWhole && !smaller(Number(num.replace(/,/g, ""))))) continue;
    // ("32,400 runners started, and 31,122 finished": a past verb after the figure is its own, if the lexicon says so.)
    const pastAfter = /^\s+([a-z]+ed)\b/.exec(sentence.slice(start + num.length))?.[1];
    // ("The club sold 32,400 tickets, and 31,122 attended": only when the earlier count is its clause's subject, its
    // figure and noun before a finite verb, does a verb after the figure say it counts the same.)
    if (pastAfter && !/^\s+(?:have|has|had|are|were|will|would)\b/.test(sentence.slice(start + num.length)) && (!isFiniteVerb(pastAfter, undefined) || !countIsSubject(sentence, earlier))) continue;
    spans.push({
      kind: "count", start, end: start + num.length, answer: num, accepted: [num.replace(/,/g, ""), `${num} ${earlier.noun}`], value: Number(num.replace(/,/g, "")),
      unit: earlier.unit, qualifier: normalizeQualifier(q), noun: earlier.noun,
      form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: num.includes(",") },
    });
  }
  // (With no such count, the figure counts what the article's sentences before say: it is asked only as a blank in its
  // sentence, with no noun to ask it by.)
  for (const m of hasCardinal && nounCounts.length === 0 ? sentence.matchAll(COUNTED_BARE_RE) : NONE) {
    const [all, verb = "", q, num = ""] = m;
    const start = m.index + all.length - num.length;
    const value = parseNumberText(num);
    if (value === null || value < 2 || overlaps(spans, start, start + num.length) || /^(19|20)\d\d$/.test(num)) continue;
    spans.push(bareCount(start, num, value, q, verb));
  }
  for (const m of hasDigit && nounCounts.length === 0 ? sentence.matchAll(CHANGE_TO_BARE_RE) : NONE) {
    const [all, q, num = "", scaleWord = ""] = m;
    const start = m.index + all.length - num.length - scaleWord.length;
    const scale = scaleWord.trim();
    // (A bare decimal is a measure or a share whose unit is elsewhere: only with a scale word is it a count.)
    if ((num.includes(".") && !scale) || overlaps(spans, start, start + num.length + scaleWord.length) || /^(19|20)\d\d$/.test(num)) continue;
    const value = Number(num.replace(/,/g, "")) * (scale ? (SCALE[scale] ?? 1) : 1);
    // (A small bare figure is as often a score, a rank or a reading as a count: "the score rose to 3"; nor is a
    // temperature's or a place in a table: "Temperatures rose to 41", "climbed to 12 in the standings".)
    if (value < 10 || BARE_TO_MEASURED_BEFORE.test(sentence.slice(0, m.index)) || BARE_TO_PLACE_AFTER.test(sentence.slice(start + num.length + scaleWord.length))) continue;
    spans.push({
      kind: "count", start, end: start + num.length + scaleWord.length, answer: `${num}${scaleWord}`, accepted: [String(value)], value, unit: `${BARE_COUNT_UNIT}:to`, qualifier: normalizeQualifier(q), noun: null,
      form: { prefix: "", suffix: scaleWord, decimals: decimalsOf(num), words: false, grouped: num.includes(",") },
    });
  }
  // "2.4 million discs a year, up from 1.1 million": the figure a count is compared with counts the same thing, in
  // the same scale.
  for (const m of nounCounts.length > 0 && /\b(?:up|down) from\s/.test(sentence) ? sentence.matchAll(UP_FROM_RE) : NONE) {
    const [all, num = "", scaleWord = ""] = m;
    const start = m.index + all.length - num.length - scaleWord.length;
    const earlier = nounCounts.filter((s) => s.end < start).pop();
    const scale = scaleWord.trim().toLowerCase();
    if (!earlier?.noun || overlaps(spans, start, m.index + all.length) || /^(19|20)\d\d$/.test(num) || !earlier.answer.endsWith(scale)) continue;
    const value = Number(num.replace(/,/g, "")) * (scale ? (SCALE[scale] ?? 1) : 1);
    spans.push({
      kind: "count", start, end: m.index + all.length, answer: `${num}${scaleWord}`, accepted: [`${num}${scaleWord} ${earlier.noun}`, ...(scale ? [String(value)] : [num.replace(/,/g, "")])], value,
      unit: earlier.unit, qualifier: null, noun: earlier.noun,
      form: { prefix: "", suffix: scaleWord, decimals: decimalsOf(num), words: false, grouped: num.includes(",") },
    });
  }
  // "The number of X ... at around 5,000": a count with its noun given earlier.
  const numberOf = /\b[Tt]he number of ((?:[\w-]+ ){0,3}?(?:[a-z]+s|people|children|staff))\b[^.]*?\b(?:at|to|was|is|reached|stood at)\s+(?:(around|about|nearly|some|roughly|over|more than|fewer than|less than|almost) )?(\d{1,3}(?:,\d{3})+|\d+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?![\w-]))\b(?!\s*[-–]\d)/.exec(sentence);
  if (numberOf) {
    const num = numberOf[3] ?? "";
    const start = numberOf.index + numberOf[0].length - num.length;
    const value = parseNumberText(num);
    if (value !== null && !overlaps(spans, start, start + num.length)) {
      const noun = numberOf[1] ?? "";
      spans.push({
        kind: "count", start, end: start + num.length, answer: num, accepted: [String(value)], value,
        unit: (noun.split(" ").pop() ?? "").replace(/s$/, ""), qualifier: normalizeQualifier(numberOf[2]), noun,
        form: { prefix: "", suffix: "", decimals: 0, words: !/^\d/.test(num), grouped: num.includes(",") },
      });
    }
  }
  for (const f of subjects) {
    if (overlaps(spans, f.start, f.start + f.num.length)) continue;
    spans.push(bareCount(f.start, f.num, f.value, f.q, f.verb));
  }
  for (const s of findRuleSpans(sentence, publishedAt, "last")) if (keepsRange(s)) add(s);
  // "less than 2%" typed whole is the answer the question "Less than what percentage ...?" asks for, and "roughly
  // twice" the one "Roughly how many times ...?" asks for: the article's own qualifier is never wrong to type.
  // A rule's span that leaves the qualifier before it in the sentence ("up to 6 metres", "more than 100 metres") is
  // typed with it the same way.
  // "200,000 barrels a day", "ten metres a year", "NLe 3,200 a month": the rate the article writes after a figure may
  // be typed with it (the question keeps the rate in its own words: "How many barrels a day ...?").
  for (const s of RATE_HINT.test(sentence) ? spans : []) {
    const from = sentence.slice(s.start);
    for (const form of [s.answer, ...s.accepted]) {
      const rate = from.startsWith(form) ? RATE_AFTER.exec(from.slice(form.length))?.[1] : undefined;
      if (rate) s.accepted = [...s.accepted, `${form} ${rate}`];
    }
  }
  // The qualifier goes before every typed form the article's own words start with, so "around €7,800 a month" and
  // "roughly twice as fast" are typed whole as "around €7,800" and "roughly twice" are.
  for (const s of spans) {
    const q = s.qualifier ?? QUAL_BEFORE.exec(sentence.slice(Math.max(0, s.start - 24), s.start))?.[1]?.toLowerCase();
    if (q && isTypedQualifier(q)) s.accepted = [...s.accepted, ...withQualifier(q, s, sentence)];
  }
  acceptChangeWhole(sentence, spans);
  // A pair that is one answer ("2-3 tonnes") or none ("3-4 bedroom homes", "pages 12 to 14") never has an end asked
  // alone, and a pair that is no range ("rose by 5 to 70 euros") is never asked as one.
  // (A day or year of a span of time is the date rules' own: they read "from 20 December to 8 January 2027" as its days.)
  const blocking = pairs.filter((p) => p.ask === "whole" || p.ask === "none");
  // (A year read out of a pair of counts is no year: "rose from 1800 to 2000 people" never asks "In what year".)
  const blocks = (s: ValueSpan) =>
    blocking.some((p) => takesOneEnd(p.pair, s.start, s.end) && !(p.kind === "time-span" && p.ask === "whole" && s.kind === "date" && endsAreDates(p.pair))) ||
    (s.kind === "date" && pairs.some((p) => p.kind !== "time-span" && takesOneEnd(p.pair, s.start, s.end)));
  const settled = spans.filter((s) => keepsRange(s) && !blocks(s));
  // A value is never cut out of a larger number: "4,000 years" is not "000 years", "2.5 years" not "5 years".
  return settled.filter((s) => !cutsNumber(sentence, s.start, s.end) && !startsName(sentence, s.start)).sort((a, b) => a.start - b.start);
}

/**
 * "between US$3 billion and US$4 billion", "$3 billion to $4 billion": two sums of one currency and scale joined as
 * a range are one answer (value null: options only from other ranges); either end alone would state a wrong figure.
 * "from $3 billion to $4 billion" is a change from one to the other, and stays two values.
 */
function mergeMoneyRanges(sentence: string, spans: ValueSpan[]): void {
  const money = spans.filter((s) => s.kind === "money").sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < money.length; i++) {
    const [a, b] = [money[i] as ValueSpan, money[i + 1] as ValueSpan];
    const joint = sentence.slice(a.end, b.start);
    const between = /\bbetween\s+$/i.exec(sentence.slice(0, a.start));
    if (a.unit !== b.unit || a.qualifier || b.qualifier || (a.value ?? 0) >= (b.value ?? 0)) continue;
    // ("raised from a maximum of €50,000 to €150,000" is a change too: "from" a few words before the first sum.)
    if (!(between && /^\s+and\s+$/.test(joint)) && !(/^\s+to\s+$|^\s?[-–]\s?$/.test(joint) && !/\bfrom\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+of\s+)?$/i.test(sentence.slice(0, a.start)))) continue;
    const start = between ? between.index : a.start;
    const answer = sentence.slice(start, b.end);
    spans.splice(spans.indexOf(a), 1);
    spans.splice(spans.indexOf(b), 1);
    spans.push({
      kind: "money", start, end: b.end, answer, accepted: [`${a.answer} to ${b.answer}`, `${a.answer}-${b.answer}`, `between ${a.answer} and ${b.answer}`],
      value: null, unit: `money range:${a.unit}`, qualifier: null, noun: null, form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: false },
    });
    i++;
  }
}

// Between the two figures of a change: " to ", or a time the first figure held at (" in the mid-1990s to ").
// ("from 640 households in 2021 to about 300": the first figure's noun, and the second's qualifier, may stand between.)
const CHANGE_JOINT = /^(?:\/[A-Za-z]+)?(?:\s[a-z]+){0,2}?\s+(?:(?:in|at|at the end of|by)\s+(?:the\s+)?[\w-]+\s+)?to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|under\s+|over\s+|just\s+(?:over|under)\s+)?$/;

/**
 * "fell from 21 cents to 27 cents": each figure is asked alone with the other in the question ("from 21 cents to what
 * ...?"), and the change typed whole ("from 21 cents to 27 cents") is the same answer, so both accept it. A unit
 * written against the second figure ("lei/MWh") is part of what is typed.
 */
function acceptChangeWhole(sentence: string, spans: ValueSpan[]): void {
  // ("from 58% in 2022 to 41%": a year between the ends is when the first held, and no end of the change.)
  const sorted = [...spans].sort((a, b) => a.start - b.start).filter((s, i, all) => {
    const prev = all[i - 1];
    return s.kind !== "date" || !prev || prev.kind === "date" || !/^(?:\s[a-z]+){0,2}?\s+(?:in|at|by)\s+(?:the\s+)?$/.test(sentence.slice(prev.end, s.start)) || !/^\s+to\s/.test(sentence.slice(s.end));
  });
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i] as ValueSpan, sorted[i + 1] as ValueSpan];
    if (a.kind !== b.kind || a.unit !== b.unit || a.value === null || b.value === null || a.value === b.value) continue;
    const from = /\bfrom\s+$/i.exec(sentence.slice(Math.max(0, a.start - 12), a.start));
    if (!from || !CHANGE_JOINT.test(sentence.slice(a.end, b.start))) continue;
    const end = b.end + (/^\/[A-Za-z]+\b/.exec(sentence.slice(b.end))?.[0].length ?? 0);
    const whole = [`from ${sentence.slice(a.start, end)}`, `from ${a.answer} to ${b.answer}`];
    for (const s of [a, b]) s.accepted = [...new Set([...s.accepted, ...whole])];
  }
}

/**
 * A figure whose sentence names nothing it counts ("the field team counted six", "only nine had sons who ..."): asked
 * only as a blank; its options are other figures before the same verb, never an unrelated count of the article.
 */
function bareCount(start: number, num: string, value: number, q: string | undefined, verb: string): ValueSpan {
  return {
    kind: "count", start, end: start + num.length, answer: num, accepted: [String(value)], value, unit: `${BARE_COUNT_UNIT}:${verb}`, qualifier: normalizeQualifier(q), noun: null,
    form: { prefix: "", suffix: "", decimals: 0, words: !/^\d/.test(num), grouped: num.includes(",") },
  };
}

/** "now operates 85", "runs 420" (the lexicon files "runs" as a plural; after "It" it is a verb). */
function isVerbBeforeCount(word: string): boolean {
  // (compromise is asked only here, after a bare figure was found: a few sentences an article.)
  return isFiniteVerb(word, undefined) || (/[^s]s$/.test(word) && nlp(`It ${word} 5.`).match(`${word}`).has("#Verb"));
}

/** "14 species of frog", "300 tonnes of steel": what is counted includes its "of" complement. */
export function withPartitive(noun: string, after: string): string {
  const of = /^\s+of\s+([a-z][a-z-]+)\b/.exec(after);
  return of && !/^(?:the|a|an|its|their|his|her|our|this|that|these|those|them|it|which|whom|all|each|both)$/.test(of[1] ?? "") ? `${noun} of ${of[1]}` : noun;
}

/**
 * A number word that starts a capitalised name is part of the name, never a count: "Five Islands Resorts",
 * "Three Rivers Bank", "Five Islands' occupancy", "at First Quantum" (a capital mid-sentence). "Five nurses" and
 * "Three Britons were ..." at a sentence's start stay counts.
 */
function startsName(sentence: string, start: number): boolean {
  const name = /^\p{Lu}[a-z]+ \p{Lu}[\p{L}-]*(['’]|\s+(?:\p{Lu}|&))?(?:\s+([a-z]+)\b)?/u.exec(sentence.slice(start));
  if (!name) return false;
  return name[1] !== undefined || !/(?:^|[.!?:;"“‘(]\s*)$/.test(sentence.slice(0, start)) || takesSingularVerb(name[2]);
}

/**
 * "Five Islands owns", "Three Rivers has": a verb that agrees with one subject makes the pair a name; a counted
 * plural takes the plural verb ("Five nurses own", "Three Britons were").
 */
function takesSingularVerb(word: string | undefined): boolean {
  if (!word) return false;
  if (/^(?:is|was|has|does)$/.test(word)) return true;
  if (lexiconTags(word).some((t) => /Conjunction|Preposition|Adverb|Adjective|Determiner|Noun/.test(t))) return false;
  return isPresentOfVerb(word);
}

/** The span starts or ends inside a written number ("4,|000", "2.|5", "3|5%"). */
export function cutsNumber(sentence: string, start: number, end: number): boolean {
  return /\d[.,]?$/.test(sentence.slice(0, start)) || /^[.,]?\d/.test(sentence.slice(end));
}
