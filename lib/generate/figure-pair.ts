/**
 * One reading of a pair of figures ("2-3 tonnes", "from £500 to £5,000", "between 3 and 5", "rose by 10 to 25") for
 * every rule that could take it: what the two figures are (`kind`) and what a quiz may ask of them (`ask`). Range
 * rules keep a span only when the ask is "whole"; single-figure rules never take an end of a "whole" or "none" pair
 * alone. The gold is tests/fixtures/figure-pairs.ts; its README holds the decisions for borderline cases.
 */
import {
  ALL_CHANGE_FORMS, ALL_FORMS, CHANGE_VERBS, DOWN_NOUNS, FINITE_FORMS, GO_VERB, LOSE_VERBS, LOWER_VERBS, MARKET_VERBS, MATCH_RESULT_VERBS, RAISE_VERBS, UP_NOUNS, verbAlternation, verbWords,
} from "./change-verbs";
import { MONTH_NAME_SOURCE, MONTH_SHORT_SOURCE } from "./calendar-names";
import { CARDINAL_WORD_SOURCE, FRACTION_WORD_SOURCE, fractionValue, parseNumberText } from "./number-words";
import { CURRENCY_CODES } from "./currency-names";
import { MEASURE_UNITS } from "./measure-units";
import { ARTICLES, IRREGULAR_PLURALS, NOT_ED_VERBS, NO_NOUN_TAGS, PREPOSITIONS, isPastParticiple, lexiconTags, wordListPattern } from "./tag-words";

export type FigurePairKind = "range" | "change" | "score" | "sum-to-count" | "labels" | "measured-compound" | "time-span" | "ratio" | "two-currencies";
/** whole: the pair as one answer; total: only the second figure; none: nothing; each: both figures apart. */
export type FigurePairAsk = "whole" | "total" | "none" | "each";
export type FigureJoint = "-" | "to" | "between..and" | "from..to" | ":" | "in";

export interface PairFigure {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The figure's value with its scale ("1.5 million" = 1.5e6), cents read as hundredths of the sign's unit. */
  readonly value: number | null;
  readonly signed: boolean;
}

export interface FigurePairAt {
  readonly sentence: string;
  /** The pair with its joint words ("between", "from") when they are written. */
  readonly start: number;
  readonly end: number;
  readonly first: PairFigure;
  readonly second: PairFigure;
  readonly joint: FigureJoint;
  /** A scale written once, after the second end, scales both ("2 to 5 billion"): a range's way of writing, not a change's. */
  readonly sharedScale: boolean;
}

export interface FigurePairReading {
  readonly kind: FigurePairKind;
  readonly ask: FigurePairAsk;
}

// --- Word lists this reader alone needs (the shared ones are imported above) ---

const CHANGE_VERB_WORDS = verbAlternation(CHANGE_VERBS, ALL_FORMS);
/** Change verbs whose form says the present ("cuts", "reduce") or the past ("rose", "increased"); "cut" and "shed" say neither. */
const PRESENT_FORMS = verbWords(CHANGE_VERBS, ["base", "third"]);
const PAST_FORMS = verbWords(CHANGE_VERBS, ["past", "participle"]);
const PRESENT_CHANGE = new Set(PRESENT_FORMS.filter((w) => !PAST_FORMS.includes(w)));
const PAST_CHANGE = new Set(PAST_FORMS.filter((w) => !PRESENT_FORMS.includes(w)));
/** Change verbs that take the amount moved as their object: "lost 5 to 10 kg", "shed 400 to 900 jobs", "cuts 10 to 30 minutes" (not "go up"). */
const AMOUNT_OBJECT_VERBS = new Set(verbWords([...LOSE_VERBS, ...RAISE_VERBS, ...LOWER_VERBS, ...MARKET_VERBS].filter((v) => !v.startsWith("go ")), ALL_FORMS));
/** "went from about $15 to 20": verbs that make "from ... to" a change though they move nothing by themselves. */
const FROM_CHANGE_VERB_WORDS = verbAlternation([GO_VERB, "move", "change", "shift", "switch"], ALL_FORMS);
/** Nouns of a change before "of": "a rise of 4 to 5%", "pay rises of £1,000 to £1,500". */
const CHANGE_NOUN_WORDS = ["rise", "increase", "hike", "cut", "fall", "drop", "decline", "gain", "raise", "jump", "loss", ...UP_NOUNS, ...DOWN_NOUNS]
  .flatMap((n) => [n, /(?:s|sh|ch|x)$/.test(n) ? `${n}es` : `${n}s`])
  .join("|");
/** Words that name what they number when a pair follows them: "pages 12 to 14", "Platforms 3 to 5". */
const LABEL_WORDS = ["page", "chapter", "grade", "size", "level", "platform", "junction", "room", "gate", "section", "article", "paragraph", "clause", "verse", "row", "bay", "ward", "stand", "exit", "route", "lane", "track", "floor"];
/** A singular unit or size word after a pair that makes the pair measure a modifier: "3-4 bedroom homes". */
const COMPOUND_WORDS = [
  ...new Set([
    ...MEASURE_UNITS.map(([u]) => u).filter((u) => /^[a-z]+s$/.test(u)).map((u) => u.slice(0, -1)),
    "year", "month", "week", "day", "night", "hour", "minute", "second", "decade", "tonne", "ton", "metre", "meter",
    "bedroom", "room", "bed", "star", "storey", "story", "floor", "seat", "seater", "door", "lane", "wheel", "axle", "car", "carriage", "piece", "point", "person", "man", "player", "speed",
  ]),
];
/** Words after a compound's unit that are no head noun ("5-10 year olds" is an age; "2 day of" is no compound). */
const NOT_A_HEAD = wordListPattern([...ARTICLES, ...PREPOSITIONS, "per", "and", "or", "old", "olds", "ago", "each", "more", "less", "than", "is", "are", "was", "were", "will", "would"]);
/**
 * Nouns a pair counts though they carry no "-s": the shared irregular plurals, collectives ("1,800 crew", "2000 police")
 * and "head" only in "head of cattle" (never "1990 and 2010 head teachers").
 */
function countedCollective(noun: string, rest: string): boolean {
  return IRREGULAR_PLURALS.test(noun) || /^(?:crew|police|people|children|men|women)$/.test(noun) || (noun === "head" && /^\s+of\b/i.test(rest));
}
/** Verbs of handing a sum to a number of recipients: "gave £100 to 300 households". */
const GIVING_VERBS = verbAlternation(["give;gives;gave;given;giving", "lend;lends;lent;lent;lending", "pay;pays;paid;paid;paying", "award", "grant", "donate", "send;sends;sent;sent;sending", "offer", "hand", "distribute", "allocate"], ALL_FORMS);
/**
 * A verb of the result of a match before a dash pair: "won 3-1", "beat the Hawks 24-17". Past and third-person forms,
 * the bases "win", "lose", "draw", "defeat" and "beating", as before the list was shared: the nouns "trail", "lead",
 * "edge" and other "-ing" forms would read a range as a score ("The trail is 12-15 km long", "Lead times ... 6-9 weeks").
 */
const RESULT_VERBS = new RegExp(String.raw`\b(?:${verbAlternation(MATCH_RESULT_VERBS, FINITE_FORMS)}|win|lose|draw|defeat|beating|reached)\b[^.;:,]{0,40}$`, "i");

// --- Patterns built once ---

/** Words that may stand between a joint word and its figure: "from about 35 days", "from a maximum of €50,000". */
const QUALIFIER = "(?:about|around|some|roughly|nearly|almost|just|approximately|an?\\s+(?:average|maximum|minimum|total|high|low|peak)\\s+of)";

const FIGURE = new RegExp(
  `(?<![\\w.,])((?:[A-Z]{3}\\s)|[€£$¥])?(${FRACTION_WORD_SOURCE}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${CARDINAL_WORD_SOURCE})(?:\\s?(million|billion|bn|mn|m)\\b)?(%|p\\b|am\\b|pm\\b)?`,
  "gi",
);
/** FIGURE anchored on one figure's own text, to read its scale. */
const FIGURE_ONE = new RegExp(`^${FIGURE.source}$`, "i");
const NO_MATCH = Object.assign([""], { index: 0, input: "" }) as RegExpExecArray;
const SCALES: Record<string, number> = { million: 1e6, billion: 1e9, bn: 1e9, mn: 1e6, m: 1e6 };
const CHANGE_VERB_AT = new RegExp(`\\b(?:${CHANGE_VERB_WORDS})\\b`, "gi");
const CHANGE_BEFORE = new RegExp(`\\b(?:${CHANGE_VERB_WORDS})\\s+(?:by\\s+)?(?:${QUALIFIER}\\s+)?$`, "i");
const BY_BEFORE = new RegExp(`\\bby\\s+(?:${QUALIFIER}\\s+)?$`, "i");
/** A rate after the pair: a change has one total, a rate of change a range ("shrinking by 10 to 20 cm a year"). */
// (the unit may stand between, so the pair reads alike with or without it: "by 10 to 20 centimetres a year")
const RATE_AFTER = /^(?:\s+(?!(?:a|per|each|every)\b)[a-z]+)?(?:\s+(?:a|per|each|every)\s+(?:year|month|week|day|hour|decade)\b|\s+(?:annually|yearly)\b)/i;
// A price charged per period ("The fee rose by 20 to 50 euros a month", "Rents rose by £500 to £1,200 a month"): the
// period is the price's own, no rate of change, so the pair keeps the closeness its verb gives.
const PRICE_SUBJECT = /\b(?:fees?|rents?|wages?|pay|salary|salaries|tuition|prices?|fares?|premiums?|bills?)\b/i;
const CHANGE_NOUN_BEFORE = new RegExp(`\\b(?:${CHANGE_NOUN_WORDS})\\s+of\\s+(?:${QUALIFIER}\\s+)?$`, "i");
// "closed up 12p to 340p", ", up 20 to 30": a bare up/down after a level verb or a clause break, not a phrasal verb.
const MARKET_UP_BEFORE = /(?:\b(?:closed|ended|finished|opened|traded|is|are|was|were|been)\s+|(?:^|[,;–—(]\s*))(?:up|down)\s+$/i;
const FROM_CHANGE_CLAUSE = new RegExp(`\\b(?:${CHANGE_VERB_WORDS}|${FROM_CHANGE_VERB_WORDS}|${CHANGE_NOUN_WORDS})\\b`, "i");
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTH_NAME_SOURCE}|${MONTH_SHORT_SOURCE})\\b`);
const LABEL_BEFORE = new RegExp(`\\b(?:${LABEL_WORDS.join("|")})s?\\s+$`, "i");
const COMPOUND_AFTER = new RegExp(`^[\\s-]+(${COMPOUND_WORDS.join("|")})[\\s-]+([a-z][\\w-]*)`, "i");
const AGE_AFTER = /^(?:[\s-]+years?[\s-]+olds?\b)/i;
// (the verb may stand earlier in the clause: "paid monthly transfers of $400 to about 20,000 operators")
const SUM_GIVEN_BEFORE = new RegExp(`\\b(?:${GIVING_VERBS})\\s+(?:[^,;:]*\\s)?$`, "i");
const ELIDED_CHANGE_BEFORE = /\b(?:against|compared with|versus|vs\.?)\s+$/i;
const CLOCK_OPEN_BEFORE = /\b(?:open|opens|opened|opening|staffed|manned)\s+$/i;

const WIDEN_BEFORE = new RegExp(`\\b(?:between|from)\\s+(?:${QUALIFIER}\\s+)?$`, "i");

/** The scale word written with a figure's match ("3 million" = 1e6), or 1 when it has none. */
function scaleOf(m: RegExpExecArray): number {
  return m[3] ? (SCALES[m[3].toLowerCase()] ?? 1) : 1;
}

function figureAt(m: RegExpExecArray, offset: number): PairFigure {
  const [all, sign, num = "", scale, suffix] = m;
  // (the pattern ignores case, so "cut " or "win " may stand where a code does: only a code written in capitals signs)
  const signed = !!sign && (/^[€£$¥]$/.test(sign) || (/^[A-Z]{3}\s$/.test(sign) && CURRENCY_CODES.has(sign.trim())));
  const lead = sign && !signed ? sign.length : 0;
  let value = parseNumberText(num) ?? fractionValue(num);
  if (value !== null && scale) value *= scaleOf(m);
  // "12p to 340p": hundredths of the pound.
  if (value !== null && suffix === "p") value /= 100;
  return { start: offset + m.index + lead, end: offset + m.index + all.length, text: all.slice(lead), value, signed };
}

/**
 * The pair of figures written in `sentence` from `start` to `end` (a range rule's span, or a gold pair), widened to a
 * "between" or "from" written just before it; null when the span holds fewer than two figures.
 */
export function readFigurePair(sentence: string, start: number, end: number): FigurePairAt | null {
  const widened = WIDEN_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  const from = widened ? start - widened[0].length : start;
  const text = sentence.slice(from, end);
  const matches = [...text.matchAll(FIGURE)];
  const figures = matches.map((m) => figureAt(m, from));
  const written = figures[0];
  const second = figures[figures.length - 1];
  if (!written || !second || figures.length < 2) return null;
  // "12 cents to $5.40": the first end in hundredths of the second's sign.
  const cents = second.signed && written.value !== null && /^\s(?:cents?|pence)\b/.test(sentence.slice(written.end));
  // "2 to 3 million", "$5 to 8 million": a scale written once, after the second end, scales both ("500 to 2 million"
  // does not: a first end above the second's bare figure is a figure of its own).
  const [firstMatch, secondMatch] = [matches[0] as RegExpExecArray, matches[matches.length - 1] as RegExpExecArray];
  const scale = scaleOf(secondMatch);
  const bareSecond = second.value === null ? null : second.value / scale;
  const sharesScale = scale > 1 && scaleOf(firstMatch) === 1 && !cents && written.value !== null && bareSecond !== null && written.value <= bareSecond && (!written.signed || !second.signed || currencyOf(written) === currencyOf(second));
  const first = cents ? { ...written, value: (written.value ?? 0) / 100 } : sharesScale ? { ...written, value: (written.value ?? 0) * scale } : written;
  const between = sentence.slice(first.end, second.start);
  const joint: FigureJoint = /^between\b/i.test(text)
    ? "between..and"
    : /^from\b/i.test(text)
      ? "from..to"
      : /^\s*:\s*$/.test(between)
        ? ":"
        : /\bin\b/.test(between)
          ? "in"
          : /\bto\b/i.test(between)
            ? "to"
            : "-";
  return { sentence, start: from, end, first, second, joint, sharedScale: sharesScale };
}

const read = (kind: FigurePairKind, ask: FigurePairAsk): FigurePairReading => ({ kind, ask });

function isYear(f: PairFigure): boolean {
  return /^\d{4}$/.test(f.text) && f.value !== null && f.value >= 1500 && f.value <= 2199;
}

/** "1914-18", "between 2019 and 2023", "from 2010 to 2015": calendar years with no counted noun after them. */
function isYearSpan(p: FigurePairAt, after: string): boolean {
  if (!isYear(p.first)) return false;
  const short = p.joint === "-" && /^\d{2}$/.test(p.second.text);
  if (!short && !(isYear(p.second) && (p.second.value ?? 0) > (p.first.value ?? 0))) return false;
  if (/^\s+(?!(?:in|on|at|and|as|when|while|with|by|the|its|their|was|were|is|has|had)\b)[a-z]+s\b/.test(after)) return false;
  // A counted noun with no "-s" ("2000 people", "1800 children", "1600 staff") counts too.
  const word = /^\s+([a-z]+)\b/.exec(after);
  const noun = word?.[1] ?? "";
  // (a noun counted in its singular or collective form: "1,800 staff", "2000 head of cattle", "2000 people")
  return !(countedCollective(noun, after.slice(word?.[0].length ?? 0)) || lexiconTags(noun).includes("Plural"));
}

// "Attendance rose from 1800 to 2000": a change verb right before "from" with no figure of its own earlier in the clause.
const CHANGE_RIGHT_BEFORE_FROM = new RegExp(`\\b(?:${CHANGE_VERB_WORDS})\\s+(?:${QUALIFIER}\\s+)?$`, "i");

/** A change and its figure earlier in the pair's clause: the span frames them ("rose 3% a year from 2010 to 2015"). */
function framesAChange(p: FigurePairAt): boolean {
  const clause = p.sentence.slice(0, p.start).split(/[,;:]|\band\b/).pop() ?? "";
  return /\d/.test(clause) && FROM_CHANGE_CLAUSE.test(clause);
}

/** Both ends in one unit: nothing but the joint between them beyond the first's own words ("6 months to 3 years" is not). */
function sameUnit(p: FigurePairAt): boolean {
  const unit = p.sentence.slice(p.first.end, p.second.start).replace(/\s*(?:to|and|[-–])\s*$/i, "").trim();
  return unit === "" || p.sentence.slice(p.second.end).trimStart().startsWith(unit);
}

// Participles that take "by" for their agent though the lexicon tags them a noun: "streets run by", "towns hit by".
const AGENT_PARTICIPLES = /^(?:run|hit|set|put|read|cast|shut|spread|overrun|overseen|bid)$/;

/**
 * "raising storage capacity by 15,000 tonnes to 45,000", "raised the fee for a parking permit by £40 to £110": "by" in
 * the clause of a change verb, however far after it (`far`: more than two words between). Null when a participle that
 * is no change verb takes the "by" for its agent ("Crime fell in streets patrolled by 10 to 20 officers").
 */
function changeBy(before: string): { far: boolean } | null {
  const clause = before.split(/[,;:]/).pop() ?? "";
  const by = BY_BEFORE.exec(clause);
  if (!by) return null;
  const head = clause.slice(0, by.index);
  const verb = [...head.matchAll(CHANGE_VERB_AT)].pop();
  if (!verb) return null;
  const word = (/(\S+)\s*$/.exec(head)?.[1] ?? "").toLowerCase();
  const tags = lexiconTags(word);
  const agent = !ALL_CHANGE_FORMS.has(word) && (AGENT_PARTICIPLES.test(word) || (isPastParticiple(word) && !NOT_ED_VERBS.has(word) && !tags.includes("Singular") && !tags.includes("Infinitive")));
  if (agent) return null;
  const words = head.slice(verb.index + verb[0].length).trim().split(/\s+/).filter(Boolean).length;
  return { far: words > 2 };
}

/**
 * A plural noun, or one countedCollective counts, after at most one modifier right after the pair: what an agent's range
 * counts ("10 to 20 new offices", "300 to 800 staff", "10 to 20 crew").
 */
function countedAfter(after: string): boolean {
  return [...after.matchAll(/\s+([a-z]+)\b/giy)].slice(0, 2).some(({ 0: word, 1: noun = "", index }) => {
    const lower = noun.toLowerCase();
    return /^[a-z]+[^su]s$/.test(lower) || countedCollective(lower, after.slice(index + word.length));
  });
}
// A preposition and a plural noun between a finite change verb and a participle before "by" ("rose in districts boosted by").
const PARTICIPLE_AFTER_OBJECT = /^\s+(?:in|at|across|among|for|from|to|with|on|of)\s+(?:(?:the|its|their|some|many|most)\s+)?(?:[a-z]+\s+)?([a-z]+s)\s+([a-z]+)\s+by\s+(?:\S+\s+)?$/i;

/**
 * "Rents rose in districts boosted by 10 to 20 new offices": a change verb's participle after a plural noun that a
 * preposition governs, with a finite change verb earlier in the clause, takes "by" for its agent (no change: the pair
 * counts the agent). "Profits rose as sales increased by 10 to 20%" has no preposition before "sales" and stays a change.
 */
function changeParticipleAgent(before: string): boolean {
  const clause = before.split(/[,;:]/).pop() ?? "";
  for (const verb of clause.matchAll(CHANGE_VERB_AT)) {
    const m = PARTICIPLE_AFTER_OBJECT.exec(clause.slice(verb.index + verb[0].length));
    const [noun = "", participle = ""] = [m?.[1]?.toLowerCase(), m?.[2]?.toLowerCase()];
    if (m && PAST_FORMS.includes(participle) && !NOT_PLURAL.test(noun) && !ALL_CHANGE_FORMS.has(noun)) return true;
  }
  return false;
}

/** Both ends written in full, with their sign or their unit: "by £40 to £110", "by 15,000 tonnes to 45,000 tonnes". */
function bothInFull(p: FigurePairAt): boolean {
  const unitOnFirst = /^\s+\p{L}/u.test(p.sentence.slice(p.first.end, p.second.start).replace(/\s*(?:to|[-–])\s*$/i, ""));
  return (p.first.signed && p.second.signed) || (unitOnFirst && !percent(p, p.first));
}

// Auxiliaries between a subject and its verb: "The licence fee was raised".
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|may|might|can|should|must|also|still|not|now|only)$/i;
/** "from 200", "from £40": a figure after "from" opens a change (a "from" before a noun, "Imports from China", does not). */
const FROM_FIGURE = new RegExp(`\\bfrom\\s+(?:${QUALIFIER}\\s+)?(?:[A-Z]{3}\\s|[€£$¥])?\\d`, "i");

/**
 * The pair's clause names a price as its subject's head (the noun right before the change verb, or before "of"/"in"):
 * "The fee rose by 20 to 50 euros a month", "The licence fee was raised". Money alone, or a price word in a modifier
 * ("homes in rent arrears"), does not.
 */
function priceSubject(p: FigurePairAt): boolean {
  const clause = p.sentence.slice(0, p.start).split(/[,;:]/).pop() ?? "";
  const verb = [...clause.matchAll(CHANGE_VERB_AT)].pop();
  const words = (verb ? clause.slice(0, verb.index) : clause).trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  const joint = words.findIndex((w) => w === "of" || w === "in");
  const head = (joint > 0 ? words.slice(0, joint) : words).filter((w) => !AUXILIARY.test(w)).pop() ?? "";
  return PRICE_SUBJECT.test(head);
}

/** A word that names the second figure a total: "to a total of", "in all", "to reach", or "from" and a figure. */
function marksTotal(p: FigurePairAt): boolean {
  const clause = p.sentence.slice(0, p.start).split(/[,;:]/).pop() ?? "";
  const after = p.sentence.slice(p.end);
  return TOTAL_NOUN.test(p.sentence.slice(p.first.end, p.second.end + 40)) || /^[^,;:.]*\bto\s+reach\b/i.test(after) || FROM_FIGURE.test(clause) || FROM_FIGURE.test(after);
}

/**
 * A "to" pair after a change: close ends are the size of the change, far ones the change and its total. After a verb
 * close is b ≤ 1.5a ("rose by 10 to 25 clubs" is a change); after a noun of change b ≤ 3a ("growth of 3% to 5%").
 */
function changeOrRange(p: FigurePairAt, closeness: number, far = false): FigurePairReading {
  const [a, b] = [p.first.value, p.second.value];
  // Ends in different units are a change and its total ("rose 6.2 percent to €8.74"); a rate has no total.
  if (p.first.signed !== p.second.signed || (percent(p, p.first) && !percent(p, p.second))) return read("change", "total");
  // A per-period pair is a range of the rate ("shrinking by 10 to 20 cm a year") or a price's change and its total ("The
  // fee rose by 20 to 50 euros a month"): the range is read only for ends at most 3x apart with no price as the
  // subject's head and no word of a total; anything else after "by" asks nothing (a lost item, never an end asked wrongly).
  const rate = RATE_AFTER.test(p.sentence.slice(p.end));
  if (rate && BY_BEFORE.test(p.sentence.slice(0, p.start))) {
    const range = a !== null && b !== null && a > 0 && b > a && b <= 3 * a && !priceSubject(p) && !marksTotal(p);
    return range ? read("range", "whole") : read("change", "none");
  }
  // (with no "by", a rate after a noun or a verb of change keeps the closeness of a range of the rate)
  const close = rate && !priceSubject(p) ? Math.max(closeness, 3) : closeness;
  if (a !== null && b !== null && a > 0 && b > a && b <= close * a) return read("range", "whole");
  // After a verb, ends 1.5x to 3x apart in one unit may be a range of the change or a change and its total.
  if (closeness < 3 && a !== null && b !== null && a > 0 && b > close * a && b <= 3 * a && sameUnit(p)) return changeBand(p);
  // (a "by" far from its verb is read with confidence only when both ends are written in full: "raised the fee for a
  // parking permit by £40 to £110"; "lifted the share of women on boards by 10 to 40%" asks nothing)
  if (far && !bothInFull(p)) return read("change", "none");
  return read("change", "total");
}

// A modal, a forecast or an infinitive before the verb: "could rise", "is expected to rise", "will shed".
const FORECAST_BEFORE = /\b(?:could|may|might|would|will|can|should|must|likely|expected|forecast|projected|predicted|set|to)\s+(?:(?:not|also|still|only|further|be)\s+)?$/i;
const IS_UP_BEFORE = /\b(?:is|are)\s+(?:up|down)\s+$/i;

/**
 * A pair after a change verb with ends more than 1.5x and at most 3x apart, in one unit ("rose by 10 to 25 clubs",
 * "cuts the risk by 20 to 40%"). The total is asked only after a past verb on its subject ("rose by 10 to 25 clubs")
 * or when both ends carry their sign or unit ("by £40 to £110"), or a "from" or a total noun says so; a forecast, the
 * generic present or an amount as the verb's object ("lost 5 to 10 kg") make the pair a range of the change;
 * anything else, and any percentage with no such word, asks nothing (one end alone is never asked).
 */
function changeBand(p: FigurePairAt): FigurePairReading {
  const before = p.sentence.slice(0, p.start);
  const clause = before.split(/[,;:]/).pop() ?? "";
  if (marksTotal(p)) return read("change", "total");
  const verb = [...clause.matchAll(CHANGE_VERB_AT)].pop();
  const word = verb?.[0].toLowerCase() ?? "";
  const lead = verb ? clause.slice(0, verb.index) : clause;
  const between = verb ? clause.slice(verb.index + verb[0].length) : "";
  const byRightAfter = /^\s+by\s+(?:\S+\s+)?$/i.test(between) || /^\s+(?:\S+\s+)?$/.test(between);
  // The amount as the verb's object ("lost 5 kg to 10 kg", "cuts 10 to 30 minutes"), even with both ends in full.
  const object = verb !== undefined && !/\bby\b/i.test(between) && /^\s+(?:\S+\s+)?$/.test(between) && AMOUNT_OBJECT_VERBS.has(word);
  // (both ends in full after such a verb may be the market's change and its level, "The stock lost $3 to $5", or a
  // range, "Patients lost 5 kg to 10 kg": neither is read with confidence, so neither end is asked)
  if (object) return bothInFull(p) ? read("change", "none") : read("range", "whole");
  if (IS_UP_BEFORE.test(clause)) return read("range", "whole");
  // (both ends in full after an intransitive verb or "by": "rose by £40 to £110", "will rise by £40 to £110")
  if (bothInFull(p)) return read("change", "total");
  // The generic present with an object before "by" ("cuts the risk of stroke by 20 to 40%") is a range of the change;
  // a present with "by" right after it ("Membership rises by 40 to 90 clubs") is a headline's change and its total.
  // (an adverb is no object: "Membership rises sharply by 40 to 90 clubs")
  const objectWords = between.replace(/\bby\s[^]*$/i, "").trim().split(/\s+/).filter((w) => w !== "" && !/ly$/i.test(w) && !lexiconTags(w.toLowerCase()).includes("Adverb"));
  const presentWithObject = PRESENT_CHANGE.has(word) && objectWords.length > 0;
  if (verb && (FORECAST_BEFORE.test(lead) || presentWithObject)) return read("range", "whole");
  if (percent(p, p.first) || percent(p, p.second) || p.sharedScale || PRESENT_CHANGE.has(word)) return read("change", "none");
  return verb && PAST_CHANGE.has(word) && byRightAfter ? read("change", "total") : read("change", "none");
}

/** A figure written as a percentage: "40%", "40 percent", "40 per cent". */
function percent(p: FigurePairAt, f: PairFigure): boolean {
  return /%$/.test(f.text) || /^\s*(?:percent|per cent)\b/i.test(p.sentence.slice(f.end));
}

/** Words that name the second figure a total: "to a total of 25", "to a record 40", "to 25 in all". */
const TOTAL_NOUN = /\bto\s+(?:a\s+(?:total|record|high|low|peak|level)\b|an?\s+all-time\b)|\b(?:in\s+(?:all|total)|altogether|overall)\b/i;

/** The currency sign or code a figure is written with ("$", "€", "NOK"), or "" when it has none. */
function currencyOf(f: PairFigure): string {
  return f.signed ? (/^(?:[A-Z]{3}(?=\s)|[€£$¥])/.exec(f.text)?.[0] ?? "") : "";
}

/** Both ends carry a currency and the currencies differ: "$5 to €6", "$5 to NOK 60". */
function twoCurrencies(p: FigurePairAt): boolean {
  const [x, y] = [currencyOf(p.first), currencyOf(p.second)];
  return x !== "" && y !== "" && x !== y;
}

// After a sum's pair, what makes the second figure more of the sum, not a count of recipients: a rate ("$2 to 3 a
// kilo", "for each flat"), a unit or duration ("6 months to 2 years"), or the end of the clause.
const SUM_GOES_ON = /^(?:\s+(?:a|an|per|each|every|for\s+(?:each|every|a|an))\b|\s*(?:[.,;:!?)]|$))/i;

/** Nouns of what a sum is paid as, never its recipients: "$200 to 400 in vouchers", "£500 to 2,000 damages". */
const PAID_AS = /^(?:cash|vouchers|compensation|aid|grants|damages|benefits|wages|fees|bonuses|credits|refunds|loans|payments|rewards|prizes)$/;
/**
 * The one list of nouns that name a sum's recipients ("gave £100 to 300 households"). Only these make the second figure a
 * count: any other noun after it ("£500 to 2,000 bursaries", "£500 to 2,000 mortgages") may name what is paid, so the
 * pair asks nothing (a lost item, never one end asked alone).
 */
export const RECIPIENT_NOUNS = new Set([
  "people", "persons", "individuals", "families", "households", "homes", "homeowners", "tenants", "residents", "pupils", "students",
  "schools", "colleges", "universities", "teachers", "farmers", "growers", "fishermen", "firms", "businesses", "companies",
  "employers", "shops", "retailers", "traders", "charities", "clubs", "groups", "organisations", "organizations", "projects",
  "villages", "towns", "communities", "councils", "hospitals", "clinics", "applicants", "claimants", "recipients",
  "beneficiaries", "members", "workers", "staff", "employees", "volunteers", "patients", "victims", "survivors", "refugees",
  "veterans", "pensioners", "parents", "children", "women", "men", "artists", "athletes", "winners", "entrants", "startups",
  "operators", "crews", "nurses", "doctors", "apprentices", "trainees", "graduates",
]);
// Words ending in "-s" that are no plural noun.
const NOT_PLURAL = /^(?:is|was|has|as|this|thus|its|his|us|plus|less|unless|whereas|always|sometimes|besides|nowadays|perhaps|afterwards|towards|overseas)$/;
/** Words that open the next clause after a pair: its subject or verb follows, never the sum's recipients. */
const NEXT_CLAUSE = /^(?:if|when|so|which|that|who|whom|whose|while|because|unless|until|after|before|where|though|although|since|once)$/;
/** Tags of a word that is neither the recipients' noun nor one of its modifiers. */
const NO_MODIFIER_TAG = wordListPattern([...NO_NOUN_TAGS, "QuestionWord", "Infinitive"]);
// After the count, a preposition and a determiner or a name: "gave £100 to 300 in the town", "paid $50 to 120 at Acme".
const PLACE_OF_RECIPIENTS = /^\s+(?:in|at|across|from|of|on|around|throughout)\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|[A-Z])/;

/**
 * "gave £250 to 80 schools": the second figure counts recipients only when a plural noun (not a unit, nor what the sum
 * is paid as) or a preposition with a determiner or a name follows it. "gave $5 to 8 million to", "paid $2 to 3 a kilo",
 * "pay $1,200 to 1,500 monthly", "offers $200 to 400 in vouchers", "grants of $500 to 2,000 depending on need" do not.
 */
function countsRecipients(p: FigurePairAt, after: string): boolean | "unsure" {
  if (p.sharedScale || scaleOf(FIGURE_ONE.exec(p.second.text) ?? NO_MATCH) > 1 || SUM_GOES_ON.test(after)) return false;
  if (PLACE_OF_RECIPIENTS.test(after)) return true;
  // (the head of the noun after the count: "to about 9,000 fishing crews")
  // (the noun stands right after the count or after its adjectives or a compound's first noun: a word that opens the
  // next clause, "so families can", "which helps", "that covers", or a verb before it ends the search)
  const words = /^(?:\s+[a-z]+){1,3}/i.exec(after)?.[0].trim().toLowerCase().split(/\s+/) ?? [];
  const stop = words.findIndex((w) => NOT_A_HEAD.test(w) || NOT_PLURAL.test(w) || PAID_AS.test(w) || NEXT_CLAUSE.test(w) || lexiconTags(w).some((t) => NO_MODIFIER_TAG.test(t)));
  const noun = words.slice(0, stop < 0 ? words.length : stop).find((w) => /s$/.test(w) || lexiconTags(w).includes("Plural") || countedCollective(w, "")) ?? "";
  if (noun === "" || UNIT_NOUN.has(noun)) return false;
  // (a named recipient counts whatever the lexicon tags it: "firms" is tagged a verb)
  if (RECIPIENT_NOUNS.has(noun)) return true;
  const tags = lexiconTags(noun);
  if (tags.includes("PresentTense") && !tags.includes("Plural")) return false;
  const plural = tags.includes("Plural") || countedCollective(noun, "") || (/[^su]s$/.test(noun) && !tags.includes("Adverb"));
  // (a plural that names no recipients may be what is paid, "£500 to 2,000 annual bursaries": ask nothing)
  return plural && (RECIPIENT_NOUNS.has(noun) ? true : "unsure");
}

// After the second hour of "from 9 to 5": the end of the clause or a word of when, never a counted noun.
const HOURS_AFTER = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:on|at|in|during|daily|each|every|and|or|until|except|through|throughout|most|six|five|seven)\b)/i;

/**
 * "Shops trade from 9 to 5 on Sundays": bare whole hours that fall, with no change word before them and no counted
 * noun after, are a time of day ("Staff numbers fell from 9 to 5" is a change; "from 30 to 20 branches" counts).
 */
function hoursOfDay(p: FigurePairAt, before: string, after: string): boolean {
  const [a, b] = [p.first.value, p.second.value];
  if (p.joint !== "from..to" || a === null || b === null || !/^\d{1,2}$/.test(p.first.text) || !/^\d{1,2}$/.test(p.second.text)) return false;
  if (!(b < a && a <= 12) || !HOURS_AFTER.test(after) || !/^\s+to\s+$/.test(p.sentence.slice(p.first.end, p.second.start))) return false;
  // (", from 9 to 5" after a comma: the clause before holds the verb, as in the from..to change test below)
  return !FROM_CHANGE_CLAUSE.test(before.split(/[,;:]/).filter((c) => /\p{L}/u.test(c)).pop() ?? "");
}

/** What the pair `p` is and what may be asked of it. */
export function classifyFigurePair(p: FigurePairAt): FigurePairReading {
  const before = p.sentence.slice(0, p.start);
  const after = p.sentence.slice(p.end);
  const pairText = p.sentence.slice(p.start, p.end);
  const [a, b] = [p.first.value, p.second.value];

  // "$5 to €6": sums in two currencies are no pair; each figure stays its own fact.
  if (twoCurrencies(p)) return read("two-currencies", "each");
  // Ratios: "60:40", "one in five", "3 parts sand to 1 part cement", "a ratio of 5 to 1", "two to one".
  if (p.joint === ":" || p.joint === "in" || /\bparts?\b[^]*\bto\b[^]*\bparts?\b/i.test(pairText) || /\bratios?\s+of\s+$/i.test(before)) return read("ratio", "whole");
  // Odds and votes: a vote is two facts when the sentence says what the majority voted for.
  if (/\bodds\s+(?:of\s+)?$/i.test(before)) return read("score", "none");
  if (/\bvot(?:e|es|ed|ing)\s+$/i.test(before) || /\bvotes\s+to\b/i.test(pairText)) {
    return read("score", /\bvotes\s+to\b/i.test(pairText) || /^\s+(?:to\s+[a-z]+|in favour|for|against)\b/i.test(after) ? "each" : "none");
  }
  // Points in time: "12-14 June", "9am to 5pm", "1914-18", "opens from 9 to 5".
  const clock = /[ap]m$/i.test(p.first.text) || /[ap]m$/i.test(p.second.text) || /^\s*[ap]\.?m\b/i.test(after) || (p.joint === "from..to" && CLOCK_OPEN_BEFORE.test(before) && (b ?? 99) <= 24) || hoursOfDay(p, before, after);
  const days = MONTH_AFTER.test(p.sentence.slice(p.second.end)) && (a ?? 99) <= 31 && (b ?? 99) <= 31 && !p.first.signed;
  if (clock || days || isYearSpan(p, after)) {
    // (years or counts after a change verb: "Attendance rose from 1800 to 2000" is asked neither way)
    const changeBeforeFrom = !clock && !days && p.joint === "from..to" && CHANGE_RIGHT_BEFORE_FROM.test(before.replace(/\bfrom\s+$/i, "")) && !framesAChange(p);
    if (changeBeforeFrom) return read("change", "none");
    return read("time-span", framesAChange(p) ? "none" : "whole");
  }
  // Labels name things: "pages 12 to 14", "Level 4 to 6 courses".
  if (LABEL_BEFORE.test(before)) return read("labels", "none");
  // Ages are one answer: "aged 12 to 14", "12 to 14 year-olds", "65 to 70 years old".
  if (/\b(?:aged|ages?)\s+$/i.test(before) || AGE_AFTER.test(after) || /\byears?\s+old$/i.test(pairText)) return read("range", "whole");
  // A pair before a singular unit and a head noun measures the modifier: "3-4 bedroom homes", "5-10 year bonds".
  const compound = COMPOUND_AFTER.exec(after);
  if (compound && !NOT_A_HEAD.test(compound[2] ?? "")) return read("measured-compound", "none");
  // "gave £100 to 300 households": a sum (or an amount) handed to a number of recipients.
  if (p.joint === "to" && (p.first.signed || /^\s+[a-z]+\s+to\s+(?:[a-z]+\s+)?$/i.test(p.sentence.slice(p.first.end, p.second.start))) && !p.second.signed && SUM_GIVEN_BEFORE.test(before)) {
    const recipients = countsRecipients(p, after);
    if (recipients === true) return read("sum-to-count", "each");
    if (recipients === "unsure") return read("range", "none");
  }
  if (p.joint === "from..to") {
    // A change verb (or noun) in the words before "from" makes a change; a verb of price, capacity or spread a range.
    // (", from 9.25 percent to 8.75 percent" after a comma: the clause before holds the verb.)
    const clauses = before.split(/[,;:]/).filter((c) => /\p{L}/u.test(c));
    // (the verb may stand anywhere earlier in the clause: "raise the levy that operators pay into the fund from 1% to 1.5%")
    const lastWords = clauses[clauses.length - 1] ?? "";
    const descends = a !== null && b !== null && b < a && sameUnit(p);
    return FROM_CHANGE_CLAUSE.test(lastWords) || descends ? read("change", "total") : read("range", "whole");
  }
  if (p.joint === "between..and") return read("range", "whole");
  if (p.joint === "-") {
    // A range's ends never fall, and a result verb makes a score: "won 3-1", "245-6".
    if ((a !== null && b !== null && a > b) || RESULT_VERBS.test(before)) return read("score", "none");
    return read("range", "whole");
  }
  // "to" joint.
  if (ELIDED_CHANGE_BEFORE.test(before) && FROM_CHANGE_CLAUSE.test(before)) return read("change", "total");
  if (changeParticipleAgent(before)) return countedAfter(after) ? read("range", "whole") : read("change", "none");
  if (CHANGE_NOUN_BEFORE.test(before)) return changeOrRange(p, 3);
  if (CHANGE_BEFORE.test(before) || MARKET_UP_BEFORE.test(before)) return changeOrRange(p, 1.5, false);
  const by = changeBy(before);
  if (by) return changeOrRange(p, 1.5, by.far);
  if (b === 1 && a !== null && a > 1 && !/^\s+[a-z]+s\b/.test(after)) return read("ratio", "whole");
  return read("range", "whole");
}

/** The reading of the pair written from `start` to `end` in `sentence`, or null when it holds no pair. */
export function readingOfPair(sentence: string, start: number, end: number): FigurePairReading | null {
  const pair = readFigurePair(sentence, start, end);
  return pair ? classifyFigurePair(pair) : null;
}

// A pair as the pre-pass finds one: a figure, up to two words (its unit), a dash, "to" or "and", a figure. Ratios
// written with ":" or "in" are left to their own rules (they are no range, and "9:30" or "70 in 2020" are no pair).
const FIGURE_SOURCE = FIGURE.source;
// The words between the first figure and the joint are its unit ("12 cents to $5.40", "312 votes to 250", "20
// December to 8 January"), never a verb ("30 rose to NOK 410 million").
const UNIT_BETWEEN = `(?:\\s+(?:cubic|square))?\\s+(?!(?:${CHANGE_VERB_WORDS})\\b)(?:[a-z]+s|percent|per cent|°[CF]|km|kg|mph|${MONTH_NAME_SOURCE})`;
const PAIR = new RegExp(
  `(?:\\b(?:between|from)\\s+(?:${QUALIFIER}\\s+)?)?${FIGURE_SOURCE}(?:${UNIT_BETWEEN}(?:\\s+[a-z]+)?)?(?:\\s?[-–]\\s?|\\s+(?:to|and)\\s+(?:${QUALIFIER}\\s+)?)${FIGURE_SOURCE}`,
  "gi",
);
// "on Jan. 1 to $9": a day of a month is no end of a pair of figures.
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAME_SOURCE}|${MONTH_SHORT_SOURCE})\\.?\\s+$`);
const PAIR_HINT = new RegExp(`\\d\\s?[-–]\\s?[\\d€£$¥]|\\s(?:to|and)\\s+(?:${QUALIFIER}\\s+)?(?:[€£$¥]|[A-Z]{3}\\s)?(?:\\d|an?\\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)`, "i");

/** A pair found in a sentence with its reading. */
export interface FoundFigurePair extends FigurePairReading {
  readonly pair: FigurePairAt;
}

/** Every pair of figures joined by a dash, "to", "between ... and" or "from ... to" in `sentence`, read. */
export function findFigurePairs(sentence: string): FoundFigurePair[] {
  if (!PAIR_HINT.test(sentence)) return [];
  const found: FoundFigurePair[] = [];
  for (const m of sentence.matchAll(PAIR)) {
    // The pair starts at its first figure (or the "between"/"from" before it), never at a word the pattern took for a
    // currency code ("will cut 10 to 30 minutes"): the rules' spans are read from the same start.
    const matched = readFigurePair(sentence, m.index, m.index + m[0].length);
    const pair = matched && matched.start < matched.first.start && !/^(?:between|from)\b/i.test(sentence.slice(matched.start)) ? readFigurePair(sentence, matched.first.start, matched.end) : matched;
    // ("and" joins a pair only after "between": "3 and 5 eggs" alone is two figures.)
    if (!pair || (pair.joint !== "between..and" && /\band\b/i.test(sentence.slice(pair.first.end, pair.second.start)))) continue;
    // ("since 2021 to 14 ships": a year and a count; "Jan. 1 to $9": a day and a sum; neither is a pair.)
    const bare = pair.second.signed && !pair.first.signed && /^\s*(?:to|[-–])\s*$/.test(sentence.slice(pair.first.end, pair.second.start));
    if (bare || MONTH_BEFORE.test(sentence.slice(0, pair.first.start)) || (isYear(pair.first) && !isYear(pair.second) && !(pair.joint === "-" && /^\d{2}$/.test(pair.second.text)))) continue;
    if (!jointsFigures(sentence, pair)) continue;
    found.push({ pair, ...classifyFigurePair(pair) });
  }
  return found;
}

// The second figure right after the joint word, with at most a qualifier between ("to a maximum of €150,000"; not
// "£12m to buy 100 homes", where the pattern above, which ignores case, reads "buy " as a currency code). A signed
// figure starts at its sign, so the words between the figures end at the joint or its qualifier.
const JOINT_THEN_FIGURE = new RegExp(`(?:^\\s?[-–]\\s?|\\b(?:to|and)\\s+(?:${QUALIFIER}\\s+)?|\\s[-–]\\s?)$`);
const UNIT_NOUN = new Set([...COMPOUND_WORDS.map((w) => `${w}s`), ...MEASURE_UNITS.map(([u]) => u)]);
const MONTH_WORD = new RegExp(`^(?:${MONTH_NAME_SOURCE})$`, "i");

/**
 * The two figures are one pair: the second stands right after the joint, and the words around them do not make them
 * two things ("for 15 years to three buyers": a time and a count; "the three months to 30 September": a time and a day).
 */
function jointsFigures(sentence: string, pair: FigurePairAt): boolean {
  const tail = sentence.slice(pair.first.end, pair.second.start);
  if (!JOINT_THEN_FIGURE.test(tail)) return false;
  const unit = /^\s+([a-z]+s)\s+to\s*$/.exec(tail)?.[1];
  if (!unit) return true;
  const after = sentence.slice(pair.second.end);
  const other = /^\s+([a-z]+s)\b/.exec(after)?.[1];
  if (other && other !== unit && UNIT_NOUN.has(unit) && !UNIT_NOUN.has(other)) return false;
  return !(MONTH_AFTER.test(after) && !MONTH_WORD.test(unit));
}

/** The pair's ends are calendar years or days of a month ("2019-2023", "20 December to 8 January"), not hours of a clock. */
export function endsAreDates(pair: FigurePairAt): boolean {
  return isYear(pair.first) || MONTH_AFTER.test(pair.sentence.slice(pair.second.end)) || MONTH_AFTER.test(pair.sentence.slice(pair.first.end));
}

/** A span that takes one end of the pair and not the other: no rule may ask that end alone. */
export function takesOneEnd(pair: FigurePairAt, start: number, end: number): boolean {
  const touches = (f: PairFigure) => start < f.end && end > f.start;
  return touches(pair.first) !== touches(pair.second);
}
