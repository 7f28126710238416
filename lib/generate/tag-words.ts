import nlp from "compromise";
import { remembered } from "./remembered";

type Lexicon = Record<string, string | string[]>;
type ToInfinitive = (word: string, model: unknown, tense?: string) => string;

// compromise's lexicon and verb conjugator, used word by word: full-document tagging is ~10x slower.
const world = nlp.world() as unknown as {
  model: { one: { lexicon: Lexicon } };
  methods: { two: { transform: { verb: { toInfinitive: ToInfinitive } } } };
};
const lexicon = world.model.one.lexicon;

const NO_TAGS: readonly string[] = Object.freeze([]);
const ONE_TAG = new Map<string, readonly string[]>();

/**
 * The lexicon's tags of a word, shared and read-only: asked for hundreds of thousands of times per megabyte, for
 * the same few thousand words. Remembered per article by the word as written: a small map answers faster than
 * lowercasing the word and looking it up among the lexicon's hundred thousand entries each time.
 */
export const lexiconTags: (word: string) => readonly string[] = remembered(lexiconTagsOf, 20_000);

function lexiconTagsOf(word: string): readonly string[] {
  const tag = lexicon[word.toLowerCase()];
  if (tag === undefined) return NO_TAGS;
  // A copy to remember: remembered() freezes what it keeps, and the lexicon's own arrays are compromise's.
  if (Array.isArray(tag)) return [...tag];
  let one = ONE_TAG.get(tag);
  if (!one) ONE_TAG.set(tag, (one = Object.freeze([tag])));
  return one;
}

/**
 * The function words that open a noun phrase or govern one: one source for the readers that ask "is the word before a
 * determiner or a preposition" (isFiniteVerb, build-question's verb readers, day-tense's "-s" readers). Each reader
 * composes its own list from these and names what it adds.
 */
export const ARTICLES = ["the", "a", "an"] as const;
/** "its", "their": the possessives every reader takes ("your", "my" only where quotes are read). */
export const POSSESSIVES = ["its", "their", "his", "her", "our"] as const;
/** "that" is a conjunction too, so a reader that opens an object with these leaves it out. */
export const DEMONSTRATIVES = ["this", "that", "these", "those"] as const;
export const PREPOSITIONS = ["of", "with", "by", "to", "for", "in", "on", "at", "from"] as const;
/** A pattern matching exactly one of the words (they hold no pattern characters). */
export function wordListPattern(words: readonly string[], flags = ""): RegExp {
  return new RegExp(`^(?:${words.join("|")})$`, flags);
}

/**
 * Counted nouns that do not end in "-s" and that the lexicon does not tag Plural ("1,800 staff", "400 sheep"). Words that
 * are singular more often than not ("head", "crew") are no member: a reader that counts them adds them itself.
 */
export const IRREGULAR_PLURALS = /^(?:cattle|personnel|fish|deer|offspring|livestock|staff|aircraft|sheep|species|series)$/;
/**
 * Lexicon tags of a word that is neither a noun nor a noun's modifier: function words and finite verb forms. One source
 * for the readers that look for a head noun or its modifiers; each adds what it refuses too ("Adverb", "Infinitive").
 */
export const NO_NOUN_TAGS = ["Conjunction", "Preposition", "Determiner", "Pronoun", "Modal", "Copula", "Auxiliary", "PastTense"] as const;
/** "-ed" words that are no past tense ("need", "speed", "hundred", "united"): the shape test's exceptions. */
export const NOT_ED_VERBS: ReadonlySet<string> = new Set(["need", "speed", "feed", "seed", "bleed", "breed", "proceed", "succeed", "exceed", "red", "bed", "shed", "hundred", "united", "interested", "limited", "based", "related", "advanced", "skilled", "detailed"]);

/** "the most cited study", "been closed": a participle after one of these is an adjective or a passive, no finite verb. */
const NO_FINITE_AFTER = wordListPattern([...ARTICLES, ...POSSESSIVES, "newly", "been", "being", "be", "of", "with", "by", "most", "least", "best", "well", "widely", "highly"]);

/** The auxiliaries a built question puts before its subject ("How many ... did ...?"); AUX adds the modals it never uses. */
export const QUESTION_AUX = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "does", "do", "did"] as const;
const AUX = new Set<string>([...QUESTION_AUX, "may", "might", "should", "must", "shall"]);
const COPULA = new Set(["is", "are", "was", "were"]);

const IRREGULAR_PAST = new Set(["rose", "fell", "grew", "won", "took", "made", "held", "met", "sold", "spent", "paid", "stood", "became", "began", "brought", "built", "kept", "lost", "gave", "went", "came", "sent", "told", "ran", "shrank", "sank", "drew", "struck", "chose", "slid", "swung"]);

export function isAuxiliary(word: string): boolean {
  return AUX.has(word.toLowerCase());
}

export function isCopula(word: string): boolean {
  return COPULA.has(word.toLowerCase());
}

/** A finite verb that can head a clause (past tense, present third person, auxiliary). */
export function isFiniteVerb(word: string, previous: string | undefined): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  if (AUX.has(w)) return true;
  const prev = (previous ?? "").toLowerCase();
  // "the most cited study": a participle after a degree word is an adjective.
  if (NO_FINITE_AFTER.test(prev)) return false;
  // Irregular past forms the lexicon files under nouns ("rose", "won"); never after a number ("3 trillion won").
  if (IRREGULAR_PAST.has(w)) return !/^(?:\d[\d.,]*|million|billion|trillion|thousand|hundred|the|a|an)$/.test(prev);
  // "Partizan beat Zvezda": after a name, "beat" is the result of a match (its noun, "a beat", takes a determiner).
  if (w === "beat") return /^\p{Lu}/u.test(previous ?? "");
  return isFiniteByForm(w);
}

/**
 * The rest of isFiniteVerb, which depends on the lowercase word alone. Remembered per article: the clause parser
 * asks it of every word of every variant of a sentence (as placed, as asked, as completed).
 */
const isFiniteByForm = remembered((w: string): boolean => {
  const tags = lexiconTags(w);
  if (tags.includes("PastTense")) return !tags.includes("Gerund");
  // Present-tense forms are too often plural nouns ("member states"); accept only common clause verbs.
  if (/^(says|shows|remains|seems|appears|plans|wants|needs|expects|hopes|holds|makes|takes|gives|considers|accounts|represents|employs|owns|operates|controls|goes|costs|buys|sells|produces|comes|lies|belongs|originates|stems|consists|contains|includes|ranks|lives|sits)$/.test(w)) return true;
  if (tags.includes("PresentTense")) return false;
  if (tags.length > 0 && !tags.includes("Adjective")) return false;
  return /[^e]ed$|[^e]e?d$/.test(w) && w.endsWith("ed") && w.length > 4 && !NOT_ED_VERBS.has(w);
});

export function isPastParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return w.endsWith("ed") || lexiconTags(w).includes("Participle") || /^(been|held|made|given|taken|seen|done|known|shown|begun|signed|won|set|put|built|sold|met|led|paid|brought|bought|cost|grown|risen|fallen|spent|lost)$/.test(w);
}

const IRREGULAR: Record<string, string> = {
  was: "be", were: "be", is: "be", are: "be", had: "have", has: "have", did: "do", does: "do",
  said: "say", says: "say", met: "meet", saw: "see", sought: "seek", began: "begin", held: "hold",
  made: "make", took: "take", gave: "give", won: "win", rose: "rise", fell: "fall", grew: "grow",
  led: "lead", sold: "sell", bought: "buy", paid: "pay", spent: "spend", sent: "send", told: "tell",
  set: "set", put: "put", cut: "cut", hit: "hit", brought: "bring", built: "build", stood: "stand",
  became: "become", came: "come", went: "go", kept: "keep", left: "leave", lost: "lose", found: "find",
  chose: "choose", drew: "draw", flew: "fly", ran: "run", spoke: "speak", wrote: "write", shut: "shut",
  unveiled: "unveil", totalled: "total", totaled: "total", travelled: "travel", cancelled: "cancel",
};

export function toInfinitive(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  const tense = w.endsWith("ed") ? "PastTense" : w.endsWith("s") ? "PresentTense" : undefined;
  try {
    const inf = world.methods.two.transform.verb.toInfinitive(w, world.model, tense);
    if (inf && inf !== w) return inf;
  } catch {
    // fall through to suffix rules
  }
  if (w.endsWith("ied")) return w.slice(0, -3) + "y";
  if (w.endsWith("ed")) return w.slice(0, -2);
  if (w.endsWith("es") && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

/** Words that keep their capital letter when they no longer start the sentence. */
export function isProperWord(word: string): boolean {
  const clean = word.replace(/[^\p{L}'’-]/gu, "");
  if (!/^\p{Lu}/u.test(clean)) return false;
  if (/^\p{Lu}{2,}/u.test(clean)) return true;
  const tags = lexiconTags(clean.replace(/['’]s$/, ""));
  if (tags.length === 0) return !/(?:al|ive|ous|ic|ly|ing|ful|less|able|ible|ary|ment|tion|ers|ments|tions|ances|ences)$/.test(clean);
  return tags.some((t) => PROPER_NAME_TAG.test(t));
}

/** Lexicon tags of a proper name other than a given name: a place's, a body's, a people's, a person's. */
const NAME_TAGS_BUT_GIVEN = ["Place", "Country", "City", "Region", "Person", "Organization", "ProperNoun", "Demonym"];
/** A lexicon tag of any proper name: a place's, a body's, a people's or a person's (given names too: "FirstName"). */
export const PROPER_NAME_TAG = new RegExp([...NAME_TAGS_BUT_GIVEN, "Name"].join("|"));
/**
 * A lexicon tag of a place's, a body's, a people's or a whole name ("Vienna", "French", "Houston"), never a given name
 * alone ("Grant", "Morgan": FirstName, MaleName, FemaleName, LastName). The lexicon tags some cities only "Person"
 * ("Houston", "Sydney", "Jordan"): those keep their capitals (review 33a finding 5).
 */
export const PLACE_OR_BODY_TAG = new RegExp(NAME_TAGS_BUT_GIVEN.join("|"));

// compromise tags a whole document for each call: remembered per word (bounded: cleared when it grows large).
const commonPlurals = new Map<string, boolean>();

/** "Sales", "Rents": a capitalised plural of a common noun, capitalised only because it starts the sentence. */
export function isCapitalisedCommonPlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || word.endsWith("ss")) return false;
  const tags = lexiconTags(word);
  if (tags.some((t) => PROPER_NAME_TAG.test(t))) return false;
  let plural = commonPlurals.get(word);
  if (plural === undefined) {
    plural = nlp(word.toLowerCase()).has("#Plural") && !nlp(word).has("#ProperNoun");
    if (commonPlurals.size >= 10_000) commonPlurals.clear();
    commonPlurals.set(word, plural);
  }
  return plural;
}
