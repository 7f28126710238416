/**
 * Names a text defines by a short term, as decisions and legal statements do: "The Barbados Light & Power Company
 * Limited (BL&P or “the Company”)", "the Harbour Utilities Board (“the Board”)". A later "The Company" is that name,
 * whatever else the article is about (strict read G0 items 48, 49: a regulator's "the Company" was written as the
 * regulator). Keyed by the term's noun in lower case; a term defined twice, for two names, means neither.
 */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\d&.’'-]*|&)`;
const DEFINITION = new RegExp(
  String.raw`(${NAME_WORD}(?:\s(?:${NAME_WORD}|of|and|for|the|de|du)){0,8})\s\((?:[^()]{0,40}?\bor\s)?[“"‘']the\s(\p{Lu}\p{Ll}+)[”"’']\)`,
  "gu",
);

export function definedTerms(text: string): Map<string, string> {
  const terms = new Map<string, string | null>();
  for (const m of text.matchAll(DEFINITION)) {
    const name = (m[1] ?? "").replace(/\s(?:of|and|for|the|de|du)$/, "");
    const noun = (m[2] ?? "").toLowerCase();
    if (!name || !noun) continue;
    const known = terms.get(noun);
    terms.set(noun, known === undefined || known === name ? name : null);
  }
  const defined = new Map<string, string>();
  for (const [noun, name] of terms) if (name) defined.set(noun, name);
  return defined;
}
