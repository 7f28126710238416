import { offersOtherThing } from "./other-it-referent";
import { DECIDING_BODY_SOURCE } from "./body-nouns";
import { findNameChunks } from "./find-name-chunks";
import { isFiniteVerb, lexiconTags } from "./tag-words";
import { escapePattern } from "./escape-pattern";
import { peopleEndingLike, peopleMaybeIn, type KnownPeople } from "./known-people";

const isKnownPeople = (people: readonly string[] | KnownPeople): people is KnownPeople => !Array.isArray(people);

/**
 * "Marek Kowalczyk struck twice. He now has 11 league goals": a sentence that opens with He or She is
 * about the one person the sentence before it named. The name is written in ("Marek Kowalczyk now has 11 league
 * goals"), so the sentence's facts are found, placed and asked like any other's. When the sentence before named
 * no one, or two people, the person is unclear and the sentence is left as it is (its pronoun keeps it unasked).
 */

// (An opening "His coach, X, said" is left to the role rules, which ask "Who is Cheruiyot’s coach?" from it.)
const OPENING = /^(He|She)\s/;
/** "His team surveyed 1,240 migrants": a possessive opening a lower-case noun that no name follows in apposition. */
const POSSESSIVE_OPENING = /^(His|Her)\s(?=\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?\s(?!\p{Lu}))(?![^,]{0,40},\s\p{Lu})/u;
const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth)`;
/** "It was Ana Ruiz's ninth goal of the season": the goal just told, a tally of the person named (never a bare "his"). */
const TALLY = String.raw`^It\s+(?:is|was)\s+(?:also\s|only\s)?(?:\p{Lu}[\p{L}’'.-]*\s){0,3}\p{Lu}[\p{L}’'.-]*['’]s?\s+(?:first|${ORDINAL})\s+(?:[\p{L}-]+\s){0,2}?(?:goal|try|century|hundred|win|victory|title|start|appearance|cap|game|match)s?\b`;
/** "It was his ninth goal of the season", "It is her third title": a tally of the person the sentence before was about. */
const IT_WAS_HIS = new RegExp(String.raw`^(It\s+(?:was|is)\s+(?:also\s+|only\s+)?)(his|her)\s(?=(?:first|${ORDINAL})\b)`, "u");
/** "It was his ninth goal", "It is their first win": an It that is someone's, an event and not a thing named before. */
export const POSSESSIVE_IT = /^It\s+(?:is|was)\s+(?:also\s+|only\s+)?(?:his|her|their)\s/;
/** A sentence whose opening pronoun stands for the person the sentence before was about. */
export const OPENS_WITH_PERSON_PRONOUN = /^(?:He|She|His|Her)\s|^It\s+(?:was|is)\s+(?:also\s+|only\s+)?(?:his|her)\s/;

const HONORIFIC = /^(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?$/;
/** Whether `chunk` ("David Ferraro") ends with a known person's surname but opens with a first name none of them has. */
function sharesSurnameOnly(chunk: string, named: ReadonlySet<string>): boolean {
  const words = chunk.split(" ").filter((w) => !HONORIFIC.test(w));
  const first = words[0] ?? "";
  return words.length > 1 && ![...named].some((p) => p === chunk || p.endsWith(` ${chunk}`) || chunk.endsWith(` ${p}`) || p.split(" ").includes(first));
}

/**
 * The people a sentence names, in full: the names the article gave before (`people`, matched by surname too:
 * "Kowalczyk") and names of a person's form (a known first name, an honorific).
 */
export function peopleNamedIn(text: string, people: readonly string[] | KnownPeople): string[] {
  const named = new Set<string>();
  const covered: [number, number][] = [];
  // (An article's people so far are looked up by the text's words: a scan of all of them per sentence grew with the cast.)
  const indexed = isKnownPeople(people);
  for (const p of indexed ? peopleMaybeIn(people, text) : people) {
    const surname = p.split(" ").pop() ?? p;
    // (A pattern is built only for a surname the text has: one per known person per sentence grew with the cast.)
    const at = text.includes(surname) ? text.search(new RegExp(`\\b${escapePattern(surname)}\\b`, "u")) : -1;
    if (at >= 0) {
      named.add(p);
      covered.push([at, at + surname.length]);
    }
  }
  for (const c of findNameChunks(text)) {
    if (c.kind !== "person") continue;
    // ("Her son, David Ferraro, said ..." after Lucía Ferraro: a surname shared by a name with another first name is
    // another person, so that two are named and neither is whom the next "He" is.)
    if (covered.some(([s, e]) => c.start < e && c.end > s)) {
      if (sharesSurnameOnly(c.name, named)) named.add(c.name);
      continue;
    }
    named.add((indexed ? peopleEndingLike(people, c.name) : people).find((p) => p.endsWith(` ${c.name}`)) ?? c.name);
  }
  return [...named];
}

/**
 * "Bollini converted the penalty", "Raimana Faatau, who headed in a corner", "Okafor put Tema ahead", "Ruiz levelled":
 * a name right before the verb of a goal.
 */
const SCORED_AFTER =
  /^(?:,\s+who)?\s+(?:then\s+|also\s+|finally\s+)?(?:scored|converted|netted|struck|fired|curled|slotted|tapped\s+in|turned\s+(?:it\s+|the\s+ball\s+)?in|headed\s+(?:in|home|the\s+winner|the\s+equaliser|the\s+opener)|equali[sz]ed|levell?ed|homered|put\s+(?:\p{Lu}[\p{L}’'-]*\s){1,3}(?:ahead|in\s+front)|gave\s+(?:\p{Lu}[\p{L}’'-]*\s){1,3}the\s+lead|doubled\s+(?:the|their|his|her)\s+(?:lead|advantage)|opened\s+the\s+scoring|pulled\s+(?:one|a\s+goal)\s+back|added\s+(?:a|the)\s+(?:second|third|fourth|fifth))\b/u;

/**
 * Whose "It was his ninth goal of the season" is, after a sentence that told the goal: the one person it names right
 * before a scoring verb ("..., pulled down Tre Penne forward X in the box, and X converted the penalty himself"), even
 * when the sentence is not about that person. Null for anything but such a tally, or when no one, or two, scored.
 */
export function scorerBefore(text: string, previous: string, people: readonly string[] | KnownPeople): string | null {
  if (!IT_WAS_HIS.test(text)) return null;
  const scorers = peopleNamedIn(previous, people).filter((p) => {
    const surname = p.split(" ").pop() ?? p;
    return [...previous.matchAll(new RegExp(`\\b${escapePattern(surname)}\\b`, "gu"))].some((m) => SCORED_AFTER.test(previous.slice((m.index ?? 0) + surname.length)));
  });
  return scorers.length === 1 ? (scorers[0] ?? null) : null;
}

/**
 * The one person a sentence names when that person is what it is about: its subject ("Celtic manager Aidan Doyle
 * said ...", "Albania's minister of economy, Elton Dervishi, said ...") or the speaker of its quotation ('"...," said
 * Dr Kojo Mensah'). One named after the verb ("El Idrissi now has seven goals, one behind Berkane's striker Ibrahim
 * Koné") is not: "He" in the next sentence is still El Idrissi, whom no rule may have known as a person.
 */
export function personSubjectOf(text: string, people: readonly string[] | KnownPeople): string | null {
  const named = peopleNamedIn(text, people);
  const person = named.length === 1 ? (named[0] ?? null) : null;
  if (!person) return null;
  const surname = person.split(" ").pop() ?? person;
  const at = text.search(new RegExp(`(?:${escapePattern(person)}|\\b${escapePattern(surname)}\\b)`, "u"));
  if (at < 0) return null;
  const before = text.slice(0, at);
  if (/[”"],?\s+(?:said|says|added|told)\s[^“”"]*$/.test(before) || /^[“"][^“”"]*[”"],?\s*$/.test(before)) return person;
  const words = before.split(/\s+/).filter(Boolean);
  const verbBefore = words.some((w, i) => isFiniteVerb(w.replace(/[^\p{L}]/gu, ""), words[i - 1]));
  return verbBefore || /[“”"]/.test(before) ? null : person;
}

/**
 * `text` with its opening He or She (or His or Her before a noun) written as `person`, the one person the sentence
 * before named; null when it does not open so, no one person is known, or the lexicon knows the first name as the other sex's.
 */
export function resolveSubjectPronoun(text: string, person: string | null): string | null {
  if (!person) return null;
  const first = lexiconTags(person.split(" ")[0] ?? "");
  const otherSex = (male: boolean) => (male && first.includes("FemaleName")) || (!male && first.includes("MaleName"));
  // "It was his ninth goal of the season" is the person's: "It was Ana Ruiz’s ninth goal of the season".
  const tally = IT_WAS_HIS.exec(text);
  if (tally) return otherSex(tally[2] === "his") ? null : `${tally[1]}${person}’s ${text.slice(tally[0].length)}`;
  const opening = OPENING.exec(text) ?? POSSESSIVE_OPENING.exec(text);
  if (!opening) return null;
  const pronoun = opening[1] ?? "";
  if (otherSex(pronoun === "He" || pronoun === "His")) return null;
  // "His team surveyed ..." is the person's team: "Farida Nazarova’s team surveyed ...".
  return `${person}${pronoun === "His" || pronoun === "Her" ? "’s" : ""} ${text.slice(opening[0].length)}`;
}

// "It is the largest investment by a Gulf state", "It was Mbaye who ...": "it" for an event or a cleft, not a thing.
const IDENTITY_IT = /^It\s+(?:is|was|has been|had been|will be|would be)\s+(?:(?:the|a|an|his|her|its|their|very|not|also|now|still|only|just)\b|\p{Lu}[\p{L}’'-]*['’]s\b|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*(?:,|\s+(?:who|that)\b))/u;
/**
 * "It is the first visit to Seoul by a Mongolian head of state since 2019", "It was Norlake's biggest win at home since
 * 2019": a first or a record whose It is the story's own event, which the predicate names (a visit, a win, a deal). It is
 * not the subject of the sentence before ("Chile's president ... arrived. It is the first visit ..."); under its article's
 * title it is placed, and without the title it is not asked.
 */
export const EVENT_IT = new RegExp(String.raw`^It\s+(?:is|was|has been|had been)\s+(?:also\s|now\s)?(?:the|(?:\p{Lu}[\p{L}’'.-]*\s){0,3}\p{Lu}[\p{L}’'.-]*['’]s?|his|her|their|its)\s+(?:[\p{L}-]+\s)?(?:first|largest|biggest|highest|lowest|heaviest|longest|worst|best|fewest|smallest|last|only|most)(?:\s[\p{L}-]+){0,3}?\s(?:visit|trip|tour|win|victory|defeat|loss|draw|deal|agreement|investment|commitment|mission|decision|fine|ruling|case|match|game|title|order|contract|sale|acquisition|merger|increase|rise|cut|budget|outbreak|delegation)s?\b|${TALLY}`, "u");
const IDENTITY_THEY = /^They\s+(?:are|were|have been|had been|will be)\s+(?:the|a|an|not|also|now|still|only|just|all|both)\b/;
const PREPOSITION = /^(?:in|of|at|near|on|for|from|with|by|under|over)$/;

/**
 * "The canal opened ...", "The plant, which ...", "The project in Klaipeda will ...": the lower-case words after an
 * opening "The" up to the verb, a comma or a prepositional phrase; null when no verb or comma follows them.
 */
function describedSubject(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  if (words[0] !== "The") return null;
  const phrase: string[] = [];
  for (let i = 1; i < words.length && phrase.length < 4; i++) {
    const w = words[i] ?? "";
    const bare = w.replace(/,$/, "");
    if (!/^[\p{Ll}-]+$/u.test(bare)) return null;
    if (PREPOSITION.test(bare) || isFiniteVerb(bare, words[i - 1])) return phrase.length > 0 ? phrase.join(" ") : null;
    phrase.push(bare);
    if (w.endsWith(",")) return phrase.join(" ");
  }
  return null;
}

/** "It will be paid on Jan. 15", "It was approved in May": an "It" something is done to (a passive). */
const PASSIVE_IT = /^It\s(?:(?:will|would|could|can|may|might|should|must|is\sto|was\sto)\sbe|is|was|has\sbeen|had\sbeen)\s(?:\p{Ll}+ly\s)?(\p{Ll}+)\b/u;

/** Whether `text` opens with an "It" something is done to: "It will be paid ...", "It was restored in 2018". */
export function opensWithPassiveIt(text: string): boolean {
  const participle = PASSIVE_IT.exec(text)?.[1];
  return !!participle && (/(?:ed|en)$/.test(participle) || lexiconTags(participle).some((t) => t === "PastTense" || t === "Participle"));
}

/**
 * "The board raised the interim dividend to 3.2p. It will be paid on Jan. 15": after a sentence whose verb takes a
 * thing ("the interim dividend", "a contract"; `previousRest` is that sentence after its subject), a passive "It" is as
 * likely that thing as the subject, and "the board will be paid" keys a wrong question. ("The company makes fish feed.
 * It was founded in 1987": an object with no article leaves the subject the one thing named.)
 */
export function passiveItAfterObject(text: string, previousRest: string): boolean {
  if (!opensWithPassiveIt(text)) return false;
  return ACTS_ON_OBJECT.test(previousRest);
}
/** The rest of a sentence after its subject, when its verb takes a thing: " raised the dividend ...". */
const ACTS_ON_OBJECT = /^,?\s(?:\p{Ll}+\s){1,2}?(?:the|a|an|its|their)\s\p{Ll}/u;

/** A body that decides, which acts on things: "The board raised the dividend", "The council approved a bridge". */
const DECIDING_BODY = new RegExp(`^(?:${DECIDING_BODY_SOURCE}|directors|cabinet|government|parliament|court|panel|jury|shareholders|assembly|senate|lawmakers|legislature)$`);
/** What is done to a body or a person rather than to what it acted on ("It was founded in 1987", "It is led by ..."). */
const BODY_PARTICIPLE = /^It\s(?:[\p{Ll}]+\s){1,3}?(?:founded|established|created|formed|set\sup|based|headquartered|led|chaired|elected|run|owned|named|called|known|listed|fined|sued|criticised|criticized|praised|accused|appointed|made\sup)\b/u;
/** "It is expected to meet again", "It is set to open in 2028": what the "It" will do is the subject's, not its object's. */
const RAISED_TO = /^It\s(?:\p{Ll}+\s){1,3}?(?:\p{Ll}+ed|due|set|likely|bound|about)\sto\s(?!(?:the|a|an|its|their|his|her)\b)\p{Ll}/u;
const OBJECT_END = /^(?:to|from|in|on|at|for|by|with|under|over|into|after|before|until|since|during|that|which|who|as|than|because|while|when|yesterday|today|tomorrow|last|next|this|earlier|later)$/;
const NOT_OBJECT_VERB = /^(?:is|was|are|were|be|been|being|has|have|had|remains?|remained|became|becomes?|said|says|told|seems?|seemed)$/;

/**
 * "The board raised the interim dividend to 3.2p. It will be paid on Jan. 15": a passive "It" after a sentence whose
 * subject acts (a body that decides, a person) on one thing, its object, is that thing: the object's words, to be
 * written in ("The interim dividend will be paid ..."). Null when the subject is itself a thing ("The draft forecasts a
 * deficit. It must be approved ...": the draft is approved), when a second thing competes ("the dividend and a
 * buyback", "a contract with the port"), when the object is a person or a plural, or for what is done to bodies
 * ("It was founded in 1987").
 */
function passiveItObject(text: string, previous: string, isPersonNoun: (word: string) => boolean): string | null {
  if (!opensWithPassiveIt(text) || BODY_PARTICIPLE.test(text) || RAISED_TO.test(text)) return null;
  // The subject acts: "The board ...", "The finance minister ...", or a person named first ("Ana Ruiz signed ...").
  const described = describedSubject(previous);
  const head = described?.split(" ").pop() ?? "";
  const person = described ? null : findNameChunks(previous).find((c) => c.kind === "person" && c.start === 0);
  if (described ? !(DECIDING_BODY.test(head) || isPersonNoun(head)) || previous.startsWith(`The ${described},`) : !person) return null;
  const rest = previous.slice(described ? `The ${described}`.length : (person?.end ?? 0));
  const words = rest.trim().replace(/[.!?]$/, "").split(/\s+/);
  let i = 0;
  if (/^(?:also|again|then|now|\p{Ll}+ly)$/u.test(words[i] ?? "")) i++;
  const verb = words[i] ?? "";
  if (NOT_OBJECT_VERB.test(verb) || !isFiniteVerb(verb, words[i - 1])) return null;
  i++;
  if (/^(?:up|out|off|down)$/.test(words[i] ?? "")) i++;
  if (!/^(?:the|a|an|its|their)$/.test(words[i] ?? "")) return null;
  const phrase: string[] = [];
  for (i++; i < words.length; i++) {
    const w = words[i] ?? "";
    const bare = w.replace(/,$/, "");
    if (OBJECT_END.test(bare)) break;
    if (!/^[\p{Ll}-]+$/u.test(bare) || bare === "and" || bare === "or" || bare === "of" || phrase.length === 4) return null;
    phrase.push(bare);
    if (w.endsWith(",")) break;
  }
  const thing = phrase.at(-1) ?? "";
  if (!thing || /[^su]s$/.test(thing) || isPersonNoun(thing) || /year-old$/.test(thing)) return null;
  // ("... to 3.2p a share": a rate's "a share" is no second thing; "a contract with the port" has one.)
  const after = words.slice(i);
  if (after.some((w, j) => /^(?:the|a|an|its|their|his|her)$/.test(w) && !/\d/.test(after[j - 1] ?? "") && /^\p{Ll}/u.test(after[j + 1] ?? ""))) return null;
  return phrase.join(" ");
}

/**
 * "The canal opened on 21 June 1895 ... It was named the Kaiser-Wilhelm-Kanal ...": an opening "It" after a sentence
 * whose subject describes one thing ("The canal", "The plant, which ...") is that thing, written in ("The canal was
 * named ..."), so that placing the sentence (place-subject.ts) judges "the canal" as it would any subject. Refused
 * for "It is the ..." and "It was X who ..." (an event or a cleft), a subject that is a person ("The 22-year-old
 * winger"), a plural, or a quotation.
 */
export function resolveSubjectIt(text: string, previous: string | null, isPersonNoun: (word: string) => boolean): string | null {
  if (!previous || /[“”"]/.test(previous)) return null;
  const it = /^It\s/.test(text) && !IDENTITY_IT.test(text);
  // "The researchers sequenced ... They then grew ...": a plural subject, people included, is what "They" means.
  const they = /^They\s/.test(text) && !IDENTITY_THEY.test(text);
  if (!it && !they) return null;
  const object = it ? passiveItObject(text, previous, isPersonNoun) : null;
  if (object) return `The ${object} ${text.slice(3)}`;
  const phrase = describedSubject(previous);
  // ("The board, which met on Monday, raised the dividend": the object is still the verb's, after the relative clause.)
  const rest = phrase ? previous.slice(`The ${phrase}`.length).replace(/^,\s(?:which|who|whose)\s[^,]+,/, "") : "";
  // ("The council approved the bridge. It is set to open in 2028": what is set to open may be the bridge.)
  if (!phrase || (it && (passiveItAfterObject(text, rest) || (RAISED_TO.test(text) && ACTS_ON_OBJECT.test(rest))))) return null;
  const head = phrase.split(" ").pop() ?? "";
  const plural = /[^s]s$/.test(head);
  if (they) return plural && !/^\d/.test(head) ? `The ${phrase} ${text.slice(5)}` : null;
  if (plural || isPersonNoun(head) || /^\d|year-old$/.test(head) || /\b(?:company|firm|group|airline|carrier)\b/.test(head)) return null;
  // ("The port approved a terminal. It will hold ...": "It" is the port only when nothing else is offered.)
  if (offersOtherThing(previous.slice(`The ${phrase}`.length), isPersonNoun)) return null;
  return `The ${phrase} ${text.slice(3)}`;
}

/**
 * "About Kestrel Mills Ltd." ... "It employs 72 people": in a section that is about a named body (a release's
 * boilerplate), an opening "It" is that body, written in. Refused for "It is the ..." (an identity) as above.
 */
export function resolveAboutIt(text: string, section: string | null | undefined): string | null {
  const name = /^About\s+(\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:(?:of|and|for|the)\s+)?[\p{Lu}&][\p{L}\p{N}.&’'-]*){0,6})\s*$/u.exec(section ?? "")?.[1];
  if (!name || !/^It\s/.test(text) || IDENTITY_IT.test(text)) return null;
  return `${name} ${text.slice(3)}`;
}

/** "The team sampled ...", "Researchers from the University of Bergen sequenced ...": a subject that is the study's researchers. */
const RESEARCH_SUBJECT = /^(?:(?:The|the|Our|A|An)\s)?(?:[\p{L}-]+\s)?(?:[Rr]esearchers|[Ss]cientists|[Tt]eam|[Aa]uthors)(?:\s|$)/u;
/** What a study's researchers do in a paragraph of its own: "They found that ...", "They estimate that ...". */
const FINDING_VERB = /^They\s(?:also\s|then\s|now\s)?(?:found|find|estimate|estimated|calculated|measured|concluded|conclude|reported|report|showed|show|suggest|suggested|recorded|observed|counted|sampled|surveyed|sequenced|analysed|analyzed|compared|tracked)\b/;

/** "They were bleached in 2023", "They had been tagged ...": a They that is or undergoes something is what was studied. */
const THEY_UNDERGO = /^They\s(?:[a-z]+ly\s|also\s|then\s|now\s|still\s)?(?:were|are|was|is|have been|had been|has been|will be|would be|remain|remained|became|become)\b/;
/** What researchers do to what they study, beyond FINDING_VERB: "They then froze the cores", "They tagged ...". */
const RESEARCH_ACT = /^They\s(?:also\s|then\s|now\s|later\s|first\s)?(?:collected|gathered|kept|stored|froze|thawed|tested|exposed|placed|used|drilled|tagged|weighed|interviewed|monitored|modelled|modeled|simulated|examined|studied|identified|mapped|extracted|treated|divided|repeated|fitted|released|trained|ran|built|combined|reviewed|screened)\b/;

/** Whether a They written as the researchers says what they did, so that the next opening They is them too. */
export function carriesResearchers(text: string): boolean {
  return FINDING_VERB.test(text) || RESEARCH_ACT.test(text);
}

/**
 * "The team collected samples from 1,240 colonies. They then kept fragments in tanks ...": in a story about one study
 * (`study`, story-referents.ts), an opening They after a sentence whose subject is its researchers (or was written as
 * them), or opening a paragraph with what researchers do ("They found that ..."), is the researchers: written in as "The
 * researchers", which place-subject.ts then says whose. Null otherwise ("They were the first ...", any other plural),
 * and for a They that is or undergoes something ("They were bleached in 2023"): that is what they studied.
 */
export function resolveResearchersThey(text: string, previous: string | null, previousWasResearchers: boolean, study: boolean): string | null {
  if (!study || !/^They\s/.test(text) || IDENTITY_THEY.test(text) || THEY_UNDERGO.test(text)) return null;
  const researchersBefore = previous !== null && (previousWasResearchers || RESEARCH_SUBJECT.test(previous.replace(/^(?:In|On|During|After|By|Since|Last|Back|Over|For)\s[^,]{1,60},\s+/, "")));
  if (!researchersBefore && !(previous === null && FINDING_VERB.test(text))) return null;
  return `The researchers ${text.slice(5)}`;
}

/** "She noted that ...", "He told an audience in Luanda that ...": a speaker, then what was said. */
// Only neutral verbs: what was argued, warned of, estimated or stressed is a claim, which true/false must not state as fact.
const SPEAKER_PRONOUN = /^(?:He|She)\s(?:also\s)?(?:(?:said|says|noted|notes|added|adds|pointed out|points out|explained|recalled)(?:\sthat)?|told\s[^,;“”"]{1,60}?\sthat)\s(?=\S)/;
/** A reported clause whose subject points elsewhere in turn: "She said she hoped ...", "He added that it would ...". */
const POINTING_SUBJECT = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their|our|my|[“"‘'])/i;

/**
 * "She noted that textiles and clothing already employed about 40,000 people in Lesotho": when the speaker is not
 * known (resolveSubjectPronoun found no one), the fact is in what was said, whose own subject names it. That clause
 * is the sentence its facts are asked from ("Textiles and clothing already employed ..."), placed like any other;
 * null when the sentence does not open so, or the reported clause opens with a pronoun or a quotation.
 */
export function reportedClause(text: string): string | null {
  const frame = SPEAKER_PRONOUN.exec(text);
  if (!frame) return null;
  const clause = text.slice(frame[0].length);
  if (POINTING_SUBJECT.test(clause) || /[“”"]/.test(clause)) return null;
  // "She said the racks were built ..., and that each cradle is bolted ...": the second "that" was the speaker's too;
  // without the speaker it reads as a demonstrative or not at all (strict read U0 #25), so it goes with them. ("and
  // that was ...", "and that is ..." keep it: there it is the demonstrative itself.)
  const own = clause.replace(/(,?\s+(?:and|but))\s+that\s+(?!(?:is|was|would|will|has|had|means|meant)\b)(?=\p{L})/gu, "$1 ");
  return `${own.charAt(0).toUpperCase()}${own.slice(1)}`;
}
