import { escapePattern } from "./escape-pattern";

/**
 * Whether the article writes `name` as a place: in its dateline ("MINDELO, Nov. 26 —", "SANTO ANTÓNIO, Príncipe,
 * 18 November —"), after a kind of place and "of" ("the island of Príncipe"), or after "in" or "based in" and before
 * a comma or full stop ("in Mindelo, on the island of ..."). A title that opens with such a name ("Mindelo tuna
 * canner's profit doubles") names where the story is, never what "the company" is.
 */
export function placedInArticle(name: string, body: string): boolean {
  const n = escapePattern(name);
  const dateline = /^[^\n]{0,80}?\s[—–-]\s/u.exec(body.trimStart())?.[0] ?? "";
  if (new RegExp(`(?:^|[\\s,(])${n}(?=[\\s,.:)])`, "iu").test(dateline) && /^[\p{Lu}\s.'’-]{3,}[,:]/u.test(dateline)) return true;
  if (new RegExp(`\\b(?:island|islands|town|city|village|province|region|district|port|county|municipality) of\\s${n}(?![\\p{L}'’-])`, "u").test(body)) return true;
  return new RegExp(`\\bin\\s${n}(?=[,.;]|\\s[—–-]|$)`, "u").test(body);
}
