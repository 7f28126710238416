import nlp from "compromise";
import { lexiconTags, toInfinitive } from "./tag-words";

type Conjugation = Partial<Record<"Infinitive" | "PastTense" | "PresentTense" | "Participle", string>>;
const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | undefined> }; two: { switches: Record<string, string | undefined> } };
  methods: { two: { transform: { verb: { conjugate: (inf: string, model: unknown) => Conjugation } } } };
};

/** compromise's conjugation of a verb's infinitive ("run" -> ran, runs, ...). */
function conjugate(infinitive: string): Conjugation {
  try {
    return world.methods.two.transform.verb.conjugate(infinitive, world.model);
  } catch {
    return {};
  }
}

/**
 * Whether a subject noun phrase takes a plural verb: "the United States" and "the species" are one, "nine criteria",
 * "Chile and Korea" and "councillors" are many. Only the head before "of/between/in ..." counts.
 */
export function isPluralSubject(subject: string): boolean {
  const headPhrase = subject.replace(/^(.+?)\s+(?:between|of|in|for|from|with|to|on|at|by)\s.*$/, "$1").replace(/[,;]$/, "");
  if (/\band\b/.test(headPhrase)) return true;
  const head = (headPhrase.split(" ").pop() ?? "").replace(/[^\p{L}'’-]/gu, "");
  if (!head || /['’]s$/.test(head)) return false;
  const tags = lexiconTags(head);
  if (tags.includes("Plural")) return true;
  if (tags.some((t) => /Uncountable|Country|Singular/.test(t)) || /^(?:States|Nations|Emirates|Philippines|Netherlands|Maldives|Bahamas)$/.test(head)) return false;
  return /[^su']s$/.test(head) && !/(?:ics|ness|news|series|species)$/.test(head);
}

/**
 * The "do" that carries a question's tense and agreement, and the bare verb: "ran" -> did/run, "runs" -> does/run,
 * "run" -> do/run. Tense comes from compromise's conjugation of the verb, not a hand list; only forms that are past and
 * present at once ("cost", "set", "put") look at the subject: "the stadium cost" is past, "tickets cost" present.
 */
export function doSupport(verb: string, subject: string): { aux: "did" | "does" | "do"; infinitive: string } {
  const lower = verb.toLowerCase();
  let infinitive = toInfinitive(lower);
  let forms = conjugate(infinitive);
  // "hold" is its own infinitive: a guessed one ("hell") that conjugates to nothing like the word is dropped.
  if (infinitive !== lower && !Object.values(forms).includes(lower)) {
    infinitive = lower;
    forms = conjugate(lower);
  }
  const plural = isPluralSubject(subject);
  const isPast = forms.PastTense === lower || /ed$/.test(lower);
  const isPresent3 = forms.PresentTense === lower;
  const isBase = infinitive === lower;
  if (isPast && !isBase) return { aux: "did", infinitive };
  if (isPresent3) return { aux: "does", infinitive };
  if (isPast && isBase) return { aux: plural ? "do" : "did", infinitive };
  return { aux: plural ? "do" : "does", infinitive };
}

/**
 * A past tense that is no participle ("rose", "fell", "took", "began"): such a verb tells of a past event on its own,
 * where "bought", "signed" or "registered" may be an adjective ("tickets bought by ...", "shareholders registered on").
 */
export function isPastTenseOnly(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return false;
  const forms = conjugate(toInfinitive(lower));
  return forms.PastTense === lower && forms.Participle !== undefined && forms.Participle !== lower;
}

/**
 * "cut", "kept", "hit" after "had": a past participle by compromise's conjugation of the word's infinitive, for the
 * irregular verbs whose participle is no "-ed" form (tag-words' isPastParticiple knows those it lists).
 */
export function isParticipleOfVerb(word: string): boolean {
  const lower = word.toLowerCase();
  // compromise conjugates any word ("by" -> "by"), so the word must be one its lexicon knows as a verb
  const known = world.model.one.lexicon[lower];
  const switches = world.model.two.switches[lower];
  if (!(known === "Infinitive" || known === "PastTense" || known === "Participle" || switches?.includes("Verb"))) return false;
  const forms = conjugate(toInfinitive(lower));
  return forms.Participle === lower || forms.PastTense === lower;
}

/**
 * "cut", "set", "hit", "put": a verb whose past is written as its infinitive, by compromise's conjugation of a word its
 * lexicon knows as a verb. Such a past is no finite verb by its form alone ("a cut", "the set"): a reader needs its place.
 */
export function isPastLikeBase(word: string): boolean {
  const lower = word.toLowerCase();
  const known = world.model.one.lexicon[lower];
  const switches = world.model.two.switches[lower];
  if (!(known === "Infinitive" || known === "Singular" && switches?.includes("Verb"))) return false;
  return toInfinitive(lower) === lower && conjugate(lower).PastTense === lower;
}

/** "carries", "reaches": the third-person present of a verb, by compromise's conjugation round trip. */
export function isPresentOfVerb(word: string): boolean {
  const lower = word.toLowerCase();
  const infinitive = toInfinitive(lower);
  return infinitive !== lower && conjugate(infinitive).PresentTense === lower && !lexiconTags(infinitive).some((t) => /Plural|Actor|Person/.test(t));
}
