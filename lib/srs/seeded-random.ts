import { createPrng } from "@/lib/util/seeded-random";

/** A 32-bit seed from several integers, so draws can be keyed (learner, item, review) and shared across runs. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return h ^ (h >>> 15);
}

/** One uniform draw for a key: the same key gives the same draw in every scheduler's run (common random numbers). */
export function keyedUniform(...parts: number[]): number {
  return createPrng(mixSeed(...parts))();
}

/** Standard normal draw (Box-Muller). */
export function normal(random: () => number): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A 32-bit hash of a string (FNV-1a), to key draws by ids. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
