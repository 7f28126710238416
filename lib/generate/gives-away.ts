import type { Fact } from "./types";

/**
 * Whether a prompt gives away part of its answer that the plain "answer in prompt" check misses (strict reads C1
 * item 23, genstrict-1 items b36, c39): the company without its legal form ("Andes Air" for "Andes Air S.A."), the
 * person by surname ("Sharifov hosts ..."), "twice" for "twice as many", "Q2" for "the second quarter".
 */
const LEGAL_FORM = /(?:,?\s+(?:S\.?A\.?|Inc\.?|Ltd\.?|Pty\.?|Ltd|plc|PLC|AG|SE|NV|N\.V\.|ASA|AS|AB|Oy|LLC|L\.L\.C\.|Corp\.?|Corporation|Co\.?|Company|Group|Holdings?|GmbH|S\.p\.A\.|S\.A\.S\.|Bhd|Limited|Tbk))+$/;
const ORDINAL_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const has = (text: string, part: string) => new RegExp(`(?<![\\p{L}\\d])${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "iu").test(text);

export function givesAwayPart(prompt: string, fact: Fact): boolean {
  const answer = fact.answer.trim();
  if (fact.kind === "organisation") {
    const name = answer.replace(LEGAL_FORM, "");
    return name !== answer && name.length >= 3 && has(prompt, name);
  }
  if (fact.kind === "person") {
    const surname = answer.split(/\s+/).at(-1) ?? "";
    return answer.includes(" ") && surname.length >= 3 && has(prompt, surname);
  }
  const multiplier = /^(twice|three times|four times|half|double|triple)\b/i.exec(answer)?.[1];
  if (multiplier && fact.kind !== "ordinal") return has(prompt, multiplier);
  if (fact.kind === "ordinal" && fact.span) {
    const rank = ORDINAL_NUMBER[answer.toLowerCase()];
    const period = /^\s+(quarter|half)\b/i.exec(fact.sentence.slice(fact.span[1]))?.[1]?.toLowerCase();
    if (rank && period) return has(prompt, `${period === "quarter" ? "Q" : "H"}${rank}`);
  }
  return false;
}
