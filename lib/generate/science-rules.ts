import type { EntityRule } from "./entity-rules";
import { lexiconTags } from "./tag-words";

// Rules for what science news names and its readers learn: the status the IUCN Red List gives a species. Spread into
// ENTITY_RULES (entity-rules.ts), where the journal rule and a species' scientific name ("the Atlas cedar, Cedrus
// atlantica", "grey mouse lemurs (Microcebus murinus)") live.

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
    // (a closed list) asked as "What is the status the IUCN gives Irrawaddy dolphins?" under the article's title. A
    // status in the past ("was listed as vulnerable in 1996", "is listed as ... until 2019") may no longer hold: not asked.
    pattern: new RegExp(String.raw`(?:^|,\s|;\s|\band\s)(?!and\s|but\s)(?<role>(?:[Tt]he\s|[Tt]his\s)?\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,4}?)(?:\s\([^()]{3,60}\))?\s(?:is|are|has been|have been)\s(?:now\s|currently\s|still\s)?listed\sas\s["“]?(?<name>${STATUS})["”]?\s(?:by|on)\s${IUCN}(?![^.;]*?\s(?:until|in)\s\d{4})`, "gu"),
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
];
