import { MONTH_NAME_SOURCE, WEEKDAY_SOURCE } from "./calendar-names";
import { isProperWord, lexiconTags } from "./tag-words";
import { CARDINAL_WORD_SOURCE } from "./number-words";

/**
 * Lane context42 (strict reads AG0-core #12, #34, AG1-core #1, #12, AG1-all #21, #39): a prompt shown under its
 * article's title may still leave "the state", "the province" or "the club" unplaced, when the title names several of
 * them ("Zeeland, Flanders and Schleswig-Holstein", "Aragon's three provinces", "WAC beat Klagenfurt"). Such a prompt is
 * not asked unless it names one of them itself.
 */

/** The singular head nouns a title may name several of, each with its plural. */
const CASE_NOUNS: Record<string, string> = {
  state: "states",
  province: "provinces",
  region: "regions",
  island: "islands",
  city: "cities",
  town: "towns",
  municipality: "municipalities",
  county: "counties",
  district: "districts",
  canton: "cantons",
  country: "countries",
  nation: "nations",
  club: "clubs",
  team: "teams",
  company: "companies",
  firm: "firms",
  group: "groups",
};
const PLURAL_TO_SINGULAR = new Map(Object.entries(CASE_NOUNS).map(([one, many]) => [many, one]));
/** Nouns for one side of a match: a title "X beat Y" names two of them. */
const SIDE_NOUNS = new Set(["club", "team", "country", "nation"]);

const BODY_NOUNS = ["company", "firm", "group", "club", "team"];
const PLACE_NOUNS = Object.keys(CASE_NOUNS).filter((n) => !BODY_NOUNS.includes(n));

const COUNT_WORD = String.raw`(?:${CARDINAL_WORD_SOURCE}|\d+)`;
/** "Three Alpine regions", "Aragon's three provinces", "two Baltic islands": a count of one of the plurals. */
const COUNTED_PLURAL = new RegExp(String.raw`\b${COUNT_WORD}\s+(?:[\p{L}-]+\s+)?(${Object.values(CASE_NOUNS).join("|")})\b`, "giu");
/** "Gothenburg, Stockholm and Milan", "Valais, Tyrol and Aosta", "Chile and Peru": names listed with "and". */
/** One capitalised word of a name ("Boateng", "O’Neill", "St."): the unit of NAME here and of described-person.ts's. */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}’'.-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD})*`;
const NAME_LIST = new RegExp(String.raw`(${NAME})((?:,\s+${NAME})*),?\s+(?:and|&)\s+(${NAME})`, "gu");
/** "WAC beat Klagenfurt", "win over Afghanistan", "Olimpia v Cerro": the two sides of a match. */
const MATCH_SIDES = new RegExp(String.raw`(${NAME})\s+(?:beat|beats|edge|edges|thrash|thrashes|hold|holds|draw with|draws with|down|downs|stun|stuns|rout|routs|vs?\.?|against)\s+(${NAME})|\b(?:win|victory|draw)\s+(?:over|against|with)\s+(${NAME})`, "gu");

/** What a title names several of: the case nouns it counts, and the names it lists (each a placing name). */
export interface TitleCases {
  nouns: ReadonlySet<string>;
  names: readonly string[];
}

const COMPARING = /(?:^|\s)(?:how|what|why|where|between|across|from|in)\s+$/i;

/** Words that open a title's list but name nothing ("How Valais, ...": "How" is no name). */
const NOT_A_NAME = /^(?:How|Why|What|When|Where|Who|The|A|An|In|On|At|For|As|And|Analysis|Explainer|Opinion|Three|Two|Four|Five)\s+/u;

/** The case nouns a title names several of, and its listed names. Null when it names at most one of each. */
export function titleCases(title: string): TitleCases | null {
  const nouns = new Set<string>();
  const names: string[] = [];
  for (const m of title.matchAll(COUNTED_PLURAL)) {
    const one = PLURAL_TO_SINGULAR.get((m[1] ?? "").toLowerCase());
    if (one) nouns.add(one);
  }
  for (const m of title.matchAll(NAME_LIST)) {
    const listed = [m[1] ?? "", ...(m[2] ?? "").split(/,\s+/), m[3] ?? ""].map((n) => n.replace(NOT_A_NAME, "").trim()).filter((n) => n.length > 1);
    // Three names, or two the title compares ("What Chile and Peru learned"): "merger of Solent Link and Vectis" and
    // "Competition and Consumer Authority" name one case, or a body.
    const compared = listed.length >= 3 || COMPARING.test(title.slice(0, m.index) + (NOT_A_NAME.exec(m[1] ?? "")?.[0] ?? ""));
    if (listed.length < 2 || !compared || !listed.every((n) => isProperWord(n.split(/\s+/)[0] ?? ""))) continue;
    names.push(...listed);
    // (Names the lexicon knows as bodies list firms or clubs; any other list is of places, the common case.)
    const bodies = listed.every((n) => lexiconTags(n.split(/\s+/)[0] ?? "").some((t) => /Organization/.test(t)));
    for (const noun of bodies ? BODY_NOUNS : PLACE_NOUNS) nouns.add(noun);
  }
  for (const m of title.matchAll(MATCH_SIDES)) {
    // (Any name of a match title places its club: "Spezia's coach" under "... Spezia derby win over Sampdoria".)
    names.push(...[m[1], m[2], m[3]].filter((n): n is string => !!n), ...title.split(/\s+/).slice(1).map((w) => w.replace(/['’]s$|[^\p{L}’'-]/gu, "")).filter((w) => w.length > 1 && isProperWord(w)));
    for (const noun of SIDE_NOUNS) nouns.add(noun);
  }
  return nouns.size > 0 ? { nouns, names } : null;
}

/** "the state's", "the province now", "the regional club": a bare singular case noun, not "the state of Kerala". */
const BARE_CASE_NOUN = new RegExp(String.raw`\b[Tt]he\s+(?:(?:regional|provincial|state|local|same)\s+)?(${Object.keys(CASE_NOUNS).join("|")})\b(?!\s+(?:of\b|\p{Lu}))`, "gu");

/** A word the lexicon knows as a place or body: "Huesca has moved" places "the province" beside it. */
const PLACE_AFTER = new RegExp(String.raw`\b(?:[Ii]n|on|at|across|from)\s+(?:the\s+)?(?!(?:${MONTH_NAME_SOURCE}|${WEEKDAY_SOURCE})\b)\p{Lu}`, "u");

function namesPlaceOrBody(text: string): boolean {
  // ("In the Isle of Man, ...", "on the Eiderstedt peninsula": a name after a preposition of place.)
  if (PLACE_AFTER.test(text)) return true;
  return text.split(/\s+/).slice(1).some((w) => {
    const clean = w.replace(/[^\p{L}’'-]/gu, "").replace(/['’]s$/, "");
    return /^\p{Lu}/u.test(clean) && lexiconTags(clean).some((t) => /Place|Country|City|Region|Organization/.test(t));
  });
}

/**
 * Whether `text` (a question, stem or statement without its header) keeps "the <case noun>" that a title naming several
 * of them does not place: it names none of the title's listed names, nor a place or body of its own.
 */
export function unplacedByTitle(text: string, title: string | undefined): boolean {
  if (!title) return false;
  const matches = [...text.matchAll(BARE_CASE_NOUN)];
  if (matches.length === 0) return false;
  const cases = titleCases(title);
  if (!cases || !matches.some((m) => cases.nouns.has((m[1] ?? "").toLowerCase()))) return false;
  if (cases.names.some((name) => text.includes(name))) return false;
  return !namesPlaceOrBody(` ${text}`);
}
