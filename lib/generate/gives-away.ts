import type { Fact } from "./types";
import { hasWholeWord } from "./whole-word";

/**
 * Whether a prompt gives away part of its answer that the plain "answer in prompt" check misses (strict reads C1
 * item 23, genstrict-1 items b36, c39): the company without its legal form ("Andes Air" for "Andes Air S.A."), the
 * person by surname ("Sharifov hosts ..."), "twice" for "twice as many", "Q2" for "the second quarter".
 */
const LEGAL_FORM = /(?:,?\s+(?:S\.?A\.?|Inc\.?|Ltd\.?|Pty\.?|Ltd|plc|PLC|AG|SE|NV|N\.V\.|ASA|AS|AB|Oy|LLC|L\.L\.C\.|Corp\.?|Corporation|Co\.?|Company|Group|Holdings?|GmbH|S\.p\.A\.|S\.A\.S\.|Bhd|Limited|Tbk))+$/;
const GENERIC_NAME_WORD = /^(?:The|National|International|University|Universidad|Université|Bank|Central|Federal|Royal|State|United|European|American|British|General|Global|World|Ministry|Department|Institute|Council|Court|Office|Agency|Association|Federation|Union|Commission|Committee|Board|Authority|Society|Foundation|Centre|Center|Group|Company|Corporation|New|North|South|East|West|Asian|African|Pacific|Atlantic|Southern|Northern|Eastern|Western|Chinese|Indian|Japanese|Korean|German|French|Spanish|Italian|Australian|Canadian|Swedish|Norwegian|Danish|Dutch|Polish)$/;
const ORDINAL_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const has = hasWholeWord;

export function givesAwayPart(prompt: string, fact: Fact): boolean {
  const answer = fact.answer.trim();
  if (fact.kind === "organisation") {
    const name = answer.replace(LEGAL_FORM, "");
    if (name !== answer && name.length >= 3 && has(prompt, name)) return true;
    // "ordered _____ (BrightSun)": the name's own first word, when it is no common word ("National", "University").
    const first = name.split(/\s+/)[0] ?? "";
    // (Matched as written: "adult fish" does not give away the journal "Fish and Fisheries".)
    return name.includes(" ") && first.length >= 4 && !GENERIC_NAME_WORD.test(first) && has(prompt, first, true);
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
