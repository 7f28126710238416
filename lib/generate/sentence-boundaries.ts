import { DOTTED_SYMBOLS } from "./currency-names";

/**
 * Where a run of prose breaks into sentences. A full stop after an abbreviation ("U.S.", "Corp.", "Oct.", "J.")
 * ends a sentence only when the next word is one that starts sentences ("The", "It", "But"), never when it is a
 * name ("the U.S. Treasury said"); after a title ("Mr.", "Dr.") or before a number ("No. 10", "Oct. 3") never, nor
 * after a currency written with a stop before its amount ("Afl. 41.2 million", "Rs. 900").
 * One left-to-right pass with running quote counts, so a paragraph with an unclosed quotation stays linear.
 */

/** Words after which a full stop never ends a sentence when a capital or a number follows. */
// ("H.E. Eng. Khalid Nasser": His Excellency and an engineer's title, as Gulf and Arab statements write them.)
const TITLES = new Set(["mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "st", "sgt", "capt", "col", "lt", "rev", "hon", "fr", "mt", "ft", "jr", "sr", "eng", "h.e"]);
/** Abbreviations that may also end a sentence ("... of Apple Inc. The company ..."); "Sdn. Bhd." (Malaysia), "Pty." and "Pte." are company forms too (strict read W0 #2). */
const ABBREVIATIONS = new Set([
  "inc", "ltd", "co", "corp", "plc", "llc", "sdn", "bhd", "pty", "pte", "tbk", "bros", "dept", "univ", "assn", "est", "approx", "etc", "vs", "no", "nos", "vol", "fig", "p", "pp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "e.g", "i.e",
]);
/** Words that start sentences, not names: after "U.S." they mean a new sentence has begun. */
const SENTENCE_STARTERS = new Set(
  ("the a an this that these those it its he she they we i you his her their our my there here but and so yet however " +
    "meanwhile in on at for by from with after before during when while if although though since as also still then " +
    "instead moreover furthermore besides overall indeed nevertheless no not one some many most all both each every " +
    "other another such what which who how why where last next earlier later today yesterday").split(" "),
);

/** Quotation marks whose balance keeps a multi-sentence quotation together with its attribution. */
const QUOTE_LIMIT_CHARS = 1200;

function lastToken(text: string, end: number): string {
  let i = end;
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
  return text.slice(i, end);
}

function nextWord(text: string, from: number): string {
  const m = /^\s+["“‘(]?([\p{L}\d][\p{L}\d'’-]*)/u.exec(text.slice(from, from + 60));
  return m?.[1] ?? "";
}

/** Does the full stop at `dot` (the "." itself) end the sentence? */
function fullStopEnds(text: string, dot: number): boolean {
  // The token with its own dots: "U.S." -> "U.S", "Corp." -> "Corp", "(Oct." -> "Oct".
  const token = lastToken(text, dot).replace(/^[("“‘]+/, "");
  const bare = token.toLowerCase();
  const next = nextWord(text, dot + 1);
  const nextIsNumber = /^\d/.test(next);
  if (TITLES.has(bare)) return false;
  if (nextIsNumber && DOTTED_SYMBOLS.has(token)) return false;
  const initialism = /^(?:\p{Lu}\.)*\p{Lu}$/u.test(token) || /^\p{L}(?:\.\p{L})+$/u.test(token);
  if (!initialism && !ABBREVIATIONS.has(bare)) return true;
  if (nextIsNumber) return false;
  return SENTENCE_STARTERS.has(next.toLowerCase());
}

/** Sentences of one prose paragraph (Markdown already removed), in order, trimmed. */
export function sentenceBoundaries(text: string): string[] {
  const pieces: string[] = [];
  const re = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  let start = 0;
  let curly = 0;
  let straight = 0;
  let counted = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    // Quote balance from `counted` on only: each character is looked at once.
    for (let i = counted; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c) curly++;
      else if (c === 0x201d) curly = Math.max(0, curly - 1);
      else if (c === 34) straight ^= 1;
    }
    counted = end;
    if (m[0].charAt(0) === "." && !fullStopEnds(text, m.index)) continue;
    // Keep a quotation together, unless the quote was never closed and the "sentence" is running away.
    if ((curly > 0 || straight === 1) && end - start < QUOTE_LIMIT_CHARS) continue;
    const piece = text.slice(start, end).trim();
    if (piece) pieces.push(piece);
    start = end;
    curly = 0;
    straight = 0;
  }
  const rest = text.slice(start).trim();
  if (rest) pieces.push(rest);
  return pieces;
}
