import { lexiconTags } from "./tag-words";
import { stripDateline } from "./datelines";

/**
 * What an article's bare "the match", "the study", "the team", "the board" or "the two countries" means, read once from
 * its title and opening, so a sentence lifted out of it can say which (strict reads: "How many officers were involved
 * ...?" — in which match?). Each is null when the article does not make it clear, and the sentence is then refused.
 */

export interface StoryReferents {
  /** "the match between Olimpia and Cerro Porteño": the one match a match report is about. */
  match: string | null;
  /** "the study published in The Cryosphere": the one study a science story reports. */
  study: string | null;
  /** "behind the study published in The Cryosphere": whose "the team" or "the researchers" are, said after the noun. */
  team: string | null;
  /** The journal the study appeared in, which a sentence naming it must not be told again. */
  journal: string | null;
}

// A side's name: capitalised words ("Cerro Porteño", "APOEL"). It must be followed by a score or a function word, so
// "Partizan hold off Crvena zvezda in ..." (a lower-case word inside the name) names no match rather than half a side.
const SIDE = String.raw`\p{Lu}[\p{L}’'.&-]*(?:\s\p{Lu}[\p{L}’'.&-]*){0,3}`;
const BEATS = /(?:beat|beats|edge|edges|stun|stuns|hold off|holds off|see off|sees off|sink|sinks|down|downs|defeat|defeats|thrash|thrashes|rout|routs|overcome|overcomes|outlast|outlasts|draw with|draws with)/.source;
const MATCH_TITLE = new RegExp(String.raw`^(?:Ten-man\s|Nine-man\s)?(${SIDE})\s(?:(?:come|comes|came|rally|rallies)\s(?:from\sbehind\s)?to\s)?${BEATS}\s(?:ten-man\s|nine-man\s)?(${SIDE})(?=\s\d|\s(?:in|at|to|by|and|as|after|on|for|with|away)\b|[,:;]|$)`, "u");

/** "Olimpia beat Cerro Porteño 2-1 in the Superclásico ..." -> "the match between Olimpia and Cerro Porteño". */
export function matchOf(title: string): string | null {
  const m = MATCH_TITLE.exec(title.replace(/\s+/g, " ").trim());
  if (!m) return null;
  const [home = "", away = ""] = [m[1], m[2]];
  // (A title that opens with a role or a place, "Coach Smith beat ...", is no side: the two must differ and be names.)
  if (!home || !away || home === away || /^(?:The|A|An|In|On|At|After|Coach|Captain)\b/.test(home)) return null;
  return `the match between ${home} and ${away}`;
}

const STUDY_TITLE = /\b(?:study|studies|research|researchers|scientists|paper|analysis)\b|\btrials?\s(?:show|shows|find|finds|suggest|suggests)\b/i;
const STUDY_OPENING = /\b(?:a|the|an)\s(?:[\p{L}-]+\s){0,3}?(?:study|paper)\s(?:published|that|finds|found|suggests|says|shows|led)\b|\b(?:researchers|scientists)\s(?:reported|report|found|say|said)\b/u;
// "published on Tuesday in the journal The Cryosphere", "published in *Nature Plants*", "in Geophysical Research Letters",
// "in *Science of the Total Environment*": capitalised words, joined by "of", "and", "for", "in", each maybe with "the".
const JOURNAL_WORD = String.raw`\p{Lu}[\p{L}-]*`;
const JOURNAL_NAME = String.raw`(?:The\s)?${JOURNAL_WORD}(?:\s(?:(?:of|for|in)\s(?:the\s)?|(?:and|&)\s)?${JOURNAL_WORD}){0,6}`;
const JOURNAL = new RegExp(String.raw`\bpublished\b[^;]{0,50}?\bin\s(?:the\s(?:journal\s)?)?(?:\*([^*]{1,100})\*|(${JOURNAL_NAME}))`, "u");
/** Italics that hold a journal's name and nothing else. */
const WHOLE_JOURNAL_NAME = new RegExp(String.raw`^${JOURNAL_NAME}$`, "u");
/** What follows a journal's name read short of its end: " of the Total Environment" after "Science", " Letters". */
const JOURNAL_GOES_ON = new RegExp(String.raw`^\s(?:(?:of|and|for|in|&)\s(?:the\s)?)?\p{Lu}`, "u");

/**
 * The journal a sentence says a study was published in, its italics' whole name when it is set in italics; "unsure"
 * when the name may go on past what was read (a study named by half a journal's name is another journal's).
 */
function journalIn(sentence: string): string | "unsure" | null {
  const m = JOURNAL.exec(sentence);
  if (!m) return null;
  const italic = m[1];
  if (italic !== undefined) return WHOLE_JOURNAL_NAME.test(italic) ? italic : "unsure";
  return JOURNAL_GOES_ON.test(sentence.slice(m.index + m[0].length)) ? "unsure" : (m[2] ?? null);
}
// "Researchers from the University of Mauritius and the University of East Anglia (UEA)", "Researchers at the Karolinska
// Institutet in Stockholm": the bodies whose team it is.
const BODY = String.raw`(?:the\s)?\p{Lu}[\p{L}’'.-]*(?:\s(?:of|for|and|de|du|the)?\s?\p{Lu}[\p{L}’'.-]*){0,6}`;
const RESEARCHERS_FROM = new RegExp(String.raw`\b(?:[Rr]esearchers|[Ss]cientists|(?:[Aa]n?\s)?(?:international\s)?team)\s(?:at|from)\s(${BODY}(?:\s\([\p{Lu}]{2,8}\))?(?:\sand\s${BODY})?)`, "u");

/**
 * The study a science story reports, when its title or opening says it reports one, named by where it was published
 * ("the study published in Radiology") or by whose researchers did it. Null in any other article, or when two journals
 * are named (then "the study" could be either).
 */
export function studyOf(title: string, sentences: string[]): Pick<StoryReferents, "study" | "team" | "journal"> {
  const none = { study: null, team: null, journal: null };
  const opening = sentences.slice(0, 4).join(" ");
  if (!STUDY_TITLE.test(title) && !STUDY_OPENING.test(opening)) return none;
  const journals = new Set(sentences.slice(0, 8).map(journalIn).filter((j) => j !== null));
  if (journals.size > 1) return none;
  const first = [...journals][0] ?? null;
  const journal = first === "unsure" ? null : first;
  // ("the International Journal of Nautical Archaeology": a title that says what it is takes "the".)
  const named = journal && /^(?:International|Journal|Proceedings|Annals|Bulletin|American|European|British)\b.*\bof\b/.test(journal) ? `the ${journal}` : journal;
  // Whose team it is reads best by its institutions ("the team from Ankara University and ..."); the study by its journal.
  // ("... led by researchers at the University of Burundi. The study, ...": the name ends with its sentence, unless the
  // full stop is an abbreviation's, as in "St. Andrews".)
  const from = RESEARCHERS_FROM.exec(opening)?.[1]?.replace(/(?<!\b(?:St|Ste|Mt|Ft|Co|Inc|Ltd|Corp))\.(?:\s.*)?$/u, "").replace(/\s\([\p{Lu}]{2,8}\)/gu, "").replace(/\s(?:in|and|of)$/, "") ?? null;
  if (journal) return { study: `the study published in ${named}`, team: from ? `from ${from}` : `behind the study published in ${named}`, journal };
  if (!from) return none;
  return { study: `the study by researchers from ${from}`, team: `from ${from}`, journal: null };
}

// "Dededo Rangers came from behind to beat Tamuning Tide 3-2", "Red Eagles Hokkaido beat their island rivals the East
// Hokkaido Cranes 4-2": a side, beat, the other side and the score, which closes the other side's name surely.
const MATCH_LEDE = new RegExp(String.raw`(?:^|\s(?:as|when|after)\s)(${SIDE})\s(?:(?:came|come)\sfrom\s(?:behind|a\sgoal\sdown)\sto\s)?beat\s(?:their\s(?:[\p{Ll}-]+\s)?rivals\s)?(?:the\s)?(${SIDE})(?:\s\(\p{Lu}{2,6}\))?\s\d{1,3}-\d{1,3}\b`, "u");

/**
 * A clause that opens with a side of its own ("Oakdale moved top after Kestrel Rovers beat ..." under the title
 * "Oakdale go top"): its first word is in the title, or a place or body the lexicon knows, and in neither side of the
 * game after it, which is another one. ("Substitute Yacine Boudiaf headed in ... as", "A 19-year-old scored on
 * Sunday as" open with the scorer: the same game.)
 */
function namesASideBefore(clause: string, title: string, sides: string): boolean {
  const first = clause.split(/\s+/)[0] ?? "";
  if (!/^\p{Lu}/u.test(first) || sides.split(/\s+/).includes(first)) return false;
  const tags = lexiconTags(first.toLowerCase());
  if (tags.some((t) => /Determiner|Preposition|Pronoun|Conjunction|Adverb/.test(t))) return false;
  return title.split(/[\s,:;]+/).includes(first) || tags.some((t) => /Place|Organization|ProperNoun/.test(t));
}

/**
 * The match a report's first sentence says who won, when its title names none ("Teenage substitute wins the derby"):
 * "Jeju SK FC beat Daegu FC 3-1 at ..." -> "the match between Jeju SK FC and Daegu FC".
 */
export function matchOfLede(sentence: string, title = ""): string | null {
  const text = stripDateline(sentence.replace(/\*\*/g, ""));
  const m = MATCH_LEDE.exec(text);
  // ("Oakdale moved top after Kestrel Rovers beat Marlows 2-1": a clause before "as/when/after" that names a side of
  // its own is about that side, and the game after it is another one.)
  if (m && m.index > 0 && namesASideBefore(text.slice(0, m.index).trim(), title, `${m[1]} ${m[2]}`)) return null;
  const [home = "", away = ""] = [m?.[1], m?.[2]];
  if (!home || !away || home === away || /^(?:The|A|An|In|On|At|After|Coach|Captain|Substitute)\b/.test(home)) return null;
  return `the match between ${home} and ${away}`;
}

export function storyReferents(title: string, sentences: string[]): StoryReferents {
  return { match: matchOf(title) ?? (sentences[0] ? matchOfLede(sentences[0], title) : null), ...studyOf(title, sentences) };
}
