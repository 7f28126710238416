/** A sentence longer than this is split at clause boundaries; a clause still longer is dropped. */
export const MAX_SENTENCE_WORDS = 100;
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
 * at semicolons, ", and" and dashes. Every later stage looks at a whole sentence per fact, so an unbounded
 * "sentence" (a page with no full stop) would make generation quadratic; clauses that cannot be cut are skipped.
 */
export function splitLongSentence(sentence: string): string[] {
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
