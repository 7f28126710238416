/** A sentence longer than this is split at clause boundaries; a clause still longer is dropped. */
export const MAX_SENTENCE_WORDS = 100;
/**
 * No word or number of a sentence the generator reads is longer than this: every pattern that scans a run of digits
 * from each of its positions (find-value-spans' "\d+%") is quadratic in its length, and a 50,000-digit "number" took
 * 2.7 s per sentence. Such a sentence (a hash, a data dump, a long URL) is skipped.
 */
export const MAX_TOKEN_CHARS = 50;
const OVERLONG_TOKEN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1}}`);
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
  return cutLongSentence(sentence).filter((s) => s.length <= MAX_SENTENCE_CHARS && !OVERLONG_TOKEN.test(s));
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
