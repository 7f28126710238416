import nlp from "compromise";
import { NAME_JOIN_WORD } from "./name-particles";
import { PREPOSITIONS, QUESTION_AUX, isFiniteVerb, lexiconTags, wordListPattern } from "./tag-words";

/** One word of a sentence as compromise tags it: its text without punctuation, its tags, and its text as written. */
interface Term {
  text: string;
  tags: string[];
  raw: string;
}

/**
 * Whether the rest of a sentence after its subject ("is expected to open a terminal in Kotka.") names a singular thing
 * that a next sentence's opening "It" could mean instead of that subject: a noun phrase after a determiner ("a
 * terminal", "the new jetty", "its forecast"), a name ("Harbour Hall", "Baltic Tank Ltd."), or a singular noun the
 * tagger reads as one ("makes fish feed"). Not what "It" never is, or is never taken for: a person ("its chief
 * executive", "Maria Lind"), a time ("next year", "in March"), a figure or what it counts ("40 staff", "3.2p a share"),
 * or a plural ("two bakeries", "Bergen and Tromsø"). When one is offered, "It" is left unresolved: a wrong name costs
 * more than the item (strict read of session 35, "Kymi Terminals will hold ..." for the terminal it opens).
 */
export function offersOtherThing(rest: string, isPersonNoun: (word: string) => boolean): boolean {
  // ("Norlake Foods, a bakery chain from Bergen, also runs ...": the subject's own description is the subject.)
  // ("The plant in Kotka opened ...": a place right after the subject says which, it is no second thing.)
  const clause = rest.replace(/^,\s(?:a|an|the)\s[^,]+,/, "").replace(/^\s(?:in|at|near|of|from)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*/u, "");
  const terms = (nlp(`It ${clause}`).terms().json() as { text: string; terms: { tags: string[] }[] }[]).slice(1).map((t): Term => ({ text: t.text.replace(/[^\p{L}\p{N}.%$€£-]/gu, "").replace(/\.$/, ""), tags: t.terms[0]?.tags ?? [], raw: t.text }));
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (!term) continue;
    const word = term.text;
    const lower = word.toLowerCase();
    const before = terms[i - 1];
    // A figure before ("40 staff", "3.2p a share", "12% of the market") makes what follows its unit or count.
    const afterFigure = !!before && (/\d/.test(before.text) || before.tags.includes("Value"));
    if (/^(?:a|an|the|its|their|this)$/.test(lower)) {
      if (afterFigure) continue;
      const head = phraseHead(terms, i + 1);
      if (head && thingHead(head, isPersonNoun)) return true;
      continue;
    }
    if (/^\p{Lu}/u.test(word) && i > 0 && !/^(?:It|I)$/.test(word)) {
      const name = nameAt(terms, i);
      i += name.length - 1;
      if (thingName(name)) return true;
      continue;
    }
    if (afterFigure || before && /^(?:a|an|the|its|their|this|per)$/i.test(before.text)) continue;
    // (A bare noun is counted only as a verb's object, "makes fish feed": not "eight years of work".)
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word) || !before || !(before.tags.includes("Verb") || isFiniteVerb(before.text, terms[i - 2]?.text)) || isFiniteVerb(word, before.text) || !term.tags.includes("Noun")) continue;
    let last = term;
    while (terms[i + 1]?.tags.includes("Noun") && /^\p{Ll}/u.test(terms[i + 1]?.text ?? "") && !/[,;:]$/.test(last.raw)) last = terms[++i] ?? last;
    if (bareThing(last, isPersonNoun)) return true;
  }
  return false;
}

/** A word that ends a noun phrase before it: a preposition, a joining or relative word, an auxiliary. */
export const PHRASE_END = wordListPattern([...PREPOSITIONS, "into", "under", "over", "after", "before", "until", "since", "during", "and", "or", "but", "that", "which", "who", "whose", "as", "than", "because", "while", "when", "where", ...QUESTION_AUX, "may", "might", "should", "must", "be", "been"]);

/** The last word of the noun phrase opening at `start` (at most five words, to a function word or a comma). */
function phraseHead(terms: Term[], start: number): string | null {
  let head: string | null = null;
  for (let j = start; j < terms.length && j < start + 5; j++) {
    const t = terms[j];
    // ("its chief executive said": the verb after the phrase ends it.)
    if (!t || PHRASE_END.test(t.text.toLowerCase()) || (j > start && t.tags.includes("Verb") && !t.tags.includes("Noun"))) break;
    head = t.text;
    if (/[,;:]$/.test(t.raw)) break;
  }
  return head;
}

/** A head that a thing can be: singular, no person, no time. */
function thingHead(head: string, isPersonNoun: (word: string) => boolean): boolean {
  const lower = head.toLowerCase();
  if (/\d/.test(head) || isPersonNoun(lower) || /(?:year-old|man|woman|person)$/.test(lower)) return false;
  const tags = lexiconTags(lower);
  if (tags.includes("Date") || tags.includes("Duration") || tags.includes("Month") || tags.includes("WeekDay") || /^(?:year|month|week|day|quarter|half|season|decade|century|time|period|morning|afternoon|evening|night|weekend)$/.test(lower)) return false;
  if (tags.includes("Plural") || (/[^su]s$/.test(lower) && !tags.includes("Singular"))) return false;
  return true;
}

/** The capitalised words from `start` on, names joined by "and" included ("Bergen and Tromsø"). */
function nameAt(terms: Term[], start: number): Term[] {
  const name = [];
  for (let j = start; j < terms.length; j++) {
    const t = terms[j];
    if (!t) break;
    const joins = NAME_JOIN_WORD.test(t.text) && /^\p{Lu}/u.test(terms[j + 1]?.text ?? "");
    if (!/^\p{Lu}/u.test(t.text) && !joins) break;
    name.push(t);
    if (/[,;:]$/.test(t.raw)) break;
  }
  return name;
}

/** A name that a thing can be: no person, no time, not two names joined ("Bergen and Tromsø" is no one thing). */
function thingName(name: { text: string; tags: string[] }[]): boolean {
  if (name.some((t) => t.text === "and")) return false;
  if (name.every((t) => t.tags.includes("Date") || t.tags.includes("Month") || t.tags.includes("WeekDay"))) return false;
  if (name.some((t) => t.tags.includes("Person") || /^(?:Mr|Mrs|Ms|Dr|Prof)$/.test(t.text))) return false;
  // ("Chief executive ...": a role's capital opens a person.)
  return !name.some((t) => t.tags.includes("Honorific"));
}

/** A lower-case singular noun with no determiner ("makes fish feed"): the tagger's noun, not also a verb it knows. */
function bareThing(term: { text: string; tags: string[] }, isPersonNoun: (word: string) => boolean): boolean {
  if (term.tags.includes("Plural") || term.tags.includes("Date") || term.tags.includes("Value") || term.tags.includes("Possessive") || term.tags.includes("Pronoun")) return false;
  const known = lexiconTags(term.text);
  if (known.some((t) => /Tense|Infinitive|Verb|Participle|Gerund|Adverb|Adjective/.test(t))) return false;
  return thingHead(term.text, isPersonNoun);
}
