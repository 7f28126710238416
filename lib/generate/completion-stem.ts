import { lowerFirst, parseClause } from "./build-question";
import { DASH_DATELINE } from "./datelines";
import { withoutResolvedPronouns } from "./pronoun-antecedent";
import { findNameChunks } from "./find-name-chunks";
import { isCapitalisedCommonPlural, isProperWord } from "./tag-words";

/** What a sentence-completion prompt opens with: it tells the learner, and the eval, that this is no wh-question. */
export const COMPLETION_PREFIX = "Complete the sentence";

/** Whether a choice item is a sentence completion rather than a wh-question. */
export const isCompletionPrompt = (prompt: string): boolean => prompt.startsWith(COMPLETION_PREFIX);

const BLANK = "_____";

/**
 * What may follow the fact's clause and be cut: an aside on the value (", up 7.2 per cent", ", the maximum allowed"),
 * a second clause (", and puts ...", "; ..."), a circumstance (", with ...", ", after ...", ", where ..."), a gerund
 * with its object (", making it ...", not the list in "covering textiles, banking and tourism") or a trailing
 * attribution (", the council said").
 */
const TRAILING_CUT =
  /;\s|\s[–—]\s|,\s+(?=(?:and|but|while|whereas|with|which|who|where|when|after|before|as|including|compared|from|up|down|a|an|the|its|their|his|her|some|almost|nearly|about|around|more|less|three|two|four|five|half|double|twice|according|[a-z]+ing\s+(?:a|an|the|its|their|his|her|it|them|to|up|down|in|on|more|\d)\b))/g;

/** What may open a sentence before the fact's own clause: a clause of its own, ended by one of these. */
const LEADING_CUT = /;\s+|,\s+(?:but|while|whereas)\s+|,\s+and\s+(?=(?:the\s)?\p{Lu})/gu;

/** "In 2025, ", "Since March, ": a time phrase opening a sentence, with its comma. */
export const LEAD_TIME = /^((?:In|On|During|As of|Since|By|After|Before|Last)\s[^,]{1,60}),\s+/;
const POINTS_BACK = /\b(?:it|its|they|their|them|he|she|his|her|him)\b/i;
/**
 * A clause that cannot stand alone: "Since Tallinn made public transport free ... in _____." and "(During the pilot,)
 * which ran at _____ schools" were cut before their main clause (self-read genpr-d1 items 9, 36); so was "Having
 * considered the evidence presented at a public hearing held over _____ in August." (strict read G1 #34).
 */
const SUBORDINATE = /^(?:which|who|whom|whose|where|that|since|when|whenever|while|although|though|because|if|unless|until|whereas|once|as|having|being|despite|considering|following)\b/i;
const PREPOSITION_PHRASE = /^(?:In|On|At|For|Of|From|With|By|During|Under|Among|Across|Through)\s[^,]*$/;
const VAGUE_OPENING = /^(?:he|she|it|they|this|that|these|those|which|who|there|its|their|his|her)\b/i;

const quotesBalanced = (text: string) => (text.match(/"/g) ?? []).length % 2 === 0 && (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
const wordCount = (text: string) => text.trim().split(/\s+/).length;

/**
 * The shortest self-contained clause of `blanked` (a sentence with one "_____") that holds the blank: what follows the fact's clause
 * is cut at the first aside or second clause, and a clause of its own before it (after "; ", ", but ...") is dropped,
 * a leading time ("In 2023, ...") kept. Each cut is kept only when what is left still has a subject and verb. Null when
 * the blank is glued to a word ("2026/_____") or the stem would open with a word pointing back ("It", "They").
 */
export function completionStem(blanked: string, opts: { ownerShown?: boolean } = {}): string | null {
  // ("Its head ranger, _____, said ..." shown after the sentence that says whose: its opening possessive is placed.)
  const ownerAhead = opts.ownerShown ? /^(?:Its|Their|His|Her)\s/ : /(?!)/;
  const at = blanked.indexOf(BLANK);
  if (at < 0 || blanked.indexOf(BLANK, at + 1) >= 0) return null;
  if (/[\p{L}\d/.-]$/u.test(blanked.slice(0, at)) || /^[\p{L}\d/]/u.test(blanked.slice(at + BLANK.length))) return null;
  // "TASHKENT, Sept. 16 (CAW) — ": a wire dateline is no part of the clause.
  let text = blanked.replace(DASH_DATELINE, "");
  const shift = blanked.length - text.length;
  const blankAt = at - shift;
  const blankEnd = blankAt + BLANK.length;
  if (blankAt < 0) return null;

  // Cut after the blank, at the first cut point that leaves a clause.
  for (const m of text.slice(blankEnd).matchAll(TRAILING_CUT)) {
    const kept = text.slice(0, blankEnd + m.index).trimEnd();
    const probe = kept.slice(leadingStart(kept, blankAt)).replace(LEAD_TIME, "");
    // ("In a survey by Eco-Benin of _____ relocated households": a phrase that opens with a preposition and runs to the
    // cut holds no clause of its own.)
    if (quotesBalanced(kept) && !SUBORDINATE.test(probe) && !PREPOSITION_PHRASE.test(probe) && parseClause(probe.replace(BLANK, "X"))) {
      text = `${kept.replace(/[,:]$/, "")}.`;
      break;
    }
  }

  // Drop a clause of its own before the blank's ("X rose; Y fell by _____").
  const from = leadingStart(text, blankAt);
  if (from > 0) {
    const lead = LEAD_TIME.exec(text)?.[0] ?? "";
    const body = text.slice(from);
    const candidate = lead ? `${lead}${lowerFirst(body)}` : `${body.charAt(0).toUpperCase()}${body.slice(1)}`;
    if (!/\b(?:that|said|says|told|according to)\b/.test(text.slice(0, from)) && quotesBalanced(body) && parseClause(body.replace(BLANK, "X")) && !VAGUE_OPENING.test(body)) text = candidate;
  }
  text = text.trim();
  if (!/[.!?]$/.test(text)) text += ".";
  if (wordCount(text) < 5 || (VAGUE_OPENING.test(text) && !ownerAhead.test(text)) || !quotesBalanced(text)) return null;
  // "Hearts made 31 clearances, and centre-back _____.": a second clause cut down to its subject.
  if (/,\s+(?:and|but)\s+(?:[\p{Ll}-]+\s+){0,3}_____\.$/u.test(text)) return null;
  // A pronoun anywhere in the stem points back to a sentence the learner does not see ("In 2025 it carried ...", "By
  // 2022 about three quarters of its schools ..."): a cloze may show it, a question of its own is not made of it.
  // ("Vienna houses 43 per cent of its residents": a possessive whose owner is the stem's named subject is placed.)
  const unquoted = text.replace(/[“"][^”"]*[”"]/g, "");
  const subject = parseClause(unquoted.replace(LEAD_TIME, "").replace(BLANK, "X"))?.subject ?? "";
  const named = /^(?:The\s)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*$/u.test(subject) && !/^(?:The|A|An)$/.test(subject) && !/^The\s\p{Ll}/u.test(subject);
  // ("The terminal in Badagry will handle ... when it opens in _____": a pronoun agreeing with a named subject is its.)
  const resolved = withoutResolvedPronouns(unquoted, subject).replace(ownerAhead, "");
  if (POINTS_BACK.test(withoutPlacedByName(withoutPlacedPossessives(named ? resolved.replace(/\b(?:its|their)\b/gi, "") : resolved)))) return null;
  return text;
}

/**
 * "Slovakia’s return rate reached 92% in its third year", "Montpellier’s operator reports ridership up by a quarter in
 * its first two years": an "its" or "their" after a name in the stem itself has that name to point to, so it is
 * removed before looking for words that point back; "his" and "her" are never placed (two people may be named).
 */
function withoutPlacedPossessives(text: string): string {
  return text.replace(/\b(?:its|their)\b/gi, (word, at: number) => (namesBefore(text.slice(0, at)) ? "" : word));
}

/**
 * "Hearts went top after a goal from _____ gave them the win", "Korea imports its rare earths, and 87% of them came
 * from _____": an "its", "them" or "their" after a name in the stem has that name to point to, wherever the name
 * stands in the clause. Only a name: "the council ... its budget" is still another sentence's council. Not a
 * possessive name ("Kenya's exports rose after it cut ..." may mean Kenya's government), nor a person's name. Never a
 * bare "it" or "they", which as often mean something outside ("Headquartered in Kigali, it employs ..."), nor "he" or
 * "she" (two people may be named).
 */
function withoutPlacedByName(text: string): string {
  // (Most stems have no such word: the text's names are read only for one that has.)
  if (!/\b(?:its|them|their)\b/i.test(text)) return text;
  const people = findNameChunks(text).filter((c) => c.kind === "person");
  return text.replace(/\b(?:its|them|their)\b/gi, (word: string, at: number) => (nameBefore(text.slice(0, at), people) ? "" : word));
}

const OPENER = /^(?:The|A|An|In|On|At|By|For|From|After|Before|During|Since|Out|Of|Under|With|As|When|While|Last|Next|But|And)$/;

function nameBefore(before: string, people: { start: number; end: number }[]): boolean {
  for (const m of before.matchAll(/\S+/g)) {
    const raw = m[0].replace(/^[“"(]+|[”"),.;:]+$/g, "");
    if (!/^\p{Lu}/u.test(raw) || /[’']s$/.test(raw) || OPENER.test(raw) || raw === BLANK) continue;
    if (people.some((p) => m.index >= p.start && m.index < p.end)) continue;
    // ("Sales" opening a sentence is capitalised only there.)
    if (isProperWord(raw) && !(m.index === 0 && isCapitalisedCommonPlural(raw))) return true;
  }
  return false;
}

/** A proper name stands before this point ("Slovakia’s", "Montpellier’s"; not "In April"). */
const namesBefore = (text: string): boolean => text.split(/\s+/).some((w) => isProperWord(w.replace(/^[“"(]/, "")));

/** Where the blank's own clause begins: after the last clause break before it, or 0. */
function leadingStart(text: string, blankAt: number): number {
  let from = 0;
  for (const m of text.matchAll(LEADING_CUT)) {
    if (m.index + m[0].length > blankAt) break;
    const after = text.slice(m.index + m[0].length);
    if (parseClause(after.replace(BLANK, "X").replace(LEAD_TIME, ""))) from = m.index + m[0].length;
  }
  return from;
}
