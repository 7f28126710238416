import { findNameChunks, isNameWordOfNoPerson, TWO_NAMES } from "./find-name-chunks";
import { isRoleNoun } from "./entity-rules";
import { bareInfinitiveClause } from "./garbled-question";
import { opensWithPassiveIt } from "./resolve-subject-pronoun";
import { isFiniteVerb, isProperWord, lexiconTags } from "./tag-words";

/**
 * A sentence that cannot be read alone: it opens with This, That, These or "The latter", or names its subject only
 * as "the figure" or "the number" of the sentence before ("In Moldova the figure was about 12%", strict read G2 item
 * 48). Its facts are blanked only with that sentence shown before them (Fact.lead), and
 * never stated as true or false.
 */
// ("Of those, 212 later fell ill": a part of a group the sentence before counts.)
const OPENS_BACK = /^(?:This|That|These|Those|The latter|The former|(?:Of|Among)\s(?:those|these|them),)/;
/**
 * "The third, a longer school day, would cost about £310 million" (lane precision15): an ordinal or "the other" as the
 * whole subject, before an apposition or a verb, is one of the options or steps the sentence before listed. ("The
 * third phase will cost", "The first Harmony Link cable" name what they count.)
 */
// ("The fourth is an education agreement ...": a copula names what it is in its own sentence.)
const BARE_ORDINAL_SUBJECT = /^The\s(?:first|second|third|fourth|fifth|sixth|last|other|latter|former)(?=,|\s(?:would|will|could|should|might|may|has|had|costs?)\b)/;
/**
 * "The largest would store power by day" (strict read AE1-all #36): a superlative as the whole subject, its verb
 * straight after it, is one of the agreements or plants the sentence before listed. ("The largest plant would ...",
 * "The largest, a 90-metre dam, would ..." say what it is.)
 */
const BARE_SUPERLATIVE_SUBJECT = /^The\s(?:largest|biggest|smallest|newest|oldest)\s(?:would|will|could|should|might|may|has|had|costs?)\b/;
/**
 * "The biggest single step cost PLN 210 million" (strict read AA0 #19, #40): a superlative over a noun that names no
 * thing of its own (a step, an item), before what it cost or gave, is the one the sentence before described. ("The
 * biggest single step came in June, when the mill fitted a heat pump" and "The biggest single item is the purchase of
 * 40 trams" say what it is, and the first leads the next in.)
 */
const SUPERLATIVE_OF_NOTHING = /^The\s(?:largest|biggest|smallest)\s(?:single\s)?(?:step|move|item|change|part|portion|chunk|slice|contributor|source|element|component|piece)\s(?:cost|costs|will\scost|would\scost|accounted\sfor|accounts\sfor|saved|saves|added|adds|was\sworth|is\sworth)\b/;
/**
 * "Rovers have now won 18 of those meetings" (lane precision15): a group named only by "those" or "these" after a
 * preposition, with nothing after its noun to say which, is the one the sentence before named. ("of those workers who
 * lost their jobs" says which in its own sentence; a quotation's "in these conditions" is the speaker's.)
 */
const OF_THOSE_NOUNS = /\b(?:of|among|from|in|for)\s(?:those|these)\s\p{Ll}[\p{Ll}-]*s\b(?!\s+(?:who|whom|that|which|where|whose|with|in|of|on|at|from|for|by|under|over|aged|living|born|holding|earning|making|using)\b)/u;
const FIGURE_BACK = /\b[Tt]he\s(?:same\s)?(?:figure|number|proportion|ratio|percentage|total)\b(?!\s+(?:of|for|on|in|at|among|who|that|which)\b)/;

/**
 * "Close to two thirds of them are women", "Housing accounts for €214 million of it." (strict reads K1 #29, M0 #47):
 * a share of "it" or "them" that opens the sentence, or closes it, names its whole only in the sentence before. ("4.3
 * million were eligible, and 312,000 of them voted" names it in its own.)
 */
// ("Almost a third of them have fewer than 100 pupils", strict read AE1-core #9: a fraction with "a" counts too.)
const SHARE_OF_PRONOUN = /^(?:(?:about|around|roughly|nearly|almost|close to|more than|less than|over|under|some|just(?:\s+(?:over|under))?)\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)?|half|most|all|some|many|none|each|both|several|one|two|three|four|five|(?:a|one|two|three|four)\s+(?:half|thirds?|quarters?|fifths?|sixths?|tenths?))\s+of\s+(?:it|them)\b/i;
/** A share that closes the sentence, "... accounts for €214 million of it." */
const SHARE_OF_PRONOUN_CLOSING = /\bof\s+(?:it|them)\.?$/i;
/**
 * "Output has grown to 180,000 tonnes, and the south supplies four fifths of it": a closing share whose sentence opens
 * with a clause of its own before ", and" is a share of that clause's subject, named in the same sentence.
 */
const OWN_CLAUSE_BEFORE = /^(?!(?:It|They|This|That|These|Those)\b)[^;]{12,},\s(?:and|while|but)\s/;
/**
 * "The authority is due to discuss such a closure" (strict read K1 #44): what is discussed is said in the sentence
 * before. ("Such a large rise that ..." is an intensifier, "such as" an example, and "a credit for each such
 * interruption" points back within its own sentence, as does an appositive after a comma, "signed a pact with Peru,
 * the first such deal": what it renames is the clause before the comma.)
 */
const SUCH_BACK = /(?<!\b(?:each|every|any)\s|,\s(?:the|its|their)\s(?:first|second|third|only|last|latest|largest|biggest|\p{Ll}+est)\s)\bsuch\s+(?!as\b)(?:an?\s+)?\p{Ll}{3,}\b(?![^,.;]{0,30}\bthat\b)/u;

/**
 * "Libyan crude accounts for about three quarters of it, while ..." (strict read Q1 #22): a share that something
 * accounts for, or makes up, of "it" or "them" mid-sentence is a share of a whole the sentence before names.
 */
const ACCOUNTS_FOR_SHARE_OF_PRONOUN = /\b(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|represents?|represented)\s+(?:(?:about|around|roughly|nearly|almost|some|barely|only|just\s+(?:over|under)|more\s+than|less\s+than)\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)|half|(?:a|one)\s+(?:third|quarter|fifth|tenth)|(?:two|three|four)[\s-](?:thirds|quarters|fifths|tenths))\s+of\s+(?:it|them)\b/i;
/**
 * "Haitian officials said that would cover about a third of the paddies" (strict read Q1 #9): "that" straight before a
 * verb after "said" is no conjunction but the subject, and stands for what the sentence before told.
 */
const SAID_THAT_SUBJECT = /\b(?:said|says|added|estimated|noted|warned|argued|believes?|believed)\s+that\s+(?:would|will|could|should|might|may|is|was|has|had|means|meant)\b/;

/**
 * "Mills in the district produce about 1.1 million tonnes of it each season" (strict read W0 #6): a measured amount
 * of "it" is of a substance, which the sentence before names. "There are now 72 of them" (W0 #17, #24): a count of
 * "them" that opens with "There are" has nothing before it in its own sentence to count.
 */
/**
 * "The Commission's next review, due in 2027, may force it." (a read of batch 2026-11w): a one-clause sentence that
 * ends on its verb's object "it" or "them" cannot mean its own subject by it (that would be "itself"), so the object is
 * what the sentence before told. A second clause may hold it ("approved the budget and signed it"): not then.
 */
/**
 * What CLOSING_OBJECT_PRONOUN needs at the end, read on the sentence as written: tested first, so the sentence is
 * lower-cased only when it could match (review 29 finding 12; no letter but I, T, H, E, M lower-cases to these).
 */
const CLOSES_WITH_IT_OR_THEM = /\s(?:it|them)[.!]?$/i;
const CLOSING_OBJECT_PRONOUN = /^(?![^]*\b(?:and|but|or|which|that|who|whom|after|before|when|because|while|until|if|once|as|than|so)\b)[^;:]*\s\p{Ll}{2,}\s(?:it|them)[.!]?$/u;

const MEASURE_OF_IT = /\d[\d.,]*\s(?:(?:million|billion|thousand)\s)?(?:tonnes|tons|litres|liters|barrels|gallons|kilograms|kilos|cubic\s(?:metres|meters)|hectares|acres)\s+of\s+it\b/i;
const THERE_ARE_OF_THEM = /^There\s(?:are|were)\s(?:now\s|still\s|already\s)?(?:(?:about|around|roughly|some|nearly|almost|more\sthan|over)\s)?(?:\d[\d,]*|\p{Ll}+)\s+of\s+them\b/u;

/**
 * "Menon said the arm would stop new lending in four districts" (strict read W0 #40): a company's part named only as
 * "the arm", "the subsidiary" or "the venture" is the one the sentence before introduced by name. ("The venture of the
 * two mills", "the subsidiary that runs the port" say which in their own sentence.)
 */
const PART_BACK = /\b[Tt]he\s(?:arm|subsidiary|offshoot|spin-off|venture)\b(?!\s+(?:of|that|which|between|with)\b)/g;
// ("injured the arm", "hit on the arm": a body's arm, after a verb of harm or a place preposition.)
const HARMED_BEFORE = /\b(?:in|on|injured|injures|injuring|hurt|hurts|broke|breaks|broken|fractured|fractures|dislocated|strained|sprained|bruised|twisted|damaged|grabbed|raised|lifted)\s$/i;

/** PART_BACK, unless the part's word heads a compound ("the venture capital fund") or is a body's arm. */
function partBack(sentence: string): boolean {
  for (const m of sentence.matchAll(PART_BACK)) {
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(m.index + m[0].length))?.[1] ?? "";
    const tags = next ? lexiconTags(next) : [];
    const compound = tags.some((t) => /^(?:Singular|Plural|Actor|Noun)$/.test(t)) && !tags.some((t) => /Verb|Tense|Modal|Copula|Infinitive/.test(t));
    if (!compound && !HARMED_BEFORE.test(sentence.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * "In March, the first such deal was signed": an opening phrase with no verb of its own ends at its comma, and what
 * follows is the clause's subject, not an appositive renaming a clause before it. The sentence without that phrase.
 */
function withoutOpeningPhrase(sentence: string): string {
  // (Only a phrase of place or time: "A pact with Peru, the first such deal in a decade, was signed" renames the pact.)
  const phrase = /^((?:In|On|At|By|After|Before|During|Since|Last|Earlier|Later)\b[^,;]{0,40}),\s(?=\p{Ll})/u.exec(sentence);
  if (!phrase) return sentence;
  const words = (phrase[1] ?? "").split(/\s+/);
  return words.some((w, i) => isFiniteVerb(w, words[i - 1])) ? sentence : sentence.slice(phrase[0].length);
}

/**
 * A closing share of "it" or "them" after a clause of its own (OWN_CLAUSE_BEFORE) is a share of that clause's subject
 * only when the subject agrees: "of them" a plural, "of it" no plural ("The ministers met in June, and the north
 * supplies most of it" names what "it" is in the sentence before).
 */
function shareOfOwnClause(sentence: string): boolean {
  if (!OWN_CLAUSE_BEFORE.test(sentence)) return false;
  const first = sentence.split(/,\s(?:and|while|but)\s/)[0] ?? sentence;
  return pluralSubject(first) === /\bthem\.?$/i.test(sentence);
}

/**
 * "The two then drove up to the pass", "The pair agreed ...": a number or pair as the whole subject, with a verb or an
 * adverb straight after it, counts people or things the sentence before names. ("The two countries", "The two largest
 * banks" say what they count.)
 */
function bareGroupSubject(sentence: string): boolean {
  const next = /^The\s(?:two|three|four|pair|trio|couple)\s(\p{Ll}+)\b/u.exec(sentence)?.[1];
  if (next && (isFiniteVerb(next, "two") || lexiconTags(next).includes("Adverb") || next === "of")) return true;
  // "One brings 60 nurses a year to ...", "Another would train 40 engineers" (strict read AE1-core #50): "One" or
  // "Another" as the whole subject, a verb straight after it, is one of the things the sentence before listed. ("One
  // in four homes", "One plant will close", "One Direction" say what they count.)
  // (No plural follows "One", so a word in -s after it is its verb: "One brings", "One commits"; not a singular noun
  // the lexicon knows, "One gas field", "One news outlet".)
  const one = /^(?:One|Another)\s(\p{Ll}+)\b/u.exec(sentence)?.[1];
  const singularNoun = (w: string) => lexiconTags(w).some((t) => /^(?:Singular|Uncountable)$/.test(t));
  return !!one && (isFiniteVerb(one, "it") || /^(?:would|will|could|should|might|may|is|was|has|had)$/.test(one) || (/[^su]s$/.test(one) && !/^(?:series|species|means)$/.test(one) && !singularNoun(one)));
}

/**
 * "Her ministry wants that figure to double by 2030", "below that level", "based on those figures" (strict read W1
 * #47): a measure named only by "that" or "those" is the one the sentence before gave. A "that" after a plural noun
 * is a relative pronoun ("villages that share the grazing", "prices that rise by 5%"), and "said that growth was
 * slow" a conjunction: a singular noun after "that" counts only after a preposition, or after a verb where a noun
 * ends (before a verb, a preposition or the clause's end), and "growth", which needs no article, only after a
 * preposition.
 */
const MEASURE_NOUN = "figure|number|amount|sum|total|level|share|growth|rise|increase|fall|decline|drop|target|measure|rate|price|cost|gap|shortfall";
const THOSE_MEASURES = new RegExp(`\\bthose\\s+(?:${MEASURE_NOUN})s\\b`);
const THAT_MEASURE = new RegExp(`(?<!\\S)(\\S+)\\s+that\\s+(${MEASURE_NOUN})(?=\\s*(?:[.,;:]|$)|\\s(?:to|would|will|could|should|might|may|is|was|has|had|by|as|and|in|within|for|at|from|over|again)\\b)`, "g");
const PREPOSITION = /^(?:for|of|on|above|below|beyond|under|over|than|to|with|from|at|in|by|about|near|around|past|reach|after|before)$/i;

/**
 * "Teachers' unions had asked for twice that", "the west gets less than a tenth of that" (strict read W1 #38): a
 * demonstrative standing alone after a comparison or a share closes its clause on what the sentence before said.
 */
// (Only a share's "of": "Because of this," and "Ahead of this," open a clause on a reason or a time.)
const DEMONSTRATIVE_CLOSING = /\b(?:than|twice|thrice|double|triple|half|times|(?:most|all|part|some|half|much|share|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\s+of)\s+(?:that|this)\s*(?:[.;,)]|$)/;

function demonstrativeBack(sentence: string): boolean {
  // ("Losses are cut to 9.5%, so operators bear those above that level", "employs 2,300 people, 55% of them locals,
  // and will raise that share": a figure before it in its own sentence is what it names; a quotation's "that growth"
  // is the speaker's own.)
  const quoted = /[“”"]/.test(sentence);
  const namedBefore = (at: number) => quoted || /\d/.test(sentence.slice(0, at));
  const those = THOSE_MEASURES.exec(sentence);
  if (those && !namedBefore(those.index)) return true;
  const closing = DEMONSTRATIVE_CLOSING.exec(sentence);
  if (closing && !namedBefore(closing.index)) return true;
  return [...sentence.matchAll(THAT_MEASURE)].some((m) => {
    const [, before = "", noun] = m;
    if (namedBefore(m.index)) return false;
    if (PREPOSITION.test(before)) return true;
    if (noun === "growth" || /[,;:]$/.test(before)) return false;
    return !(/\p{Ll}s$/u.test(before) && !lexiconTags(before).includes("PresentTense"));
  });
}

export function pointsBack(sentence: string): boolean {
  // ("One in four residents is over 65, and the number over 80 ...": a figure after a first clause is that clause's.)
  const firstClause = sentence.split(/,\s(?:and|but|while)\s|;\s/)[0] ?? sentence;
  return (
    OPENS_BACK.test(sentence) ||
    BARE_ORDINAL_SUBJECT.test(sentence) ||
    BARE_SUPERLATIVE_SUBJECT.test(sentence) ||
    SUPERLATIVE_OF_NOTHING.test(sentence) ||
    (OF_THOSE_NOUNS.test(sentence) && !/[“”"]/.test(sentence)) ||
    FIGURE_BACK.test(firstClause) ||
    SHARE_OF_PRONOUN.test(sentence) ||
    (SHARE_OF_PRONOUN_CLOSING.test(sentence) && !shareOfOwnClause(sentence)) ||
    SUCH_BACK.test(sentence) ||
    SUCH_BACK.test(withoutOpeningPhrase(sentence)) ||
    ACCOUNTS_FOR_SHARE_OF_PRONOUN.test(sentence) ||
    SAID_THAT_SUBJECT.test(sentence) ||
    MEASURE_OF_IT.test(sentence) ||
    (CLOSES_WITH_IT_OR_THEM.test(sentence) && CLOSING_OBJECT_PRONOUN.test(sentence.toLowerCase())) ||
    THERE_ARE_OF_THEM.test(sentence) ||
    partBack(sentence) ||
    bareGroupSubject(sentence) ||
    demonstrativeBack(sentence)
  );
}

/**
 * The sentence to show before `sentence` when it points back: the one before it in its paragraph, if that one reads
 * alone and is not too long to read as a lead-in; null otherwise (then the facts get no blank at all).
 */
export function leadFor(sentence: string, previous: string | null): string | null {
  return (pointsBack(sentence) || OPENS_WITH_TIME_BEFORE.test(sentence)) && previous && readsAsLead(previous) ? previous : null;
}

/**
 * "Until now observers were required on one trip in three" (strict read W1 #4): what changed is told in the sentence
 * before, as is the time of "At the time" and "Since then". Such a sentence is blanked after that one when it reads
 * alone; first in its paragraph, it is placed by the title ("… opens desalination plant": until the plant opened), and
 * asked as before.
 */
// ("At the time of writing" is the writer's own time.)
const OPENS_WITH_TIME_BEFORE = /^(?:Until (?:now|then)|At the time(?!\s+of\b)|Since then)\b/;

/** A sentence that can lead another in: it reads alone (no pointing back, no opening pronoun), unquoted, <= 40 words. */
function readsAsLead(previous: string): boolean {
  // ("Bhd. to weave denim ...": the tail of a sentence split at a company's "Sdn. Bhd." opens with its abbreviation.)
  // ("To require every trawler to carry an observer." is a decision's numbered point, not a sentence: lane precision15.)
  return !/^\p{Lu}\p{L}*\.\s\p{Ll}/u.test(previous) && !bareInfinitiveClause(previous) && !pointsBack(previous) && !/^(?:It|They|He|She|His|Her|Its|Their)\b/.test(previous) && previous.split(/\s+/).length <= 40 && !/[“”"]/.test(previous);
}

/**
 * "The plant will process seaweed. It will employ _____ people": a sentence opening with "It" that
 * nothing could be written in for is still read after the sentence before it, which says what it is: that sentence,
 * on the same terms as leadFor; null otherwise (then its facts get no blank, as before). So is a passive "It" ("It was
 * restored in 2018 at a cost of _____"), and a He or She no one was written in for, when the sentence before offers
 * the reader one person for it (offersOnePerson).
 */
export function pronounLeadFor(sentence: string, previous: string | null): string | null {
  // ("It was his ninth goal", "It was Lund who ...": a copula's "it" is whatever the reader makes of it; not led.)
  // (Nor after "Ingrid Solheim, a baker, ...", where "it" is no person's; a They only after a plural subject.)
  // ("In 2025 it carried 18.7 million passengers": an "it" after an opening phrase is read the same way. Only led, never
  // refused: without a lead the item stays as before, which the title often places.)
  if (previous && pronounAfterOpeningPhrase(sentence) && readsAsLead(previous)) return previous;
  if (!previous || !/^(?:It|He|She|They)\s/.test(sentence) || !readsAsLead(previous)) return null;
  if (/^(?:He|She)\s/.test(sentence)) return offersOnePerson(previous, sentence.startsWith("He")) ? previous : null;
  if (/^They\s/.test(sentence)) return pluralSubject(previous) ? previous : null;
  // (A passive It only after a sentence about a thing named or determined, "The centre ...", "Skagerrak Vest ...": after
  // "Rain fell on Norlake all day. It was signed in 2019 ..." what was signed is another sentence's.)
  const it = /^It\s(?!(?:is|was|has been|had been)\b)/.test(sentence) || (opensWithPassiveIt(sentence) && (/^(?:The|A|An|Its|Their|His|Her)\s/.test(previous) || isProperWord(previous.split(" ")[0] ?? "")));
  return it && !/^\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}-]+,\s(?:a|an)\s/u.test(previous) ? previous : null;
}

/**
 * "Hearts last finished top in 1960. They were relegated in 2014", "In tests, the cells kept 91% of their capacity.
 * They also worked at minus 20 degrees": whether the sentence before has a plural subject, which an opening They is
 * then read as: the words before its first verb hold a plural ("Hearts", "the cells", "Oslo and Bergen"), or the verb
 * agrees with one ("Tappara have won ..."). ("The trust runs four boats": a singular subject leaves They unclear.)
 */
/** ", which trade on the TSX,", ", as Guadalajara are known,": an aside between a subject and its verb says more of it. */
const SUBJECT_ASIDE = /,\s(?:which|who|as)\s[^,;:“”"]{1,80},\s/;

function pluralSubject(previous: string): boolean {
  // (The aside goes before the words are read: "Shares in Red River, which trade on the TSX, fell ..." has "Shares" for subject.)
  const words = previous.replace(/^(?:In|On|At|During|After|By|Since|Last|Back|Over|For|Under)\s[^,]{1,60},\s+/, "").replace(SUBJECT_ASIDE, " ").split(/\s+/);
  const verbAt = words.findIndex((w, i) => i > 0 && isFiniteVerb(w, words[i - 1]));
  // (A comma or quotation before the verb is an apposition or a quote; a number's comma, "4,000 farms", is neither.)
  if (verbAt < 1 || words.slice(0, verbAt).some((w) => /[“”"]|,(?!\d)/.test(w))) return false;
  const subject = words.slice(0, verbAt);
  return /^(?:have|are|were)$/.test(words[verbAt] ?? "") || subject.includes("and") || subject.some((w) => /\p{L}[^sui’'\W]s$/u.test(w) && !/^(?:its|this|his|has|was|as|us)$/i.test(w));
}

/**
 * "A traveller who returned from Samoa ... He visited _____", "The 26-year-old ... added his second. He now has _____
 * goals": whether the sentence before gives an opening He (`male`) or She one person to be: one person's name, or none
 * and a person described (a role, "the 22-year-old") or pointed to by a pronoun of the same sex. Two names, or a name
 * the lexicon knows as the other sex's, leave the pronoun unclear.
 */
function offersOnePerson(previous: string, male: boolean): boolean {
  const chunks = findNameChunks(previous);
  const people = chunks.filter((c) => c.kind === "person");
  // ("Tom Hardy met Anna Berg on Friday": a given name and a surname no chunk took count as a person too.)
  const unclassed = [...previous.matchAll(TWO_NAMES)].filter((m) => !chunks.some((c) => c.start < m.index + m[0].length && m.index < c.end) && !isNameWordOfNoPerson(m[1] ?? "") && !isNameWordOfNoPerson(m[2] ?? ""));
  // ("The finance minister met the new central bank governor", "Tom Hardy praised the coach": each person described
  // counts, a role within four words after a determiner; "Tomas Kelesi, the captain, ...": not one in apposition.)
  const roles = describedPeople(previous, people.length > 0);
  if (people.length + unclassed.length + roles > 1) return false;
  if (people.length === 1) return !lexiconTags(people[0]?.name.split(" ")[0] ?? "").includes(male ? "FemaleName" : "MaleName");
  if (unclassed.length === 1) return !lexiconTags(unclassed[0]?.[1] ?? "").includes(male ? "FemaleName" : "MaleName");
  if ((male ? /\b(?:he|him|his|himself)\b/i : /\b(?:she|her|herself)\b/i).test(previous)) return true;
  return roles === 1;
}

/**
 * How many people `previous` describes: a role or an age ("the 22-year-old") within four lower-case words after a
 * determiner ("copper wire" is no coppersmith); with `named`, not one in apposition right after a comma.
 */
function describedPeople(previous: string, named: boolean): number {
  const words = previous.split(/\s+/);
  let count = 0;
  words.forEach((w, i) => {
    if (!/^[\p{Ll}-]+[,.;]?$/u.test(w) || !(/year-old[,.;]?$/.test(w) || isRoleNoun(w.replace(/[,.;]$/, "")))) return;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const at = words[j] ?? "";
      if (/^(?:an?|the|its|their)$/i.test(at)) {
        if (!(named && /,$/.test(words[j - 1] ?? ""))) count++;
        return;
      }
      if (!/^[\p{Ll}-]+$/u.test(at)) return;
    }
  });
  return count;
}

/**
 * "The Vella reserve is run by three villages. Its head ranger, Tomas Kelesi, said ...": a sentence that opens with a
 * possessive no owner could be written in for is still read after the sentence before it, which says whose: that
 * sentence, on the same terms as leadFor; null otherwise.
 */
export function possessiveLeadFor(sentence: string, previous: string | null): string | null {
  if (!/^(?:Its|Their|His|Her)\s\p{Ll}/u.test(sentence) || !previous || !readsAsLead(previous)) return null;
  // ("The authors agree ... Their next step": a people's possessive needs a name before it, not a described group.)
  return /^Its\s/.test(sentence) || /^(?:The\s)?\p{Lu}[\p{L}’'-]*\s\p{Lu}|^(?!The\s|A\s|An\s|In\s|On\s|At\s)\p{Lu}\p{Ll}+\s/u.test(previous) ? previous : null;
}

/**
 * "In trial nets in the 2025-26 season it kept growing at up to 24.5°C" (strict read AA0 #8, lane precision15): a
 * subject "it" after an opening phrase of place or time, which has no verb of its own, is as unplaced as an opening
 * It: what grew is named only before. ("In March the council said it would ...": "it" after a verb is the
 * clause's own subject's.)
 */
export function pronounAfterOpeningPhrase(sentence: string): boolean {
  // "Ten years ago it had 41 pupils", "Two seasons later it was relegated" (strict read AE1-core #10): a span of time
  // counted back or on, with no verb, opens the clause as a preposition's phrase does.
  if (/^(?:\p{L}+\s){1,2}(?:years?|months?|weeks?|days?|decades?|seasons?)\s(?:ago|later|earlier|before|on),?\sit\s/u.test(sentence)) return true;
  // "Between 2018 and 2025 it was 15 July" (strict read AE0-core #35): a copula's "it" after a span of years is the
  // figure the sentence before named, as any other verb's.
  if (/^Between\s[^,;:.“"]{1,40}?\sand\s[^,;:.“"]{1,20}?,?\sit\s/.test(sentence)) return true;
  const m = /^(?:In|On|At|During|After|Before|Since|By|Over|Under|Last|Earlier|Later|From|Until)\s([^,;:.“"]{1,60}?),?\sit\s(?!is\b|was\b)/.exec(sentence);
  if (!m) return false;
  const words = (m[1] ?? "").split(/\s+/);
  return !words.some((w, i) => isFiniteVerb(w, words[i - 1]));
}
