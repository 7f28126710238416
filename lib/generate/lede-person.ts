import { MONTHS } from "./calendar-names";
import { DEMONYM_OF } from "./find-entity-facts";

const ROLE = String.raw`prime minister|foreign minister|top diplomat|[a-z]+ minister|president|premier|chancellor|leader|king|queen`;
const ABBREVIATIONS: Record<string, string> = { PM: "prime minister", FM: "foreign minister" };
const COUNTRY_OF: Record<string, string> = Object.fromEntries(Object.entries(DEMONYM_OF).map(([country, demonym]) => [demonym, country]));

export interface LedePerson {
  /** "Poland’s prime minister" */
  descriptor: string;
  name: string;
  /** The sentence that names the role without the person. */
  sentence: string;
  question: string;
}

/**
 * The person a story is about when its title or lede names only the role: "Poland’s prime minister on Tuesday urged
 * ..." and then "Tomasz Wrona, who took office in May, ..."; "Japan’s foreign minister arrived ..." and then
 * "Foreign Minister Haruka Ishida was met ..."; the title "Russian PM wants ..." and a lede that opens with
 * "Mikhail Mishustin". The role's owner and the publication month make the question's one answer.
 */
export function findLedePerson(title: string, sentences: string[], publishedAt: Date | null): LedePerson | null {
  if (!publishedAt) return null;
  const lede = sentences.slice(0, 3);
  let owner: string | null = null;
  let role: string | null = null;
  let roleSentence: string | null = null;
  for (const s of lede) {
    // "Poland’s prime minister on Tuesday urged": a role with no name after it.
    const m = new RegExp(String.raw`\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)[’']s (${ROLE})\b(?!,? (?:[A-Z][a-z]+ ){1,2}[A-Z])`).exec(s);
    if (m && DEMONYM_OF[m[1] ?? ""]) {
      owner = m[1] ?? null;
      role = m[2] ?? null;
      roleSentence = s;
      break;
    }
  }
  if (!owner) {
    const t = new RegExp(String.raw`^([A-Z][a-z]+) (PM|FM|${ROLE.replace(/\[a-z\]\+ /, "")})\b`, "i").exec(title);
    const country = t ? COUNTRY_OF[t[1] ?? ""] : undefined;
    if (t && country) {
      owner = country;
      role = ABBREVIATIONS[t[2] ?? ""] ?? (t[2] ?? "").toLowerCase();
      roleSentence = title;
    }
  }
  if (!owner || !role || !roleSentence) return null;
  // "top diplomat" is what the story calls a foreign minister.
  const rank = role === "top diplomat" ? "foreign minister" : role;
  let name: string | null = null;
  let nameSentence = "";
  const titledIn = new RegExp(String.raw`\b${rank.replace(/\b\w/g, (c) => `[${c}${c.toUpperCase()}]`)} ((?:[A-Z][\p{Ll}'’-]+ ){1,2}[A-Z][\p{Ll}'’-]+)`, "u");
  for (const s of sentences.slice(0, 4)) {
    const titled = titledIn.exec(s);
    const opening = /^((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+)(?:, who\b| [a-z]+\b)/u.exec(s);
    name = titled?.[1] ?? (s !== roleSentence ? opening?.[1] : null) ?? null;
    if (name) {
      nameSentence = s;
      break;
    }
  }
  if (!name) return null;
  // "Poland’s trade minister arrived in Kyiv" + "Trade Minister Olena Kovalenko met him" + "Trade Minister Piotr Nowak
  // said": a visit names both sides' holders of the office, and the first is the host's (review 29: asked "Who was
  // Poland’s trade minister?" with Kovalenko). Two people titled so: whose is which cannot be told.
  const found = name;
  // ("Trade Minister Olena Kovalenko met him at the station": the one who meets the visitor is the host.)
  if (/\b(?:met|welcomed|greeted|hosted|received)\s(?:him|her|them)\b/.test(nameSentence)) return null;
  if (sentences.some((s) => { const other = titledIn.exec(s)?.[1]; return other !== undefined && other !== found; })) return null;
  const descriptor = `${owner}’s ${rank}`;
  return { descriptor, name, sentence: roleSentence, question: `Who was ${descriptor} in ${MONTHS[publishedAt.getUTCMonth()]} ${publishedAt.getUTCFullYear()}?` };
}
