import { MONTH_NAME_SOURCE, WEEKDAY_SOURCE } from "./calendar-names";
import { escapePattern } from "./escape-pattern";
import { findNameChunks } from "./find-name-chunks";
import { isRoleNoun } from "./entity-rules";
import { peopleNamedIn } from "./resolve-subject-pronoun";
import { NAME_WORD } from "./unplaced-referent";
import { namesDescribedPerson } from "./other-person-named";
import type { KnownPeople } from "./known-people";

/**
 * "... the energy minister, Ama Boateng. The minister later visited a farm in Tamale. She announced a grant ...": a He
 * or She after a sentence whose subject is a person's description ("The minister", "The chief executive") is the
 * person that description names only when the sentence right before the description names exactly one holder of
 * exactly that role, and that name is a person's. Anything less sure is `null` (the He or She is not written in, and
 * no one is whom the story is about): a deputy, vice, former or acting holder ("Kofi Mensah, the deputy minister"),
 * two holders, a holder named further back, or a "name" that is a time or place ("On Tuesday, the minister ...").
 * Undefined when the sentence before opens with no such description: the caller's person stands, as before.
 */
const DESCRIBED = /^The\s(?:([\p{Ll}-]+)\s){0,2}?(\p{Ll}[\p{Ll}-]*)(?=[\s,])/u;
const NAME = String.raw`${NAME_WORD}(?:\s${NAME_WORD}){0,3}`;
/** A holder of another office than the one described: "deputy minister", "former finance minister", "vice president". */
export const QUALIFIED = /\b(?:deputy|vice|former|ex|junior|assistant|acting|shadow|interim|outgoing|incoming|previous|late|then)(?:\s|-)/i;
/** "On Tuesday", "In March", "At Tamale": an opener before a comma, no person's name. */
const NOT_A_PERSON = new RegExp(String.raw`^(?:On|In|At|By|From|For|Since|Until|After|Before|During|The|A|An|This|That|Last|Next|Earlier|Later|Meanwhile|However)\b|\b(?:${WEEKDAY_SOURCE}|${MONTH_NAME_SOURCE})\b`, "u");

export function describedPersonBefore(text: string, previous: string | null, earlier: readonly string[], people: readonly string[] | KnownPeople): string | null | undefined {
  if (!previous || !/^(?:He|She|His|Her)\s/.test(text)) return undefined;
  const described = DESCRIBED.exec(previous);
  const role = described?.[2];
  if (!described || !role || !isRoleNoun(role)) return undefined;
  // ("The deputy minister later visited ...": which deputy is never sure.)
  if (QUALIFIED.test(described[0])) return null;
  // ("The minister met the governor. She said ...": with a second person in that sentence, She may be either.)
  const rest = previous.slice(described[0].length);
  if (namesDescribedPerson(rest) || peopleNamedIn(rest, people).length > 0 || findNameChunks(rest).some((c) => c.kind === "person")) return null;
  const right = earlier[earlier.length - 1];
  // ("Minister" or "minister": the first letter either way, the name's capitals kept strict.)
  const word = `[${role.charAt(0).toUpperCase()}${role.charAt(0)}]${escapePattern(role.slice(1))}`;
  if (!right || !new RegExp(String.raw`\b${word}\b`, "u").test(right)) return null;
  // "Minister Ama Boateng", "the energy minister, Ama Boateng", "Ama Boateng, the minister of energy".
  const after = new RegExp(String.raw`((?:\S+\s){0,2})\b${word},?\s(${NAME})`, "gu");
  const before = new RegExp(String.raw`(${NAME}),\s((?:the\s|a\s|an\s|its\s)?(?:(?!(?:and|or|with)\s)[\p{L}-]+\s){0,3})${word}\b`, "gu");
  // Every mention of the role in that sentence must be of a plain holder: "the former minister Kofi Mensah" is not "the
  // minister", and with him beside the minister nobody can say which one the description means.
  const mentions = [...right.matchAll(new RegExp(String.raw`((?:\S+\s){0,3})${word}\b`, "gu"))];
  if (mentions.some((m) => QUALIFIED.test(m[1] ?? "") || /-$/.test(m[1] ?? ""))) return null;
  const named = new Set<string>();
  const candidates = [...[...right.matchAll(after)].map((m) => m[2] ?? ""), ...[...right.matchAll(before)].map((m) => m[1] ?? "")];
  for (const raw of candidates) {
    const name = raw.replace(/[.’']+$/, "");
    if (NOT_A_PERSON.test(name)) return null;
    const found = peopleNamedIn(name, people);
    const chunks = findNameChunks(name);
    // A person the article knows, or a name of two or three words its chunker calls only a person.
    const person = found.length === 1 ? found[0] : found.length === 0 && /^\S+(?:\s\S+){1,2}$/.test(name) && chunks.length > 0 && chunks.every((c) => c.kind === "person") ? name : null;
    if (!person) return null;
    named.add(person);
  }
  return named.size === 1 ? ([...named][0] ?? null) : null;
}
