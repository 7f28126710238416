import { FALL_VERBS, FINITE_FORMS, LEVEL_VERBS, RISE_VERBS, verbWordPattern } from "./change-verbs";

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

/** Verbs whose complement is the subject's own level: the trailing change is the subject's. */
const LEVEL_VERB = verbWordPattern([...LEVEL_VERBS, ...RISE_VERBS, ...FALL_VERBS], FINITE_FORMS);
const RISE_VERB = verbWordPattern(RISE_VERBS, FINITE_FORMS);
const FALL_VERB = verbWordPattern(FALL_VERBS, FINITE_FORMS);
/** A change of the clause's own ("fell 4%", "rose by 4%"): a second one after the comma is someone else's. */
const OWN_CHANGE = /(?:^|\s)(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more than\s+|over\s+)?\d[\d.,]*\s*(?:%|percent\b|per cent\b|percentage points?\b)/;

/**
 * Whether a trailing change in `direction` is the change of the subject of a clause with this verb and rest (what
 * follows the verb): the verb must give the subject's level, must not state its own percentage change, and must not
 * go the other way ("fell to $300 million, up 11%" is two things).
 */
export function changeBindsToSubject(verb: string, rest: string, direction: "rise" | "decline"): boolean {
  const v = verb.toLowerCase();
  if (!LEVEL_VERB.test(v)) return false;
  if ((RISE_VERB.test(v) || FALL_VERB.test(v)) && OWN_CHANGE.test(rest)) return false;
  return direction === "rise" ? !FALL_VERB.test(v) : !RISE_VERB.test(v);
}
