import { DEMONYMS, DEMONYM_OF, countryOfDemonym } from "./demonyms";
import { lexiconTags } from "./tag-words";

/**
 * Whose "the government" or "the country's" a sentence means, in an article that names several countries (strict
 * reads I0 item 12, "Of the country's 22 processing plants ..." under a title naming Burkina Faso and Guinea-Bissau;
 * K1 items 7, 37, "The government put its cost at EC$3.4 million" under one naming Belize and Grenada). The country is
 * the one the sentence itself names before, else the one the paragraph's nearest sentence naming one opens with,
 * else the one the section heading names; when none of these says, the sentence cannot say whose, and is refused (or
 * asked by no question, when the words are not its subject's). An article that names one country is left as it is.
 */

/** Capitalised runs of up to four words, joined by "and" ("São Tomé and Príncipe" is one run). */
const RUN = /\p{Lu}[\p{L}’'-]*(?:\s(?:and\s)?\p{Lu}[\p{L}’'-]*){0,3}/gu;

// ("Guinea-Bissau", "Timor-Leste": the lexicon knows them spelled with a space.)
const isCountry = (name: string) => lexiconTags(name).includes("Country") || (name.includes("-") && lexiconTags(name.replace(/-/g, " ")).includes("Country"));

/**
 * The countries a text names, in order, each once: a capitalised run that is a country, or opens with one's possessive
 * ("Sierra Leone’s Teaching Service Commission"). Inside a body's name ("the Kuwait Fund for Arab Economic
 * Development") a country is not the one the text speaks of.
 */
export function countriesIn(text: string): string[] {
  return [...new Set(mentions(text))];
}

/**
 * Whether an article is about several countries, among which a sentence must say whose "the government" is: not
 * when it names one, nor when it names one at least three times and twice as often as any other (its header says
 * which), nor when no two are named twice.
 */
export function aboutSeveralCountries(text: string): boolean {
  const counts = countryMentionCounts(text);
  // (Two named once each are asides, "arrivals from India and China", in a story about a country the lexicon lacks.)
  const [, second] = [...counts.values()].sort((a, b) => b - a);
  return second !== undefined && second >= 2 && mainCountryOf(counts) === null;
}

/** The country a demonym list entry counts as: "Britain" as the "United Kingdom", both "British". */
const listedCountry = (country: string): string => countryOfDemonym(DEMONYM_OF[country] ?? "") ?? country;

/**
 * A people's adjective the list knows, or its plural ("Danish", "Americans"); "South Korean" is not also "Korean", nor
 * "North Korean" Korean. ("New Zealand" is its own demonym, counted by name.)
 */
const PEOPLE = new RegExp(String.raw`(?<!(?:South|North) )\b(${[...DEMONYMS].filter((d) => countryOfDemonym(d) !== d).join("|")})s?\b`, "g");

/** The countries a text speaks of by their people's adjective, one per mention, as listed (listedCountry). */
function peoplesIn(text: string): string[] {
  return peoplesAt(text).map((p) => p.name);
}

/** The same, each with where its adjective ends. */
function peoplesAt(text: string): { name: string; end: number }[] {
  return [...text.matchAll(PEOPLE)].map((m) => ({ name: countryOfDemonym(m[1] ?? "") ?? "", end: m.index + m[0].length }));
}

/**
 * How often a text names each country: by name (a capitalised run, as countriesIn finds them) or by a demonym the
 * list knows ("Danish" for Denmark; "South Korean" is not also "Korean").
 */
export function countryMentionCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const country of [...mentions(text), ...peoplesIn(text)].map(listedCountry)) counts.set(country, (counts.get(country) ?? 0) + 1);
  return counts;
}

/**
 * The countries a text names or speaks of by their people ("an Irish trade mission landed in India": Ireland and
 * India), each once as listed (listedCountry): one reading of "which countries does this text name" for counting an
 * article's and for telling whose "the government" a sentence means.
 */
export function countriesAndPeoplesIn(text: string): string[] {
  return [...new Set([...mentions(text), ...peoplesIn(text)].map(listedCountry))];
}

/**
 * The country a text is mostly about, by its counts (countryMentionCounts): named at least three times and at least
 * twice as often as any other. A two-country story ("Chile and South Korea") has none.
 */
export function mainCountryOf(counts: ReadonlyMap<string, number>): string | null {
  const [top, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 3 && (!second || second[1] * 2 <= top[1]) ? top[0] : null;
}

function mentions(text: string): string[] {
  return mentionsAt(text).map((m) => m.name);
}

/**
 * "from (the) " just before a name: the country is where something comes from ("Imports from South Africa"), but not
 * when its government is what gives ("the rest coming from the Palau government": Palau pays, and speaks).
 */
const FROM_BEFORE = /\b[Ff]rom\s+(?:[Tt]he\s+)?$/;

/**
 * Whether FROM_BEFORE matches the text before `at`, read from the few characters it can match, not from the text's
 * start: an end-anchored pattern tries every position of what it is given, and `text` may be a whole article (13% of
 * the 2 MB bench article's CPU went to it). The window reaches back over the trailing spaces, a word of up to three
 * letters ("the"), the spaces before it, "from" and one character more for its \b.
 */
function fromBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  for (let letters = 0; letters < 3 && i > 0 && /\w/.test(text.charAt(i - 1)); letters++) i--;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return FROM_BEFORE.test(text.slice(Math.max(0, i - 5), at));
}
const ITS_GOVERNMENT_AFTER = /^\s+(?:government|state|treasury|authorities|administration|ministry)\b/;

/** A country a text names: where its name ends, and whether it is named as where something comes from (FROM_BEFORE). */
interface Mention {
  name: string;
  end: number;
  origin: boolean;
}

/** The countries a text names, in order. */
function mentionsAt(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(RUN)) {
    const whole = m[0].replace(/\.$/, "");
    // ("Belize and Grenada" is two, "Trinidad and Tobago" one.)
    let partAt = m.index;
    for (const part of isCountry(whole) ? [whole] : whole.split(" and ")) {
      // ("When Sierra Leone ...", "The Marshall Islands": words before the name may join its run.)
      const words = part.split(" ");
      for (let start = 0; start < words.length; start++) {
        const run = words.slice(start).join(" ");
        const possessive = /^(.+?)[’']s(?:\s|$)/.exec(run)?.[1];
        const name = possessive && isCountry(possessive) ? possessive : run.replace(/[’']s$/, "");
        if (!isCountry(name)) continue;
        const at = partAt + part.length - run.length;
        found.push({ name, end: at + name.length, origin: fromBefore(text, at) && !ITS_GOVERNMENT_AFTER.test(text.slice(at + name.length)) });
        break;
      }
      partAt += part.length + " and ".length;
    }
  }
  return found;
}

/** A capitalised run at the start of a text. */
const RUN_AT_START = new RegExp(String.raw`^(?:${RUN.source})`, "u");

/** The country a sentence opens with, after a lead phrase ("In 2019 Burkina Faso introduced ...", "Grenada, whose ..."). */
function openingCountry(sentence: string | undefined): string | null {
  const clause = (sentence ?? "").replace(/^(?:(?:In|By|Since|Until|After|Before|From|Last|This|Earlier|Later|Meanwhile|However|Instead|When|While|Although|As)\b[^,]{0,40}?(?:,\s+|\s+(?=\p{Lu})))/u, "");
  const first = RUN_AT_START.exec(clause);
  if (!first) return null;
  const country = countriesIn(first[0])[0];
  // (The run must open with the country: "Kuwait Fund ..." is a body, "Sierra Leone’s president" is the country's.)
  return country && first[0].startsWith(country) ? country : null;
}

export interface CountryContext {
  /** The sentences just before this one, nearest last. */
  before: string[];
  /** The sentences of its paragraph before this one, a few at most, nearest last (else `before`). */
  earlier?: string[];
  /** The heading or bold caption the sentence stands under, if any. */
  section?: string | null;
  /** The countries the article (title and body) names, each once. */
  articleCountries?: string[];
  /** Whether it is about several (aboutSeveralCountries): else a sentence that does not say whose is left as it is. */
  severalCountries?: boolean;
}

/**
 * The place a section heading is about, "São Tomé and Príncipe" in "São Tomé and Príncipe: subsidise the seat": a name
 * before a colon that is no common word ("Update: ...", "Results: ...").
 */
function headingPlace(section: string | null | undefined): string | null {
  const name = /^(\p{Lu}[\p{L}’'.-]*(?:\s(?:and\s)?\p{Lu}[\p{L}’'.-]*){0,3}):\s/u.exec(section ?? "")?.[1];
  // (One word must be a place the lexicon knows: "Background" or "Outlook" is not. Each word of a longer name is a
  // place's or one it does not know: "Cabo Verde", not "Key Figures".)
  if (!name) return null;
  const words = name.split(/\s(?:and\s)?/);
  if (words.length === 1) return lexiconTags(name).includes("Country") ? name : null;
  return words.every((w) => lexiconTags(w).every((t) => /^(?:Place|Country|City|Region|ProperNoun)$/.test(t))) ? name : null;
}

/** How far into a sentence its subject's words are: "Instead of owning ships, the government pays ...". */
const OPENING = 60;

/** "The government", "the country's" (not "the government of Chile" nor "the government in Quito", which say whose). */
const THE_COUNTRY = /\b([Tt])he\s(government|country)(?:([’'])s\b|\b(?!\s+(?:of|in)\s+\p{Lu}|\s+of\b|[’'-]))/gu;

/**
 * The one country a text names, "several" when it speaks of more, by name or by people ("a wider Irish push into
 * India" names India, but whose government it is the text does not say: strict read AC1-all #7 wrote "India’s
 * government" for Ireland's), "people" when it speaks of one only by its people ("Irish firms signed 12 deals"), null
 * when it speaks of none. A country named only as where something comes from is no word on whose "the country" is:
 * "Imports from South Africa, which make up most of the milk sold in the country" (Botswana's), "a loan from
 * Indonesia's export credit agency ... to triple the country's output" (Mali's); nor is it when the sentence before or
 * the section names it so ("Most of the milk comes from South Africa. The country's own dairies ...", review 30
 * finding 2).
 */
function oneCountry(text: string | null | undefined): string | "several" | "people" | null {
  return oneCountryOf(mentionsAt(text ?? ""), peoplesIn(text ?? ""));
}

/** oneCountry of a text's countries (mentionsAt) and peoples (peoplesIn), already read. */
function oneCountryOf(mentions: readonly Mention[], peoples: readonly string[]): string | "several" | "people" | null {
  const named = mentions.filter((m) => !m.origin).map((m) => m.name);
  const spoken = [...new Set([...named, ...peoples].map(listedCountry))];
  if (spoken.length === 0) return null;
  return spoken.length === 1 ? (named[0] ?? "people") : "several";
}

/**
 * The sentence with each "the government" or "the country" written as the country's ("Grenada’s government",
 * "Burkina Faso’s"), `written` naming a country brought in from elsewhere, `headerOnly` when a question could not
 * say whose; null when the country of the sentence's subject cannot be told; the sentence as it is when it has no such
 * words or the article names one country or none.
 */
export function withCountryNamed(text: string, ctx: CountryContext): { text: string; written?: string; headerOnly?: boolean } | null {
  THE_COUNTRY.lastIndex = 0;
  // (An article that names one country only is about it, and its header says so: the sentence stands as it is.)
  if ((ctx.articleCountries ?? []).length < 2 || !THE_COUNTRY.test(text)) return { text };
  THE_COUNTRY.lastIndex = 0;
  let refused = false;
  let unsure = false;
  let written: string | undefined;
  // A people's firms or officials are no word on whose government acts: among several countries the text cannot say
  // ("Irish firms signed 12 deals. The government ..."); in an article about one they are an aside, as no mention is.
  // (Each earlier sentence and the section are read once, not once per "the government" in the sentence: review 30
  // finding 12.)
  // The sentence's own countries are read once too, each with where it ends: a match reads those before it.
  const read = new Map<string, string | null>();
  const ofOne = (one: ReturnType<typeof oneCountry>) => (one !== "people" ? one : ctx.severalCountries ? "several" : null);
  const countryOf = (t: string | null | undefined) => {
    const known = read.get(t ?? "");
    if (known !== undefined) return known;
    const country = ofOne(oneCountry(t));
    read.set(t ?? "", country);
    return country;
  };
  const own = mentionsAt(text);
  const ownPeoples = peoplesAt(text);
  const out = text.replace(THE_COUNTRY, (whole: string, _the: string, noun: string, apostrophe: string | undefined, at: number) => {
    let country = ofOne(oneCountryOf(own.filter((m) => m.end <= at), ownPeoples.filter((p) => p.end <= at).map((p) => p.name)));
    const inSentence = country !== null;
    // The nearest sentence before that names a country says whose only when the country is what it is about, its
    // opening subject: after "Al-Mutairi met Kuwait’s ...", "the country's second city" is not Kuwait's.
    // (The sentence just before may name it anywhere: "... than cashew does to Guinea-Bissau. The raw nut makes up
    // nine tenths of the country's exports".)
    const earlier = ctx.earlier ?? ctx.before;
    for (let i = earlier.length - 1; i >= 0 && country === null; i--) {
      const named = countryOf(earlier[i]);
      if (named === null) continue;
      // ("Taiwan will pay two thirds, the rest coming from the Palau government. The new cable would triple the
      // country's bandwidth": one that names two does not say which; nor "An Irish trade mission landed in India.")
      country = named === "several" || i === earlier.length - 1 ? named : openingCountry(earlier[i]);
      break;
    }
    country ??= countryOf(ctx.section) ?? headingPlace(ctx.section);
    if (country === null && !ctx.severalCountries) return whole;
    if (country === null || country === "several") {
      // Whose the sentence's own subject is cannot be told: refused. Further on ("... near Nouadhibou, the country's
      // second city") the rest still says what it is about, and only a question, which has no header, is withdrawn.
      if (at < OPENING) refused = true;
      else unsure = true;
      return whole;
    }
    if (!inSentence) written ??= country;
    // ("Comoros’ government", not "Comoros’s".)
    const of = /s$/.test(country) ? `${country}’` : `${country}’s`;
    return noun === "government" ? `${of} government${apostrophe ? "’s" : ""}` : apostrophe ? of : country;
  });
  if (refused) return null;
  return { text: out, ...(written ? { written } : {}), ...(unsure ? { headerOnly: true } : {}) };
}
