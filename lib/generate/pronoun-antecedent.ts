import { findNameChunks } from "./find-name-chunks";
import { isCapitalisedCommonPlural, isProperWord } from "./tag-words";

/**
 * Pronouns a sentence resolves by itself: "The terminal in Badagry will open when it is finished", "Hearts went top
 * after two goals gave them the win", "Andes Air said it would pay a dividend". A pronoun after the clause's subject
 * that agrees with it in number (and in person: he/she only for a subject that is one person's name) points to that
 * subject, not to a sentence the learner does not see. The subject must name something (a capitalised name in it):
 * "the council ... its budget" is still the council of another sentence.
 */

const SINGULAR = /\b(?:it|its|itself)\b/gi;
const PLURAL = /\b(?:they|them|their|themselves)\b/gi;
const PERSONAL = /\b(?:he|him|his|himself|she|her|herself)\b/gi;
// A subject's head is its last word before a prepositional phrase ("The terminal in Badagry" -> "terminal").
const POSTMODIFIER = /\s(?:in|of|at|from|for|on|with|near|by|to)\s.*$/;

type Number = "singular" | "plural" | "either";

/**
 * Singular or plural, from the subject's head word; null when the subject is itself a pronoun. A name as the head
 * takes either ("Norlake Foods said it ...", "Tampere Rovers ... gave them").
 */
function numberOf(subject: string): Number | null {
  const head = (subject.replace(POSTMODIFIER, "").trim().split(/\s+/).pop() ?? "").replace(/[’']s?$/, "");
  if (!head || /^(?:it|they|he|she|we|i|you|this|that|these|those|which|who)$/i.test(head)) return null;
  if (/\s(?:and|&)\s/.test(subject.replace(POSTMODIFIER, ""))) return "plural";
  if (/^\p{Lu}/u.test(head) && !/^(?:The|A|An)\s[^\s]+$/.test(subject.replace(POSTMODIFIER, ""))) return "either";
  return /[^su]s$/.test(head) || /^(?:people|children|police)$/i.test(head) ? "plural" : "singular";
}

/** Whether the subject names something: a capitalised name past its first word, or a name as its first word. */
function namesSomething(subject: string): boolean {
  const words = subject.split(/\s+/);
  // ("Sales" opening a sentence is capitalised only there.) The tagger behind isCapitalisedCommonPlural is the costly
  // test: asked last, only of a first word that reads as a name.
  return words.some((w, i) => (i > 0 || !/^(?:The|A|An)$/.test(w)) && isProperWord(w.replace(/[’']s$/, "").replace(/^[“"(]/, "")) && !(i === 0 && isCapitalisedCommonPlural(w)));
}

/**
 * `text` with the pronouns removed that point to `subject`, the subject of its main clause as written in it, so what
 * is left shows only pronouns that point outside the sentence. Unchanged when the subject cannot be an antecedent.
 */
export function withoutResolvedPronouns(text: string, subject: string): string {
  const at = subject ? text.indexOf(subject) : -1;
  if (at < 0 || !namesSomething(subject)) return text;
  const number = numberOf(subject);
  if (!number) return text;
  const after = at + subject.length;
  const person = findNameChunks(subject).some((c) => c.kind === "person" && c.name === subject.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s/, ""));
  // Another person named later in the sentence could be the "he" as well.
  if (person && findNameChunks(text.slice(after)).some((c) => c.kind === "person")) return text;
  const patterns = person ? [PERSONAL] : number === "either" ? [SINGULAR, PLURAL] : [number === "plural" ? PLURAL : SINGULAR];
  return text.slice(0, after) + patterns.reduce((rest, p) => rest.replace(p, ""), text.slice(after));
}
