import { ARTICLES, DEMONSTRATIVES, POSSESSIVES, PROPER_NAME_TAG, QUESTION_AUX, isFiniteVerb, lexiconTags } from "./tag-words";

/**
 * Pure form rules for a built question or stem, shared by the generator's question check (garbled-question.ts) and
 * scripts/audit-questions.ts. Each rule names a class of ill-formed wording the strict reads found ("More than how much
 * does ... owe?", "Which union did When Poland join?", "How much did Drought cut ...?"), written over word shapes
 * and the lexicon, never over one article's words.
 */
export type FormClass =
  | "wh after comparative or preposition"
  | "second wh-word or subordinator after the aux"
  | "capitalised common word mid-question"
  | "did with a non-base verb"
  | "no finite clause"
  | "ends in a preposition, determiner or conjunction";

/** "More than how much ...?", "Of which province did ... arrive?": no verb takes its wh-phrase this way. */
const WH_AFTER_COMPARATIVE = /^(?:(?:More|Less|Fewer|Greater|Higher|Lower|Larger|Smaller|Other|Rather)\s+than\s+(?:how|which|who|whom)|(?:Of|As)\s+(?:how|what|which|who|whom))\b|\b(?:than|of)\s+how\s+(?:much|many)\b/;

const AUX_SOURCE = QUESTION_AUX.join("|");
/**
 * "Which union did When Poland join?": a subordinator with its capital kept after the aux opened the source clause;
 * "How many ... did how many ...": a second wh-phrase. (A relative "which"/"who" after the subject is no question word.)
 */
const SECOND_WH_WORD = new RegExp(String.raw`\b(?:${AUX_SOURCE})\s(?:[^?]*?\s)?(When|After|Before|If|Although|Though|While|Because|Since|Unless|Until|Once|As|How|What|Which|Where|Why)\s(\S+)`, "g");
// (A second "how much/many" after a question that opens with one, or right after the aux or a short subject, "did the
// council how much": not one inside a clause a "What" question asks about, "What did the report say about how much water ...?".)
const SECOND_HOW = new RegExp(String.raw`\b(?:${AUX_SOURCE})\s(?:(?!(?:about|of|on|in|for|with|over|to|at|from|by|into|that|whether)\s)[^\s?]+\s){0,2}how\s+(?:much|many)\b`);
const HOW_THEN_SECOND_HOW = new RegExp(String.raw`^How\s+(?:much|many)\b.*\b(?:${AUX_SOURCE})\s(?:[^?]*\s)?how\s+(?:much|many)\b`);

/**
 * The subordinator or wh-word opens a title or name when the capitalised word after it is neither a name nor a noun
 * ("As You Like It", "Since Then"): "When Poland joined", "After Labour won" are still clauses.
 */
function secondWh(question: string): boolean {
  if (HOW_THEN_SECOND_HOW.test(question)) return true;
  const rest = question.slice(question.search(/\s/) + 1);
  if (SECOND_HOW.test(rest)) return true;
  for (const m of rest.matchAll(SECOND_WH_WORD)) {
    const next = (m[2] ?? "").replace(/[^\p{L}’'-]+$/u, "");
    const tags = /^\p{Lu}/u.test(next) ? lexiconTags(next) : [];
    if (tags.length > 0 && !tags.some((t) => PROPER_TAG.test(t) && t !== "Pronoun" || /^(?:Singular|Plural|Uncountable|Noun)$/.test(t))) continue;
    return true;
  }
  return false;
}

/**
 * A capitalised word whose lexicon entry is a common word ("Board", "Energy", "State"): capitalised mid-question only
 * because it opened its sentence. Names, places, months and titles before a name are not this.
 */
// (tag-words' proper-name tags, and the other tags a capital belongs to: months, days, acronyms, titles, pronouns.)
const PROPER_TAG = new RegExp(`${PROPER_NAME_TAG.source}|Month|WeekDay|Date|Holiday|Acronym|Honorific|Currency|Pronoun|QuestionWord`);
const WORDS = /[\p{L}’'-]+|[^\s\p{L}]+/gu;

function capitalisedCommonWord(question: string, sentence?: string, text: string | undefined = sentence): string | null {
  const words = question.match(WORDS) ?? [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const before = words[i - 1] ?? "";
    const after = words[i + 1] ?? "";
    // (A word of a longer name, "Energy Ministry", "Bank of Ghana", "Frontiers in Marine Science", or a body named by its head, "the Board", or
    // one after a quotation mark or colon, which may open a title.)
    if (/^\p{Lu}/u.test(before) || /^\p{Lu}/u.test(after) || (/^(?:of|and|&|in|for|de|on)$/.test(after) && /^\p{Lu}/u.test(words[i + 2] ?? ""))) continue;
    if (/^(?:the|The|’s|'s|[“"‘(:–—-])$/u.test(before) || /[“"‘(:]$/u.test(before)) continue;
    // ("Bureau of Statistics", "Trade, Economic, ...": the tail of a name joined by a small word or a comma.)
    if (/^(?:of|and|on|for|de|&|,|’s|'s)$/u.test(before) && /^\p{Lu}/u.test(words[i - 2] ?? "")) continue;
    const tags = lexiconTags(word);
    // (Titles, "Governor", and adjectives, "Western", are capitalised by house style; only a noun or verb is this.)
    // (Only a noun: "Racing" of "Racing de Santander" is a gerund, "Lumen" a unit, both names here.)
    if (!tags.some((t) => /^(?:Singular|Plural|Uncountable|Noun)$/.test(t)) || tags.some((t) => PROPER_TAG.test(t) || /Actor|Adjective|Comparable|Modal|Unit|Gerund/.test(t))) continue;
    // (Given the sentence, only a word that opened it and is written nowhere else in it with its capital: "Total
    // income climbed ..." asked "... did BSE Ltd. Total income climb ...?", not a product the article names.)
    if (sentence !== undefined && !(sentence.startsWith(`${word} `) && !sentence.includes(` ${word}`))) continue;
    // (Nor a word the article never writes in lower case: a one-word body that opens its sentence, "Labour won 411
    // seats.", "Arsenal won 20 games.", is a name there; "Total income climbed ..." beside "the total rose" is not.)
    if (sentence !== undefined && !new RegExp(String.raw`(?<![\p{L}’'-])${word.toLowerCase()}(?![\p{L}’'-])`, "u").test(text ?? sentence)) continue;
    return word;
  }
  return null;
}

/** "did increased", "does announced": do-support with a past tense, or a gerund, where the bare verb belongs. */
function didWithNonBaseVerb(question: string): boolean {
  for (const m of question.matchAll(/\b(?:did|does|do)\s+(\p{Ll}+)\b/gu)) {
    const word = m[1] ?? "";
    const tags = lexiconTags(word);
    if (tags.length === 0) continue;
    if (tags.includes("PastTense") && !tags.some((t) => /Infinitive|Noun|Singular|Plural|Adjective|Participle/.test(t))) return true;
  }
  return false;
}

const VERB_TAG = /Verb|PastTense|PresentTense|Infinitive|Copula|Modal|Auxiliary|Participle|Gerund/;

/**
 * "How many in the valley by 2030?": no word after the wh-word that could be a verb. (A word the lexicon does not
 * know in lower case, or any "-s" word, "Who chairs ...?", may be one: only a question with none is flagged.)
 */
function noFiniteClause(question: string): boolean {
  const words = (question.match(/[\p{L}’'-]+/gu) ?? []).slice(1);
  return !words.some((w, i) => /^\p{Ll}[\p{L}’'-]*s$/u.test(w) || isFiniteVerb(w, words[i - 1]) || (lexiconTags(w).length === 0 && /^\p{Ll}/u.test(w)) || lexiconTags(w).some((t) => VERB_TAG.test(t)));
}

// (Articles, possessives and demonstratives but "that", which may end a clause, and the words wanting what follows.)
const WANTS_OBJECT = [...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES.filter((w) => w !== "that"), "of", "than", "and", "or", "but", "between", "such"].join("|");
const DETERMINER_END = new RegExp(String.raw`\s(?:${WANTS_OBJECT})\s*\?$`);
// (A stem may end on a particle or a stranded preposition, "Austria joined in.", "the mesh we started with.": only a
// determiner, "of", "than" or a conjunction must take what follows.)
const STEM_PREPOSITION_END = new RegExp(String.raw`\s(?:${WANTS_OBJECT})\s*[.!]?$`);

/**
 * The first class this question's wording falls in, or null when none of the form rules fires. Given the sentence
 * it was built from, a capitalised common word counts only when it opened that sentence (a name often looks common)
 * and the article (`text`, else the sentence) writes the word in lower case somewhere.
 */
export function questionFormClass(asked: string, sentence?: string, text?: string): FormClass | null {
  // (A quoted title, "What does EU stand for in “Analysis: Why ...”?", is not the question's wording; nor is a
  // sentence shown before it, "... completed a course. How long was the course?")
  const question = questionSentence(asked.replace(/“[^”]*”/g, "“”"));
  if (WH_AFTER_COMPARATIVE.test(question)) return "wh after comparative or preposition";
  if (secondWh(question)) return "second wh-word or subordinator after the aux";
  if (didWithNonBaseVerb(question)) return "did with a non-base verb";
  if (DETERMINER_END.test(question)) return "ends in a preposition, determiner or conjunction";
  if (noFiniteClause(question)) return "no finite clause";
  if (capitalisedCommonWord(question, sentence, text)) return "capitalised common word mid-question";
  return null;
}

/** The question itself: the last sentence, after any shown before it for context ("Dr.", "St." end none). */
export function questionSentence(text: string): string {
  const parts = text.split(/(?<!\b\p{Lu}\p{Ll}{0,3}\.)(?<=[.!?])\s+(?=\p{Lu})/u);
  return parts[parts.length - 1] ?? text;
}

/** A cloze or completion stem (a sentence with its blank) that ends on a word wanting its object: "... the fourth of." */
export function stemFormClass(stem: string): FormClass | null {
  const text = stem.replace(/\s*\(.*?\)\s*$/, "").trim();
  return STEM_PREPOSITION_END.test(text) ? "ends in a preposition, determiner or conjunction" : null;
}
