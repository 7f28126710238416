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
  // (The dateline's form first: the name's caseless pattern is the costlier test, and most bodies have no dateline.)
  if (/^[\p{Lu}\s.'’-]{3,}[,:]/u.test(dateline) && new RegExp(`(?:^|[\\s,(])${n}(?=[\\s,.:)])`, "iu").test(dateline)) return true;
  // (Written with its case below: a body without the name as written has neither pattern's match.)
  if (!body.includes(name)) return false;
  if (new RegExp(`\\b(?:island|islands|town|city|village|province|region|district|port|county|municipality) of\\s${n}(?![\\p{L}'’-])`, "u").test(body)) return true;
  return new RegExp(`\\bin\\s${n}(?=[,.;]|\\s[—–-]|$)`, "u").test(body);
}

/** A demonym's endings, longest first: "Tahit-ian", "Mali-an", "Aruba-n". */
const DEMONYM_ENDINGS = ["ian", "ean", "an", "ese", "ish", "i", "n"];

/**
 * Whether `word` is the adjective of a place the article names ("Aruban" of Aruba, "Tahitian" of Tahiti, "Malian"
 * of Mali, "Mauritian" of Mauritius): the place is the word less a demonym's ending, perhaps with the place's own
 * last letter back, written as a place in the body or known to the lexicon as one. A title opening "Aruban hotel
 * group lifts profit" names no company called Aruban.
 */
export function demonymOfPlaceIn(word: string, body: string, isPlaceWord: (w: string) => boolean): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return false;
  const stems = new Set(DEMONYM_ENDINGS.filter((ending) => word.endsWith(ending)).map((ending) => word.slice(0, -ending.length)));
  for (const stem of stems) {
    for (const place of [stem, `${stem}a`, `${stem}i`, `${stem}o`, `${stem}ia`, `${stem}e`, `${stem}ius`, `${stem}us`]) {
      if (place === word || place.length < 3 || !body.includes(place) || !new RegExp(`(?<![\\p{L}])${escapePattern(place)}(?![\\p{L}])`, "u").test(body)) continue;
      if (placedInArticle(place, body) || isPlaceWord(place)) return true;
    }
  }
  return false;
}
