import { FALL_VERBS, FINITE_FORMS, LEVEL_VERBS, RISE_VERBS, verbAlternation, verbWordPattern } from "./change-verbs";
import { isFiniteVerb } from "./tag-words";

/**
 * Whose change a trailing figure is. "Exports reached $7.8 billion, up 12%": the figure after the comma is the change
 * of the clause right before it, and of that clause's subject only when its verb gives the subject's level ("reached",
 * "was", "rose to"). In "Sales fell 4% to $300 million, although the mill shipped 90,000 tonnes of pulp, up 11%" the
 * 11% is the tonnes', not the sales': a figure after a second clause belongs to that clause, and a figure after a
 * verb with an object ("shipped 90,000 tonnes") belongs to the object, which no "By what percentage did X rise?" names.
 */

/** A subordinate clause that opens the sentence: "Although exports fell, sales reached ..." (the main clause follows). */
const LEAD_SUBORDINATE = /^(?:Although|Though|Even though|While|Whereas|Because|As|When|After|Since|Despite)\s[^,]+,\s+/;

/**
 * A second clause after the main one. Its own subject follows the word, so the figure at the end is that clause's.
 * ("and", "with", "which", "who" make the owner unclear: "Sales of pulp and paper reached ..." is one subject, and
 * "exports, which reached ..." owns its figure through an antecedent; the figure is then not bound.)
 */
const SECOND_CLAUSE = /(?:;\s+|,?\s+(?:although|though|even though|even as|whereas|while|but|yet)\s+|,\s+(?:as|because|since|after|when|before|so|and|with|which|who|whose|where)\s+)/g;
const UNCLEAR_OWNER = /^(?:,\s+)?(?:and|with|which|who|whose|where)\s+$/;

/**
 * The clause whose subject a trailing change figure can belong to, or null when that is unclear: `head` is the text
 * before ", up M" (or ", a M rise"), the figure itself left out.
 */
export function changeOwnerClause(head: string): string | null {
  const main = head.replace(LEAD_SUBORDINATE, "");
  let last = 0;
  let word = "";
  for (const m of main.matchAll(SECOND_CLAUSE)) {
    last = m.index + m[0].length;
    word = m[0].replace(/^[;,]/, "").trim();
  }
  if (last === 0) return main;
  if (UNCLEAR_OWNER.test(`${word} `)) return null;
  const owner = main.slice(last).trim();
  return owner ? owner.charAt(0).toUpperCase() + owner.slice(1) : null;
}

/**
 * Verbs whose complement is the subject's own level: the trailing change is the subject's. A present perfect ends on
 * the participle ("have risen to $5 billion, up 12%"). "came" ("came from ferries carrying 2 million people, up 12%")
 * and "hit" ("was hit by a strike", "hit its target") give a level only right before a value: LEVEL_BEFORE_VALUE.
 */
const LEVEL_VERB = new RegExp(
  `^(?:${verbAlternation(LEVEL_VERBS.filter((v) => !/^(?:come|hit);/.test(v)), FINITE_FORMS)}|${verbAlternation([...RISE_VERBS, ...FALL_VERBS], [...FINITE_FORMS, "participle"])})$`,
);
const LEVEL_BEFORE_VALUE = /^(?:came|comes|hit|hits)$/;
const RISE_VERB = verbWordPattern(RISE_VERBS, [...FINITE_FORMS, "participle"]);
const FALL_VERB = verbWordPattern(FALL_VERBS, [...FINITE_FORMS, "participle"]);
/** A value right after the verb ("hit $5 billion", "came to 40,000", "came in at 4%"), not "hit by", "came from". */
const VALUE_NEXT = /^(?:to\s+|in\s+at\s+)?(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?(?:[A-Z]{1,3}\$|[$€£¥]|\d)/;
/** "was dented by", "were exceeded by": a passive's subject is not what holds the level after "by". */
const PASSIVE_BY = /^(?:\p{L}+\s+)?by\s/u;
/** The words that open a clause with no comma before them: "higher than expected as exports reached $5 billion". */
const CLAUSE_WORD = /\b(as|because|since|after|before|when|while|until|once|than|and|but|or|yet|that|which|who|whose)\s+([^,;]+)/g;
const RELATIVE_WORD = /^(?:that|which|who|whose)$/;
/** Words that stand before a verb without being its subject: "and then rose by 12%" shares the first subject. */
const NO_SUBJECT = /^(?:then|also|later|again|still|further|even|just|now|only|not|never|\p{Ll}+ly)$/u;
const FINITE_CHANGE = verbWordPattern([...LEVEL_VERBS, ...RISE_VERBS, ...FALL_VERBS], FINITE_FORMS);
/** "in the quarter that ended on 30 September": a relative after a period noun names the period, not a clause's fact. */
const PERIOD_NOUN_BEFORE = /\b(?:quarter|year|half|months|weeks|period|season)\s+$/i;
const PERIOD_VERB = /^(?:ended|ends|ending|runs|ran|running)$/;

/**
 * Whether a clause of its own opens in this text (what stands between a subject's verb and a figure): a clause word
 * followed by a finite verb. A conjunction needs a subject first ("as prices climbed", "and timber exports rose";
 * not "as expected", "and then rose"); a relative word is the subject ("which launched 14 ferries"). "after a busy
 * summer", "since 2019", "in March and April" open none.
 */
export function opensClause(text: string): boolean {
  for (const m of text.matchAll(CLAUSE_WORD)) {
    const word = (m[1] ?? "").toLowerCase();
    const words = (m[2] ?? "").split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, ""));
    const relative = RELATIVE_WORD.test(word);
    if (relative && word !== "who" && PERIOD_VERB.test(words[0] ?? "") && PERIOD_NOUN_BEFORE.test(text.slice(0, m.index))) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? "";
      if (!/^\p{Ll}/u.test(w) || !(isFiniteVerb(w, i === 0 ? word : words[i - 1]) || FINITE_CHANGE.test(w))) continue;
      if (relative || words.slice(0, i).some((s) => !NO_SUBJECT.test(s))) return true;
    }
  }
  return false;
}

/** A change of the clause's own ("fell 4%", "rose by 4%"): a second one after the comma is someone else's. */
const OWN_CHANGE = /(?:^|\s)(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more than\s+|over\s+)?\d[\d.,]*\s*(?:%|percent\b|per cent\b|percentage points?\b)/;

/**
 * What is no figure of a second noun: years ("in 2026", "2025-26"), days ("30 September", "March 31") and spans
 * ("the 12 months to March").
 */
const NOT_A_FIGURE = /\b(?:(?:1[5-9]|20|21)\d\d(?:[-–/]\d{2,4})?(?![\d,.])|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\d+\s+(?:days|weeks|months|quarters|years)\b)/g;
const FIGURE = /(?:[A-Z]{1,3}\$|[$€£¥])?\d[\d.,]*/g;

/**
 * Whether a figure follows the subject's level ("at $5 billion with exports at $2 billion", "$4 million and
 * merchandise $1 million"): the trailing change then sits next to another noun's figure, whose it may be.
 */
function secondFigure(rest: string): boolean {
  return (rest.replace(NOT_A_FIGURE, " ").match(FIGURE) ?? []).length > 1;
}

/**
 * Whether a trailing change in `direction` is the change of the subject of a clause with this verb group and rest
 * (what follows the verb, up to the figure): the verb must give the subject's level, in the active voice, with no
 * clause of its own between the verb and the figure; it must not state its own percentage change, and must not go
 * the other way ("fell to $300 million, up 11%" is two things).
 */
export function changeBindsToSubject(verbGroup: readonly string[], rest: string, direction: "rise" | "decline"): boolean {
  const v = (verbGroup[verbGroup.length - 1] ?? "").toLowerCase();
  if (LEVEL_BEFORE_VALUE.test(v) ? !VALUE_NEXT.test(rest) : !LEVEL_VERB.test(v)) return false;
  if (verbGroup.some((w) => /^(?:is|are|was|were|been|being|be)$/i.test(w)) && PASSIVE_BY.test(rest)) return false;
  if (opensClause(rest) || secondFigure(rest)) return false;
  if ((RISE_VERB.test(v) || FALL_VERB.test(v)) && OWN_CHANGE.test(rest)) return false;
  return direction === "rise" ? !FALL_VERB.test(v) : !RISE_VERB.test(v);
}
