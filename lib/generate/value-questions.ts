import { WEEKDAY_SOURCE } from "./calendar-names";
import type { ValueSpan } from "./find-value-spans";
import { measureDimension } from "./measure-units";

/** The mark that stands for the value in a clause while a question is built from it (same as build-question.ts). */
export const VALUE_MARK = "\u0001";
const M = VALUE_MARK;

export interface WhPhrase {
  wh: string;
  /** The rest of the clause with the value (and what the wh-phrase took along) removed. */
  rest: string;
}

/** A wh-phrase rule: a name, the example question it was written for, and what it takes from the rest of the clause. */
interface WhRule {
  name: string;
  example: string;
  applies: (span: ValueSpan, mainVerb: string) => boolean;
  match: (rest: string, span: ValueSpan, approx: boolean) => WhPhrase | null;
}

const DATE_PREPOSITIONS: Record<string, string> = { on: "On", until: "Until", by: "By", before: "Before", after: "After", since: "Since", from: "From", through: "Through" };

function dateNoun(span: ValueSpan): string {
  if (span.unit === "month of the year") return "which month";
  return span.granularity === "day" ? "what date" : span.granularity === "month" ? "which month and year" : "which year";
}

const AT_DIMENSION: Record<string, string> = { speed: "At what speed", temperature: "At what temperature" };

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const AT_A_RE = new RegExp(`(?:^|\\s)at\\s+(?:a|an)\\s+(height|depth|altitude|distance|speed|temperature|range|length|rate)\\s+of\\s+${M}`);
const AT_RE = new RegExp(`(?:^|\\s)at\\s+${M}`);
const ADJECTIVE_RE = new RegExp(`^${M}\\s+(long|wide|high|tall|deep)\\b`);
// ("rose 2.5 times over the decade": a preposition ending in -er is no comparative.)
const COMPARATIVE_RE = new RegExp(`^${M}\\s+((?:as\\s+(?:many|much)(?:\\s+(?!as\\b|than\\b)[a-z][\\w-]*){0,2})|as\\s+[a-z]+|more\\s+[a-z][\\w-]*|(?:fewer|less)\\s+[a-z][\\w-]*|(?!(?:over|under|after|other|ever|never|whether|rather|together|per)\\b)[a-z]+er)\\b`);
const BY_RE = new RegExp(`(?:^|\\s)by\\s+${M}`);
const VALUE_FIRST_RE = new RegExp(`^${M}`);
const TO_RE = new RegExp(`(?:^|\\s)to\\s+${M}`);
const PREPOSITION_VALUE_RE = new RegExp(`(?:^|\\s)(until|by|before|after|since|from|through|on)\\s+(?:(?:${WEEKDAY_SOURCE}),?\\s+)?${M}`);
const IN_VALUE_RE = new RegExp(`(?:^|\\s)in\\s+${M}`);
const FOR_VALUE_RE = new RegExp(`^${M}|(?:^|\\s)for\\s+${M}`);
const RELATION_AFTER_RE = new RegExp(`^\\s+(?:of|in|to|before|after|ago|later|earlier|old)\\b`);

const MEASURE_OF_RE = /^\s+of\s+((?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z][\w-]*(?:\s(?!(?:a|an|the|its|their|his|her|our|per|in|on|at|from|to|for|by|with|along|near|around|through|against|via|about|as|of|off|out|up|down|each|every|and|or|than|last|this|next|over|under|into|across|since|during|between|after|before|until|which|that|who)\b)[a-z][\w-]*){0,3})(?:\s\(\p{Lu}{2,8}\))?(?=$|[\s,;.])/u;

/** "How many km", "How many megawatts": the unit as the article writes it, with its rate ("litres per second"). */
function measureUnit(span: ValueSpan): string {
  return span.unit.replace(/^measure:/, "").replace(/^degrees (Celsius|Fahrenheit)$/, "degrees $1");
}

const WH_RULES: WhRule[] = [
  {
    name: "measure",
    example: "The first Harmony Link cable carries 700 megawatts. -> How many megawatts does the first Harmony Link cable carry?",
    applies: (span) => span.unit.startsWith("measure:"),
    match: (rest, span, approx) => {
      const dimension = measureDimension(span.unit.replace(/^measure:/, "").replace(/ per .*$/, ""));
      // "circle the planet at a height of 480 kilometres" -> "At what height will the European orbiter circle the planet?"
      const atA = AT_A_RE.exec(rest);
      if (atA) return { wh: `At what ${atA[1]}`, rest: rest.replace(atA[0], "") };
      const at = AT_RE.exec(rest);
      if (at && dimension && AT_DIMENSION[dimension]) return { wh: AT_DIMENSION[dimension], rest: rest.replace(at[0], "") };
      // "is 115 metres long" -> "How long is ...?"
      const adjective = ADJECTIVE_RE.exec(rest);
      if (adjective) return { wh: `How ${adjective[1]}`, rest: rest.slice(adjective[0].length) };
      if (!rest.startsWith(M) || /^\s*(?:of|in)\b/.test(rest.slice(M.length)) && !/^\s+of\s+[a-z]/.test(rest.slice(M.length))) return null;
      // "600 tonnes of roasted coffee a year": the whole noun phrase goes with the unit, up to a preposition, a
      // determiner or a comma ("How many tonnes of roasted does ... coffee ...?" split it).
      const of = MEASURE_OF_RE.exec(rest.slice(M.length));
      if (!of && /^\s+of\b/.test(rest.slice(M.length))) return null;
      const unit = `${measureUnit(span)}${of ? ` of ${of[1]}` : ""}`;
      return { wh: `${approx ? "Roughly how" : "How"} many ${unit}`, rest: rest.slice(M.length + (of?.[0].length ?? 0)) };
    },
  },
  {
    name: "multiplier verb",
    example: "Exports to China tripled between 2020 and 2024. -> How much did exports to China grow between 2020 and 2024?",
    applies: (span) => span.unit === "fold",
    match: (rest) => (rest.startsWith(M) ? { wh: "How much", rest: rest.slice(M.length) } : null),
  },
  {
    name: "times comparison",
    example: "The new chip is 12 times faster than its predecessor. -> How many times faster is the new chip than its predecessor?",
    applies: (span) => span.unit === "times",
    match: (rest, span, approx) => {
      // "costs three times as much as repairing it" keyed "three times as much": the "as much" goes with the wh-phrase
      // and the other side of the comparison stays ("How many times as much does it cost as repairing it?").
      const asMuch = /\sas\s+(much|many)$/.exec(span.answer)?.[1];
      if (asMuch) return rest.startsWith(M) ? { wh: `${approx ? "Roughly how" : "How"} many times as ${asMuch}`, rest: rest.slice(M.length) } : null;
      const m = COMPARATIVE_RE.exec(rest);
      return m ? { wh: `${approx ? "Roughly how" : "How"} many times ${m[1]}`, rest: rest.slice(m[0].length) } : null;
    },
  },
  {
    name: "score",
    example: "Arsenal won 2-0 against Chelsea. -> By what score did Arsenal win against Chelsea?",
    applies: (span, verb) => span.unit === "score" && /^(?:won|lost|beat|defeated|win|lose|beats|wins|loses|drew|draw|edged|thrashed)$/.test(verb),
    // "beat bitter rivals Town M at the Dell": the opponent (or the match) between the verb and the score stays.
    match: (rest) => {
      const m = SCORE_AFTER_OBJECT_RE.exec(rest);
      return m ? { wh: "By what score", rest: `${m[1] ?? ""}${rest.slice(m[0].length)}` } : null;
    },
  },
  {
    name: "percentage points",
    example: "Unemployment fell by 0.4 percentage points to 5.1%. -> By how many percentage points did unemployment fall to 5.1%?",
    applies: (span) => span.unit === "pp",
    match: (rest, _span, approx) => {
      const by = BY_RE.exec(rest) ?? VALUE_FIRST_RE.exec(rest);
      return by ? { wh: `By ${approx ? "roughly " : ""}how many percentage points`, rest: rest.replace(by[0], "") } : null;
    },
  },
  {
    name: "level reached",
    example: "Unemployment fell by 0.4 percentage points to 5.1%. -> To what level did unemployment fall by 0.4 percentage points?",
    applies: (span, verb) => span.kind === "percent" && span.unit === "%" && /^(?:rose|rise|rises|fell|fall|falls|climbed|dropped|declined|increased|decreased|slipped|jumped|eased|edged|grew|slowed|accelerated|surged|sank|raised|lowered|reduced|cut)$/.test(verb),
    match: (rest, _span, approx) => {
      const to = TO_RE.exec(rest);
      return to ? { wh: `To ${approx ? "roughly " : ""}what level`, rest: rest.replace(to[0], "") } : null;
    },
  },
  {
    name: "date after a preposition",
    example: "The subsidy will remain in place until 2030. -> Until which year will the subsidy remain in place?",
    applies: (span) => span.kind === "date" && span.unit !== "year range",
    match: (rest, span) => {
      const m = PREPOSITION_VALUE_RE.exec(rest);
      // "toward its goal of building 65,000 homes by 2030": the date belongs to the goal, not to the main verb; nor
      // does a date in an aside after a comma (", nearly all of it pledged until 2030").
      if (m && /\b(?:goal|target|aim|plan|pledge|promise|bid|ambition|[a-z]{3,}ing)\b|,/.test(rest.slice(0, m.index))) return null;
      return m ? { wh: `${DATE_PREPOSITIONS[m[1] ?? ""]} ${dateNoun(span)}`, rest: rest.replace(m[0], "") } : null;
    },
  },
  {
    name: "race time",
    example: "Brian Cheruiyot won the Valencia Marathon in 2:02:11. -> In what time did Brian Cheruiyot win the Valencia Marathon?",
    applies: (span) => span.unit === "clock",
    match: (rest) => {
      const m = IN_VALUE_RE.exec(rest);
      return m ? { wh: "In what time", rest: rest.replace(m[0], "") } : null;
    },
  },
  {
    name: "duration",
    example: "The drought in Kenya lasted 2.5 years. -> How long did the drought in Kenya last?",
    applies: (span) => span.kind === "duration" && span.noun === null,
    match: (rest, _span, approx) => {
      const m = FOR_VALUE_RE.exec(rest);
      if (!m || RELATION_AFTER_RE.test(rest.slice(m.index + m[0].length))) return null;
      return { wh: `${approx ? "Roughly how" : "How"} long`, rest: rest.replace(m[0], "") };
    },
  },
  {
    name: "count after its noun",
    example: "The referendum drew a turnout of 4,210 voters. -> What turnout did the referendum draw?",
    applies: (span) => span.kind === "count" && !!span.noun && /^(?:turnout|workforce|population|membership|staff|crowd|audience|attendance|headcount|fleet|toll|readership|enrolment|enrollment|capacity|electorate)$/.test(span.unit),
    match: (rest, span, approx) => {
      const m = new RegExp(`(?:^|\\s)(?:a|an|the|its|their)\\s+${span.noun ?? ""}\\s+of\\s+${M}(?:\\s+[a-z]+)?`).exec(rest);
      // Only the verb's object: "in front of a crowd of 19,000", "sent most of the crowd of 38,500 into celebration"
      // ask no "What crowd did ...?" (sports reads of batches 11g and 11j).
      if (m && /\b(?:of|before|to|for|with|from|by|at|in|on|into)$/.test(rest.slice(0, m.index).trimEnd())) return null;
      return m ? { wh: `${approx ? "Roughly what" : "What"} ${span.noun}`, rest: rest.replace(m[0], "") } : null;
    },
  },
];

// Compiled once at load.
const SCORE_AFTER_OBJECT_RE = new RegExp(`^((?:[\\p{L}\\d’'-]+\\s){0,9})${M}`, "u");

/** The wh-phrase for a value the general question patterns have no phrase for, or null. */
export function valueWh(span: ValueSpan, rest: string, mainVerb: string, approx: boolean): WhPhrase | null {
  for (const rule of WH_RULES) {
    if (!rule.applies(span, mainVerb)) continue;
    const found = rule.match(rest, span, approx);
    if (found) return found;
  }
  return null;
}

// Compiled once at load: a `new RegExp` in the function body was compiled again for every value.
const AUX_VALUE_RE = new RegExp(`\\b(has|have|had)\\s+${M}`);
const MODAL_VALUE_RE = new RegExp(`\\b(will|would|could|should|may|might|can|must|to)\\s+${M}`);
const BARE_VALUE_RE = new RegExp(`(?<!(?:fallen|grown|grow|fall) )${M}`);
// "would double the mill's output": the multiplier verb has an object, and "grow" takes none.
const FOLD_OBJECT_RE = new RegExp(`${M}\\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\\b|\\p{Lu}|\\d)`, "u");

/**
 * "Exports M between ..." with M a multiplier verb: the verb is written as growth so a question can ask how much.
 * Null when the verb has an object: "How much would the expansion grew the mill's output?" is not English.
 */
export function foldAsGrowth(text: string, span: ValueSpan): string | null {
  if (span.unit !== "fold") return text;
  if (FOLD_OBJECT_RE.test(text)) return null;
  const shrank = span.value !== null && span.value < 1;
  return text
    .replace(AUX_VALUE_RE, (_a, aux: string) => `${aux} ${shrank ? "fallen" : "grown"} ${M}`)
    .replace(MODAL_VALUE_RE, (_a, modal: string) => `${modal} ${shrank ? "fall" : "grow"} ${M}`)
    .replace(BARE_VALUE_RE, `${shrank ? "fell" : "grew"} ${M}`);
}

/** "By what percentage did ..." asks the wrong unit for "0.4 percentage points". */
export function whForUnit(wh: string, span: ValueSpan): string {
  return span.unit === "pp" ? wh.replace(/^By (roughly )?what percentage$/, "By $1how many percentage points") : wh;
}
