import type { EntityRule } from "./entity-rules";
import { lexiconTags } from "./tag-words";

// Rules for what science news names and its readers learn (genre4 lane): a species' scientific name after its common
// name, and the status the IUCN Red List gives a species. Spread into ENTITY_RULES (entity-rules.ts), where the
// journal rule and the older "the Atlas cedar, Cedrus atlantica" rule live.

/** "Cedrus atlantica", "Giraffa camelopardalis peralta": a genus and Latin epithets, no word the lexicon knows. */
export function isLatinName(name: string): boolean {
  const [genus = "", ...epithets] = name.split(" ");
  return epithets.length > 0 && epithets.every((e) => /(?:i|ae|us|um|a|is|ensis|ica|ina|oides|ix|ex|ax|ans|ens)$/.test(e) && lexiconTags(e).length === 0) && lexiconTags(genus).length === 0;
}

/**
 * The common name a scientific name follows, as a question writes it: "grey mouse lemurs" from "are grey mouse
 * lemurs", "the West African giraffe" from "The West African giraffe", "the sawfly" from "A sawfly"; null when no
 * noun is left or a capitalised word is not part of one ("Nepal, Panthera uncia").
 */
function commonName(words: string): string | null {
  const all = words.split(" ");
  let at = all.length;
  while (at > 0 && !lexiconTags(all[at - 1] ?? "").some((t) => /Copula|Preposition|Determiner|Conjunction|Pronoun|Verb|Tense|Infinitive|Adverb|Gerund|Participle|Value|Comparative|Superlative/.test(t))) at--;
  const name = all.slice(at);
  const before = all[at - 1]?.toLowerCase();
  if (name.length === 0 || name.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 || /^\p{Lu}/u.test(name[i - 1] ?? "")))) return null;
  // A capitalised opening word is a place or demonym ("West African") unless the sentence starts there ("Whale sharks").
  const first = name[0] ?? "";
  const lead = /^\p{Lu}/u.test(first) && name.length > 1 && !/^\p{Lu}/u.test(name[1] ?? "") && before === undefined ? first.toLowerCase() : first;
  const text = [lead, ...name.slice(1)].join(" ");
  return before === "the" || before === "a" || before === "an" || !/s$/.test(name[name.length - 1] ?? "") ? `the ${text}` : text;
}

// The IUCN Red List categories short of extinction, longest first.
const STATUS = String.raw`(?:critically endangered|extinct in the wild|near threatened|least concern|endangered|vulnerable)`;
const IUCN = String.raw`(?:the\s)?(?<body>International Union for Conservation of Nature(?:\s\(IUCN\))?|IUCN)(?:(?:'s|’s)?\sRed List)?`;
/** Whose status it is, as the question names it: a pronoun or "the species" is the article's species. */
function listed(subject: string): string {
  const s = subject.trim();
  if (/^(?:it|they|them|its?|the species|this species|the animal|the bird|the fish)$/i.test(s)) return "the species";
  if (/^(?:The|This)\s/.test(s)) return s.replace(/^(?:The|This)\s/, "the ");
  // "Whale sharks" opening the sentence is a common noun; "Irrawaddy dolphins" keeps its capital.
  const first = s.split(" ")[0] ?? "";
  const tags = lexiconTags(first);
  return tags.length > 0 && !tags.some((t) => /Place|Country|City|Region|Demonym|Person|Name|Organization/.test(t)) ? first.toLowerCase() + s.slice(first.length) : s;
}
export const SCIENCE_RULES: EntityRule[] = [
  {
    name: "a species' IUCN Red List status after 'listed as'",
    requires: /\blisted\sas\b/,
    kind: "organisation",
    // "Irrawaddy dolphins are listed as endangered by the International Union for Conservation of Nature (IUCN)",
    // 'the species is listed as "vulnerable" by the IUCN', "They are listed as ... on the IUCN Red List": the status
    // (a closed list) asked as "What is the status the IUCN gives Irrawaddy dolphins?" under the article's title.
    pattern: new RegExp(String.raw`(?:^|,\s|;\s|\band\s)(?!and\s|but\s)(?<role>(?:[Tt]he\s|[Tt]his\s)?\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,4}?)(?:\s\([^()]{3,60}\))?\s(?:is|are|was|were|has been|have been)\s(?:now\s|currently\s|still\s)?listed\sas\s["“]?(?<name>${STATUS})["”]?\s(?:by|on)\s${IUCN}`, "gu"),
    noun: (g) => `defined status ${g.body === "IUCN" ? "the IUCN" : "the International Union for Conservation of Nature"} gives ${listed(g.role ?? "")}`,
    example: { text: "Whale sharks are listed as endangered by the International Union for Conservation of Nature (IUCN).", name: "endangered", role: "defined status the International Union for Conservation of Nature gives whale sharks" },
  },
  {
    name: "a species' IUCN Red List status after 'the IUCN lists it as'",
    requires: /\blists\s/,
    kind: "organisation",
    // "The International Union for Conservation of Nature (IUCN) lists it as critically endangered."
    pattern: new RegExp(String.raw`${IUCN}\slists\s(?<role>it|them|the\s[a-z][\w-]*(?:\s[a-z][\w-]*)?)\sas\s["“]?(?<name>${STATUS})["”]?`, "gu"),
    noun: (g) => `defined status ${g.body === "IUCN" ? "the IUCN" : "the International Union for Conservation of Nature"} gives ${listed(g.role ?? "")}`,
    example: { text: "The IUCN lists it as vulnerable.", name: "vulnerable", role: "defined status the IUCN gives the species" },
  },
  {
    name: "a species' scientific name in brackets or commas after its common name",
    requires: /[(,]\s?\p{Lu}\p{Ll}{2,}\s\p{Ll}{3,}(?:\s\p{Ll}{3,})?[),]/u,
    kind: "organisation",
    // "Whale sharks (Rhincodon typus) are the largest fish", "The West African giraffe (Giraffa camelopardalis peralta)",
    // "A sawfly, Cephalcia tannourinensis, first recorded in 1998", "the rarer fluted giant clam, Tridacna squamosa,":
    // a genus, a Latin epithet and perhaps a subspecies after a common name of up to four words, asked as "What is the
    // scientific name of whale sharks?". The common name is the words before that are not verbs, prepositions and the
    // like ("are grey mouse lemurs (Microcebus murinus)" is "grey mouse lemurs").
    pattern: /(?<![\p{L}-])(?<role>(?:\p{L}[\p{L}-]*\s){0,4}\p{Ll}[\p{Ll}-]*)(?:\s\(|,\s)(?<name>\p{Lu}\p{Ll}{2,}\s\p{Ll}{3,}(?:\s\p{Ll}{3,})?)(?:\)|,\s)/gu,
    accept: (g) => isLatinName(g.name ?? "") && commonName(g.role ?? "") !== null,
    noun: (g) => `defined scientific name of ${commonName(g.role ?? "")}`,
    example: { text: "The animals in question are pygmy shrews (Sorex minutus), which weigh 5 grams.", name: "Sorex minutus", role: "defined scientific name of pygmy shrews" },
  },
];
