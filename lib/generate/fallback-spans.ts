import nlp from "compromise";
import { NON_COUNT_NOUNS, type ValueSpan } from "./find-value-spans";
import { FRACTION_WORD_SOURCE, decimalsOf, fractionValue } from "./number-words";
import { SPEECH_IN_SENTENCE, quoted } from "./ask-name-chunk";
import { DEMONYM_OF } from "./demonyms";
import { CHUNK, LEGAL_FORM, NOT_NAMES, TRAILING_JOIN, dashJoinedName } from "./find-name-chunks";
import { isProperWord, lexiconTags } from "./tag-words";
import { PART_OF_A_UNIT, isIrregularPlural } from "./value-rules";
import { isPresentOfVerb } from "./do-support";
import { isUnitWord } from "./measure-units";
import { NAME_JOIN_WORD } from "./name-particles";

/**
 * A general reader for the figures no rule of find-value-spans.ts read: after the rules, any number written with what
 * it counts ("310 chassis", "5.6 million borrowers", "the 40 farms that ..."), a sum whose scale is joined by a hyphen
 * ("a $3-million loan") and a spelled share of something ("a tenth of what ... uses") that no span of its sentence
 * overlaps becomes a candidate, with the sentence as its context. Each rule reads one kind of sentence; the figures
 * no rule reads are each of a kind seen once (a sixth of the gold facts of the fresh batches w and x), so they are
 * read by their form alone. Such facts are marked (Fact.fallback) and kept out of a deck's core set until strict
 * reads have judged them (fact-worth.ts storedWorth).
 */

type Range = readonly [number, number];

const overlapsAny = (taken: readonly Range[], start: number, end: number) => taken.some(([s, e]) => s < end && start < e);

/**
 * Whether a stretch of a text `length` long is free of `taken`: the taken characters counted once, in one pass, so
 * each figure is checked in constant time, not against every span (a line of thousands of figures and spans).
 */
function freeOf(taken: readonly Range[], length: number): (start: number, end: number) => boolean {
  const clamp = (i: number) => Math.max(0, Math.min(length, i));
  const depth = new Int32Array(length + 1);
  for (const [s, e] of taken) {
    if (clamp(s) >= clamp(e)) continue;
    depth[clamp(s)] = (depth[clamp(s)] ?? 0) + 1;
    depth[clamp(e)] = (depth[clamp(e)] ?? 0) - 1;
  }
  // before[i]: how many of the first i characters some span takes.
  const before = new Int32Array(length + 1);
  let open = 0;
  for (let i = 0; i < length; i++) {
    open += depth[i] ?? 0;
    before[i + 1] = (before[i] ?? 0) + (open > 0 ? 1 : 0);
  }
  return (start, end) => before[clamp(end)] === before[clamp(start)];
}

// "a $3-million loan", "a €12-billion plan": the scale joined to the sum, as an adjective before a noun.
const HYPHEN_MONEY = /(?<![\p{L}\d])(US\$|C\$|A\$|\$|€|£)(\d+(?:\.\d+)?)-(million|billion)\b(?!-)/gu;
// A number standing alone: not part of a code, a time, a sum, a range or a compound ("a 20-year", "3:2", "A320").
const NUMBER = /(?<![\p{L}\d$€£¥₹.,:/#–-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s(million|billion))?(?=\s)/gu;
// "a tenth of", "two thirds of": a share of something named after it.
// (Not a bare "half": "the first half of the year" is a period.)
const FRACTION = new RegExp(`(?<![\\w-])(?!half\\b)${FRACTION_WORD_SOURCE}(?=\\s(?:of|by)\\s)`, "gi");
// What a number counts, when it is one of these, has rules of its own or is no thing counted.
const NOT_COUNTED = /^(?:per|percent|cent|times|fold|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?|points?|basis|degrees?|am|pm|bn|mn|km|kg|mm|cm|ha|m)$/;
// A plural that does not end in -s (value-rules' reader, and two it does not know).
const irregularPlural = (word: string) => isIrregularPlural(word) || /^(?:chassis|crew)$/.test(word);
const TIME_TAG = /^(?:Date|Duration|Time|Month|WeekDay)$/;
const NOT_NOUN_TAG = /^Verb$|Preposition|Conjunction|Determiner|Pronoun|Adverb|Copula|Modal|Auxiliary|PastTense|Infinitive|Gerund|PresentTense|QuestionWord|Negative/;

const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: { noun: { toSingular: (w: string, m: unknown) => string } } } } };
const singular = (word: string) => (irregularPlural(word) ? word : world.methods.two.transform.noun.toSingular(word, world.model));

/**
 * A word that may be a counted noun: lower case, and not a word of grammar, a verb the lexicon knows, a unit ("140 kph",
 * "25 bps") or a span of time ("9 hrs").
 */
function nounLike(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || /ly$/.test(word) || NOT_COUNTED.test(word) || NON_COUNT_NOUNS.test(word) || isUnitWord(word)) return false;
  const tags = lexiconTags(word);
  if (tags.some((t) => TIME_TAG.test(t))) return false;
  return !tags.some((t) => NOT_NOUN_TAG.test(t)) || tags.some((t) => /Noun|Plural/.test(t));
}
const pluralLike = (word: string) => irregularPlural(word) || (/[^s]s$/.test(word) && !/(?:ous|ss|is|us)$/.test(word));

/**
 * "310 chassis that ...", "5.6 million borrowers", "40 new farms": what the number right before counts, up to two
 * words of which the last is a plural noun; null when the words after it are no counted noun ("rose 40 to ...").
 * `before`: the word right before the number, which may label it ("chapter 11 bankruptcy").
 */
export function countedNoun(after: string, before = ""): string | null {
  const words = /^\s(\p{Ll}[\p{Ll}-]*)(?:\s(\p{Ll}[\p{Ll}-]*))?(?:\s(\p{Ll}+))?/u.exec(after);
  const first = words?.[1] ?? "";
  const second = words?.[2] ?? "";
  // ("A team of 11 plays each match", "a crowd of 40,000 watches the final": a verb of the present tense before a
  // determiner is the clause's verb, and the number its subject; "215 trolleys that ..." opens a relative clause.)
  const verbBefore = (word: string, next: string) => isPresentOfVerb(word) && !/^(?:that|which|what)$/.test(next) && lexiconTags(next).includes("Determiner");
  if (!nounLike(first)) return null;
  if (second && nounLike(second) && pluralLike(second) && !pluralLike(first)) return verbBefore(second, words?.[3] ?? "") ? null : `${first} ${second}`;
  if (pluralLike(first)) return !verbBefore(first, second) ? first : null;
  // ("412 salmon during", "34 argali, 21 females": a noun whose plural is its singular, which the lexicon calls
  // uncountable or does not know, counted when no noun follows it: "the 5 star hotel", "12 noon" are no count.)
  return sameInPlural(first, after.slice(1 + first.length)) && !(second && nounLike(second)) && !labelsNumber(before) ? first : null;
}

// A time of day or a day said by a word, after a clock figure ("at 9 tonight", "12 noon"): no thing counted.
const TIME_WORD = /^(?:noon|midnight|tonight|today|tomorrow|yesterday|morning|afternoon|evening|night|overnight|am|pm)$/;
// The endings of abstract and mass nouns, which name no thing counted ("bankruptcy", "software", "rainfall", "revenue").
// (The lexicon's uncountables are mostly such: "education", "equipment", "currency". Not -ing: "offspring", "herring".)
const MASS_NOUN_END = /(?:cy|ty|ness|tion|sion|ment|ance|ence|ism|ship|hood|dom|ware|fall|ure|ue|age|ics)$/;

/**
 * A noun whose plural is its singular ("412 salmon", "340 sheep", "34 argali, 21 females"): a plain lower-case word of
 * three or more letters that the lexicon calls uncountable or does not know, with no -s, and no time word, unit or
 * abstract noun. A word the lexicon does not know right before "." may be an abbreviation ("7 p.m.", "140 kph.").
 */
function sameInPlural(word: string, rest: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(word) || /s$/.test(word) || TIME_WORD.test(word) || isUnitWord(word)) return false;
  const tags = lexiconTags(word);
  if (MASS_NOUN_END.test(word)) return false;
  return tags.includes("Uncountable") || (tags.length === 0 && !/^\./.test(rest));
}

/**
 * Whether the word before a number is a noun the number labels, not a count ("chapter 11", "room 12", "line 5"): a
 * lower-case word the tagger reads as a noun there, and no word of grammar, verb or adverb ("keeps 340", "of 412",
 * "some 300", "nearly 40").
 */
function labelsNumber(before: string): boolean {
  if (!/^\p{Ll}{2,}$/u.test(before) || /ly$/.test(before)) return false;
  if (lexiconTags(before).some((t) => NOT_NOUN_TAG.test(t) || /^(?:Adjective|Value|Copula)$/.test(t))) return false;
  const tags = (nlp(`${before} 11 sheep`).terms().json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return tags.includes("Noun") && !tags.some((t) => NOT_NOUN_TAG.test(t));
}

/**
 * The figures of `sentence` that no span in `taken` overlaps (every rule's spans and names, read before), each as a
 * value span a fact is built from as the rules' are. A table row is left to the table reader.
 */
export function fallbackValueSpans(sentence: string, taken: readonly Range[]): ValueSpan[] {
  if (sentence.includes("|") || !/\d|\b(?:half|third|quarter|fifth|sixth|eighth|tenth)/i.test(sentence)) return [];
  const out: ValueSpan[] = [];
  // (The characters of `out`'s spans, marked as they are pushed: checking every span at each number is quadratic on
  // a long line.)
  const pushed = new Uint8Array(sentence.length + 1);
  const notTaken = freeOf(taken, sentence.length);
  const free = (start: number, end: number) => notTaken(start, end) && !pushed.subarray(start, end).includes(1);
  const push = (span: ValueSpan) => {
    out.push(span);
    pushed.fill(1, span.start, span.end);
  };
  for (const m of sentence.matchAll(HYPHEN_MONEY)) {
    const [all, cur = "", num = "", scale = ""] = m;
    if (!free(m.index, m.index + all.length)) continue;
    push({
      kind: "money", start: m.index, end: m.index + all.length, answer: all, accepted: [`${cur}${num} ${scale}`], value: Number(num) * (scale === "billion" ? 1e9 : 1e6),
      unit: `${cur.replace(/^US/, "")} ${scale}`, form: { prefix: cur, suffix: `-${scale}`, decimals: decimalsOf(num), words: false, grouped: false }, qualifier: null, noun: null,
    });
  }
  for (const m of sentence.matchAll(NUMBER)) {
    const [all, num = "", scale] = m;
    const end = m.index + all.length;
    // A year, or a number that belongs to a name before it ("Route 66", "Law No. 27,564").
    if (!scale && /^(?:1[6-9]|20)\d\d$/.test(num)) continue;
    // (At most 40 characters back: the whole head of a long line, read at each number, is quadratic.)
    const before = /(\S+)\s$/.exec(sentence.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? "";
    // (Any capital word right before it mid-sentence: "Route 66", "Flight 212", "Gate 4".)
    if (/^(?:No\.?|Nos\.?|#)$/.test(before) || (m.index > before.length + 1 && /^\p{Lu}/u.test(before))) continue;
    const noun = countedNoun(sentence.slice(end), before);
    if (!noun || !free(m.index, end)) continue;
    const value = Number(num.replace(/,/g, "")) * (scale === "billion" ? 1e9 : scale === "million" ? 1e6 : 1);
    if (value <= 1) continue;
    const head = noun.split(" ").pop() as string;
    push({
      kind: "count", start: m.index, end, answer: all, accepted: [`${all} ${head}`, ...(scale ? [String(value)] : [])], value, unit: singular(head),
      form: { prefix: "", suffix: scale ? ` ${scale}` : "", decimals: decimalsOf(num), words: false, grouped: num.includes(",") }, qualifier: null, noun,
    });
  }
  for (const m of sentence.matchAll(FRACTION)) {
    const value = fractionValue(m[0]);
    // ("a quarter of an hour", "half a million": a part of a unit is no share.)
    if (value === null || value <= 0 || value >= 1 || PART_OF_A_UNIT.test(sentence.slice(m.index + m[0].length)) || !free(m.index, m.index + m[0].length)) continue;
    const answer = `${m[0].charAt(0).toLowerCase()}${m[0].slice(1)}`;
    push({ kind: "percent", start: m.index, end: m.index + m[0].length, answer, accepted: [], value, unit: "fraction", form: { prefix: "", suffix: "", decimals: 0, words: true, grouped: false }, qualifier: null, noun: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A name no rule read, found by its form: a run of capitalised words the name chunker could not tell the kind of. */
// The endings of adjectives of peoples, places and languages ("Bavarian", "Maltese", "Flemish", "Baltic"), and of
// compound adjectives built on a name: a capitalised word joined by a hyphen to a lower-case part ("a Velmish-style
// plan", "Orvel-based", "an Australian-run centre", "a French-built line"; "Rolls-Royce", "Al-Ahly" stay names).
const ADJECTIVE_END = /(?:an|ese|ish|ic|i|-\p{Ll}+)$/u;

// A determiner a name follows when it modifies the noun after it ("the Breton developer of", "its Illex catch").
const DETERMINER_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s$/;
/**
 * Whether the name at `start`..`end` modifies a common noun after it as where a doer is from or as a people's
 * adjective ("the Breton developer of tidal turbines", "the West Flanders maker of frozen fries", "a Scottish-style
 * offer"): a determiner before, a lower-case noun after, and that noun a doer (compromise's #Actor) or the name a
 * #Demonym/#Adjective. Several names fit such a blank. A name before the kind of thing it names stays ("the Tarvesh
 * field", "the Ostrel trade show"): the noun is no doer there.
 */
function modifiesNoun(sentence: string, start: number, end: number): boolean {
  const before = DETERMINER_BEFORE.exec(sentence.slice(Math.max(0, start - 7), start));
  const head = /^\s(\p{Ll}[\p{Ll}-]*)/u.exec(sentence.slice(end))?.[1];
  if (!before || !head) return false;
  // (Tagged in a few words of context: "the Orvel Board plans to" holds a verb, "the Orvel maker of" a noun. The head
  // is found by its text: compromise splits hyphenated names into more terms than words.)
  const terms = (nlp(`${before[0].trim()} ${sentence.slice(start, end + 60).replace(/\s\S*$/, "")}`).terms().json() as { text: string; terms: { tags: string[] }[] }[]).map((t) => ({ text: t.text, tags: t.terms[0]?.tags ?? [] }));
  const at = terms.findIndex((t, k) => k > 0 && t.text === head);
  const headTags = terms[at]?.tags ?? [];
  const nameTags = terms[at - 1]?.tags ?? [];
  if (at < 0 || !headTags.includes("Noun") || headTags.includes("Verb")) return false;
  return headTags.includes("Actor") || nameTags.includes("Demonym") || nameTags.includes("Adjective");
}

export interface FallbackName {
  name: string;
  start: number;
  end: number;
}

/**
 * "fed from the Alqueva reservoir", "at the Hakucho Oji Ice Arena", "signed from Liiga": the capitalised runs of
 * `sentence` (find-name-chunks.ts's CHUNK) that no span in `taken` overlaps, with the words that open any sentence cut
 * off ("The", "In", a month). A run must hold a word that keeps its capital mid-sentence; a single word that is only
 * capitalised because it opens the sentence, a demonym ("Argentine"), an acronym, a name inside a quotation and a
 * speaker before "said" are left out (who is quoted is no fact of the text).
 */
export function fallbackNames(sentence: string, taken: readonly Range[]): FallbackName[] {
  return [...fallbackNamesOf(sentence, taken)];
}

/**
 * fallbackNames one at a time, in order: a caller that wants the first its own test passes tags no more of the
 * sentence than it needs (modifiesNoun runs the tagger for each run).
 */
export function* fallbackNamesOf(sentence: string, taken: readonly Range[]): Generator<FallbackName> {
  // (A sentence with a quotation names who spoke, and one of a few words says too little to place a blank.)
  if (/[“”"]/.test(sentence) || sentence.split(/\s+/).length < 8) return;
  const speech = SPEECH_IN_SENTENCE.exec(sentence)?.index ?? -1;
  for (const m of sentence.matchAll(CHUNK)) {
    if (dashJoinedName(sentence, m.index, m.index + m[0].length)) continue;
    // (A legal form's full stop is the name's: "Obô Energia Lda., a producer" blanks "_____, a producer", not "_____.,".)
    const bare = m[0].replace(/[’']s$/, "");
    let name = LEGAL_FORM.test(bare) ? bare : bare.replace(/\.$/, "");
    let start = m.index;
    // ("Dalvik Exchange on Friday": a name ends before "on".)
    name = name.replace(/\son\s.*$/, "");
    while (/^\S+\s/.test(name) && (NOT_NAMES.test(name.split(" ")[0] ?? "") || /^\p{Ll}/u.test(name) || (start === 0 && !isProperWord(name.split(" ")[0] ?? "")))) {
      const cut = name.indexOf(" ") + 1;
      name = name.slice(cut);
      start += cut;
    }
    // ("After the Second World War": a name cut after its own opening ordinal is no name.)
    if (/^(?:First|Second|Third|Fourth|Last|Next|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s/.test(sentence.slice(Math.max(0, start - 7), start).replace(/^.*?(?=\p{Lu}\p{Ll}+\s$)/u, ""))) continue;
    name = name.replace(TRAILING_JOIN, "");
    const end = start + name.length;
    const words = name.split(" ");
    // ("through Ostra and Velm": the chunker joins two names with "and"; the pair is no one name to ask for.)
    if (/\s(?:and|&)\s/.test(name)) continue;
    if (name.length < 3 || NOT_NAMES.test(name) || /^[\p{Lu}\d\s+&-]+$/u.test(name) || /^[’']s\b/.test(sentence.slice(end)) || DEMONYM_OF[name] || lexiconTags(name).includes("Demonym")) continue;
    if (!words.some((w) => isProperWord(w) && !NOT_NAMES.test(w)) || (start === 0 && words.length === 1)) continue;
    // (A run over a line break is a signature block; one after an honorific a person's name; one after "such as" an
    // example of a kind, not the fact.)
    if (/\n/.test(name) || /\b(?:Mr|Ms|Mrs|Dr|Prof|such as|including|like)\.?\s$/.test(sentence.slice(Math.max(0, start - 12), start))) continue;
    if (overlapsAny(taken, start, end) || quoted(sentence, start) || (speech >= 0 && start < speech)) continue;
    // Not a name: a people's or a language's adjective ("the Bavarian state", "North American buyers"), a run holding
    // an owner ("Nova Scotia's Minister ..."), a short mixed-case abbreviation ("MoU"),
    // a number's label ("Law No. 27,564" is the law whole, left to its rule), a word of a foreign phrase ("Agentur
    // für Arbeit").
    const after = sentence.slice(end);
    if (/^\s?[-–]?\s?\p{Ll}/u.test(after) && ADJECTIVE_END.test(words[words.length - 1] ?? "")) continue;
    if (/[’']s\s/.test(name) || (words.length === 1 && name.length <= 4 && /\p{Ll}\p{Lu}/u.test(name))) continue;
    // (A run cut inside an abbreviation that ends it, "Naviera Bahía S" of "Naviera Bahía S.A.", is a piece of a name.)
    if (/^\.\p{L}/u.test(after)) continue;
    // (A genus before an epithet the lexicon does not know, "Ovis" of "Ovis ammon", is a piece of a Latin name.)
    const nextWord = /^\s(\p{Ll}+)\b/u.exec(after)?.[1];
    if (words.length === 1 && nextWord && !/s$/.test(nextWord) && lexiconTags(nextWord).length === 0) continue;
    if (/^\.?\s?\d/.test(after) || /\bNo$/.test(name) || /^\s(?:für|und|der|des|del|della|di)\s/.test(after) || /^-/.test(after)) continue;
    // (Last: the tagger is the costly test.)
    if ((words.length === 1 && lexiconTags(name).includes("Adjective")) || modifiesNoun(sentence, start, end)) continue;
    yield { name, start, end };
  }
}

// The form of a state a country's long name opens with ("the Principality of Monaco", "the Republic of Palau").
const STATE_FORM = /^(?:principality|republic|kingdom|emirate|sultanate|duchy|grand|commonwealth|federation|state)$/;
/** The words of an article's header (its title and source), lower case and without a plural's -s, read once an article. */
export function headerWordsOf(header: string): ReadonlySet<string> {
  return new Set(header.toLowerCase().split(/[^\p{L}\d]+/u).flatMap((w) => (w ? [w.replace(/s$/, "")] : [])));
}
/**
 * Whether every word of fallback name `name` but its legal form and joining words is a word of the header (the
 * article's title and source, shown above each question; `headerWords` from headerWordsOf): "Obô Energia Lda" under
 * "Obô Energia press release" is given away by its own header, and so is "the Principality of Monaco" under "Monaco's
 * finance chief ...", a state's form being no more to learn.
 */
export function namedInHeader(name: string, headerWords: ReadonlySet<string>): boolean {
  const own = name.replace(LEGAL_FORM, "").toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w && !NAME_JOIN_WORD.test(w));
  if (own.length > 1 && STATE_FORM.test(own[0] ?? "")) own.splice(0, own.findIndex((w) => !STATE_FORM.test(w)));
  return own.length > 0 && own.every((w) => headerWords.has(w.replace(/s$/, "")));
}
