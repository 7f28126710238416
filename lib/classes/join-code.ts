// Join codes are read aloud and typed on phones: no 0/O, 1/I/L, 2/Z, 5/S or 8/B to confuse.
export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 6;

/**
 * A join code from `randomBytes` (one byte per character). Bytes at or above the largest multiple of
 * the alphabet size are skipped so every character is equally likely.
 */
export function generateJoinCode(randomBytes: (size: number) => Uint8Array): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = "";
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte >= limit) continue;
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
      if (code.length === JOIN_CODE_LENGTH) break;
    }
  }
  return code;
}

/** What a person typed, upper-cased, without the spaces and dashes people add to read codes out. */
const compactJoinCode = (input: string) => input.toUpperCase().replace(/[\s-]/g, "");

/** What a person typed, as a code: case, spaces and dashes do not matter; null when it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = compactJoinCode(input);
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

const LOOK_ALIKES = "BILOSZ01258";

/** Why what a person typed cannot be a join code, in words that say what to check; null when it can be one. */
export function describeMalformedJoinCode(input: string): string | null {
  const code = compactJoinCode(input);
  if (code.length !== JOIN_CODE_LENGTH) {
    return `A join code has ${JOIN_CODE_LENGTH} letters and digits; that has ${code.length}. Check it and try again.`;
  }
  const stray = [...new Set([...code].filter((char) => !JOIN_CODE_ALPHABET.includes(char)))];
  if (stray.length === 0) return null;
  const lookAlikes = stray.filter((char) => LOOK_ALIKES.includes(char));
  if (lookAlikes.length === stray.length) {
    return `Join codes never use ${lookAlikes.join(", ")}: they leave out ${[..."BILOSZ"].join(" ")} and ${[..."01258"].join(" ")}, which are easy to mix up. Check the code with your instructor.`;
  }
  return "A join code has only letters and digits. Check it and try again.";
}

/**
 * Wrong codes one learner may try before waiting: a few typos are fine, but guessing the 25^6
 * codes of other classes must be slow.
 */
export const JOIN_ATTEMPT_RULE = { maxFailures: 10, windowMs: 15 * 60_000, delayMs: 15 * 60_000, maxDelayMs: 15 * 60_000 } as const;
/** Wrong codes from one address, whichever accounts sent them: fresh accounts do not get fresh tries. */
export const JOIN_ADDRESS_RULE = { maxFailures: 30, windowMs: 15 * 60_000, delayMs: 15 * 60_000, maxDelayMs: 60 * 60_000 } as const;
