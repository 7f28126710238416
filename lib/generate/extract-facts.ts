import { FIRM_DOER_WORD_SOURCE } from "./body-nouns";
import { MONTH_NAME_SOURCE } from "./calendar-names";
import { escapePattern } from "./escape-pattern";
import { caseSections, withSectionCase } from "./section-case";
import type { ArticleInput } from "@/lib/content/parse-article";
import { COMPANY_NOUNS, buildQuestion, parseClause, resolvePronoun } from "./build-question";
import { DATELINE, MIXED_CASE_DATELINE, stripDateline } from "./datelines";
import { definedTerms } from "./defined-terms";
import { entityQuestion, roleQuestion } from "./entity-question";
import { companyOwnerReader, mainCompanyRoleQuestion } from "./company-role-question";
import { itsRoleHolder } from "./its-role-holder";
import { COUNTRYLESS_OFFICE, DEMONYM_OF, findEntitySpans, newEntityMatchCache, officesHeldTwice, officesNamedIn, tellsOfVisit, type EntityMatchCache } from "./find-entity-facts";
import { askNameChunks, peersIn } from "./ask-name-chunk";
import { LEGAL_FORM, LEGAL_FORM_SOURCE, findNameChunks, peopleByUsage, type NameChunk } from "./find-name-chunks";
import { fallbackNamesOf, fallbackValueSpans, headerWordsOf, namedInHeader, type FallbackName } from "./fallback-spans";
import { findValueSpans, type ValueSpan } from "./find-value-spans";
import { addKnownPerson, newKnownPeople, peopleEndingLike } from "./known-people";
import { findLedePerson } from "./lede-person";
import { countryOfDemonym, isCountryName } from "./demonyms";
import { mainCountry } from "./main-country";
import { organisationKind } from "./organisation-kind";
import { placeSubject } from "./place-subject";
import { aboutSeveralCountries, countriesAndPeoplesIn, countriesIn } from "./whose-country";
import { demonymOfPlaceIn, placedInArticle } from "./placed-in-article";
import { notAFactSentence, qualifiesNoun, refusedSpan, withoutGiveaway } from "./refuse-span";
import { formatDate, resolveRelativeDates } from "./resolve-dates";
import { isRoleNoun } from "./entity-rules";
import { bareSharedSurname, genderOf, namesAnotherByNoun, namesOtherPerson, openingGender } from "./other-person-named";
import { PHRASE_END, offersOtherThing } from "./other-it-referent";
import { QUALIFIED, describedPersonBefore } from "./described-person";
import { articleCurrencyLetters } from "./currency-names";
import { leadFor, pointsBack, possessiveLeadFor, pronounLeadFor } from "./points-back";
import { carriesResearchers, EVENT_IT, OPENS_WITH_PERSON_PRONOUN, passiveItAfterObject, POSSESSIVE_IT, peopleNamedIn, personSubjectOf, reportedClause, resolveResearchersThey, resolveAboutIt, resolveSubjectIt, resolveSubjectPronoun, scorerBefore } from "./resolve-subject-pronoun";
import { SPEECH_QUESTION } from "./speech-verbs";
import { splitSentences } from "./split-sentences";
import { storyReferents } from "./story-referents";
import { isFiniteVerb, isProperWord, lexiconTags } from "./tag-words";
import type { Fact, FactKind } from "./types";
import { cutAtParticle } from "./name-particles";
import { abbreviationWorthAsking } from "./worth-learning";

const PERSON_MENTION = /\b(?:(?:Deputy |Vice )?(?:Prime Minister|President|Minister|Mr|Ms|Mrs|Dr|leader|counterpart))\s+((?:[A-Z][a-zà-ỹđ'’-]+\s?){2,3})/g;

/** The two countries an article is mostly about, to say whose "bilateral trade" a sentence means. */
function mainPlaces(body: string): [string, string] | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/\b[A-Z][a-z]+\b/g)) {
    const w = m[0];
    if (lexiconTags(w).includes("Country")) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [a, b] = top;
  return a && b && b[1] >= 3 ? [a[0], b[0]] : null;
}

function lastPersonIn(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(PERSON_MENTION)) last = (m[1] ?? "").trim().replace(/['’]s$/, "");
  for (const m of text.matchAll(/\b(?:Russian |Vietnamese )?(?:President|Prime Minister) (?:[A-Z][a-z]+ )?([A-Z][a-z]+)\b/g)) last = (m[0] ?? "").replace(/^(?:\w+ )?(?:President|Prime Minister) /, "");
  return last;
}

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const SPEAKER = new RegExp(String.raw`(?:^|[”"]\s*,?\s*)((?:${NAME_WORD}\s){0,2}${NAME_WORD})\s+(?:said|says|added|told)\b`, "u");
const SAID_NAME = new RegExp(String.raw`[”"],?\s+(?:said|says|added)\s+((?:${NAME_WORD}\s){1,2}${NAME_WORD})\b`, "u");
const OPENING_NAME = new RegExp(String.raw`^((?:${NAME_WORD}\s){0,2}${NAME_WORD})(?:[’']s\s|,\s+(?:a|an|the)\s)`, "u");
/** "Amendola was gracious in defeat.": a name opening the sentence as its subject, its verb straight after it. */
const OPENING_SUBJECT = new RegExp(String.raw`^((?:${NAME_WORD}\s){0,2}${NAME_WORD})\s+(\p{Ll}+)\b`, "u");

/**
 * The name a sentence opens with as the subject of its verb, when every word of it keeps its capital (no "Revenue
 * rose", "Drought cut"): a later "He" may be that name's, so it is never the person of a sentence before (strict read
 * AI1: "He will serve a touchline ban" after "Amendola was gracious in defeat" was given to the striker named earlier).
 */
function openingSubjectName(text: string): string | undefined {
  const m = OPENING_SUBJECT.exec(text);
  const [name = "", verb = ""] = [m?.[1], m?.[2]];
  const words = name.split(" ");
  if (!m || !words.every((w) => isProperWord(w)) || !isFiniteVerb(verb, words[words.length - 1])) return undefined;
  return name;
}

/** "Lucía Elena Ferraro" for a known "Lucía Ferraro": the same first and last word. */
function knownByEnds(name: string, known: (name: string) => string[]): boolean {
  const words = name.split(" ");
  return known(words[words.length - 1] ?? "").some((k) => k.split(" ")[0] === words[0]);
}

/**
 * "Cheruiyot said", "..., said Priya Nair, an analyst", "Almaz Gebre, a former runner, won", "Gebre’s time was": a person the sentence is about though no
 * title names them. The full name when the article named them before; undefined when the sentence names no one, and
 * null when it names someone unknown (a later "she" is then nobody the article has made sure of). The people known so
 * far are listed only for a sentence that names someone, and only those who may be `name` (`known`): listing them all
 * for every sentence grew with the cast.
 */
function untitledPerson(text: string, known: (name: string) => string[]): string | null | undefined {
  const said = SPEAKER.exec(text)?.[1] ?? SAID_NAME.exec(text)?.[1] ?? OPENING_NAME.exec(text)?.[1];
  const name = said ?? openingSubjectName(text);
  if (!name || /^(?:The|This|That|It|He|She|They|We|I|In|On|At|But|And)$/.test(name.split(" ")[0] ?? "")) return undefined;
  const full = known(name).find((k) => k === name || k.endsWith(` ${name}`));
  if (full) return full;
  // ("Mamelodi Sundowns beat Orlando Pirates 2-1", "John Lewis cut 1,500 jobs": a subject by its place alone may be a
  // club or a firm, even one named after a person, so it is the person a later "He" means only when the article named
  // that person before ("Lucía Elena Ferraro was born ..." after "Lucía Ferraro"); else it only ends the person before
  // it; review 32c finding 2, review 32d finding 5.)
  if (!said && !(name.includes(" ") && knownByEnds(name, known))) return null;
  // "Poland’s energy minister", "Hearts’ lead": a place or a club is not a person.
  if (DEMONYM_OF[name] || lexiconTags(name.split(" ")[0] ?? "").some((t) => /Place|Country|City|Region|Organization/.test(t))) return undefined;
  return name.includes(" ") ? name : null;
}

/** "In 2025, ", "For the full year, ": a time or scope opening a sentence, before its subject. */
const LEAD_ADVERBIAL = /^(?:In|On|During|After|By|Since|Last|For|Over|Throughout)\s[^,]{1,60},\s+/;
/**
 * "Norlake Foods, founded in 1987, runs ...", "Norlake Foods, a Bergen bakery chain, runs ...": a name whose
 * description is set off by commas; the clause's subject is the name alone.
 */
const NAME_WITH_APPOSITIVE = /^((?:\p{Lu}[\p{L}\d&.’'-]*\s){0,4}\p{Lu}[\p{L}\d&.’'-]*),\s+(?:(?:founded|based|headquartered|established|created|formed|set up|owned|listed|registered)\s|(?:a|an)\s)[^,“”"]{1,60},\s+(?=\p{Ll})/u;

/** A predicate that brings in a new thing a next "It" may mean: "unveiled the Gipfel 1000", "has bought a trawler". */
const INTRODUCES_THING = /\b(?:(?:unveil|launch|introduc|present|releas|announc|open|acquir|complet|sign|order|deliver|design|develop|produc)(?:e?s|e?d)|builds|built|bought|buys|makes|made)\b/;

/** The clause a sentence's subject is read from: no dateline, no opening time or scope. */
function subjectClause(text: string): string {
  return text.replace(DATELINE, "").replace(LEAD_ADVERBIAL, "");
}

/** A named subject ("The European-Japanese spacecraft BepiColombo") that a next-sentence "It" can stand for. */
function namedSubjectOf(text: string): string | null {
  const clause = subjectClause(text);
  // (A name, its description between commas, then a lower-case word: the name is the subject, whether or not the
  // tagger knows "runs" or "processes" for a verb.)
  const described = NAME_WITH_APPOSITIVE.exec(clause);
  // ("Voralp, based in Innsbruck, unveiled the Gipfel 1000, a battery pack. It weighs 3.9 kg": a thing the sentence
  // brings in is what a next "It" is, not the name.)
  if (described && INTRODUCES_THING.test(clause.slice(described[0].length))) return null;
  const subject = described?.[1] ?? parseClause(clause)?.subject ?? "";
  const words = subject.split(" ");
  if (words.length === 0 || words.length > 6 || /[,“”"()]/.test(subject)) return null;
  // The head must be a name, and not a person's (a person is "he" or "she", not "it").
  const head = words[words.length - 1] ?? "";
  if (!/^\p{Lu}[\p{L}-]+$/u.test(head) || PERSON_MENTION.test(subject) || /\band\b/.test(subject)) return null;
  // A lone sentence-initial "Councillors" is capitalised only because it starts the sentence.
  if (words.length === 1 && !/^\p{Lu}.*\p{Lu}/u.test(head) && (/s$/.test(head) || lexiconTags(head).length > 0 && !isProperWord(head))) return null;
  PERSON_MENTION.lastIndex = 0;
  // ("Kymi Terminals is expected to open a terminal in Kotka. It will hold ...": the terminal may be what holds.)
  const at = clause.indexOf(subject);
  if (at < 0 || offersOtherThing(clause.slice(at + subject.length), isRoleNoun)) return null;
  return subject;
}

// "Vietnam and Russia", "Chile, Peru and Bolivia": names joined by "and" (compiled once: Unicode classes compile slowly).
/**
 * "Who was the Bahraini Minister of Industry in November 2026?", "Who is Vardia’s Foreign Secretary?", "Who is Vardia’s
 * foreign minister?", "Who was the MFSA’s chief officer for supervision in November 2026?": whose office and when.
 */
// ("Who was the MFSA’s chief officer for supervision in November 2026?": a body's letters own the office as well.)
// ("Who was the governor of Neuquén in November 2026?": an office of a named place or body, as find-entity-facts.ts
// asks one only when it has one holder, says whose by its "of", so "The plant was opened by ..." needs no placing.)
const SELF_CONTAINED_OFFICE = /^Who (?:was the (?:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,8}’s) .+|\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,2} of (?:the )?\p{Lu}.*) in \p{Lu}\p{Ll}+ \d{4}|is \p{Lu}[\p{L}-]*’s \p{L}.+)\?$/u;

/** A fact whose question needs nothing from its sentence's subject: what letters stand for, a nickname, a dated office. */
function asksWithoutSubject(f: Fact, article: ArticleInput): boolean {
  // ("What is the scientific name of the fluted giant clam?", "Which plan is known as PNRR?" name all they ask, whatever
  // their sentence's subject.)
  return abbreviationWorthAsking(f, article) || ((f.unit.startsWith("other name of ") || /^defined (?:scientific name of|name of|term for) /.test(f.unit) || / known as \S/.test(f.unit)) && !!f.question) || (f.kind === "person" && SELF_CONTAINED_OFFICE.test(f.question ?? "")) || asksOwnStudy(f);
}
/**
 * Science news asked under its article's title, needing nothing from the sentence's subject: the journal of the
 * article's own study ("It was published this week in J": "In which journal was the study published?") and a species'
 * IUCN status (science-rules.ts).
 */
function asksOwnStudy(f: Fact): boolean {
  if (f.unit === "journal") return f.ownStudy === true && !!f.question;
  return /^defined status the (?:IUCN|International Union for Conservation of Nature) gives /.test(f.unit) && !!f.question;
}
const LIST_NAME = String.raw`\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}`;
const NAMES_AND_NAME = new RegExp(`^${LIST_NAME}(?:,\\s${LIST_NAME})*,?\\sand\\s${LIST_NAME}$`, "u");

/**
 * What a sentence-initial "They" means: the previous sentence's subject when it names several ("Vietnam and Russia")
 * or a plural name ("The Social Democrats"); else nothing, and the sentence's questions are refused.
 */
function pluralSubjectOf(previous: string): string | null {
  const clause = previous.replace(DATELINE, "").replace(/^(?:In|On|During|After|By|Since|Last)\s[^,]{1,60},\s+/, "");
  const subject = parseClause(clause)?.subject ?? "";
  if (NAMES_AND_NAME.test(subject)) return subject;
  return /^The\s(?:\p{Lu}[\p{L}-]*\s){0,3}\p{Lu}[\p{L}-]*s$/u.test(subject) ? subject.replace(/^The/, "the") : null;
}

/** "VALENCIA, Spain — ", "HANOI: ": how many characters a dateline takes at the start of a sentence. */
function datelineLength(text: string): number {
  return text.length - stripDateline(text).length;
}

/**
 * "The company signed ... It also completed ...": "It" is what "the company" names in this article: the name the
 * sentence before was placed with (`placedPrevious`, place-subject.ts), which is the nearer company when that sentence
 * followed one naming another ("... commits Aerolusa Componentes, a maker of cabin parts, ... The company will invest
 * €18 million ... It already supplies ..."). When the sentence before could not be placed, neither can its "It".
 */
function describedSubjectOf(previous: string, company: string | null, placedPrevious: string | null): string | null {
  // ("For the full year, the company raised ...": the company is still the subject.)
  const subject = parseClause(subjectClause(previous))?.subject ?? "";
  if (!new RegExp(`^[Tt]he (?:${COMPANY_NOUNS})$`).test(subject)) return null;
  if (placedPrevious === null) return null;
  const at = previous.indexOf(subject);
  // ("The company bought Baltic Tank Ltd. It employs ...": the company bought may be the one that employs.)
  if (at < 0 || offersOtherThing(previous.slice(at + subject.length), isRoleNoun)) return null;
  const lead = previous.slice(0, at);
  const rest = previous.slice(at + subject.length);
  const written = at >= 0 && placedPrevious !== previous && placedPrevious.startsWith(lead) && placedPrevious.endsWith(rest) ? placedPrevious.slice(lead.length, placedPrevious.length - rest.length).trim() : null;
  if (written && /^\p{Lu}/u.test(written) && !/^[Tt]he\s\p{Ll}/u.test(written)) return written;
  return resolvePronoun(subject, { sentence: previous, publishedAt: null, lastPerson: null, mainPlaces: null, company });
}

/** A passive "It" after a sentence whose verb takes a thing (resolve-subject-pronoun.ts): its subject is not "It". */
function passiveItAfterThing(text: string, previous: string): boolean {
  const clause = subjectClause(previous);
  const subject = parseClause(clause)?.subject ?? "";
  const at = subject ? clause.indexOf(subject) : -1;
  return at >= 0 && passiveItAfterObject(text, clause.slice(at + subject.length));
}

/**
 * "It is the third budget ..." after a sentence about "the budget": "It" is the budget. Only when the noun heads the
 * phrase, ending it before a function word, a comma or the end: "It is the largest ferry operator" after "bought the
 * ferry" is the operator that bought it, not the ferry.
 */
function describedReferent(text: string, previous: string): string | null {
  const found = /^It (?:is|was) (?:the|a|an) [\w-]+ ([a-z][\w-]+)(?=([,;:.]?\s*$|[,;:]|\s+([\w-]+)))/.exec(text);
  const noun = found?.[1];
  const next = found?.[3];
  if (!noun || (next !== undefined && !PHRASE_END.test(next))) return null;
  return new RegExp(`\\bthe ${noun}\\b`).test(previous) ? `The ${noun}` : null;
}

/**
 * The company an article is about ("Veltrax Pharma"): an organisation of company kind whose first word the body
 * repeats at least four times, so "the company" in a question can be named. Null when none stands out.
 */
/**
 * The company an opening sentence names with its legal form ("Porto Verde Conservas SA, the largest canner, ..."), without
 * the form (find-name-chunks.ts LEGAL_FORM).
 */
function ledeCompany(sentence: string): string | null {
  const chunk = findNameChunks(sentence).find((c) => c.kind === "organisation" && c.noun === "company" && LEGAL_FORM.test(c.name));
  if (!chunk) return null;
  // ("Five Islands Resorts Holdings Ltd.": a capitalised number word opening the name is the name's own.)
  const number = /(?:^|[\s—–-])(\p{Lu}\p{Ll}+)\s$/u.exec(sentence.slice(0, chunk.start))?.[1];
  const name = number && lexiconTags(number).includes("TextValue") ? `${number} ${chunk.name}` : chunk.name;
  return name.replace(/\s\S+$/, "");
}


/**
 * Whether a title's opening capitalised words modify the lower-case noun phrase after them, which is the one the title
 * is about: "Santa Catarina shellfish farmer opens ...", "Silesian heat supplier returns ...", "Aruban hotel group
 * lifts ...", "Mindelo tuna canner's profit ...". The phrase's head is a company's noun ("group", "firm") or, after a
 * noun of its trade ("shellfish", "heat"), a doer's noun ("farmer", "supplier"). A title whose opening is followed by
 * its verb ("Andes Air swings to ...") or by what the opening owns ("Mandelvallei Foods third-quarter results",
 * "Andes Air founder dies") names its company first.
 */
/** A business named by what it is, as a company's noun is: "Kalmar brewery lifts ...". */
const TRADE_HOUSES = "bank|bakery|brewery|dairy|distillery|winery|cannery|refinery|mill|shipyard|co-op|cooperative|utility|chain|startup|producer|operator|developer";
/** A firm's doer right after the title's opening, for every reader: "Tolsby papermaker", "Kiruna miner". */
/** (The whole word: "Kiruna examiner" is no miner; review 32 finding 7.) */
const FIRM_DOER_AT_OPENING = new RegExp(`${FIRM_DOER_WORD_SOURCE}|^(?:grower|miner)$`);
/** The people of a body, who are no trade: "Andes Air founder dies", "Kalmar striker scores twice". */
const OWNED_PEOPLE = /^(?:founder|co-founder|owner|chair|chairman|chairwoman|manager|director|leader|officer|member|worker|partner|shareholder|investor|customer|supporter|player|striker|forward|defender|winger|midfielder|keeper|goalkeeper|captain|bowler|batter|pitcher|runner|rider|driver|skipper|teenager|mayor|governor|minister|lawyer|auditor|regulator|premier|speaker|voter|user|viewer|reader|passenger)$/;

export function titleOpeningModifies(title: string, opening: string, doerAtOpening = false): boolean {
  const words = title.slice(opening.length).trim().split(/\s+/).slice(0, 4);
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? "").replace(/[’']s$/, "");
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word)) return false;
    // ("Uppsala printer posts ...": a doer's noun right after the opening is a trade's too, unless it is one of the
    // people a body has, "Andes Air founder dies"; lane wrong38. Only the table owner's reader takes any unknown -er
    // noun there, which would lose "Andes Air merger talks collapse" its company (review 31 finding 3); every reader
    // takes a firm's doer, "Tolsby papermaker posts ..." (review 31b finding 5).)
    // (Each part of a compound is read: "third-quarter results" is a period, not a trade.)
    const doer = /(?:er|or)$/.test(word) && [word, ...word.split("-")].every((part) => lexiconTags(part).every((t) => !/Verb|Date|Value|Comparative|Adjective/.test(t)));
    const head = new RegExp(`^(?:${COMPANY_NOUNS}|${TRADE_HOUSES})$`).test(word) || (doer && (i > 0 || FIRM_DOER_AT_OPENING.test(word) || (doerAtOpening && !OWNED_PEOPLE.test(word))));
    // The head ends the phrase: its verb, its name ("truck maker Volvo") or what it owns follows, not a noun it
    // qualifies ("water heater recall").
    const next = words[i + 1];
    if (head && (next === undefined || word !== words[i] || /^(?:\p{Lu}|to$|\p{Ll}+(?<!s)s$|\p{Ll}+ed$)/u.test(next) || isFiniteVerb(next, word))) return true;
    // A noun of the trade is singular ("truck maker"; a headline's verb "hires", "buys" ends in -s) and no verb.
    if (/(?<![su])s$/.test(word) || isFiniteVerb(word, words[i - 1] ?? opening) || lexiconTags(word).some((t) => /Verb|Preposition|Conjunction|Determiner|Pronoun|Adverb|Value|Date/.test(t))) return false;
  }
  return false;
}

/**
 * How often each word stands whole in `text` (as often as `\bword\b` matches). A word of ASCII letters and digits is
 * read from one tally of the text's words, made at the first such word: splitting a long article once per company
 * name grew with its names. Any other word is searched for.
 */
function wholeWordCounter(text: string): (word: string) => number {
  let runs: Map<string, number> | null = null;
  return (word) => {
    if (!/^\w+$/.test(word)) return text.split(new RegExp(`\\b${word}\\b`, "u")).length - 1;
    if (!runs) {
      runs = new Map();
      for (const m of text.matchAll(/\w+/g)) runs.set(m[0], (runs.get(m[0]) ?? 0) + 1);
    }
    return runs.get(word) ?? 0;
  };
}

/** A company's legal form closing its name, "SE" too ("Allianz SE": find-name-chunks leaves it out, as a compass point). */
const COMPANY_FORM = new RegExp(String.raw`\s(?:${LEGAL_FORM_SOURCE}|SE)$`);

function mainCompany(sentences: string[], matchCache: EntityMatchCache): string | null {
  const names = new Set<string>();
  for (const text of sentences) for (const e of findEntitySpans(text, { matchCache })) if (e.kind === "organisation" && organisationKind(e.descriptor, e.name) === "company") names.add(e.name);
  const countOf = wholeWordCounter(sentences.join(" "));
  const counted = [...names].map((n) => [n, countOf((n.split(" ")[0] ?? "").replace(/[^\p{L}\d-]/gu, ""))] as const).sort((a, b) => b[1] - a[1]);
  const [top, second] = counted;
  // "Andes Air S.A.’s revenue" reads as "Andes Air’s revenue": the legal form is no part of how a question names it.
  return top && top[1] >= 4 && (!second || second[1] * 2 <= top[1]) ? top[0].replace(COMPANY_FORM, "") : null;
}

/**
 * "What does the abbreviation CBR stand for?" has many right answers (crude birth rate ...): it is asked in its
 * article ("... stand for in “Kenya’s central bank cuts rate”?"), or, when the title is too long to quote, in the
 * source's article of that month; not at all without either.
 */
function withArticleContext(question: string, article: ArticleInput): string | null {
  const m = /^What does the abbreviation (\S+) stand for\?$/.exec(question);
  if (!m) return question;
  const title = article.title.trim();
  if (title && title.length <= 90) return `What does the abbreviation ${m[1]} stand for in “${title}”?`;
  const source = article.source?.replace(/\s*\([^)]*\)\s*$/, "").trim();
  if (!source || !article.publishedAt) return null;
  const month = formatDate({ year: article.publishedAt.getUTCFullYear(), month: article.publishedAt.getUTCMonth(), day: null });
  return `What does the abbreviation ${m[1]} stand for in the ${month} article from ${source}?`;
}

function personOfTitle(title: string, body: string): string | null {
  const name = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})(?=,\s|\s(?:dies|died|obituary)\b)/iu.exec(title)?.[1];
  if (!name || !body.includes(name)) return null;
  const [first = "", ...rest] = name.split(" ");
  const surname = rest[rest.length - 1] ?? "";
  if (lexiconTags(first).some((t) => /Place|Country|City|Organization|Demonym/.test(t))) return null;
  const honorific = new RegExp(`\\b(?:Mr|Ms|Mrs|Dr)\\.?\\s${surname}\\b`, "u").test(body);
  return honorific || lexiconTags(first).some((t) => /FirstName|MaleName|FemaleName/.test(t)) ? name : null;
}

/**
 * "How many points did Olimpia have?" — "36 points" is as right as "36": a count typed with the noun it counts (one or
 * two words, "points", "unanswered points") is accepted.
 */
function countWithNoun(span: { kind: string; answer: string; noun: string | null }): string[] {
  const noun = span.noun?.trim() ?? "";
  return span.kind === "count" && /^\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?$/u.test(noun) && /^[\d,]+$|^\p{Ll}+$/u.test(span.answer) ? [`${span.answer} ${noun}`] : [];
}

const isPlaceWord = (w: string) => lexiconTags(w).some((t) => /Place|Country|City/.test(t));

/**
 * Whose a table's figures are, from a title that opens with its owner: "Sassandra Cacao doubles profit ..." (a name
 * before a lower-case verb) or "Sarajevo's 2027 budget ..." (a possessive), when the body names it too.
 */
function tableOwnerOf(article: ArticleInput): string | null {
  const opening = /^((?:\p{Lu}[\p{L}\d&.-]*\s){0,3}\p{Lu}[\p{L}\d&.-]*)(?:[’']s\s|\s(?=\p{Ll}))/u.exec(article.title);
  const owner = opening?.[1] ?? null;
  if (!owner || !article.body.includes(owner) || lexiconTags(owner.split(" ")[0] ?? "").some((t) => /Demonym|Person|FirstName/.test(t))) return null;
  // ("Aruban hotel group lifts profit": the adjective of a place the article names owns nothing.)
  if (demonymOfPlaceIn(owner, article.body, isPlaceWord)) return null;
  // "Guadeloupe rum maker lifts profit" over "BAIE-MAHAULT, Guadeloupe — Rhumeries de Karukera SA, ...": a place
  // before a noun says where the maker is, and owns no results; they are the company the opening paragraph names by
  // its legal form, if any (strict read S0 items 24, 49: "Guadeloupe's revenue from rum, export"). ("Monaco's
  // budget": a place's possessive owns its budget.)
  const possessive = /[’']s\s$/.test(opening?.[0] ?? "");
  // ("Uppsala printer posts record quarter": a title word before a noun modifies it and owns nothing either; lane wrong38.)
  if (!possessive && (placedInArticle(owner, article.body) || lexiconTags(owner).some((t) => /Place|Country|City/.test(t)) || titleOpeningModifies(article.title, opening?.[0]?.trimEnd() ?? owner, true))) return ledeCompany(article.body.trimStart().split(/\n\s*\n/)[0] ?? "");
  return owner;
}

/** Every fact of an article that a question could be asked about, with its sentence and context. */
/** "during his January 2024 state visit to Japan": the visit a later sentence's "the visit" means. */
const DURING_VISIT = new RegExp(String.raw`\b[Dd]uring (?:a|an|his|her|the) ((?:(?:${MONTH_NAME_SOURCE}) )?(?:19|20)\d{2} (?:state |official )?visit to [A-Z][a-z]+)`);

export function extractFacts(article: ArticleInput, options: { onSentence?: (done: number, total: number) => void } = {}): Fact[] {
  const facts: Fact[] = [];
  // Facts whose question names its own context (an office and a date), kept when the sentence's subject cannot be placed.
  const standalone = new Set<Fact>();
  // Facts whose question writes in whose the sentence's "Its" is (its-role-holder.ts): asked though "Its" is unplaced.
  const ownerWrittenIn = new Set<Fact>();
  const places = mainPlaces(article.body);
  // "K2,760" is money only in an article that names the kwacha (or writes MWK).
  const currencyLetters = articleCurrencyLetters(`${article.title}\n${article.body}`);
  let previous: string | null = null;
  // The sentence before as placed (place-subject.ts): the name its "The company" was written as, which its next "It" is.
  let placedPrevious: string | null = null;
  let lastVisit: string | null = null;
  const sentences = splitSentences(article.body, { tableOwner: tableOwnerOf(article) });
  // Words the article also writes in lower case: "Revenue" opening a sentence is the common noun, not a name.
  const commonWords = new Set(article.body.match(/(?<=[\p{Ll},;:)] )\p{Ll}[\p{Ll}-]+/gu) ?? []);
  // A name stands alone mid-sentence ("to Hearts’ two"), not only inside a longer one ("Ministry of Trade and Industry").
  const midSentenceNames = new Set((article.body.match(/(?<=(?<!\b(?:of|and|for|the))[\p{Ll},;:] )\p{Lu}\p{Ll}+(?=[’'.,;:)]?\s+(?!\p{Lu}|of\b|and\b))/gu) ?? []).filter((w) => !commonWords.has(w.toLowerCase())));
  const matchCache = newEntityMatchCache();
  // Organisations the entity rules have found so far, in the order read: whose a later "Its president" may be.
  const bodiesNamed = new Set<string>();
  const company = mainCompany(sentences.map((s) => s.text), matchCache);
  // The opening paragraph's prose, and the prose read so far: where the company must be named to own a bare office.
  const secondParagraph = sentences.findIndex((s) => s.index > 0 && s.previous === null);
  const openingProse = sentences.slice(0, secondParagraph < 0 ? undefined : secondParagraph).filter((s) => !s.fromTable).map((s) => s.text).join(" ");
  const companyOwner = company ? companyOwnerReader(company, { title: article.title, lede: openingProse }) : null;
  const defined = definedTerms(article.body);
  // "## Réunion: move water ...": in an analysis of several cases, the case each section's sentences are about.
  // ("**Grenada: clean it up on land**": a short bold caption heads a section as a heading does.)
  // (A bold caption under a case's heading, "## Réunion: ..." then "**Costs**", leaves the heading's case in force.)
  const cases = caseSections([...sentences.map((s) => s.section ?? null), ...sentences.map((s) => s.heading ?? null)], article.body);
  const story = storyReferents(article.title, sentences.map((s) => s.text));
  // "BepiColombo enters orbit ...": a title that opens with a name the body repeats says what "the mission" is.
  const titleName = /^(\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*)?)\s+\p{Ll}/u.exec(article.title)?.[1] ?? null;
  const mission = titleName && !lexiconTags(titleName.split(" ")[0] ?? "").some((t) => /Place|Country|City|Demonym|Person/.test(t)) && article.body.split(titleName).length > 3 ? titleName : null;
  // "TORONTO: ..." names the city that "the city" means in a local story.
  const dateline = /^([A-Z][A-Z .'’-]{2,30}):\s/.exec(sentences[0]?.text ?? "")?.[1]?.trim().toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) ?? null;
  const city = dateline && new RegExp(`\\b${dateline}\\b`).test(article.body.replace(/^[A-Z][A-Z .'’-]{2,30}:/, "")) && /\bthe city\b/.test(article.body) ? dateline : null;
  const country = mainCountry(article.body);
  const visit = tellsOfVisit(article.title, sentences[0]?.text ?? "", country);
  // "Finnish trade minister visits Bengaluru": whose a bare "Trade Minister X" is in a story mostly about India.
  const offices = officesNamedIn(article.title);
  const sharedOffices = officesHeldTwice(article.body);

  // The countries of an article about several, among which a sentence must say whose "the government" is.
  const articleCountries = countriesIn(`${article.title}\n${article.body}`);
  const severalCountries = articleCountries.length > 1 && aboutSeveralCountries(`${article.title}\n${article.body}`);
  // "CAPE TOWN — The City of Cape Town adopted ...": the city a later "the city" is.
  const datelineCity = /^([A-Z][A-Z .'’-]{2,30})(?::|\s[-–—])\s/.exec(sentences[0]?.text ?? "")?.[1]?.trim().toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) ?? null;
  // "Zagreb's budget for 2027 ..." with no dateline: the one city the title names, when the body repeats it, is the
  // city a later "the city" means.
  const titleCities = [...new Set(article.title.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? [])].filter((w) => lexiconTags(w).includes("City") && article.body.split(w).length > 3);
  const localCity = datelineCity && article.body.includes(datelineCity) ? datelineCity : titleCities.length === 1 ? (titleCities[0] ?? null) : null;
  // "Andes Air swings to first-half profit": a title that opens with a name the body repeats is about that company,
  // which a later "the airline" or "its" means.
  const titleOpening = /^((?:\p{Lu}[\p{L}\d&.’'-]*\s){1,4})(?=\p{Ll})/u.exec(article.title)?.[1]?.trim() ?? null;
  // ("Mindelo tuna canner's profit doubles" after a "MINDELO, Nov. 26 —" dateline: a place is never "the company".)
  // It is then the company the opening sentence names by its legal form ("Porto Verde Conservas SA, ..."), if any.
  // ("Aruban hotel group lifts profit": the adjective of a place the article names is a place too, never the company.)
  // ("Santa Catarina shellfish farmer opens ...": an opening that modifies the noun phrase after it is no company either,
  // else "The company was founded in 2009" asks when Santa Catarina was founded, strict read AA1-core.)
  const titleIsPlace = !!titleOpening && (placedInArticle(titleOpening, article.body) || demonymOfPlaceIn(titleOpening, article.body, isPlaceWord) || titleOpeningModifies(article.title, titleOpening));
  // ("Insurance regulator cuts ...": one word the body has only inside longer names, "the Commissioner of Insurance",
  // "the Insurance Institute", is no company of its own; else a later "The company" becomes "Insurance", strict read U0 #30.)
  const ownName = (name: string) => name.includes(" ") || new RegExp(`(?<!\\p{Lu}[\\p{L}.’'-]*\\s(?:of\\s(?:the\\s)?|and\\s|&\\s)?)(?<![\\p{L}\\d])${escapePattern(name)}(?![\\p{L}\\d]|\\s\\p{Lu})`, "u").test(article.body);
  const titleCompany = titleOpening && !lexiconTags(titleOpening.split(" ")[0] ?? "").some((t) => /Place|Country|City|Demonym|Person/.test(t)) && article.body.includes(titleOpening) && ownName(titleOpening) && !titleIsPlace ? titleOpening : titleIsPlace ? ledeCompany(sentences[0]?.text ?? "") : null;
  // "Lucía Ferraro, Architect Who ..., Dies at 88": the person a profile or obituary is about, when its title opens
  // with their name and the body calls them "Ms. Ferraro" (or the lexicon knows the first name): who "she" is when
  // nobody nearer is named.
  const titlePerson = personOfTitle(article.title, article.body);
  const surnameOpening = titlePerson ? new RegExp(`^(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s)?${titlePerson.split(" ").pop() ?? ""}\\b(?![’']s)`, "u") : null;
  let lastPerson: string | null = titlePerson;
  const peopleBySentence = new Map<string, Fact[]>();
  const personAnswers = newKnownPeople();
  // ("Jarmila Novotná, the Czech glass artist ..., died on Nov. 4 ... She was 91.": the obituary's subject is a person
  // from the first sentence, though no rule knows her first name.)
  if (titlePerson) addKnownPerson(personAnswers, titlePerson);
  const recent: string[] = [];
  // "He"/"She" means the person last named only while the story is still about them: named in this paragraph or the
  // one before. Further on, an obituary's "She returned in 1983" is the subject's, not the daughter's quoted earlier.
  let paragraph = 0;
  let lastPersonParagraph = 0;
  let lastSentence: { text: string; resolved: string | null } | null = null;
  // Whom the text has called she ("f") or he ("m"), by the first sentence about them alone that does.
  const genders = new Map<string, "f" | "m">();
  // Whether the sentence before was a They written as the study's researchers ("They found ... They then grew ...").
  let previousWasResearchers = false;
  const articleChunks: NameChunk[] = [];
  const headerWords = headerWordsOf(`${article.title} ${article.source ?? ""}`);
  // Names the article uses as people's ("Tinashe Mavhunga ... Mavhunga, a 23-year-old"), found once for all sentences.
  const usedAsPeople = peopleByUsage(article.body);
  // The paragraph's sentences so far, where a country named says whose "the government" is.
  let paragraphSentences: string[] = [];
  for (const sentence of sentences) {
    options.onSentence?.(sentence.index, sentences.length);
    if (sentence.previous === null) paragraphSentences = [];
    if (sentence.previous === null && sentence.index > 0) paragraph++;
    if (lastPerson && paragraph - lastPersonParagraph > 1) lastPerson = titlePerson;
    // "Ms. Ferraro designed ...": the article's own subject, named by surname, is who a following "she" is.
    // ("Ferraro said ..." after "her daughter Ana Ferraro": a surname two known people share is either's.)
    if (titlePerson && surnameOpening?.test(sentence.text)) {
      lastPerson = namesOtherPerson(sentence.text, titlePerson, personAnswers) ? null : titlePerson;
      lastPersonParagraph = paragraph;
    }
    // "The airline expects ..." is written with the airline's name; a sentence no one could place gives no facts.
    // "He now has 11 league goals" after a sentence that named Kowalczyk alone is about Kowalczyk: written in.
    // Who the sentence before was about (its one person, or still the one it was about) is worked out only for a
    // sentence that opens with He or She: looking for every known person in every sentence grew with the cast.
    // ("She married her husband, Wiremu, in 1955. He founded ...": a sentence before that names a second person, by
    // name or as someone's husband, leaves He or She to neither.)
    const subjectBefore: string | null = OPENS_WITH_PERSON_PRONOUN.test(sentence.text) && lastSentence ? (personSubjectOf(lastSentence.text, personAnswers) ?? (lastSentence.resolved && peopleNamedIn(lastSentence.text, personAnswers).length === 0 ? lastSentence.resolved : null)) : null;
    // (A tally, "It was his ninth goal", is the scorer's, whom the sentence before says among the people it names.)
    // ("... at her home. ... He founded the trust": a He is never whom the text has called she, nor a She him.)
    const pronounGender = openingGender(sentence.text);
    const fits = (person: string | null | undefined) => !person || !pronounGender || (genders.get(person) ?? pronounGender) === pronounGender;
    if (lastPerson && !fits(lastPerson)) lastPerson = null;
    const beforeCandidate: string | null = !lastSentence || !OPENS_WITH_PERSON_PRONOUN.test(sentence.text) ? null : (subjectBefore && !namesOtherPerson(lastSentence.text, subjectBefore, personAnswers) ? subjectBefore : null) ?? scorerBefore(sentence.text, lastSentence.text, personAnswers);
    const onePersonBefore: string | null = fits(beforeCandidate) ? beforeCandidate : null;
    // ("... the energy minister, Ama Boateng. The minister later visited ... She announced ...": the person the
    // description names, or no one when two hold it; never whom the story was last about by default.)
    const describedOne = onePersonBefore === null && lastSentence ? describedPersonBefore(sentence.text, lastSentence.text, recent.slice(-6, -1), personAnswers) : undefined;
    const described = describedOne === undefined || fits(describedOne) ? describedOne : null;
    if (described !== undefined) lastPerson = described;
    const resolvedPronoun = resolveSubjectPronoun(sentence.text, onePersonBefore ?? described ?? null);
    lastSentence = { text: sentence.text, resolved: resolvedPronoun ? onePersonBefore : null };
    // "It was named ..." after "The canal opened ...": the canal, written in and then placed like any subject.
    const researchers = resolveResearchersThey(sentence.text, sentence.previous, previousWasResearchers, story.team !== null);
    // Carried on only by what the researchers did ("They then froze ..."), not by any They written as them.
    previousWasResearchers = researchers !== null && carriesResearchers(sentence.text);
    // "She noted that textiles ... employed 40,000 people", with no one known for "She": asked from what was said.
    // (In an "About Kestrel Mills Ltd." section, "It employs 72 people" is the named body's.)
    const unplacedCase = resolvedPronoun ?? resolveAboutIt(sentence.text, sentence.section) ?? resolveSubjectIt(sentence.text, sentence.previous, isRoleNoun) ?? researchers ?? reportedClause(sentence.text) ?? sentence.text;
    const sectionCase = cases.size > 0 ? cases.get(sentence.section ?? "") ?? cases.get(sentence.heading ?? "") : undefined;
    const written = sectionCase ? withSectionCase(unplacedCase, sectionCase, article.title, cases.values(), (w) => midSentenceNames.has(w)) : unplacedCase;
    const placed = placeSubject(written, { title: article.title, source: article.source, company, titleName: titleCompany, city: city ?? localCity, mission, country, defined, before: recent.slice(-2), wider: recent.slice(-6), story, pair: places, section: sentence.section, articleCountries, severalCountries, earlier: paragraphSentences.slice(-4) });
    recent.push(sentence.text);
    paragraphSentences.push(sentence.text);
    const text = placed?.text ?? sentence.text;
    const factsBefore = facts.length;
    if (!sentence.fromTable) companyOwner?.read(sentence.text);
    // The referent written in ("the researchers behind the study published in The Cryosphere") is context, not a fact.
    const writtenAt = placed?.written ? text.toLowerCase().indexOf(placed.written.toLowerCase()) : -1;
    // ("In Réunion, " written before a section's sentence is context too, never an answer.)
    const caseEnd = written !== unplacedCase && text.startsWith(written.slice(0, written.indexOf(",") + 1)) ? written.indexOf(",") : -1;
    const inWritten = (start: number, end: number) => (writtenAt >= 0 && start < writtenAt + (placed?.written?.length ?? 0) && end > writtenAt) || start < caseEnd;
    // "It" refers to the named subject of the sentence just before, if it had one.
    // ("Saavedra said the government wanted ... It would need ...": a person the article named is "she", never "it".)
    // ("It is the first visit to Oslo by ..." is the story's visit, not the sentence before's subject.)
    const namedIt = previous && /^It\s/.test(text) && !EVENT_IT.test(text) ? namedSubjectOf(previous) : null;
    // ("Chief financial officer Maria Lind said ... It invested €50 million": a person behind a role is never "it".)
    const itIsPerson = namedIt !== null && peopleEndingLike(personAnswers, namedIt).some((p) => p === namedIt || p.endsWith(` ${namedIt}`) || namedIt.endsWith(` ${p}`));
    // ("It was his ninth goal of the season": an It that is someone's is an event, never the subject before.)
    const referent = !previous ? null : /^It\s/.test(text) ? (POSSESSIVE_IT.test(text) || passiveItAfterThing(text, previous) ? null : (itIsPerson ? null : namedIt) ?? describedReferent(text, previous) ?? describedSubjectOf(previous, company ?? titleCompany, placedPrevious)) : /^They\s/.test(text) ? pluralSubjectOf(previous) : null;
    previous = sentence.text;
    placedPrevious = placed?.text ?? null;
    if (text.endsWith("?") || text.length < 20) continue;
    // "Press contact: Amélie Rochat, Head of Media, +41 22 ...": the line is no sentence, and whom to call for a
    // release is not worth learning from it (no fact, not even who she is).
    const contactLine = notAFactSentence(text);
    const ctx = { sentence: text, publishedAt: article.publishedAt, lastPerson, mainPlaces: places, referent, company, city, mission, commonWords, midSentenceNames };
    const valueSpans = contactLine ? [] : findValueSpans(text, article.publishedAt, currencyLetters);
    const pushValueFact = (found: ValueSpan, fallback: boolean) => {
      if (inWritten(found.start, found.end)) return;
      if (refusedSpan(text, found)) return;
      // "by 50 basis points, from 9.25% to 8.75%": each figure is asked from the sentence without its sum, and
      // "the fourth largest market, after China, the US and Taiwan" without the list that counts it.
      const shortened = withoutGiveaway(text, found);
      const sentenceText = shortened ?? text;
      const span = !shortened ? found : (fallback ? fallbackValueSpans(shortened, []) : findValueSpans(shortened, article.publishedAt, currencyLetters)).find((v) => v.kind === found.kind && v.answer === found.answer);
      if (!span) return;
      const built = qualifiesNoun(sentenceText, span) ? null : buildQuestion(span, shortened ? { ...ctx, sentence: shortened } : ctx);
      facts.push({
        article: article.slug,
        kind: span.kind,
        answer: span.answer,
        accepted: [...span.accepted, ...countWithNoun(span)].filter((a) => a && a !== span.answer),
        value: span.value,
        unit: span.unit,
        form: span.form,
        sentence: sentenceText,
        span: [span.start, span.end],
        measure: built?.measure ?? span.noun ?? "",
        direction: built?.direction ?? null,
        time: built?.time ?? null,
        question: built?.question ?? null,
        clause: built?.clause ?? sentenceText,
        qualifier: span.qualifier,
        relative: span.relative ?? false,
        referent,
        ...(fallback ? { fallback: true } : {}),
      });
    };
    for (const found of valueSpans) pushValueFact(found, false);
    const entitySpans = contactLine ? [] : findEntitySpans(text, { lastPerson, lastVisit, publishedAt: article.publishedAt, country, visit, offices, sharedOffices, city: city ?? dateline, company, matchCache });
    // "Its president, X, said" after "The Association of Y ... criticised ...": asked with the body written in, so the
    // question needs nothing from the sentence's "Its", which stays unplaced (its-role-holder.ts).
    const itsHolder = /^Its\s/.test(text) ? itsRoleHolder(text, sentence.previous, article.publishedAt, bodiesNamed) : null;
    for (const e of entitySpans) if (e.kind === "organisation") bodiesNamed.add(e.name);
    for (const e of entitySpans) {
      if (inWritten(e.start, e.end)) continue;
      // No pattern of its own asked for it: ask by what the text says it is ("Which German drugmaker ...?").
      // ("according to the Island Tourism Board (ITB)": who is cited is no blank, but the body that published the
      // figure is still asked what its letters stand for; the question alone, as worth-learning.ts allows.)
      const refused = refusedSpan(text, { kind: e.kind, start: e.start, end: e.end, answer: e.name, value: null });
      const citedBody = refused === "source cited" && /^What does the abbreviation /.test(e.question ?? "");
      if (refused && !citedBody) continue;
      if (!e.question && (e.kind !== "person" || e.rule || /^[a-z]/.test(e.descriptor))) e.question = entityQuestion(text, { from: e.from ?? e.start, start: e.start, end: e.to ?? e.end }, e.kind === "place" ? e.rank : e.descriptor, ctx);
      // A title before the name that says whose it is: "Who was the Uzbek Transport Minister in September 2026?". It
      // is the title as written, so it replaces an office question whose owner was guessed from the article ("Pakistani"
      // for an Uzbek minister), but not one that says what the person did ("Which ... concluded a visit to Hanoi?").
      const roleAsked = e.kind === "person" && (!e.question || /^Who was .+ in \p{Lu}\p{Ll}+ \d{4}\?$/u.test(e.question)) ? roleQuestion(text, e.start, article.publishedAt) : null;
      if (roleAsked && roleAsked.toLowerCase() !== e.question?.toLowerCase()) e.question = roleAsked;
      // One that says what the person did keeps whose title it is: "Which Wydad coach played in 14 derbies?", not
      // "Which coach ...?" (any side's coach).
      else if (e.kind === "person" && e.descriptor && e.question?.startsWith(`Which ${e.descriptor} `)) {
        const title = /^Who was (?:the )?(.+) in \p{Lu}\p{Ll}+ \d{4}\?$/u.exec(roleQuestion(text, e.start, article.publishedAt) ?? "")?.[1];
        if (title && title.toLowerCase().endsWith(` ${e.descriptor.toLowerCase()}`)) e.question = `Which ${title}${e.question.slice(`Which ${e.descriptor}`.length)}`;
      }
      // "Chief executive X said ...", "..., said X, the chief financial officer" in an article about one company: asked
      // by the company's office ("Who is Veltrax Pharma’s chief executive?"), not by what they said (worthLearning then
      // blanks nothing in the quotation).
      const officeAsked = e.kind === "person" && !roleAsked && e.descriptor && (!e.question || SPEECH_QUESTION.test(e.question)) && company && companyOwner?.placed(bodiesNamed)
        ? mainCompanyRoleQuestion(text, { name: e.name, start: e.start, descriptor: e.descriptor, company, otherOrganisations: entitySpans.filter((o) => o.kind === "organisation").map((o) => o.name) })
        : null;
      if (officeAsked) e.question = officeAsked;
      const itsAsked = itsHolder && e.kind === "person" && e.name === itsHolder.name ? itsHolder.question : null;
      if (itsAsked) e.question = itsAsked;
      facts.push({
        article: article.slug,
        kind: e.kind,
        answer: e.name,
        accepted: e.kind === "person" ? [] : [],
        value: null,
        unit: e.rank,
        form: null,
        sentence: text,
        span: citedBody ? null : [e.start, e.end],
        measure: e.measure,
        direction: null,
        time: null,
        question: e.question ? withArticleContext(resolveRelativeDates(e.question, article.publishedAt).replace(/\bon (\d{1,2} \w+ \d{4})/, "on $1"), article) : null,
        clause: text,
        qualifier: null,
        relative: false,
        nationality: e.nationality,
        roleKind: e.roleKind,
        orgKind: e.kind === "organisation" ? organisationKind(e.descriptor, e.name) : null,
        referent,
        ...(e.ownStudy ? { ownStudy: true } : {}),
        ...(officeAsked ? { askedByOffice: true } : {}),
      });
      // It names its own office and date: it needs nothing from the sentence's subject.
      if (roleAsked) standalone.add(facts[facts.length - 1] as Fact);
      if (itsAsked) ownerWrittenIn.add(facts[facts.length - 1] as Fact);
      // "What is the name of the state grid operator?" asks what the text says the body is, not what its sentence's
      // subject did: under its article's header it needs nothing from that subject.
      if (e.kind === "organisation" && e.question?.startsWith("What is the name of ")) standalone.add(facts[facts.length - 1] as Fact);
    }
    // A name of this sentence read by its form (a chunk, or a fallback name), as a fact: what is known beside its words
    // and place (a question, a kind of body, fallback or byForm) is given in `known`.
    const nameFact = (found: { kind: FactKind; name: string; start: number; end: number; noun: string }, known: Partial<Fact>): Fact => ({
      article: article.slug, kind: found.kind, answer: found.name, accepted: [], value: null, unit: found.noun, form: null, sentence: text, span: [found.start, found.end],
      measure: "", direction: null, time: null, question: null, clause: text, qualifier: null, relative: false, nationality: null, roleKind: null, orgKind: null, referent, ...known,
    });
    // Names no rule claimed, found by their form alone: asked by a subject question or completed as a sentence, never
    // blanked or stated (byForm), since nothing says what they are beyond their form, unless a role set off after it
    // does ("with Ana Ruiz, the region's health minister,": namedRoleAfter), or its place in a match or a table ("drew
    // 1-1 with X", "one point above X": a club, find-name-chunks.ts).
    const taken = facts.slice(factsBefore).flatMap((f) => (f.span && f.sentence === text ? [f.span] : []));
    if (writtenAt >= 0) taken.push([writtenAt, writtenAt + (placed?.written?.length ?? 0)]);
    if (caseEnd > 0) taken.push([0, caseEnd]);
    const claimed = facts.slice(factsBefore).map((f) => f.answer);
    const chunks = findNameChunks(text, usedAsPeople);
    articleChunks.push(...chunks);
    // Figures no rule read, found by their form (fallback-spans.ts): at most one a sentence, kept out of the core set.
    if (!contactLine) {
      const read: [number, number][] = [...taken, ...valueSpans.map((v) => [v.start, v.end] as [number, number]), ...entitySpans.map((e) => [e.from ?? e.start, e.to ?? e.end] as [number, number]), ...chunks.map((c) => [c.start, c.end] as [number, number])];
      const before = facts.length;
      for (const found of fallbackValueSpans(text, read)) {
        pushValueFact(found, true);
        if (facts.length > before) break;
      }
      // ... else a name no rule or chunk read ("the Alqueva reservoir"), blanked in its sentence: its kind is unknown.
      // (Only where no fallback figure was found. In a sentence where rules read at most one fact, the first such name;
      // where they read more, only the one name they left: of several, the first is no better a question than the rest,
      // but the one name no rule read beside theirs is as much the sentence's fact as theirs.)
      // (A name the header above each question writes, its title or source, is no question: the answer is shown.)
      const unread = (n: FallbackName) => !namedInHeader(n.name, headerWords) && !inWritten(n.start, n.end) && !peopleEndingLike(personAnswers, n.name).some((p) => p === n.name || p.endsWith(` ${n.name}`)) && !refusedSpan(text, { kind: "organisation", start: n.start, end: n.end, answer: n.name, value: null });
      // (A dateline's places are no fact of the story, in capitals or not: "Avarua, Rarotonga, 16 November 2026 – ".)
      const dateline = Math.max(datelineLength(text), MIXED_CASE_DATELINE.exec(text)?.[0].length ?? 0);
      const names = facts.length > before ? undefined : fallbackNamesOf(text, read.filter(([s]) => s >= 0).concat([[0, dateline]]));
      const name = !names ? undefined : before - factsBefore > 1 ? onlyOf(names, unread) : firstOf(names, unread);
      if (name) facts.push(nameFact({ kind: "organisation", name: name.name, start: name.start, end: name.end, noun: "name" }, { fallback: true }));
    }
    for (const c of contactLine ? [] : askNameChunks(text, taken, chunks)) {
      if (claimed.some((a) => a.includes(c.name) || c.name.includes(a))) continue;
      facts.push(nameFact(c, { measure: c.noun, question: c.question ? resolveRelativeDates(c.question, article.publishedAt) : null, orgKind: c.kind === "organisation" ? organisationKind(c.noun, c.name) : null, byForm: !namedRoleAfter(text, c.end) && c.noun !== "club" }));
    }
    // "Kenya’s Brian Cheruiyot won ..." names no title, but is still who a later "he" or "his coach" means.
    // Only the sentence's subject: "He crossed the line well clear of Ethiopia’s Tadese Worku" keeps "he" who he was.
    // Kept by sentence and in order as facts are added: filtering all facts for every sentence was quadratic.
    for (let i = factsBefore; i < facts.length; i++) {
      const f = facts[i] as Fact;
      if (f.kind !== "person") continue;
      addKnownPerson(personAnswers, f.answer);
      const same = peopleBySentence.get(f.sentence);
      if (same) same.push(f);
      else peopleBySentence.set(f.sentence, [f]);
    }
    // ("Ferraro said ..." after "her daughter Ana Ferraro": which Ferraro, nothing says; the sentence is asked nothing.)
    if (bareSharedSurname(text, personAnswers)) facts.length = factsBefore;
    const people = /^(?:He|She)\b/.test(text) ? [] : (peopleBySentence.get(text) ?? []).filter((f) => f.span && f.span[0] - datelineLength(text) < 25);
    const named = lastPersonIn(text) ?? (people.length === 1 ? (people[0]?.answer ?? null) : null);
    const untitled: string | null | undefined = named ? undefined : untitledPerson(text, (name) => [...peopleEndingLike(personAnswers, name), ...(lastPerson ? [lastPerson] : [])]);
    const nextPerson: string | null = named ?? (untitled === undefined ? lastPerson : untitled);
    if (nextPerson !== lastPerson || named) lastPersonParagraph = paragraph;
    lastPerson = nextPerson;
    // ("Her husband, Wiremu, died in 2001." names someone else: a next He or She may be either, so it is no one's.)
    // (Read as written too: "Her niece took over the studio", once written "Aroha Ngata's niece ...", still names her niece.)
    if (lastPerson && (namesOtherPerson(text, lastPerson, personAnswers, chunks) || (text !== sentence.text && namesAnotherByNoun(sentence.text, lastPerson)))) lastPerson = null;
    // ("Aroha Ngata ... died ... at her home": the text has called her she; kept from the first sentence that does.)
    const gender = lastPerson ? genderOf(sentence.text) : null;
    if (lastPerson && gender && !genders.has(lastPerson)) genders.set(lastPerson, gender);
    lastVisit = DURING_VISIT.exec(text)?.[1] ?? null;
    // "These fell by 40%": blanked only after the sentence they point back to.
    const lead = leadFor(text, sentence.previous);
    if (lead) for (let i = factsBefore; i < facts.length; i++) (facts[i] as Fact).lead = lead;
    // "It cost €58 million last year", with no referent written in: blanked only after the sentence before, which says what "it" is.
    const pronounLead = lead ? null : pronounLeadFor(text, sentence.previous);
    if (pronounLead) for (const f of facts.slice(factsBefore)) if (!f.referent && !f.lead) f.lead = pronounLead;
    // ... and asked by no question of its own, which would keep "it" or "that" with nothing before it (strict read Q1 #22).
    if (pointsBack(text)) for (const f of facts.slice(factsBefore)) if (!asksWithoutSubject(f, article)) f.question = null;
    // "Its head ranger, Tomas Kelesi, said ...", whose "Its" could not be written in: blanked only after the sentence
    // before, which says whose, and asked by no question of its own (one would read "its" with nothing before it).
    // (A question that needs no subject, such as what letters stand for, is kept as it is: see below.)
    const possessiveLead = placed ? null : possessiveLeadFor(text, sentence.previous);
    if (possessiveLead) {
      for (const f of facts.slice(factsBefore)) Object.assign(f, { lead: possessiveLead, question: asksWithoutSubject(f, article) || ownerWrittenIn.has(f) ? f.question : null });
    } else if (!placed) {
      // "Its Accelerated Nurse Training scheme (ANT) ...": what the letters stand for needs no subject, so it is still
      // asked, though nothing of the sentence is blanked or stated.
      // Only letters worth asking (a body that acts, or is named again: worth-learning.ts drops the question of the
      // others, and a fact left with no item would only lend its name to other items' options).
      // A nickname names its owner in its own question ("What is the veteran midfielder X also known as?"), and an office
      // asked with whose it is and when ("Who was the Bahraini minister of industry in November 2026?"): kept too.
      const spelled = facts.slice(factsBefore).filter((f) => asksWithoutSubject(f, article) || ownerWrittenIn.has(f));
      facts.length = factsBefore;
      for (const f of spelled) facts.push({ ...f, span: null, lead: undefined });
    }
    // Placed only by the item's header ("The Committee" under the Central Bank of Kenya): no question, which has none;
    // but an office asked with whose it is and when needs no subject ("The plant was opened by the governor of Neuquén, X"),
    // (so is the undated "Who is Goa’s industries minister?"), unless it is a deputy's or another qualified holder's
    // (described-person.ts's QUALIFIED: "the Vice Governor of Luang Prabang", a province often has several), or
    // it names no country ("the Minister of Trade, Industry and Business Development": whose, the subject would say).
    else if (placed.headerOnly) for (const f of facts.slice(factsBefore)) if (!/^What does the abbreviation \S+ stand for in /.test(f.question ?? "") && !standalone.has(f) && !(f.kind === "person" && SELF_CONTAINED_OFFICE.test(f.question ?? "") && !QUALIFIED.test(f.question ?? "") && !COUNTRYLESS_OFFICE.test((f.question ?? "").replace(/^Who was the /, "")))) f.question = null;
  }
  // Options for a name when the corpus has too few of its sort: the article's other names of its kind.
  // (Each name once per kind and noun, as peersOf reads them: a long article repeats its names thousands of times.)
  const distinctChunks = [...new Map(articleChunks.map((c) => [`${c.kind}|${c.noun}|${c.name}`, c])).values()];
  const peersOf = peersIn(distinctChunks);
  for (const f of facts) if (f.value === null) f.peers = peersOf(f);
  const lede = findLedePerson(article.title, sentences.map((s) => stripDateline(s.text)), article.publishedAt);
  if (lede && !facts.some((f) => f.kind === "person" && f.answer === lede.name && f.question === lede.question)) {
    // Asked from the sentence that names the role: no cloze (no span), one question.
    facts.push({
      article: article.slug, kind: "person", answer: lede.name, accepted: [], value: null, unit: lede.descriptor.replace(/^.*’s /, ""), form: null, sentence: lede.sentence,
      span: null, measure: lede.descriptor, direction: null, time: null, question: lede.question, clause: lede.sentence, qualifier: null, relative: false,
      nationality: DEMONYM_OF[lede.descriptor.replace(/’s .*$/, "")] ?? null, roleKind: "official", orgKind: null, referent: null,
    });
  }
  // A city or region lies in the country the story is about, when one stands out; a country lies in none.
  for (const f of facts) if (f.kind === "place" && !isCountryName(f.answer) && f.unit.toLowerCase() !== "country") f.country = country && placedIn(country, f) ? country : null;
  // Whatever reader found it, a name cut at its particle ("in _____ do Sul" keyed "Rio Grande") is half a name: not asked.
  return withoutRepeatedFallbacks(facts.filter((f) => !(f.span && NAME_KINDS.has(f.kind) && cutAtParticle(f.sentence, f.span[0], f.span[1]))));
}

const NAME_KINDS: ReadonlySet<FactKind> = new Set(["person", "organisation", "place"]);

/**
 * Whether a place lies in the story's main country (a demonym, "Brazilian") as far as its sentence tells: it names no
 * other country or people ("... a plant in Graz, Austria", "the Finnish minister flew home to Helsinki" in a story about
 * India), and the lexicon does not know the place as a country of its own. Else its country is not known, and no
 * other article lends it as a city of that country (pick-distractors.ts).
 */
function placedIn(country: string, place: Pick<Fact, "answer" | "sentence">): boolean {
  const home = countryOfDemonym(country);
  return home !== null && !lexiconTags(place.answer).includes("Country") && countriesAndPeoplesIn(place.sentence).every((c) => c === home);
}

/** The one item of `items` that `test` passes, or undefined when none or more than one does (taking at most two). */
function onlyOf<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  let found: T | undefined;
  for (const item of items) {
    if (!test(item)) continue;
    if (found !== undefined) return undefined;
    found = item;
  }
  return found;
}

/** The first of `items` that `test` passes, taking no more of them than that. */
function firstOf<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  for (const item of items) if (test(item)) return item;
  return undefined;
}

/**
 * "... counted 61 dolphins ... Of the 61 animals counted, ...": a figure read by its form alone (fact.fallback) that
 * repeats an answer a rule's fact gives is the same figure named again; it adds nothing and would take that fact's
 * place among items with its answer.
 */
function withoutRepeatedFallbacks(facts: Fact[]): Fact[] {
  if (!facts.some((f) => f.fallback)) return facts;
  const ruled = new Set(facts.filter((f) => !f.fallback).flatMap((f) => [f.answer, ...f.accepted].map((a) => a.toLowerCase())));
  return facts.filter((f) => !f.fallback || !ruled.has(f.answer.toLowerCase()));
}

/**
 * "... with Ana Ruiz, the region's health minister, ...": a name followed by a role set off by a comma ("a", "an",
 * "the" or a possessive, then a role noun before the next comma) is said what it is by its sentence.
 */
export function namedRoleAfter(sentence: string, end: number): boolean {
  const appositive = /^,\s(?:an?|the|\p{Lu}[\p{L}.-]*(?:'s|’s))\s([^,;.]{1,60})/u.exec(sentence.slice(end))?.[1];
  if (!appositive) return false;
  // ("Bavaria's Minister of Family, Labour and Social Affairs": an office in capitals is a role too.) The role is the
  // aside's own noun, before any "of", "by", "who"...: "Elmvale, the seat of the old duke" and "Elmvale, the mayor's
  // home town" name someone else's role.
  const own = appositive.split(/\s(?:of|in|at|by|for|from|on|with|near|who|which|that|where)\s/)[0] ?? "";
  return own.split(/\s+/).some((w) => !/[’']s$/.test(w) && isRoleNoun(w.replace(/[^\p{L}-]/gu, "")));
}

