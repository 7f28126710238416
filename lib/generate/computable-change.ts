import { COMPUTED_CHANGE_QUALIFIERS, qualifierAlternation } from "./figure-qualifiers";
import type { Fact } from "./types";

/**
 * Whether a fact is the size of a change whose two figures its own sentence states (strict read I1 #7: "rose from
 * 42,000 ... to more than 210,000 ..., a _____ increase" keyed "fivefold"): 210,000 / 42,000 gives it away in any
 * blank, question or statement made from the sentence. Only a multiple ("fivefold", "three times") or a percentage
 * change ("rose 25%", "a 25% rise") beside a "from X" and a "to Y" figure outside its own span; years are no figures.
 */
const QUAL = String.raw`(?:(?:${qualifierAlternation(COMPUTED_CHANGE_QUALIFIERS)})\s+)?`;
const FIGURE = String.raw`(?:[A-Z]{2,3}\$?\s?|US\$|[$€£¥₹])?(\d[\d,]*(?:\.\d+)?)(?!\.?\d)`;
const FROM_FIGURE = new RegExp(String.raw`\bfrom\s+${QUAL}${FIGURE}`, "g");
const TO_FIGURE = new RegExp(String.raw`\bto\s+${QUAL}${FIGURE}`, "g");
const MULTIPLE = /^(?:\w+fold|twice|double|triple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)$/i;
const CHANGE_AFTER = /^[\s-]*(?:increase|rise|jump|growth|gain|climb|surge|drop|fall|decline|decrease|reduction|cut|slump)\b/i;
const CHANGE_BEFORE = /\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|climbed|jumped|surged|gained|dropped|declined|increased|decreased|slumped|up|down|by)\s+$/i;
const YEAR = /^(?:1[89]|20)\d\d$/;
// Figures of another change in the same sentence ("..., while costs fell from X to Y") are not this change's.
const CLAUSE_BREAK = /;|\b(?:while|whereas|but|and)\b/;

function figuresOutside(sentence: string, re: RegExp, span: readonly [number, number]): boolean {
  for (const m of sentence.matchAll(re)) {
    const digits = m[1] ?? "";
    const at = m.index + m[0].length - digits.length;
    if (YEAR.test(digits)) continue;
    const between = at >= span[1] ? sentence.slice(span[1], at) : sentence.slice(at + digits.length, span[0]);
    if ((at + digits.length <= span[0] || at >= span[1]) && !CLAUSE_BREAK.test(between)) return true;
  }
  return false;
}

export function computableChange(fact: Fact): boolean {
  if (!fact.span) return false;
  const [start, end] = fact.span;
  const sentence = fact.sentence;
  const answer = fact.answer.trim();
  const isChange = MULTIPLE.test(answer)
    || (fact.kind === "percent" && (CHANGE_AFTER.test(sentence.slice(end)) || CHANGE_BEFORE.test(sentence.slice(0, start))));
  if (!isChange) return false;
  return figuresOutside(sentence, FROM_FIGURE, fact.span) && figuresOutside(sentence, TO_FIGURE, fact.span);
}
