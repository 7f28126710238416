/**
 * The words that qualify a figure ("nearly 40", "more than 100 metres"): one source for the value patterns that read
 * them. Each reader composes its list from these; where a reader takes fewer or more words, the difference is named
 * here (tests/unit/generate/figure-qualifiers.test.ts pins each one).
 */

/** "nearly 40", "roughly 12 km": the figure is approximate. */
export const APPROXIMATE_QUALIFIERS = ["nearly", "almost", "about", "around", "approximately", "roughly"] as const;
/** "more than 100", "up to 6 metres": the figure is a bound of the value. */
export const BOUND_QUALIFIERS = ["more than", "less than", "fewer than", "up to", "at least"] as const;
/**
 * "some 40 ships", "over 300 homes": qualifiers that are other words too ("some" a determiner, "over" a preposition),
 * so taken only by a value's own pattern, never read loose before a span a rule found ("stretches over 12 km" keeps
 * no typed "over 12 km").
 */
export const TWO_WAY_QUALIFIERS = ["some", "over"] as const;

/** Every qualifier the answer may be typed with ("less than 2%" is what "Less than what percentage ...?" asks for). */
export const TYPED_QUALIFIERS: readonly string[] = [
  ...APPROXIMATE_QUALIFIERS,
  ...TWO_WAY_QUALIFIERS,
  ...BOUND_QUALIFIERS,
];
/** The qualifiers read in the words right before a rule's span: all typed ones but the two-way words. */
export const QUALIFIERS_BEFORE_RULE_SPAN: readonly string[] = [...APPROXIMATE_QUALIFIERS, ...BOUND_QUALIFIERS];

/** "an annual 4%", "a record $2 billion": words an amount's pattern takes before its figure, but no qualifier. */
export const AMOUNT_LEAD_WORDS = ["an annual", "a record"] as const;
/** "just 12 seats", "only 3 firms": words a count's pattern takes before its figure, but no qualifier. */
export const COUNT_LEAD_WORDS = ["just", "only"] as const;
const LEAD_WORDS: ReadonlySet<string> = new Set([...AMOUNT_LEAD_WORDS, ...COUNT_LEAD_WORDS]);

/**
 * "fell from about 11,000 to under 5,000": the qualifiers a change's ends are read with. "under" is taken there as a
 * bound; "approximately", "some", "fewer than", "up to" and "at least" were never added to that rule (adding them
 * would change which changes are found).
 */
export const CHANGE_END_QUALIFIERS: readonly string[] = [
  ...TYPED_QUALIFIERS.filter((q) => !["approximately", "some", "fewer than", "up to", "at least"].includes(q)),
  "under",
];
/** A change's second end also takes "just" ("to just 35"). */
export const CHANGE_TO_QUALIFIERS: readonly string[] = [...CHANGE_END_QUALIFIERS, "just"];

/**
 * "about _____" -> "_____": the qualifiers a question drops with the blank (build-question.ts). All typed ones but
 * "fewer than", which was never added there (adding it would change which questions read "fewer than how many").
 */
export const QUALIFIERS_DROPPED_BEFORE_BLANK: readonly string[] = TYPED_QUALIFIERS.filter((q) => q !== "fewer than");
/** "some 40" and "about 40" alike are asked "roughly how many": the approximate qualifiers and "some". */
export const ROUGH_QUALIFIERS: readonly string[] = [...APPROXIMATE_QUALIFIERS, "some"];
/**
 * ", almost two thirds of it pears", ", more than 300 of them": the words an aside that opens with another figure is
 * read with when a question's rest is cut there (build-question.ts trimRest): the rough ones, the bounds, and "just
 * over" and "just under".
 */
export const ASIDE_QUALIFIERS: readonly string[] = [...ROUGH_QUALIFIERS, ...BOUND_QUALIFIERS, "just over", "just under"];
/**
 * "rose from some 42,000 to just over 210,000": the words a change's two figures are read with when its size is
 * checked for being computable (computable-change.ts): a change end's words (so no "approximately", "fewer than",
 * "up to" or "at least") and "some", "just over" and "just under".
 */
export const COMPUTED_CHANGE_QUALIFIERS: readonly string[] = [...CHANGE_END_QUALIFIERS, "some", "just over", "just under"];

/**
 * "about twice", "nearly 12 times", "more than threefold": the qualifiers the multiple rules read before a multiple.
 * "more than" is the one bound they keep in the answer; a bound they do not keep refuses the multiple (below).
 */
export const MULTIPLE_QUALIFIERS = ["about", "around", "nearly", "roughly", "almost", "some", "more than"] as const;

/**
 * "less than twice the average", "up to three times", "below twice", "no more than threefold": a bound the multiple
 * rules do not take (only "more than" is kept in the answer). The bare multiple would be a wrong answer, and options
 * on the bound's side ("three times" under "less than twice") true as well, so the multiple is not asked. One source
 * for every multiple rule (value-rules' and rate-rules').
 */
export const MULTIPLE_BOUND_BEFORE = /\b(?:less than|fewer than|under|below|up to|at (?:most|least)|over|as (?:much|many) as|(?:no|not) (?:more|less|fewer) than|(?:just|well|a little|slightly) (?:over|under)|(?:a little|slightly) (?:less|fewer) than)\s+$/i;
/**
 * Whether a bound the multiple rules do not take stands right before the multiple at this index. With over, a bare
 * "over" is let through (the multiple of a named base read "over twice the national average" as "twice" before the
 * shared list, and still does); "just over", "well over" are refused all the same.
 */
export function boundedMultiple(input: string, index: number, { over = false }: { over?: boolean } = {}): boolean {
  const before = input.slice(Math.max(0, index - 30), index);
  if (over && /\bover\s+$/i.test(before) && !/\b(?:just|well|a little|slightly)\s+over\s+$/i.test(before)) return false;
  return MULTIPLE_BOUND_BEFORE.test(before);
}

/** A regular-expression alternation of words (they hold no pattern characters). */
export function qualifierAlternation(words: readonly string[]): string {
  return words.join("|");
}

/** "[Aa]bout|[Nn]early": the alternation with each word's first letter either case, for a pattern without the i flag. */
export function eitherCaseAlternation(words: readonly string[]): string {
  return words.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join("|");
}

/** "no more than 25 minutes" is at most 25 minutes, not more than 25: a qualifier after "no" or "not" is not taken. */
export const NOT_AFTER_NEGATION = "(?<!\\b(?:[Nn]o|[Nn]ot)\\s)";

/** The qualifier a pattern captured, lower-cased, or null for none or a lead word ("an annual", "just"). */
export function normalizeQualifier(q: string | undefined): string | null {
  if (!q) return null;
  const l = q.toLowerCase();
  return LEAD_WORDS.has(l) ? null : l;
}

const TYPED: ReadonlySet<string> = new Set(TYPED_QUALIFIERS);
/** Whether the answer may also be typed with this (lower-case) qualifier before it. */
export function isTypedQualifier(q: string): boolean {
  return TYPED.has(q);
}
