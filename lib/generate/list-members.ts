import { isCountryName } from "./demonyms";
import { ARTICLES, NO_NOUN_TAGS, POSSESSIVES, PREPOSITIONS, isFiniteVerb, lexiconTags, wordListPattern } from "./tag-words";

/** "Kenya and Uganda", "Kenya, Uganda and Rwanda", "Kenya & Uganda": the names of a list, or null when it is one name. */
export function listMembers(text: string): string[] | null {
  const members = text.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).map((m) => m.trim()).filter(Boolean);
  return members.length >= 2 ? members : null;
}

/**
 * "Kenya and Tanzania" as an option for "Kenya and Uganda", or "University of Leeds" beside "University of Leeds and
 * Kesso College": two names of which one lists a name the other is or lists is half right, so no option beside it.
 * A one-word piece that is no country ("Ministry of Trade and Industry", "... of Energy and Industry") is no name of its own.
 */
export function sharesListMember(a: string, b: string): boolean {
  const [ma, mb] = [listMembers(a) ?? [a], listMembers(b) ?? [b]];
  if (ma.length === 1 && mb.length === 1) return false;
  const own = (m: string) => m.includes(" ") || isCountryName(m);
  return ma.some((x) => own(x) && mb.some((y) => x.toLowerCase() === y.toLowerCase()));
}

/** Lexicon tags of a word that no list member holds after its opener ("the ministry said", "making it the biggest"). */
const NOT_IN_MEMBER_TAGS: readonly string[] = [...NO_NOUN_TAGS, "QuestionWord", "Infinitive"];
/** Words that open an aside rather than a further member: "including tractors and seeds" is a part of the object. */
const ASIDE_OPENER = /^(?:including|excluding|such|especially|mainly|mostly|notably|particularly|plus|except|then|so|while|whereas|which|who|whom|whose|where|when|that|as|than|and|or|but|since|after|before|during|until|over|under|into|about|through|across|between|against|among|amid|like|near|per|up|down|compared|according)$/i;
const OPENER = wordListPattern([...ARTICLES, ...POSSESSIVES], "i");
const LIST_WORD = /^[\p{L}\d][\p{L}\d’'&.-]*$/u;
const PREPOSITION = wordListPattern(PREPOSITIONS, "i");

/** A word, no aside opener and no preposition: what every word of a member is. */
const isListWord = (word: string): boolean => LIST_WORD.test(word) && !ASIDE_OPENER.test(word) && !PREPOSITION.test(word);
/** A noun or its modifier by the lexicon: none of the tags no member holds, and no finite verb after `previous`. */
const isNounWord = (word: string, previous: string): boolean => !lexiconTags(word).some((t) => NOT_IN_MEMBER_TAGS.includes(t)) && !isFiniteVerb(word, previous);

/** A list member's opener: an article, a possessive, a noun or its modifier ("drying sheds"), never a verb or an aside. */
function opensMember(word: string, previous: string): boolean {
  return isListWord(word) && (OPENER.test(word) || isNounWord(word, previous));
}

/** "drying sheds", "a grading centre", "two bridges": a short noun phrase, no verb, preposition or aside in it. */
function isMember(words: readonly string[], previous: string): boolean {
  if (words.length === 0 || words.length > 4 || !opensMember(words[0] ?? "", previous)) return false;
  return words.slice(1).every((w, i) => isListWord(w) && isNounWord(w, words[i] ?? ""));
}

/** The last member's words: from its opener to a comma, semicolon or colon, five at most. */
const lastMemberWords = (text: string): string[] => (/^[^,;:]*/.exec(text)?.[0] ?? "").split(/\s+/).filter(Boolean).slice(0, 5);

/**
 * The last member, from its opener to a preposition, a comma or its fifth word: a noun phrase, no clause ("and later
 * signed a memorandum", "and the province will add ...").
 */
function closesList(words: readonly string[], previous: string): boolean {
  const [opener, ...others] = words;
  if (!opener || !opensMember(opener, previous) || lexiconTags(opener).includes("Adverb")) return false;
  for (const [i, w] of others.entries()) {
    if (PREPOSITION.test(w) || ASIDE_OPENER.test(w)) return true;
    if (lexiconTags(w).some((t) => NOT_IN_MEMBER_TAGS.includes(t) && t !== "Determiner") || isFiniteVerb(w, words[i])) return false;
  }
  return true;
}

/** "a grading centre", "two sheds", "its farms", "some roads": a member that opens as a noun phrase, never as a clause. */
function opensNounPhrase(word: string): boolean {
  return OPENER.test(word) || /^\d/.test(word) || lexiconTags(word).some((t) => t === "Determiner" || t === "Cardinal");
}

/** "creating jobs", "helping farmers": a bare -ing word with words after it, which may be a participle and its object. */
const mayBeParticiple = (words: readonly string[]): boolean => words.length > 1 && /^\p{Ll}+ing$/u.test(words[0] ?? "") && !PREPOSITION.test(words[1] ?? "");

/**
 * "on nurseries, drying sheds and a grading centre in Nan's Pua district": the commas after a noun that go on with
 * more nouns and close with "and"/"or" join one list, whose figure is the whole list's. An aside after the comma ("the
 * ministry said", "which will open in 2027", "raising prices") ends in no "and"/"or" member, or holds a verb, a
 * preposition or a pronoun. The text with each such comma written as `mark` (nothing else moves), for the readers that
 * cut a clause at a comma.
 * ("on nurseries, creating jobs and cutting imports", "..., helping farmers and traders": a member that may be a
 * participle and its object, with no member opening as a noun phrase, is a list or a participle clause, and no reader
 * can tell which: its comma is written as `unsure`, for a caller that then asks nothing.)
 */
export function markListCommas(text: string, mark: string, unsure: string = mark): string {
  // (Every list closes with "and"/"or": a text without one has no list comma.)
  if (!/\s(?:and|or)\s/.test(text)) return text;
  let out = text;
  for (const comma of text.matchAll(/(?<=([\p{L}\d’'.-]+)),\s+/gu)) {
    const before = comma[1] ?? "";
    const after = text.slice((comma.index ?? 0) + comma[0].length);
    const run = /^((?:[^,\s]+\s+){0,3}?[^,\s]+)((?:,\s+(?:[^,\s]+\s+){0,3}?[^,\s]+)*),?\s+(?:and|or)\s+([^,\s]+)/u.exec(after);
    // The comma must follow a noun: not a figure ("M, about US$14 million") nor a verb.
    if (!run || /^\d/.test(before) || !opensMember(before, "")) continue;
    const members = [run[1] ?? "", ...(run[2] ?? "").split(/,\s+/).filter(Boolean)].map((m) => m.split(/\s+/));
    const lastPrevious = members[members.length - 1]?.at(-1) ?? "";
    const last = lastMemberWords(after.slice(run[0].length - (run[3] ?? "").length));
    if (!members.every((m, i) => isMember(m, i === 0 ? before : (members[i - 1]?.at(-1) ?? ""))) || !closesList(last, lastPrevious)) continue;
    const start = comma.index ?? 0;
    const end = start + comma[0].length + run[0].length;
    const later = [...members, last];
    const clear = later.some((m) => opensNounPhrase(m[0] ?? "")) || !later.some(mayBeParticiple);
    out = out.slice(0, start) + text.slice(start, end).replace(/,/g, clear ? mark : unsure) + out.slice(end);
  }
  return out;
}
