import type { Fact } from "./types";

// Titles that stand inside a name with a full stop: "Marcus St. Rose", "Port St. Lucie", "Mt. Hagen Hospital".
const INNER_TITLE = /^(?:St|Ste|Mt|Ft|Dr|Jr|Sr)$/;

/**
 * A name cut at an abbreviation's full stop ("Marcus St" of "Marcus St. Rose said ..."): its last word is a title
 * that the sentence follows with "." and another capitalised word, so the name goes on and the answer would teach a
 * name that does not exist; so is a "person" followed by a bare number. Such a fact gets no card (its sentence keeps its
 * other facts).
 */
export function nameCutAtTitle(fact: Pick<Fact, "kind" | "answer" | "sentence" | "span">): boolean {
  if (fact.kind !== "person" && fact.kind !== "organisation" && fact.kind !== "place") return false;
  const end = fact.span?.[1] ?? (fact.sentence.indexOf(fact.answer) >= 0 ? fact.sentence.indexOf(fact.answer) + fact.answer.length : -1);
  if (end < 0) return false;
  // "Algeria's Ligue Professionnelle 1": a "person" the sentence follows with a bare number is a league's, a race's or
  // a product's name cut short ("Formula 1"), no one's name (a score, "2-1", or a share, "12%", is another matter).
  if (fact.kind === "person" && /^\s\d+(?![\d.,%–-])/.test(fact.sentence.slice(end))) return true;
  const last = fact.answer.trim().split(/\s+/).pop() ?? "";
  if (!INNER_TITLE.test(last)) return false;
  return /^\.\s+\p{Lu}/u.test(fact.sentence.slice(end));
}
