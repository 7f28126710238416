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

/** "three times as many as in ___", "up from 833,000 hectares in ___", "almost three times what it collected in ___". */
const BASE_YEAR = new RegExp(String.raw`\b(?:${COMPARED}\b(?:[^,;:.]|\.(?=\d)){0,50}?\b|${THAN}|${TIMES}\b)(?:in|during|at\s+the\s+end\s+of)\s+(?:fiscal\s+)?$`, "u");
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

/** A figure in a question: "248 million kilograms", "$1.4 billion", "2.3 million", "35%" (not a year or a day). */
const QUESTION_FIGURE = /(?:[$€£¥₹]\s?|\b[A-Z]{2,3}\s?)?\b\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|trillion))?/g;

/**
 * "In which year did Sri Lanka export 248 million kilograms of tea?", "In which year did two-way trade reach $1.4
 * billion?": the figure is the fact and the year only its reporting period (strict read E1 rules; self-read genpr-0
 * item 41). A year asked for an event with no figure ("In which year was the company founded?") is a fact.
 */
export function asksReportingYear(fact: Fact): boolean {
  if (fact.kind !== "date" || fact.unit === "day" || !fact.question || !/^In which year\b/.test(fact.question)) return false;
  const question = fact.question;
  // ("emerge from Chapter 11", "a Boeing 737": a number that is part of a name is no figure.)
  return [...question.matchAll(QUESTION_FIGURE)].some((m) => !/^(?:1[89]|20)\d{2}$/.test(m[0].trim()) && !/\p{Lu}[\p{L}-]*\s$/u.test(question.slice(0, m.index)));
}
