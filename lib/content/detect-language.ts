import { franc } from "franc-min";

// Function words that only English uses among the languages franc-min knows ("in", "is", "was", "a" and "on" are
// also Dutch, German, Spanish or French words). English news prose has about 0.3 of its words in this set, an
// English list of names or a table about 0.1, other languages under 0.05 (measured on content/ and fixtures).
const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and to that with for from which this these those said says were would could should has have been by at its their they than after over will who what when where into about between during because".split(" "),
);
const ENGLISH_RATIO_FLOOR = 0.06;
/** Fewer words than this say too little about the language: such a text is let through. */
const MIN_WORDS = 8;
/** Language is judged on the start of the text: enough to tell, and constant time on a 2 MB upload. */
const SAMPLE_CHARS = 20_000;

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "spa" -> "Spanish"; null for a code Intl does not know. */
function languageName(code: string): string | null {
  try {
    const name = languageNames.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

export interface LanguageGuess {
  english: boolean;
  /** The language's English name when the text is not English ("Spanish"), else null. */
  language: string | null;
}

/**
 * Whether a text is English enough to generate English questions from. It is refused only when both signals agree:
 * almost no English function words, and franc-min's trigram model names another language. Names and figures alone
 * (a list of delegates, a table) keep some "and"/"the", and franc takes them for English or gives no answer.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { english: true, language: null };
  const ratio = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
  if (ratio >= ENGLISH_RATIO_FLOOR) return { english: true, language: null };
  const code = franc(sample, { minLength: 10 });
  if (code === "und" || code === "eng" || code === "sco") return { english: true, language: null };
  const name = languageName(code);
  return { english: false, language: name };
}
