import { MONTH_NAME_SOURCE, WEEKDAY_SOURCE } from "./calendar-names";
import { remembered } from "./remembered";
import { questionFormClass } from "./question-form";
import { isFiniteVerb, isPastParticiple } from "./tag-words";

/**
 * Questions whose wording came out broken, so only the fact's cloze and true/false items (the sentence as written)
 * may carry it. Built from a sentence the clause parser misread: "In which year did the number of visitors barely
 * flinched: 2.3 million foreign tourists arrive?" (a colon's two clauses taken as one, strict read E0 #40 / E1 #35),
 * "In which year did a pilot corridor plant by villagers near the town of Morondava is now used by lemurs?" (a
 * participle read as the verb, leaving the real verb behind: self-read genpr-0), "What with a deposit did two years
 * later Hungary follow?" and "... does the delegation include executives and from Pagora?" (self-read genpr-d1).
 */

/** A colon or semicolon inside a question joins two clauses ("10:30" is a time; "three things: a, b" is a list). */
const CLAUSE_BREAK = /;|:(?!\d)(?![^?]*,)/;
/** After do-support ("did", "does") the verb is bare: a finite "is" or "was" after it is a second clause's. */
const DID_THEN_FINITE = /^(?:[^?]*?\s)?(?:did|does|do)\s(?:(?!\b(?:that|which|who|whose|where|when|because|after|before|while|as|if|say|said)\b)[^?,])*?\s(?:is|are|was|were)\s/;
/** A quoted title ("What does ... stand for in “Paying at the border: how ...”?") is not the question's wording. */
const QUOTED = /“[^”]*”/g;

/** "What with a deposit did ...?", "What for an increase had ...?": a wh-word takes no preposition straight after it. */
const WH_THEN_PREPOSITION = /^(?:(?:What|Which)\s+(?:with|of|to|from|by|at|on|in|for)|Who\s+(?:with|of|to|from|by))\s/;
/** "did two years later Hungary follow": a time phrase between do-support and the subject. */
const TIME_AFTER_DID = /\b(?:did|does|do)\s+(?:(?:\S+\s+)?(?:years?|months?|weeks?|days?)\s+(?:later|earlier|ago)|(?:within|after|over|for|in)\s+(?:the\s+)?(?:\S+\s+)?(?:years?|months?|weeks?|days?))\b/;
/**
 * "How much does Coral Deep Minerals Ltd. owe in fees and made no survey ...?": do-support turned the first verb of a
 * coordinated predicate but left the second in the past tense.
 */
const DID_AND_PAST = /\b(?:did|does|do)\s[^?]*?\sand\s(?:also\s)?(?:(?!(?:need|exceed|proceed|succeed|embed|shed|feed|speed|breed|bleed|seed|heed)\b)\p{Ll}{3,}ed|broke|began|became|took|made|won|lost|went|came|saw|paid|sold|built|bought|brought|held|left|met|spent|told|wrote|gave|got|kept|fell|rose|grew|ran|chose|drew|flew|had|was|were)\s+(?:no|the|a|an|its|their|his|her|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\b)/u;
/**
 * "How many teachers did Fatmata Kamara calculates that ...?", "By what fraction does fuel cost fell ...?": after
 * do-support a finite verb ("calculates", "fell") shows the clause was not turned (sample sound-1 of batches h-j).
 */
const DID_THEN_TENSED = /\b(?:did|does|do)\s+(?:(?!(?:who|that|which|whose|the|a|an)\b)[\p{L}’'-]+\s){1,3}(?:[a-z]+s\s+that|fell|rose|grew|dropped|jumped|climbed|increased|decreased|declined)\b/u;
/**
 * "How many tonnes of the did Peru ship fruit?": a determiner or preposition left before do-support; "How many before
 * he was did Ames make stumped ...?": a clause's verb left before it (strict read H1's cricket report).
 */
const WORD_BEFORE_DID = /\b(?:the|a|an|of|its|their|is|are|was|were|been)\s+(?:did|does|do)\b/;
/** "... include executives and from Pagora?": a coordination left with one side. */
const DANGLING_AND = /\band\s+(?:from|of|to|in|at|by|with)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*\?$/u;

/** "What percentage of their eggs do that the most inbred females lose?": do-support before a complementiser. */
// ("To what amount did that licence fees pay ... rose": nor before a plural, which a demonstrative "that" never takes; lane
// precision15. "did that figure rise", "did that process end" are sound.)
const DO_THAT = /\b(?:do|does|did)\s+that\s+(?:(?:the|a|an|its|their)\b|(?:\p{Ll}+\s+)?\p{Ll}+[^sui’'\s]s\s)/u;
/**
 * "How much did sales to Asia grow from a year earlier and now account for about a sixth of revenue?" (strict read Y0
 * #29, lane precision15): a second predicate, which states a fact of its own now, left after the one asked about.
 */
const AND_NOW_PREDICATE = /\b(?:did|does|do)\s[^?]*?\sand\s+(?:now|today|still)\s+\p{Ll}+\s/u;
/**
 * "By which institute did a study publish this autumn of the Siberian Branch of the Russian Academy ...?" (strict read
 * AS1-core #37): a time phrase takes no "of" and a name after it, so the "of the ..." is the tail of a name the
 * question moved away from it. Checked only for a body's or place's fact whose sentence shows a tail after the key:
 * "What share did the region take last year of the European market?" and "... this year for the Olympic Games in
 * Paris?" are sound.
 */
const TIME_THEN_NAMES_OF = /\b(?:did|does|do)\s[^?]*?\s(?:this|last|next)\s(?:week|month|year|spring|summer|autumn|fall|winter|season|weekend)\sof\s(?:the\s)?\p{Lu}/u;
/** The rest of a name right after the moved one: "of the Siberian Branch", "for Fiscal Studies". */
const NAME_TAIL = /^\s(?:of|for)\s(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s(?:of\s|for\s|and\s|the\s)*\p{Lu}[\p{L}'’-]*)*/u;
/** A place's name goes on only with "of" ("the Republic of Korea"), never with "for". */
const PLACE_NAME_TAIL = /^\sof\s(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s(?:of\s|and\s|the\s)*\p{Lu}[\p{L}'’-]*)*/u;

/**
 * A body's or a place's name that goes on in the sentence after the span asked for ("the Institute of Computational
 * Modelling| of the Siberian Branch ..."), its tail left in the question apart from the wh-phrase: the key is a piece
 * of the name. (A person's "of the University of Otago" says where they work: not checked here.)
 */
function nameTailLeftBehind(question: string, fact: { sentence: string; span: [number, number] | null; kind?: string }): boolean {
  if (!fact.span || (fact.kind !== "organisation" && fact.kind !== "place")) return false;
  // (A place's name goes on only with "of": "Cancun for the Christmas season" is a purpose, not "Cancun for ...".)
  const tail = (fact.kind === "place" ? PLACE_NAME_TAIL : NAME_TAIL).exec(fact.sentence.slice(fact.span[1]))?.[0].trim();
  if (!tail) return false;
  if (TIME_THEN_NAMES_OF.test(question)) return true;
  const at = question.indexOf(tail);
  // ("Which institute of the Siberian Branch ... published ...?": the tail still right after the wh-phrase reads.)
  return at > 0 && !/^(?:(?:By|From|To|In|At|With|For|Of)\s)?(?:[Ww]hich|[Ww]hat)\s(?:[\p{Ll}-]+\s){1,3}$/u.test(question.slice(0, at));
}

/** "... visit Canada in the first half of, according to ...": a preposition left without its object. */
const STRANDED_OF = /\b(?:half|part|end|start|beginning|middle|rest|quarter)\s+of\s*[,?]/;
/** "Who is Association’s president?": an organisation's head noun used as a name, without "the". */
const HEAD_NOUN_AS_NAME = /^(?:Who|What)\s+(?:is|was)\s+(?:Association|Authority|Board|Commission|Committee|Company|Council|Federation|Union|Ministry|Agency|Department|Institute|Society|Foundation|Bank|Court|Centre|Center|Group|Club|Party)[’']s\b/;
/** "How many megavolt-amperes is the capacity (MVA), ...": the unit's abbreviation left behind where the unit was. */
function strandedUnitAbbreviation(question: string): boolean {
  const m = /^How many (\S+)\s(.+?)\s\((\p{Lu}{2,6})\)/iu.exec(question);
  return !!m && m[3]?.charAt(0) === m[1]?.charAt(0).toUpperCase();
}

/**
 * "From which nature reserve did researchers take cores ..., in the south to the Cedars grove in the north?": one end
 * of a range "from A in the south to B in the north" fronted, which leaves the other end's words dangling (strict
 * read H1 #50). A plain "from A to B" ("From which port did the ship sail to Lagos?") reads well.
 */
function oneEndOfRange(asked: string, fact: { sentence: string; span: [number, number] | null }): boolean {
  const end = /^(From|To)\s+(?:which|what)\b/i.exec(asked)?.[1]?.toLowerCase();
  if (!end || !fact.span) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  const after = fact.sentence.slice(fact.span[1]);
  // (The span's own end of the range, then what stands between it and the other end.)
  if (end === "from") return /\bfrom\s+(?:the\s+)?$/.test(before) && /^\s+(?![Tt]o\b)[^,;.]{1,60}?\s+to\s/.test(after);
  const from = /\bfrom\s+([^,;.]{1,80}?)\s+to\s+(?:the\s+)?$/.exec(before);
  return from !== null && (from[1] ?? "").split(/\s+/).length > 4;
}

/**
 * "Who was the Tunisian coach in November 2026?", "Who was the Emirati operator in November 2026?": a nationality
 * where the team or body should be, with the article's month put in its place, reads as if there were one Tunisian
 * coach (strict read H1 #15: JS Kabylie's coach). "Who was the Fiji head coach ...?" names the team, and "Who was
 * the Polish prime minister ...?" a country's own office: both stay.
 */
const WHO_BY_NATIONALITY = /^Who (?:is|was) the (?:\p{Lu}\p{Ll}+(?:ian|ean|can|ese|ish)|Emirati|Kuwaiti|Omani|Saudi|Iraqi|Qatari|Bahraini|Yemeni|Pakistani|Bangladeshi|Israeli|Somali|Azerbaijani|Nepali|Thai|Swiss|French|Dutch|Greek)\s+(?:head\s+|assistant\s+)?(?:coach|manager|captain|player|striker|goalkeeper|operator|investor|partner|contractor|developer|lender|buyer)\s+in\s+\p{Lu}\p{Ll}+\s+\d{4}\?$/u;

/**
 * "In which year is Sanad Recycling a Bahraini company founded ...?" (strict read I1 #43): the copula of "X is a company
 * founded in 2023" kept, with the predicate noun left after the subject. ("In which year was Sanad founded?" reads.)
 */
const COPULA_THEN_PREDICATE_NOUN = /^(?:In which|On what|When|By which|Since which)\b[^?]*?\b(?:is|are|was|were)\s+\p{Lu}[^?]*?\s(?:a|an)\s+(?:[\p{L}-]+\s){0,4}(?:founded|established|created|formed|set up|incorporated|registered)\b/u;

/**
 * "In which city did summary of reasons deliver by Justice Whitlam ...?": a passive ("delivered by ...") read as an
 * active verb after do-support, its agent left behind (sample sound-2 of batches 11-11g). A "by" before a date or a
 * figure ("win by Friday", "rise by 5%") is no agent.
 */
const DID_THEN_PASSIVE_AGENT = new RegExp(String.raw`\b(?:did|does|do)\s+[^?]+?\s(\p{Ll}+)\s+by\s+(?:the\s+)?(?!(?:${WEEKDAY_SOURCE}|${MONTH_NAME_SOURCE}|Q\d)\b)\p{Lu}`, "u");

/** The bare verb of a passive misread ("deliver by"); a participle ("the case brought by") or a noun ("surveys by") is none. */
function passiveAgentAfterDid(question: string): boolean {
  const verb = DID_THEN_PASSIVE_AGENT.exec(question)?.[1] ?? "";
  // ("run", "set", "cut": participles written as their bare verb.)
  return verb !== "" && !/s$/.test(verb) && !isPastParticiple(verb) && !/^(?:run|set|put|cut|hit|let|shut|spread|cast|cost|bid|hurt|quit|read|split|come|become|overcome)$/.test(verb);
}

/**
 * "In which year did warned that the El Niño expect could push ...?" (strict read K0 #10): a past tense right after
 * do-support, where the bare verb or the subject should stand, with a clause or object after it. ("did need", "did
 * exceed" end in -ed as bare verbs; "does recycled aluminium need" is a participle before its noun.)
 */
const DID_THEN_PAST = /\b(?:did|does|do)\s+(?!(?:need|exceed|proceed|succeed|embed|shed|feed|speed|breed|bleed|seed|heed|wed|bed)\b)\p{Ll}{3,}ed\s+(?:that|the|a|an|to|its|their|his|her)\b/u;
/** "In which year does the yard broke even ...?" (strict read K0 #33): a subject, then a past tense where the bare verb should be. */
const DID_SUBJECT_THEN_PAST = /\b(?:did|does|do)\s+(?:the|a|an|its|their|this)\s+(?:(?!(?:that|which|who|whose)\b)[\p{L}-]+\s){1,2}(?:broke|began|became|took|made|won|lost|went|came|saw|paid|sold|built|bought|brought|held|left|met|spent|told|wrote|gave|got|kept|fell|rose|grew|ran|chose|drew|flew)\b/u;
/**
 * "To what amount do the Board resolves to raise the fine ...?": a decision joined to its lead-in ("The Board resolves:"
 * + "2. To raise ...") keeps the lead-in's finite verb inside the subject after do-support.
 */
const DID_SUBJECT_THEN_S_VERB_TO = /\b(?:did|does|do)\s+(?:the|a|an|its|their|this)\s+(?:(?!(?:that|which|who|whose)\b)[\p{L}-]+\s){1,3}(?:resolves|decides|agrees|undertakes|pledges|intends|plans|wants|hopes|aims|seeks|expects|proposes|promises|vows)\s+to\s/u;
/**
 * "How many clubs does it also means the title race have?": after "do" and a pronoun the verb keeps its -s. Base verbs
 * in -ss or -us ("does it pass", "does it focus") are left alone. (After a name the -s word is as often a plural noun of
 * the subject, "did Acme shares rise", so only the pronoun is read.)
 */
const DID_PRONOUN_THEN_S_VERB = /\b(?:does|do|did)\s+(?:it|he|she|this|that)\s+(?:(?:also|still|now|only|\p{Ll}+ly)\s+)?(?!(?:is|was|as|thus|this|his|its)\b)\p{Ll}+[^\Wsu]s\b/u;
/** "... did Kuwait open an embassy in Nouakchott only?" (strict read H0 #12): "only" stranded from "only in 2019". */
const STRANDED_ONLY = /\sonly\?$/;
/** "In which year was About Maluti Fibre ... founded?" (strict read H0 #41): a section heading ("About X") fused in. */
const HEADING_FUSED = /.\sAbout\s\p{Lu}/u;
/**
 * "How many clean sheets did have keep?" (from "Gazelle have conceded ..., and have kept seven clean sheets", a
 * sports read of batch 2026-11m): "did" takes its subject next, and no subject is "have" or "was" ("did they have to
 * pay" is not this).
 */
const DID_WITHOUT_SUBJECT = /\b(?:did|does|do)\s+(?:have|has|had|be|been|is|are|was|were)\s+(?!to\b)\p{Ll}/u;

/**
 * "How many jobs does when a mill promise to a town of 9,000?" (from "When a mill promises 1,200 jobs to a town of
 * 9,000, the council listens"), "On what date did between 1971 and 1979 the first frost come?": a subordinate clause
 * or a lead phrase taken as the subject. No subject opens with a subordinator; a conditional's figure is no fact to
 * ask about anyway, so the question is withdrawn rather than rebuilt. ("did after-school clubs enrol" and "did AS Pirae have", a club, are subjects.)
 * After a copula only the words that must open a clause count: "Which mill was once the valley's largest employer?",
 * "How many of the pickers were between 18 and 25?" and "Who was until 2024 the chief executive?" read (review 30
 * finding 7).
 */
const SUBORDINATOR_AS_SUBJECT = /\b(?:did|does|do)\s+(?:when|whenever|if|as|because|although|though|while|whilst|whereas|after|before|since|unless|until|once|between|during|despite|amid)\s(?!(?:well|much|many|long|soon|far)\s+as\b)|\b(?:is|are|was|were)\s+(?:when|whenever|if|because|although|though|whereas|unless)\s/;

/** Capitalised words that open a sentence or a phrase without being part of the name after them. */
const NOT_NAME_WORD = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|My|Your|In|On|At|By|For|From|With|And|But|Or|Meanwhile|When|After|Before|As|While|If|Since|Under|Over|Then|Now|So)$/;

/**
 * "Who is Marine’s president?" from "said Lucayan Marine's president" (strict read I1 #38): the owner's name lost
 * its first word, and the question names another body or none. True when the sentence writes a capitalised word
 * right before the possessive that the question does not.
 */
// (One pattern per owner an article's questions name, compiled once: a Unicode class costs a compile each time.)
const ownerAfterWord = remembered((owner: string) => new RegExp(`(?:^|\\s)(\\p{Lu}[\\p{L}.&-]*)\\s${owner}’s\\b`, "u"), 2_000);

function nameCutShort(question: string, sentence: string): boolean {
  // (Only a question with a possessive can cut a name short: most have none, and need no pattern run.)
  if (!question.includes("’s") && !question.includes("'s")) return false;
  const written = sentence.replace(/'/g, "’");
  for (const m of question.replace(/'/g, "’").matchAll(/(?:^|(\S+)\s)(\p{Lu}[\p{L}-]+)’s\b/gu)) {
    const owner = m[2] ?? "";
    // (The owner is letters and hyphens, so the sentence must have it as written before a pattern is built.)
    if (!written.includes(`${owner}’s`)) continue;
    const before = ownerAfterWord(owner).exec(written)?.[1];
    if (before && !NOT_NAME_WORD.test(before) && before !== m[1]) return true;
  }
  return false;
}

/**
 * Why this question is garbled, or null when it reads as a question; the fact, when given, shows what was moved, and
 * the article's text, when given, whether a capitalised opener is a name there.
 */
export function garbledQuestion(asked: string, fact?: { sentence: string; span: [number, number] | null; kind?: string }, text?: string): string | null {
  if (fact && oneEndOfRange(asked, fact)) return "one end of a range";
  if (fact && nameTailLeftBehind(asked, fact)) return "a name's tail left behind";
  if (WHO_BY_NATIONALITY.test(asked)) return "a nationality for a team";
  if (fact && nameCutShort(asked, fact.sentence)) return "a name cut short";
  if (COPULA_THEN_PREDICATE_NOUN.test(asked)) return "copula before a predicate noun";
  const question = asked.replace(QUOTED, "“”");
  if (CLAUSE_BREAK.test(question)) return "two clauses";
  if (DID_THEN_FINITE.test(question)) return "second finite verb";
  if (WH_THEN_PREPOSITION.test(question) || TIME_AFTER_DID.test(question) || WORD_BEFORE_DID.test(question)) return "word order";
  if (DID_THEN_TENSED.test(question) || DID_AND_PAST.test(question)) return "second finite verb";
  if (passiveAgentAfterDid(question)) return "a passive read as active";
  if (DANGLING_AND.test(question)) return "half a coordination";
  // (Strict reads G0 #28/#29, G1 #9/#47 of blind batch 2026-11g.)
  if (DO_THAT.test(question) || STRANDED_OF.test(question)) return "word order";
  if (AND_NOW_PREDICATE.test(question)) return "second predicate";
  if (HEAD_NOUN_AS_NAME.test(question)) return "no article";
  if (strandedUnitAbbreviation(question)) return "unit abbreviation left behind";
  if (DID_THEN_PAST.test(question) || DID_SUBJECT_THEN_PAST.test(question) || DID_SUBJECT_THEN_S_VERB_TO.test(question) || DID_PRONOUN_THEN_S_VERB.test(question)) return "second finite verb";
  if (STRANDED_ONLY.test(question)) return "word order";
  if (HEADING_FUSED.test(question)) return "a heading fused in";
  if (DID_WITHOUT_SUBJECT.test(question)) return "no subject";
  if (SUBORDINATOR_AS_SUBJECT.test(question)) return "a subordinate clause as the subject";
  // (The form rules scripts/audit-questions.ts counts by: "Of which company did ...?", "did When Poland join".)
  // (Without the fact's sentence nothing shows a capitalised opener is a common word, "did Labour win": that rule is
  // left to scripts/audit-questions.ts.)
  const form = questionFormClass(asked, fact?.sentence, text);
  return form === "capitalised common word mid-question" && !fact ? null : form;
}

/**
 * "To require every trawler of more than 40 metres to carry an observer." (a numbered point under "The Council
 * resolves:", strict read W0 #15): a bare infinitive clause with no finite verb of its own states nothing, so it cannot
 * be judged true or false. ("To fund the plant, the council raised rates" has its main clause; a participle before
 * "by", "the regime updated by law", is no finite verb.)
 */
export function bareInfinitiveClause(sentence: string): boolean {
  if (!/^To\s\p{Ll}/u.test(sentence)) return false;
  const words = sentence.match(/[\p{L}'’-]+/gu) ?? [];
  return !words.some((w, i) => isFiniteVerb(w, words[i - 1]) && words[i + 1] !== "by");
}
