import type { Fact } from "./types";

/**
 * Which value of a comparison is the fact. "Some 28,000 Thais visited Peru last year, three times as many as in
 * 2019", "1.06 million hectares are affected, up from 833,000 hectares in 1973": the sentence teaches the new figure
 * and the change; the year it is measured against is only the reference. Strict reads C1 #35, E0 #19, E1 #8/#26/#41
 * found such blanks not worth learning. The new figure stays a fact of its own, so nothing the sentence teaches is
 * lost. (An old value, "up from €2.33", is kept: gold lists name it as a fact, and a learner may be asked the change.)
 */

/** Words that introduce the base a figure is compared with ("more than" alone is a bound, not a base). */
const COMPARED = String.raw`(?:as\s+(?:many|much|high|large|big|long|often|few|little|fast)\s+as|compared\s+(?:with|to)|relative\s+to|against|(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from)`;
// ("more than 10% in ___" is a bound and its year; "more than in ___" compares with the year.)
const THAN = String.raw`(?:higher|lower|more|less|fewer|bigger|larger|smaller|faster|slower)\s+than\s+`;
const TIMES = String.raw`times\s+(?:what|the\s+(?:level|number|amount|figure|total))\b(?:[^,;:.]|\.(?=\d)){0,50}?`;

/**
 * "three times as many as in ___", "up from 833,000 hectares in ___", "almost three times what it collected in ___",
 * "a third more than at the ___ census" (strict read H0 #7).
 */
// ("has doubled its workforce since ___": the year a multiple is counted from.)
const MULTIPLIED = String.raw`(?:doubled|tripled|trebled|quadrupled|halved)\b(?:[^,;:.]|\.(?=\d)){0,50}?\bsince\s+$`;
const BASE_YEAR = new RegExp(String.raw`\b(?:${COMPARED}\b(?:[^,;:.]|\.(?=\d)){0,50}?\b|${THAN}|${TIMES}\b)(?:in|during|at\s+the(?:\s+end\s+of)?)\s+(?:fiscal\s+)?$|\b${MULTIPLIED}`, "u");
/** A figure after "from ..." that the base year belongs to: "up from 833,000 hectares in ___" needs a number. */
const FIGURE = /\d/;

/** Whether this fact is only the base year of a comparison in its sentence. */
export function isReferenceBasis(fact: Fact): boolean {
  if (!fact.span) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  if (fact.kind === "date" && fact.unit !== "day") {
    const m = BASE_YEAR.exec(before);
    // ("up from 833,000 hectares in 1973": the marker's own figure; "compared with 2019" has none and is a base too.)
    return m !== null && (!/from\s/.test(m[0]) || FIGURE.test(m[0]));
  }
  return false;
}

/** A year, as a date or as a bare four-digit count ("by 2100" is read as a count). */
const yearLike = (fact: Fact) => (fact.kind === "date" && fact.unit !== "day") || (fact.kind === "count" && /^(?:19|20|21)\d{2}$/.test(fact.answer));

/** A projection, whose "by ___" year is its horizon rather than a target someone set. */
const PROJECTION = /\b(?:project(?:s|ed|ions?)?|forecasts?|predicts?|predicted|modell?ed|scenarios?|estimates?|estimated)\b/i;

/** A figure written in words or fractions, with up to four words after it: "half a metre along this coast ". */
const WORDS_FIGURE = String.raw`(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-](?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|\bhalf\s+(?:a|an)\s+[\p{L}-]+)`;
const FIGURE_IN_WORDS = new RegExp(String.raw`${WORDS_FIGURE}(?:\s+[\p{L}'’-]+){0,4}\s+$`, "u");
/** The same, or a figure in digits ("40 centimetres along the coast "). */
const ANY_FIGURE = new RegExp(String.raw`(?:${WORDS_FIGURE}|\d(?:[\d,.]*\d)?\s*(?:%|percent|per cent|million|billion|trillion)?)(?:\s+[\p{L}'’-]+){0,4}\s+$`, "u");

/**
 * "The IPCC projects a rise of roughly half a metre along this coast by ___", "Fisheries earned about a fifth of
 * its export revenue in ___": the year is the horizon of a projection or the year a share was measured in, and the
 * figure it labels is the fact (strict read H1 #10, #33). A year after a figure in digits ("€41 million in ___") is
 * ranked down in rank-facts.ts; a target's year ("would triple to $3 billion by ___") is a fact.
 */
export function labelsFigure(fact: Fact): boolean {
  if (!fact.span || !yearLike(fact)) return false;
  const near = fact.sentence.slice(Math.max(0, fact.span[0] - 70), fact.span[0]);
  const horizon = /\bby\s+$/.exec(near);
  if (horizon) return PROJECTION.test(fact.sentence.slice(0, fact.span[0])) && ANY_FIGURE.test(near.slice(0, horizon.index));
  const lead = /\bin\s+$/.exec(near);
  return lead !== null && FIGURE_IN_WORDS.test(near.slice(0, lead.index));
}

/** A figure in a question: "248 million kilograms", "$1.4 billion", "2.3 million", "35%" (not a year or a day). */
const QUESTION_FIGURE = /(?:[$€£¥₹]\s?|\b[A-Z]{2,3}\s?)?\b\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|trillion))?/g;

/** "a third of", "two-thirds of", "half of": a share written in words. */
const SHARE_IN_WORDS = /\b(?:a|an|one|two|three|four)[\s-](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\s+of\b|\bhalf\s+of\b/i;


/**
 * "In which year did Sri Lanka export 248 million kilograms of tea?", "In which year did two-way trade reach $1.4
 * billion?": the figure is the fact and the year only its reporting period (strict read E1 rules; self-read genpr-0
 * item 41). A year asked for an event with no figure ("In which year was the company founded?") is a fact.
 */
export function asksReportingYear(fact: Fact): boolean {
  if (fact.kind !== "date" || fact.unit === "day" || !fact.question || !/^In which year\b/.test(fact.question)) return false;
  const question = fact.question;
  // ("emerge from Chapter 11", "a Boeing 737": a number that is part of a name is no figure.)
  // ("In which year did cocoa earn about a third of export revenue?": a share in words is a figure too.)
  if (SHARE_IN_WORDS.test(question)) return true;
  return [...question.matchAll(QUESTION_FIGURE)].some((m) => !/^(?:1[89]|20)\d{2}$/.test(m[0].trim()) && !/\p{Lu}[\p{L}-]*\s$/u.test(question.slice(0, m.index)));
}

/** What introduces the value a change is measured from: "rose to X from ___", "compared with ___", "against ___". */
const PRIOR_LEAD = /\b(?:from|compared\s+(?:with|to)|against|versus)\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?$/i;
/** The prior period that makes it a baseline ("a year earlier", "in the same quarter of 2025"), after a possible "or $1.07 a share,". */
const PRIOR_PERIOD = /^(?:,\s*or\s+[^,;]{1,30},)?\s*(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:year\s+before|previous\s+year|prior\s+year)|(?:in|for)\s+the\s+(?:same|corresponding|year-earlier|prior-year)\s+(?:quarter|period|months?|half|week)\b|last\s+year\b)/i;

/**
 * "Net profit rose to MVR 84.6 million from ___ a year earlier": the prior period's figure is the baseline the result
 * is compared with; the result is the fact (strict read I1 #30). A change between two policy values ("the fee falls
 * from €55 to €40") names no prior period and stays. Of 12 such baselines in the seen batches, one is a gold answer.
 */
function priorPeriodBaseline(fact: Fact, before: string, after: string): boolean {
  // ("The fund had grown from ___ a year earlier": with no new figure in the sentence, the old one is all it teaches.)
  return ["money", "percent", "count"].includes(fact.kind) && PRIOR_LEAD.test(before) && PRIOR_PERIOD.test(after) && /\d/.test(before);
}

/**
 * "1.86 million visitors arrived in the first ___ of 2026", "sales in the ___ to 30 September": how long the reporting
 * period ran is the label of the figure, not a fact of it (strict read I1 #41).
 */
function reportingPeriodLength(fact: Fact, before: string, after: string): boolean {
  if (fact.kind !== "duration") return false;
  if (!/\b(?:in|during|over|for)\s+the\s+(?:first\s+|last\s+|past\s+)?$/i.test(before)) return false;
  return /^\s+(?:of\s+(?:(?:this|the|last)\s+(?:financial\s+|fiscal\s+)?year|(?:19|20)\d{2})|(?:to|ended|ending|through)\s+(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\b)/u.test(after);
}

/**
 * "For a typical household using ___ a month, the bill rises by about E70", "for a family of ___ people": the
 * consumption or size of the reference customer is the basis of the real figure (strict read I1 #35, E0 #50).
 */
const REFERENCE_CUSTOMER = /\bfor\s+(?:a|an|the)\s+(?:(?:typical|average|standard|median|reference|model)\s+)?(?:household|family|home|customer|consumer|user|subscriber|driver|worker|borrower)\b[^,.;]{0,40}?\b(?:using|consuming|that\s+uses|which\s+uses|with|earning|of)\s+(?:(?:about|around|some)\s+)?$/i;

/**
 * "repaid US$15 million of a ___ syndicated loan": after a part, the whole it is part of is the basis; the part is the
 * fact (strict reads I0 #28, I1 #44).
 */
const PART_OF = /(?:[$€£¥₹]|\b[A-Z]{1,3}\$?\s?)\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m))?\s+of\s+(?:a|an|the|its|their)\s+$/u;

/**
 * "SEK 12.18 per ___ of taxable income", "3.1 doctors per ___ residents": a round power of ten after "per" is the unit
 * a rate is counted in, not a fact (strict read AU1-core #49). A figure after "per" that is not a power of ten ("one
 * doctor per 2,300 residents") is the ratio itself and stays, and so is the base of a ratio of one ("one nurse per 10
 * patients", "a doctor per 1,000 residents"): only a base after a rate's own figure ("3.1 doctors per", "SEK 12.18 per")
 * is read.
 */
/** The rate's figure before "per", a word or two of its unit between: "NOK 22.40 per", "3.1 doctors per", "one nurse per". */
const RATE_BEFORE_PER = /(?:^|[\s(])(\d[\d,.]*|one|a|an|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?!per\b)[\p{L}-]+){0,2}\s+per\s+$/iu;
function rateBase(fact: Fact, before: string, after: string): boolean {
  if ((fact.kind !== "money" && fact.kind !== "count") || !/^10+$/.test(fact.answer.replace(/\D/g, ""))) return false;
  const rate = RATE_BEFORE_PER.exec(before);
  if (!rate || /^(?:one|a|an|1)$/i.test(rate[1] ?? "")) return false;
  // ("EUR 3 per EUR 10 zone": a money base named by what follows is a fare band, not a unit; kept when unsure.)
  return fact.kind === "count" || /^\s*(?:of\b|[,;.)]|$)/.test(after);
}

/** Why a figure is only the basis of the sentence's real fact (a baseline, a reporting period, a reference customer), or null. */
export function basisOfFigure(fact: Fact): string | null {
  if (!fact.span) return null;
  const before = fact.sentence.slice(0, fact.span[0]);
  const after = fact.sentence.slice(fact.span[1]);
  if (priorPeriodBaseline(fact, before, after)) return "prior-period baseline";
  if (reportingPeriodLength(fact, before, after)) return "length of a reporting period";
  // ("For a household using 175 kWh a month, the national average, ...": the figure is also stated as a fact of its own.)
  if (fact.kind !== "date" && REFERENCE_CUSTOMER.test(before) && !/^[^,;]{0,20},\s+(?:the|a|an)\s+(?:national|regional|city|country's|average|typical|median)\b/i.test(after)) return "reference customer";
  if (fact.kind === "money" && PART_OF.test(before)) return "whole of a part";
  if (rateBase(fact, before, after)) return "unit base of a rate";
  return null;
}
