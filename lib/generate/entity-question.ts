import { MONTHS, WEEKDAY_SOURCE } from "./calendar-names";
import {
  DISCOURSE,
  M,
  TRAIL_ATTRIBUTION,
  finish,
  invert,
  lowerFirst,
  parseClause,
  resolvePronoun,
  splitCoordinated,
  stripLeadAdjunct,
  trimRest,
  upperFirst,
  type QuestionContext,
} from "./build-question";
import { stripDateline } from "./datelines";
import { resolveRelativeDates } from "./resolve-dates";
import { nationalityIn } from "./find-entity-facts";
import { isFiniteVerb, lexiconTags } from "./tag-words";

const PREPOSITION = /^(?:to|in|from|at|into|near|across|throughout|with|of|for|by|against|on|about|over|between|under)$/;
// A name inside a subordinate clause or a trailing phrase is not what the main clause asserts.
const SUBORDINATE = /\b(?:that|which|who|whose|where|when|after|before|because|although|though|once|until|unless|if|as|including)\b/;

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const LEADING_VALUE_RE = new RegExp(`^(?:the\\s+)?${M}\\s*`);

/**
 * A wh-question asking for the named entity at [start, end) of `sentence` by what it is (`noun`: "German drugmaker",
 * "city"): as the subject ("Which Russian transport company launched ...?") or as an object ("To which city did
 * Vietnam and Russia open a direct shipping route ...?", "Which German drugmaker did Veltrax set aside CHF 420
 * million to cover a patent dispute with?"). `from` widens the span to the words naming it ("the German drugmaker
 * Stalberg"); an appositive after it (", a Danish gene therapy company ...") is dropped. Null when the entity is not
 * in the main clause or the clause's subject cannot be named.
 */
/** The subject is the name alone, or "the Russian transport company M", with "in Chicago" or "on Monday" after it. */
const WHOLE_SUBJECT = new RegExp(String.raw`^(?:(?:the|The)\s(?:(?!(?:in|of|at|on|for|from|to|with|by|near|around|outside|inside|along|across|beyond|off)\s)[a-z][\w’'-]*\s){0,3})?\u0001((?:\sin\s\p{Lu}[\p{L}-]*)?)(?:\son\s(?:${WEEKDAY_SOURCE}))?$`, "u");

export function entityQuestion(sentence: string, span: { from: number; start: number; end: number }, noun: string, ctx: QuestionContext): string | null {
  // "a team from Ankara University" read as a place: "From which city ...?" has no right answer among cities.
  if (/^(?:city|country|town|region|province|state|capital|island|village|district)$/.test(noun) && /\b(?:University|Institute|College|Museum|School|Foundation|Agency|Ministry|Bank|Corp|Inc|Ltd|Association|Council|Centre|Center)\b/.test(sentence.slice(span.start, span.end))) return null;
  let after = sentence.slice(span.end);
  // "made 96 in Australia’s first innings": the name is an owner inside a phrase, not what the phrase is.
  if (/^['’]s?\s/.test(after)) return null;
  // "the European Space Agency (ESA)": the acronym is the answer's own.
  after = after.replace(/^\s*\([^)]*\)/, "");
  // ", a Danish gene therapy company it agreed to buy last December for €2.3 billion." describes the answer.
  after = after.replace(/^,\s+(?:a|an|the)\s[^,]*(,|(?=[.!]?$))/, "$1");
  // "The project, known as Harmony Way 2, would run ...": the comma closing an apposition the span opened closes it too.
  if (/,\s(?:also\s)?(?:known\sas|called|dubbed)\s/.test(sentence.slice(span.from, span.start))) after = after.replace(/^,\s+/, " ");
  // "near the town of Huye, formerly Butare, ...": another name for the answer is no part of the question.
  after = after.replace(/^,\s+(?:formerly|previously|now|also called|also known as|known as)\s[^,]*(,|(?=[.!]?$))/, "$1");
  // "X and M", "between M and X": one of two cannot be asked for alone.
  const coordinated = /^\s+(?:and|or)\s+(.*)$/.exec(after);
  // ("M and Vietnam was one of ..." joins two clauses, and is cut below.)
  if ((coordinated && !parseClause(coordinated[1] ?? "")) || /\b(?:and|or|between)\s+(?:the\s+)?$/.test(sentence.slice(0, span.from))) return null;
  // "ABUJA (PWS) - ", "VALENCIA, Spain — ": datelines in the forms wire services use.
  let text = stripDateline(`${sentence.slice(0, span.from)}${M}${after}`);
  text = resolveRelativeDates(text, ctx.publishedAt).replace(/\s+/g, " ").trim().replace(/[.!]$/, "");
  const tail: string[] = [];
  const trail = TRAIL_ATTRIBUTION.exec(text);
  if (trail && !trail[0].includes(M)) {
    const who = (trail[1] ?? trail[2] ?? "").trim();
    // "..., the airline said": the airline is the answer's own; a named source is kept.
    if (/^\p{Lu}/u.test(who) && !/^(?:He|She|They|It|We|I)$/.test(who)) tail.push(`according to ${who}`);
    text = text.slice(0, trail.index);
  }
  text = text.replace(DISCOURSE, "");
  // "X opened a route ... while the Russian transport company TransContainer launched ...": the half holding the name.
  const clauses = text.split(/;\s+|,?\s+(?:while|whereas)\s+|,\s+but\s+/);
  let clause = clauses.find((c) => c.includes(M)) ?? text;
  clause = upperFirst(clause.trim());
  // "While Russia’s oil exports ...": a subordinate clause first leaves no main clause to invert.
  if (/^(?:While|Although|Though|If|When|As|Because|Since|Whereas|Unless)\s/.test(clause)) return null;
  const wh = noun ? `which ${noun}` : "who";
  const stripped = stripLeadAdjunct(clause);
  const adjunct = stripped.adjunct;
  if (adjunct?.includes(M)) return null;
  if (adjunct) tail.unshift(adjunct.replace(/^\p{Lu}\p{Ll}*/u, (w) => (/^(?:In|On|At|As|Since|During|After|Before|By|From|Over|Until|Following|Amid)$/.test(w) ? w.toLowerCase() : w)));
  // "Among Russian companies that took part ... was top Russian meat producer M" -> "Which top Russian meat producer
  // was among Russian companies that took part ...?"
  const among = /^Among\s+([^,\u0001]+?)\s+(was|were)\s+\u0001$/.exec(stripped.clause);
  if (among) return finish(`${upperFirst(wh)} ${among[2]} among ${among[1]}`, tail);
  // "Aeroflot resumed flights to M and Vietnam was one of ...": the half holding the name.
  const core = splitCoordinated(stripped.clause);
  const p = parseClause(core);
  if (!p) return null;
  // "The plant in Ninh Thuan province will cost US$10 billion" -> "In which province is the plant that will cost ...?"
  // ("The plant near M will cost ..." -> "Near which place is the plant that will cost ...?")
  const located = /^(?:the|The)\s((?:[a-z][\w-]*\s){0,2}[a-z][\w-]*)\s+(in|near)\s+\u0001$/.exec(p.subject);
  const locatedRest = located ? trimRest(p.rest) : null;
  if (located && locatedRest?.kind === "unsureList") return null;
  if (located && locatedRest?.kind === "rest" && !locatedRest.text.includes(M)) return finish(`${located[2] === "near" ? "Near" : "In"} which ${noun} is the ${located[1]} that ${p.verbGroup.join(" ")} ${locatedRest.text}`, tail);
  if (p.subject.includes(M)) {
    // Only the whole subject: "the Russian transport company M", not "M's exports" or "Vietnam and M".
    // "District Judge M in Chicago approved ...": a place after the name stays with the wh-phrase.
    // ("The project near M is expected to cost ...": the subject is the project, not the place near it.)
    const whole = WHOLE_SUBJECT.exec(p.subject);
    if (!whole) return null;
    const rest = trimRest(p.rest);
    if (rest.kind === "unsureList" || rest.text.includes(M)) return null;
    return finish(`${upperFirst(wh)}${whole[1] ?? ""} ${p.verbGroup.join(" ")} ${rest.text}`, tail);
  }
  // "signed four licensing deals in the quarter, including a $750 million agreement with M": the part naming M.
  const trimmed = trimRest(p.rest.replace(/^[^,\u0001]*,\s+including\s+(?=[^,]*\u0001)/, ""));
  if (trimmed.kind === "unsureList") return null;
  let rest = trimmed.text;
  const at = rest.indexOf(M);
  if (at < 0 || SUBORDINATE.test(rest.slice(0, at)) || /[“”"]/.test(rest)) return null;
  // "agreed to increase flights ... and to let workers stay in M": the name belongs to a second infinitive.
  if (/\band\s+to\s+[a-z]+\b/.test(rest.slice(0, at))) return null;
  // "In 2015 Brazil recalled its ambassador to M": a time with no comma after it is read into the subject, and the
  // question would say "did in 2015 Brazil recall" (strict read genq-4 item 20).
  if (/^(?:In|On|At|During|After|Before|By|From|Since|Until|Over|Under|For|With|As)\s/.test(p.subject)) return null;
  const subject = resolvePronoun(p.subject, ctx);
  // "Most recently, Vietnam ...": a subject with a comma is not one.
  // ("most of that came from ...": "that" is a sentence the learner does not see.)
  if (!subject || /\b(?:he|she|they|it|we|I)\b/i.test(subject) || /\b(?:that|this|these|those)$/i.test(subject) || subject.includes(",")) return null;
  // The name must hang on the main verb: not on a noun ("the supply of arms to M", "the start of the war in M") nor
  // in a reported clause ("say Korean companies planned to invest ... in M", "told CNA they are turning to M").
  const lead = rest.slice(0, at).trim().split(/\s+/);
  lead.pop();
  if (lead.some((w, i) => /^(?:of|regarding|about|concerning|for|on|into|they|he|she|it|we|you)$/i.test(w) || isFiniteVerb(w, lead[i - 1]))) return null;
  // "The Port of Kotor is a joint stock company majority-owned by M": after "is", a noun phrase before the name's
  // preposition is what the name qualifies; "By which municipality is ... a company majority-owned?" is no question.
  // ("is expanding its port in M", "is due to visit M" are verbs of their own, and stay.)
  if (p.verbGroup.length === 1 && /^(?:is|are|was|were)$/.test(p.verbGroup[0] ?? "") && lead.length >= 2 && /^(?:a|an|the|its|his|her|their|this|that|one|[\d.,]+)$/i.test(lead[0] ?? "")) return null;
  // ("The electricity is certified renewable supply from a solar park near M": a bare noun phrase of a fact box's
  // line is the same; "Near which place is the electricity certified renewable supply ...?" is no question.)
  // (The parser may take "is certified" for a passive; a noun phrase still follows it before the name's preposition.)
  if (p.verbGroup.length <= 2 && /^(?:is|are|was|were)$/.test(p.verbGroup[0] ?? "") && lead.length >= 3 && !PREPOSITION.test(lead[0] ?? "") && !lead.some((w) => /ing$|^(?:due|to|set|about|able|likely|by)$/.test(w))) return null;
  // "came from a pilot plant at M": a second preposition before the name hangs it on that phrase's noun.
  // ("build a depot at the bus garage in M" may still be asked: "in" tells where the whole is; "the town of M" is M.)
  if (lead.length > 1 && /^(?:from|into|with)$/i.test(lead[0] ?? "") && PREPOSITION.test(/(\S+)\s+(?:the\s+)?$/.exec(rest.slice(0, at))?.[1] ?? "") && !new RegExp(`\\bthe\\s+${noun}\\s+of\\s+$`).test(rest.slice(0, at))) return null;
  const inverted = invert(p, lowerFirst(subject, ctx.midSentenceNames));
  if (!inverted) return null;
  const prep = /(?:^|\s)([a-z]+)\s+(?:the\s+)?$/.exec(rest.slice(0, at))?.[1] ?? "";
  // "the four members elected in M and the Faroe Islands could decide ...": a second verb after the name means the
  // clause was misread.
  // "held in Moscow in April and in Hanoi, as well as in Ha Long": one of several places has no one answer.
  if (/\b(?:and|or)\s+in\b|\bas well as\b/.test(rest)) return null;
  const modalAfter = /^[^,]*?\b(?:could|would|will|can|may|might|must|should)\s/.test(after);
  if (/\b(?:could|would|will|can|may|might|must|should|is|are|was|were)\s/.test(rest.slice(at)) || (modalAfter && p.verbGroup.length === 1 && /ed$/.test(p.verbGroup[0] ?? ""))) return null;
  let question: string;
  // "finish" refuses a question ending in a preposition, so it moves to the front: "Of which ... did X complete the
  // purchase?", "To which city did ... open a route ...?"
  if (PREPOSITION.test(prep)) {
    // "travel on to M": the particle goes with the preposition.
    rest = rest.replace(new RegExp(`\\s*(?:\\bon\\s+)?\\b${prep}\\s+(?:the\\s+)?${M}`), "");
    question = `${upperFirst(prep)} ${noun ? wh : "whom"} ${inverted} ${rest}`;
  } else if (at === 0 || /^(?:the\s+)?$/.test(rest.slice(0, at))) {
    rest = rest.replace(LEADING_VALUE_RE, "");
    question = `${upperFirst(wh)} ${inverted} ${rest}`;
  } else return null;
  if (question.includes(M)) return null;
  return finish(question, tail);
}

// Roles a team or body has many of, or that name no office: "Who was the Olympiacos forward?" has several answers.
const NOT_ONE_OF_A_KIND = /^(?:member|members|official|spokesperson|spokesman|spokeswoman|player|forward|guard|centre|center|winger|wing|hooker|prop|flanker|lock|fly-half|scrum-half|full-back|back|defender|midfielder|striker|goalkeeper|pitcher|batter|researcher|scientist|professor|analyst|economist|engineer|lecturer|fellow|expert|student|teacher|consultant|doctor|lawyer|resident|worker|[a-z]+ist)$/i;
const OFFICE_HEAD = /^(?:president|minister|premier|chancellor|governor|mayor|ambassador|secretary|chairman|chairwoman|chair|director|director-general|executive|ceo|officer|coach|captain|manager|commissioner|treasurer|judge|justice|chief|head|leader|king|queen|speaker)$/i;

/**
 * "Uzbek Transport Minister Dilnoza Karimova", "Pakistan's Prime Minister Faisal Durrani", "Olympiacos coach Rafael
 * Otero": a title written before the name that says whose it is (a nationality, a country's, a club's name) has one
 * holder at one time -> "Who was the Uzbek Transport Minister in September 2026?". A role many hold ("winger"), one
 * with no owner ("managing director": of which company?) or held at another time ("former", a year not the
 * article's) is not asked. `nameStart` is where the name begins in `sentence`.
 */
export function roleQuestion(sentence: string, nameStart: number, publishedAt: Date | null): string | null {
  if (!publishedAt) return null;
  const before = sentence.slice(0, nameStart).replace(/\s+$/, "").split(/\s+/);
  const role: string[] = [];
  while (before.length > 0) {
    const w = before[before.length - 1] ?? "";
    const capitalised = /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
    // "Olympiacos coach", "managing director": lower-case role words only at the end, right before the name.
    const roleWord = /^[a-z][a-z-]+$/.test(w) && role.every((r) => /^[a-z]/.test(r)) && (OFFICE_HEAD.test(w) || /^(?:head|managing|chief|executive|deputy|vice|prime|general|assistant)$/.test(w));
    if (!capitalised && !roleWord) break;
    role.unshift(before.pop() ?? "");
  }
  // A capitalised sentence opener ("The", "By") is not part of the title.
  while (role.length > 0 && /^(?:The|A|An|By|With|Under|For|From|As|After|And|But|In|On|At|Then)$/.test(role[0] ?? "")) role.shift();
  if (role.length < 2 || role.length > 6 || /^(?:former|ex|then|late|acting|outgoing|incoming|interim)$/i.test(before[before.length - 1] ?? "")) return null;
  const head = (role[role.length - 1] ?? "").replace(/[^\p{L}-]/gu, "");
  if (!OFFICE_HEAD.test(head) || NOT_ONE_OF_A_KIND.test(head)) return null;
  // Whose: a nationality ("Uzbek"), a country's ("Pakistan's") or a name before a lower-case role ("Olympiacos coach").
  const first = role[0] ?? "";
  // ("Uzbek", which no word list knows, is a name: a word neither the lexicon nor the role words know, not a plural
  // like "Railways".)
  const tags = lexiconTags(first.replace(/[^\p{L}-]/gu, ""));
  // (A word with a common noun's ending, "Environment", "Education", "Agriculture", names a portfolio, not an owner.)
  const unknownName = tags.length === 0 && !/(?:s|ment|tion|sion|ure|ity|ance|ence|ship|ing|ism|ry|cy)$/.test(first) && !OFFICE_HEAD.test(first);
  const owned = /['’]s$/.test(first) || nationalityIn(first) !== null || tags.some((t) => /Demonym|Country|City|Place/.test(t)) || unknownName || (/^\p{Lu}/u.test(first) && /^[a-z]/.test(role[1] ?? "") && !OFFICE_HEAD.test(first));
  if (!owned) return null;
  // A sentence about another time may give a title held then ("President X ... in December 2021").
  const year = publishedAt.getUTCFullYear();
  const years = [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].map((y) => Number(y[0]));
  if (years.some((y) => y !== year) || /\b(?:former|ex-|then-|last year|late)\b/i.test(sentence)) return null;
  const title = role.join(" ");
  return `Who was ${/['’]s$/.test(first) ? "" : "the "}${title} in ${MONTHS[publishedAt.getUTCMonth()]} ${year}?`;
}
