import { findNameChunks } from "./find-name-chunks";
import { isFiniteVerb, lexiconTags } from "./tag-words";

/**
 * "Marek Kowalczyk struck twice. He now has 11 league goals": a sentence that opens with He or She is
 * about the one person the sentence before it named. The name is written in ("Marek Kowalczyk now has 11 league
 * goals"), so the sentence's facts are found, placed and asked like any other's. When the sentence before named
 * no one, or two people, the person is unclear and the sentence is left as it is (its pronoun keeps it unasked).
 */

// (An opening "His coach, X, said" is left to the role rules, which ask "Who is Cheruiyot’s coach?" from it.)
const OPENING = /^(He|She)\s/;

/**
 * The people a sentence names, in full: the names the article gave before (`people`, matched by surname too:
 * "Kowalczyk") and names of a person's form (a known first name, an honorific).
 */
export function peopleNamedIn(text: string, people: readonly string[]): string[] {
  const named = new Set<string>();
  const covered: [number, number][] = [];
  for (const p of people) {
    const surname = p.split(" ").pop() ?? p;
    const at = text.search(new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u"));
    if (at >= 0) {
      named.add(p);
      covered.push([at, at + surname.length]);
    }
  }
  for (const c of findNameChunks(text)) {
    if (c.kind !== "person" || covered.some(([s, e]) => c.start < e && c.end > s)) continue;
    named.add(people.find((p) => p.endsWith(` ${c.name}`)) ?? c.name);
  }
  return [...named];
}

/**
 * The one person a sentence names when that person is what it is about: its subject ("Celtic manager Aidan Doyle
 * said ...", "Albania's minister of economy, Elton Dervishi, said ...") or the speaker of its quotation ('"...," said
 * Dr Kojo Mensah'). One named after the verb ("El Idrissi now has seven goals, one behind Berkane's striker Ibrahim
 * Koné") is not: "He" in the next sentence is still El Idrissi, whom no rule may have known as a person.
 */
export function personSubjectOf(text: string, people: readonly string[]): string | null {
  const named = peopleNamedIn(text, people);
  const person = named.length === 1 ? (named[0] ?? null) : null;
  if (!person) return null;
  const surname = person.split(" ").pop() ?? person;
  const at = text.search(new RegExp(`(?:${person.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}|\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b)`, "u"));
  if (at < 0) return null;
  const before = text.slice(0, at);
  if (/[”"],?\s+(?:said|says|added|told)\s[^“”"]*$/.test(before) || /^[“"][^“”"]*[”"],?\s*$/.test(before)) return person;
  const words = before.split(/\s+/).filter(Boolean);
  const verbBefore = words.some((w, i) => isFiniteVerb(w.replace(/[^\p{L}]/gu, ""), words[i - 1]));
  return verbBefore || /[“”"]/.test(before) ? null : person;
}

/**
 * `text` with its opening He or She written as `person`, the one person the sentence before named; null when
 * it does not open so, no one person is known, or the lexicon knows the first name as the other sex's.
 */
export function resolveSubjectPronoun(text: string, person: string | null): string | null {
  const opening = OPENING.exec(text);
  if (!opening || !person) return null;
  const pronoun = opening[1] ?? "";
  const first = lexiconTags(person.split(" ")[0] ?? "");
  if ((pronoun === "He" && first.includes("FemaleName")) || (pronoun === "She" && first.includes("MaleName"))) return null;
  return `${person} ${text.slice(opening[0].length)}`;
}
