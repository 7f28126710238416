import { meetsNeeds, type RuleNeeds } from "./rule-needs";
import { HOLIDAY_SOURCE, MONTHS, WEEKDAY_SOURCE } from "./calendar-names";
import { DASH_DATELINE } from "./datelines";
import { DEMONYM_OF, DEMONYMS, isDemonym } from "./demonyms";
import { endOverParticles, ENTITY_NAME_PARTICLE_SOURCE, readAfterParticle } from "./name-particles";
import { CARDINAL_WORD_SOURCE } from "./number-words";
import { SCIENCE_RULES } from "./science-rules";
import { isFiniteVerb, lexiconTags } from "./tag-words";
import type { FactKind } from "./types";

/**
 * Entity rules as data: a name, a pattern with named groups (`name` is the answer, `role` what the text says it is),
 * the kind it yields, and the sentence it was written for with what it must find there. A test runs every example.
 * The question is built by the caller from where the name sits in its clause (entity-question.ts).
 */
export interface EntityRule {
  name: string;
  kind: Extract<FactKind, "person" | "organisation" | "place">;
  pattern: RegExp;
  /** A cheap test a sentence must pass before the pattern runs (the patterns are costly on long texts). */
  requires?: RegExp;
  /** A cheaper test still, before `requires` (rule-needs.ts): one of these is in the lower-cased sentence. */
  needs?: RuleNeeds;
  /** Match against the sentence with its first letter lowercased, so a sentence-initial role reads as one. */
  lowerFirst?: boolean;
  /** A leading "The" is part of the name this rule picks ("the journal The Cryosphere"). */
  keepThe?: boolean;
  /** The answer when it is not simply the `name` group (null refuses the match). */
  pick?: (groups: Record<string, string>) => string | null;
  /** Extra check on a match (the role word is a noun for a person, the name is a known place ...). */
  accept?: (groups: Record<string, string>) => boolean;
  /** The noun a question uses ("" asks "Who ...?") ("team captain", "city", "journal"); default: the `role` group. */
  noun?: (groups: Record<string, string>) => string;
  example: { text: string; name: string; role: string };
}

// A person's name: two to four capitalised words ("Kim Jong Un", "Ana Ruiz", "Park Min-jun").
// "McAllister", "MacLeod", "O'Connell": a second capital after Mc, Mac or an apostrophe.
const NAME_WORD = String.raw`\p{Lu}(?:(?:c|ac|['’])\p{Lu})?[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`;
// "Salim bin Hamad Al-Harthy", "Ana de Souza": a lowercase particle may stand between two of its words.
// "Radhi Shenaishil al-Mousawi": a lowercase article may open a later word.
const NAME = String.raw`(?<name>${NAME_WORD}(?:\s(?:(?:${ENTITY_NAME_PARTICLE_SOURCE}|í|á)\s)?(?:(?:al|el|ad|as|ash|at|az)-)?${NAME_WORD}){1,3})`;
// Role nouns compromise's lexicon files under verbs or plain nouns ("coach", "judge"), besides its #Actor words.
// Positions in a team (own list: compromise's lexicon has none of them as people).
const ROLE_NOUNS = /^(?:coach|judge|prefect|striker|founder|spokesman|spokeswoman|spokesperson|midfielder|defender|winger|forward|goalkeeper|skipper|head|chief|boss|rapporteur|envoy|negotiator|prosecutor|counsel|curator|editor|author|hooker|flanker|fly-half|scrum-half|full-back|fullback|half-back|playmaker|bowler|batsman|batter|all-rounder|pitcher|quarterback|wicketkeeper|wicket-keeper|substitute|captain|governor|campaigner|executive|chair|engineer|opener|seamer|spinner|paceman|keeper|fielder|left-hander|right-hander)$/;
/** Positions that are also common nouns ("smart lock Google Nest"): a role only with an owner or a modifier before. */
const AMBIGUOUS_ROLES = /^(?:lock|prop|guard|center|centre|forward|head|chief|back)$/;
/** Positions in a team that are also common nouns ("lock", "guard", "forward", "centre"). */
const POSITIONS = /^(?:lock|prop|guard|center|centre|forward|back)$/;
// ("An Emirati operator, Sahra Airports, will spend ...": an operator, a developer or a supplier in the news is a firm.)
const NOT_ROLES = /^(?:number|order|border|letter|matter|quarter|water|power|center|centre|under|after|other|over|never|ever|either|together|whether|manner|corner|partner|winter|summer|committee|degree|operator|developer|carrier|producer|supplier|manufacturer|contractor|insurer|lender|retailer|distributor|exporter|importer|provider|shipper|refiner)$/;
/** Prepositions the lexicon files as adjectives or adverbs ("over", "past"): never part of a role before a name. */
const PREPOSITIONS = /^(?:over|under|past|off|near|into|onto|across|through|behind|beyond|against|around|about|above|below|between|toward|towards|without|within|despite|beside|inside|outside|up|down|out)$/;

/** A role noun the lexicon or the role list knows ("Prefect", "Chief"), not one guessed from its ending alone. */
export function isKnownRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return !NOT_ROLES.test(w) && (ROLE_NOUNS.test(w) || lexiconTags(w).includes("Actor"));
}

/** Words an office's title opens with before its head ("Deputy Governor", "Public Relations Manager"). */
const OFFICE_MODIFIER = /^(?:deputy|acting|interim|vice|chief|senior|executive|assistant|associate|managing|general|principal|permanent|regional|national|head|public|press|media|communications|finance|financial|technical|operations|first|second)$/;

/** Whether an office's title may open with this word: an office's own word or one of its modifiers, never a surname. */
function officeOpening(word: string): boolean {
  return isRoleNoun(word) || OFFICE_MODIFIER.test(word.toLowerCase());
}

/** A lowercase word that names a person's role: compromise's #Actor nouns and a few it files elsewhere. */
// "spokesman of Spain's Prime Minister": the office's body is itself an office, by its last word or the word after its
// owner's possessive ("Committee", "Board" or "Council" stay bodies).
function endsOnAnOffice(role: string): boolean {
  const body = role.replace(/^.*?\sof\s(?:the\s)?/, "");
  const words = body.split(/\s+/);
  const afterPossessive = words.findIndex((w) => /[’']s$/.test(w)) + 1;
  return [words.at(-1) ?? "", afterPossessive > 0 ? (words[afterPossessive] ?? "") : ""].some((w) => !!w && isRoleNoun(w.toLowerCase()));
}

// "His", "Its", "Their": an owner that is a pronoun, never a name to write into a question.
export const POSSESSIVE_PRONOUN = /^(?:his|her|its|their|our|my|your)$/i;

export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_ROLES.test(w)) return false;
  // "right-back", "wing-back", "centre-half": a place in a team's line.
  if (ROLE_NOUNS.test(w) || /^(?:right|left|centre|center|wing|inside|outside)-(?:back|half|forward)$/.test(w)) return true;
  // "vice-president", "co-founder", "deputy-governor": a prefixed role is the role after its prefix.
  const prefixed = /^(?:vice|deputy|co|ex|acting|assistant)-(.+)$/.exec(w)?.[1];
  if (prefixed) return isRoleNoun(prefixed);
  const tags = lexiconTags(w);
  if (tags.includes("Actor")) return true;
  // "referee", "trustee": the -ee of a person acted on, like the -er of one acting.
  return tags.length === 0 && /(?:er|or|ist|ian|man|woman|person|ee)$/.test(w);
}

/** People a club or a firm has: "from" after them names where they worked or played, not where they live. */
const CLUB_OR_FIRM_ROLES = /^(?:coach|manager|player|striker|midfielder|defender|winger|forward|goalkeeper|keeper|captain|signing|recruit|scout|executive|director|analyst|banker|lawyer|consultant|representative|delegate|official|spokes(?:man|woman|person)|engineer|[a-z]+-(?:back|half))$/;
/** Nouns for a site something stands at: what comes after "a consulate in" is a place. */
const SITE_NOUNS = "consulate|embassy|plant|factory|office|offices|hub|hubs|station|port|site|school|hospital|clinic|mine|base|headquarters|facility|centre|center|terminal|campus|airport|home|warehouse|depot|refinery|smelter|laboratory|lab|academy|institute|college|university|resort|hotel|village|town|district|suburb|estate|shipyard|mill|farm|camp|quarry";
/** The same sites in the plural ("the mines at X", "power stations at X"): many of them stand at one place too. */
const SITE_PLURAL_NOUNS = "consulates|plants|factories|stations|ports|sites|schools|hospitals|clinics|mines|bases|facilities|terminals|warehouses|depots|refineries|smelters|laboratories|labs|mills|farms|camps|quarries|wells|fields|works";
/** Bearings from another place ("about 40 km west of the capital", "north of Maradi"). */
const BEARING = String.raw`(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?`;
/** A place's name of one to three words: "Grand-Popo", "Savai'i", "Baie Sainte Anne" (never a possessive "Lagos’s"). */
const PLACE_NAME = String.raw`\p{Lu}\p{Ll}\p{Ll}*(?:['’](?!s\b)\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*(?:\s\p{Lu}\p{Ll}\p{Ll}*(?:-\p{Lu}?\p{Ll}+)*){0,2}`;
/** What may follow a place's name: punctuation or a word that starts the next phrase, never a noun it modifies. */
const PLACE_END = String.raw`(?=[,.;:)]|\s(?:by|next|last|this|every|each|on|in|at|and|to|for|from|since|until|with|which|where|when|that|was|is|will|would|has|had|after|before|during|near|playing|who)\b|\s(?<verb>[a-z]+ed|said|told|says)\b|$)`;
const PLACE_HEADS = "province|region|state|prefecture|county|district|oblast|canton";
const VENUE_HEADS = "Arena|Stadium|Park|Palace|Stadion|Ground|Field|Oval|Dome|Velodrome|Circuit|Hotel";
/** What a place is, as far as the lexicon knows ("country", "city"); "place" when it does not know the name. */
const placeNoun = (name: string) => {
  const tags = lexiconTags(name.split(/\s+/)[0] ?? "");
  return tags.includes("Country") ? "country" : tags.includes("City") ? "city" : tags.some((t) => /Region|Place/.test(t)) ? "region" : "place";
};
/** Head words that make a capitalised name an organisation's ("Swedish Union of Tenants"). */
const ORG_HEADS = "University|Society|Union|Institute|Agency|Administration|Bank|Association|Federation|Council|Foundation|Organisation|Organization|Authority|Commission|Service|Fund|Facility|Museum|Library|Hospital|Court|Party|Academy|Company|Corporation|Trust|Board|Ministry|Department|Forum|Network|Alliance|League|College|School|Laboratory|Observatory|Survey|Institution|Office|Centre|Center|Group|Agency|Committee|Exchange|Bureau|Directorate|Secretariat|Inspectorate|Faculty|Tribunal";
/** A head word that opens a name ("Office National") or goes on with "of"/"for" ("National Council of ..."). */
const ORG_HEAD_FIRST_OR_BEFORE_OF = new RegExp(String.raw`^(?:${ORG_HEADS})\b|\b(?:${ORG_HEADS})\s(?:of|for)\b`);
// ("Tokyo Gas", "Manchester United": a known place's name before a common word is a company's or a club's; "Mexico
// City" keeps its place word.)
const isPlaceWord = (name: string) => name.split(/\s+/).every((w, i) => /^\p{Lu}/u.test(w) && (i === 0 || /^(?:City|Town|Island|Islands|Bay|Coast|Valley|Republic|Beach|Harbour|Harbor|Springs|Falls)$/.test(w) || !lexiconTags(w).some((t) => /^(?:Singular|Plural|Adjective|Uncountable|Organization|Noun)$/.test(t)))) && lexiconTags(name.split(/\s+/)[0] ?? "").some((t) => /^(?:City|Country|Region|Place)$/.test(t));

/** Lower-case words inside a name, in the languages names are written in ("Électricité du Laos", "Banque des Etats"). */
// ("Citizenship by Investment (CBI)": "by" too.)
// ("Compagnia Valdostana delle Acque (CVA)": Italian's joined articles too.)
const NAME_JOINS = "of|and|on|for|in|by|the|de|du|des|da|do|dos|das|di|del|della|delle|dei|degli|dello|la|le|les|y|e|et|für|van|von";
const NAME_JOIN_RE = new RegExp(`^(?:${NAME_JOINS})$`, "i");
/** The article a name in French, Spanish or Italian may open with ("Les Eaux de ...", "La Poste"). */
const NAME_ARTICLE = /^(?:Le|La|Les|El|Los|Las|Il|Lo)$/;
/** Upper case without accents, so "É" is the E of "EDL". */
const foldLetters = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();

/**
 * "the Council on Energy, Environment and Water (CEEW)": the name is the shortest run of capitalised words (with
 * "of", "and", "on", "du" ... and commas between) before the parentheses whose initials the acronym holds in order.
 * Null when a capitalised word before that run holds a letter the acronym still needs ("National" in "National Bank
 * of Moldova (BNM)"): then the acronym is the name's in another language, and the whole name is known by it.
 */
export function nameBeforeAcronym(words: string, acronym: string): string | null {
  const parts = words.replace(/^The\s/, "").split(/\s+/);
  const letters = foldLetters(acronym);
  for (let i = parts.length - 1; i >= 0; i--) {
    const candidate = parts.slice(i).join(" ");
    // ("Les Eaux de Mayotte (LEMA)": a capitalised article opening a name is a word of it.)
    if (!/^\p{Lu}/u.test(candidate) || (NAME_JOIN_RE.test(parts[i] ?? "") && !NAME_ARTICLE.test(parts[i] ?? ""))) continue;
    // ("Conseil Burkinabè de l'Anacarde (CBA)": an elided article is no letter of it.)
    const initials = foldLetters(candidate.split(/[\s-]+/).map((w) => w.replace(/^[dl]['’](?=\p{Lu})/u, "")).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join(""));
    let at = 0;
    const spelled = foldLetters(candidate);
    const inOrder = [...letters].every((c) => (at = spelled.indexOf(c, at) + 1) > 0);
    if (initials.length >= 2 && inOrder && letters.startsWith(initials.charAt(0)) && [...initials].every((c) => letters.includes(c))) {
      const before = parts[i - 1] ?? "";
      // (Each letter once: "Central Coastal Agricultural Research Institute (CCARI)" has a second C left for "Central",
      // so the name goes on before "Coastal"; "Energy Efficiency and Conservation Authority (EECA)" likewise.)
      const unused = [...initials].reduce((rest, c) => rest.replace(c, ""), letters);
      if (/^\p{Lu}/u.test(before) && unused.includes(foldLetters(before.charAt(0)))) continue;
      return candidate.replace(/,$/, "");
    }
  }
  return null;
}

/**
 * "Board of the National Energy Regulatory Authority" with "ANRE" -> "National Energy Regulatory Authority": the
 * shortest run of capitalised words (joining words between) closing the name whose initials are the letters in
 * another order, as a name's acronym in its own language is, after the body it belongs to ("Board of the"). Null when
 * no run is, or the letters are in order.
 */
export function initialsReordered(words: string, acronym: string): string | null {
  if (!/^[A-Z]{3,8}$/.test(acronym)) return null;
  const sorted = (s: string) => [...s].sort().join("");
  const parts = words.split(/\s+/);
  for (let i = parts.length - 1; i > 0; i--) {
    if (!/^\p{Lu}/u.test(parts[i] ?? "")) continue;
    const initials = foldLetters(parts.slice(i).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join(""));
    // ("French Agricultural Research Centre for International Development (CIRAD)": only a body the run is "of" is cut
    // off, never a word that describes it.)
    if (initials.length === acronym.length) return initials !== acronym && sorted(initials) === sorted(acronym) && /^(?:of|the)$/.test(parts[i - 1] ?? "") ? parts.slice(i).join(" ") : null;
  }
  return null;
}

/** Lower-case kinds of thing a name stands before ("the Rapid Nurse Training scheme (RNT)"). */
// ("the Harbour Research and Ecology foundation (HREF)", "its Workforce and Residency department (WRD)": a kind of
// body too.)
const KINDS_OF_THING = "programme|program|scheme|project|initiative|plan|strategy|campaign|system|policy|fund|foundation|department|agency|unit|office|committee|network";
/** Words a term never opens with: the letters have run out before them. */
const NOT_TERM_START = /^(?:the|a|an|of|per|and|or|in|on|at|to|for|by|with|from|its|their|his|her|our|new|some|about|around|over|under|than|as|is|are|was|were|be|been|has|have|had|will|would|can|could|may|each|every|all|more|less|most)$/;
/** Joining words a term may hold inside it, whose initials its letters may skip ("sanitary and phytosanitary (SPS)"). */
const TERM_JOIN_WORDS = ["of", "and", "for", "in", "on", "to", "or"];
const TERM_JOIN = new RegExp(`^(?:${TERM_JOIN_WORDS.join("|")})$`);
/**
 * "CoC", "MoU", "DfE": a small letter between capitals that opens a joining word stands for one ("code of conduct"),
 * so the term holds it ("conduct" alone has the letters C, o, C in order but is not what "CoC" stands for).
 */
const joinLettersOf = (abbreviation: string) =>
  [...abbreviation.matchAll(/(?<=\p{Lu})\p{Ll}(?=\p{Lu})/gu)].map((m) => m[0]).filter((l) => TERM_JOIN_WORDS.some((w) => w.startsWith(l)));

/**
 * "community health workers (CHWs)" -> "community health workers": the shortest run of lower-case words before the
 * parentheses that opens with the abbreviation's first letter, spells its letters in order and has no word whose
 * initial it lacks ("per terabyte (TB)" -> "terabyte"). A plural "s" after capitals is no letter of it. Null when no
 * run fits before a word a term does not open with ("the water tariff (WB)").
 */
export function termBeforeAbbreviation(words: string, abbreviation: string): string | null {
  // ("kWh", "MWh": a unit's letters may be lower case; "(mph)" or "(sic)", all lower case, is no abbreviation here.)
  if (!/\p{Lu}/u.test(abbreviation)) return null;
  const letters = abbreviation.replace(/(?<=\p{Lu})s$/u, "").toUpperCase();
  const joinLetters = joinLettersOf(abbreviation);
  const parts = words.split(/\s+/);
  for (let i = parts.length - 1; i >= 0; i--) {
    // ("a memorandum of understanding (MoU)": a joining word opens no term, but the search goes on past it.)
    if (TERM_JOIN.test(parts[i] ?? "") && i < parts.length - 1) continue;
    if (NOT_TERM_START.test((parts[i] ?? "").toLowerCase())) return null;
    const candidate = parts.slice(i).join(" ");
    const initials = candidate.split(/[\s-]+/).filter((w) => !TERM_JOIN.test(w)).map((w) => w.charAt(0).toUpperCase());
    if (initials[0] !== letters.charAt(0) || !initials.every((c) => letters.includes(c))) continue;
    const joins = parts.slice(i).filter((w) => TERM_JOIN.test(w));
    if (!joinLetters.every((l) => joins.some((w) => w.startsWith(l)))) continue;
    let at = 0;
    const spelled = candidate.toUpperCase();
    if ([...letters].every((c) => (at = spelled.indexOf(c, at) + 1) > 0)) return candidate;
  }
  return null;
}

const COUNTRY_POSSESSIVE = String.raw`(?:${Object.keys(DEMONYM_OF).join("|")})[’']s`;
/** "Mali's Central Veterinary Laboratory" -> "Central Veterinary Laboratory": a place owning a body is no part of its name. */
const withoutPlaceOwner = (name: string) =>
  name.replace(/^(\p{Lu}[\p{L}-]*)['’]s\s(?=\p{Lu})/u, (all, owner: string) => (DEMONYM_OF[owner] || lexiconTags(owner).some((t) => /Country|Place|City|Region/.test(t)) ? "" : all));
/** A nationality written as a demonym ("Portuguese", "South Korean"). */
const NATIONALITY_WORD = String.raw`(?:(?:South|North|New)\s)?\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|ine)`;
// ("minister of commerce, industry and investment promotion": the portfolios may be a list.)
const ROLE_PHRASE = String.raw`(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*(?:\s(?:on|of|for|at)\s(?:the\s)?(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*(?:,\s[a-z][\w-]*(?:\s[a-z][\w-]*)?){0,4}(?:,?\sand\s[a-z][\w-]*(?:\s[a-z][\w-]*)?)?)?`;
// ("Datuk Seri Ahmad Faizal Osman", "Ntate Thabo Lerato": honorifics of other languages too.)
const OTHER_HONORIFICS = String.raw`(?:Datuk|Dato['’]?|Datin)(?:\sSeri)?|Tan Sri|Puan Sri|Tun|Alhaji|Alhaja|Sheikh|Ntate|Mme`;
// ("The Director of the Maritime Office, Captain Wojciech Przybylski, said": a rank is no part of the name either.)
const RANKS = String.raw`Captain|Capt\.|Colonel|Col\.|Lieutenant|Lt\.|Commander|Cmdr\.|Commodore|Admiral|Brigadier|Inspector|Superintendent|Reverend|Rev\.`;
/** Honorifics and ranks written before a name ("Dr.", "Dame", "Datuk Seri", "Captain"), as a pattern's alternatives. */
export const HONORIFIC_WORDS = String.raw`Dr\.?|Professor|Prof\.?|Dame|Sir|Mr\.?|Ms\.?|Mrs\.?|${OTHER_HONORIFICS}|${RANKS}`;
const HONORIFIC = String.raw`(?:(?:${HONORIFIC_WORDS})\s)?`;
/** Kin, which a person is of another person, not an office of a body. */
export const KIN = /^(?:(?:grand|great-grand)?(?:son|daughter|father|mother|child|children)|wife|husband|widow|widower|brother|sister|nephew|niece|cousin|uncle|aunt)$/;
/** The role's head noun: the word before "on/of/for/at ...", else the last word. */
// ("director general", "secretary-general", "attorney general": a "general" after the noun qualifies it.)
const roleHead = (role: string) => (role.split(/\s(?:on|of|for|at)\s/)[0] ?? role).replace(/[\s-]general$/i, "").split(" ").pop() ?? "";

/** Capitalised heads that make a name a natural feature's ("Bambous Mountains", "Laucala Bay"), after or before it. */
// ("Dhaalu Atoll", "Potter's Cay", "Salman Industrial City", "the offshore Stabroek Block": an atoll, a small island,
// an industrial estate and an oil block too.)
const FEATURE_HEADS = "Mountains|Mountain|Hills|Range|River|Lake|Valley|Gorges?|Bay|Islands?|Sea|Gulf|Desert|Plateau|Glacier|Peninsula|Strait|Falls|Delta|Basin|Lagoon|National Park|Nature Reserve|Zone|Airport|Atolls?|Cay|Reef|Archipelago|Fjord|Industrial (?:City|Estate|Park|Area)|Block|Region|Province|District|Governorate|Prefecture";
/** A feature's head alone: what is left when an owner's possessive is cut from "Potter's Cay". */
const FEATURE_HEAD_ONLY = new RegExp(String.raw`^(?:${FEATURE_HEADS})$`);
const FEATURE_LEADS = "Lake|Mount|Gulf|Bay|Island|Isle|Cape|Mountains";
/** Lowercase kinds of place a name stands before ("the Inylchek glacier", "the Metsamor nuclear plant"). */
const SITE_KINDS = "glacier|volcano|river|lake|valley|dam|reservoir|mine|oilfield|gas field|refinery|smelter|shipyard|forest|wetland|substation|power station|power plant|nuclear plant|hydroelectric plant|hydropower plant|solar park|wind farm|industrial area|industrial zone|industrial site|industrial estate|industrial park|business park|free zone|port zone|municipality|neighbourhood|neighborhood|canyon|gorge|plateau|basin|oasis|peninsula";
const SITE_PLURALS = "rivers|valleys|lakes|islands|glaciers|volcanoes|districts|municipalities";
const singularKind = (plural: string) => plural.replace(/ies$/, "y").replace(/oes$/, "o").replace(/s$/, "");
/** A name the lexicon knows as something other than a place: a company, a person, a nationality, a time. */
const notOtherName = (name: string) => !!name && !name.split(/\s+/).some((w) => DEMONYMS.has(w) || lexiconTags(w).some((t) => /Organization|Person|FirstName|LastName|Month|WeekDay|Date|Demonym|Pronoun|Determiner/.test(t)));
/** Holidays the lexicon does not tag (lexiconTags("Christmas") is empty). */
export const HOLIDAY = new RegExp(`^(?:${HOLIDAY_SOURCE})$`);
// Compiled once: accept() runs for every candidate name.
const ORG_OR_VENUE_HEAD = new RegExp(String.raw`\b(?:${ORG_HEADS}|${VENUE_HEADS})\b`);
/** A name the lexicon does not know at all, nor as a head word of a body or venue, a month or a nationality. */
const isUnknownPlaceName = (name: string) => {
  if (ORG_OR_VENUE_HEAD.test(name)) return false;
  // "took office in March": a month is a time, whatever the lexicon says of it; so is a holiday.
  if ((MONTHS as readonly string[]).includes(name) || HOLIDAY.test(name)) return false;
  // "clinics in Central and Eastern provinces": a bearing alone is half of a name.
  if (/^(?:Central|Eastern|Western|Northern|Southern|North|South|East|West|Upper|Lower|Greater|Inner|Outer)$/.test(name)) return false;
  return name.split(/[\s-]+/).every((w) => !DEMONYMS.has(w) && !DEMONYM_OF[w] && !lexiconTags(w).some((t) => /Person|FirstName|LastName|Organization|Month|Date|WeekDay|Demonym|Verb|Adjective|Singular|Plural|Uncountable/.test(t)));
};

/** "three", "Two thousand", "several": words that count, which a common name never opens with. */
const COUNTING_WORD = String.raw`(?:${CARDINAL_WORD_SOURCE}|hundreds?|thousands?|millions?|several|dozens?|a few)`;
const COUNTED = new RegExp(String.raw`^${COUNTING_WORD}\b`, "i");
/** Words a species' common name never holds: the article, verb or joining word before it ("are grey mouse lemurs"). */
const COMMON_NAME_STOP = "(?:the|a|an|are|is|was|were|be|been|of|in|on|at|to|for|by|with|from|and|or|as|its|their|his|her|our|some|many|these|those|this|that|called|named|known)";
/** "Cedrus libani", "Giraffa camelopardalis peralta": a genus and Latin epithets, no word of them one the lexicon knows. */
function isScientificName(name: string): boolean {
  const [genus = "", ...epithets] = name.split(" ");
  return epithets.length > 0 && lexiconTags(genus).length === 0 && epithets.every((e) => /(?:i|ae|us|um|a|is|ensis|ica|ina|oides|ix|ex|ax|ans|ens)$/.test(e) && lexiconTags(e).length === 0);
}
/** A common noun in the plural ("sharks", "lemurs"), not a singular ending in s ("walrus", "bass"). */
const isPluralNoun = (word: string) => lexiconTags(word).includes("Plural") || /[^su'’]s$/.test(word);

/**
 * A journal's title: capitalised words, with "of", "of the", "and" or "&" between ("Ecology & Evolution", "The
 * Cryosphere", "Annals of the Royal Society of Edinburgh"), and never stopped where a title goes on: a title longer
 * than this is no match, not its first words ("Annals" was keyed: strict read, session 31).
 */
// (One joiner for the words and for where the title goes on: "Science and the Lancet" is two names, a title never
// holding "and the"; review 31b finding 6.)
const JOURNAL_JOIN = String.raw`(?:of\s(?:the\s)?|and\s|&\s)`;
const JOURNAL_WORDS = String.raw`\p{Lu}[\p{L}-]*(?:\s${JOURNAL_JOIN}?\p{Lu}[\p{L}-]*){0,5}(?![\p{L}-]|\s${JOURNAL_JOIN}?\p{Lu})`;
/**
 * Journals known by one word that a text names in pairs ("published in Nature and Science"): "X and Y" with one of them
 * on a side is two journals, not one title as "Ecology and Evolution" is (review 32, note on journal titles).
 */
const ONE_WORD_JOURNAL = /^(?:Nature|Science|Cell|Lancet|Neuron|PNAS|BMJ|JAMA|eLife)$/;
/** Whether a title read whole is a stump or a pair: a title with "of" that goes on with "and the <Name>" ("Journal of
 * Law and the Biosciences" cut to "Journal of Law"), or two one-word journals ("Nature and Science"). */
const journalStumpOrPair = (name: string, andThe: string | undefined): boolean =>
  (andThe !== undefined && /\sof\s/.test(name)) || (/^\S+\sand\s\S+$/.test(name) && name.split(" and ").some((w) => ONE_WORD_JOURNAL.test(w)));

/** "the electronic transfer levy" -> "electronic transfer levy": a description without its article or owner. */
const describedBy = (role: string) => role.replace(/^(?:[Tt]he|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s/u, "");

export const ENTITY_RULES: EntityRule[] = [
  {
    name: "name defined by an acronym in parentheses",
    requires: /\([A-Z]/,
    kind: "organisation",
    // "the Japan External Trade Organization (JETRO)", "UK Research and Innovation (UKRI)".
    // "Taiwan Semiconductor Manufacturing Co. (TSMC)": a legal form's full stop is part of the name.
    // "the Ceylon Workers’ Union (CWU)": a plural possessive is part of it too.
    // Never from inside a run of capitalised words: a refused "National Bank of Moldova" is not retried as "Bank of Moldova".
    // "its Accelerated Nurse Training programme (ANT)": a lower-case kind of thing may stand between name and letters.
    // "the Vardia REDD+ Climate Fund (VRCF)", "the Office du Riz et de l'Arachide (ORA)": a word may end in "+", and
    // an elided article open one.
    // ("the U.S. Geological Survey (USGS)": initials with full stops may open it; "Co." and its like are words whose full
    // stop is their own, not find-name-chunks' LEGAL_FORM, which closes a name.)
    pattern: new RegExp(String.raw`(?<!\p{Lu}[\p{L}-]*,?\s)(?<words>(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}-]*(?:s[’'])?)(?:,?\s(?:(?:${NAME_JOINS}|&)\s)*(?:(?:Co|Corp|Inc|Ltd)\.|(?:[dl]['’])?\p{Lu}[\p{L}+-]*(?:s[’'])?)){1,9})(?:\s(?:${KINDS_OF_THING}))?\s\((?<role>[A-Z][A-Za-z]{1,7})\)`, "gu"),
    pick: (g) => nameBeforeAcronym(g.words ?? "", g.role ?? ""),
    noun: (g) => `abbreviation ${g.role}`,
    example: { text: "Exports grew, according to the Japan External Trade Organization (JETRO).", name: "Japan External Trade Organization", role: "abbreviation JETRO" },
  },
  {
    name: "a name in another language, in lower case after its first word, before its initials",
    needs: ["("],
    requires: /\p{Ll}\s\([A-Z]{2,6}\)/u,
    kind: "organisation",
    // "the city bus company, Ljubljanski potniški promet (LPP)": a body's own name in a language that capitalises only
    // its first word, in apposition to what it is, asked by its letters when every word's initial spells them
    // ("Community health workers (CHW)" opening a sentence is an English term).
    pattern: /(?<=,\s)(?<words>\p{Lu}\p{Ll}+(?:\s\p{Ll}+){1,4})\s\((?<role>[A-Z]{2,6})\)/gu,
    pick: (g) => {
      const words = (g.words ?? "").split(" ");
      const initials = foldLetters(words.map((w) => w.charAt(0)).join(""));
      return initials === foldLetters(g.role ?? "") ? (g.words ?? null) : null;
    },
    noun: (g) => `abbreviation ${g.role}`,
    example: { text: "The city pays the bus company, Kranjski mestni promet (KMP), to run night buses.", name: "Kranjski mestni promet", role: "abbreviation KMP" },
  },
  {
    name: "a term spelled out before its abbreviation",
    needs: ["("],
    requires: /\p{Ll}\s\([A-Za-z]{2,8}\)/u,
    kind: "organisation",
    // "300 kilowatt-hours (kWh)", "community health workers (CHWs)", "per terabyte (TB)": a term the text defines by
    // its letters, asked as what they stand for (worth-learning.ts keeps the question only when the letters are used again).
    // ("Devil facial tumour disease (DFTD) was first ...": a term opening the sentence has its first word capitalised.)
    // ("Earnings before interest, tax, depreciation and amortisation (EBITDA)": a term may list its words with commas.)
    pattern: /(?<![\p{L}\d'’-])(?<words>(?:^\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}\d-]*)(?:,?\s\p{Ll}[\p{Ll}\d-]*){0,7})\s\((?<role>[A-Za-z]{2,8})\)/gu,
    pick: (g) => termBeforeAbbreviation(g.words ?? "", g.role ?? ""),
    noun: (g) => `abbreviation ${g.role}`,
    example: { text: "The district trained 400 community health workers (CHWs) last year.", name: "community health workers", role: "abbreviation CHWs" },
  },
  {
    name: "an abbreviation, then the term it stands for in parentheses",
    requires: /\b[A-Z]{2,8}\s\(\p{Ll}/u,
    kind: "organisation",
    // "EBITDA (earnings before interest, taxes, depreciation and amortisation) rose", "UHT (ultra-high temperature)
    // milk": the letters first, the whole parenthesis the term they spell, asked as what they stand for. Never a
    // parenthesis that only holds such a term among other words ("GDP (gross domestic product, in euros)").
    pattern: /(?<![\p{L}\d'’-])(?<role>[A-Z]{2,8})\s\((?<words>\p{Ll}[\p{Ll}\d-]*(?:,?\s\p{Ll}[\p{Ll}\d-]*){1,7})\)/gu,
    pick: (g) => (termBeforeAbbreviation(g.words ?? "", g.role ?? "") === g.words ? (g.words ?? null) : null),
    noun: (g) => `abbreviation ${g.role}`,
    example: { text: "Most UHT (ultra-high temperature) milk sold here is imported.", name: "ultra-high temperature", role: "abbreviation UHT" },
  },
  {
    name: "a term in quotation marks and what it means",
    requires: /[”"],\s(?:the|a)\s(?:[a-z]+\s)?(?:term|name|word)\sfor\s/,
    kind: "organisation",
    // 'wait years to be "pin-coded", the local term for being added to the payroll': the article defines the term,
    // asked as "What is the local term for being added to the payroll?".
    pattern: /[“"](?<name>[\p{L}][\p{L}’'-]*(?:\s[\p{L}’'-]+){0,3})[”"],\s(?:the|a)\s(?<role>(?:[a-z]+\s)?(?:term|name|word)\sfor\s[^,.;:“”"()]{3,80}?)(?=[,.;:]|$)/gu,
    noun: (g) => `defined ${g.role}`,
    example: { text: 'They wait years to be "pay-listed", the local term for being added to the payroll.', name: "pay-listed", role: "defined local term for being added to the payroll" },
  },
  {
    name: "a species' scientific name after its common name",
    requires: /,\s\p{Lu}\p{Ll}{2,}\s\p{Ll}{3,}[,.;)]/u,
    kind: "organisation",
    // "the area suited to the Lebanese cedar, Cedrus libani, could shrink": a genus and a Latin epithet in apposition
    // to a common name, asked as "What is the scientific name of the Lebanese cedar?".
    // ("A sawfly, Cephalcia ...", "the rarer fluted giant clam, Tridacna ...", "a beetle here, Onymacris ...": after
    // "a" too, with up to four words, and a "here" or "there" before the comma.)
    pattern: /(?<=\b(?:[Tt]he|[Aa]n?)\s)(?<role>(?:\p{Lu}\p{Ll}+\s)?[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}?)(?:\s(?:here|there))?,\s(?<name>\p{Lu}\p{Ll}{2,}\s\p{Ll}{3,})(?=[,.;)]|$)/gu,
    accept: (g) => isScientificName(g.name ?? ""),
    // ("the rarer horned sea star, Protoreaster nodosus": a comparative before the common name is not part of it.)
    noun: (g) => `defined scientific name of the ${(g.role ?? "").replace(/^\p{Ll}+\s(?=\p{Ll})/u, (w) => (lexiconTags(w.trim()).some((t) => t === "Comparative" || t === "Superlative") ? "" : w))}`,
    example: { text: "By 2080 the area suited to the Atlas cedar, Cedrus atlantica, could shrink by half.", name: "Cedrus atlantica", role: "defined scientific name of the Atlas cedar" },
  },
  ...SCIENCE_RULES,
  {
    name: "a species' scientific name in parentheses after its common name",
    requires: /\s\(\p{Lu}\p{Ll}{2,}\s\p{Ll}{3,}(?:\s\p{Ll}{3,})?\)/u,
    kind: "organisation",
    // "grey mouse lemurs (Microcebus murinus)", "The West African giraffe (Giraffa camelopardalis peralta)": a genus and
    // one or two Latin epithets in parentheses after the common name, asked as "What is the scientific name of grey
    // mouse lemurs?". The common name's words are no article, verb or joining word, and no figure or number word counts
    // them ("1,240 colonies (Acropora ...)", "three female hawksbill turtles (...)": some of a species, not its name).
    pattern: new RegExp(
      String.raw`(?<![\p{L}\d'’-]|\d\s|\b${COUNTING_WORD}\s)(?<role>(?:\p{Lu}\p{Ll}+\s){0,2}(?:(?!${COMMON_NAME_STOP}\s)[a-z][a-z-]*\s){0,3}(?!${COMMON_NAME_STOP}\s)[a-z][a-z-]*)\s\((?<name>\p{Lu}\p{Ll}{2,}\s\p{Ll}{3,}(?:\s\p{Ll}{3,})?)\)`,
      "gu",
    ),
    lowerFirst: true,
    accept: (g) => isScientificName(g.name ?? "") && !COUNTED.test(g.role ?? "") && !/^(?:species|animals?|colonies|samples?|specimens?|individuals?|populations?|organisms?)$/.test(g.role ?? ""),
    // A plural common name is asked without "the" ("of whale sharks"), a singular one with it ("of the hawksbill").
    noun: (g) => `defined scientific name of ${isPluralNoun((g.role ?? "").split(" ").pop() ?? "") ? "" : "the "}${g.role}`,
    example: { text: "The animals studied were pale rock voles (Arvicola pallidus), which live on cliffs.", name: "Arvicola pallidus", role: "defined scientific name of pale rock voles" },
  },
  {
    name: "a body's other name in quotation marks",
    requires: /,\s(?:(?:also\s)?known as|the|nicknamed)\s[“"]/,
    kind: "organisation",
    // 'MC Alger, known as "le Mouloudia", took control': what the body is also called, asked by the name it goes by.
    // 'Al-Wahda, the "Eagles", finished with ten men', 'Vardia's national team, the "Desert Foxes", plays': a quoted
    // name in apposition is one too.
    pattern: /(?<![\p{L}’'-])(?<owner>\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3}|\p{Lu}[\p{L}-]*['’]s\s(?:[a-z]+\s)?[a-z]+),\s(?:(?:also\s)?known as|the|nicknamed)\s[“"](?<name>[\p{L}][\p{L}’'-]*(?:\s[\p{L}’'-]+){0,3})[”"]/gu,
    // ("The, known as ..." or a sentence-opening word is no body.)
    accept: (g) => !/^(?:The|A|An|It|This|That|He|She|They)$/.test(g.owner ?? ""),
    noun: (g) => `other name of ${(g.owner ?? "").replace(/^The\s/, "the ")}`,
    example: { text: 'Union Sportive Tanger, known as "les Rouges", won the cup.', name: "les Rouges", role: "other name of Union Sportive Tanger" },
  },
  {
    name: "a nickname, then whose it is",
    requires: /,\sas\s\p{Lu}[^,]*\s(?:is|are|was|were)\s(?:nicknamed|known|called)\b/u,
    kind: "organisation",
    // "The lions, as Vardia FC are nicknamed, finished fourth": the nickname first, then the body it names.
    pattern: /(?<![\p{L}’'-])(?:[Tt]he\s)?(?<name>\p{L}[\p{L}’'-]*(?:\s[\p{L}’'-]+){0,2}),\sas\s(?<owner>\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3})\s(?:is|are|was|were)\s(?:nicknamed|known|called)\b/gu,
    accept: (g) => !/^(?:It|This|That|He|She|They|Its|Their)$/.test(g.name ?? ""),
    noun: (g) => `other name of ${g.owner ?? ""}`,
    example: { text: "The lions, as Vardia FC are nicknamed, finished fourth.", name: "lions", role: "other name of Vardia FC" },
  },
  {
    name: "a person's nickname inside the name",
    needs: ['"', "“"],
    requires: /\p{Lu}\p{Ll}+\s[“"][^”"]{2,25}[”"]\s\p{Lu}/u,
    kind: "organisation",
    // 'the veteran midfielder Tomás "Pipo" Varela came on': asked as "What is the veteran midfielder Tomás Varela also
    // known as?", typed only (a nickname has no options of its kind).
    pattern: new RegExp(String.raw`(?:\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s(?<pre>(?:[A-Za-z][\w-]*\s){0,2}[a-z][\w-]*)\s)?(?<first>${NAME_WORD})\s[“"](?<name>\p{L}[\p{L}’'-]*(?:\s[\p{L}’'-]+){0,2})[”"]\s(?<last>${NAME_WORD}(?:\s${NAME_WORD})?)`, "gu"),
    noun: (g) => `other name of ${g.pre && isRoleNoun((g.pre.split(" ").pop() ?? "")) ? `the ${g.pre} ` : ""}${g.first} ${g.last}`,
    example: { text: 'The veteran midfielder Tomás "Pipo" Varela came on.', name: "Pipo", role: "other name of the veteran midfielder Tomás Varela" },
  },
  {
    name: "a thing's name or term after 'known as' or 'called'",
    requires: /\s(?:known\s(?:locally\s)?as|called|dubbed|nicknamed)\s/,
    kind: "organisation",
    // "The project, known as Harmony Way 2, would run ...", "the tiny hairs on the root, known as trichomes, take up
    // ...", "the village chiefs, known as matai,": a name or a term the text gives what it describes. A description of
    // two words or more asks for it ("What is the term for the tiny hairs on the root?", "What is the name of the
    // electronic transfer levy?"); one word alone ("The project") is asked by what its clause says (entity-question.ts).
    // ("the Trans-Caspian International Transport Route, known as the Middle Corridor,", "Deportivo Vardia, nicknamed
    // the Lepra,": a name of two capitalised words or more has another name, asked as what it is also known as.)
    pattern: /(?<![\p{L}’'-])(?<role>(?:[Tt]he|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s(?:[a-z][\w-]*(?:s['’])?\s){0,4}[a-z][\w-]*(?:\s(?:on|of|in)\s(?:the\s)?(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*)?|(?<proper>(?<!\b(?:and|or|of|the|for|de)\s)(?<!\p{Lu}[\p{L}-]*\s)(?:the\s)?\p{Lu}[\p{L}-]*(?:\s(?:of\s)?\p{Lu}[\p{L}-]*){1,5}))(?<comma>,)?\s(?:also\s)?(?<verb>known\s(?:locally\s)?as|called|dubbed|nicknamed)\s(?:the\s)?(?<name>\p{Lu}[\p{L}\d’'+-]*(?:\s(?:\p{Lu}[\p{L}\d’'+-]*|\d+)){0,4}|\p{Ll}[\p{L}’'-]{2,})(?=[,.;]|\s(?:which|that|is|was|were|are|will|would)\b|\sand\s(?!(?:the\s)?\p{Lu}|\p{Ll}[\p{L}’'-]*[,.]))/gu,
    // ("the company, known as Tidewell,": a body named in commas after its kind is the finders' own, NAMED_IN_COMMAS.)
    // ("The two rules, known as the Clean Air Act and the Water Act,", "known as trichomes and papillae,": a pair has
    // two names, and one of them is no answer.)
    // (Only a capitalised other name: "Santos FC, called the giants," is a description, not a name.)
    // (A proper name's other name stands in commas after it, never after the verb "called": "Finance Minister Ana Ruiz
    // called Tarvel Energy" is a phone call; and never from inside a longer name, "the University of the West Indies,
    // known as UWI" is not "the West Indies": review 29.)
    accept: (g) => (g.proper ? !!g.comma && g.verb !== "called" && /^\p{Lu}/u.test(g.name ?? "") && !/^(?:The\s)?\p{Lu}[\p{L}-]*['’]s\s/u.test(g.proper) && !/\b(?:The|A|An|In|On|At|Its|It)\s/.test(g.proper) : !/^(?:company|firm|group|operator|utility|man|woman|person|area|place|time|day|year)$/.test(describedBy(g.role ?? "")) && !describedBy(g.role ?? "").split(" ").some((w) => isFiniteVerb(w, undefined))),
    noun: (g) => {
      if (g.proper) return `other name of ${g.proper.replace(/^The\s/, "the ")}`;
      const role = (g.role ?? "").replace(/^(?:The|Its|Their)\b/, (w) => w.toLowerCase());
      return /\s/.test(describedBy(role)) ? `defined ${/^\p{Ll}/u.test(g.name ?? "") ? "term for" : "name of"} ${role}` : describedBy(role);
    },
    example: { text: "The fee on mobile transfers, known as the M-Levy, is abolished from 1 January.", name: "M-Levy", role: "defined name of the fee on mobile transfers" },
  },
  {
    name: "an organisation known by another name in parentheses",
    requires: /\s\(\p{Lu}/u,
    kind: "organisation",
    // "the Swedish Cancer Society (Cancerfonden)", "the National Autonomous University of Mexico (UNAM)": a name in the
    // body's own language, or an acronym of another language's words, asked as "Which society is known as Cancerfonden?".
    // Never a piece of a longer name: "the U.S. Geological Survey (USGS)" is not "Geological Survey".
    // ("Italy's National Recovery and Resilience Plan (PNRR)", "its National System of Conservation Areas (SINAC)": a
    // scheme, plan or system known by another language's letters too.)
    pattern: new RegExp(String.raw`(?<!\p{Lu}[\p{L}.]*\.\s|\p{Lu}[\p{L}’'-]*\s)(?<name>(?:\p{Lu}[\p{L}’'-]*\s(?:(?:of|for|on|and|de)\s(?:the\s)?)?){0,6}(?<role>${ORG_HEADS}|Programme|Program|Plan|System|Scheme|Project|Initiative|Strategy)(?:\s(?:of|for|on)\s(?:the\s)?\p{Lu}[\p{L}’'-]*(?:\s(?:and\s)?\p{Lu}[\p{L}’'-]*){0,3}|\s(?<country>\p{Lu}\p{Ll}+))?)\s\((?<alias>\p{Lu}[^()“”":;,]{1,40}?)\)`, "gu"),
    // The alias is the name's own initials: the acronym rule above asks what it stands for.
    // ("the Petroleum Safety Authority Norway (Havtil)", "the Natural Resources Institute Finland (Luke)": a country
    // after the head word is the name's own.)
    accept: (g) => (!g.country || lexiconTags(g.country).includes("Country")) && !nameBeforeAcronym(g.name ?? "", g.alias ?? "") && !/^\d|\d{4}/.test(g.alias ?? "") && !lexiconTags((g.alias ?? "").split(" ")[0] ?? "").some((t) => /Place|Country|City|Month|Date/.test(t)),
    // ("Mali's Central Veterinary Laboratory (LCV)": the country owning the body is no part of its name.)
    // ("Its National School Feeding Programme (PNAE)": the owner's pronoun opening a sentence is no part of the name.)
    // ("the Board of the National Energy Regulatory Authority (ANRE)": letters that are the initials of a shorter
    // name's words in another order are that name's, in its own language.)
    pick: (g) => withoutPlaceOwner(initialsReordered(g.name ?? "", g.alias ?? "") ?? (g.name ?? "").replace(/^(?:Its|Their|His|Her|Our)\s/, "")),
    noun: (g) => `${(g.role ?? "").toLowerCase()} known as ${g.alias}`,
    example: { text: "The trial is funded by the Swedish Cancer Society (Cancerfonden).", name: "Swedish Cancer Society", role: "society known as Cancerfonden" },
  },
  {
    name: "a side, then who coaches it",
    requires: /,\scoached\sby\s/,
    kind: "person",
    // "St Aldo's, coached by the Spaniard Raúl Vela, grew into the game", "The Herons, coached by Canadian Mark Dunn,
    // levelled twice": the side is whose coach the person is, asked as the office it is ("the coach of St Aldo's"),
    // with its date. A nationality before the name is no part of it (one the lexicon knows as a people's, never a
    // first name such as "Brian").
    // ("The Riverside Hotel, managed by Ana Ruiz," is no side: only "coached by" says coach. A side is never the end of
    // a longer name, "Deportivo Vardia de Lima" is not "Lima": review 29.)
    pattern: new RegExp(String.raw`(?<![\p{L}’'-])(?<!\b(?:de|del|da|do|dos|das|di|of|la|le|van|von)\s)(?<!\p{Lu}[\p{L}’'-]*\s)(?<side>(?:[Tt]he\s)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3}),\scoached\sby\s(?:the\s)?(?:(?<nat>\p{Lu}\p{Ll}+)\s)?${HONORIFIC}${NAME},`, "gu"),
    accept: (g) => (!g.nat || isDemonym(g.nat)) && !lexiconTags((g.side ?? "").replace(/^[Tt]he\s/, "")).some((t) => /Demonym|Pronoun|Determiner/.test(t)),
    noun: (g) => `coach of ${(g.side ?? "").replace(/^The\s/, "the ")}`,
    example: { text: "St Aldo's, coached by the Spaniard Raúl Vela, grew into the game.", name: "Raúl Vela", role: "coach of St Aldo's" },
  },
  {
    name: "a person by whom something was done",
    needs: ["by"],
    requires: /\b(?:chaired|led|headed|founded|run|written|designed|directed|coached|managed|conducted|authored)\sby\s/,
    kind: "person",
    // "The panel, chaired by Dame Helen Marsh, ruled ...", "The study was led by Prof. Erik Haugland".
    // ("run by Masdar Vardia, a new venture of ...": what the apposition says it is, a firm, is no person.)
    pattern: new RegExp(String.raw`\b(?:chaired|led|headed|founded|run|written|designed|directed|coached|managed|conducted|authored)\sby\s${HONORIFIC}${NAME}(?![\p{L}-]|\s\p{Lu}|,\s(?:a|an|the)\s(?:[\w-]+\s){0,4}?(?:venture|company|firm|group|unit|subsidiary|consortium|fund|agency|charity|organi[sz]ation|operator|developer)\b)`, "gu"),
    accept: (g) => !(g.name ?? "").split(/\s+/).some((w) => lexiconTags(w).some((t) => /Place|Country|City|Organization/.test(t))),
    noun: () => "",
    example: { text: "The inquiry, chaired by Dame Helen Marsh, ruled against the merger.", name: "Helen Marsh", role: "" },
  },
  {
    name: "role, then the name in commas",
    requires: /(?:[’']s|s[’']|\b[Ii]ts|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Aa]n?|\b[Tt]he)\s[^,]*,\s/,
    kind: "person",
    // "Lithuania’s energy minister, Dainius Petraitis, said", "Its ranking member on the finance committee, Kwaku
    // Ampratwum, said", "His coach, former steeplechaser Gabriel Kamau, said": whose role the owner says.
    // "a Portuguese foreign ministry spokesperson, Rita Sousa, said": an article and a nationality say whose.
    // "..., said COMCO's president, Beatrice Zanetti.": the name may close the sentence (never "A and B.", a list).
    // "the Danube Agency’s deputy head, X": the owner is every word of the body's name, not "Agency’s", and "The
    // Ceylon Workers' Union’s general secretary" keeps its plural possessive ("the visitors' opener" too).
    // "The report's lead author, Dr X of the Y Institute, said": the body the person is of may follow the name.
    // "Al-Tadamon's Moroccan coach, X, made two changes": a nationality may stand before the role, or the body's own
    // name ("Vardia's Citizenship Commission chair, X, says"). "MC Vardia's coach,
    // X,": every word of the owner's name is its. ("Kalahari Dairies' managing director, Ms. X,": a plural name's too.)
    pattern: new RegExp(String.raw`(?<owner>${COUNTRY_POSSESSIVE}|\b[Ii]ts|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Tt]he\s(?:\p{Lu}[\p{L}-]*(?:s[’'])?\s){1,3}\p{Lu}[\p{L}-]*[’']s|\b(?:(?!(?:Then|But|And|So|Yet|Now|When|After|Before|As|In|On|At|By|For|The|An?)\s)\p{Lu}[\p{L}-]*\s){0,2}\p{Lu}[\p{L}-]*(?:[’']s|s[’'](?=\s))|\b[Tt]he\s[a-z]+(?:-[a-z]+)*(?:[’']s|s[’'])|\b(?:[Aa]n?|[Tt]he)\s${NATIONALITY_WORD})\s(?<role>(?:${NATIONALITY_WORD}\s|\p{Lu}\p{Ll}+\s(?:\p{Lu}\p{Ll}+\s){0,2}(?=[a-z]))?${ROLE_PHRASE}),\s+(?:(?:former|veteran)\s[a-z-]+\s|(?:the|an?)\s${NATIONALITY_WORD}\s|\p{Lu}\p{Ll}+-born\s)?${HONORIFIC}${NAME}(?:\sMP)?(?:\sof\s(?:the\s)?\p{Lu}[\p{L}’'-]*(?:\s(?:(?:of|for|and)\s)?\p{Lu}[\p{L}’'-]*){0,5})?(?:,|(?=\.(?:\s|$)|$))`, "gu"),
    // ("His counterpart, Nerea Aldama, said", "Her Oviedo counterpart, X,": a person's counterpart is a person; "Its
    // counterpart, Vardia Telecom," may be a firm, so only "His" or "Her" says so.)
    accept: (g) => isRoleNoun(roleHead(g.role ?? "")) || (roleHead(g.role ?? "") === "counterpart" && POSSESSIVE_PRONOUN.test(g.owner ?? "") && !/^(?:its|their)$/i.test(g.owner ?? "")),
    example: { text: "Lithuania’s energy minister, Dainius Petraitis, said prices had risen.", name: "Dainius Petraitis", role: "energy minister" },
  },
  {
    name: "the office, then the name in commas, then what was said",
    requires: /,\s(?:has\s|had\s)?(?:said|says|told|added)\b/,
    kind: "person",
    // "The chief financial officer, Rudy Maduro, said", "The Harbour Minister, X, has said", "CTA's Director General,
    // X, said": the office of the story's own body or country, before a spoken line (not "The winner, X, ...").
    // ("The regional secretary for the sea and ports, X, said": an office's object may run to a few words.)
    pattern: new RegExp(String.raw`(?<![\p{L}’'-])(?:[Tt]he|(?<owner>\p{Lu}{2,8}[’']s))\s(?<role>(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*(?:\sfor\s(?:the\s)?[a-z][\w-]*(?:\sand\s(?:the\s)?[a-z][\w-]*)?)?|(?:\p{Lu}\p{Ll}+\s){0,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\sof\sthe\s[a-z]+)?),\s+${HONORIFIC}${NAME},\s(?:has\s|had\s)?(?:said|says|told|added)\b`, "gu"),
    // ("The Director-General of the department, X, said": a hyphenated office of the body the statement is from.)
    // (An office, held by one person: "The winner, X, said" or "The striker, X," is one of a kind only that day.)
    accept: (g) => /^(?:president|minister|premier|mayor|governor|ambassador|secretary|chancellor|commissioner|treasurer|director|officer|executive|chairman|chairwoman|chair|head|manager|founder)$/.test(roleHead((g.role ?? "").toLowerCase())),
    // ("the Director General, X, said" in a regulator's statement is the regulator's, not the article's main company's:
    // without an owner the office is written in lower case, so no question names a body the text does not.)
    noun: (g) => (g.owner ? (g.role ?? "") : (g.role ?? "").toLowerCase()),
    example: { text: "The chief financial officer, Ana Ruiz, said margins had improved.", name: "Ana Ruiz", role: "chief financial officer" },
  },
  {
    name: "an office of a named place, then the name",
    needs: ["of"],
    requires: /\b[Tt]he\s[^,]*\sof\s(?:the\s)?\p{Lu}[^,]*,\s\p{Lu}/u,
    kind: "person",
    // "..., and the mayor of Kotor, Dragana Radulović, at a ceremony": the office says whose it is by its "of".
    // "the Vice Governor of Luang Prabang Province, Khamphoui Sisouvanh,": capitalised or not.
    // "The head of the Greek-Libyan Chamber of Commerce, X,", "the president of the Government of the Balearic Islands,
    // X,", "The mayor of Machupicchu district, X,": the body's name runs on through its own "of" (else the office read
    // was "Greek-Libyan Chamber of Commerce", a question with no office in it), and a place may end on its kind.
    // "The chief executive councillor of the Ladakh Hill Council (LHC), X,": the body's initials may close it; "The
    // rapporteur of the Assembly's Finance Committee, X,": a body of a body is named with its owner's possessive.
    pattern: new RegExp(String.raw`\b[Tt]he\s(?<role>(?:[A-Za-z][\w-]*\s){0,2}[A-Za-z][\w-]*\sof\s(?:the\s)?\p{Lu}[\p{L}-]*(?:[’']s)?(?:\s(?:(?:of|for|and|on)\s(?:the\s)?)?\p{Lu}[\p{L}-]*(?:[’']s)?){0,5}(?:\s(?:district|province|region|county|municipality))?)(?:\s\(\p{Lu}{2,8}\))?,\s+${HONORIFIC}${NAME}(?:,|(?=\.(?:\s|$)|$))`, "gu"),
    // ("The spokesman of Spain's Prime Minister, Pedro Sánchez,", "The chief of staff of Peru's President, X,": a body
    // ending on an office, or an office after a possessive, is that office's holder, not the first office's.)
    accept: (g) => isRoleNoun(roleHead(g.role ?? "").toLowerCase()) && !endsOnAnOffice(g.role ?? ""),
    example: { text: "The bridge was opened by the governor of Tavush, Anahit Sargsyan, on Friday.", name: "Anahit Sargsyan", role: "governor of Tavush" },
  },
  {
    name: "name, then the role in commas",
    requires: /,\s(?:the\s[a-z]+(?:-[a-z]+)*|(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})[’']s\s/u,
    kind: "person",
    // "Professor Helen Achterberg, the centre’s founding director, said".
    // "said Agnès Mukamana, the union's president and herself a tea grower", "..., the canton's minister of housing and
    // environment.": the role ends at a comma, an "and" or the sentence's end.
    // "Ana Ruiz, the NRA's chief officer for licensing,": a body written with its article owns the role as well.
    // ("Ivo Marsh, Tarrow's 22-year-old winger, scored": an age is part of the role.)
    pattern: new RegExp(String.raw`${HONORIFIC}${NAME},\s+(?<owner>the\s[a-z]+(?:-[a-z]+)*[’']s|(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}[’']s)\s(?<role>(?:\d{1,3}-year-old\s)?(?:(?!of\s)[a-z][\w-]*\s){0,3}[a-z][\w-]*(?:\sof\s[a-z][\w-]*(?:\s(?:and\s)?[a-z][\w-]*){0,3}|\s(?:for|in)\s(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})?)(?:,|\sand\s|\.(?=\s|$)|$)`, "gu"),
    // ("said chief executive Ana Ruiz, the founder's granddaughter,": a kin is no office, and the office before the name
    // is hers; the rule for a role before a name reads it.)
    accept: (g) => isRoleNoun(roleHead(g.role ?? "")) && !KIN.test(roleHead(g.role ?? "")) && /[’']s$/.test(g.owner ?? ""),
    example: { text: "Professor Helen Achterberg, the centre’s founding director, said defences were not enough.", name: "Helen Achterberg", role: "founding director" },
  },
  {
    name: "a named office, then the name",
    requires: /\b(?:Secretary|Minister)\s(?:of State\s)?(?:for|of)\s|[’']s\s(?:\p{Lu}\p{Ll}+\s){1,2}(?:Secretary|Minister|Ambassador|Commissioner),\s/u,
    kind: "person",
    // "the Secretary of State for Environment, Food and Rural Affairs, Emma Rayner MP, who announced ...".
    // "Vardia's Minister for Water and Sustainable Energy, Tebu Arawa, said": a country's office, "for" or "of".
    // "Vardia's Foreign Secretary, Ravi Narain, received her": a country's office of capitalised words.
    // "Vardia's Minister for Economic Affairs, Dr. Clara Frick,": an honorific is no part of the name.
    // "Vardia's Regional Secretary for Culture and Heritage, X,": a word may qualify the office.
    pattern: new RegExp(String.raw`\b(?:[Tt]he|(?<owner>\p{Lu}[\p{L}-]*[’']s))\s(?<role>(?:(?:Regional|Deputy|Assistant|Junior|Acting|Principal|Permanent|Cabinet|State|Federal|Provincial)\s)?(?:Secretary of State|Minister|Secretary)\s(?:for|of)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?(?:,\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)*(?:,?\sand\s(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)?|(?:\p{Lu}\p{Ll}+\s){1,2}(?:Secretary|Minister|Ambassador|Commissioner)),\s+${HONORIFIC}${NAME}(?:\sMP)?,`, "gu"),
    accept: (g) => !!g.owner || /\s(?:for|of)\s/.test(g.role ?? ""),
    example: { text: "The centre was opened by the Secretary of State for Environment, Food and Rural Affairs, Emma Rayner MP, who spoke.", name: "Emma Rayner", role: "Secretary of State for Environment, Food and Rural Affairs" },
  },
  {
    name: "name, then a capitalised office",
    requires: /,\s(?:[A-Z]\w*\s|and\s)*(?:Officer|Executive|Director|President|Chair|Manager|Spokesperson|Head|Minister)\b/,
    kind: "person",
    // "said Ingrid Solberg-Haug, Chief Executive Officer of Nordvind.", "Media contact: Rachel Moss, Press Officer,
    // University of Leeds": the office, and whose it is when the text says. "Noor Haddad, Founder and Chief Executive
    // Officer of X", "Khalid Nasser Al Amin, Minister of Industry and Commerce, said": a founder's office, a minister's.
    pattern: new RegExp(String.raw`${NAME},\s+(?<role>(?:(?:Founder|Co-founder|Chairman|Chairwoman|Chair)\sand\s)?(?:(?:Chief|Head|Director|Press|Senior|Managing|Vice|Deputy|Executive|Communications|Media|Public)\s)?(?:\p{Lu}[\p{L}-]*\s)?(?:Officer|Executive|Director|President|Chair|Chairman|Chairwoman|Manager|Spokesperson|Head of \p{Lu}[\p{L}-]*|Director of \p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?|Minister (?:of|for) \p{Lu}[\p{L}-]*(?:,?\s(?:and\s)?\p{Lu}[\p{L}-]*){0,4}))(?:(?:,\s|\sof\s|\sat\s)(?<org>(?:the\s)?\p{Lu}[\p{L}.&-]*(?:\s(?:of\s)?\p{Lu}[\p{L}.&-]*){0,4}))?(?=[,.]|$)`, "gu"),
    example: { text: "“It is a great day,” said Ingrid Solberg-Haug, Chief Executive Officer of Nordvind.", name: "Ingrid Solberg-Haug", role: "Chief Executive Officer" },
  },
  {
    name: "the role is the name",
    requires: /^(?:The|Its|His|Her|Their)\s[a-z][^.]*\s(?:is|was)\s[A-Z]/,
    kind: "person",
    // "The investigator-in-charge is Michael Hiller of the NTSB’s Office of Railroad ...".
    // "Its chairman is Joseph Mbeki": whose the role is, the sentence before says.
    pattern: new RegExp(String.raw`^(?:The|(?<owner>Its|His|Her|Their))\s(?<role>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})\s(?:is|was)\s${HONORIFIC}${NAME}`, "gu"),
    accept: (g) => isRoleNoun(roleHead((g.role ?? "").replace(/-in-charge$|-in-chief$/, ""))) || /-in-(?:charge|chief)$/.test(g.role ?? ""),
    example: { text: "The investigator-in-charge is Michael Hiller of the NTSB.", name: "Michael Hiller", role: "investigator-in-charge" },
  },
  {
    name: "a statement's signature: an honorific, the name, then the office",
    requires: /^(?:Issued by:?\s)?(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s\p{Lu}/u,
    kind: "person",
    // "Dr. Amina Wekesa Governor and Chairman, Monetary Policy Committee October 7, 2026", "Issued by: Mr Joel Banda
    // Public Relations Manager ELECTORAL COMMISSION": a statement's sign-off, its lines run together, names its
    // signer, then the office, closed by a comma, the body in capitals, a date or the end. The honorific says the
    // words after it are a person's name; the shortest name that leaves an office is taken.
    pattern: new RegExp(String.raw`^(?:Issued by:?\s)?(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}?)\s(?<role>\p{Lu}[\p{Ll}-]+(?:\s(?:and\s|of\s|for\s)?\p{Lu}[\p{Ll}-]+){0,4}?)(?=,|\s\p{Lu}{2,}|\s(?:${MONTHS.join("|")})\b|\s\d|$)`, "gu"),
    // (The office opens with an office's word: "Dr. Amina Njeri Wekesa Governor and Chairman" is not "Amina Njeri", the
    // "Wekesa Governor and Chairman": review 29.)
    accept: (g) => isKnownRoleNoun(roleHead((g.role ?? "").toLowerCase())) && officeOpening((g.role ?? "").split(" ")[0] ?? ""),
    noun: (g) => g.role ?? "",
    example: { text: "Issued by: Mr Joel Banda Public Relations Manager ELECTORAL COMMISSION OF MALAWI", name: "Joel Banda", role: "Public Relations Manager" },
  },
  {
    name: "a capitalised office, an honorific, then the name",
    requires: /\sof\s[^.]*\b(?:Dr|Professor|Prof)\b/,
    kind: "person",
    // "Director of Public Health Dr Mere Halliday said".
    pattern: new RegExp(String.raw`(?<role>(?:Director|Minister|Secretary|Head|Chief|Commissioner)\sof\s(?:(?!Dr\b|Professor\b)\p{Lu}[\p{L}-]*\s(?:and\s)?){1,3}?)(?:Dr|Professor|Prof\.?)\s${NAME}`, "gu"),
    example: { text: "Director of Public Health Dr Mere Halliday said the outbreak was growing.", name: "Mere Halliday", role: "Director of Public Health" },
  },
  {
    name: "a country's person",
    requires: /[’']s\s[A-Z]/,
    kind: "person",
    // "Kenya’s Brian Cheruiyot won ...", "well clear of Ethiopia’s Tadese Worku, who was second".
    pattern: new RegExp(String.raw`(?<owner>${COUNTRY_POSSESSIVE})\s${NAME}(?=[\s,.])(?=(?<after>\s(?:of|for)\b)?)`, "gu"),
    // ("Mexico's National Council of Humanities, ...", "Morocco's Office National de l'Electricité": a body's head word
    // before "of"/"for", or first after the possessive, makes the name a body's, and the piece no person's. A surname
    // that is a head word, "Australia's Margaret Court won ...", stays a person's.)
    accept: (g) => !(g.name ?? "").split(/\s+/).some((w) => lexiconTags(w).some((t) => /Place|Country|City|Organization/.test(t))) && !ORG_HEAD_FIRST_OR_BEFORE_OF.test(`${g.name ?? ""}${g.after ?? ""}`),
    noun: () => "",
    example: { text: "Kenya’s Brian Cheruiyot won the Valencia Marathon on Sunday.", name: "Brian Cheruiyot", role: "" },
  },
  {
    name: "a match's award",
    requires: /\bnamed\s(?:the\s)?(?:player|man|woman)\sof\sthe\s(?:match|series|tournament)\b/,
    kind: "person",
    // "Ravi Iyer was named player of the match" (also as "He was named ..." after a sentence about him), "Ana Ruiz
    // scored twice and was named player of the match": a match report's headline about one player, asked by its award.
    pattern: new RegExp(String.raw`${NAME}(?:,\s\d{2},)?\s(?:[^,.;]{0,60}?\sand\s)?was\snamed\s(?:the\s)?(?:player|man|woman)\sof\sthe\s(?:match|series|tournament)\b`, "gu"),
    // ("Winger Kwame Okafor scored twice and was named ...": the role before the name is no part of it.)
    pick: (g) => {
      const [first = "", ...rest] = (g.name ?? "").split(" ");
      return isRoleNoun(first.toLowerCase()) ? (rest.length >= 2 ? rest.join(" ") : null) : (g.name ?? null);
    },
    noun: () => "",
    example: { text: "Ravi Kumar took six wickets and was named player of the match.", name: "Ravi Kumar", role: "" },
  },
  {
    name: "a name, then what the person does",
    requires: /\p{Ll},\swho\s/u,
    kind: "person",
    // "Anel Dervic, who chairs the audit committee, said ...", "said Mara Lind, who leads the survey": a clause on a
    // name says what the person does, which asks for them ("Who chairs the audit committee ...?"). Opening the
    // sentence (after a dateline) or after a verb of saying.
    pattern: new RegExp(String.raw`(?:^|(?<=^[A-Z][A-Z .'’-]{2,30}\s[-–—]\s)|(?<=\b(?:said|says|by|with)\s))${HONORIFIC}${NAME},\swho\s(?<verb>[a-z]+)\s`, "gu"),
    // A club ("Manchester United, who ...") or a body is "who" in British English: no word of a person's name is a
    // place, a body or a common word the lexicon knows.
    // ("The Stormers, who ...", "Captain X, who ...": an article or a title is no part of a name.)
    accept: (g) =>
      !ORG_OR_VENUE_HEAD.test(g.name ?? "") &&
      !isRoleNoun((g.name ?? "").split(" ")[0] ?? "") &&
      !(g.name ?? "").split(/\s+/).some((w) => lexiconTags(w).some((t) => /Place|Country|City|Region|Organization|Singular|Plural|Adjective|Demonym|Verb|Determiner|Pronoun|Preposition|Conjunction|Honorific|Actor/.test(t))) &&
      (/^[a-z]+(?:s|ed)$/.test(g.verb ?? "") || isFiniteVerb(g.verb ?? "", "who")),
    noun: () => "",
    example: { text: "Anel Dervic, who chairs the audit committee, said the accounts were late.", name: "Anel Dervic", role: "" },
  },
  {
    name: "an honorific before a name",
    requires: /\b(?:Dr|Professor|Prof)\b/,
    kind: "person",
    // "Dr Samuel Okonjo, who leads the centre’s work on insurance, said": asked by what the clause says.
    pattern: new RegExp(String.raw`\b(?:Dr|Professor|Prof\.?)\s${NAME}(?=,\swho\b)`, "gu"),
    noun: () => "",
    example: { text: "Dr Samuel Okonjo, who leads the centre’s work on insurance, said premiums rise.", name: "Samuel Okonjo", role: "" },
  },
  {
    name: "role noun before a name",
    kind: "person",
    // The name's first word and the capital of its second (the pattern runs on every sentence otherwise).
    // ("chief executive Ruud de Graaf": a particle may stand between them.)
    requires: new RegExp(String.raw`${NAME_WORD}\s(?:(?:bin|al|el|de|da|del|van|von|der|den|dos|du|le|la|í|á)\s)?\p{Lu}`, "u"),
    // "leader Kim Jong Un", "team captain Ana Ruiz", "North Korean leader Kim Jong Un": a lowercase role (a nationality
    // may precede it), then the name. The sentence's first letter is matched lowercased ("Coach Pep Ramos"). An
    // honorific is no part of the name ("lead author Dr Yuki Tanabe").
    // "their lock Tane O'Connell", "Fenerbahçe's American center Jaylen Brooks", "director of rugby Pieter Louw" (never
    // "governor of the Central Bank": an article after "of" starts a body's name).
    pattern: new RegExp(String.raw`(?<![\p{L}'’-])(?:(?<owner>[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|\p{Lu}[\p{L}-]*[’']s)\s)?(?<role>(?:(?:(?:South|North|New)\s)?\p{Lu}\p{Ll}+(?:an|ese|ish|i)\s)?(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*(?:\sof\s[a-z]+)?)\s${HONORIFIC}${NAME}(?![\p{L}'’-])`, "gu"),
    lowerFirst: true,
    accept: (g) => {
      const role = g.role ?? "";
      if (/\s(?:the|a|an)$/.test(role)) return false;
      const words = (role.split(" of ")[0] ?? role).split(" ").filter((w) => /^\p{Ll}/u.test(w));
      const head = words[words.length - 1] ?? "";
      const modifiers = words.slice(0, -1);
      // "smart lock Google Nest": a word that is also a common noun is a position only when whose or which is said.
      // "lock Semi Radrodro", "guard Moussa Ndiaye": a player's position, when every word of what follows is a name the
      // lexicon knows as nothing else (it knows "Google" as a company).
      const personLike = POSITIONS.test(head) && (g.name ?? "").split(/\s+/).every((w) => lexiconTags(w).every((t) => /^(?:FirstName|MaleName|FemaleName|LastName|Person)$/.test(t)));
      if (AMBIGUOUS_ROLES.test(head) && !g.owner && !personLike && !/^\p{Lu}/u.test(role) && !modifiers.some((w) => /^(?:point|shooting|power|small|tighthead|loosehead|second-row|team|club|squad|head|chief)$/.test(w))) return false;
      // "the team captain", "picked striker": modifiers must be nouns or adjectives, not verbs or articles.
      // ("outside centre", "inside back": a place on the field, though "outside" is a preposition too.)
      return (isRoleNoun(head) || AMBIGUOUS_ROLES.test(head)) && modifiers.every((w, i) => (/^(?:outside|inside)$/.test(w) && POSITIONS.test(head)) || (!/^(?:the|a|an|his|her|its|their|and|or|of|by|with|said|says|told|met|when|as|to|for|from|that|is|was)$/.test(w) && !PREPOSITIONS.test(w) && !isFiniteVerb(w, words[i - 1]) && !lexiconTags(w).some((t) => /PastTense|Preposition|Determiner|Conjunction|Pronoun/.test(t))));
    },
    example: { text: "Team captain Ana Ruiz scored twice in the final.", name: "Ana Ruiz", role: "team captain" },
  },
  {
    name: "place of a named kind",
    requires: /\s(?:province|region|state|prefecture|county|district|oblast|canton)\b/,
    kind: "place",
    // "the plant in Ninh Thuan province", "Aceh region": the kind of place is the word after the name.
    // ("the coast of Benguela province", "farms across Tete province": any preposition of place.)
    pattern: new RegExp(String.raw`(?<=\b(?:in|to|from|at|near|of|on|across|throughout|around)\s)(?<name>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})\s(?<role>${PLACE_HEADS})\b`, "gu"),
    example: { text: "The plant in Ninh Thuan province will cost US$10 billion.", name: "Ninh Thuan", role: "province" },
  },
  {
    name: "known place after a preposition",
    kind: "place",
    // "held in Kazan", "moved its headquarters to Lyon": a city or country compromise's lexicon knows.
    pattern: /(?<=\b(?:in|to|from|near)\s)(?<name>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})(?![\p{L}-]|\s\p{Lu}|\s(?:province|region|state|prefecture|county|district)\b)/gu,
    accept: (g) => isPlaceWord(g.name ?? ""),
    noun: (g) => {
      const tags = lexiconTags((g.name ?? "").split(/\s+/)[0] ?? "");
      return tags.includes("Country") ? "country" : tags.includes("City") ? "city" : "region";
    },
    example: { text: "Veltrax moved its headquarters to Lyon in 2024.", name: "Lyon", role: "city" },
  },
  {
    name: "a place an organisation is based in",
    requires: /-based\b|\b(?:based|headquartered)\sin\s/,
    kind: "place",
    // "Tonal Labs, a Taipei-based audio company", "BrightSun, which is based in Geelong".
    pattern: /(?<![\p{L}-])(?<name>\p{Lu}\p{Ll}[\p{L}]*(?:\s\p{Lu}\p{Ll}[\p{L}]*)?)-based\b|(?<=\b(?:based|headquartered)\sin\s)(?<place>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})(?![\p{L}-]|\s\p{Lu})/gu,
    pick: (g) => g.name ?? g.place ?? null,
    accept: (g) => {
      const name = g.name ?? g.place ?? "";
      return !DEMONYMS.has(name) && !(name.split(" ").some((w) => lexiconTags(w).some((t) => /Organization|Person|Month|Date|Demonym/.test(t))));
    },
    noun: (g) => placeNoun(g.name ?? g.place ?? ""),
    example: { text: "Tonal Labs, a Taipei-based audio company, makes the earbuds.", name: "Taipei", role: "city" },
  },
  {
    name: "a venue",
    requires: /\bat\s/,
    kind: "place",
    // "beat Olympiacos 88-81 at the Ülker Sports Arena", "away to Munster at Thomond Park", "at Scotstoun on Saturday".
    // "at the Stade du 5 Juillet": a ground named for a date keeps its joining word and day.
    pattern: new RegExp(String.raw`\bat\s(?:the\s)?(?:(?<name>(?:\p{Lu}[\p{L}’'-]*\s){1,3}(?:${VENUE_HEADS})|(?:Estadi|Estadio|Stade|Stadio)(?:\s(?:de\s|del\s|du\s|des\s|de\sla\s)?(?:\p{Lu}[\p{L}’'-]*|\d{1,2}(?=\s\p{Lu}))){1,3})|(?<bare>\p{Lu}\p{Ll}+)(?=\son\s(?:${WEEKDAY_SOURCE})\b))(?![\p{L}-])`, "gu"),
    pick: (g) => g.name ?? g.bare ?? null,
    // A bare name is a venue only when the lexicon knows it as nothing else ("at Microsoft on Monday" is no ground).
    accept: (g) => !g.bare || lexiconTags(g.bare).length === 0,
    noun: () => "venue",
    example: { text: "The Hawks beat the Kings 90-84 at the Marlow Sports Arena on Friday.", name: "Marlow Sports Arena", role: "venue" },
  },
  {
    name: "an unknown place inside a known one",
    requires: /\p{Lu}\p{Ll}+(?:,\s|\sin\s)/u,
    kind: "place",
    // "through Kabul to Peshawar in Pakistan", "near Sambalpur in Odisha", "in Pergamino, a farming town": the
    // lexicon does not know the town, but the text places it inside a country or says what kind of place it is.
    pattern: new RegExp(String.raw`(?<=\b(?:in|to|from|near|through|via)\s)(?<name>\p{Lu}\p{Ll}[\p{L}-]*(?:\s\p{Lu}\p{Ll}[\p{L}-]*){0,2})(?:(?:,\s(?:in\s)?|\sin\s)(?:the\s)?(?<within>\p{Lu}\p{Ll}[\p{L}-]*(?:\s\p{Lu}\p{Ll}[\p{L}-]*)?)(?<area>\s(?:savannahs?|highlands|hills|valley|mountains|delta|coast|interior|region|district|province))?(?![\p{L}-])|,\s(?:a|an|the)\s(?:[a-z][\w-]*\s){0,3}(?<role>town|city|village|port|suburb|district|region|province|island|municipality|capital|county|neighbou?rhood)\b)`, "gu"),
    accept: (g) => {
      const name = g.name ?? "";
      // ("flies to Lethem, in the Rupununi savannahs": a kind of area after an unknown name says it is a place.)
      if (g.within && !isPlaceWord(g.within) && !g.area) return false;
      if (new RegExp(String.raw`\b(?:${ORG_HEADS}|${VENUE_HEADS})\b`).test(name)) return false;
      return !name.split(" ").some((w) => lexiconTags(w).some((t) => /Organization|Person|FirstName|LastName|Month|Date|WeekDay|Demonym|Adjective|Verb/.test(t)));
    },
    noun: (g) => g.role || placeNoun(g.name ?? ""),
    example: { text: "The line will run through Quetta to Gwadar in Pakistan.", name: "Gwadar", role: "place" },
  },
  {
    name: "journal a study was published in",
    kind: "organisation",
    requires: /\b(?:published|reported|appeared|appears?|announced)\b.*\bin\b|\bin\sthe\sjournal\s\p{Lu}/u,
    // "published in Nature", "researchers reported on Wednesday in the journal Nature Energy", "The results appear in
    // the journal Evolutionary Applications", "published on 25 November in Geophysical Research Letters". After
    // "journal", a title's own "The" is kept ("the journal The Cryosphere").
    // "published this week in ...", "reported last month in ...". A title's "&" is part of it ("Ecology & Evolution"
    // cut at its "&" keyed half a title).
    // "published on Nov. 25 in ...": a month cut short.
    // "a paper in the journal Biological Conservation": "the journal" names one after any word. A title's subtitle after
    // a colon (after "journal") or a dash is part of it ("Aquatic Conservation: Marine and Freshwater Ecosystems", "The
    // Lancet Regional Health – Europe"), and so is a capital "The" inside a sentence ("in The Astronomical Journal"); a
    // dash's words are a subtitle only where the clause or a phrase ends after them ("in Nature — Researchers said" is not).
    // "announced ... in" names a journal only by a title a journal's word closes ("announced in Geneva" names none).
    pattern: new RegExp(
      String.raw`(?:\b(?<verb>published|reported|appeared|appears?|announced)\s(?:on\s(?:\d{1,2}\s)?[A-Z][a-z]+\.?(?:\s\d{1,2})?\s|(?:this|last)\s(?:week|month|year)\s|today\s|yesterday\s)?in\s(?:the\s)?|\bin\sthe\s(?=journal\s))(?:(?<role>journal\s)(?<title>The\s)?)?(?<name>${JOURNAL_WORDS}(?<subtitle>:\s${JOURNAL_WORDS}|\s[–—]\s${JOURNAL_WORDS}(?=[,.;)]|$|\s(?:in|on|this|last|and|by)\b))?)(?=(?<andThe>\sand\sthe\s\p{Lu})?)`,
      "gu",
    ),
    pick: (g) => {
      // ("published in Nature: The team ...": a colon after no "journal" closes the title.)
      const name = g.role || !g.subtitle?.startsWith(":") ? (g.name ?? "") : (g.name ?? "").slice(0, -g.subtitle.length);
      return (g.title ? `The ${name}` : name) || null;
    },
    keepThe: true,
    accept: (g) =>
      !journalStumpOrPair(g.name ?? "", g.andThe) &&
      (!!g.role || !lexiconTags((g.name ?? "").replace(/^The\s/, "").split(" ")[0] ?? "").some((t) => /Place|Country|City|Month|Date/.test(t))) &&
      (g.verb !== "announced" || /\b(?:Journal|Review|Letters|Reports|Proceedings|Annals|Bulletin)$/.test((g.name ?? "").replace(/(?::|\s[–—])\s.*$/, ""))),
    noun: () => "journal",
    example: { text: "The results were published in Nature on Wednesday.", name: "Nature", role: "journal" },
  },
  {
    name: "a speaker of an organisation",
    kind: "person",
    requires: /\bsaid\s|^\p{Lu}[^,]*\sof\s/u,
    // "said Professor Helen Marsh of the University of Cambridge, who ...", "said Laura Okafor of the Pew Charitable Trusts".
    // "Reto Kälin of the University of Fribourg, who was not involved, called ...": opening the sentence, when "who"
    // or a verb of saying follows and no word of the name is a common noun ("Chief Executive of Acme said").
    pattern: new RegExp(String.raw`(?:\bsaid\s|^(?=[^,]*(?:,\swho\b|\s(?:said|says|told|added|called)\b)))(?<role>(?:Dr|Professor|Prof\.?)\s)?${NAME}\sof\s(?<owner>(?:the\s)?\p{Lu}[\p{L}-]*(?:\s(?:of\s|and\s)?\p{Lu}[\p{L}-]*){0,5})`, "gu"),
    // ("The Regional Federation of Peasant Workers ... said": a body's name is no person's.)
    accept: (g) => !/^(?:The|A|An)\s/.test(g.name ?? "") && !new RegExp(String.raw`\b(?:${ORG_HEADS})\b`).test(g.name ?? "") && !(g.name ?? "").split(/\s+/).some((w) => lexiconTags(w).some((t) => /Singular|Plural|Actor|Adjective|Uncountable|Organization|Place|Country|City/.test(t))),
    noun: (g) => (/^Prof/.test(g.role ?? "") ? "professor" : /^Dr/.test(g.role ?? "") ? "researcher" : ""),
    example: { text: "“Remarkable,” said Professor Helen Marsh of the University of Cambridge, who was not involved.", name: "Helen Marsh", role: "professor" },
  },
  {
    name: "a speaker and what they did",
    kind: "person",
    requires: /\bsaid\s[^.]*,\s(?:a|an|the)\s[^,.]*\bwho\s/,
    // "said Professor Kang Ji-won, a materials scientist who led the study", "said lead author Dr Yuki Tanabe, a fisheries
    // scientist at the University of Tokyo": the role, with what comes before the name ("lead author").
    pattern: new RegExp(String.raw`\bsaid\s(?:(?<pre>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s)?(?:(?:Dr|Professor|Prof\.?)\s)?${NAME},\s(?:a|an|the)\s(?<role>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}\swho\s[a-z]+\s[^,.“”"]+)`, "gu"),
    example: { text: "“It works,” said Professor Kang Ji-won, a materials scientist who led the study.", name: "Kang Ji-won", role: "materials scientist who led the study" },
  },
  {
    name: "organisation named by its head word",
    // (A quick test for the pattern's own forms and head words, not every legal form of LEGAL_FORM.)
    requires: /\b(?:Corp|Inc|Ltd|S\.A|N\.V|B\.V|S\.p\.A)\.|\s(?:AG|SE|plc|PLC|GmbH|Bhd|LLC)\b|\b(?:University|Ministry|Bank|Institute|Academy|Department|Corporation|Ltd|Company|Group|Agency|Commission|Union|Association|Federation|Council|Board|Authority|Club|FC|Foundation|Party|Alliance|Committee|Exchange|Assembly|Municipality|Banca|Banco|Banque)\b/,
    kind: "organisation",
    // "the University of Leeds", "the Vietnam Electric Power Corporation", "Hanbit Materials Corp.", "Real Betis FC".
    // Not a piece of a longer name: "Vietnam Ministry of Education and Training", "Ministry of Culture, Sports, and Tourism".
    // ("the Institute of Computational Modelling of the Siberian Branch of ...", "the State Council of the Udmurt
    // Republic", "Serie C Group B": a name that goes on after "of the" or with a capitalised word is no head word's
    // whole name; strict read AS1-core item 37. The chunker, find-name-chunks.ts, may still ask it whole. A legal
    // form's dot ends the name, so "Kōwhai Glass Ltd. Kōwhai Glass designs ..." keeps "Kōwhai Glass Ltd.".)
    pattern:
      /(?<![\p{Lu}][\p{L}-]*\s)(?<name>(?:University|Ministry|Bank|Institute|Academy|Department|Municipality)\sof(?:\sthe)?(?:\s\p{Lu}[\p{L}-]*){1,4}(?!\s(?:and|&)\s\p{Lu}|,\s\p{Lu})|(?<banca>Banca|Banco|Banque)(?:\s\p{Lu}[\p{L}-]*){1,3}(?:\s(?:di|de|del|do|da|des|du|per|pour)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)?|(?:\p{Lu}[\p{L}&-]*\s){1,4}(?<role>Corporation|Corp\.|Inc\.|Ltd\.?|S\.A\.|N\.V\.|B\.V\.|GmbH|S\.p\.A\.|Bhd|LLC|AG|SE|plc|PLC|Company|Group|Agency|Commission|Union|Association|Federation|Institute|Council|Bank|Board|Authority|Committee|Exchange|Assembly|Ministry|University|Club|FC|Foundation|Party|Alliance))(?![\p{L}])(?!\s(?:and|&)\s\p{Lu}|\s(?:of|for|de|del|des|du|da|do|di)\s(?:(?:the|la|le|los|las)\s|l['’])?\p{Lu}|(?<!\.)\s\p{Lu})/gu,
    // "Soviet Union" is a country's name, not an organisation's.
    // Nor is "The Commission" a name: the article is no part of one, and "Commission" alone names nothing.
    accept: (g) => !/^(?:Soviet|Sudanese)\s/.test(g.name ?? "") && !/^The\s\S+$/.test(g.name ?? "") && !lexiconTags(g.name ?? "").some((t) => /Place|Country|Adjective/.test(t)),
    noun: (g) => {
      // ("Banca Popolare di Sondrio": a bank in its own language.)
      const head = g.banca ? "bank" : ((g.role ?? "") || ((g.name ?? "").split(" ")[0] ?? "")).toLowerCase().replace(/\.$/, "");
      // "Andes Air S.A.", "Hanbit Materials Corp.": a legal form says company.
      return /^(?:corp|inc|ltd|group|s\.a|n\.v|b\.v|s\.p\.a|gmbh|bhd|llc|ag|se|plc)$/.test(head) ? "company" : head === "fc" ? "club" : head;
    },
    example: { text: "The study was led by the University of Leeds.", name: "University of Leeds", role: "university" },
  },
  {
    name: "a name, then a role in commas",
    requires: /\p{Ll},\s/u,
    kind: "person",
    // "Dr Jordi Puigvert, an economist at Pompeu Fabra University, estimates", "Rini Kusumawati, forest campaigner at
    // the Jakarta office of Greenpeace, said", "led by Prof. Erik Haugland, head of neuroradiology at the hospital".
    // "Selma Ndeya, 44, a hydrologist at ...": an age may stand between the name and the role, or in it ("Luis Ortega,
    // a 23-year-old winger, scored": the age is no part of the role). ("X, an ecologist at the university's Kevo
    // Station in Utsjoki and the study's lead author, said": the role's place may end at an "and" joining a second role.)
    pattern: new RegExp(String.raw`(?:^|(?<=\b(?:by|said|says|from|with|and)\s))${HONORIFIC}${NAME},\s(?:\d{1,3},\s)?(?:(?:a|an|the)\s)?(?:\d{1,3}-year-old\s)?(?<role>(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*)(?=(?:\s(?:at|of|for|in|with)\s(?:the\s)?[^,.;“”"()]{1,60}?(?:\s\([A-Z][\w&-]{1,10}\))?)?(?:,|\.\s|\.$|;|\swho\b|\sand\s))`, "gu"),
    accept: (g) => {
      const role = g.role ?? "";
      const first = role.split(" ")[0] ?? "";
      return isRoleNoun(roleHead(role)) && !/^(?:will|would|has|have|had|is|are|was|were|can|could|may|said|says|who|which|and|but)$/.test(first) && !isFiniteVerb(first, undefined);
    },
    // The role's "at ..." stays outside the span: the organisation may be a fact of its own.
    example: { text: "Dr Jordi Puigvert, an economist at Pompeu Fabra University, estimates the cap saved €1,000.", name: "Jordi Puigvert", role: "economist" },
  },
  {
    name: "unknown place where a site is",
    requires: /\s(?:in|near|at)\s\p{Lu}/u,
    kind: "place",
    // "a pilot plant at Llipi", "a third plant, at Yamoussoukro,": a site "at" a name is there too.
    // "a consulate in Agadir", "the new plant in Kulim", "a research station near Tavira", "born in Alcobaça": a name
    // the lexicon does not know, after a site noun or a life event and "in" or "near", is where it is. A head word
    // of an organisation or venue, a possessive, or a name followed by a noun it modifies ("in Tappara colours") is not.
    // "the mines at X", "power stations at X": sites in the plural; "a meadow near X": what is near is a place.
    pattern: new RegExp(String.raw`(?<=\b(?:(?:${SITE_NOUNS}|${SITE_PLURAL_NOUNS}),?\s(?:in|at)|(?:born|died|grew up|lives|lived)\s(?:in|near)|near)\s)(?<name>${PLACE_NAME})${PLACE_END}`, "gu"),
    accept: (g) => isUnknownPlaceName(g.name ?? ""),
    noun: (g) => placeNoun(g.name ?? ""),
    example: { text: "Portugal will open a consulate in Tavira next year.", name: "Tavira", role: "place" },
  },
  {
    name: "where a person is from",
    requires: /\sfrom\s\p{Lu}/u,
    kind: "place",
    // "a 23-year-old left-hander from Ostrava", "a farmer from Kovalin", "a girl from Mbalele": a person's home. Known
    // places have their own rule; a company ("investors from Nordia Holdings") is refused by its common-noun words.
    // "a coach from Benfica", "a striker signed from Olimpia": a club's or a firm's people come from a club or a firm,
    // so such a role is a home only after an age ("a 19-year-old midfielder from ...").
    pattern: new RegExp(String.raw`\b(?<age>[\w-]+-old\s)?(?<who>[a-z][\w-]*)\sfrom\s(?<name>${PLACE_NAME})${PLACE_END}`, "gu"),
    accept: (g) => (isRoleNoun(g.who ?? "") || /-old$/.test(g.who ?? "")) && (!!g.age || !CLUB_OR_FIRM_ROLES.test(g.who ?? "")) && isUnknownPlaceName(g.name ?? ""),
    noun: (g) => placeNoun(g.name ?? ""),
    example: { text: "Kerrin, a 19-year-old midfielder from Ostrava-Jih, scored the winner.", name: "Ostrava-Jih", role: "place" },
  },
  {
    name: "a place a bearing from another",
    requires: new RegExp(String.raw`,\s(?:[a-z]+\s)?(?:[\d,.]+\s?[a-z]+\s)?${BEARING}\s(?:of|from)\s`),
    kind: "place",
    // "travelled from Ouled Saber, about 40 kilometres west of the capital,", "at Tessaoua, north of Maradi": a
    // distance or bearing from somewhere says the name is a place.
    pattern: new RegExp(String.raw`(?<=\b(?:in|to|from|at|near|of|via|through)\s)(?<name>${PLACE_NAME})(?=,\s(?:(?:about|some|roughly|around|nearly|almost|just|only)\s)?(?:[\d,.]+\s?(?:km|kilometres|kilometers|miles|metres|meters)\s)?${BEARING}\s(?:of|from)\s)`, "gu"),
    accept: (g) => isUnknownPlaceName(g.name ?? ""),
    noun: (g) => placeNoun(g.name ?? ""),
    example: { text: "The terminal will be built at Tessaoua, north of Maradi, from next year.", name: "Tessaoua", role: "place" },
  },
  {
    name: "a place after its kind and 'of'",
    requires: /\bthe\s(?:[a-z][\w-]*\s)?(?:town|village|department|province|region|municipality|district|county|state|island|islet|atoll|bay|gulf|commune|canton|governorate|prefecture|oblast)\sof\s\p{Lu}/u,
    kind: "place",
    // "in the department of Potosí", "the municipality of Ohrid" ("the city of X" has its own finder), "the bay of
    // Tadjoura", "the neighbouring islet of Betio": a word describing the kind may stand before it.
    pattern: new RegExp(String.raw`\bthe\s(?:[a-z][\w-]*\s)?(?<role>town|village|department|province|region|municipality|district|county|state|island|islet|atoll|bay|gulf|commune|canton|governorate|prefecture|oblast)\sof\s(?<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}'’-])`, "gu"),
    accept: (g) => notOtherName(g.name ?? ""),
    example: { text: "The salt flat lies in the department of Oruro, near the Chilean border.", name: "Oruro", role: "department" },
  },
  {
    name: "the place a mayor or governor is of",
    requires: /\b(?:mayor|governor)\sof\s\p{Lu}/u,
    kind: "place",
    // "Anna Berg, 52, a former mayor of Hammerfest, said": an office held over a place says the name is one (a
    // governor of a central bank is refused by its head word).
    pattern: new RegExp(String.raw`\b(?<role>mayor|governor)\sof\s(?<name>${PLACE_NAME})${PLACE_END}`, "gu"),
    accept: (g) => isUnknownPlaceName(g.name ?? "") || isPlaceWord(g.name ?? ""),
    noun: (g) => (g.role === "mayor" ? "city" : placeNoun(g.name ?? "")),
    example: { text: "Anna Berg, a former mayor of Hammerfest, led the delegation.", name: "Hammerfest", role: "city" },
  },
  {
    name: "a natural feature by its capitalised head",
    requires: new RegExp(String.raw`\b(?:${FEATURE_HEADS}|${FEATURE_LEADS})\b`),
    kind: "place",
    // "the eastern Bambous Mountains", "Laucala Bay", "the Black River Gorges National Park", "Lake Maggiore", "the
    // Island of Mozambique". Never a piece of a longer capitalised name, nor of one with a word after it.
    pattern: new RegExp(String.raw`(?<![\p{L}'’-]|\p{Lu}[\p{L}-]*\s)(?<name>(?:\p{Lu}[\p{L}'’-]+\s){1,4}(?<head>${FEATURE_HEADS})|(?<lead>${FEATURE_LEADS})\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-]|\s\p{Lu})`, "gu"),
    // ("In the Simien Mountains" at a sentence start: the preposition is no part of the name.)
    // ("Cambodia's Mekong River": the owner is no part of the name either.)
    // ("Potter's Cay": unless the head would be left alone, when the possessive is the name's own.)
    pick: (g) => {
      const bare = (g.name ?? "").replace(/^(?:(?:The|In|On|At|From|To|Near|Across|Along|Through|Beyond|Below|Above|Around)\s)+/u, "");
      const owned = bare.replace(/^(?:\p{Lu}[\p{L}-]*['’]s\s)+/u, "");
      return (FEATURE_HEAD_ONLY.test(owned) ? bare : owned) || null;
    },
    // ("Mount Hagen", "Lake Victoria": after a lead word, a name the lexicon files as a person's is still the place's.)
    accept: (g) => {
      const rest = (g.name ?? "").replace(new RegExp(String.raw`\s?(?:${FEATURE_HEADS})$|^(?:${FEATURE_LEADS})\s(?:of\s(?:the\s)?)?`, "g"), "");
      // ("Five Islands owns four resorts", "Seven Seas operates ferries": a number word and a plural head name a
      // company more often than a place, and a wrong kind of place would be a wrong question.)
      if (!g.lead && lexiconTags(rest).some((t) => /^(?:Cardinal|Ordinal|TextValue)$/.test(t))) return false;
      return g.lead ? !!rest && !rest.split(/\s+/).some((w) => DEMONYMS.has(w) || lexiconTags(w).some((t) => /Organization|Month|WeekDay|Date|Demonym|Pronoun|Determiner/.test(t))) : notOtherName(rest);
    },
    noun: (g) => (g.head ?? g.lead ?? "").toLowerCase(),
    example: { text: "The birds now breed only in the northern Simien Mountains, where nests are watched.", name: "Simien Mountains", role: "mountains" },
  },
  {
    name: "a name before a lowercase kind of place",
    needs: SITE_KINDS.split("|"),
    requires: new RegExp(String.raw`\p{Lu}[\p{L}'’-]+\s(?:[a-z]+\s)?(?:${SITE_KINDS})\b`, "u"),
    kind: "place",
    // "the Inylchek glacier", "the Metsamor nuclear plant", "the Gazi Baba municipality", "Abidjan's Vridi industrial area".
    pattern: new RegExp(String.raw`(?<=\b(?:[Tt]he\s(?:[a-z][\w-]*\s)?|\p{Lu}\p{Ll}+['’]s\s))(?<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s(?<role>${SITE_KINDS})(?![\p{L}-])`, "gu"),
    accept: (g) => notOtherName(g.name ?? ""),
    example: { text: "The team will extend its survey to the Fedchenko glacier next summer.", name: "Fedchenko", role: "glacier" },
  },
  {
    name: "two names before a plural kind of place",
    requires: new RegExp(String.raw`\sand\s\p{Lu}[^.]*\s(?:${SITE_PLURALS})\b`, "u"),
    kind: "place",
    // "the Naryn and Chu rivers", "the Ala-Archa and Chon-Kemin valleys": each is one of its kind.
    pattern: new RegExp(String.raw`(?<=\b[Tt]he\s(?:[a-z][\w-]*\s)?)(?<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?=\sand\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s(?<kinds>${SITE_PLURALS})\b)|(?<=\b[Tt]he\s(?:[a-z][\w-]*\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\sand\s)(?<second>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s(?<plural>${SITE_PLURALS})\b`, "gu"),
    pick: (g) => g.name ?? g.second ?? null,
    accept: (g) => notOtherName(g.name ?? g.second ?? ""),
    noun: (g) => singularKind(g.kinds ?? g.plural ?? ""),
    example: { text: "Their meltwater feeds the Vakhsh and Panj rivers, which supply farms downstream.", name: "Panj", role: "river" },
  },
];

/**
 * Honorifics written before a name ("Datuk Lim Wei Keat", "Ntate Lebohang Mpeli", "Alhaji Musa Bello"): no part of
 * it, when two words of the name are left.
 */
const HONORIFIC_TITLES = new RegExp(String.raw`^(?:(?:${OTHER_HONORIFICS}|Pehin)\s)+(?=\p{Lu}\S*\s\p{Lu})`, "u");

export interface RuleMatch {
  rule: EntityRule;
  kind: EntityRule["kind"];
  name: string;
  start: number;
  end: number;
  /** Where the words naming it begin and end ("team captain Ana Ruiz", "Ninh Thuan province"). */
  from: number;
  to: number;
  noun: string;
  /** Whose the role is, as written: "Lithuania’s", "His", "the centre’s". */
  owner: string | null;
}

/** Every match of every rule in a sentence, in rule order (earlier rules win an overlap in the caller). */
export function matchEntityRules(sentence: string, rules: EntityRule[] = ENTITY_RULES): RuleMatch[] {
  const out: RuleMatch[] = [];
  // "ALGIERS — Substitute X headed in ...": after a dateline the sentence starts again.
  // (The one dateline pattern the questions strip: "MEDELLÍN, Colombia - " with its accent, "TIRANA, Nov 6 (BBW) - ".)
  const opening = DASH_DATELINE.exec(sentence)?.[0].length ?? 0;
  // An unknown capitalised word before another capitalised word is a name's ("Meridian Foods Corp. reported"), not
  // the role "meridian" before a person "Foods Corp"; a word the lexicon knows or a role may be lowercased.
  const openingWord = /^\p{L}[\p{L}-]*/u.exec(sentence.slice(opening))?.[0] ?? "";
  // ("Vice-president Ana Dinu said": a prefixed role the lexicon does not know.)
  const lowerable = lexiconTags(openingWord).length > 0 || ROLE_NOUNS.test(openingWord.toLowerCase()) || (/-/.test(openingWord) && isRoleNoun(openingWord)) || /^(?:right|left|centre|center|wing|inside|outside)-(?:back|half|forward)$/i.test(openingWord) || !/^\s\p{Lu}/u.test(sentence.slice(opening + openingWord.length));
  const lowered = lowerable ? sentence.slice(0, opening) + sentence.charAt(opening).toLowerCase() + sentence.slice(opening + 1) : sentence;
  const loweredAll = sentence.toLowerCase();
  for (const rule of rules) {
    if (!meetsNeeds(loweredAll, rule.needs) || (rule.requires && !rule.requires.test(sentence))) continue;
    const text = rule.lowerFirst ? lowered : sentence;
    // Compiled once per rule (every pattern is global); the search restarts at 0 for each sentence.
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const g = (m.groups ?? {}) as Record<string, string>;
      // "The European Commission" at a sentence start: the article is not part of the name.
      // ("the Quito-based Centre for ...": a word in -based describes the name, it is no part of it.)
      // ("the top scorer, Isidro Metapán's Brayan Alfaro": a club or country owning a person is no part of the name.)
      let name = (rule.pick ? (rule.pick(g) ?? "") : (g.name ?? "")).replace(/['’]s$/, "").replace(rule.keepThe ? /^$/ : /^The\s/, "").replace(/^\p{Lu}[\p{L}-]*-based\s/u, "").replace(rule.kind === "person" ? /^.*['’]s\s(?=\p{Lu}\S*\s\p{Lu})/u : /^$/, "").replace(rule.kind === "person" ? HONORIFIC_TITLES : /^$/, "").trim();
      if (!name || (rule.accept && !rule.accept(g))) {
        // A refused match ("met North Korean") must not hide one starting inside it ("North Korean leader Kim Jong Un").
        re.lastIndex = m.index + 1;
        continue;
      }
      const found = m.index + m[0].indexOf(name);
      // "in Rio Grande do Sul": a name read short of its particle's words takes them ("Rio Grande" alone is half a
      // name, a wrong key); one read after a name's particle ("Santiago de |Compostela") is refused. A place so
      // lengthened is no longer the place the lexicon knew its first words as ("Rio Grande" a city).
      // (Where the name's particle words end is read once: cutAtParticle would read it again.)
      const whole = endOverParticles(sentence, found + name.length);
      const lengthened = whole !== found + name.length;
      if (!lengthened && readAfterParticle(sentence, found, found + name.length)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (lengthened) name = sentence.slice(found, whole);
      const start = found;
      const roleAt = g.role ? m.index + m[0].indexOf(g.role) : start;
      const roleEnd = g.role ? roleAt + g.role.trimEnd().length : start;
      // The role as the sentence writes it ("Belarusian leader"), lowercased only where the sentence start capitalised it.
      // ("Dutch athlete X", "Tappara head coach X": a demonym, or a name the lexicon does not know, keeps its capital.)
      const keepsCapital = (w: string) => /(?:an|ese|ish|i)$/.test(w) || DEMONYMS.has(w) || (lexiconTags(w.toLowerCase()).length === 0 && !isRoleNoun(w)) || lexiconTags(w).some((t) => /Plural|Country|City|Place|Region|Demonym/.test(t));
      const role = sentence.slice(roleAt, roleEnd).replace(/^\p{Lu}\p{Ll}+/u, (w) => (rule.lowerFirst && roleAt === opening && !keepsCapital(w) ? w.toLowerCase() : w));
      out.push({ rule, kind: rule.kind, name, start, end: start + name.length, from: Math.min(roleAt, start), to: Math.max(roleEnd, start + name.length), noun: lengthened && rule.kind === "place" ? "place" : rule.noun ? rule.noun({ ...g, role }) : role.trim(), owner: g.owner ?? g.org ?? null });
    }
  }
  return out;
}
