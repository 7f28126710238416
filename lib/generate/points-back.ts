/**
 * A sentence that cannot be read alone: it opens with This, That, These or "The latter", or names its subject only
 * as "the figure" or "the number" of the sentence before ("In Moldova the figure was about 12%", strict read G2 item
 * 48). Its facts are blanked only with that sentence shown before them (Fact.lead), and
 * never stated as true or false.
 */
const OPENS_BACK = /^(?:This|That|These|Those|The latter|The former)\b/;
const FIGURE_BACK = /\b[Tt]he\s(?:same\s)?(?:figure|number|proportion|ratio|percentage|total)\b(?!\s+(?:of|for|on|in|at|among|who|that|which)\b)/;

export function pointsBack(sentence: string): boolean {
  return OPENS_BACK.test(sentence) || FIGURE_BACK.test(sentence);
}

/**
 * The sentence to show before `sentence` when it points back: the one before it in its paragraph, if that one reads
 * alone and is not too long to read as a lead-in; null otherwise (then the facts get no blank at all).
 */
export function leadFor(sentence: string, previous: string | null): string | null {
  if (!pointsBack(sentence) || !previous || pointsBack(previous) || /^(?:It|They|He|She|His|Her|Its|Their)\b/.test(previous)) return null;
  if (previous.split(/\s+/).length > 40 || /[“”"]/.test(previous)) return null;
  return previous;
}

/**
 * "The Vella reserve is run by three villages. Its head ranger, Tomas Kelesi, said ...": a sentence that opens with a
 * possessive no owner could be written in for is still read after the sentence before it, which says whose: that
 * sentence, on the same terms as leadFor; null otherwise.
 */
export function possessiveLeadFor(sentence: string, previous: string | null): string | null {
  if (!/^(?:Its|Their|His|Her)\s\p{Ll}/u.test(sentence) || !previous || pointsBack(previous) || /^(?:It|They|He|She|His|Her|Its|Their)\b/.test(previous)) return null;
  // ("The authors agree ... Their next step": a people's possessive needs a name before it, not a described group.)
  if (!/^Its\s/.test(sentence) && !/^(?:The\s)?\p{Lu}[\p{L}’'-]*\s\p{Lu}|^(?!The\s|A\s|An\s|In\s|On\s|At\s)\p{Lu}\p{Ll}+\s/u.test(previous)) return null;
  if (previous.split(/\s+/).length > 40 || /[“”"]/.test(previous)) return null;
  return previous;
}
