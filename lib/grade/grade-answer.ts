import type { FactKind, ItemType } from "@/lib/generate/types";
import { listMembers } from "@/lib/generate/list-members";
import { boundOf, foldText, parseAmount, parseDateAnswer, splitCurrency, splitQuantity } from "./normalize-answer";

export interface GradableItem {
  type: ItemType;
  kind: FactKind;
  answer: string;
  accepted: string[];
  choices: string[];
}

export interface GradeResult {
  correct: boolean;
  normalizedResponse: string;
}

/** Damerau-Levenshtein (optimal string alignment) distance, capped early: only <= 1 matters here. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] ?? 2;
}

function nameWords(text: string): string[] {
  return foldText(text).replace(/^(?:mr|ms|mrs|dr|president|prime minister)\s+/, "").replace(/[^a-z0-9 ]/g, " ").split(" ").filter(Boolean);
}

/**
 * Names: case and diacritics ignored, one small typo forgiven (names of 5+ letters). The full name is
 * required: a surname alone ("Chernyshenko") is wrong, because Vietnamese family names are shared by
 * millions (Nguyen, Tran, Pham) and the item asks for the person, not the family.
 */
function sameName(expected: string, response: string): boolean {
  const e = nameWords(expected).join(" ");
  const r = nameWords(response).join(" ");
  if (!e || !r) return false;
  if (e === r) return true;
  if (nameWords(expected).length !== nameWords(response).length) return false;
  return e.replace(/ /g, "").length >= 5 && editDistance(e, r) <= 1;
}

/**
 * A list of names typed in another order or joined otherwise ("Uganda and Kenya", "Uganda, Kenya" for "Kenya and
 * Uganda"): each name once, each the answer's (a typo forgiven as in one name), none missing or added.
 */
function sameList(expected: string, response: string): boolean {
  const e = listMembers(expected);
  const r = listMembers(response);
  if (!e || !r || e.length !== r.length) return false;
  const left = [...e];
  for (const m of r) {
    const i = left.findIndex((x) => sameName(x, m));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/**
 * "1,000 megawatts" for "1,000-megawatt", "3 days" for "three-day", "40 metres" for "40-metre": the same number of
 * the same unit, however joined. A bare number is the question's own unit; another unit is wrong.
 */
function sameQuantity(expected: string, response: string): boolean {
  const e = splitQuantity(expected);
  const r = splitQuantity(response);
  if (!e || !r || (r.unit !== null && r.unit !== e.unit)) return false;
  if (!sameBound(expected, response)) return false;
  const a = parseAmount(e.amount);
  const b = parseAmount(r.amount);
  return a !== null && b !== null && Math.abs(a - b) <= Math.abs(a) * 1e-9;
}

/** A bound typed must be the answer's own: "less than 300" is not "more than 300" (a bare "300" is fine). */
function sameBound(expected: string, response: string): boolean {
  const r = boundOf(response);
  return r === null || r === boundOf(expected);
}

function sameNumber(kind: FactKind, expected: string, response: string): boolean {
  if ((kind === "count" || kind === "duration" || kind === "ordinal") && sameQuantity(expected, response)) return true;
  const a = parseAmount(expected);
  const b = parseAmount(response);
  if (a === null || b === null) return false;
  // A bound typed must be the answer's own: "less than 300" is not "more than 300" (a bare "300" is fine when the
  // question carries the bound, but not when the answer does: "half" is no answer for "less than half").
  if (!sameBound(expected, response)) return false;
  if (kind === "percent" && /\b(?:billion|million|\$)/i.test(response)) return false;
  // "2,760 kwacha" or "MWK 2,760" for "K2,760"; "2,760 rand" is another sum.
  if (kind === "money") {
    const [ec, rc] = [splitCurrency(expected).codes, splitCurrency(response).codes];
    if (ec && rc && !rc.some((c) => ec.includes(c))) return false;
  }
  // A bare "3.5" for "US$3.5 billion" means the same amount in the unit the question uses.
  if (kind === "money" && a !== b && /^\s*[\d.,]+\s*$/.test(response)) {
    const shown = Number((/[\d.,]+/.exec(expected)?.[0] ?? "").replace(/,/g, ""));
    return Math.abs(shown - b) < 1e-9;
  }
  if (kind === "duration") {
    const unit = (s: string) => /(day|week|month|year|decade|hour)/.exec(foldText(s))?.[1] ?? null;
    const ru = unit(response);
    if (ru && ru !== unit(expected)) return false;
  }
  return Math.abs(a - b) <= Math.abs(a) * 1e-9;
}

function sameDate(expected: string, response: string): boolean {
  const a = parseDateAnswer(expected);
  const b = parseDateAnswer(response);
  return !!a && !!b && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Grades a learner's response; options must match exactly, typed answers are compared by meaning. */
export function gradeAnswer(item: GradableItem, response: string): GradeResult {
  const normalizedResponse = foldText(response);
  if (item.type === "choice" || item.type === "truefalse") {
    const picked = item.choices.find((c) => c === response.trim()) ?? item.choices.find((c) => foldText(c) === normalizedResponse);
    return { correct: picked !== undefined && picked === item.answer, normalizedResponse };
  }
  if (!normalizedResponse) return { correct: false, normalizedResponse };
  const expected = [item.answer, ...item.accepted];
  const correct = expected.some((e) => {
    if (foldText(e) === normalizedResponse) return true;
    switch (item.kind) {
      case "person":
      case "organisation":
      case "place":
        return sameName(e, response) || sameList(e, response);
      case "date":
        return sameDate(e, response);
      default:
        return sameNumber(item.kind, e, response);
    }
  });
  return { correct, normalizedResponse };
}
