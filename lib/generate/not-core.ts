import { FALL_VERBS, GROW_VERBS, LOWER_VERBS, RAISE_VERBS, RISE_VERBS, SHRINK_VERBS, verbAlternation } from "./change-verbs";
import type { Fact } from "./types";

/**
 * Facts a learner may still meet among an article's "more questions" but that no deck gets by default: the strict
 * reads judge them not worth learning while the gold lists sometimes name them, so they are kept, below the core set
 * (fact-worth.ts storedWorth), not dropped. Each rule names the reads' class it was written for.
 */

/** A year, as a date or as a bare four-digit count. */
const yearLike = (fact: Fact) => (fact.kind === "date" && fact.unit !== "day") || (fact.kind === "count" && /^(?:19|20|21)\d{2}$/.test(fact.answer));

/** A change verb in any form (change-verbs.ts), then a figure it moved by: "has shrunk by about a fifth", "rose 40%". */
const CHANGED = verbAlternation([...RISE_VERBS, ...FALL_VERBS, ...RAISE_VERBS, ...LOWER_VERBS, ...GROW_VERBS, ...SHRINK_VERBS], ["base", "third", "past", "participle", "ing"]);
const FIGURE_WORD = String.raw`(?:\d|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|twice|doubled?|tripled?)\b)`;
const CHANGE_SINCE = new RegExp(String.raw`\b(?:${CHANGED})\b[^,;:.]{0,40}?${FIGURE_WORD}[^,;:.]{0,40}?\bsince\s+$`, "i");
/** "about the same as in the last full census, carried out in ___", "similar to the level of ___": what a figure is set beside. */
const SAME_AS = /\b(?:(?:about|roughly|much|largely)\s+)?(?:the\s+same\s+as|similar\s+to|unchanged\s+from|in\s+line\s+with)\b[^;:.]{0,60}?\b(?:in|of)\s+$/i;

/**
 * The year a change or a level is measured against: "the area under pears has shrunk by about a fifth since ___",
 * "about the same as in the last full census, carried out in ___" (strict read AU1-core #27, #46). The change and the
 * level are the fact; the year is only their reference. ("has led the firm since ___" has no change and stays;
 * "the same as" with no year after is not a year.)
 */
export function referenceYear(fact: Fact): boolean {
  if (!fact.span || !yearLike(fact)) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  return CHANGE_SINCE.test(before) || SAME_AS.test(before);
}

/** Notes on facts kept out of the core set, by rule; null when none applies. */
export function notCoreReason(fact: Fact): string | null {
  if (referenceYear(fact)) return "reference year of a comparison";
  return null;
}
