import { isParticipleOfVerb, isPastTenseOnly, isPresentOfVerb } from "./do-support";
import { ARTICLES, DEMONSTRATIVES, NOT_ED_VERBS, POSSESSIVES, PREPOSITIONS, isFiniteVerb, lexiconTags, wordListPattern } from "./tag-words";

/**
 * How a day written without a year is tensed by the verbs around it (value-rules.ts DAY_WITHOUT_YEAR): a future in the
 * day's own clause, or a bare "-ed" verb read as a finite past or a participle (lane past32).
 */

/** A word as these readers compare it: lower case, letters and hyphens only ("must-win" stays one word). */
const bare = (word: string) => word.replace(/[^\p{L}-]/gu, "").toLowerCase();

/**
 * What ends a clause for these readers: a semicolon, a colon or a comma, but not the comma of a thousands figure
 * ("rose to 12,400 tonnes on 4 March" is one clause; review 32 finding 4).
 */
export const CLAUSE_BREAK = /[;:]|,(?!\d{3}\b)/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, "g");

/** A word that opens a relative clause: a "will" inside one is not the day's ("Residents, who say it will reopen, ..."). */
const RELATIVE = /^(?:who|whom|whose|which|that|where)$/;
/** Words between "will" and its verb: "will not reopen", "will also be played". */
const FUTURE_ADVERB = /^(?:not|also|then|now|only|still|soon|likely|probably|again|never|first|finally|once|all|each|both|either|just)$/;

/** A modal verb: what follows it is no past event (value-rules.ts reads it for the past too). */
export const MODAL = /^(?:may|might|must|can|could|should|would|will|shall)$/;

/**
 * The words after a future marker's verb group, or null when the words are no marker: "will (not) (be) played",
 * "may begin", "is to open", "is set to reopen", "opens". "could" and "would" tell of no day ahead, and "must have
 * shut" of a past one.
 */
function futureGroupEnd(words: readonly string[], raw: readonly string[], i: number): number | null {
  const word = words[i] ?? "";
  // (A modal as written, lower case: "Will Jones", the month "May" and "must-win" are no markers.)
  const modal = raw[i]?.replace(/[^\p{L}-]/gu, "") ?? "";
  if (MODAL.test(modal) && !/^(?:could|would)$/.test(modal) || /^(?:is|are)$/.test(word) && words[i + 1] === "to") {
    let j = words[i + 1] === "to" ? i + 2 : i + 1;
    while (FUTURE_ADVERB.test(words[j] ?? "")) j++;
    if (words[j] === "have" && !/^(?:will|shall)$/.test(modal)) return null;
    if (/^(?:be|have)$/.test(words[j] ?? "")) j++;
    if (/^(?:been|being)$/.test(words[j] ?? "")) j++;
    return /^\p{L}+$/u.test(words[j] ?? "") ? j + 1 : null;
  }
  if (/^(?:is|are)$/.test(word) && /^(?:due|scheduled|set)$/.test(words[i + 1] ?? "")) return words[i + 2] === "to" ? i + 4 : i + 2;
  return /^(?:starts|begins|opens)$/.test(word) ? i + 1 : null;
}

/**
 * Whether a future governs the day: a modal ("will", "shall", "may begin", "is to open"), "is due/scheduled/set" or
 * "starts/begins/opens" in the day's own clause, with no other finite verb between its verb group and the day. "The
 * final will be played at Wembley on May 23" is ahead; "Residents, who say it will reopen, were told it shut on 3
 * October", "The ministry will say whether the mine closed on 4 March" and "Fans who may travel bought tickets on 3
 * October" are not (review 31 findings 1 and 7: one reader for every future word).
 */
export function futureInDayClause(before: string): boolean {
  const pieces = before.split(CLAUSE_BREAK);
  const raw = before.split(/\s+/).filter((w) => w !== "");
  const words = raw.map(bare);
  // (The word index at which each comma piece starts, to know whether a marker sits in a relative clause.)
  const pieceOf: number[] = [];
  let piece = 0;
  for (const w of raw) {
    pieceOf.push(piece);
    piece += (w.match(CLAUSE_BREAKS) ?? []).length;
  }
  const lastPiece = pieces.length - 1;
  for (let i = words.length - 1; i >= 0; i--) {
    const end = futureGroupEnd(words, raw, i);
    if (end === null) continue;
    const own = pieceOf[i] ?? 0;
    const opener = bare(pieces[own]?.trim().split(/\s+/)[0] ?? "");
    if (own < lastPiece && RELATIVE.test(opener)) return false;
    for (let j = end; j < words.length; j++) {
      const previous = words[j - 1] ?? "";
      if (previous !== "to" && isFiniteVerb(words[j] ?? "", previous)) return false;
    }
    return true;
  }
  return false;
}

/** Words that open a clause whose subject may come next: "whether the mine closed", "after the mine closed". */
const SUBORDINATOR = /^(?:whether|if|when|after|before|because|while|although|though|since|once|until|as|but|so)$/;
/** Verbs of saying whose object is a clause: "Officials said the mine closed on 4 March". */
const SAYING = /^(?:say|says|said|tell|tells|told|announce|announces|announced|report|reports|reported|confirm|confirms|confirmed|state|states|stated|add|adds|added|write|writes|wrote|note|notes|noted|explain|explains|explained|warn|warns|warned|argue|argues|argued|insist|insists|insisted|claim|claims|claimed)$/;
/** Words after a day that leave its clause as it was: "closed on 4 March after floods", "closed on 4 March for repairs". */
const AFTER_DAY_FREE = /^(?:and|or|but|after|before|when|while|as|because|amid|following|ahead|in|at|on|for|with|to|from|until|since|by|over|under|than|despite|during|without|of|according|due|per|only|also|again|instead|last|this|next|that|which|who|where|so|then|pending|itself|themselves|alone|too|once|unless|if|though|although)$/;

/** Words after which an "-s" word is a noun: "the shares", "talks with the union". */
const NOUN_BEFORE = wordListPattern([...ARTICLES, ...POSSESSIVES, "your", "my", "this", "these", "those", "some", "any", "all", "each", "every", "no", "both", "several", "many", "few", ...PREPOSITIONS, "among"]);
/** Words that open a verb's object: "pays a dividend", "covers the pensions". */
const OBJECT_START = wordListPattern([...ARTICLES, ...POSSESSIVES, "your", ...DEMONSTRATIVES, "some", "all", "each", "every", "no", "both"]);

/** Whether a word is a past tense that may be a participle too: "closed", "registered", "held". */
export function isPastOrParticiple(word: string): boolean {
  const w = word.toLowerCase();
  if (isPastTenseOnly(w) || NOT_ED_VERBS.has(w)) return false;
  return isParticipleOfVerb(w) || /^[a-z]+ed$/.test(w);
}

/**
 * How a bare past-or-participle verb before a day reads (the verb at `at` of the day's last comma piece, `words`):
 * "past" after its clause's subject ("The mine closed on 4 March", "Officials said the mine closed", "the mine that
 * closed"), "participle" inside a larger clause ("goes to shareholders registered on", "Shareholders registered on
 * 18 March will receive", "Registered on 18 March, the shares ..."), and "undecided" where the sentence does not tell
 * ("Boats reopened on 12 April sail daily"). An "-s" word inside the words before the verb may be a present verb the
 * tagger does not know, its object no subject of the "-ed" verb: with a determiner after it ("pays a dividend to
 * shareholders registered on") it is the clause's verb, and otherwise ("applies to holders registered on", "Airline
 * flights to Lisbon resumed on") the sentence does not tell (review 32 finding 1).
 */
export function bareVerbReading(before: string, words: readonly string[], at: number, after: string): "past" | "participle" | "undecided" {
  let coordinated = false;
  let subject = 0;
  let reading: "past" | "participle" | "undecided" | null = null;
  for (let i = at - 1; i >= 0 && reading === null; i--) {
    const [word = "", previous = ""] = [words[i], words[i - 1]];
    // ("the mine that closed on": a relative pronoun is the verb's subject; "of that company registered on" may be a
    // determiner, so a subject after it is read as after a subordinator.)
    if (RELATIVE.test(word) && subject === 0) return "past";
    if (SAYING.test(word) || SUBORDINATOR.test(word) || RELATIVE.test(word)) reading = subject > 0 ? "past" : "undecided";
    else if (/^(?:and|or)$/.test(word)) coordinated = true;
    else if (isFiniteVerb(word, previous)) reading = subject > 0 ? "participle" : "undecided";
    else if (i > 0 && i < at - 1 && !NOUN_BEFORE.test(previous) && isPresentOfVerb(word)) reading = OBJECT_START.test(words[i + 1] ?? "") ? "participle" : "undecided";
    else subject++;
  }
  reading ??= subjectAtPieceStart(before, subject > 0, after);
  // ("Shareholders registered on 18 March will receive": a verb straight after the day is the clause's own.)
  const next = /^\s+([\p{L}'’-]+)/u.exec(after)?.[1] ?? "";
  if (next !== "" && reading !== "participle") {
    if (isFiniteVerb(next, "")) reading = "participle";
    else if (/^\p{Ll}/u.test(next) && !AFTER_DAY_FREE.test(next.toLowerCase())) reading = "undecided";
  }
  return coordinated && reading === "participle" ? "undecided" : reading;
}

/** A name or place the lexicon knows: "Beijing", "Wyoming", "Ahmed", "Sterling". */
const NAME_TAG = /Name$|^(?:Place|City|Country|Region|ProperNoun|Currency)$/;
/** A verb form the lexicon knows a capitalised opener as: "Hoping", "Registered", "Hit", "Built". */
const knownVerbForm = (written: string, opener: string) => {
  const tags = lexiconTags(written);
  if (tags.some((t) => NAME_TAG.test(t))) return false;
  if (/ing$/.test(opener)) return tags.includes("Gerund");
  return isPastOrParticiple(opener) && (isParticipleOfVerb(opener) || tags.some((t) => /^(?:PastTense|Participle|Adjective)$/.test(t)));
};
/**
 * Whether a comma piece opening with this written word is no main clause: a relative or subordinate clause, or a
 * participle's. ("Beijing raised tariffs", "Ahmed Karimi signed", "Reading raised fees": a capitalised opener is a
 * participle only when the lexicon knows it as a verb form and no name, and a verb straight after it makes it the
 * subject; review 32b finding 5.)
 */
function notMainClause(written: string, next: string): boolean {
  const opener = bare(written);
  // ("Having lost its biggest buyer,", "Being closed since 2024,": the participle after them is no finite verb;
  // review 32c finding 1.)
  if (RELATIVE.test(opener) || SUBORDINATOR.test(opener) || /^(?:having|being)$/.test(opener)) return true;
  if (/^\p{Lu}/u.test(written)) return knownVerbForm(written, opener) && !(next !== "" && isFiniteVerb(next, opener));
  return isPastOrParticiple(opener) || /^\p{L}{3,}ing$/u.test(opener);
}

/**
 * The reading of a bare verb at the start of its comma piece's words, with a subject before it in the piece or none.
 * In the first piece a subject makes it the sentence's verb and none a fronted participle ("Registered on 18 March,
 * the shares ..."); in a later piece it is the sentence's verb only when the earlier pieces hold no verb but in
 * relative clauses ("The mine, which employs 300 people, closed on 4 March"), and, with no subject, only when no verb
 * follows straight after the next comma ("The shares, registered on 18 March, will trade"). After the sentence's verb,
 * words before it are an object's, not a subject ("..., payable on Jan. 15 to shareholders registered on Dec. 18").
 */
function subjectAtPieceStart(before: string, hasSubject: boolean, after: string): "past" | "participle" | "undecided" {
  const pieces = before.split(CLAUSE_BREAK);
  if (pieces.length === 1) return hasSubject ? "past" : "participle";
  const written = pieces.slice(0, -1).map((p) => p.trim().split(/\s+/).filter((w) => w !== ""));
  const earlier = written.map((piece) => piece.map(bare));
  if ((earlier[0] ?? []).length === 0) return "undecided";
  // ("After talks failed, the mine closed on", "Hit by floods, the pier closed on": a fronted subordinate clause or
  // participle is no main clause, as a relative one is not; review 32 finding 3.)
  const mainVerb = earlier.some((piece, p) => !notMainClause(written[p]?.[0] ?? "", piece[1] ?? "") && piece.some((w, i) => isFiniteVerb(w, piece[i - 1])));
  // (", payable on Jan. 15 to shareholders registered on": words after the sentence's verb are no subject of its own.)
  if (mainVerb) return hasSubject ? "participle" : "undecided";
  if (hasSubject) return "past";
  const nextPiece = /^\s*([\p{L}'’-]+)/u.exec(after.split(CLAUSE_BREAK)[1] ?? "")?.[1] ?? "";
  return nextPiece !== "" && isFiniteVerb(nextPiece, "") ? "participle" : "past";
}
