/**
 * A seeded uniform [0, 1) generator (mulberry32): simulations must repeat exactly from their seed, and generated
 * items must shuffle the same way on every run. Shared by the scheduler (lib/srs) and the generator (lib/generate).
 */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
