import { FALL_VERBS, GROW_VERBS, LOWER_VERBS, RAISE_VERBS, RISE_VERBS, SHRINK_VERBS, verbAlternation } from "./change-verbs";
import { COUNT_LEAD_WORDS, ROUGH_QUALIFIERS } from "./figure-qualifiers";
import { toInfinitive } from "./tag-words";
import type { Fact } from "./types";

/**
 * Facts a learner may still meet among an article's "more questions" but that no deck gets by default: the strict
 * reads judge them not worth learning while the gold lists sometimes name them, so they are kept, below the core set
 * (fact-worth.ts storedWorth), not dropped. Each rule names the reads' class it was written for.
 */

/** A year, as a date or as a bare four-digit count. */
const yearLike = (fact: Fact) => (fact.kind === "date" && fact.unit !== "day") || (fact.kind === "count" && /^(?:19|20|21)\d{2}$/.test(fact.answer));

/** A change verb in any form (change-verbs.ts), then a figure it moved by: "has shrunk by about a fifth", "rose 40%". */
const CHANGED = verbAlternation([...RISE_VERBS, ...FALL_VERBS, ...RAISE_VERBS, ...LOWER_VERBS, ...GROW_VERBS, ...SHRINK_VERBS], ["base", "third", "past", "participle", "ing"]);
const FIGURE_WORD = String.raw`(?:\d|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|twice|doubled?|tripled?)\b)`;
const CHANGE_SINCE = new RegExp(String.raw`\b(?:${CHANGED})\b[^,;:.]{0,40}?${FIGURE_WORD}[^,;:.]{0,40}?\bsince\s+$`, "i");
/** "about the same as in the last full census, carried out in ___", "similar to the level of ___": what a figure is set beside. */
// ("in line with the targets of ___" sets nothing beside a level: only the shapes of a likeness are read.)
const SAME_AS = /\b(?:(?:the\s+same\s+as|similar\s+to)\b[^;:.]{0,60}?\b(?:in|of)|as\s+in)\s+$/i;

/**
 * The year a change or a level is measured against: "the area under pears has shrunk by about a fifth since ___",
 * "about the same as in the last full census, carried out in ___" (strict read AU1-core #27, #46). The change and the
 * level are the fact; the year is only their reference. ("has led the firm since ___" has no change and stays;
 * "the same as" with no year after is not a year.)
 */
export function referenceYear(fact: Fact): boolean {
  if (!fact.span || !yearLike(fact)) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  return CHANGE_SINCE.test(before) || SAME_AS.test(before);
}

/** A qualifier before a sampled count ("tagged about 300", "Of the 42 birds tagged, only 30"): figure-qualifiers.ts words. */
const QUALIFIER = [...ROUGH_QUALIFIERS, ...COUNT_LEAD_WORDS].join("|");
const QUALIFIED = String.raw`(?:(?:${QUALIFIER})\s+)?`;
/** A qualifier left at the end of the words before a count: "tagged about" -> "tagged". */
const QUALIFIER_AT_END = new RegExp(String.raw`\s+(?:${QUALIFIER})\s*$`, "i");
/** What a study samples, or who does it: a sampling verb elsewhere ("The port authority tagged 640 containers") is no study. */
const STUDY_CONTEXT = /\b(?:researchers?|scientists?|biologists?|ecologists?|ornithologists?|zoologists?|team|study|studies|research|subjects|participants|respondents|animals?|birds?|fish|salmon|trout|seals?|wolves|bears?|deer|whales?|dolphins?|sharks?|turtles?|bats?|eagles?|storks?|geese|penguins?)\b/i;
/** The verbs (root forms, tag-words.ts toInfinitive) by which a study marks or samples its animals or people. */
// ("fitted 40 buses with cameras" is a programme, not a sample: "fit" and "attach" count only with a device, DEVICE.)
const SAMPLING_VERBS: ReadonlySet<string> = new Set(["tag", "collar", "ring", "band", "sample", "survey", "interview", "poll"]);
/** What a sampling verb puts on an animal: "fitted GPS collars to ___", "attached loggers to ___". */
const DEVICE = new RegExp(String.raw`\b(?:collars?|tags?|loggers?|transmitters?|trackers?|rings?|bands?|implants?)\s+(?:to|on)\s+${QUALIFIED}$`, "i");
/** "Of the 42 birds tagged, ___ returned usable data": the subset that gave data. */
const OF_THE_SAMPLED = new RegExp(String.raw`^\s*Of\s+the\s+[\d,]+\s+(?:[\p{L}-]+\s+){1,3}?([\p{L}-]+),\s*${QUALIFIED}$`, "iu");
const DATA_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:returned|provided|yielded|gave|produced|sent|delivered)\s+(?:usable|useful|valid|complete|enough|reliable)?\s*(?:data|readings|signals|results)\b/iu;
/** A research team's next step: "Tarazona's team now plans to tag juvenile birds, ..., starting in ___". */
const TEAM_PLANS = /\b(?:team|researchers|scientists|authors|group)\s+(?:now\s+|also\s+|next\s+)?(?:plans?|intends?|hopes?|wants?|aims?)\s+to\s+([\p{L}-]+)\b[^.;]{0,80}?\b(?:starting|beginning|from)\s+(?:in\s+)?$/iu;

/** The last word before the answer, after an optional qualifier: "fitted GPS collars to" -> "to". */
const lastWord = (text: string) => /([\p{L}-]+)\s*$/u.exec(text)?.[1] ?? "";

/**
 * How a study was done, not what it found (strict reads' "method details": AU1-core #28, #41, #45): how many animals
 * it tagged or collared ("fitted GPS collars to ___ animals", "tagged ___ birds"), how many of them returned data
 * ("Of the 42 birds tagged, ___ returned usable data"), when the team's next field season starts. The findings
 * ("flew up to 120 km a night") stay core. A sampling verb on anything else ("surveyed 400 firms, ___ of which
 * said ...") is not read: only the count right after the verb or its device.
 */
export function studyMethod(fact: Fact): boolean {
  if (!fact.span) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  const after = fact.sentence.slice(fact.span[1]);
  if (fact.kind === "count") {
    if (!STUDY_CONTEXT.test(fact.sentence)) return false;
    const verb = lastWord(before.replace(QUALIFIER_AT_END, ""));
    if (SAMPLING_VERBS.has(toInfinitive(verb)) && /ed$/i.test(verb)) return true;
    if (DEVICE.test(before) && /\b(?:fit|fits|fitted|attach|attaches|attached)\b/i.test(before)) return true;
    const sampled = OF_THE_SAMPLED.exec(before);
    if (sampled && SAMPLING_VERBS.has(toInfinitive(sampled[1] ?? "")) && DATA_AFTER.test(after)) return true;
  }
  if (fact.kind === "date") {
    const plan = TEAM_PLANS.exec(before);
    if (plan && SAMPLING_VERBS.has(toInfinitive(plan[1] ?? ""))) return true;
  }
  return false;
}

/** The clause after the answer, to its first stop: "growers, workers and buyers attended the ceremony, held ...". */
const CLAUSE_AFTER = /^[^.;:!?]{0,80}/;
/** Who opened something with others: "opened by the governor, X, together with the company's president, ___". */
const OPENED_WITH = /\b(?:opened|inaugurated|unveiled)\s+by\b[^.;]*\b(?:together\s+with|alongside|accompanied\s+by|joined\s+by)\b/i;
/** What an opening's crowd attends: "attended the ceremony", "attend the official opening", "attended its open day". */
const OPENING_EVENT = /^\s+(?:the|a|an|its|this|their)?\s*(?:[\p{L}'’-]+\s+){0,3}?(?:opening|ceremony|inauguration|launch|open\s+day|ribbon-cutting)\b/iu;
const GUESTS_BEFORE = /\b(?:among\s+the\s+guests|guests\s+included|also\s+attending|in\s+attendance)\b[^.;]*$/i;

/**
 * Who or how many came to an opening or a ceremony (strict reads' "attendance and delegation sizes at openings and
 * visits", "a guest at an opening": AU0-core #15, #23; AU1-core #9, #13, #30, #31): "Around ___ growers, workers and
 * buyers attended the ceremony", "the mayor of Centenario, ___" beside the governor who opened the plant. The one who
 * opened it, and what was opened, stay core. The verb is read by its root (tag-words.ts toInfinitive): "attend",
 * "attended", "attends".
 */
export function attendance(fact: Fact): boolean {
  if (!fact.span || (fact.kind !== "count" && fact.kind !== "person")) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  const after = CLAUSE_AFTER.exec(fact.sentence.slice(fact.span[1]))?.[0] ?? "";
  // (The count or the guest is the subject: "400 growers attended", "the mayor of X, ___, attended"; not "a
  // ceremony attended by 400 people, which cost ___".)
  // ("Ana Ruiz, who attended Harvard, ...": a relative clause is about the person, not a guest list.)
  // ("12,000 students attend the university", "the prime minister, ___, attended the summit": only an opening's
  // crowd is read, by what was attended, OPENING_EVENT.)
  const words = [...after.matchAll(/[\p{L}-]+/gu)].slice(0, 6);
  const at = words.findIndex((w) => toInfinitive(w[0]) === "attend");
  // ("which cost ___ euros, was attended by 250 guests": passive, the answer is not who attended.)
  const passive = at >= 0 && /^by$/i.test(words[at + 1]?.[0] ?? "");
  const subjectOfAttend = at >= 0 && !passive && !words.slice(0, at).some((w) => /^(?:who|which|that|whom)$/i.test(w[0]));
  const attended = at >= 0 ? after.slice((words[at]?.index ?? 0) + (words[at]?.[0].length ?? 0)) : "";
  if (subjectOfAttend && OPENING_EVENT.test(attended)) return true;
  return fact.kind === "person" && (OPENED_WITH.test(before) || GUESTS_BEFORE.test(before));
}

/** Notes on facts kept out of the core set, by rule; null when none applies. */
export function notCoreReason(fact: Fact): string | null {
  if (referenceYear(fact)) return "reference year of a comparison";
  if (studyMethod(fact)) return "a study's method";
  if (attendance(fact)) return "attendance at an event";
  return null;
}
