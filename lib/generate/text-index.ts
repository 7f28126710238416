/**
 * Indexes of one long text, built once, that answer what indexOf and a whole-word regex answer of it, without a scan
 * of the whole text per question: a 2 MB article asked once per fact made those scans grow with facts times length.
 */

/** The length of the character runs a GramIndex files positions under. */
const GRAM = 4;

/** How many buckets a GramIndex files runs in (a power of two). */
const BUCKETS = 1 << 20;

/**
 * Where each run of GRAM characters (UTF-16 units, as indexOf counts) starts in a text, filed by a hash of the run
 * into BUCKETS buckets: bucket b holds positions[first[b]] to positions[first[b + 1] - 1], in ascending order. Runs
 * that share a bucket share it; firstIndexOf's check of the whole needle sorts them out.
 */
export interface GramIndex {
  text: string;
  first: Int32Array;
  positions: Int32Array;
}

function bucketOf(text: string, from: number): number {
  let h = 2166136261;
  for (let i = from; i < from + GRAM; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) & (BUCKETS - 1);
}

export function gramIndex(text: string): GramIndex {
  const runs = Math.max(0, text.length - GRAM + 1);
  const buckets = new Int32Array(runs);
  const first = new Int32Array(BUCKETS + 1);
  for (let i = 0; i < runs; i++) first[(buckets[i] = bucketOf(text, i)) + 1]!++;
  for (let b = 0; b < BUCKETS; b++) first[b + 1]! += first[b]!;
  const next = first.slice(0, BUCKETS);
  const positions = new Int32Array(runs);
  for (let i = 0; i < runs; i++) positions[next[buckets[i]!]!++] = i;
  return { text, first, positions };
}

/**
 * Where `needle` first occurs in the indexed text, or -1: text.indexOf(needle). An occurrence holds each of the
 * needle's runs at its offset, so only the positions in the bucket of its rarest run are tried, in order; the first
 * that holds the whole needle is the first occurrence.
 */
export function firstIndexOf(index: GramIndex, needle: string): number {
  if (needle.length < GRAM) return index.text.indexOf(needle);
  const { first, positions, text } = index;
  let from = 0;
  let to = -1;
  let offset = 0;
  for (let j = 0; j + GRAM <= needle.length; j++) {
    const b = bucketOf(needle, j);
    const size = first[b + 1]! - first[b]!;
    if (size === 0) return -1;
    if (to < 0 || size < to - from) {
      from = first[b]!;
      to = first[b + 1]!;
      offset = j;
    }
  }
  for (let k = from; k < to; k++) {
    const p = positions[k]!;
    if (p >= offset && text.startsWith(needle, p - offset)) return p - offset;
  }
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
