import { MONTH_PREFIX_SOURCE } from "./calendar-names";
import type { FactKind } from "./types";

/**
 * Values a sentence gives away or that are not worth learning, whatever item is built on them. Each rule comes from a
 * strict read of blind batch 2026-11b (/work/coord/strict-read-b*.md); examples beside each.
 */

/** Nouns a text counts to announce its own structure: "Three conclusions follow.", "Three reasons stand out." */
const DISCOURSE_NOUNS = /^(?:reasons?|conclusions?|lessons?|questions?|things?|ways?|factors?|findings?|takeaways?|caveats?|explanations?|arguments?|observations?|themes?|problems?|issues?|steps?|options?|scenarios?|possibilities|messages?)\b/i;

/** Words that start a sentence or a phrase and are capitalised for that reason, not because they name something. */
const FUNCTION_WORDS = new Set(
  "About Some Nearly Around Only Just Over Under More Fewer Almost Roughly In By From Since To With Of The A An All Another Until Between Last Top For On At And Or But Up Down Some Each Every Its Their His Her Our Page Chapter Article Section Round Stage Phase Group Pool Level Grade Category Class".split(" "),
);
const MONTHS = new RegExp(String.raw`^(?:${MONTH_PREFIX_SOURCE})[a-z]*\.?$`);

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

export interface SpanToCheck {
  kind: FactKind;
  start: number;
  end: number;
  answer: string;
  value: number | null;
}

// A discourse noun after a count, with one word between at most ("three main reasons"); and the same ending the
// sentence or opening a list. Compiled once: a Unicode class under case folding takes long to compile.
const DISCOURSE_NOUN_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${DISCOURSE_NOUNS.source.slice(1)}`, "iu");
const DISCOURSE_NOUN_ENDING = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${DISCOURSE_NOUNS.source.slice(1)}\\s*(?:[.:]\\s*$|:)`, "iu");

/** "by 50 basis points, from 9.25% to 8.75%": any of the three follows from the other two. */
// (The change is a figure: "operated by Kesso Transit rose from 64 to 90" has none. The new end keeps its unit words,
// "to 1.5 megawatt hours", else they were left behind after the change, "by 40% megawatt hours".)
const CHANGE_FROM_TO = /\bby\s+(?=[^,;\d]{0,12}(?:\d|\b(?:half|a third|a quarter|a fifth|a tenth|one|two|three|four|five|six|seven|eight|nine|ten)\b))[^,;]{1,40}?,?\s+from\s+[^,;]{1,30}?\s+to\s+[\d.,]+(?:\s?(?:%|percent|per cent)|(?:\s(?!(?:in|by|over|from|on|at|and|or|as|after|before|since|this|last|next|a|an|the|per|to|for|with|while|than|compared)\b)[a-z]+){1,3})?|\bfrom\s+[^,;]{1,30}?\s+to\s+[^,;]{1,30}?,?\s+(?:a|an)\s+(?:rise|fall|increase|decrease|drop|cut)\s+of\s+[\d.,]+\s?(?:%|percent|per cent|basis points|percentage points)/gi;

/** The place a dateline opens with: "KOTOR, Montenegro, ", "Lilongwe, ", "Port Louis, Mauritius, ". */
const DATELINE_PLACE = /^\p{Lu}[\p{L} .'’-]{1,30}(?:,\s\p{Lu}[\p{L} .'’-]{1,30})?,\s*$/u;

/** Why the value at this span must not be asked, or null when it may be. */
export function refusedSpan(text: string, span: SpanToCheck): string | null {
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  const shown = text.slice(span.start, span.end);
  // "Lyon had 12 points in Group B after four matches": how far the table is, not a fact of its own.
  const unit = /(?:matches|games|rounds|fixtures|races)/.source;
  if (span.kind === "count" && /\bafter\s+$/.test(before) && (new RegExp(`\\b${unit}$`).test(shown) || new RegExp(`^\\s+${unit}\\b`).test(after))) return "standings context";
  // "Three conclusions follow." / "Three reasons stand out." — the text announcing its own parts.
  const noun = DISCOURSE_NOUN_AFTER;
  const words = text.trim().split(/\s+/).length;
  if (span.kind === "count" && (noun.test(after) || noun.test(shown.replace(/^\S+/, ""))) && before.trim().split(/\s+/).length <= 3 && (words <= 8 || /:\s*$/.test(text.trim()))) return "connective";
  // "Economists who study the three cases draw two lessons.": a count of the text's own points that ends the sentence
  // or opens a list (self-read genpr-0 item 29).
  if (span.kind === "count" && DISCOURSE_NOUN_ENDING.test(after)) return "connective";
  // "The second is that the tax hit the very thing ...": the next of the text's points (strict read E1 item 22).
  if (span.kind === "ordinal" && /^(?:The|A)\s+$/.test(before.trim() + " ") && /^\s+(?:is|was)\s+(?:that|to|the)\b/.test(after)) return "connective";
  // "A second option is to shift exports.", "A second part of the package, worth about $500 million, ...": an ordinal
  // that only orders the text's own points or pieces (self-read genpr-3 item 24).
  if (span.kind === "ordinal" && before.trim().split(/\s+/).filter(Boolean).length <= 2 && (noun.test(after) || /^\s+(?:part|element|component|pillar|strand|plank)\s+of\b/.test(after))) return "connective";
    // "shown to the public for the first time at ProMat": a launch is always the first time.
  if (span.kind === "ordinal" && /^first$/i.test(span.answer) && /^\s*time\b/.test(after)) return "first time";
  // "growth of 5.3% in 2026 and 5.6% in 2027": a year beside the next one in a series.
  if (span.kind === "date" && /^\d{4}$/.test(span.answer)) {
    const year = Number(span.answer);
    for (const m of (before + " " + after).matchAll(/\b(?:19|20)\d{2}\b/g)) if (Math.abs(Number(m[0]) - year) === 1) return "series of years";
  }
  // "comes in three colors — black, sand and a pale green": the list after the count counts it (genstrict-1 c28).
  if (span.kind === "count" && span.value !== null && span.value >= 2 && span.value <= 12) {
    const list = /^\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s*(?:[—–:(]|--?)\s*([^—–:();.]*?\band\s+[^,;.—–()]+)/u.exec(after)?.[1];
    if (list && list.split(/,|\band\b/).filter((w) => w.trim()).length === span.value) return "counted by its list";
  }
  // "a budget for 2026/27": the second half of a fiscal year's label (genstrict-final item 18).
  if (span.kind === "count" && /\b(?:19|20)\d{2}[/–-]$/.test(before)) return "part of a year label";
  // "On its own, CA19-9 is too unreliable", "Covid-19": a number joined to a name by a hyphen (genstrict-1 c17).
  if ((span.kind === "count" || span.kind === "date") && before.endsWith("-") && /\p{L}[\p{L}\d]*-$/u.test(before)) return "part of a name";
  // "to sell the route to a third party", "had to pass through third countries": an idiom, not a rank (genstrict-1
  // c18, self-read genpr-0 item 50).
  if (span.kind === "ordinal" && /^third$/i.test(span.answer) && /^\s+(?:party|parties|person|world|way|countries|country|states|markets)\b/i.test(after)) return "idiom";
  // "shields customers from the first stage; it will add a second stage": the ordinal before it counts to it (genstrict-1 b3).
  if (span.kind === "ordinal") {
    const rank = ORDINALS.indexOf(span.answer.toLowerCase());
    const noun = /^\s+([\p{L}-]+)/u.exec(after)?.[1];
    if (rank > 0 && noun && new RegExp(`\\b${ORDINALS[rank - 1]}\\s+${noun.replace(/s$/, "")}`, "i").test(before + " " + after)) return "counted by the ordinal before it";
  }
  // "Gliese 1002 appears to be quiet", "a Boeing 787": the number is part of a name.
  const previousWord = /(\S+)\s$/.exec(before)?.[1] ?? "";
  if ((span.kind === "count" || span.kind === "date") && /^\d+$/.test(span.answer) && /^\p{Lu}[\p{L}-]+$/u.test(previousWord) && !FUNCTION_WORDS.has(previousWord) && !MONTHS.test(previousWord))
    return "part of a name";
  // "the Central Bank Rate", "Kenya Airways": an organisation or place that is only the start of a longer name.
  if ((span.kind === "organisation" || span.kind === "place") && /^\s\p{Lu}\p{Ll}+\b(?!’s|'s)/u.test(after) && !/^\s(?:On|In|At|But|And|The|This|That|It)\b/.test(after)) return "part of a name";
  // "The Isle of Wight Council": a name cut after its "Isle of" (genstrict-final2 item 31).
  if ((span.kind === "organisation" || span.kind === "place") && /\b(?:Isle|Bank|Republic|University|Port|Cape|Gulf|Bay|Sea|Lake|Mount|Kingdom|City|Province|County|Institute|College|School|Museum|Palace|Duchy|Isles|Islands?)\s+(?:of|de|du|del|di)\s+$/.test(before)) return "part of a name";
  // "GENEVA, 22 March 2026 (World Water Day) — ...": the dateline's date is when the text was written, not a fact.
  // So is "KOTOR, Montenegro, Nov. 24 — ..." and a statement's closing line "Lilongwe, 27 November 2026" (strict read G2
  // items 4 and 42): a place, perhaps its country, then the day, then a dash or nothing more.
  if (span.kind === "date" && /^[A-Z][A-Z .'’-]{2,30},\s*$/.test(before)) return "dateline";
  if (span.kind === "date" && DATELINE_PLACE.test(before) && /^\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—/]|\.?\s*$)/.test(after)) return "dateline";
  // "Shares in Andes Air rose 4.3% in Santiago after the results": a day's share move (strict read B item 37).
  if (span.kind === "percent" && /^(?:Its\s|The\s\w+’s\s|[\p{Lu}][\p{L}\s-]*’s\s)?[Ss]hares\b(?:\s(?:in|of)\s[^,]{1,40})?\s(?:rose|fell|gained|lost|jumped|dropped|climbed|slid|surged|tumbled|edged)\b/u.test(text) && /\b(?:after the (?:results|announcement|news|report)|on the (?:news|day)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday)|in (?:early|morning|afternoon|late) trading)\b/.test(text)) return "share move";
  // "... flies to Melbourne on Friday ... before returning to Hanoi on Saturday": an itinerary (strict read B item 34).
  if (span.kind === "place" && /\b(?:returning|return|returns|returned|heading back|flies back|flying back)\s+(?:home\s+)?to\s+$/.test(before)) return "itinerary";
  // "Professor Anton Pretorius of the University of Cape Town said": an outside commentator's employer (strict read B item 20).
  if (span.kind === "organisation" && /\b(?:Professor|Prof\.|Dr\.?|analyst|economist|researcher|commentator)\s+(?:\p{Lu}[\p{L}’'-]+\s){1,3}(?:of|at)\s+(?:the\s+)?$/u.test(before) && /\b(?:said|says|told|warned|noted|added)\b/.test(after)) return "commentator's employer";
  // "said Professor Helen Marsh of the University of Cambridge, who was not involved in the work": her employer too.
  if (span.kind === "organisation" && /^,?\s+who (?:was|is|were) not (?:part of|involved)\b/.test(after)) return "outside commentator";
  // '"Habitable zone does not mean habitable," said Dr Nadia Rahman ..., who was not part of the team': an outside voice.
  if (span.kind === "person" && /\bwho (?:was|is|were) not (?:part of|involved in|involved with)\b/.test(after)) return "outside commentator";
  // "a second source", '"third neighbours"': a word of a quotation.
  if (span.kind === "ordinal" && ((before.match(/[“"]/g) ?? []).length - (before.match(/[”]/g) ?? []).length) % 2 === 1) return "word of a quotation";
  // "received two formal complaints, both concerning ...": "both" says two.
  if (span.kind === "count" && span.value === 2 && /\bboth\b/i.test(after.slice(0, 80))) return "both";
  // "according to the Korea International Trade Association (KITA)": who is cited is not what the text teaches.
  if (span.kind === "organisation" && /\baccording to\s+(?:the\s+)?$/i.test(before)) return "source cited";
  // "flight time about 2 hours 50 minutes": either part alone is cut out of one duration (self-read genpr-0 item 34).
  if (span.kind === "duration" && (/^\s+(?:and\s+)?\d+\s?(?:h|hours?|min|minutes?|s|seconds?|days?|weeks?|months?)\b/.test(after) || /\b\d+\s?(?:h|hours?|min|minutes?|days?|weeks?|months?|years?)\s+(?:and\s+)?$/.test(before))) return "part of a longer duration";
  // "the five days drew 142,300 spectators": a duration used as a noun names the event's length by definition.
  if (span.kind === "duration" && /\bthe\s+$/i.test(before) && !/^[-\s]*(?:long|old)\b/.test(after)) return "definitional duration";
  return null;
}

/** "the fifth largest source of students, after China, India, Nepal and the Philippines": the list counts the answer. */
const RANK_LIST = /^([\s-]*(?:[\p{L}-]+\s){0,6}[\p{L}-]*?),?\s+(?:after|behind)\s+[^.;]*?,[^.;]*?\band\s(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*/u;

/**
 * The sentence as it may be shown with this value blanked or swapped, when the sentence gives the value away: an
 * ordinal without the list that counts it ("the fourth largest market for the fruit"), a figure of a change without
 * the figures that sum to it. Null when nothing gives it away.
 */
export function withoutGiveaway(text: string, span: { kind: FactKind; start: number; end: number }): string | null {
  if (span.kind === "ordinal") {
    const m = RANK_LIST.exec(text.slice(span.end));
    if (m) return text.slice(0, span.end) + (m[1] ?? "") + text.slice(span.end + m[0].length);
  }
  return withoutArithmetic(text, span);
}

/**
 * "lower the rate by 50 basis points, from 9.25% to 8.75%": any of the three follows from the other two. The sentence
 * as it may be shown with this value blanked or swapped: without the change when the value is an end ("lower the
 * rate from 9.25% to 8.75%"), without the ends when it is the change. Null when no sum involves the value.
 */
export function withoutArithmetic(text: string, span: { start: number; end: number }): string | null {
  for (const m of text.matchAll(CHANGE_FROM_TO)) {
    const at = m.index;
    if (span.start < at || span.end > at + m[0].length) continue;
    const from = /,?\s+from\s/.exec(m[0]);
    if (!from || !m[0].startsWith("by")) return null;
    const changeEnd = at + from.index;
    // The change itself: keep "by 50 basis points", drop ", from 9.25% to 8.75%".
    if (span.end <= changeEnd) return text.slice(0, changeEnd) + text.slice(at + m[0].length);
    return text.slice(0, at) + text.slice(changeEnd).replace(/^,?\s+/, "");
  }
  return null;
}

/** Sentences that are not statements to learn from: contact lines and addresses. */
export function notAFactSentence(text: string): boolean {
  return /^(?:Press|Media|Investor|Editorial)\s(?:contacts?|enquiries|inquiries|relations)\b|^Contacts?:|[\w.-]+@[\w-]+\.\w|\+\d{1,3}[\s\d]{6,}/i.test(text.trim());
}

/** "records kept by the MWF since 1987": the year dates the agent's keeping of the noun, not the sentence's verb. */
const PARTICIPLE_BY = /\b\p{Ll}+s\s(?:\p{Ll}+ed|kept|held|built|run|made|taken|written|set|paid|sold|grown|given|drawn|won)\sby\s(?:the\s)?(?:[\p{L}’'.-]+\s){1,4}?since\s+$/u;

/**
 * "has courted African partners since hosting a business forum ... in 2022": the year dates the gerund's event (the
 * forum), not the sentence's verb (the courting), until a comma closes the phrase ("After hosting the forum, it signed a
 * deal in 2023" dates the signing).
 */
const GERUND_PHRASE = /\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Ww]hile|[Uu]pon|[Uu]ntil)\s(?!(?:morning|evening|spring)\b)\p{Ll}+ing\b[^,;]*?\s(?:in|on|during)\s+$/u;

/**
 * "a Eurobond due in 2028", "double the amount agreed in 2021": the year dates the noun before it (when the bond falls
 * due, when the amount was agreed), not the sentence's event, so a question "In which year did ...?" would be wrong.
 * (So does a year inside a gerund phrase or after an agent's participle, above: each dates another event than the
 * sentence's verb.)
 */
export function qualifiesNoun(text: string, span: { start: number; kind: FactKind }): boolean {
  const before = text.slice(0, span.start);
  return span.kind === "date" && (GERUND_PHRASE.test(before) || /\b(?:due|maturing|expiring|matures|expires|dated)\s+(?:in\s+|on\s+)?$/i.test(before) || /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?\p{Ll}+ed\s+(?:in|on|since)\s+$/u.test(before) || PARTICIPLE_BY.test(before));
}
