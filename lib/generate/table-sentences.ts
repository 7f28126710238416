import { DEMONYM_OF, isCountryName } from "./demonyms";
import { isRoleNoun } from "./entity-rules";
import { ordinalToWord } from "./number-words";
import { SCALE_WORD, captionSpan, headingUnit, isChangeColumn, withUnit, periodColumn, periodRowStatements, rowSubjectOf, unitOf, type PeriodColumn } from "./period-table";
import { stripInlineMarkdown } from "./strip-inline-markdown";
import { lexiconTags } from "./tag-words";

/**
 * Statements for the figures of a Markdown table, one per cell, so the extractor reads a row like prose:
 * "| Brighton | 20 | 12 | 44 |" under "| Team | Played | Won | Points |" gives "Brighton had 44 points.",
 * "Brighton had 12 wins." ... The row heading (first cell) and the column heading are the context of each figure.
 */

/** Columns that only repeat the table's own context ("after 20 matches"): no statement. */
const SKIPPED_COLUMNS = new Set(["played", "pld", "p", "gp", "mp", "rank", "pos", "position", "#", "no", "no.", "min", "mins", "minutes"]);
/**
 * A standings table's detail columns: "Barcelona had 4 goals conceded after four matches" is a cell nobody learns
 * (strict read of blind batch 2026-11b). Only its headline column, the points, becomes a statement.
 */
const DETAIL_COLUMNS = new Set(["won", "w", "drawn", "d", "lost", "l", "gf", "ga", "gd", "f", "a", "+/-", "diff"]);

/** Column headings that are not plural nouns, as the noun a count of them is. Example beside each. */
const COLUMN_NOUNS: Record<string, string> = {
  won: "wins", // | Won | 12 | -> "had 12 wins"
  w: "wins",
  drawn: "draws",
  d: "draws",
  lost: "losses",
  l: "losses",
  pts: "points",
  reb: "rebounds", // | REB | 13 | -> "had 13 rebounds"
  ast: "assists",
  gf: "goals scored",
  ga: "goals conceded",
  seats: "seats",
  employees: "employees",
  staff: "staff",
};

/** Column headings that are abbreviations of a measure, as the measure is said. */
const COLUMN_NAMES: Record<string, string> = {
  gd: "goal difference", // | GD | +14 | -> "The goal difference of Hearts was +14"
};

/** "1 losses" reads "1 loss": the first word of the noun made singular. */
function countNoun(noun: string, value: string): string {
  if (value !== "1") return noun;
  return noun.replace(/^(\p{L}+)/u, (w) => (/sses$/.test(w) ? w.slice(0, -2) : /ies$/.test(w) ? `${w.slice(0, -3)}y` : w.replace(/s$/, "")));
}

const NUMBER = /^[+-−]?\d[\d,]*(?:\.\d+)?$/;
const FIGURE = /^(?:US\$|[€$£¥]|[A-Z]{3} ?)?[+-−]?\d[\d,]*(?:\.\d+)?(?: ?(?:%|percent|billion|million|thousand|bn|mn|m|k)\b)?%?$/;

function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => stripInlineMarkdown(c.replace(/\\\|/g, "|")));
}

const isSeparator = (cells: string[]) => cells.length > 0 && cells.every((c) => /^:?-{1,}:?$/.test(c.replace(/\s/g, "")));

/** "Revenue (€bn)" -> the heading "revenue" and how to write its figures: "4.1" -> "€4.1 billion". */
function columnOf(heading: string): { name: string; write: (value: string) => string } {
  const unit = /\s*\(([^)]{1,20})\)\s*$/.exec(heading);
  const bare = unit ? heading.slice(0, unit.index) : heading;
  // "GDP" and "EBITDA" stay capitals; "Points" is a common noun in a sentence.
  const name = /^\p{Lu}[\p{Ll}\s]*$/u.test(bare) ? bare.toLowerCase() : bare;
  const u = unit?.[1]?.trim() ?? "";
  if (u === "%") return { name, write: (v) => `${v}%` };
  const money = /^(US\$|[€$£¥])\s?([a-z]+)?$/i.exec(u);
  if (money && (!money[2] || SCALE_WORD[money[2].toLowerCase()])) {
    const scale = money[2] ? ` ${SCALE_WORD[money[2].toLowerCase()]}` : "";
    return { name, write: (v) => `${money[1]}${v}${scale}` };
  }
  return { name: unit ? heading.toLowerCase() : name, write: (v) => v };
}

const WHEN = /\s(?:after|as of|at the end of|in)\s(?:the\s)?[\p{L}\d][\p{L}\d ,-]{0,40}$/u;

/** "Standings after 20 matches" -> " after 20 matches": when the table's figures hold, said with each one. */
function whenOf(leadIn: string | null): string {
  const raw = leadIn ?? "";
  // ("Standings after 16 rounds (top six)": a note in closing brackets is passed over; "URC table (top six after round
  // seven)", "Standings (after round 11)": a time in them is the table's time.)
  const m = WHEN.exec(raw.replace(/\s*\([^()]*\)$/, "")) ?? WHEN.exec(raw.replace(/\)$/, "").replace(/\s\((?=[^()]*$)/, " "));
  return m ? m[0].replace(/,$/, "") : "";
}

/**
 * "Group B after four matches" -> " in Group B", "Scottish Premiership, top six after 12 games" -> " in the Scottish
 * Premiership": which competition the figures are from, so "Lyon had 12 points" can be placed. A generic caption
 * ("Standings", "Table") says nothing.
 */
function whereOf(leadIn: string | null, when: string): string {
  const cut = when ? (leadIn ?? "").indexOf(when.trim()) : -1;
  const head = (leadIn ?? "").slice(0, cut >= 0 ? cut : undefined).split(/[,:(–—]/)[0]?.trim() ?? "";
  if (!/^\p{Lu}/u.test(head) || /^(?:standings|table|league table|results|summary|the table|scorecard|box score|key figures|statistics|match statistics)$/i.test(head)) return "";
  // "Clausura standings (top six)", "Group B table": a named competition's standings.
  if (/^\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3}\s(?:standings|table)$/u.test(head) && !/^The\s/.test(head)) return ` in the ${head}`;
  if (/^(?:Group|Pool|Division|Conference)\s\S+$/.test(head)) return ` in ${head}`;
  // "Scottish Premiership": a proper name of a competition, said with "the".
  return /^(?:\p{Lu}[\p{L}’'-]*\s?){1,4}$/u.test(head) && !/^The\s/.test(head) ? ` in the ${head}` : "";
}

/** Column headings that are units of measure, not things counted: "Tonnes", "Litres", "Hectares". */
const MEASURE_UNIT = /^(?:(?:thousand|million|billion)\s)?(?:tonnes|tons|kilograms|kg|litres|liters|hectolitres|barrels|hectares|acres|kilometres|kilometers|metres|meters|miles|megawatts|gigawatts|kilowatts|mwh|gwh|twh|kwh|cubic metres|square metres)$/;

function cellStatement(row: string, heading: string, cell: string, when: string, side = ""): string | null {
  if (!FIGURE.test(cell)) return null;
  const column = columnOf(heading);
  if (!column.name || SKIPPED_COLUMNS.has(column.name.toLowerCase()) || DETAIL_COLUMNS.has(column.name.toLowerCase())) return null;
  const value = NUMBER.test(cell) ? column.write(cell) : cell;
  const key = column.name.toLowerCase();
  // "| Product | Tonnes |": a unit of measure is no count of things a row has ("Cocoa butter had 31,500 tonnes").
  if (MEASURE_UNIT.test(key)) return null;
  const noun = COLUMN_NOUNS[key] ?? (/^\p{Ll}[\p{Ll} ]*[^s]s$/u.test(column.name) ? column.name : null);
  if (noun && /^\d[\d,]*$/.test(value)) return `${row} had ${value} ${countNoun(noun, value)}${side}${when}.`;
  return `The ${COLUMN_NAMES[key] ?? column.name} of ${row} was ${value}${when}.`;
}

/** A race time as the clock shows it: "2:02:11", "58:42". */
const CLOCK = /^\d{1,2}:[0-5]\d(?::[0-5]\d)?$/;
/** Rank columns (their cells a place, "1", "2" ...) and columns whose text says where a row is from. */
const RANK_COLUMNS = /^(?:place|pos|position|rank|#)$/i;
const FROM_COLUMNS = /^(?:country|nation|nationality|team|club)$/i;
/** Country names said with "the": "Fenna de Vries of the Netherlands". */
const THE_NAMES = /^(?:United\s.+|Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros|Czech Republic|Dominican Republic|Central African Republic|Democratic Republic of the Congo|Republic of .+|.+ Islands|UAE|UK|US|USA)$/;

/**
 * A results row with a race time: "| 3 | Joshua Kiprotich | Uganda | 2:03:40 |" under "| Place | Athlete | Country |
 * Time |" gives "Joshua Kiprotich of Uganda finished third in 2:03:40." (a time is text, not a figure, to cellStatement).
 */
function resultStatement(row: string, header: string[], cells: string[], named: number, when: string): string | null {
  const time = cells.findIndex((c, j) => j > named && CLOCK.test(c));
  if (time < 0) return null;
  const rank = header.findIndex((h, j) => j !== named && RANK_COLUMNS.test(h.trim()) && /^\d{1,2}$/.test(cells[j] ?? ""));
  const place = rank >= 0 ? ordinalToWord(Number(cells[rank])) : null;
  const from = header.findIndex((h, j) => j > named && FROM_COLUMNS.test(h.trim()) && /^\p{Lu}[\p{L} .’'-]{1,40}$/u.test(cells[j] ?? ""));
  const country = from >= 0 && !/^(?:team|club)$/i.test(header[from]?.trim() ?? "") ? (cells[from] ?? "") : "";
  const role = (header[named] ?? "").trim().toLowerCase();
  const demonym = DEMONYM_OF[country];
  // "Ugandan athlete Joshua Kiprotich finished third ..." can be asked "Which Ugandan athlete finished third in 2:03:40?"
  if (demonym && isRoleNoun(role)) return `${demonym} ${role} ${row} finished${place ? ` ${place}` : ""} in ${cells[time]}${when}.`;
  const origin = from >= 0 ? `${THE_NAMES.test(cells[from] ?? "") ? " of the " : " of "}${cells[from]}` : "";
  return `${row}${origin} finished${place ? ` ${place}` : ""} in ${cells[time]}${when}.`;
}

const POINTS_COLUMNS = /^(?:pts|points)$/i;
/** A column heading that names a side: "Nacional", "Cerro Porteño", "MC Alger", "Al-Shorta", "APOEL". */
const SIDE_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}$/u;
/** Headings across a match's statistics that are no side: "Total had 20 shots.", "Home had 58% of possession." */
const NO_SIDE = /^(?:totals?|average|home|away)$/i;
/** The rows of a match's statistics ("Possession", "Shots (on target)", "Yellow cards"); two make the table one. */
const MATCH_STAT_ROW = /^(?:possession|territory|shots?\b.*|corners|fouls|(?:yellow|red) cards|offsides|saves|tackles\b.*|penalties\b.*|line breaks|turnovers|rebounds|passes\b.*)$/i;
/** A row whose share is of the whole match, said "had 58% of possession". */
const SHARE_OF_MATCH = /^(?:possession|territory)$/i;
/** "16 (7)" under "Shots (on target)": a count and the part of it the heading's brackets name. */
const COUNT_WITH_PART = /^\d{1,3} \(\d{1,3}\)$/;

/**
 * A match's statistics, measures down and sides across ("| | Kestrel | Marlows |" over "| Possession | 58% | 42% |"):
 * each figure said as the side's, "Kestrel had 58% of possession.", "Kestrel had 7 corners.", "Kestrel had 16 (7)
 * shots (on target)."; so the side is the context of each. The goals are the score the prose gives; a text cell
 * ("Scorers") and a measure that is no plural noun ("Tackles made") give nothing, nor a zero ("0 red cards").
 */
function sideStatSentences(header: string[], body: string[][], named: number): string[] | null {
  const out: string[] = [];
  // Only a match's statistics: "| | Men | Women |" over "| Unemployment | 5% | 6% |" is no side's share of anything.
  if (body.filter((r) => MATCH_STAT_ROW.test((r[named] ?? "").trim())).length < 2) return null;
  for (const cells of body) {
    const measure = (cells[named] ?? "").trim();
    const lower = /^\p{Lu}[\p{Ll}\s()]*$/u.test(measure) ? measure.toLowerCase() : measure;
    if (!measure || /^goals?$/i.test(measure)) continue;
    for (let j = named + 1; j < cells.length; j++) {
      const side = (header[j] ?? "").trim();
      const cell = (cells[j] ?? "").trim();
      if (!side || NO_SIDE.test(side) || /^0+(?:\s|%|$)/.test(cell)) continue;
      if (/^\d{1,3}(?:\.\d)?%$/.test(cell) && SHARE_OF_MATCH.test(measure)) out.push(`${side} had ${cell} of ${lower}.`);
      else if (COUNT_WITH_PART.test(cell) && /^\p{Ll}+s \(\p{Ll}[\p{Ll} ]*\)$/u.test(lower)) out.push(`${side} had ${cell} ${lower}.`);
      else if (/^\d{1,3}$/.test(cell) && /^(?:\p{Ll}+\s)?\p{Ll}+[^s\W]s$/u.test(lower)) out.push(`${side} had ${cell} ${cell === "1" ? lower.replace(/s$/, "") : lower}.`);
    }
  }
  return out;
}
/** "Net profit¹", "Total*", "Revenue (a)", "Other [2]": a footnote mark is no part of the row's name. */
export function withoutFootnote(row: string): string {
  // ("Kudzai Moyo (capt.)", "(wk)": a player's role in a scorecard is a note too.)
  return row.trim().replace(/(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s\((?:\d|[a-z]|capt\.?|wk|vc)\)|\s?\[\d{1,2}\])$/u, "").trim();
}

/** A sub-row's mark: "of which Italy", "o/w Canada", "thereof Japan", "incl. exports", "- Online", "• Stores". */
const SUB_ROW = /^(?:of\s+which|o\/w|thereof|incl\.|including|[-–—•·])\s*:?\s+(\S.*)$/i;

/** The part a sub-row names ("of which United States" -> "United States"), or null for a row of its own. */
export function subRowLabel(row: string): string | null {
  return SUB_ROW.exec(row.trim())?.[1]?.trim() ?? null;
}

/** Regions that are no country and that the lexicon may not tag: said with "the" when listed so. */
const REGION = /^(?:(?:the\s)?(?:Americas|Middle East|Nordics|Baltics|Balkans|Gulf|EU|European Union|Asia[- ]Pacific)|(?:North|South|Latin|Central)\s(?:America|Asia|Europe)|(?:Western|Eastern|Northern|Southern|Central)\sEurope)$/;
const THE_REGION = /^(?:Americas|Middle East|Nordics|Baltics|Balkans|Gulf|EU|European Union|Asia[- ]Pacific)$/;

function isPlaceLabel(label: string): boolean {
  if (isCountryName(label) || REGION.test(label)) return true;
  const tags = /^\p{Lu}\p{Ll}+$/u.test(label) ? lexiconTags(label) : [];
  return tags.some((t) => t === "Country" || t === "Region" || t === "City" || t === "Place");
}

/** A lexicon word that is a common noun ("Women", "Stores", "Banking"), not a name. */
function isCommonNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return !tags.includes("ProperNoun") && tags.some((t) => t === "Singular" || t === "Plural" || t === "Noun" || t === "Actor");
}

/**
 * A sub-row's part that names something of its own in a table of names: a place ("Bavaria"), or two or more
 * capitalised words none of which is a common noun ("North Rhine-Westphalia"). "Online", "Women" or "Private Banking"
 * is a capitalised label, no name.
 */
function isNamedPart(part: string): boolean {
  if (isPlaceLabel(part)) return true;
  const words = part.split(/\s+/);
  return words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w) && !w.split("-").some(isCommonNoun));
}

/**
 * A sub-row said with its parent row, as the part of the parent's figure it is: "of which United States" under
 * "Revenue" -> "Revenue in the United States", under "Exports (€m)" -> "Exports to the United States (€m)"; under a
 * budget's spending or revenue lines the part is a line of its own ("of which universities"). A part that is no place
 * ("of which women" under "Staff", "- Online" under "Sales") reads as no noun phrase with its parent, and gives null.
 */
export function partOfRow(parent: string | null, part: string, subject: string): string | null {
  if (parent === null) return null;
  if (/^(?:others?|other\s.*|rest of .*|misc.*)$/i.test(part)) return null;
  if (subject === "spending" || subject === "revenue") return /^\p{L}/u.test(part) ? part : null;
  const unit = unitOf(parent);
  const whole = (unit ? parent.replace(/\s*\([^()]*\)\s*$/, "") : parent).replace(/^total\s+/i, "").trim();
  if (!whole || subRowLabel(whole) !== null) return null;
  const Whole = `${whole.charAt(0).toUpperCase()}${whole.slice(1)}`;
  const given = /^(to|in|from)\s+(\S.*)$/i.exec(part);
  const place = (given?.[2] ?? part).replace(/^the\s+/i, "");
  if (!isPlaceLabel(place)) return null;
  const prep = given?.[1]?.toLowerCase() ?? (/\b(?:exports?|shipments?|deliveries)\b/i.test(whole) ? "to" : /\bimports?\b/i.test(whole) ? "from" : "in");
  const the = THE_NAMES.test(place) || THE_REGION.test(place) ? "the " : "";
  return `${Whole} ${prep} ${the}${place}${unit ? ` (${unit})` : ""}`;
}

/** "| Total | 200 | 78 |", "| Bench (5 players) | ...": sums and groups, no one row's figure. */
const SUM_ROW = /^(?:totals?|bench|team|others?|subtotal|extras)\b/i;
/** First headings that say what the rows are, not whose they are. */
const GENERIC_ROW_HEADINGS = /^(?:players?|names?|athletes?|teams?|clubs?|riders?|drivers?|starters?|country|nation|product|item|area|region|city|company|measure|category|source|sector)$/i;

/**
 * One statement per figure right of the row heading (the first column of names); rows without a name and text cells
 * give none. `leadIn` is the caption or "...:" line above the table; a time in it ("after 12 games") goes with each.
 */
export function tableSentences(lines: string[], leadIn: string | null = null, owner: string | null = null): string[] {
  const when = whenOf(leadIn);
  const where = whereOf(leadIn, when);
  const rows = lines.map(cellsOf);
  const header = rows.length > 1 && isSeparator(rows[1] ?? []) ? (rows[0] ?? null) : null;
  const body = rows.slice(header ? 2 : 0).filter((r) => !isSeparator(r));
  const out: string[] = [];
  if (!header) return out;
  // The row heading is the first column of names: "| Pos | Club |" tables lead with a rank, "| Innings | Team |"
  // with an ordinal ("1st" is not a name).
  const isName = (cell: string) => /\p{L}/u.test(cell) && !/^\d+(?:st|nd|rd|th)$/.test(cell);
  const named = header.findIndex((_, j) => body.filter((r) => isName(r[j] ?? "")).length * 2 > body.length);
  if (named < 0) return out;
  // "| Area | 2027 | 2026 | Change |": columns of periods, read row by row when the caption says what the rows are.
  const periods = header.map((h, j) => (j > named ? periodColumn(h, j) : null)).filter((p): p is PeriodColumn => p !== null);
  const subject = periods.length > 0 ? rowSubjectOf(leadIn, header[named] ?? "", body.map((r) => r[named] ?? "")) : null;
  if (subject) {
    const change = header.findIndex((h, j) => j > named && isChangeColumn(h));
    const latest = [...periods].sort((a, b) => b.order - a.order)[0];
    // (A unit a figure cannot be written with, "(draft)", is no unit.)
    const unit = [unitOf(header[latest?.index ?? -1] ?? null), headingUnit(header[named] ?? ""), unitOf(leadIn)].find((u) => u !== null && withUnit("1", u) !== null) ?? null;
    // "| Rum, export |" ... "| Total revenue |" then "| Net profit |": the rows above a results table's total revenue
    // are what the revenue came from ("revenue from sugar"), not measures of their own ("sugar fell").
    const totalAt = subject === "measure" ? body.findIndex((r) => /^total (?:revenues?|sales|turnover)$/i.test((r[named] ?? "").trim())) : -1;
    let parent: string | null = null;
    body.forEach((cells, i) => {
      const own = withoutFootnote(cells[named] ?? "");
      const part = subRowLabel(own);
      const rowSubject = i < totalAt ? "segment" : subject;
      // "| of which Italy |" under "| Revenue |": the part is said with its whole ("Revenue in Italy"), or not at all.
      const row = part === null ? own : rowSubject === "segment" ? null : partOfRow(parent, part, rowSubject);
      if (part === null) parent = own;
      if (row !== null && isName(row) && row.length <= 80) out.push(...periodRowStatements(row, cells, periods, change, rowSubject, unit, captionSpan(leadIn), owner));
    });
    return out;
  }
  // "| | Riverton | Oakdale |" over "| Corners | 7 | 4 |": with no heading over them the rows are measures and the columns
  // whose they are (as in a period table); a cell read as a row's figure garbled ("Corners had 4 oakdales").
  // ("| | P | W | Pts |" over standings: only headings to the right that read as sides' names, not stat columns.)
  const rightHeads = header.slice(named + 1).map((h) => h.trim()).filter(Boolean);
  // A table that is no match's statistics goes on to the rows' statements ("| | GDP | CPI |" over countries), unless its
  // headings are capitalised words ("| | Men | Women |"), which no row's figure is said with.
  if ((header[named] ?? "").trim() === "" && rightHeads.length > 0 && rightHeads.every((h) => SIDE_NAME.test(h) && !POINTS_COLUMNS.test(h))) {
    const sides = sideStatSentences(header, body, named);
    if (sides) return sides;
    if (rightHeads.every((h) => /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*$/u.test(h))) return out;
  }
  // "| Senegal | MIN | PTS |" over players' rows: a box score of one side, whose name each row is said with.
  const sideName = header[named]?.trim() ?? "";
  const players = body.filter((r) => !SUM_ROW.test(r[named] ?? ""));
  const side = SIDE_NAME.test(sideName) && !GENERIC_ROW_HEADINGS.test(sideName) && players.filter((r) => /^\p{Lu}\S*\s\p{Lu}/u.test(r[named] ?? "")).length * 2 > players.length ? ` for ${sideName}` : "";
  // The side's top scorer is its box score's headline; the other rows' figures are play (worth-learning.ts).
  const pointsAt = side ? header.findIndex((h, j) => j > named && POINTS_COLUMNS.test(h.trim())) : -1;
  const scored = pointsAt < 0 ? [] : players.map((r) => Number(r[pointsAt]));
  const top = scored.length > 1 && scored.every(Number.isFinite) ? Math.max(...scored) : null;
  const topScorer = top !== null && scored.filter((n) => n === top).length === 1 ? top : null;
  for (const cells of body) {
    const own = withoutFootnote(cells[named] ?? "");
    const part = subRowLabel(own);
    // "| of which Bavaria |" under "| Germany |": a named part is a row of its own ("Bavaria had ..."); an unnamed one
    // ("of which online", "- Online", "of which Women": labels are capitalised) names nothing without its whole.
    const row = part === null ? own : isNamedPart(part) ? part : "";
    if (!isName(row) || row.length > 80) continue;
    // "| Total | 200 | 78 |", "| Bench (5 players) | ...": sums and groups, no one row's figure.
    if (SUM_ROW.test(row)) continue;
    if (topScorer !== null && Number(cells[pointsAt]) === topScorer) {
      out.push(`${row} was the top scorer${side} with ${topScorer} points.`);
      continue;
    }
    // "| 1st | Australia | 341 |" and "| 2nd | Australia | 243 |": a row heading that repeats names no one row.
    if (body.filter((r) => r[named] === row).length > 1) continue;
    const result = resultStatement(row, header, cells, named, when);
    if (result) out.push(result);

    // "| Zimbabwe bowling | Overs | Runs | Wickets |": a bowler's runs are conceded, not had; only the wickets are his.
    const bowling = /\bbowling$/i.test(header[named]?.trim() ?? "");
    for (let j = named + 1; j < cells.length; j++) {
      const heading = header[j] ?? "";
      if (bowling && !/^(?:wickets|wkts|w)$/i.test(heading.trim())) continue;
      const statement = heading ? cellStatement(row, heading, cells[j] ?? "", `${where}${when}`, side) : null;
      if (statement) out.push(statement);
    }
  }
  return out;
}

/** A match report's result line: "Attendance: 4,200.", "Referee: Tobia Righi (San Marino).". */
const MATCH_LINE_LABEL = /^(Attendance|Crowd|Referee|Umpire):\s+(.+?)\.?$/;
const CROWD = /^\d{1,3}(?:,\d{3})*$/;
const OFFICIAL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+\([^)]+\))?$/u;

/**
 * The crowd or the referee a result line labels, said as a sentence ("The attendance was 4,200.") so it is asked like
 * the prose's "a crowd of 19,852" (gold writers ask both); null for any other text.
 */
export function matchLineStatement(text: string): string | null {
  return matchLineStatements(text)?.join(" ") ?? null;
}

// "Atlas 2 (Lozoya 23'), Guadalajara 1 (Vega 58') — Estadio Jalisco, attendance 55,020; referee: Ana Ruiz": a score
// line closed by its venue and crowd (and referee) after a dash.
// (No "i" flag: under it "\p{Lu}" also takes a lower-case word, "— a late show, crowd 4,100".)
const SCORE_LINE_TAIL = /^(.+?\s\d{1,3}\b.*?)\s+[—–]\s+(\p{Lu}[^,;—–]{2,60}),\s+(?:[Aa]ttendance|[Cc]rowd):?\s+(\d{1,3}(?:,\d{3})*)(?:;\s+[Rr]eferee:?\s+(.+?))?\.?$/u;

/**
 * The sentences a match report's result line says: "Attendance: 4,200." as "The attendance was 4,200."; a score line's
 * dashed tail ("... — Estadio Jalisco, attendance 55,020") as the score line and its venue, then "The attendance was
 * 55,020." (and "The referee was ...").
 */
export function matchLineStatements(text: string): string[] | null {
  const tail = SCORE_LINE_TAIL.exec(text.trim());
  if (tail) {
    const [, score = "", venue = "", crowd = "", referee] = tail;
    const official = referee && OFFICIAL.test(referee.replace(/\.$/, "")) ? [`The referee was ${referee.replace(/\.$/, "")}.`] : [];
    return [`${score} at ${venue.trim()}.`, `The attendance was ${crowd}.`, ...official];
  }
  const one = matchLineOne(text);
  return one === null ? null : [one];
}

function matchLineOne(text: string): string | null {
  const m = MATCH_LINE_LABEL.exec(text.trim());
  const label = m?.[1] ?? "";
  const value = m?.[2] ?? "";
  if (!m || !(/^(?:Attendance|Crowd)$/.test(label) ? CROWD : OFFICIAL).test(value)) return null;
  return `The ${label.toLowerCase()} was ${value}.`;
}

