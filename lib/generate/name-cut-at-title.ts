import type { Fact } from "./types";

// Titles that stand inside a name with a full stop: "Marcus St. Rose", "Port St. Lucie", "Mt. Hagen Hospital".
const INNER_TITLE = /^(?:St|Ste|Mt|Ft|Dr|Jr|Sr)$/;

/**
 * A name cut at an abbreviation's full stop ("Marcus St" of "Marcus St. Rose said ..."): its last word is a title
 * that the sentence follows with "." and another capitalised word, so the name goes on and the answer would teach a
 * name that does not exist. Such a fact gets no card (its sentence keeps its other facts).
 */
export function nameCutAtTitle(fact: Pick<Fact, "kind" | "answer" | "sentence" | "span">): boolean {
  if (fact.kind !== "person" && fact.kind !== "organisation" && fact.kind !== "place") return false;
  const last = fact.answer.trim().split(/\s+/).pop() ?? "";
  if (!INNER_TITLE.test(last)) return false;
  const end = fact.span?.[1] ?? (fact.sentence.indexOf(fact.answer) >= 0 ? fact.sentence.indexOf(fact.answer) + fact.answer.length : -1);
  return end >= 0 && /^\.\s+\p{Lu}/u.test(fact.sentence.slice(end));
}
