import { isFiniteVerb } from "./tag-words";

/**
 * Tables whose columns are periods ("| Area | 2027 | 2026 | Change |", "| | Q3 2026 | Q3 2025 | Change |"): each row
 * gives its figure in the latest period and its change, written as a sentence that carries the row, the period and
 * the unit of the caption or heading ("Where it goes (MKD million)"). The earlier period's figure is a base value,
 * which strict reads find not worth learning, so it gives no statement of its own.
 */

/**
 * A period's year: "2027", "Q3 2026", "H1 2026", "FY2026", or a range of years ("2025/26", "2025-26", "2025–2026"),
 * which is a period only when it spans one year (spansOneYear): a fiscal year or a season, not "2026-2030".
 */
export const PERIOD_YEAR_SOURCE = String.raw`(?:(?:Q[1-4]|H[12]|[1-9]M|FY)\s?)?(?:19|20)\d{2}(?:[/–-](?:(?:19|20)\d{2}|\d{2}))?`;
/** The kind of figure a period's heading may name after its year ("2026 budget", "2027 draft"). */
export const PERIOD_KIND_SOURCE = "budget|draft|estimate|forecast|outturn|actual";
/** "2027", "Q3 2026", "2025-26", "2026 budget", "2027 draft", each with an optional unit. */
const PERIOD = new RegExp(`^(${PERIOD_YEAR_SOURCE})(?:\\s(${PERIOD_KIND_SOURCE}))?$`);
const YEAR_RANGE = /((?:19|20)\d{2})[/–-]((?:19|20)\d{2}|\d{2})(?!\d)/g;

/**
 * Whether every range of years in a text spans one year ("2025-26", "2024–2025", "1999/00"), as a fiscal year or a
 * season does. "2026-2030", "2025-30" or "1991-2020" is a span of several years (a plan, a total, a climate normal):
 * no period whose figure is the latest or the earlier one.
 */
export function spansOneYear(text: string): boolean {
  for (const [, first, last] of text.matchAll(YEAR_RANGE)) {
    const start = Number(first);
    const end = (last ?? "").length === 4 ? Number(last) : start - (start % 100) + Number(last);
    if (end !== start + 1 && end + 100 !== start + 1) return false;
  }
  return true;
}
const CHANGE = /^(?:%\s)?change(?:\s\(%\))?$|^y\/y$|^yoy$|^%$/i;
const UNIT = /\s*\(([^()]{1,30})\)\s*$/;
/** A table's scale word or letter ("bn", "m", "k") spelled out. */
export const SCALE_WORD: Record<string, string> = { m: "million", mn: "million", million: "million", bn: "billion", b: "billion", billion: "billion", k: "thousand", thousand: "thousand" };

export interface PeriodColumn {
  index: number;
  /** "in 2027", "in the 2027 budget" */
  phrase: string;
  /** "2027", "the 2027 budget": the period as the end of a change ("from 2026 to 2027"). */
  bare: string;
  /** For ordering: the year, then the quarter or half. */
  order: number;
}

const MONTH_COUNTS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

const bareHeading = (heading: string) => heading.replace(UNIT, "").trim();

export function periodColumn(heading: string, index: number): PeriodColumn | null {
  // ("2027 (draft)" is the 2027 draft, not a unit.)
  const m = PERIOD.exec(heading.trim().replace(/\s*\((budget|draft|estimate|forecast|outturn|actual)\)$/i, (_, w: string) => ` ${w.toLowerCase()}`)) ?? PERIOD.exec(bareHeading(heading));
  if (!m) return null;
  const period = m[1] ?? "";
  if (!spansOneYear(period)) return null;
  // "9M 2026" is no phrase a reader knows: "the first nine months of 2026".
  const months = /^([1-9])M\s?((?:19|20)\d{2})$/.exec(period);
  const span = months ? `the first ${MONTH_COUNTS[Number(months[1])] ?? months[1]} months of ${months[2]}` : period;
  const bare = m[2] ? `the ${period} ${m[2]}` : span;
  const year = Number(/(?:19|20)\d{2}/.exec(period)?.[0] ?? 0);
  const part = Number(/^[QH]([1-4])/.exec(period)?.[1] ?? 0);
  return { index, phrase: `in ${bare}`, bare, order: year * 10 + part };
}

export const isChangeColumn = (heading: string) => CHANGE.test(heading.trim());

/** The unit in a heading's closing parentheses: "(MKD million)" -> "MKD million"; none -> null. */
export function unitOf(heading: string | null): string | null {
  return UNIT.exec(heading ?? "")?.[1]?.trim() ?? null;
}

/**
 * A bare figure written with its unit: "3,150" in "MKD million" -> "MKD 3,150 million", "88.5" in "€m" -> "€88.5
 * million", "58,400" in "tonnes" -> "58,400 tonnes", "21.40" in "US$ per 1,000 pieces" -> "US$21.40 per 1,000
 * pieces". A unit it cannot write surely gives null.
 */
export function withUnit(value: string, unit: string): string | null {
  if (unit === "%") return `${value}%`;
  const money = /^(US\$|NZ\$|A\$|C\$|[€$£¥₹]|[A-Z]{2,4}|Rs\.?)\s?(m|mn|bn|b|k|million|billion|thousand)?(\s(?:per|a|an)\s.+)?$/.exec(unit);
  if (money) {
    const [, currency = "", scale, per] = money;
    if (scale && !SCALE_WORD[scale]) return null;
    const gap = /^[A-Z]{2,4}$|^Rs\.?$/.test(currency) ? " " : "";
    return `${currency}${gap}${value}${scale ? ` ${SCALE_WORD[scale]}` : ""}${per ?? ""}`;
  }
  // "tonnes", "billion pieces", "million", "kg": a plain measure or count after the figure ("(loss)" is none).
  // ("(thousands)" after a figure is said "318 thousand".)
  if (/^(?:million|billion|thousand)s$/.test(unit)) return `${value} ${unit.slice(0, -1)}`;
  if (/^(?:(?:million|billion|thousand)\s)?(?:[a-z]+[^s\W]s|kg|km|t|MW|GW|MWh|GWh|TWh|kWh|ha)$|^(?:million|billion|thousand)$/.test(unit)) return `${value} ${unit}`;
  return null;
}

/**
 * "Key figures (six months to Sept. 30)" -> "the six months to Sept. 30": a caption's reporting span, which columns of
 * bare years ("2026", "2025") only label. Without it "rose between 2025 and 2026" would read as whole years.
 */
export function captionSpan(caption: string | null): string | null {
  const m = /\b((?:six|three|nine|twelve|\d{1,2}) months|(?:financial |fiscal )?year|quarter|half(?:-year)?)\s(?:to|ended|ending)\s([^()]{3,30}?)\)?$/i.exec(caption ?? "");
  return m ? `the ${(m[1] ?? "").toLowerCase()} to ${m[2]}` : null;
}

/** What a table's rows are, read from its caption and headings: what the sentence says each row is. */
/** ("segment": a row of a results table above its total revenue, a source of the revenue, told in the past.) */
export type RowSubject = "spending" | "revenue" | "measure" | "segment";

/**
 * The unit a table's first heading gives all its figures: "In FCFA billion" -> "FCFA billion", "Revenue, KM million" ->
 * "KM million", "(€m)" -> "€m"; null when it gives none that a figure can be written with.
 */
export function headingUnit(firstHeading: string): string | null {
  const t = firstHeading.trim();
  const unit = /^(?:in\s+|\()([^()]{1,20}?)\)?$/i.exec(t)?.[1] ?? /^[^,]{2,40},\s*([^,]{1,20})$/.exec(t)?.[1] ?? unitOf(t);
  return unit && withUnit("1", unit.trim()) !== null ? unit.trim() : null;
}

/** "Revenue, KM million" -> "Revenue": the first heading without the unit it gives. */
const headingName = (firstHeading: string) => firstHeading.replace(/,\s*[^,]{1,20}$/, "").replace(UNIT, "").trim();

export function rowSubjectOf(caption: string | null, firstHeading: string, rows: string[]): RowSubject | null {
  const c = caption ?? "";
  // "| Revenue, KM million | 2026 | 2027 |", "| Spending (€m) | ...": the first heading says what the rows are.
  // ("Revenue line", "Spending item": a generic word after the heading's noun names the rows the same way.)
  const first = headingName(firstHeading).replace(/\s+(?:lines?|items?|heads?|categor(?:y|ies)|areas?)$/i, "");
  if (/^(?:spending|expenditures?|outlays?|allocations?)$/i.test(first)) return "spending";
  if (/^(?:revenues?|income|receipts)$/i.test(first)) return "revenue";
  if (/^in\s/i.test(firstHeading.trim()) && headingUnit(firstHeading)) return "measure";
  // "| Revenue | ... |" above "| Total spending | ... |": a table of both sides is a table of measures, each row named
  // as itself; calling it spending made "spending on revenue", a false statement.
  const sides = (re: RegExp) => rows.some((r) => re.test(r.trim()));
  if (sides(/^(?:total )?(?:revenues?|income|receipts)$/i) && sides(/^(?:total )?(?:spending|expenditures?|outlays?)$/i)) return "measure";
  // "| Total revenue |" above "| Operating profit (EBIT) |" and "| Net profit |": results, not sources of revenue
  // (strict read S0 item 49, "revenue from operating profit").
  if (sides(/^total (?:revenues?|income|receipts)$/i) && sides(/\b(?:profit|loss|EBIT(?:DA)?|earnings|margin)\b/i)) return "measure";
  if (/\b(?:spending|expenditures?|outlays?|allocations?|where (?:the money|it) goes)\b/i.test(c) || rows.some((r) => /^total (?:spending|expenditure)$/i.test(r))) return "spending";
  if (/\b(?:revenues?|income|receipts|sources of (?:funding|revenue|money)|where (?:the money|it) comes from)\b/i.test(c) || /^sources?$/i.test(firstHeading) || rows.some((r) => /^total (?:revenue|income)$/i.test(r))) return "revenue";
  // "| | Q3 2026 | Q3 2025 |": rows that are measures (Revenue, Net profit) have no heading over them.
  return firstHeading.trim() === "" || /^(?:measure|metric|indicator|key figures?|item)$/i.test(firstHeading.trim()) ? "measure" : null;
}

/** "Made tea produced" is singular, "Bulk exports", "Exports to Japan" and "Earnings per share" plural: the head noun before a participle or a preposition. */
function isPlural(row: string): boolean {
  const words = (row.split(/\s(?:per|of|in|from|by|to)\s/)[0] ?? row).split(" ");
  while (words.length > 1 && /(?:ed|sold|made|grown|paid|held|built|won|lost|written|given|taken|driven|drawn)$/.test(words[words.length - 1] ?? "")) words.pop();
  const head = words[words.length - 1] ?? "";
  return /[^su]s$/i.test(head) && !/(?:ss|us|is|ics)$/i.test(head);
}

/** "Public transport" mid-sentence is "public transport"; "VAT receipts" and "Housing (ZET)" keep their capitals. */
const lowerRow = (row: string) => (/^\p{Lu}\p{Ll}/u.test(row) ? `${row.charAt(0).toLowerCase()}${row.slice(1)}` : row);

/** The statements of one row: its latest figure, and the change when the table has a change column. */
export function periodRowStatements(row: string, cells: string[], periods: PeriodColumn[], change: number, subject: RowSubject, unit: string | null, span: string | null = null, owner: string | null = null): string[] {
  const latest = [...periods].sort((a, b) => b.order - a.order)[0];
  const earlier = [...periods].sort((a, b) => b.order - a.order)[1];
  if (!latest) return [];
  // Bare years under a caption's span: "in the six months to Sept. 30, 2026", compared "from a year earlier".
  const spanned = span && /^\d{4}$/.test(latest.bare) ? `in ${span}, ${latest.bare}` : null;
  const yearEarlier = spanned !== null && earlier !== undefined && /^\d{4}$/.test(earlier.bare) && Number(earlier.bare) === Number(latest.bare) - 1;
  // "Net profit/(loss)": the bracket says a negative figure is a loss, not a unit.
  // ("Net income (loss)" says the same.)
  const heading = row.replace(/\s*(?:\/\s*)?\((?:loss|losses|deficit)\)$/i, "");
  // "Earnings per share (TND)" in a table of "TND million" has its own unit; "Public transport (ZET)" names a body.
  const own = unitOf(heading);
  const rowUnit = own && withUnit("1", own) !== null && (!/^[A-Z]{2,4}$/.test(own) || unit?.startsWith(own)) ? own : null;
  // ("Transport, incl. archipelago ferries": what the row includes is a note, not part of its name.)
  const name = (rowUnit ? heading.replace(UNIT, "").trim() : heading.trim()).replace(/,\s*(?:incl\.|including|excl\.|excluding|of which)\s.*$/i, "");
  // "Made tea produced", "Bottles sold": a participle reads as the sentence's verb, and the question would garble.
  // ("Indirect taxes" is a noun: only a participle's form, "-ed" or an irregular one, is read as a verb.)
  if (name.split(" ").some((w, i) => i > 0 && /(?:ed|sold|made|grown|paid|held|built|won|lost)$/.test(w) && isFiniteVerb(w, name.split(" ")[i - 1]))) return [];
  // "Rum, export", "Rum, Guadeloupe and mainland France": a row qualified after a comma reads as no noun phrase in a
  // sentence ("revenue from rum, export"), and is left to the prose (strict read S0 item 24).
  if (/,/.test(name.replace(/\([^)]*\)/g, ""))) return [];
  const total = /^total$/i.test(name) || /^total (?:spending|expenditure|revenue|income)$/i.test(name);
  if (/^(?:other|others|misc\.?|miscellaneous)$/i.test(name) || (total && subject === "measure")) return [];
  // A rate or a per-unit figure in a table of millions is not in millions: only its own unit, or a % in the cell.
  // ("Indirect taxes (VAT share)": a note in brackets is no part of what the row measures.)
  const ownUnitOnly = /\b(?:per|margin|rate|ratio|yield|share|price)\b/i.test(name.replace(/\s*\([^)]*\)/g, "")) && !rowUnit;
  const out: string[] = [];
  // "The average sale price was", "Revenue was": a countable measure takes the article.
  // Whose figures they are, when the article says ("Sassandra Cacao’s revenue"): a row alone names no one.
  const owned = (what: string) => (owner ? `${owner}’s ${lowerRow(what)}` : what);
  const measure = owner ? owned(name) : /\b(?:price|rate|ratio|margin|cost|number|average|value|yield)\b/i.test(name) ? `The ${lowerRow(name)}` : name;
  // A row that names a side or a balance itself ("Other revenue" among spending, "Surplus") is stated as itself.
  const ownSide = /\b(?:revenues?|income|receipts|spending|expenditures?|outlays?|surplus|deficit|balance)\b/i.test(name);
  const who = total ? owned(`Total ${subject}`) : ownSide ? measure : subject === "spending" ? owned(`Spending on ${lowerRow(name)}`) : subject === "revenue" || subject === "segment" ? owned(`Revenue from ${lowerRow(name)}`) : measure;
  const present = subject === "spending" || subject === "revenue";
  // "Rs 1,412/kg" is said "Rs 1,412 per kg".
  const cell = (cells[latest.index] ?? "").trim().replace(/(\d)\/([a-z]{1,5})$/, "$1 per $2");
  const bare = /^\d[\d,]*(?:\.\d+)?$/.test(cell);
  const written = bare ? (rowUnit ? withUnit(cell, rowUnit) : ownUnitOnly || !unit ? null : withUnit(cell, unit)) : /^(?:[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{2,3}\s|Rs\.?\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|bn|m|million|billion|kg|tonnes|m kg)|\sper\s[a-z]{1,5})*$/.test(cell) ? cell : null;
  if (written) out.push(`${who} ${present ? "is" : isPlural(name) && !total ? "were" : "was"} ${written} ${spanned ?? latest.phrase}.`);
  const delta = /^([+\-−–])?(\d+(?:\.\d+)?)\s?%$/.exec((cells[change] ?? "").trim());
  if (change >= 0 && delta && earlier && Number(delta[2]) > 0 && delta[1]) {
    const up = delta[1] === "+";
    const verb = present ? (up ? "rises" : "falls") : up ? "rose" : "fell";
    // "Volumes sold (tonnes)": a change of a row counted in a plain measure is of its volume, not its value.
    // ("Earnings per share (cents)", "Ferry passengers (thousands)": a coin's subunit or a bare scale counts no volume, and
    // a figure per share or per unit has none.)
    const countUnit = rowUnit ?? unit ?? "";
    const counted = countUnit !== "" && /^[a-z ]+$/.test(countUnit) && !/^(?:(?:thousand|million|billion)s?|cents?|pence|centavos|centimes|kopecks)$/.test(countUnit) && !/\b(?:volumes?|per|passengers|visitors|customers|employees|people)\b/i.test(name);
    const changed = counted && subject === "measure" && !total ? `${measure} by volume` : who;
    // "9M 2026" against "9M 2025": the same months a year apart.
    const sameMonths = /^the first \S+ months of /.test(latest.bare) && earlier.bare.replace(/\d{4}$/, "") === latest.bare.replace(/\d{4}$/, "") && Number(earlier.bare.slice(-4)) === Number(latest.bare.slice(-4)) - 1;
    if (yearEarlier) out.push(`${changed} ${verb} by ${delta[2]}% ${spanned}, from a year earlier.`);
    else if (sameMonths) out.push(`${changed} ${verb} by ${delta[2]}% ${latest.phrase}, from a year earlier.`);
    else if (!spanned) out.push(`${changed} ${verb} by ${delta[2]}% between ${earlier.bare} and ${latest.bare}.`);
  }
  return out;
}
