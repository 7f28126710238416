import { escapePattern } from "./escape-pattern";
import { findNameChunks, type NameChunk } from "./find-name-chunks";
import { HONORIFIC_WORDS, KIN, isKnownRoleNoun, isRoleNoun } from "./entity-rules";
import { peopleMaybeIn, type KnownPeople } from "./known-people";

/**
 * Whether a sentence names a person other than `person`, so that a later He or She may be either of them and is
 * given to no one (issue 9, lane pronoun93): "Her husband, Wiremu, died in 2001. He founded the trust" is the
 * husband's, not the obituary's subject's; after "her daughter Ana Ferraro", a bare "Ferraro" or "She" may be the
 * daughter as well as Lucía Ferraro.
 */

// (entity-rules' honorifics, and the titles isRoleNoun does not read as roles: "Miss", "King", "Emir", "Premier".)
const HONORIFIC = new RegExp(String.raw`^(?:${HONORIFIC_WORDS}|Miss|King|Sheikha|Emir|Premier)\.?$`);
/** "Ms.", "Premier", "Co-author": a word before a name that is no part of it. */
const isTitleWord = (word: string) => HONORIFIC.test(word) || (/^\p{Lu}/u.test(word) && isRoleNoun(word.toLowerCase()));
/** A name's words without the titles before it: "Premier Tshangela" -> ["Tshangela"]. */
function wordsOf(name: string): string[] {
  const words = name.split(" ");
  let i = 0;
  while (i < words.length - 1 && isTitleWord(words[i] ?? "")) i++;
  return words.slice(i);
}

/**
 * "Kowalczyk", "Ms. Kettunen", "Premier Tshangela", "Lucía Elena Ferraro", "Solberg Haugen" are forms of "Lucía Ferraro"
 * or "Ingrid Solberg Haugen": the same last word, and one name's words all in the other's; "Ana Ferraro" is not.
 */
export function samePerson(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.length === 0 || y.length === 0 || x.at(-1) !== y.at(-1)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short[0] === long[0] || short.every((w) => long.includes(w));
}

/**
 * "the chief financial officer", "her late husband", "a farmer", "Boateng's deputy": a determiner or possessive and up
 * to four lower-case words, none of them a determiner ("a farm owned by a farmer" is two phrases, each read).
 */
const NOUN_PHRASE = /(?<![\p{L}’'])([Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|(?!(?:It|He|She|That|There|Here|What|Who|Where|Let)['’]s\b)\p{Lu}[\p{L}-]*['’]s)((?:\s(?!(?:the|his|her|their|an?)\b)\p{Ll}[\p{Ll}-]*){1,4})/gu;
/** Nouns of a person that name no one a He or She may be: plurals, the generic and a group ("a bear population"). */
const NO_ONE = /^(?:people|persons|staff|crew|police|public|woman|man|person|nobody|population|community|family|audience|crowd|group|team)$/;
/** Kin entity-rules' KIN lacks ("partner" is a firm's as often: only someone's, "her partner"). */
const MORE_KIN = /^(?:fiancée?|partner)$/;

/** "great-grandfather", "son-in-law": a hyphenated kin word is its last part, or its first before "-in-law". */
const headOf = (word: string) => word.replace(/-in-law$/, "").replace(/^.*-/, "");

/**
 * Whether a lower-case word is a person's noun ("husband", "coach", "mayor", "great-grandfather", "son-in-law"): one the
 * lexicon or the role list knows, never one guessed from its ending ("the sector", "the river", "her career").
 */
function isPersonNoun(word: string, det: string): boolean {
  const w = headOf(word);
  return isKnownRoleNoun(w) || KIN.test(w) || (MORE_KIN.test(w) && (w !== "partner" || /^(?:his|her)$/i.test(det)));
}

/** The person's nouns a sentence writes, each with its determiner, where it starts and where its head noun ends. */
function personNounsIn(text: string): { det: string; noun: string; start: number; end: number }[] {
  const found: { det: string; noun: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(NOUN_PHRASE)) {
    const words = (m[2] ?? "").trim().split(" ");
    // (The last person's noun of the phrase is its head: "the chief financial officer", not "the chief".)
    let head = -1;
    for (let i = 0; i < words.length; i++) if (isPersonNoun(words[i] ?? "", m[1] ?? "")) head = i;
    const noun = words[head] ?? "";
    if (head < 0 || NO_ONE.test(noun) || (/s$/.test(noun) && !/ss$/.test(noun))) continue;
    const end = m.index + (m[1] ?? "").length + words.slice(0, head + 1).join(" ").length + 1;
    found.push({ det: (m[1] ?? "").toLowerCase(), noun, start: m.index, end });
  }
  return found;
}

/** Whether `text` names someone through a possessive and a person's noun ("Her husband, Wiremu, ..."): never the owner. */
export const namesPossessedPerson = (text: string): boolean => personNounsIn(text).some((n) => !/^(?:the|an?)$/.test(n.det));

/** Whether `text` names someone by a person's noun: "met the governor", "her husband". */
export const namesDescribedPerson = (text: string): boolean => personNounsIn(text).length > 0;

/** A name after a person's noun: ", Wilber Mairena," or ", Wiremu," or " Kofi Boateng opened". */
const APPOSED_NAME = /^,?\s(\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3})(?=,|\s\p{Ll})/u;
/** What follows a person's noun, past an "of ..." or "for ..." set off by a comma: "minister of economy, Elton Dervishi". */
const afterNoun = (text: string, end: number) => text.slice(end).replace(/^\s(?:of|for)\s[^,.;:]{1,40}(?=,)/u, "");

/** Before a noun that says what the subject is ("She was the first engineer", "named chief engineer"): no one else. */
const PREDICATE_BEFORE = /\b(?:is|was|were|are|be|been|became|become|becomes|remains|remained|as|named|appointed|elected|served)\s(?:(?:also|later|then|now|still|already|once|again|never|long)\s){0,2}$/;
/** A name and its comma just before the noun, past an owner's name: "Kofi Boateng, Ghana's", "Aimée Mwamba, the DRC's". */
const NAME_BEFORE = /(\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}),\s(?:the\s)?(?:\p{Lu}[\p{L}’'.&-]*\s)*$/u;

/**
 * Whether `text` names a second person (other than `person`, when given) by a singular person's noun ("met the governor", "her husband"), not one that
 * is a name's own description ("Ama Boateng, the minister,", "the builder Joachim Brenner", whose name is read as a
 * name; "The head of production, Sione Havili, ..." when `surname` is in the sentence), nor what the subject is ("She
 * was the first engineer").
 */
export function namesAnotherByNoun(text: string, person?: string): boolean {
  const surname = person === undefined ? undefined : wordsOf(person).at(-1);
  const ownNamed = surname !== undefined && new RegExp(`\\b${escapePattern(surname)}\\b`, "u").test(text);
  const own = person === undefined ? [] : wordsOf(person);
  for (const n of personNounsIn(text)) {
    // ("Their captain, Wilber Mairena, opened the scoring": the noun set off before `person`'s own name is theirs.)
    const after = afterNoun(text, n.end);
    const apposed = APPOSED_NAME.exec(after)?.[1];
    if (person !== undefined && apposed && samePerson(apposed, person)) continue;
    // (His, her or their noun, a name's kin, or one of `person`'s by name ("Boateng's deputy"), is someone other than the owner; a
    // place's or a firm's title may be a name's own: "Kofi Boateng, Ghana's energy minister,". "a farmer" is read like
    // "the farmer".)
    const owner = n.det.replace(/['’]s$/, "");
    const kin = KIN.test(headOf(n.noun)) || MORE_KIN.test(n.noun);
    if (/^(?:his|her|their)$/.test(n.det) || (!/^(?:the|an?)$/.test(n.det) && kin) || own.some((w) => w.toLowerCase() === owner)) return true;
    const before = text.slice(0, n.start);
    // (A place's or a firm's title is `person`'s own only beside `person`'s name, before it or after it (above): "Gabon's
    // minister of foreign affairs, Clarisse Mboumba-Nzé," is a second person, as is "Mensah's deputy, Kwame,".)
    if (!/^(?:the|an?)$/.test(n.det)) {
      const named = NAME_BEFORE.exec(before)?.[1];
      if ((person !== undefined && named && samePerson(named, person)) || PREDICATE_BEFORE.test(before)) continue;
      return true;
    }
    if (NAME_BEFORE.test(before) || /^,?\s\p{Lu}/u.test(after) || PREDICATE_BEFORE.test(before)) continue;
    if (ownNamed && n.start === 0) continue;
    return true;
  }
  return false;
}

/** Words that may stand before a surname and leave it bare: "In Ferraro's view", "But Ferraro said". */
const BARE_BEFORE = /^(?:A|An|In|On|At|For|From|With|By|To|Of|And|But|Or|As|After|Before|When|While|Since|Until|Under|Like|Then|So|Yet)$/;

/**
 * Whose a surname written at `index` of `text` is, with `person`'s surname: "own" after a word of `person`'s name
 * ("Lucía Elena Ferraro", "Solberg Haugen"), "other" after another name word ("Ana Ferraro", "Wiremu Ngata"), "bare"
 * alone or after an honorific or a title ("Ferraro said", "Ms. Ferraro", "Judge Ferraro"), which is anyone's of that
 * surname, and "none" after "the" ("the Ferraro grants"), which names no one.
 */
function surnameAt(text: string, index: number, person: string): "own" | "other" | "bare" | "none" {
  const before = text.slice(0, index);
  const prev = /(\S+)\s$/u.exec(before)?.[1] ?? "";
  if (/^[Tt]he$/.test(prev)) return "none";
  if (!/^\p{Lu}[\p{L}’'-]*$/u.test(prev) || HONORIFIC.test(prev) || BARE_BEFORE.test(prev) || isRoleNoun(prev.toLowerCase())) return "bare";
  const words = wordsOf(person);
  if (words.slice(0, -1).includes(prev) || (words.length > 1 && new RegExp(`\\b${escapePattern(words[0] ?? "")}\\s(?:\\p{Lu}[\\p{L}.’'-]*\\s){0,2}$`, "u").test(before))) return "own";
  return "other";
}

/**
 * Whether `text` names a person other than `person`: a known person of another surname, a name that shares
 * `person`'s surname under another first name ("Wiremu Ngata" beside Aroha Ngata), a bare surname that another known
 * person also has (after "her daughter Ana Ferraro", "Ferraro said" is either), a person's name chunk of another form,
 * or someone by a possessive and a person's noun ("Her husband, Wiremu, ..."). `chunks` are the sentence's name
 * chunks when the caller has them.
 */
export function namesOtherPerson(text: string, person: string, people: KnownPeople, chunks?: readonly NameChunk[]): boolean {
  const surname = wordsOf(person).at(-1) ?? person;
  if (namesAnotherByNoun(text, person)) return true;
  const known = peopleMaybeIn(people, text);
  // (A bare surname is `person`'s alone when no other known person has it.)
  const shared = known.some((p) => !samePerson(p, person) && p.split(" ").pop() === surname);
  for (const p of known) if (!samePerson(p, person) && p.split(" ").pop() !== surname && new RegExp(`\\b${escapePattern(p.split(" ").pop() ?? p)}\\b`, "u").test(text)) return true;
  if (text.includes(surname)) {
    for (const m of text.matchAll(new RegExp(`\\b${escapePattern(surname)}\\b`, "gu"))) {
      const whose = surnameAt(text, m.index, person);
      if (whose === "other" || (whose === "bare" && shared)) return true;
    }
  }
  return (chunks ?? findNameChunks(text)).some((c) => c.kind === "person" && !samePerson(c.name, person));
}

/**
 * Whether `text` writes a surname bare ("Ferraro said ...", "Ms. Ferraro was born ...") that two known people of other
 * first names share (Lucía and her daughter Ana Ferraro): which of them it is, nothing says, so the sentence is asked
 * nothing.
 */
export function bareSharedSurname(text: string, people: KnownPeople): boolean {
  const known = peopleMaybeIn(people, text);
  for (const p of known) {
    const surname = p.split(" ").pop() ?? p;
    if (!known.some((q) => q.split(" ").pop() === surname && !samePerson(q, p))) continue;
    for (const m of text.matchAll(new RegExp(`\\b${escapePattern(surname)}\\b`, "gu"))) if (surnameAt(text, m.index, p) === "bare") return true;
  }
  return false;
}

/**
 * Whom a sentence calls she ("f") or he ("m") by its pronouns, when it uses one kind only: "died ... at her home" is
 * "f"; "She said he ..." is neither.
 */
export function genderOf(text: string): "f" | "m" | null {
  const f = /\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/.test(text);
  const m = /\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b/.test(text);
  return f === m ? null : f ? "f" : "m";
}

/** The gender of the pronoun a sentence opens with: "She ...", "Her ...", "It was his ninth goal". */
export function openingGender(text: string): "f" | "m" | null {
  const m = /^(?:(She|Her)|(He|His))\s|^It\s+(?:was|is)\s+(?:also\s+|only\s+)?(?:(her)|(his))\s/.exec(text);
  return !m ? null : m[1] || m[3] ? "f" : "m";
}
