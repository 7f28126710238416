/**
 * Indexes of one long text, built once, that answer what indexOf and a whole-word regex answer of it, without a scan
 * of the whole text per question: a 2 MB article asked once per fact made those scans grow with facts times length.
 */

/** The length of the character runs a GramIndex files positions under. */
const GRAM = 4;

/** Where each run of GRAM characters (UTF-16 units, as indexOf counts) starts in a text, in ascending order. */
export interface GramIndex {
  text: string;
  at: Map<string, number[]>;
}

export function gramIndex(text: string): GramIndex {
  const at = new Map<string, number[]>();
  for (let i = 0; i + GRAM <= text.length; i++) {
    const gram = text.slice(i, i + GRAM);
    const list = at.get(gram);
    if (list) list.push(i);
    else at.set(gram, [i]);
  }
  return { text, at };
}

/**
 * Where `needle` first occurs in the indexed text, or -1: text.indexOf(needle). An occurrence holds each of the
 * needle's runs at its offset, so only the positions of its rarest run are tried, in order; the first that holds
 * the whole needle is the first occurrence.
 */
export function firstIndexOf(index: GramIndex, needle: string): number {
  if (needle.length < GRAM) return index.text.indexOf(needle);
  let rarest: number[] | null = null;
  let offset = 0;
  for (let j = 0; j + GRAM <= needle.length; j++) {
    const list = index.at.get(needle.slice(j, j + GRAM));
    if (!list) return -1;
    if (!rarest || list.length < rarest.length) {
      rarest = list;
      offset = j;
    }
  }
  for (const p of rarest ?? []) if (p >= offset && index.text.startsWith(needle, p - offset)) return p - offset;
  return -1;
}

/** A word of letters and digits only, which WordCounts can count. */
export const PLAIN_WORD = /^[\p{L}\d]+$/u;

/**
 * How often each maximal run of letters and digits occurs in a text: for a PLAIN_WORD, the number of matches of
 * /(?<![\p{L}\d])word(?![\p{L}\d])/gu, since such a match is exactly a run.
 */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [run] of text.matchAll(/[\p{L}\d]+/gu)) counts.set(run, (counts.get(run) ?? 0) + 1);
  return counts;
}
