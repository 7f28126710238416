import { createPrng } from "../util/seeded-random";

/** cyrb53: a fast, well-spread 53-bit string hash; no crypto needed for stable item keys. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finishHash(h1, h2);
}

// Keys of one sentence's items are built one after another: remembering the last sentence saves re-normalising it
// for every item (a fifth of generation time on a 1 MB corpus).
let lastSentence: string | null = null;
let lastNormalized = "";

/** Whitespace and quote style must not change a key when an article is re-imported unchanged in meaning. */
export function normalizeSentence(sentence: string): string {
  if (sentence === lastSentence) return lastNormalized;
  lastNormalized = sentence
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  lastSentence = sentence;
  return lastNormalized;
}

export function itemKey(parts: { article: string; sentence: string; kind: string; answer: string; type: string }): string {
  const text = [parts.article, normalizeSentence(parts.sentence), parts.kind, parts.answer.toLowerCase(), parts.type].join("\u241f");
  const [first, second] = hashStringTwice(text, 0, 7);
  return first.toString(36).padStart(11, "0") + second.toString(36).slice(0, 4);
}

/** hashString(text, seedA) and hashString(text, seedB) in one pass over the text (item keys need both). */
function hashStringTwice(text: string, seedA: number, seedB: number): [number, number] {
  let a1 = 0xdeadbeef ^ seedA;
  let a2 = 0x41c6ce57 ^ seedA;
  let b1 = 0xdeadbeef ^ seedB;
  let b2 = 0x41c6ce57 ^ seedB;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2654435761);
    b2 = Math.imul(b2 ^ ch, 1597334677);
  }
  return [finishHash(a1, a2), finishHash(b1, b2)];
}

/** cyrb53's final mixing of its two lanes into one 53-bit number. */
function finishHash(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** mulberry32 seeded from a key: deterministic order without Math.random. */
export function seededRandom(key: string): () => number {
  return mulberry32(hashString(key));
}

/** mulberry32: a small seeded generator of numbers in [0, 1) (lib/util/seeded-random.ts, shared with lib/srs). */
export const mulberry32 = createPrng;

export function shuffleWithKey<T>(values: readonly T[], key: string): T[] {
  const rnd = seededRandom(key);
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
