import { MONTH_SOURCE, WEEKDAY_SOURCE } from "./calendar-names";
import { COMPLETION_PREFIX } from "./completion-stem";
import { isRoleNoun } from "./entity-rules";
import { sigmoid } from "./fact-worth-fit";
import { ROUGH_QUALIFIERS, qualifierAlternation } from "./figure-qualifiers";
import { ITEM_WORTH_WEIGHTS } from "./fact-worth-item-weights";
import type { Fact, FactKind, QuizItem } from "./types";
import { SPEECH_AFTER, STEM_SPEECH } from "./speech-verbs";
import { stripLabel } from "./worth-learning";

/**
 * Readers judge items, not facts: one fact asked as a clean choice question reads differently from the same fact as a
 * cloze whose stem already holds its point, or a question whose subject is "the board" with no name. An item's worth
 * is its fact's learned worth (fact-worth.ts) moved, on the log-odds scale, by what its built prompt shows; the
 * weights are fitted on the strict reads' item verdicts with the fact's worth as a fixed offset
 * (scripts/fit-fact-worth.ts --items), and a feature is kept only when it raises the reads' AUC held out by batch.
 * Every value is 0 or 1 (the stem's length in [0, 1]), so one L2 penalty suits all weights.
 */

export type ItemShape = Pick<QuizItem, "type" | "kind" | "prompt" | "answer">;
/** What an item's worth reads of its fact: the sentence it was built from, and where its answer stands there. */
export type FactShape = Pick<Fact, "kind" | "sentence" | "span" | "answer">;

const BLANK = "_____";
const MONTH_OR_WEEKDAY_WORD = new RegExp(`^[“"‘(]?(?:${MONTH_SOURCE}|${WEEKDAY_SOURCE})\\b`);
const DAY_ANSWER = new RegExp(`^(?:(?:${WEEKDAY_SOURCE}),? )?(?:\\d{1,2} (?:${MONTH_SOURCE})\\.?|(?:${MONTH_SOURCE})\\.? \\d{1,2}(?:st|nd|rd|th)?,?)(?: \\d{4})?$|^(?:${WEEKDAY_SOURCE})$`);
const PERIOD_ANSWER = /\b(?:quarter|half|Q[1-4]|H[12]|fiscal|financial year|season)\b/i;
// A subject that names no one: "The board proposed ...", "It said ...", "Its rivers carry ...".
const NAMELESS_OPENER = /^(?:The|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?\p{Ll}/u;
/**
 * A fact box's line said as a sentence (split-sentences.ts writes "Jobs: 140 on site" as "The jobs are 140 on site"):
 * its subject is the label, whose owner is the headline's plant or company, not an unnamed "the board" of the story, so
 * it is not a nameless opener. The blank follows the copula at once (a qualifier may stand between): "The output is up
 * to _____ a year", not "The board is expected to approve _____" nor "The plant was opened in _____".
 */
const LABEL_STATEMENT = new RegExp(`^The (?:\\p{Ll}[\\p{Ll}-]*\\s){1,4}(?:is|are)\\s+(?:(?:up to|about|around|some|nearly|almost|more than|over)\\s+)?${BLANK}`, "u");
const SPEECH_VERB = /\b(?:said|says|told|added|according to|wrote)\b/;
/** Words that set a figure against another ("against 380", "compared with 4%", "versus 12"): a base, not the point. */
const BASE_WORDS = String.raw`against|compared with|versus`;
// The blank is the baseline of a change or the start of a span ("up from _____", "since _____"): the point is in the stem.
const BASELINE_BLANK = new RegExp(`\\b(?:from|since|${BASE_WORDS}) ${BLANK}`);
/**
 * "blank after from or since" as a reference point only: a value's base ("up from _____", "against _____") or a date a
 * figure of the stem is measured from ("has lost 25 hectares since _____"). A lender, an origin or a tenure's start is
 * the fact itself ("borrowed $40 million from _____", "sailed from _____", "has led the firm since _____"): not weighed.
 */
function referenceBlank(stem: string, kind: FactKind): boolean {
  const at = stem.search(BASELINE_BLANK);
  if (at < 0) return false;
  return VALUE_KINDS.has(kind) || (kind === "date" && /\d/.test(stem.slice(0, at)));
}
// An obligation or a procedure ("may be challenged within _____", "must apply by _____").
const PROCEDURAL = /\b(?:may|must|shall|can)\s+(?:be|apply|submit|register|request|file|appeal)\b/;

/**
 * A value the sentence gives only to compare with: "than 40", "against 560 in the earlier study", "above the 180
 * proposed", "12% a year earlier" (the base of a change with its change word is rankFact's "base value of a change").
 * Weighed since worth57 (fact-worth-item-weights.ts). One list for the sentence's base and the blank's (BASE_WORDS,
 * figure-qualifiers' rough qualifiers): the older "a reference point" signal repeated both and was never weighed
 * (review 33a finding 8; "blank after from or since" weighs a reference point at the blank).
 */
const COMPARED_BEFORE = new RegExp(
  String.raw`\b(?:${BASE_WORDS}|than|vs\.?|above|below|instead of|compared to|up from|down from)\s+(?:(?:the|an?|its|their)\s+)?(?:${qualifierAlternation([...ROUGH_QUALIFIERS, "just", "over", "under"])})?\s*$`,
  "i",
);
// (No "last year": "had sales of £14 million last year" is the figure itself, and the reads kept 6 of 9 such items.)
const COMPARED_AFTER = /^[\s,]*(?:a year (?:earlier|ago|before)|the (?:year|month|quarter|season) before|in the (?:previous|same|earlier|prior)\b|(?:in|during|over) the same period|previously)/i;
const VALUE_KINDS = new Set<FactKind>(["percent", "money", "count", "duration", "ordinal"]);
/**
 * A visit's programme: where a traveller goes next or came from, when, with how many ("flies to Santa Cruz before
 * returning to Ottawa", "is due to visit the port on Thursday", "a delegation of 40"). A movement with its destination,
 * not "visit" alone ("a mission to visit Mercury", "a three-day state visit" are the news).
 */
const ITINERARY = /\b(?:(?:fl(?:y|ies|ew|ying)|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|go(?:es|ing)?|went|return(?:s|ed|ing)?|mov(?:e|es|ed|ing) on) (?:on )?(?:to|back|home)\b|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|bound) for|arriv(?:e|es|ed|ing) (?:in|at|on)|(?:is|are|was|were) due to visit|also visit(?:s|ed)?|(?:next|last|final) stop|stopover|delegation of)/i;
const ITINERARY_KINDS = new Set<FactKind>(["place", "date", "count"]);
/**
 * The answer is who spoke: "according to Ana Ruiz", "said Ana Ruiz", "said co-author Ana Ruiz", "said Dr. Ana Ruiz",
 * "said the study's lead author, Dr. Ana Ruiz" (after the name: SPEECH_AFTER). A role of lower-case words (possessive
 * or hyphened) and a title may stand between the verb and the name; the name then ends its clause (SPEAKER_ENDS), so
 * "the council said Ana Ruiz would lead the review" does not make her the speaker. Not "told": who is told is the
 * listener ("the minister told Ana Ruiz, the harbour master, that ..."). (No `i` flag: under it `\p{Ll}` matches
 * capitals too.)
 */
const SPEECH_BEFORE = new RegExp(
  String.raw`\b(?:[Aa]ccording to|said|says|wrote|added|warned|noted|explained)\s+(?:(?:the|an?)\s+)?((?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}?(?:\p{Ll}[\p{Ll}'’-]*,\s+)?)(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Captain|Capt)\.?\s+)?$`,
  "u",
);
/** Words of a clause, not of a role, between the verb and the name: "said it had hired", "said the contract went to". */
const NO_ROLE_WORD = /^(?:it|he|she|they|we|i|you|this|that|there|had|has|have|was|were|is|are|be|been|would|will|could|should|can|may|might|did|does|do)$/;

/**
 * The lower-case words between the speech verb and the name make a role ("co-author", "the study's lead author,",
 * "marine ecologist"): its last word is a role noun and none is a pronoun or an auxiliary. None at all is fine.
 */
function speakerRole(words: string): boolean {
  const list = words.split(/[\s,]+/).filter(Boolean);
  if (list.length === 0) return true;
  return isRoleNoun(list[list.length - 1] ?? "") && !list.some((w) => NO_ROLE_WORD.test(w));
}

/**
 * A question for whoever holds a role: "Who is the port's harbour master?", "Who was the state's power minister in 2026?".
 * (Its feature, "item asks a speaker's role", is unweighed, worth43: fitted at -2.01 beside the player's it took 3.5
 * points of the check batches' core coverage and 2 seed facts; the gold lists name quoted officials.)
 */
const ROLE_QUESTION = /^Who (?:is|was|are|were) (?:the |an? |\p{Lu}[\p{L}'’. -]*(?:'s|’s) )[^?]*\?$/u;

/** What follows a speaker named after the verb: the end of the clause or an aside ("said Ana Ruiz, an economist"). */
const SPEAKER_ENDS = /^\s*(?:[,.;:)(—–-]|$)/u;

/**
 * The blank stands where a role's holder goes: after a capitalised title ("Deputy Prime Minister _____ said") or before
 * an aside naming the role ("_____, the port's harbour master, said"): the item asks who holds the role.
 */
const ROLE_BEFORE_BLANK = new RegExp(`\\b\\p{Lu}\\p{Ll}+ ${BLANK}`, "u");
const ROLE_AFTER_BLANK = new RegExp(`${BLANK},\\s+(?:the|an?|\\p{Lu}[\\p{L}'’-]*(?:'s|’s))\\s[^,]{0,60},`, "u");

/**
 * A share price's move ("Shares in X rose 7.4% to PLN 41.20 by midday", "The stock has gained about 35% this year"):
 * a market snapshot of the day of the report, not a result. The verb follows the shares or stock at once, or after
 * whose shares they are ("in X", "of X") and an aside ("Shares in X, which trade in Oslo, fell"), so "stock levels fell"
 * (inventory) and "issued 5 million shares" are not it.
 */
// (No `i` flag: under it `\p{Lu}` matches lower case too, and "The shares of households with broadband rose" read as a
// share price; the case variants are spelled out instead.)
const SHARE_MOVE = /\b(?:[Ss]hares|[Ss]tock|[Ss]hare price)(?:\s+(?:in|of)\s+\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})?(?:,[^,]{1,80},)?\s+(?:(?:has|have|had|were|was)\s+)?(?:rose|risen|fell|fallen|gained|lost|climbed|jumped|dropped|slipped|slid|edged|surged|soared|tumbled|plunged|closed|up|down)\b/u;
const SHARE_MOVE_KINDS = new Set<FactKind>(["percent", "money"]);
/**
 * A moment of play: the minute it happened ("in the 52nd minute", "in stoppage time", "two minutes from time", "seven
 * minutes after the restart", not "after the restart of the turbine") or a shot's detail ("hit the post", "from ten
 * yards"). Who did it, and when, is play, not the result.
 */
const PLAY_MOMENT = /\b(?:in|into) the \d{1,3}(?:st|nd|rd|th) minute\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) minutes? (?:after|into) (?:the (?:restart|interval|second half)|half-time)\b(?! of)|\b(?:in|into) (?:stoppage|injury|added) time\b|\bminutes? (?:from|before) (?:time|the (?:final )?whistle|the break|half-time)\b|\bhit the (?:post|bar|crossbar|woodwork)\b|\bfrom (?:\w+ )?yards\b/i;

/**
 * A player named by the position he plays, just before his name: "the Spezia defender _____ pulled back", "Oviedo's
 * Serbian striker, _____, headed in", "the substitute _____". Who gave away the penalty or won the headers is play, as
 * the strict reads judge it (17 of 18 such items in the core set of the AC..AG reads not worth learning). A position
 * word, not a role of work: "the lighthouse keeper", "the defence minister" are not one. (Unweighed, worth43: fitted
 * at -2.42 it cut the held-out core's not-worth share 1.5 points with no acceptable item lost, but took 1.1 points of
 * the check batches' core coverage: the gold lists name these players. Weighed at -0.5 since worth57, where it costs
 * 0.1 to 0.2 points: fact-worth-item-weights.ts.)
 */
const PLAYER_POSITION = /\b(?:defender|striker|forward|midfielder|winger|goalkeeper|goaltender|centre-back|center-back|centre-half|centre-forward|full-back|wing-back|playmaker|substitute)\s*,?\s*$/i;

/** The fact's sentence before and after its answer. */
function aroundAnswer(fact: FactShape): { before: string; after: string } {
  const at = fact.span ? fact.span[0] : Math.max(0, fact.sentence.indexOf(fact.answer));
  return { before: fact.sentence.slice(0, at), after: fact.span ? fact.sentence.slice(fact.span[1]) : fact.sentence.slice(at + fact.answer.length) };
}

/** The answer is who spoke (purposeSignals' "answer is the speaker"). */
function answerIsSpeaker(fact: FactShape): boolean {
  if (fact.kind !== "person") return false;
  const { before, after } = aroundAnswer(fact);
  if (SPEECH_AFTER.test(after)) return true;
  const spoken = SPEECH_BEFORE.exec(before);
  return spoken !== null && speakerRole(spoken[1] ?? "") && SPEAKER_ENDS.test(after);
}

/** The names of purposeSignals' values, in order. */
export const PURPOSE_NAMES: readonly string[] = ["baseline clause holds it", "itinerary sentence", "answer is the speaker", "answer in brackets", "answer between commas", "a share price's move", "a moment of play", "a player named by position"];

/**
 * What the fact's sentence or clause is for, as the strict reads see it: a value given only to compare with, a visit's
 * programme, the name of who spoke, an aside in brackets or between commas (a role's holder, "on Sunday, 29 November,"),
 * a share price's move on the day, a moment of play.
 * Each 0 or 1, in PURPOSE_NAMES order. The gold lists name such facts as often as any (a quoted official's name is
 * nearly always on them), so these weigh an item against its fact's worth (itemFeatures), fitted on the reads.
 */
export function purposeSignals(fact: FactShape): number[] {
  // (Asked once per item, so two or three times per fact: read once per fact, while what it reads is unchanged.)
  const known = purposeRead.get(fact);
  if (known && known.kind === fact.kind && known.sentence === fact.sentence && known.answer === fact.answer && known.from === fact.span?.[0] && known.to === fact.span?.[1]) return [...known.signals];
  const signals = readPurposeSignals(fact);
  purposeRead.set(fact, { kind: fact.kind, sentence: fact.sentence, answer: fact.answer, from: fact.span?.[0], to: fact.span?.[1], signals });
  return [...signals];
}

/** purposeSignals by fact, with what each was read from. */
const purposeRead = new WeakMap<FactShape, { kind: FactShape["kind"]; sentence: string; answer: string; from: number | undefined; to: number | undefined; signals: readonly number[] }>();

function readPurposeSignals(fact: FactShape): number[] {
  const { before, after } = aroundAnswer(fact);
  return [
    VALUE_KINDS.has(fact.kind) && (COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(after)) ? 1 : 0,
    ITINERARY_KINDS.has(fact.kind) && ITINERARY.test(fact.sentence) ? 1 : 0,
    answerIsSpeaker(fact) ? 1 : 0,
    /\(\s*$/.test(before) && /^\s*[),;]/.test(after) ? 1 : 0,
    /,\s*$/.test(before) && /^\s*,/.test(after) ? 1 : 0,
    SHARE_MOVE_KINDS.has(fact.kind) && SHARE_MOVE.test(fact.sentence) ? 1 : 0,
    PLAY_MOMENT.test(fact.sentence) ? 1 : 0,
    fact.kind === "person" && PLAYER_POSITION.test(before) ? 1 : 0,
  ];
}

export const ITEM_FEATURE_NAMES: readonly string[] = [
  "type cloze",
  "type typed",
  "type true/false",
  "stem words (log)",
  "stem opens with no name",
  "stem names nothing",
  "answer a year",
  "answer a day",
  "answer a reporting period",
  "asks who said",
  "procedural line",
  "blank after from or since",
  "answer in the title",
  "answer word in the stem",
  ...PURPOSE_NAMES,
  "item asks who spoke",
  "item asks who spoke (no role at the blank)",
  "item asks a speaker's role",
];

/**
 * The item's own text: its prompt without "Complete the sentence" or "True or false" and its "(title, source, month)"
 * label.
 */
export function itemStem(prompt: string): string {
  return prompt
    .replace(new RegExp(`^${COMPLETION_PREFIX}\\s*`), "")
    .replace(/^True or false\s*/, "")
    .replace(/^\((?:“[^”]*”)?[^()]*\)\s*:?\s*/, "")
    .trim();
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\d][\p{L}\d'’.,-]*[\p{L}\d]|[\p{L}\d]/gu) ?? [];

/** `speakerOnly`: of the fact's purpose, only whether its answer is the speaker (the rest read as 0: generation weighs no more). */
export function itemFeatures(item: ItemShape, title: string, fact?: FactShape, speakerOnly = false): number[] {
  const stem = itemStem(item.prompt);
  const words = stem.split(/\s+/).filter(Boolean);
  const names = words.slice(1).filter((w) => /^[“"‘(]?\p{Lu}/u.test(w) && !MONTH_OR_WEEKDAY_WORD.test(w));
  const answerWords = item.type === "truefalse" ? [] : wordsOf(item.answer).filter((w) => w.length >= 4 || /\d/.test(w));
  // (The stem's words only when the answer has one to look for: the word scan is the costliest feature.)
  // (Only when some answer word is in the stem at all: a word of its words is a substring of its lowercased text.)
  const stemText = answerWords.length > 0 ? stem.replace(BLANK, " ").toLowerCase() : "";
  const stemWords = answerWords.some((w) => stemText.includes(w)) ? new Set(wordsOf(stemText)) : null;
  const answer = item.answer.trim();
  const value: Record<string, boolean | number> = {
    "type cloze": item.type === "cloze",
    "type typed": item.type === "typed",
    "type true/false": item.type === "truefalse",
    "stem words (log)": Math.min(1, Math.log1p(words.length) / Math.log1p(80)),
    "stem opens with no name": NAMELESS_OPENER.test(stem) && !LABEL_STATEMENT.test(stem),
    "stem names nothing": names.length === 0,
    "answer a year": item.kind === "date" && /^\d{4}$/.test(answer),
    "answer a day": item.kind === "date" && DAY_ANSWER.test(answer),
    "answer a reporting period": item.kind === "date" && PERIOD_ANSWER.test(answer),
    "asks who said": item.kind === "person" && SPEECH_VERB.test(stem),
    "procedural line": PROCEDURAL.test(stem),
    "blank after from or since": referenceBlank(stem, item.kind),
    "answer in the title": title.toLowerCase().includes(answer.toLowerCase()),
    "answer word in the stem": stemWords !== null && answerWords.some((w) => stemWords.has(w)),
  };
  // (What the fact's sentence is for: 0 when the item comes with no fact.)
  if (fact && speakerOnly) value["answer is the speaker"] = answerIsSpeaker(fact) ? 1 : 0;
  else if (fact) purposeSignals(fact).forEach((v, j) => (value[PURPOSE_NAMES[j] as string] = v));
  // (Who spoke, asked with the speech kept in the stem: "who said X", not "who is the port's harbour master".)
  // (Its label stripped whole: a source with brackets, "(“Title”, Firm Ltd (press release), May 2026)", keeps the rest
  // of the label in `stem`, whose title quotes would read as a quotation.)
  const asksSpeaker = value["answer is the speaker"] === 1 && item.type !== "truefalse" && STEM_SPEECH.test(stripLabel(stem));
  value["item asks who spoke"] = asksSpeaker;
  value["item asks who spoke (no role at the blank)"] = asksSpeaker && !ROLE_BEFORE_BLANK.test(stem) && !ROLE_AFTER_BLANK.test(stem);
  // (Who holds the role of a person the article names only as who spoke: "Who is the study's lead author?".)
  value["item asks a speaker's role"] = value["answer is the speaker"] === 1 && item.type !== "truefalse" && ROLE_QUESTION.test(stripLabel(stem));
  return ITEM_FEATURE_NAMES.map((n) => Number(value[n] ?? 0));
}

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** The item's worth from its fact's worth p moved by its features under `weights` (by name; a missing name weighs 0). */
export function adjustedWorth(p: number, x: readonly number[], weights: Readonly<Record<string, number>> = ITEM_WORTH_WEIGHTS): number {
  let move = 0;
  ITEM_FEATURE_NAMES.forEach((n, j) => {
    move += (weights[n] ?? 0) * (x[j] as number);
  });
  // (No move keeps p to the last digit, so an item with no feature sits where its fact does.)
  return move === 0 ? p : sigmoid(logit(p) + move);
}

// (The sentence's purpose is read only once a weight asks for it: generation pays nothing for an unweighed feature.)
// (Only whether its answer is the speaker when no other purpose is weighed: the speaker features need no more.)
const weighed = (names: readonly string[]) => names.some((n) => (ITEM_WORTH_WEIGHTS[n] ?? 0) !== 0);
const PURPOSE_WEIGHED = weighed(PURPOSE_NAMES);
const SPEAKER_WEIGHED = weighed(["item asks who spoke", "item asks who spoke (no role at the blank)", "item asks a speaker's role"]);

/** The worth an item carries (what places it in the core set, item-tier.ts), from its fact's worth p. */
export function itemWorth(item: ItemShape, p: number, title: string, fact?: FactShape): number {
  return adjustedWorth(p, itemFeatures(item, title, PURPOSE_WEIGHED || SPEAKER_WEIGHED ? fact : undefined, !PURPOSE_WEIGHED));
}
