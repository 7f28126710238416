/** A sentence longer than this is split at clause boundaries; a clause still longer is dropped. */
export const MAX_SENTENCE_WORDS = 100;
/**
 * No word or number of a sentence the generator reads is longer than this: every pattern that scans a run of digits
 * from each of its positions (find-value-spans' "\d+%") is quadratic in its length, and a 50,000-digit "number" took
 * 2.7 s per sentence. Such a sentence (a hash, a data dump, a long URL) is skipped.
 */
export const MAX_TOKEN_CHARS = 50;
/** The code units JavaScript's \s matches (WhiteSpace and LineTerminator): what ends a token, as /\S{51}/ read it. */
const SPACE_CODES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/**
 * Whether the text has a run of more than MAX_TOKEN_CHARS code units with no space in it. One pass: the pattern
 * /\S{51}/ it replaces restarted at every position (410 ms of the 2 MB bench article).
 */
export function hasOverlongToken(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c < 0x7f ? c <= 0x0d && c >= 0x09 : SPACE_CODES.has(c))) run = 0;
    else if (++run > MAX_TOKEN_CHARS) return true;
  }
  return false;
}

/** A hundred words of ordinary length; longer means very long tokens, and the sentence is skipped. */
const MAX_SENTENCE_CHARS = 1500;

/** A clause shorter than this stays with the one before it ("X; Y and Z" lists). */
const MIN_CLAUSE_WORDS = 5;

const CLAUSE_BOUNDARY = /;\s+|,\s+and\s+|\s+[–—]\s+/g;

export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function asSentence(clause: string): string {
  const t = clause.trim().replace(/[;,:–—\s]+$/, "");
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]["”’)]*$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A sentence as one or more sentences of at most MAX_SENTENCE_WORDS words: as it is when short enough, else cut
 * at semicolons, ", and" and dashes; none with a token over MAX_TOKEN_CHARS. Every later stage looks at a whole sentence per fact, so an unbounded
 * "sentence" (a page with no full stop) would make generation quadratic; clauses that cannot be cut are skipped.
 */
export function splitLongSentence(sentence: string): string[] {
  return cutLongSentence(sentence).filter((s) => s.length <= MAX_SENTENCE_CHARS && !hasOverlongToken(s));
}

function cutLongSentence(sentence: string): string[] {
  if (wordCount(sentence) <= MAX_SENTENCE_WORDS) return [sentence];
  const spans: [number, number][] = [];
  let start = 0;
  const close = (end: number) => {
    const previous = spans[spans.length - 1];
    if (previous && wordCount(sentence.slice(start, end)) < MIN_CLAUSE_WORDS) previous[1] = end;
    else spans.push([start, end]);
  };
  for (const m of sentence.matchAll(CLAUSE_BOUNDARY)) {
    close(m.index);
    start = m.index + m[0].length;
  }
  close(sentence.length);
  const clauses = spans.map(([from, to]) => sentence.slice(from, to));
  return clauses
    .map((c) => c.trim())
    .filter((c) => c && wordCount(c) >= MIN_CLAUSE_WORDS && wordCount(c) <= MAX_SENTENCE_WORDS)
    .map(asSentence);
}
