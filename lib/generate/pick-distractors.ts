import { MONTHS, MONTH_NAME_SOURCE, WEEKDAY_SOURCE } from "./calendar-names";
import { isCountryName } from "./demonyms";
import { changeEndAt, changeSide } from "./change-ends";
import { sharesListMember } from "./list-members";
import { formatLike, isYearlessDay, shownFigure } from "./format-value";
import { LOOKS_AHEAD_SOURCE } from "./looks-ahead";
import { seededRandom } from "./hash-key";
import type { Fact } from "./types";
import { CARDINAL_WORD_SOURCE, FRACTION_VALUES, parseNumberText } from "./number-words";
import { SCORE_BASE, boundSide } from "./value-rules";
import { organisationKind } from "./organisation-kind";
import { isFiniteVerb, lexiconTags } from "./tag-words";
import { addToList } from "@/lib/util/add-to-list";
import { namesCompany } from "./company-named-in";

/** Facts grouped by what can stand in for each other: same kind and unit. */
export type FactGroups = Map<string, Fact[]>;

/**
 * Where wrong options come from, in order: the article's own facts, then the shared library's. One article's
 * items never depend on another uploaded article, so an upload cannot change or leak into anyone else's items.
 */
export type DistractorPool = readonly FactGroups[];

/**
 * A day kept without a year (stored in a stand-in year, value-rules.ts) has a pool of its own, as a month of the year
 * has its own unit: among dated days it was offered to a dated key as "21 September 2000" (review 30 finding 6).
 */
export function poolKey(fact: Fact): string {
  if (isYearlessDay(fact)) return "date|day of the year";
  return `${fact.kind}|${fact.kind === "person" || fact.kind === "organisation" || fact.kind === "place" ? "" : fact.unit}`;
}

export function buildPool(facts: Fact[]): FactGroups {
  const pool: FactGroups = new Map();
  for (const f of facts) {
    const key = poolKey(f);
    const list = pool.get(key) ?? [];
    list.push(f);
    pool.set(key, list);
  }
  // Numeric lists sorted by value so the nearest values are found by bisection, not by sorting per fact.
  for (const list of pool.values()) if (list[0]?.value !== null) list.sort((a, b) => (a.value ?? Infinity) - (b.value ?? Infinity));
  return pool;
}

/** An article's own facts first, then the library's (built once per library version by the caller). */
export function layerPools(own: FactGroups, library?: FactGroups | null): DistractorPool {
  return library ? [own, library] : [own];
}

/** The facts `list` gives for each layer, the article's own first; lazily, since only a few are needed. */
function* fromLayers(pool: DistractorPool, list: (layer: FactGroups) => Fact[] | undefined): Generator<Fact> {
  for (const layer of pool) yield* list(layer) ?? [];
}

const PLACE_WORDS = new WeakMap<FactGroups, Set<string>>();

/** The one-word places a layer's facts name ("corvia"), lower-cased, built once per layer. */
function placeWords(layer: FactGroups): Set<string> {
  let words = PLACE_WORDS.get(layer);
  if (!words) {
    words = new Set((layer.get("place|") ?? []).map((f) => f.answer).filter((a) => /^\p{Lu}[\p{L}-]{2,}$/u.test(a)).map((a) => a.toLowerCase()));
    PLACE_WORDS.set(layer, words);
  }
  return words;
}

const PEOPLE_GROUPS = new WeakMap<FactGroups, Map<string, Fact[]>>();

/** People of one nationality (or article) and kind, grouped once per pool: comparing every pair is quadratic. */
function peopleGroup(pool: FactGroups, key: string, group: (f: Fact) => string): Fact[] {
  let groups = PEOPLE_GROUPS.get(pool);
  if (!groups) {
    groups = new Map();
    for (const f of pool.get("person|") ?? []) {
      const k = group(f);
      addToList(groups, k, f);
    }
    PEOPLE_GROUPS.set(pool, groups);
  }
  return groups.get(key) ?? [];
}

const GROUPS = new WeakMap<FactGroups, Map<string, Map<string, Fact[]>>>();

/** The pool's `key` list grouped by `by`, once per pool: filtering the whole list for every fact is quadratic. */
function groupOf(pool: FactGroups, key: string, by: (f: Fact) => string): Map<string, Fact[]> {
  let perPool = GROUPS.get(pool);
  if (!perPool) GROUPS.set(pool, (perPool = new Map()));
  let groups = perPool.get(key);
  if (!groups) {
    groups = new Map();
    for (const f of pool.get(key) ?? []) {
      const k = by(f);
      addToList(groups, k, f);
    }
    perPool.set(key, groups);
  }
  return groups;
}

/** One fact per distinct value (and per whole/decimal form), grouped once per sorted list: a table of 500 rows
 * repeats values, and walking past every equal value for every fact was quadratic. */
const DISTINCT_VALUES = new WeakMap<Fact[], Fact[]>();

function distinctValues(list: Fact[]): Fact[] {
  let out = DISTINCT_VALUES.get(list);
  if (!out) {
    out = [];
    const seen = new Set<string>();
    for (const f of list) {
      const k = `${f.value}|${(f.form?.decimals ?? 0) > 0}`;
      if (!seen.has(k)) out.push(f);
      seen.add(k);
    }
    DISTINCT_VALUES.set(list, out);
  }
  return out;
}

/** Facts of `list` (sorted by value) in order of closeness to `v` on a log scale, within a factor of 10. */
function* nearestByValue(sorted: Fact[], v: number): Generator<Fact> {
  const list = distinctValues(sorted);
  // Bisection for the first value >= v.
  let lo0 = 0;
  let hi0 = list.length;
  while (lo0 < hi0) {
    const mid = (lo0 + hi0) >> 1;
    if ((list[mid]?.value ?? Infinity) < v) lo0 = mid + 1;
    else hi0 = mid;
  }
  let hi = lo0;
  let lo = hi - 1;
  const distance = (f: Fact | undefined) => (f && f.value !== null && f.value > 0 && f.value / v < 10 && v / f.value < 10 ? Math.abs(Math.log(f.value / v)) : Infinity);
  while (true) {
    const dl = distance(list[lo]);
    const dh = distance(list[hi]);
    if (dl === Infinity && dh === Infinity) return;
    if (dh <= dl) yield list[hi++] as Fact;
    else yield list[lo--] as Fact;
  }
}

function* nearestInLayers(pool: DistractorPool, key: string, v: number): Generator<Fact> {
  for (const layer of pool) yield* nearestByValue(layer.get(key) ?? [], v);
}

const FACTORS = [0.8, 1.3, 0.6, 1.6, 0.45, 2, 1.15, 0.9, 2.5, 0.35];

function perturb(fact: Fact, rnd: () => number): number[] {
  const v = fact.value ?? 0;
  const out: number[] = [];
  switch (fact.kind) {
    case "date": {
      const year = Math.floor(v / 10000);
      const rest = v % 10000;
      if (fact.unit === "year" || fact.unit === "mid-year") for (const d of [-1, 1, -2, 2, -3, 3]) out.push((year + d) * 10000 + rest);
      else if (fact.unit === "quarter" || fact.unit === "half") {
        // Other parts of the same year, then the same part a year either side.
        const step = fact.unit === "half" ? 6 : 3;
        for (let m = 1; m <= 12; m += step) if (m * 100 !== rest) out.push(year * 10000 + m * 100);
        out.push((year + 1) * 10000 + rest, (year - 1) * 10000 + rest);
      }
      else if (fact.unit === "month") {
        const m = Math.floor(rest / 100);
        for (const d of [3, -3, 6, -5, 1, -1]) {
          const mm = ((m - 1 + d + 12) % 12) + 1;
          out.push(year * 10000 + mm * 100);
        }
        out.push((year - 1) * 10000 + rest, (year + 1) * 10000 + rest);
      } else {
        const m = Math.floor(rest / 100);
        const day = rest % 100;
        for (const d of [3, -5, 8, -9]) {
          const dd = Math.min(28, Math.max(1, day + d));
          out.push(year * 10000 + m * 100 + dd);
        }
        out.push(year * 10000 + (((m + 1) % 12) + 1) * 100 + day);
      }
      return out;
    }
    case "count":
      // A score's options keep its shape: one more goal for either side, or the result reversed.
      if (fact.unit === "score") {
        const [a, b] = [Math.floor(v / SCORE_BASE), v % SCORE_BASE];
        return [[a + 1, b], [a, b + 1], [b, a], [a + 1, b + 1], [a + 2, b], [Math.max(0, a - 1), b]].filter(([x, y]) => x !== a || y !== b).map(([x, y]) => (x ?? 0) * SCORE_BASE + (y ?? 0));
      }
      // "3 for 44" (wickets for runs) varies by a wicket and a few runs; "287 for 7" (runs for wickets) by some runs and a wicket.
      if (fact.unit === "cricket figures") {
        const [a, b] = [Math.floor(v / SCORE_BASE), v % SCORE_BASE];
        const pairs = a <= 10 ? [[a + 1, b + 7], [a - 1, b - 5], [a, b + 12], [a + 2, b + 3], [a - 1, b + 9]] : [[a + 13, b + 1], [a - 9, b - 1], [a + 24, b], [a - 17, b + 2], [a + 6, b + 2]];
        return pairs.filter(([x, y]) => (x ?? 0) >= 0 && (y ?? 0) >= 0 && (a <= 10 ? (x ?? 0) <= 10 : (y ?? 0) <= 10)).map(([x, y]) => (x ?? 0) * SCORE_BASE + (y ?? 0));
      }
      if (fact.unit === "fold") return [0.5, 2, 3, 4, 5].filter((x) => x !== v);
      if (fact.unit === "fold level") return [2, 3, 4, 5].filter((x) => x !== v);
      if (fact.unit === "times" && /^a /.test(fact.answer)) return [10, 100, 1000, 10000, 1000000].filter((x) => x !== v);
    // falls through
    case "ordinal":
    case "duration": {
      // "2:02:11": a race time's options are seconds to a minute or two away, as close finishes are.
      if (fact.unit === "clock") return [-37, 23, 71, -52, 108, -94].map((d) => v + d);
      // "0.08 tesla", "1.5 times": a small figure with decimals varies by a share of itself; a whole step ("2.08
      // tesla", "3.12 astronomical units") is an option no one would pick.
      const decimals = fact.form?.decimals ?? 0;
      // "two and a half times": other whole numbers and a half.
      if (fact.unit === "times" && / and a half times$/.test(fact.answer)) return [1, -1, 2, 3].map((s) => v + s).filter((x) => x > 1);
      // ("29.8" from a table: a figure with decimals keeps them at any size.)
      if (decimals > 0 && fact.unit === "table figure") return [1.25, 0.75, 1.5, 0.6, 1.35, 0.85].map((f) => Number((v * f).toFixed(decimals))).filter((x) => x > 0 && x !== v);
      if (decimals > 0 && v > 0 && v < 20 && (fact.unit.startsWith("measure:") || fact.unit === "times")) return [1.25, 0.75, 1.5, 2, 0.5, 2.5].map((f) => Number((v * f).toFixed(decimals))).filter((x) => x > 0 && x !== v);
      const steps = v <= 5 ? [1, 2, -1, 3, 4, 5] : v <= 20 ? [1, 2, -1, -2, 3, -3, 5] : [];
      if (steps.length) return steps.map((s) => v + s).filter((x) => x >= 1);
      const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
      return FACTORS.map((f) => Math.round((v * f) / magnitude) * magnitude).filter((x) => x >= 1);
    }
    default: {
      // A share's options are the nearest other shares: a third next to a quarter and half, four in five next to three in five.
      if (fact.unit === "fraction") return [...FRACTION_VALUES].filter((x) => Math.abs(x - v) > 1e-9).sort((a, b) => Math.abs(a - v) - Math.abs(b - v));
      if (fact.unit === "fraction ratio") {
        const whole = parseNumberText((fact.form?.suffix ?? "").replace(/^\s*(?:in|out of)\s+/, "")) ?? 0;
        return whole > 1 && whole <= 20 ? Array.from({ length: whole - 1 }, (_, i) => (i + 1) / whole).filter((x) => Math.abs(x - v) > 1e-9).sort((a, b) => Math.abs(a - v) - Math.abs(b - v)) : [];
      }
      const decimals = fact.form?.decimals ?? 0;
      const start = Math.floor(rnd() * 3);
      const factors = [...FACTORS.slice(start), ...FACTORS.slice(0, start)];
      return factors.map((f) => {
        const x = v * f;
        if (fact.kind === "money") {
          const scale = v / (shownFigure(fact.answer) || 1);
          const unitValue = x / scale;
          const rounded = decimals ? Number(unitValue.toFixed(decimals)) : Math.round(unitValue);
          return rounded * scale;
        }
        const rounded = decimals ? Number(x.toFixed(decimals)) : Math.round(x);
        // 99% next to 79% is an obvious throwaway; such values are skipped, not clamped.
        return fact.kind === "percent" && rounded > 95 ? -1 : rounded;
      });
    }
  }
}

/** The figures a text states ("1,227", "4.4"), as numbers. */
const FIGURE = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/g;
function numbersIn(text: string): Set<number> {
  return new Set([...text.matchAll(FIGURE)].map((m) => Number(m[0].replace(/,/g, ""))));
}

/** The first figure a text states, as numbersIn's first: an option is checked by its first figure only. */
function firstNumberIn(text: string): number | undefined {
  FIGURE.lastIndex = 0;
  const m = FIGURE.exec(text);
  FIGURE.lastIndex = 0;
  return m ? Number(m[0].replace(/,/g, "")) : undefined;
}

/**
 * "Inflation fell to 3.9% in September from 4.4% in August": an option above 4.4% could not be the answer, and the
 * one option below it would give itself away. When the prompt compares the answer with a stated figure ("from 4.4
 * percent", "from a peak of 17.2 percent"), options lie on the answer's side of it. Percentages only: another kind of
 * figure after "from" is seldom the same measure.
 */
function referenceSide(fact: Fact, prompt: string): ((x: number) => boolean) | null {
  if (fact.kind !== "percent" || fact.value === null || fact.unit === "pp" || fact.unit.startsWith("fraction")) return null;
  const v = fact.value;
  for (const m of prompt.matchAll(/\bfrom (?:a (?:peak|high|low|record) of )?(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/g)) {
    const ref = Number(m[1]);
    if (ref === v) continue;
    return ref > v ? (x) => x < ref : (x) => x > ref;
  }
  return null;
}

const BELOW = "below|under|less than|fewer than|lower than|down from";
// ("€11.8 million, of which _____ is a grant": a part is less than the whole it is of.)
const ABOVE = "above|over|more than|higher than|up from|of which";
const ONLY_BELOW = new RegExp(`^(?:${BELOW})$`);
const NUMERAL = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** "12.5%, below the ___": a figure, then a comparison whose other side is the blank. */
const FIGURE_THEN_COMPARISON = new RegExp(`${NUMERAL}[^\\d,;]{0,25},?\\s+(?:and\\s+)?(?:well\\s+|far\\s+|just\\s+)?(${BELOW}|${ABOVE})\\s+(?:the\\s+|a\\s+|an\\s+)?\\D{0,3}$`);
/** "___, below the 14.8%": the blank, then a comparison with a figure. */
const COMPARISON_THEN_FIGURE = new RegExp(`^[^\\d,;]{0,25},?\\s+(?:well\\s+|far\\s+|just\\s+)?(${BELOW}|${ABOVE})\\s+(?:the\\s+|a\\s+|an\\s+)?\\D{0,3}?${NUMERAL}`);
const PART_OF_FIGURE_AFTER = new RegExp(`^\\s+of\\s+(?:the|those|these|its|their|our|his|her)\\s+(?:(?:last|first|past|previous|remaining|other)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+|${CARDINAL_WORD_SOURCE})\\s`);
const MULTIPLIER: Record<string, number> = { double: 2, twice: 2, triple: 3, "three times": 3, "four times": 4 };
/** "31,500 ... more than double the average of about _____": a figure, then "more than" a multiple of the blank. */
const MORE_THAN_MULTIPLE = new RegExp(`${NUMERAL}[^\\d;]{0,60}?\\bmore than (double|twice|triple|three times|four times)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:of\\s+)?(?:about\\s+|around\\s+|some\\s+)?\\D{0,3}$`, "u");
// ("within 24 hours" is a rule, not a bound: "within 48 hours" is another rule, not a truer answer.)
const UPPER_BOUND = /\b(?:less than|fewer than|under|up to|no more than|at most)\s+\D{0,3}$/i;
const LOWER_BOUND = /\b(?:more than|over|above|at least|in excess of)\s+\D{0,3}$/i;

/**
 * "12.5%, below the ___ requested", "24 hours, down from ___", "in less than ___", "more than ___ people": the stem
 * compares the answer with a figure it states, or states it as a bound, and an option on the wrong side is ruled out
 * by the stem (strict read D1 items 1, 2) or true as well (D1 item 19: built in less than six years, too). Which
 * values an option may take, in the answer's own units; null when the stem compares nothing.
 */
function comparisonSide(fact: Fact): ((x: number) => boolean) | null {
  // "in the _____ half of next year": a half is only the first or second, a quarter the first to fourth (strict read Q1
  // #49, which offered "third" and "fourth" beside "second").
  const part = fact.span && fact.kind === "ordinal" ? /^\s+(half|quarter)\b/.exec(fact.sentence.slice(fact.span[1]))?.[1] : undefined;
  if (part) return (x) => x >= 1 && x <= (part === "half" ? 2 : 4);
  if (!fact.span || fact.value === null || fact.kind === "date" || fact.kind === "ordinal") return null;
  const v = fact.value;
  const shown = shownFigure(fact.answer);
  // Money is kept in units of currency ("NOK 2.3 billion" is 2.3e9): a stated "14.8" is in the answer's own scale.
  const scale = shown > 0 ? v / shown : 1;
  const before = fact.sentence.slice(0, fact.span[0]);
  const after = fact.sentence.slice(fact.span[1]);
  // "less than half", "more than three times": a bound written in the answer itself makes every option on its far
  // side true as well ("less than two thirds").
  const own = boundSide(fact.form?.prefix ?? "");
  if (own) return own === "upper" ? (x) => x < v : (x) => x > v;
  // A bound right before the blank is the blank's own; a comparison further on is with another figure.
  if (UPPER_BOUND.test(before)) return (x) => x < v;
  if (LOWER_BOUND.test(before) || /^\s*(?:\p{L}+\s+)?or more\b/u.test(after)) return (x) => x > v;
  // "The crowd of 31,500 was more than double the average of about _____": the blank is under half the figure.
  const multiple = MORE_THAN_MULTIPLE.exec(before);
  if (multiple) {
    const r = (Number((multiple[1] ?? "").replace(/,/g, "")) * scale) / (MULTIPLIER[multiple[2] ?? ""] ?? 1);
    return (x) => x < r;
  }
  // "fell from 58% in 2022 to _____", "lower the rate (CBR) by 50 basis points, from 9.25% to _____": either end lies on
  // the side of the other that the nearest change word of its clause says.
  const change = changeEndAt(fact.sentence, fact.span[0], fact.span[1], fact.answer);
  const changed = change ? changeSide(change, scale) : null;
  if (changed) return changed;
  const ref = FIGURE_THEN_COMPARISON.exec(before);
  if (ref) {
    const r = Number((ref[1] ?? "").replace(/,/g, "")) * scale;
    return ONLY_BELOW.test(ref[2] ?? "") ? (x) => x > r : (x) => x < r;
  }
  const then = COMPARISON_THEN_FIGURE.exec(after);
  if (then) {
    const r = Number((then[2] ?? "").replace(/,/g, "")) * scale;
    return ONLY_BELOW.test(then[1] ?? "") ? (x) => x < r : (x) => x > r;
  }
  // "photographed in _____ of the eleven seasons", "_____ of his 31 points": a part is fewer than its whole.
  const whole = fact.kind === "count" ? parseNumberText(PART_OF_FIGURE_AFTER.exec(after)?.[1] ?? "") : null;
  if (whole) return (x) => x < whole;
  return null;
}

/** More values on one side of the answer, for a comparison that rules out half of the usual ones. */
function oneSided(fact: Fact): number[] {
  const v = fact.value ?? 0;
  if (Number.isInteger(v) && v <= 20) return [v - 1, v - 2, v - 3, v - 4, v + 1, v + 2, v + 3, v + 5].filter((x) => x >= 1);
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
  return [0.7, 0.55, 0.85, 0.4, 1.25, 1.5, 1.8, 2.2].map((f) => (Number.isInteger(v) ? Math.round((v * f) / magnitude) * magnitude : Number((v * f).toPrecision(3))));
}

/**
 * "24 hours" among 16, 19 and 3.5 hours, "100 millilitres" among 60, 80 and 130: a round answer among odd options is
 * the only natural one (strict read D1 item 37, genprec5-1 item 5). The step an answer is round to (0 when it is not
 * round), in the units it is shown in; options must be multiples of it.
 */
function roundStep(fact: Fact, shown: number): number {
  if (!Number.isInteger(shown) || shown < 10 || fact.kind === "date" || fact.kind === "ordinal" || fact.unit === "score" || fact.unit === "clock") return 0;
  const unit = fact.unit.trim().toLowerCase();
  if (fact.kind === "duration" && /^hours?$/.test(unit) && shown % 12 === 0) return 12;
  if (fact.kind === "duration" && /^months?$/.test(unit) && shown % 6 === 0) return 6;
  if (fact.kind === "duration" && /^days?$/.test(unit) && shown % 7 === 0) return 7;
  return [1000, 500, 100, 50, 10, 5].find((step) => step < shown && shown % step === 0) ?? 0;
}

/**
 * Up to three wrong options of the same kind, unit, magnitude and written form: corpus values first, then
 * perturbations. Never the answer, never a value equal to it once written, never one that appears in the prompt.
 * Fewer than three when no more plausible ones exist: the caller then skips multiple choice.
 */
const withoutFullStop = (lower: string) => lower.replace(/\.$/, "");

/** A name written in capitals as a dateline shouts it ("LA PAZ", "NAIROBI"); an acronym ("EDC", "IUCN") is not one. */
const shouted = (text: string) => text === text.toUpperCase() && /\p{Lu}{2,}[\s-]+\p{Lu}{2,}|^\p{Lu}{5,}$/u.test(text);

/**
 * "has committed to ... renewable power by _____" (published 2026) offered 2022: an option on the other side of the
 * article's date from the answer is ruled out by the tense alone (strict read G2 items 23, 43). Which dates an option
 * may take, or null when the answer falls in the published year (or month, for a day) and either side reads true.
 * The published year (month) itself holds a past answer's options, since part of it is past.
 */
function sameSideOfPublication(fact: Fact, publishedAt: Date | null): ((x: number) => boolean) | null {
  if (fact.kind !== "date" || fact.value === null || !publishedAt || isYearlessDay(fact)) return null;
  const byYear = fact.unit === "year";
  const at = (x: number) => (byYear ? Math.floor(x / 10000) : Math.floor(x / 100));
  const published = byYear ? publishedAt.getUTCFullYear() : publishedAt.getUTCFullYear() * 100 + publishedAt.getUTCMonth() + 1;
  const answer = at(fact.value);
  // "Sowing may start on _____ and must finish by 31 October 2027" keyed 12 April 2027 offered 26 November 2026: a day
  // or month of a year after the article's takes options of its own year (lane wrong38). (A past day of an earlier year
  // keeps the article's other past days: "15 July 2000" beside "3 August 2001".)
  const keyYear = Math.floor(fact.value / 10000);
  if (!byYear && keyYear > publishedAt.getUTCFullYear()) return (x) => Math.floor(x / 10000) === keyYear;
  if (answer === published) return null;
  // A year before the answer's side: "by 2027" (published 2026) is no "by 2026"; but "in 2026" may be past or to come.
  if (answer > published) return byYear ? (x) => at(x) > published : (x) => at(x) >= published;
  return (x) => at(x) <= published;
}

/** Words that put a clause's event after the article's date even beside a past verb ("said it will meet on ..."). */
const STILL_TO_COME = new RegExp(String.raw`\b(?:${LOOKS_AHEAD_SOURCE}|shall|would|set\s+to)\b`, "i");

/**
 * "adopted Resolution 21 at its plenary session on Thursday, _____" (published November 2026) offered 10 December and
 * 1 July 2027 (strict read W0 #16): a day in the published month, asked in a clause whose verb is in the past tense,
 * is past, so an option after the article's date is ruled out by the tense. Null when the clause looks ahead or has
 * no past verb.
 */
function pastDay(fact: Fact, publishedAt: Date | null): ((x: number) => boolean) | null {
  if (fact.kind !== "date" || fact.unit !== "day" || fact.value === null || !fact.span || !publishedAt || isYearlessDay(fact)) return null;
  const before = fact.sentence.slice(0, fact.span[0]);
  if (STILL_TO_COME.test(before)) return null;
  const words = before.match(/[\p{L}'’-]+/gu) ?? [];
  if (!words.some((w, i) => isFiniteVerb(w, words[i - 1]) && (/(?:ed|^was|^were|^had|^did)$/i.test(w) || lexiconTags(w.toLowerCase()).includes("PastTense")))) return null;
  const published = publishedAt.getUTCFullYear() * 10000 + (publishedAt.getUTCMonth() + 1) * 100 + publishedAt.getUTCDate();
  return fact.value <= published ? (x) => x <= published : null;
}

/**
 * "The company, which began in _____ as a pawnbroking shop run by his grandfather" keyed 1969 offered 2023 and 2026
 * (published 2026, strict read W0 #49): a year long past takes options from its own era; one a few years old beside
 * one half a century old is a throwaway. An option may be at most half the answer's age away (and always 3 years).
 */
function sameEra(fact: Fact, publishedAt: Date | null): ((x: number) => boolean) | null {
  if (fact.kind !== "date" || fact.unit !== "year" || fact.value === null || !publishedAt) return null;
  const year = Math.floor(fact.value / 10000);
  const age = publishedAt.getUTCFullYear() - year;
  if (age < 8) return null;
  return (x) => Math.abs(Math.floor(x / 10000) - year) <= Math.max(3, age / 2);
}

const WEEKDAY_IN_PROMPT = new RegExp(String.raw`\b(?:${WEEKDAY_SOURCE})s?\b`);
/** The weekday of a date written yyyymmdd (0 = Sunday). */
const weekdayOf = (x: number) => new Date(Date.UTC(Math.floor(x / 10000), (Math.floor(x / 100) % 100) - 1, x % 100)).getUTCDay();
/** A date written yyyymmdd, `days` later (or earlier), written the same way. */
function addDays(x: number, days: number): number {
  const d = new Date(Date.UTC(Math.floor(x / 10000), (Math.floor(x / 100) % 100) - 1, (x % 100) + days));
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/**
 * "The second leg is on Sunday, _____" offered 24 November (a Tuesday) and 28 November (a Saturday): a weekday in the
 * prompt rules out dates on other weekdays (strict read I1 #6). Options are then dates on the answer's weekday, a week
 * or more away; null when the prompt names no weekday or the answer is no day.
 */
function sameWeekday(fact: Fact, prompt: string): ((x: number) => boolean) | null {
  // (A day kept without a year has no weekday: its stand-in year's would be a guess.)
  if (fact.kind !== "date" || fact.unit !== "day" || fact.value === null || !WEEKDAY_IN_PROMPT.test(prompt) || isYearlessDay(fact)) return null;
  const day = weekdayOf(fact.value);
  return (x) => x % 100 > 0 && weekdayOf(x) === day;
}

/**
 * "fish make up more than _____ of exports" offered 110% and 120% (strict read K0 #28): a share of a whole is at most
 * all of it, so a percentage followed by "of" takes no option of 100% or more.
 */
const shareOfWhole = (fact: Fact) => fact.kind === "percent" && fact.unit !== "pp" && fact.span !== null && /^\s+of\s/.test(fact.sentence.slice(fact.span[1]));

/**
 * "has committed to ... renewable power by _____" keyed 2030 among 2028, 2029 and 2031 (strict reads F1 #14, G2 #43,
 * I0 #44): a round target year ("by 2030", "net zero by 2060") is the only natural option among odd years, so a round
 * year after "by" that is still to come takes round options (multiples of five) that are also to come.
 */
function roundTargetYear(fact: Fact, publishedAt: Date | null): boolean {
  if (fact.kind !== "date" || fact.unit !== "year" || fact.value === null || !fact.span) return false;
  const year = Math.floor(fact.value / 10000);
  return year % 5 === 0 && (!publishedAt || year > publishedAt.getUTCFullYear()) && /\bby\s+$/.test(fact.sentence.slice(0, fact.span[0]));
}

/** The kind of body the words right before the blank name ("the Congolese airline _____"), or null. */
const KIND_BEFORE = /\b(airline|carrier|bank|university|ministry|news agency|broadcaster|newspaper),?\s+$/i;

/**
 * "The Congolese airline _____ will operate ..." offered African Union and a statistics office (strict read M1 #29):
 * when the sentence names the kind of body asked for and the answer's own name shows that kind ("Canopy Airways"),
 * options must show it too; others are ruled out by the stem. Null when the stem names no kind.
 */
function kindNamedBefore(fact: Fact): ((name: string) => boolean) | null {
  if (fact.kind !== "organisation" || !fact.span) return null;
  const named = KIND_BEFORE.exec(fact.sentence.slice(Math.max(0, fact.span[0] - 40), fact.span[0]))?.[1];
  if (!named) return null;
  const kind = organisationKind(named, "");
  if (kind === "other" || organisationKind("", fact.answer) !== kind) return null;
  return (name) => organisationKind("", name) === kind;
}

/** Country names said with "the": "the United States", "the Gambia", "the Philippines". */
const TAKES_THE = /\b(?:United|Republic|Kingdom|Islands|States|Emirates|Union|Federation|Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros|Vatican|Caribbean|Balkans|Sahel|Gulf)\b/;

/**
 * "and the _____ is weighing similar steps" keyed United States among Vanuatu and Grenada (strict reads I0 #42, I1
 * #29): after "the" only a name said with "the" reads, so options are such names too.
 */
function afterThe(fact: Fact): ((name: string) => boolean) | null {
  if (fact.kind !== "place" || !fact.span || !TAKES_THE.test(fact.answer) || !/\b[Tt]he\s+$/.test(fact.sentence.slice(0, fact.span[0]))) return null;
  return (name) => TAKES_THE.test(name);
}

/** Both sides of a score together ("94-91" -> 185): scores of a kind (finals, half-times) are of a size. */
const scoreTotal = (value: number) => Math.floor(value / SCORE_BASE) + (value % SCORE_BASE);

const MONTH_NAME = new RegExp(`\\b(?:${MONTH_NAME_SOURCE})\\b`, "g");

/** "from March to August" -> "from June to November", "late October" -> "late January" ...: every month moved alike, so a span keeps its length. */
function otherMonths(answer: string): string[] {
  const moved = (name: string, d: number) => MONTHS[(MONTHS.indexOf(name as (typeof MONTHS)[number]) + d + 12) % 12] ?? "";
  return [3, -3, 6, 2, -2, 1, -1].map((d) => answer.replace(MONTH_NAME, (name) => moved(name, d)));
}

export function pickDistractors(fact: Fact, pool: DistractorPool, prompt: string, key: string, count = 3, sameRankOnly = false, publishedAt: Date | null = null): string[] {
  const rnd = seededRandom(`${key}|distractors`);
  const chosen: string[] = [];
  const answerNorm = fact.answer.toLowerCase();
  const answerBare = withoutFullStop(answerNorm);
  const promptLower = prompt.toLowerCase();
  // "fell to 3.9% from 4.4%": 4.4% is no wrong option but a figure the prompt states, however it is written.
  const promptNumbers = fact.kind === "date" ? new Set<number>() : numbersIn(prompt);
  const accept = (text: string | null) => {
    if (!text) return false;
    const t = text.toLowerCase();
    // "Ostrava Minerals Inc" and "Ostrava Minerals Inc." are one option: a final full stop is no difference.
    const bareText = withoutFullStop(t);
    if (t === answerNorm || bareText === answerBare || chosen.some((c) => withoutFullStop(c.toLowerCase()) === bareText) || promptLower.includes(t)) return false;
    // "Selkämeri Lämpö has signed ... producer, _____," offers no "Selkämeri Lämpö Oy": the prompt's own company, its legal form added.
    if (namesCompany(prompt, text, { withEnding: true })) return false;
    const figure = firstNumberIn(text);
    if (figure !== undefined && promptNumbers.has(figure) && fact.value !== null) return false;
    if (fact.accepted.some((a) => a.toLowerCase() === t)) return false;
    // "LA PAZ" among Abu Dhabi and Dubai is a dateline's shouted place, and looks like no answer (strict read G2 #13, #35).
    if (shouted(text) && !shouted(fact.answer)) return false;
    chosen.push(text);
    return true;
  };
  if (fact.unit === "month range" || fact.unit === "month of the year") {
    for (const text of otherMonths(fact.answer)) if (chosen.length < count) accept(text);
    return chosen;
  }
  if (fact.value === null) {
    const rank = fact.unit.toLowerCase();
    const rankWord = rank.split(" ").pop() ?? "";
    const isSameRank = (p: Fact) => p.unit.toLowerCase() === rank || (!!rank && p.unit.toLowerCase().includes(rankWord));
    let candidates: () => Iterable<Fact>;
    let fits = (_p: Fact) => true;
    // A kind of body, or a "the", right before the blank: options must fit it as the answer does.
    const named = kindNamedBefore(fact) ?? afterThe(fact);
    if (fact.kind === "person") {
      // A person stands in only for the same kind of person of the same nationality (people whose nationality the
      // text does not give: from the same article), and never for someone the prompt or sentence already names.
      const group = (f: Fact) => `${f.nationality ?? `article:${f.article}`}|${f.roleKind ?? "other"}`;
      // A word set of the prompt, built once: a pattern per peer's word is quadratic on a large corpus.
      const promptWords = new Set(prompt.toLowerCase().split(/[^\p{L}]+/u));
      candidates = () => fromLayers(pool, (layer) => peopleGroup(layer, group(fact), group));
      fits = (p) => !p.answer.split(/\s+/).some((w) => w.length >= 4 && promptWords.has(w.toLowerCase()));
    } else if (fact.kind === "organisation") {
      // "Which Russian news agency ...?" is answered by a Russian news agency: a Vietnamese one, or a Russian meat
      // producer, gives it away. An organisation of no known kind gets no options at all.
      const orgKind = fact.orgKind;
      candidates = () => (orgKind && orgKind !== "other" ? fromLayers(pool, (layer) => groupOf(layer, "organisation|", (f) => f.orgKind ?? "other").get(orgKind)) : []);
      // "Corvia Light & Power" offered for a Velmar heating company: another article's organisation named for a place
      // this prompt does not name is no natural option (strict read: the answer is then the only natural value).
      const foreignPlace = (p: Fact) => p.article !== fact.article && p.answer.split(/[\s\-–&,.()]+/).some((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !promptLower.includes(w.toLowerCase()) && pool.some((layer) => placeWords(layer).has(w.toLowerCase())));
      fits = (p) => (!fact.nationality || p.nationality === fact.nationality) && !foreignPlace(p) && (named?.(p.answer) ?? true);
    } else if (fact.kind === "place") {
      // A city for a city, a country for a country: "Which city ...?" offered "Ukraine" would give itself away.
      candidates = () => fromLayers(pool, (layer) => groupOf(layer, "place|", (f) => f.unit.toLowerCase()).get(rank));
      // "Campinas / Santos / Graz" for a story about Brazil: a place from another article gives itself away unless it
      // is of the answer's level and country, a country for a country, or a city of the same country.
      const isCountry = (p: Fact) => isCountryName(p.answer) || p.unit.toLowerCase() === "country";
      const country = isCountry(fact);
      const sameLevel = (p: Fact) => p.article === fact.article || (country ? isCountry(p) : !!fact.country && p.country === fact.country);
      fits = (p) => sameLevel(p) && (named?.(p.answer) ?? true);
    } else {
      candidates = () => fromLayers(pool, (layer) => layer.get(poolKey(fact)));
      if (fact.nationality) fits = (p) => p.nationality === fact.nationality;
    }
    // Same rank first ("prime minister" for a prime minister), then the rest; walked lazily, since only three are
    // needed and the groups grow with the corpus.
    // Looked up only for an accepted option (three at most): a set of the whole group per fact grew with the article.
    const own = pool[0]?.get(poolKey(fact)) ?? [];
    let fromOwn = 0;
    for (const pass of sameRankOnly ? [true] : [true, false]) {
      for (const p of candidates()) {
        if (chosen.length >= count) break;
        if (p === fact || p.answer.toLowerCase() === answerNorm || (pass && !isSameRank(p)) || !fits(p)) continue;
        if (p.answer.includes(fact.answer) || fact.answer.includes(p.answer)) continue;
        // ("Kenya and Tanzania" for "Kenya and Uganda" is half right; beside "Kenya" it is another half of one option.)
        if (sharesListMember(p.answer, fact.answer) || chosen.some((c) => sharesListMember(c, p.answer) || c.includes(p.answer) || p.answer.includes(c))) continue;
        if (accept(p.answer) && own.includes(p)) fromOwn++;
      }
    }
    // A name found by form has no kind beyond its form: the article's other names of that form stand in for it.
    for (const peer of fact.peers ?? []) {
      if (chosen.length >= count) break;
      if (peer.split(/\s+/).some((w) => w.length >= 4 && promptLower.includes(w.toLowerCase())) || (named && !named(peer))) continue;
      if (accept(peer)) fromOwn++;
    }
    // "Where did Pryce score 96?" offered Colombia, Cyprus and Chile from other stories: places from elsewhere are
    // seldom of the article's region or domain (cricket nations, Sahel states) and give the answer away. Most
    // options must be places the article itself names.
    if (fact.kind === "place" && count > 1 && fromOwn < Math.min(2, count)) return [];
    return chosen;
  }

  const v = fact.value;
  const approx = fact.qualifier !== null;
  const side = referenceSide(fact, prompt);
  const compared = comparisonSide(fact);
  const shown = shownFigure(fact.answer);
  const scale = shown > 0 ? v / shown : 1;
  const step = roundStep(fact, shown);
  const unround = (x: number) => step > 0 && Math.abs(Math.round(x / scale) % step) > 1e-9;
  const sameSide = sameSideOfPublication(fact, publishedAt);
  const past = pastDay(fact, publishedAt);
  const era = sameEra(fact, publishedAt);
  // "Of the country's 22 processing plants, ___ are ...", "___ of the 42 boreholes": a part is less than its whole.
  const whole = fact.kind === "count" ? Number(/\bof (?:the |its |their )?(?:[\p{L}-]+['’]s )?(\d{1,3}(?:,\d{3})+|\d+) (?:[a-z][\w-]*\s)?[a-z][\w-]*s\b/iu.exec(prompt)?.[1]?.replace(/,/g, "") ?? NaN) : NaN;
  const weekday = sameWeekday(fact, prompt);
  const share = shareOfWhole(fact);
  const target = roundTargetYear(fact, publishedAt);
  const tooClose = (x: number) =>
    (weekday !== null && !weekday(x)) ||
    (share && x >= 100) ||
    (target && Math.floor(x / 10000) % 5 !== 0) ||
    (approx ? Math.abs(x - v) / Math.max(Math.abs(v), 1e-9) < 0.08 : x === v) ||
    (whole > v && x >= whole) ||
    (side !== null && !side(x)) ||
    (compared !== null && !compared(x)) ||
    (sameSide !== null && !sameSide(x)) ||
    (past !== null && !past(x)) ||
    (era !== null && !era(x)) ||
    unround(x);
  // The nearest values of the article itself, then of the library.
  for (const p of v > 0 ? nearestInLayers(pool, poolKey(fact), v) : []) {
    if (chosen.length >= Math.min(2, count)) break;
    if (p === fact || p.value === null || tooClose(p.value) || p.answer.toLowerCase() === answerNorm) continue;
    // "more than fifteen times" beside "more than three times": a multiple far from the answer is a throwaway option.
    if (fact.unit === "times" && v > 0 && Math.max(p.value / v, v / p.value) > 2.5) continue;
    // "12-2" (a run) or "7-1" (a league record) beside a final "94-91": a score of another size is a throwaway option.
    if (fact.unit === "score" && Math.abs(scoreTotal(p.value) - scoreTotal(v)) > Math.max(2, 0.3 * scoreTotal(v))) continue;
    // "24" would read "24.0%" next to "35.4%": decimal answers get perturbed neighbours instead.
    if ((fact.form?.decimals ?? 0) > 0 && (p.form?.decimals ?? 0) === 0) continue;
    accept(formatLike(fact, p.value));
  }
  const multiples = step > 0 ? [1, -1, 2, 3, -2, 4, 6, -3].map((k) => (shown + k * step) * scale) : [];
  const weeksAway = weekday ? [7, -7, 14, -14, 21, -21, 28].map((d) => addDays(v, d)) : [];
  const roundYears = target ? [5, 10, -5, 15, 20].map((d) => v + d * 10000) : [];
  for (const x of [...perturb(fact, rnd), ...weeksAway, ...roundYears, ...(compared ? oneSided(fact) : []), ...multiples]) {
    if (chosen.length >= count) break;
    if (x <= 0 || tooClose(x)) continue;
    accept(formatLike(fact, x));
  }
  return chosen;
}
