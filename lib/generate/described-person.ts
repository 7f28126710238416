import { escapePattern } from "./escape-pattern";
import { findNameChunks } from "./find-name-chunks";
import { isRoleNoun } from "./entity-rules";
import { peopleNamedIn } from "./resolve-subject-pronoun";
import type { KnownPeople } from "./known-people";

/**
 * "... the energy minister, Ama Boateng. The minister later visited a farm in Tamale. She announced a grant ...": a He
 * or She after a sentence whose subject is a person's description ("The minister", "The chief executive") is the
 * person that description last named, not whoever the story was last about. The nearest sentence before that gives
 * the role a name ("Minister Ama Boateng", "the energy minister, Ama Boateng", "Ama Boateng, the minister") says who
 * when it is the sentence right before the description; further back, the few sentences before must name one holder
 * of the role. `null` when two hold it (then nobody can say which, and the He or She is not written in). Undefined
 * when the sentence before opens with no such description, or no sentence before names its role: the story's person
 * (the caller's) stands, as before.
 */
const DESCRIBED = /^The\s(?:(?:new|former|acting|interim|deputy|local|visiting|[\p{Ll}-]+)\s){0,2}?(\p{Ll}[\p{Ll}-]*)(?=[\s,])/u;
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}`;

export function describedPersonBefore(text: string, previous: string | null, earlier: readonly string[], people: readonly string[] | KnownPeople): string | null | undefined {
  if (!previous || !/^(?:He|She|His|Her)\s/.test(text)) return undefined;
  const role = DESCRIBED.exec(previous)?.[1];
  if (!role || !isRoleNoun(role)) return undefined;
  // ("Minister" or "minister": the first letter either way, the name's capitals kept strict.)
  const word = `[${role.charAt(0).toUpperCase()}${role.charAt(0)}]${escapePattern(role.slice(1))}`;
  // "Minister Ama Boateng", "the energy minister, Ama Boateng", "Ama Boateng, the minister of energy".
  const after = new RegExp(String.raw`\b${word},?\s(${NAME})`, "gu");
  const before = new RegExp(String.raw`(${NAME}),\s(?:the\s|a\s|its\s)?(?:(?!(?:and|or|with)\s)[\p{L}-]+\s){0,3}${word}\b`, "gu");
  const all = new Set<string>();
  for (const [i, sentence] of [...earlier].reverse().entries()) {
    if (!new RegExp(String.raw`\b${word}\b`, "u").test(sentence)) continue;
    const named = new Set<string>();
    for (const m of [...sentence.matchAll(after), ...sentence.matchAll(before)]) {
      const name = (m[1] ?? "").replace(/[.’']+$/, "");
      const found = peopleNamedIn(name, people);
      // (A name of two or three words that is no place or body is a person's too, known to the article or not.)
      const person = found.length === 1 ? found[0] : found.length === 0 && /^\S+(?:\s\S+){1,2}$/.test(name) && findNameChunks(name).every((c) => c.kind === "person") ? name : null;
      if (person) named.add(person);
    }
    // The sentence right before the description says who; one further back does only when no other holder of the
    // role is named in between or before it ("Development Minister Mette Holm ... the energy minister, Ama Boateng").
    if (i === 0 && named.size > 0) return named.size === 1 ? ([...named][0] ?? null) : null;
    for (const n of named) all.add(n);
  }
  return all.size === 0 ? undefined : all.size === 1 ? ([...all][0] ?? null) : null;
}
