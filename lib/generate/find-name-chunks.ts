import { FIRM_DOER_WORD_SOURCE } from "./body-nouns";
import { MONTH_NAME_SOURCE, MONTH_PREFIX_SOURCE, WEEKDAY_SOURCE } from "./calendar-names";
import { DEMONYMS } from "./demonyms";
import { isKnownRoleNoun, isRoleNoun } from "./entity-rules";
import { NAME_PARTICLE_SOURCE } from "./name-particles";
import { remembered } from "./remembered";
import { isProperWord, lexiconTags } from "./tag-words";

/**
 * Every proper-noun chunk of a sentence as a candidate answer, with what kind of name it is and the noun a question
 * asks it by ("Which court ...?", "Who ...?"). The entity rules (entity-rules.ts, find-entity-facts.ts) find names by
 * what the text says they are; this finds the rest by their form alone (capitalised words, an organisation's head
 * word or legal form, an acronym spelled out after it, a known first name or place), so a name no rule was written
 * for can still be asked. Whether one is kept is decided by where it sits in its clause (ask-name-chunk.ts).
 */
export interface NameChunk {
  kind: "person" | "organisation" | "place";
  name: string;
  start: number;
  end: number;
  /** The noun a wh-question uses: "" asks "Who ...?", else "Which <noun> ...?". */
  noun: string;
}

// A capitalised word: "Ceresio", "Bērziņa", "Kerry-Ann", "O'Neill", "TrakiaSoft", "SA", "Co."; or an Arabic
// surname's article before one ("al-Fitouri").
const WORD = String.raw`(?:(?:al|el|ad|ash)-)?\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*\.?`;
// Lower-case words that sit inside a name between capitalised ones ("Bank of Uganda", "Minister of Tourism and ...",
// "Roque de los Muchachos", "Marc Van den Berghe"). Only between capitalised words: a name never ends on one.
const JOIN_WORDS = String.raw`of|and|for|${NAME_PARTICLE_SOURCE}|do|das|du|des|di|las|los|y|the|on|&`;
const JOIN = String.raw`(?:${JOIN_WORDS})`;
export const TRAILING_JOIN = new RegExp(String.raw`\s${JOIN}$`);
// The particles a person's name holds between its capitalised words ("Ana de Souza", "Marc Van den Berghe").
const NAME_PARTICLE = new RegExp(String.raw`^(?:${NAME_PARTICLE_SOURCE}|y|(?:al|el|ad|ash)-\p{Lu}\p{Ll}+)$`, "u");
// ("Hsin Construction Co., Ltd.": a legal form after a comma closes the name; "Hverir Orka ehf.": so does one in
// lower case.)
const LOWER_LEGAL_FORM = String.raw`(?:ehf|hf|bv|sro|s\.r\.o|oy|gmbh)\.`;
export const CHUNK = new RegExp(String.raw`(?<![\p{L}\d'’-])${WORD}(?:\s(?:${JOIN}\s){0,2}${WORD})*(?:(?<=\sCo\.),\s(?:Ltd|Inc)\.|\s${LOWER_LEGAL_FORM})?`, "gu");
const LEADING_JOIN = new RegExp(String.raw`^${JOIN}\s`);
/**
 * A name an en dash joins to another ("the Abakan–Minusinsk basin", "Nouakchott–Oumtounsy International Airport",
 * "the Danube–Tisa–Danube canal"): a piece of a longer name, asked for alone it leaves the rest stranded in the blank's
 * sentence ("the _____–Minusinsk basin"). True when the text at [start, end) touches one.
 */
export function dashJoinedName(sentence: string, start: number, end: number): boolean {
  return /^–\p{Lu}/u.test(sentence.slice(end, end + 2)) || /\p{L}–$/u.test(sentence.slice(Math.max(0, start - 2), start));
}

/** Heads that make a chunk an organisation, with the noun a question names it by. */
const ORG_HEAD: Record<string, string> = {
  University: "university", Institute: "institute", Institutet: "institute", Bank: "bank", Court: "court", Tribunal: "court",
  Agency: "agency", Authority: "authority", Commission: "commission", Ministry: "ministry", Council: "council",
  Association: "association", Federation: "federation", Foundation: "foundation", Union: "union", Party: "party",
  Corporation: "company", Company: "company", Corp: "company", Airways: "airline", Airlines: "airline", Office: "office",
  Centre: "centre", Center: "centre", Fund: "fund", Trust: "trust", Museum: "museum", Observatory: "observatory", Library: "library", Hospital: "hospital", Society: "society",
  Service: "service", Department: "department", Government: "government", Administration: "administration", Board: "board", Organization: "organisation", Organisation: "organisation",
  // "Université de Guyane", "Banco de Fomento": the same heads in the languages whose names a story keeps.
  Université: "university", Universidad: "university", Universidade: "university", Universität: "university", Universiteit: "university",
  Institut: "institute", Instituto: "institute", Banco: "bank", Banque: "bank", Agence: "agency", Agencia: "agency", Agência: "agency",
};
/**
 * Trade words a firm's name closes with after a name of its own ("Blackstone Minerals", "Dacia Transport Holding",
 * "Majan Ports"); "Ministry of Energy" and "Renewable Energy" are none (a joining word, or no word of the name its own).
 */
const TRADE_HEAD = /^(?:Group|Holding|Holdings|Capital|Partners|Minerals|Mining|Energy|Power|Ports|Works|Systems|Industries|Resources|Logistics|Advisory|Consulting|Ventures|Investments|Technologies|Labs|Motors|Shipping|Cements?|Foods|Engineering|Pharmaceuticals|Telecoms?|Airports|Ferries|Insurance|Lithium)$/;
/** The legal forms a company's name closes with ("Ceresio Costruzioni SA", "Crumbs & Co. Ltd.", "Obô Energia Lda."), as a regex alternation. */
export const LEGAL_FORM_SOURCE = String.raw`SA|S\.A\.|SAS|S\.A\.S\.|SARL|S\.A\.R\.L\.|AG|AS|ASA|AB|GmbH|Ltd\.?|Lda\.?|Limited|Inc\.?|Corp\.?|plc|PLC|NV|N\.V\.|BV|SpA|S\.p\.A\.|SRL|S\.r\.l\.|LLC|LLP|Bhd|Oy|Oyj|K\.K\.|Pty\sLtd\.?|Pty|ehf\.|hf\.|Co\.,\s(?:Ltd|Inc)\.`;
/** The legal forms closing a company's name, and words it may close with after them ("Andes Air Group Ltd."): what is left without them is the company's own name. */
export const COMPANY_TAIL = new RegExp(String.raw`(?:,?\s+(?:${LEGAL_FORM_SOURCE}|S\.?A\.?|Pty\.?|SE|L\.L\.C\.|Corporation|Co\.?|Company|Group|Holdings?|Tbk))+$`);
/** A company's legal form closing its name. */
export const LEGAL_FORM = new RegExp(String.raw`\s(?:${LEGAL_FORM_SOURCE})$`);
/** Capitalised words that open sentences or name times, never a name by themselves. */
export const NOT_NAMES = new RegExp(String.raw`^(?:The|A|An|In|On|At|By|For|From|With|As|But|And|Or|If|When|While|After|Before|Since|Until|During|Under|Over|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|I|Mr|Ms|Mrs|Dr|Prof|Sir|Hon|Rev|${WEEKDAY_SOURCE}|${MONTH_NAME_SOURCE}|First|Second|Third|Last|Next|Both|Each|Some|Most|All|No|Not|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Shares|Revenue|Sales|Profit|Exports|Imports|Trade|Prices|Under-\d+)$`);
/** A law or treaty named after a body ("Office of Utilities Regulation Act"): a document, not the body. */
const DOCUMENT = /^(?:Act|Acts|Law|Code|Treaty|Convention|Agreement|Accord|Protocol|Charter|Directive|Regulation|Regulations|Bill|Plan|Strategy|Programme|Program|Report)$/;
const HONORIFIC = /(?:^|\s)(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame|Hon|Rev)\.?\s$/;
// "said Tomas Reinholt,", "the Chilean Ana Pereda", "the goalkeeper, Ivo Kranjc", "chair of the board, Ilse Varga": the
// words before a name that make it a person's.
const SAID_BEFORE = /\b(?:said|says|told|added)\s$/;
const PEOPLE_BEFORE = /\bthe\s(\p{Lu}\p{Ll}+)\s$/u;
// ("Minister of Tourism, Economic Affairs, ...": a role's object in capitals opens a list of portfolios, no name.)
// ("Secretary for Agriculture and Fisheries, Ana Freitas", "secretary for the sea and fisheries, Ana Costa": an object
// closed by "and" is the whole of it, the name after it no portfolio.)
const ROLE_BEFORE = /\b([\p{L}-]+)(?:\s(?:of|for)\s(?:the\s)?(?:\p{Ll}[\p{L}-]*|[\p{L}-]+\s(?:and|&)\s(?:the\s)?[\p{L}-]+))?,\s$/u;
// "Prefect Ana Costa": a role in capitals right before the name.
const TITLE_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+)\s$/u;
// "Tavita Aumua, a fisheries officer on ...", "Ana Costa, the deputy mayor, said": a role in apposition after the name.
// ("Ana Costa, a Uruguayan striker signed from ...", "Ivo Kranjc, a 24-year-old forward": a capitalised word or an age
// may open the role, and a participle close it.)
const ROLE_AFTER = /^,\s(?:a|an|the)\s(?:(\p{Lu}\p{Ll}+|\d{1,2}-year-old)\s)?([\p{Ll}\s-]{2,60}?)(?=[,.;]|\s(?:at|of|on|in|for|with|from|and|who|said|signed|born|loaned|bought|recruited)\b)/u;
// "Yuki Haraguchi, 22, who made 34 saves": an age between commas after a name, then who or what the person said.
// ("Deportivo Cali, 22, sit two points ahead": a club's points take the same place, so the age needs a person after it.)
// ("Deportivo Cali, 22, who have won five in a row": a club is written in the plural, so after "who" the verb is one
// person's, present in -s or past, an adverb at most before it; review 31b finding 4.)
const AGE_AFTER = /^,\s\d{1,2},\s(?:who\s(?:(?:\p{Ll}+ly|also|still|now|already|never|often|then)\s)?(\p{Ll}+)|(whose)|said|says|told)\b/u;
// ("Atlético Veltra, 22, whose only defeat came in August, lead the table": after a "whose" clause, the sentence's own
// verb, past an adverb, tells one person from a club; review 32 finding 6.)
const VERB_AFTER_WHOSE = /^[^,.;]*,\s(?:(?:\p{Ll}+ly|also|still|now|already|never|often|then)\s)?(\p{Ll}+)/u;
// ("The goalkeeper was Kenji Marumoto, 22, who made 31 saves": a role the name is said to be, right before it. A club
// writes "who has won" as one person does, so "who"/"whose" and one doer's verb need this second cue; review 32
// finding 6.)
const ROLE_IS_BEFORE = /\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s(?:[\p{L}-]+\s)?(\p{Ll}[\p{Ll}-]+)\s(?:is|was)\s$/u;
// ("Kenji Marumoto, 22, who made 31 saves, was named player of the match": a deed only a player does is the cue alone,
// with no role before the name, unless the name has a club's shape; review 32b finding 7.)
const PLAYERS_DEED_AFTER = /^,\s\d{1,2},\swho\s(?:netted|debuted|captained|made\s\d{1,3}\s(?:saves|appearances|starts|tackles))\b/;
const CLUB_WORD = /^(?:Sporting|Club|Real|Atlético|Atletico|Deportivo|Racing|Dynamo|Dinamo|Olympique|Inter|FC|AC|CF|SC|AFC)$/;
/** A verb one person can govern: in -s ("has", "keeps", not "pass") or past ("made", "signed"); "have", "are" are none. */
const oneDoersVerb = (verb: string) => /[^s]s$/.test(verb) || /ed$/.test(verb) || lexiconTags(verb).includes("PastTense");
// ("... ahead of Atlético Nacional, 20, who have a game in hand, and Once Caldas, 19.": a table's rows, no ages.)
const NUMBER_AFTER_NAME = /\p{Lu}[\p{L}'’.-]*,\s\d{1,2}(?=[,.;)]|\s(?:and|or)\b|$)/gu;
// "the architecture studio Pons & Febrer", "Its utility, Vardel Energi & Vand": what the text calls a firm right before.
const BODY_BEFORE = /\b(studio|firm|utility|company|practice|consultancy|partnership|charity|insurer|lender|bank|agency)\s?,?\s$/;
const ORG_AFTER = /^,\s(?:a|an)\s(?:[\p{L}-]+\s){0,2}?(centre|center|agency|firm|company|utility|charity|foundation|institute|regulator|operator|lender|airline|insurer)(?=[,.;]|\s(?:in|at|of|on|for|with|from|and|that|which|based)\b)/u;
const isTitle = (w: string) => (isKnownRoleNoun(w) || /^(?:Professor|Dame|Deputy)$/.test(w)) && !lexiconTags(w).some((t) => /Name$/.test(t));
// ("Kestrel Robotics, a Berlin maker of drones", "a drone supplier": a trade's -er noun describes a firm, review 31b
// finding 7; "a Hamburg lawyer" is still a person.)
// (The whole word: "a Tongan lawmaker", "a Paraguayan playmaker" stay people; review 32 finding 7.)
const TRADE_ROLE = new RegExp(`${FIRM_DOER_WORD_SOURCE}|^newspaper$`);
// ("a seller of ferries": a seller or builder followed by "of" and a plural is a firm's trade; "a professor of
// economics", "a trainer of racehorses", "a supporter of reforms" are none; review 32 finding 7.)
const OF_PLURAL_AFTER = /^\sof\s(\p{Ll}+[^s\W]s)\b/u;
const TRADE_OF = /^(?:seller|builder)$/;
function roleCueAfter(after: string, wide: string, name: string): boolean {
  const age = AGE_AFTER.exec(after);
  // ("Real Madrid, 20, whose ...": a club named for its city is no person, unless the name opens with a given name.)
  if (age) {
    const placeWord = name.split(" ").some((w) => lexiconTags(w).some((t) => /^(?:Place|City|Country)$/.test(t))) && !firstNameLike(name.split(" ")[0] ?? "");
    const verb = age[2] ? VERB_AFTER_WHOSE.exec(after.slice(age[0].length))?.[1] : age[1];
    const relative = age[1] !== undefined || age[2] !== undefined;
    const roleIs = ROLE_IS_BEFORE.exec(wide.slice(0, wide.length - name.length))?.[1];
    // (A "whose" clause that ends the sentence leaves no verb to read: the role before is cue enough.)
    const playersDeed = PLAYERS_DEED_AFTER.test(after) && !CLUB_HEAD.test(name) && !name.split(" ").some((w) => CLUB_WORD.test(w));
    const oneDoer = !relative || playersDeed || (roleIs !== undefined && isRoleNoun(roleIs) && (verb === undefined ? age[2] !== undefined : oneDoersVerb(verb)));
    return !placeWord && oneDoer && (wide + after).match(NUMBER_AFTER_NAME)?.length === 1;
  }
  // ("Peñarol, a Montevideo club": what follows the capitalised word must still be a person's role.)
  const apposed = ROLE_AFTER.exec(after);
  const role = apposed?.[2]?.split(" ").pop();
  if (!apposed || !role || TRADE_ROLE.test(role)) return false;
  const ofPlural = OF_PLURAL_AFTER.exec(after.slice(apposed[0].length))?.[1];
  if (ofPlural && TRADE_OF.test(role) && !/ics$/.test(ofPlural)) return false;
  // ("Mirador Linhas Aéreas, a flat fee": an -ee the lexicon does not know is no one's role.)
  return isKnownRoleNoun(role) || (isRoleNoun(role) && !/ee$/.test(role));
}
function personCueBefore(name: string, wide: string): boolean {
  // (Only a role's object needs more than the last 30 characters: every pattern scans the whole of what it is given.)
  const before = wide.slice(-30);
  // ("the top scorer, Berkane's Ivorian striker ...": an owner or a people's name is no part of a person's name.)
  if (/['’]s\b/.test(name) || name.split(" ").some((w) => DEMONYMS.has(w) || DEMONYM_ENDING.test(w))) return false;
  if (HONORIFIC.test(before) || SAID_BEFORE.test(before)) return true;
  const people = PEOPLE_BEFORE.exec(before)?.[1];
  if (people && (DEMONYMS.has(people) || /(?:an|ese|ish)$/.test(people))) return true;
  const title = TITLE_BEFORE.exec(before)?.[1];
  if (title && isTitle(title)) return true;
  const role = before.endsWith(", ") ? ROLE_BEFORE.exec(wide)?.[1] : undefined;
  return !!role && isRoleNoun(role);
}
const TOWN_OF = /\b(?:the\s)?(town|city|village|district|region|province|island|port)\sof\s$/;
// "the former capital, Tarvesk,": a place's name in apposition to the kind of place it is.
const APPOSED_PLACE = /\b(?:capital|town|city|village|port|island)\s?,\s$/;
// "Le Morvelet", "Les Abymes": a place's name may open with its own article.
const PLACE_ARTICLE = /^(?:Le|La|Les|El|Los|Las)$/;
// The joining words of Spanish, Portuguese, French and Italian place names ("Salar de Coipasa", "Roque de los ...").
const ROMANCE_JOIN = /^(?:de|del|da|do|dos|das|di|los|las|la)$/;
// A building or a body whose name a Romance "de" joins ("Casa de la Moneda", "Hotel de la Paix", "Ordem dos Advogados").
const ROMANCE_BODY = /^(?:Casa|Museo|Musée|Museu|Biblioteca|Bibliothèque|Hotel|Hôtel|Teatro|Théâtre|Palacio|Palais|Palazzo|Palácio|Ordem|Orden|Ordre|Colegio|Colégio|Collège|Escuela|Escola|École|Iglesia|Igreja|Église|Catedral|Cathédrale|Hospital|Hôpital|Estadio|Estádio|Stade|Club|Clube|Real|Asociación|Associação|Federación|Federação|Confederación|Cámara|Câmara|Chambre|Junta|Consejo|Conselho|Conseil|Tribunal|Corte|Cour|Secretaría|Secretaria|Dirección|Direção|Compañía|Companhia|Compagnie|Sociedad|Sociedade|Société|Fundación|Fundação|Fondation|Centro|Centre|Mercado|Marché)$/;
// "at the smaller ", "in ": a preposition of place, its "the" and at most one word describing the place.
const PLACE_BEFORE_THE = /\b(?:in|at|near|outside|from|to)\s(?:the\s(?:\p{Ll}+\s)?)?$/u;
// "Biblioteca del Paraná in Rosario": located in a named place.
const PLACE_AFTER = /^\s(?:in|near|outside)\s\p{Lu}/u;
// "at Tarvel Cove beach", "beneath the Ormal cirque": a name before the landform it names.
const LANDFORM_AFTER = /^\s(?:beach|bay|cirque|valley|lagoon|atoll|peninsula|plateau|cove|creek|gorge|crater|reef|estuary|headland|cape)\b/;
// "a restaurant in Bellinzona", "leaves for Skopje on Saturday", "near Grand-Popo": a preposition of place ("according
// to", "spoke to" are none).
const PLACE_PREPOSITION = /(?:\b(?:in|at|near|outside|off|on|from)|(?<!\b(?:according|spoke|spoken|talked|wrote|written|said|sent|gave|given|belongs?|belonged|next|close)\s)\bto|\b(?:leaves?|left|leaving|bound|departs?|departed|flew|flies)\sfor)\s$/i;
// ("in Parliament", "in Nature", "at Congress": a common noun's ending marks a body or a title, not a place.)
const COMMON_NOUN_ENDING = /(?:ion|ment|ity|ness|ance|ence|ure|ory|ary|ism|ist|ics|ogy|ing|ship|hood|ery|ess|age|ive|al|th)$/;
// ("to Timorese students": a people's name is no place.)
const DEMONYM_ENDING = /(?:ese|ian|ean|ish)$/;
/**
 * One word (or a hyphenated pair) the lexicon knows as nothing, or only as a place, and no surname of a person the
 * article names ("saved well from Traoré"): a name of its own.
 */
const placeLikeWord = (w: string, people?: ReadonlySet<string>) =>
  /^\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]+)?$/u.test(w) && !COMMON_NOUN_ENDING.test(w) && !DEMONYM_ENDING.test(w) && !DEMONYMS.has(w) &&
  lexiconTags(w).every((t) => /^(?:Place|City|Country|Region)$/.test(t)) && !(people && surnamesOf(people).has(w));

// The last words of an article's people's names, gathered once per set: asked for every name after a preposition.
const SURNAMES = new WeakMap<ReadonlySet<string>, Set<string>>();
function surnamesOf(people: ReadonlySet<string>): Set<string> {
  let out = SURNAMES.get(people);
  if (!out) SURNAMES.set(people, (out = new Set([...people].map((p) => p.slice(p.lastIndexOf(" ") + 1)))));
  return out;
}

// ("Lawyers", "Partners": a word the lexicon knows as a common noun.)
const COMMON_NOUN_TAG = (w: string) => lexiconTags(w).some((t) => /^(?:Singular|Plural|Actor|Uncountable)$/.test(t));

/** "Ana Smith & Ben Jones": a side of "&" of two words or more opening with a given name is a person's name. */
function ampersandPeople(name: string): boolean {
  return name.split(" & ").some((side) => side.includes(" ") && firstNameLike(side.split(" ")[0] ?? ""));
}

function firstNameLike(word: string): boolean {
  return lexiconTags(word).some((t) => /^(?:FirstName|MaleName|FemaleName)$/.test(t));
}

function placeNoun(name: string): string | null {
  const tags = lexiconTags(name);
  if (tags.includes("Country")) return "country";
  if (tags.includes("City")) return "city";
  return null;
}

// A side's opponent by its place in the sentence: the object of a match's verb ("drew 1-1 with X", "lost 2-0 away to
// X", "are at home to X", "host X", "face X"), the club a table places it beside ("one point above X", "level with X",
// "behind the leaders, X"). An owner may stand before it ("above South Korea's X"). A place before the verb is none
// ("in Turin they beat ...").
const SCORE = String.raw`\d{1,3}\s?[-–]\s?\d{1,3}`;
const OWNER = String.raw`(?:(?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}-]*['’]s\s)?`;
const OPPONENT_BEFORE = new RegExp(
  String.raw`(?:\b(?:drew|draw|draws|drawn|tied|lost|lose|loses|losing)\s${SCORE}\s(?:(?:away|at\shome|in\sovertime|on\spenalties|after\sextra\stime)\s)?(?:with|to|against|at)|\b(?:drew|draw|draws|drawn)\swith|\bat\shome\sto|\baway\s(?:to|at|from\shome\sto)|\b(?:host|hosts|hosted|hosting|face|faces|faced|facing)|\b(?:points?|goals?|places?)\s(?:above|below|behind|ahead\sof|clear\sof)|\blevel\s(?:on\spoints\s)?with|\bthe\s(?:leaders|champions|defending\schampions|bottom\sside|top\sside|hosts|visitors),)\s(?:the\s)?${OWNER}$`,
  "u",
);
// "beat X 2-1", "edged X 3-2 in overtime": the match's own loser, asked with its score elsewhere (read here, it took the
// score line's place in the lede's items).
const BEATEN_BEFORE = /\b(?:beat|beats|beating|defeated|defeats|edged|edges|thrashed|thrashes|stunned|stuns)\s(?:the\s)?$/;
// Heads a club's own name ends with ("Dundee United", "Lincoln Red Imps FC"): after "travel to", "visit", "play",
// where a town may stand as well, only a name of this shape is a club.
// ("Marin County", "Dorvik Town": a place's own name may end in City, County, Town or Villa, so these heads need a
// match around them as well; review 32b finding 2.)
const CLUB_HEAD = /\s(?:United|City|Rovers|Athletic|Athletico|Wanderers|Albion|Rangers|Town|County|Hotspur|Villa|Olympic|Sporting|Dynamo|FC|AFC|CF|SC|AC|FK|SK|BK|IF|HC|RFC)$/;
const PLACE_HEAD = /\s(?:City|Town|County|Villa)$/;
const TRAVEL_BEFORE = /\b(?:travel|travels|travelled|traveled|travelling|trip|visit|visits|play|plays|meet|meets)\s(?:to\s)?(?:the\s)?$/;
const ON_A_DAY = new RegExp(String.raw`\son\s(?:(?:${MONTH_PREFIX_SOURCE})[a-z]*\.?|${WEEKDAY_SOURCE})(?:\s|$)`);
// A cue that says a match by itself: a score ("lost 3-1 away to"), "drew with", "at home to", "are away to", "level on
// points with". Cutting it from the words around took its score too (review 32c finding 5); "host", "face", "points
// above", "away to" after any verb ("moved away to") and "the leaders," (of a market or a race as well: review 32d
// finding 7) still need a match word around them.
const MATCH_CUE = new RegExp(String.raw`${SCORE}|^(?:drew|draw|draws|drawn)\swith|^at\shome\sto|^level\son\spoints\swith`);
const BE_BEFORE_AWAY = /\b(?:are|is|were|was|be|play|plays|played|playing)\s$/;
// Words of a match or a table somewhere around the name ("on Saturday" alone is not one).
// ("the final round of bidding", "a tie", "the win", "its lead": words a contest of any kind uses are none; review 32b
// finding 2.)
// ("after nine rounds" is none by itself: rounds are a chess event's, a golf tournament's or a run-off's as well, whose
// sides are people: "After nine rounds, Gukesh is half a point ahead of Firouzja"; review 33a finding 4.)
const MATCH_WORDS = new RegExp(String.raw`${SCORE}|\b(?:match|game|derby|fixture|league|cup|points?|table|group\sstage|leg|semi-finals?|quarter-finals?|standings|play-offs?|playoffs?|champions|leaders|goals?|drew)\b`, "i");
// ("six points ahead of Reform UK in the latest poll", "150 basis points above Bunds": points of a poll or a yield.)
const NOT_MATCH_WORDS = /\b(?:percentage|basis)\spoints?\b|\b(?:polls?|polling|survey|surveys|yields?)\b|\bnegotiating\stable\b/i;
/** A side in a match or a table, told by where it stands: the noun a question asks it by is "club". */
function opponentCue(name: string, wide: string, after: string): boolean {
  // (The side a score line says was beaten is the match's own, asked with its score: story-referents.ts, value-rules.ts.)
  if (BEATEN_BEFORE.test(wide)) return false;
  // ("The ministry will host Ana Costa", "the firm faces Siemens in court", "two percentage points above Bunds": the
  // same verbs and places name a side only in a sentence about a match or a table.)
  // (The match must be told by words other than the cue's own: "six points ahead of" says "points" itself; review 32b
  // finding 2.)
  const cue = OPPONENT_BEFORE.exec(wide) ?? TRAVEL_BEFORE.exec(wide);
  if (!cue) return false;
  const around = `${wide.slice(0, cue.index)} ${name}${after}`;
  if (NOT_MATCH_WORDS.test(`${wide}${after}`)) return false;
  const match = MATCH_WORDS.test(around) || MATCH_CUE.test(cue[0]) || (/^away\s/.test(cue[0]) && BE_BEFORE_AWAY.test(wide.slice(0, cue.index)));
  // (A club's own head, "Dundee United", says it alone; "Marin County" only beside a match.)
  if (CLUB_HEAD.test(name)) return !PLACE_HEAD.test(name) || match;
  return OPPONENT_BEFORE.test(wide) && match;
}

/** Kind and question noun of one chunk from its own words and the words right before it; null when it cannot tell. */
function classify(name: string, wide: string, after: string, people?: ReadonlySet<string>): Pick<NameChunk, "kind" | "noun"> | null {
  const before = wide.slice(-30);
  const words = name.split(/\s+/);
  const last = (words[words.length - 1] ?? "").replace(/\.$/, "");
  // "the Vardia Fisheries Training Programme, a UNESCO-backed centre": a body in apposition says what the name is.
  const body = ORG_AFTER.exec(after)?.[1];
  if (body && words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|de|du|des|da|do|dos|the|&)$/.test(w))) return { kind: "organisation", noun: body };
  if (DOCUMENT.test(last)) return null;
  if (LEGAL_FORM.test(` ${words.slice(1).join(" ")}`) && words.length > 1) return { kind: "organisation", noun: "company" };
  const head = ORG_HEAD[last];
  // "the Bank of Uganda", "Ministry of Foreign Trade and Tourism": the head may open the name before its "of".
  // "Central Bank of Eswatini", "National Bank of Bahrain": or stand after a word or two that qualify it.
  // ("Office for Health Improvement", "Institute for Business & Home Safety": or before its "for".)
  const at = words.findIndex((w, i) => i <= 2 && !!ORG_HEAD[w] && /^(?:of|for|de|du|des|da|do|del)$/.test(words[i + 1] ?? "") && i + 2 < words.length);
  const opening = at >= 0 ? ORG_HEAD[words[at] ?? ""] : undefined;
  if (head && words.length > 1) return { kind: "organisation", noun: head };
  if (opening) return { kind: "organisation", noun: opening };
  // "Trinidad & Tobago": a country the lexicon knows with "and" is asked as one.
  const joinedPlace = words.includes("&") ? placeNoun(name.replace(/ & /g, " and ")) : null;
  if (joinedPlace) return { kind: "place", noun: joinedPlace };
  // "Pons & Febrer", "Vardel Energi & Vand": "&" joins the names of a firm's partners or trades, never two names
  // ("Trinidad & Tobago", a pair of places, is none; nor "Ana Smith & Ben Jones", two people, a side opening with a
  // given name; nor "Lawyers Smith & Jones", a common noun before the name.)
  // Asked as what the text calls it before it, else as a company.
  if (words.length > 2 && words.includes("&") && words.every((w) => /^\p{Lu}/u.test(w) || w === "&") && words.some((w) => isProperWord(w) && !NOT_NAMES.test(w)) && !words.every((w) => w === "&" || placeNoun(w)) && !ampersandPeople(name) && !COMMON_NOUN_TAG(words[0] ?? "")) {
    return { kind: "organisation", noun: BODY_BEFORE.exec(before)?.[1] ?? "company" };
  }
  if (words.length > 1 && TRADE_HEAD.test(last) && words.every((w) => /^\p{Lu}/u.test(w)) && words.slice(0, -1).some((w) => isProperWord(w) && !NOT_NAMES.test(w))) return { kind: "organisation", noun: "company" };
  const town = TOWN_OF.exec(before);
  if (town && words.length <= 3) return { kind: "place", noun: town[1] ?? "place" };
  // "Sri Lanka", "New Zealand": a place the lexicon knows whole, though "Sri" is also a first name.
  const place = placeNoun(name);
  if (place) return { kind: "place", noun: place };
  // ("drew 1-1 with Talleres", "one point above Kärpät": a side by its place; a person's name is no side, nor a
  // people's name before one, "host Saudi side Al-Nassr".)
  if (opponentCue(name, wide, after) && !firstNameLike(words[0] ?? "") && !people?.has(name) && words.every((w) => !NOT_NAMES.test(w) && !DEMONYMS.has(w)) && !/^\s(?:side|club|team|outfit|champions)\b/.test(after)) return { kind: "organisation", noun: "club" };
  // A capitalised word the lexicon knows as nothing else, right after a preposition of place, names one.
  if (words.length === 1 && PLACE_PREPOSITION.test(before) && placeLikeWord(name, people)) return { kind: "place", noun: "place" };
  if (words.length === 1 && APPOSED_PLACE.test(before) && placeLikeWord(name, people)) return { kind: "place", noun: "place" };
  // ("La Seu d'Urgell": a name running on in lower case is cut short here.)
  if (words.length === 2 && PLACE_ARTICLE.test(words[0] ?? "") && !/^\s\p{Ll}+['’]/u.test(after) && PLACE_PREPOSITION.test(before) && placeLikeWord(words[1] ?? "", people)) return { kind: "place", noun: "place" };
  if (words.length <= 2 && LANDFORM_AFTER.test(after) && words.every((w) => placeLikeWord(w, people))) return { kind: "place", noun: "place" };
  // "at the smaller Salar de Coipasa in Oruro", "in Santa Cruz de Tenerife": a name whose words a Romance "de" joins,
  // after a preposition of place or located in a place after it, names a place (a person's opens with a given name).
  // ("Officials of the Casa de la Moneda": every lower-case word is a Romance one; "Hotel de la Paix", "Ordem dos
  // Advogados": a building or a body is no place.)
  if (words.length > 2 && words.slice(1, -1).some((w) => ROMANCE_JOIN.test(w)) && words.every((w) => /^\p{Lu}/u.test(w) || ROMANCE_JOIN.test(w)) && !ROMANCE_BODY.test(words[0] ?? "") && !words.some((w) => NOT_NAMES.test(w)) && !firstNameLike(words[0] ?? "") && (PLACE_BEFORE_THE.test(before) || PLACE_AFTER.test(after))) return { kind: "place", noun: "place" };
  if (words.length === 1) return null;
  // A name the article uses as a person's (peopleByUsage), though the lexicon knows no first name in it.
  if (people?.has(name)) return { kind: "person", noun: "" };
  // Two to four words opening with a known first name, or after an honorific: a person.
  // ("Savanna Growth Partners": a surname is no common noun the lexicon knows.)
  const surnamesOnly = words.slice(1).filter((w) => !NAME_PARTICLE.test(w)).every((w) => !lexiconTags(w).some((t) => /^(?:Singular|Plural|Actor|Uncountable)$/.test(t)));
  if (words.length <= 4 && surnamesOnly && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || NAME_PARTICLE.test(w)) && (firstNameLike(words[0] ?? "") || personCueBefore(name, wide) || roleCueAfter(after, `${wide}${name}`, name)) && !/^\s*\(/.test(after)) return { kind: "person", noun: "" };
  return null;
}

/** The proper-noun chunks of `sentence` that can be classified, longest first where they overlap. */
/** The name after the titles before it, when it is still two words or more ("Prefect Ana Costa": "Ana Costa"); else "". */
function withoutTitles(name: string): string {
  const titles = /^(?:\p{Lu}\p{Ll}+\s)+/u.exec(name)?.[0].split(" ").filter(Boolean) ?? [];
  const cut = titles.findIndex((w) => !isTitle(w));
  const titled = (cut < 0 ? titles.length : cut) > 0 ? titles.slice(0, cut < 0 ? titles.length : cut).join(" ") : "";
  const untitled = titled ? name.slice(titled.length + 1) : "";
  return untitled.includes(" ") ? untitled : "";
}

function demonymBeforeHead(name: string): boolean {
  const [people = "", head = "", join = ""] = name.split(" ");
  return DEMONYMS.has(people) && !!ORG_HEAD[head] && /^(?:of|for)$/.test(join);
}

export function findNameChunks(sentence: string, people?: ReadonlySet<string>): NameChunk[] {
  // The article's people weigh only on a name or a word of the sentence that is one of them or their last name: a
  // sentence holding none of their last names (each in its name) chunks as it does without them.
  if (people) for (const surname of surnamesOf(people)) if (sentence.includes(surname)) return nameChunksOf(sentence, people);
  return chunksWithoutPeople(sentence);
}

// (The same sentence is chunked by the entity finder, by the fact pass with the article's people, by the stem and
// pronoun readers and as the sentence before another: without the people the chunks depend on the sentence alone.)
const chunksWithoutPeople = remembered((sentence: string) => nameChunksOf(sentence));

function nameChunksOf(sentence: string, people?: ReadonlySet<string>): NameChunk[] {
  const out: NameChunk[] = [];
  for (const m of sentence.matchAll(CHUNK)) {
    if (dashJoinedName(sentence, m.index, m.index + m[0].length)) continue;
    // ("the Marshall Islands’ fund": a plural's possessive mark is no part of the name either.)
    let name = m[0].replace(TRAILING_JOIN, "").replace(/[’']s$/, "").replace(/(?<=s)[’']$/, "");
    let start = m.index;
    // "Djibouti's Ministry of Environment", "the league's top scorer, Isidro Metapán's Brayan Alfaro": a possessive
    // inside the chunk is its owner, no part of the name after it.
    // ("McDonald's Corporation": a single word left is the head of a company's name, so the name stays whole.)
    const owner = /^.*[’']s\s(?=\p{Lu}\S*\s)/u.exec(name)?.[0];
    if (owner) {
      // "Lund University of Aarhus and Vardia's Department of Coastal Affairs": a name before "and" and the owner is
      // one of its own.
      const and = owner.lastIndexOf(" and ");
      const first = and > 0 ? owner.slice(0, and) : "";
      const kind = first && !NOT_NAMES.test(first.split(" ")[0] ?? "") ? classify(first, sentence.slice(Math.max(0, start - 60), start), " and", people) : null;
      if (kind) out.push({ ...kind, name: first, start, end: start + first.length });
      name = name.slice(owner.length);
      start += owner.length;
    }
    // A sentence-initial "The" or "In" is no part of the name.
    // ("Shares of Hallam's Corporation": nor the joining word the cut leaves.)
    // ("Taipei-based Hsin Kuo Construction Co., Ltd.": where a body is based is no part of its name.)
    // ("the Greek Ministry of Environment and Energy": a people's name before a body's opening head says whose it is.)
    while (/^\S+\s/.test(name) && (NOT_NAMES.test(name.split(" ")[0]?.replace(/\.$/, "") ?? "") || LEADING_JOIN.test(name) || /^\S+-based\s/.test(name) || demonymBeforeHead(name))) {
      const cut = name.indexOf(" ") + 1;
      name = name.slice(cut);
      start += cut;
    }
    name = name.replace(/\.$/, (dot) => (LEGAL_FORM.test(` x ${name}`) || /\b(?:Co|Ltd|Inc|Corp)\.$/.test(name) ? dot : ""));
    if (NOT_NAMES.test(name) || name.length < 3 || /^\p{Lu}+$/u.test(name)) continue;
    // "at home to Zulte Waregem on Dec. 2", "travel to Dundee United on Saturday": a day after "on" is no part of a
    // side's name. (Read before "leaves for Skopje on Saturday" below, which would take "lost 3-1 away to Vardholm on
    // Sunday" for a place: review 32c finding 5.)
    const dated = ON_A_DAY.exec(name);
    if (dated) {
      const side = name.slice(0, dated.index);
      const kind = classify(side, sentence.slice(Math.max(0, start - 60), start), sentence.slice(start + side.length, start + side.length + 60), people);
      if (kind?.noun === "club") {
        out.push({ ...kind, name: side, start, end: start + side.length });
        continue;
      }
      // ("The State Council of the Udmurt Republic on Tuesday adopted ...": nor of any other name.)
      if (side.includes(" ")) name = side;
    }
    const end = start + name.length;
    // "Chile and Peru", "Norvik Holdings SA and Brenta Costruzioni SA": two names, when each side is one by itself
    // ("Ministry of Trade and Industry" stays whole: "Industry" alone is none).
    // "leaves for Skopje on Saturday", "Salelologa on Savai'i": after a preposition of place, "on" ends the name.
    const on = / on \p{Lu}/u.exec(name);
    if (on && PLACE_PREPOSITION.test(sentence.slice(Math.max(0, start - 30), start)) && placeLikeWord(name.slice(0, on.index), people)) {
      const first = name.slice(0, on.index);
      out.push({ kind: "place", noun: "place", name: first, start, end: start + first.length });
      const second = name.slice(on.index + 4);
      const kind = classify(second, sentence.slice(Math.max(0, end - second.length - 60), end - second.length), sentence.slice(end, end + 60), people);
      if (kind) out.push({ ...kind, name: second, start: end - second.length, end });
      continue;
    }
    // "host Zamalek of Egypt", "level with Budućnost of Podgorica": a side and the place it is from are two names.
    const from = / of (?=\p{Lu})/u.exec(name);
    if (from) {
      const side = name.slice(0, from.index);
      const home = name.slice(from.index + 4);
      const kind = classify(side, sentence.slice(Math.max(0, start - 60), start), sentence.slice(start + side.length, end + 60), people);
      const place = placeNoun(home) ?? (placeLikeWord(home, people) ? "place" : null);
      if (kind?.noun === "club" && place) {
        out.push({ ...kind, name: side, start, end: start + side.length }, { kind: "place", noun: place, name: home, start: end - home.length, end });
        continue;
      }
    }
    const sides = name.split(" and ");
    if (sides.length === 2) {
      // ("the Government of Vardia and the Global Fund": the second name's "the" is no part of it.)
      const [left = "", right = ""] = [sides[0], sides[1]?.replace(/^the\s/, "")];
      const rightStart = end - right.length;
      const a = classify(left, sentence.slice(Math.max(0, start - 60), start), " an", people);
      const b = classify(right, sentence.slice(Math.max(0, rightStart - 60), rightStart), sentence.slice(end, end + 60), people);
      if (a && b) {
        out.push({ ...a, name: left, start, end: start + left.length }, { ...b, name: right, start: rightStart, end });
        continue;
      }
    }
    // "Ms Ana Pereda of the Liberal Party", "Prof. Ivo Kranjc of the Marine Institute": a person and the body they
    // belong to are two names (the body's head would otherwise make the whole one organisation).
    // ("Judge Ana Costa of the High Court": the title before the person is cut off first.)
    const of = name.indexOf(" of ");
    if (of > 0) {
      const left = withoutTitles(name.slice(0, of)) || name.slice(0, of);
      const leftStart = start + of - left.length;
      const person = classify(left, sentence.slice(Math.max(0, leftStart - 60), leftStart), " of", people);
      if (person?.kind === "person") {
        out.push({ ...person, name: left, start: leftStart, end: leftStart + left.length });
        const right = name.slice(of + 4).replace(/^the\s/, "");
        const body = classify(right, sentence.slice(Math.max(0, end - right.length - 60), end - right.length), sentence.slice(end, end + 60), people);
        if (body) out.push({ ...body, name: right, start: end - right.length, end });
        continue;
      }
    }
    // "Prefect Ana Costa", "Chief Executive Ho Wai-kei": titles before a person's name are no part of it.
    const untitled = withoutTitles(name);
    if (untitled) {
      const restStart = end - untitled.length;
      const person = classify(untitled, sentence.slice(Math.max(0, restStart - 60), restStart), sentence.slice(end, end + 60), people);
      if (person?.kind === "person") {
        out.push({ ...person, name: untitled, start: restStart, end });
        continue;
      }
    }
    const kind = classify(name, sentence.slice(Math.max(0, start - 60), start), sentence.slice(end, end + 60), people);
    if (kind) out.push({ ...kind, name, start, end });
    // "the Chilean Ana Pereda": a people's name before a person's is no part of it.
    const demonym = /^(\S+)\s\S+\s/.exec(name)?.[1] ?? "";
    if (!kind && DEMONYMS.has(demonym)) {
      const rest = name.slice(demonym.length + 1);
      const restStart = end - rest.length;
      const person = classify(rest, sentence.slice(Math.max(0, restStart - 60), restStart), sentence.slice(end, end + 60), people);
      if (person?.kind === "person") out.push({ ...person, name: rest, start: restStart, end });
    }
  }
  return out;
}

// A surname alone followed by what only a person does or has: an age, "who", a verb of saying, or a personal pronoun
// before the next capitalised word in its sentence ("Mavhunga, a 23-year-old ...", "Stanikzai did not hide his ...").
// (Not after a possessive: "Nacional's coach ... his" is the coach's; nor "who have": a side is plural.)
const PERSON_CUE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*?)(?=,\s(?:a|an)\s\d{1,2}-year-old\b|,\swho\s(?!(?:have|are|were)\b)|\s(?:said|says|told|added)\b|[^.!?\p{Lu}\n“”"]{0,60}?\b(?:he|she|his|her|him)\b)/gu;
// A given name and a surname, capitalised, with nothing between ("Tinashe Mavhunga", "Eetu Pesonen").
// (Each pattern tests what comes before a name only at a capital: the same test, behind the capital it has just read,
// where one at every position of the text cost most of the scan.)
export const TWO_NAMES = /(\p{Lu}(?<![\p{L}'’-]\p{Lu}|\p{Lu}[\p{L}'’-]*\s\p{Lu})\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)\s(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}'’-]|\s\p{Lu})/gu;
// A capitalised word alone, neither after nor before another.
export const NAME_ALONE = /(\p{Lu}(?<![\p{L}'’-]\p{Lu}|\p{Lu}[\p{L}'’-]*\s\p{Lu})\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}-]|\s\p{Lu})/gu;
/** Words a person's name is never made of: common words, places, bodies, times. */
export const isNameWordOfNoPerson = (w: string) => NOT_NAMES.test(w) || !!ORG_HEAD[w] || lexiconTags(w).some((t) => /^(?:Singular|Plural|Uncountable|Adjective|Verb|Place|Country|City|Region|Organization|Month|WeekDay|Date|Demonym|Actor|Determiner|Preposition|Pronoun|Adverb)$/.test(t));

/**
 * The two-word names an article uses as people's though the lexicon knows no first name in them: the surname stands
 * alone elsewhere (the second reference a news story makes to a person) and, alone or after the given name, is followed
 * by an age, "who", a verb of saying or a personal pronoun. "Tinashe Mavhunga made his first hundred ... Mavhunga, a
 * 23-year-old left-hander". One pass over the text for each cue, so a long article costs little.
 */
export function peopleByUsage(whole: string): Set<string> {
  // (The first 200 KB: a news article names its people well before that, and a 2 MB upload stays cheap — bench:generate.)
  const text = whole.slice(0, 200_000);
  const cued = new Set<string>();
  for (const m of text.matchAll(PERSON_CUE)) cued.add(m[1] ?? "");
  const alone = new Set<string>();
  for (const m of text.matchAll(NAME_ALONE)) alone.add(m[1] ?? "");
  const out = new Set<string>();
  for (const m of text.matchAll(TWO_NAMES)) {
    const [given = "", surname = ""] = [m[1], m[2]];
    if (out.has(`${given} ${surname}`) || !alone.has(surname) || !(cued.has(surname) || cued.has(given))) continue;
    if (isNameWordOfNoPerson(given) || isNameWordOfNoPerson(surname)) continue;
    out.add(`${given} ${surname}`);
  }
  return out;
}
