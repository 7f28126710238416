import { escapePattern } from "./escape-pattern";
import { remembered } from "./remembered";

/**
 * Whether `part` stands in `text` as a whole word: no letter or digit touches it on either side. The same answer as
 * `new RegExp("(?<![\\p{L}\\d])" + part + "(?![\\p{L}\\d])", matchCase ? "u" : "iu").test(text)`, without compiling
 * that pattern for every name: V8 compiles a Unicode letter class with case folding anew in each such pattern
 * (about a millisecond apiece), while a bare literal compiles in microseconds. The word-boundary checks are the same
 * lookarounds, compiled once, run (sticky) at each place the literal is found.
 */
export function hasWholeWord(text: string, part: string, matchCase = false): boolean {
  if (surelyAbsent(text, part, matchCase)) return false;
  const literal = literalPattern(`${matchCase ? "c" : "i"}${part}`);
  const [notAfterWord, notBeforeWord] = matchCase ? CASE_BOUNDARIES : CASELESS_BOUNDARIES;
  literal.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = literal.exec(text))) {
    notAfterWord.lastIndex = m.index;
    notBeforeWord.lastIndex = m.index + m[0].length;
    if (notAfterWord.test(text) && notBeforeWord.test(text)) return true;
    // Matches may overlap ("aa" in "aaa"): look again one code point further on.
    literal.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return false;
}

/**
 * How often `part` stands in `text` as a whole word, with case: the number of matches of
 * `new RegExp("(?<![\\p{L}\\d])" + part + "(?![\\p{L}\\d])", "gu")`, which do not overlap. Found with indexOf and the
 * same lookarounds (sticky) rather than that pattern: compiling it per name and running its lookbehind at every place
 * of a long body cost a 2 MB article 2% of its time.
 */
export function countWholeWord(text: string, part: string): number {
  if (part === "") return [...text.matchAll(/(?<![\p{L}\d])(?![\p{L}\d])/gu)].length;
  const [notAfterWord, notBeforeWord] = CASE_BOUNDARIES;
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; ) {
    notAfterWord.lastIndex = at;
    notBeforeWord.lastIndex = at + part.length;
    if (notAfterWord.test(text) && notBeforeWord.test(text)) {
      n++;
      at = text.indexOf(part, at + part.length);
    } else at = text.indexOf(part, at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1));
  }
  return n;
}

/**
 * `text` with every whole-word `part` (caseless; no letter, digit or hyphen touching it) replaced by `by`, or null when
 * there is none: `text.replace(new RegExp("(?<![\\p{L}\\d-])" + part + "(?![\\p{L}\\d-])", "giu"), by)` without
 * compiling that pattern for every part (see hasWholeWord). Matches do not overlap: the scan goes on after each one.
 */
export function replaceWholeWord(text: string, part: string, by: string): string | null {
  if (surelyAbsent(text, part, false)) return null;
  const literal = literalPattern(`i${part}`);
  const [notAfterWord, notBeforeWord] = CASELESS_HYPHEN_BOUNDARIES;
  literal.lastIndex = 0;
  let out = "";
  let from = 0;
  let found = false;
  let m: RegExpExecArray | null;
  while ((m = literal.exec(text))) {
    const end = m.index + m[0].length;
    notAfterWord.lastIndex = m.index;
    notBeforeWord.lastIndex = end;
    if (notAfterWord.test(text) && notBeforeWord.test(text)) {
      out += text.slice(from, m.index) + by;
      from = end;
      found = true;
      literal.lastIndex = end > m.index ? end : end + 1;
    } else literal.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return found ? out + text.slice(from) : null;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * `part` cannot be found in `text` at all, told without compiling its pattern (most parts asked of a title are not in
 * it): with case, a literal is where the string is; without, only when both are ASCII is lower case the whole of
 * Unicode's case folding ("ſ" folds to "s", the Kelvin sign to "k"), so other texts are left to the pattern.
 */
function surelyAbsent(text: string, part: string, matchCase: boolean): boolean {
  if (matchCase) return !text.includes(part);
  return ASCII.test(text) && ASCII.test(part) && !text.toLowerCase().includes(part.toLowerCase());
}

// The lookarounds of the whole-word pattern with its flags (case folding changes what a class matches), sticky.
const CASE_BOUNDARIES = [/(?<![\p{L}\d])/uy, /(?![\p{L}\d])/uy] as const;
const CASELESS_BOUNDARIES = [/(?<![\p{L}\d])/iuy, /(?![\p{L}\d])/iuy] as const;
const CASELESS_HYPHEN_BOUNDARIES = [/(?<![\p{L}\d-])/iuy, /(?![\p{L}\d-])/iuy] as const;

// Keyed "c" + part (match case) or "i" + part; one article's names, forgotten with the rest before the next article.
const literalPattern = remembered((key: string) => new RegExp(escapePattern(key.slice(1)), key.startsWith("c") ? "gu" : "giu"), 2_000);
