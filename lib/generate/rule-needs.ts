import { escapePattern } from "./escape-pattern";

/**
 * A rule's declared pre-check, read before its `requires` gate and its pattern: words or marks of which its sentence
 * must hold at least one (lower-cased; a piece of a word is enough, as in "months" for "month"). Testing a few short
 * strings against the sentence lower-cased once is cheaper than a gate's regex, which may try every position: the
 * gates of the value and entity rules cost about as much CPU as their patterns. `needs` must be true of every sentence
 * where the rule yields (tests/unit/generate/rule-gates.test.ts checks it on the seeds, fixtures and examples).
 */
export type RuleNeeds = readonly string[];

/**
 * A long list is tested as one alternation of its pieces, compiled once per list: one scan of the sentence instead of
 * one per piece (a place rule's 40 nouns cost more than every entity pattern's own exec on the fixtures). A short list
 * is cheaper as a few `includes`.
 */
const ONE_SCAN_FROM = 4;
const scans = new WeakMap<RuleNeeds, RegExp>();

function scanOf(needs: RuleNeeds): RegExp {
  let scan = scans.get(needs);
  if (!scan) scans.set(needs, (scan = new RegExp(needs.map(escapePattern).join("|"))));
  return scan;
}

/** Whether a sentence, lower-cased once by the caller for all its rules, holds one of `needs` (none declared: yes). */
export function meetsNeeds(lowered: string, needs: RuleNeeds | undefined): boolean {
  if (!needs) return true;
  if (needs.length >= ONE_SCAN_FROM) return scanOf(needs).test(lowered);
  for (const piece of needs) if (lowered.includes(piece)) return true;
  return false;
}
