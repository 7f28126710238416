import type { Fact } from "./types";

/**
 * Which facts are worth a card. A fact can be true, found soundly and still not be what a reader should learn from
 * the article: a match report's box score, the relative who confirmed a death, the spelled-out name of a body cited
 * once. Or the prompt itself settles it: a margin beside the two tallies it is the difference of. Each rule comes
 * from a strict read (/work/coord/strict-read-c1.md, strict-read-genstrict-1.md); examples beside each.
 */

export interface ArticleText {
  title: string;
  body: string;
}

/** Words only a sports report uses often; several distinct ones make the article a match report. */
const SPORTS_WORDS =
  /\b(?:scored|scorer|season|coach|league|match(?:es)?|fixture|tries|try|innings|wickets?|goals?|rebounds|assists|turnovers|half-time|halftime|striker|midfielder|defender|goalkeeper|fly-half|winger|forward|guard|point guard|centre-back|full-back|captain|semi-finals?|quarter-finals?|playoffs?|championship|podium|penalt(?:y|ies)|yellow card|red card|kick-off|stoppage time|overtime|derby|hat-trick|double-double|sell-?out crowd)\b/gi;

export function isMatchReport(article: ArticleText): boolean {
  const found = new Set([...`${article.title} ${article.body}`.matchAll(SPORTS_WORDS)].map((m) => m[0].toLowerCase()));
  return found.size >= 4;
}

/** What a count counts (fact.unit is its noun's stem: "point", "rebound", "penalty") when it is a match statistic. */
const STAT_UNIT = /^(?:point|rebound|assist|turnover|steal|block|foul|penalt|penalty|try|tries|conversion|wicket|run|over|shot|save|corner|goal|kick|free throw|3-pointer|pointer|lap|card|quarter|half|minute|second|match|matche|game|round|double-double)s?$/i;
/** An ordinal that places a moment of the match: "the 52nd minute", "the second half", "his fourth double-double". */
const MATCH_MOMENT = /^\s*(?:minute|half|quarter|period|innings|over|set|leg|lap|round|double-double|wicket|test|try|goal)\b/i;
const SHOOTING = /\b(?:shot|shooting|from (?:the field|3-point range|three-point range|beyond the arc|the line)|free throws?|possession|completion rate)\b/i;

function matchStatistic(fact: Fact, article: ArticleText): boolean {
  if (fact.kind === "count") return STAT_UNIT.test(fact.unit.trim());
  if (fact.kind === "duration") return /^(?:minute|second)s?$/.test(fact.unit.trim());
  if (fact.kind === "percent") return SHOOTING.test(fact.sentence);
  if (fact.kind === "ordinal" && fact.span) return MATCH_MOMENT.test(fact.sentence.slice(fact.span[1])) || STAT_UNIT.test(fact.unit.trim());
  void article;
  return false;
}

/** A headline figure ("Demir scores 29") is the report's point, whatever it counts. */
function inTitle(fact: Fact, title: string): boolean {
  const digits = fact.answer.replace(/[^\d.,]/g, "").replace(/[.,]$/, "");
  if (digits && new RegExp(`(?<![\\d.,])${digits.replace(/[.]/g, "\\.")}(?![\\d]|[.,]\\d)`).test(title)) return true;
  return fact.answer.length > 3 && title.toLowerCase().includes(fact.answer.toLowerCase());
}

const SPEECH = /^[^.;:]{0,40}?\b(?:said|says|told|admitted|added|confirmed|noted|warned|explained|insisted|conceded|quoted|recalled|joked)\b/;
const SPEECH_BEFORE = /\b(?:said|says|told|admitted|added|confirmed|noted|warned|explained|insisted|conceded|recalled)\s+(?:\p{Ll}[\p{L}-]*\s+){0,6}$/u;

/**
 * "Her daughter, Valeria Ostrowski, said the cause was heart failure", "Australia captain Nathan Pryce admitted his
 * side had been outplayed": a person whose only part in the sentence is speaking. Officials and executives speak for
 * what the article is about, and an expert is asked with what they study; anyone else quoted (a relative, a
 * player, a customer) is who said it, not what happened.
 */
function onlySpeaks(fact: Fact): boolean {
  if (fact.kind !== "person" || !fact.span || fact.roleKind === "official" || fact.roleKind === "business" || fact.roleKind === "expert") return false;
  const after = fact.sentence.slice(fact.span[1]).replace(/^,[^,]{0,80},/, "");
  const before = fact.sentence.slice(0, fact.span[0]);
  return SPEECH.test(after) || SPEECH_BEFORE.test(before);
}

type Measure = "count" | "percent" | "money" | "date";
interface Numeral {
  value: number;
  decimals: number;
  start: number;
  end: number;
  measure: Measure;
}

const MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?/.source;

/** Numerals as written ("7,650", "49.3"), with where they are and what they measure; years and days are labels. */
function numerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  for (const m of text.matchAll(/(?<![\d.,\p{L}-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,\p{L}-])\d+(?:\.\d+)?(?![\d])/gu)) {
    const raw = m[0].replace(/,/g, "");
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const date = /^(?:19|20)\d{2}$/.test(raw) || new RegExp(`${MONTH}\\s$`).test(before) || new RegExp(`^\\s${MONTH}`).test(after);
    const measure: Measure = date ? "date" : /^\s?(?:%|per ?cent|percent)/.test(after) ? "percent" : /(?:[$€£¥₹]|\b[A-Z]{1,3}\$?|\bRs\.?)\s?$/.test(before) ? "money" : "count";
    out.push({ value: Number(raw), decimals: raw.split(".")[1]?.length ?? 0, start: m.index, end: m.index + m[0].length, measure });
  }
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * "7,650 votes, against 7,128 votes ..., a margin of 522 votes", "46,305 registered voters, 22,841 cast their
 * ballots, a turnout of 49.3 percent", "held them to 18 points" under a title "88-81" after "led 63-58": the answer is
 * the sum, difference or share of two other figures the learner sees (the sentence and its title), so any of the
 * three is worked out, not recalled (C1 item 33, genstrict-1 11b items 43, 44).
 */
export function workedOut(fact: Fact, title: string): boolean {
  if (!fact.span || !["count", "money", "percent"].includes(fact.kind)) return false;
  const own = numerals(fact.sentence).find((n) => n.start >= fact.span![0] && n.end <= fact.span![1]);
  if (!own || own.value < 2 || own.measure === "date") return false;
  // A share is worked out from counts; a sum or difference from figures of its own measure.
  const operand: Measure = fact.kind === "percent" ? "count" : own.measure;
  const others = [...numerals(fact.sentence).filter((n) => n.end <= fact.span![0] || n.start >= fact.span![1]), ...numerals(title)]
    .filter((n) => n.measure === operand)
    .map((n) => n.value);
  const v = own.value;
  for (let i = 0; i < others.length; i++) {
    for (let j = 0; j < others.length; j++) {
      if (i === j) continue;
      const a = others[i] as number;
      const b = others[j] as number;
      if (a < 1 || b < 1) continue;
      if (fact.kind === "percent") {
        if (a < b && close(round((100 * a) / b, own.decimals), v)) return true;
        continue;
      }
      if (i < j && close(a + b, v)) return true;
      if (close(a - b, v)) return true;
    }
  }
  return false;
}

/** How often the article spells an abbreviation, title included. */
function mentions(acronym: string, article: ArticleText): number {
  return [...`${article.title} ${article.body}`.matchAll(new RegExp(`\\b${acronym.replace(/[^\p{L}\d]/gu, "")}\\b`, "gu"))].length;
}

/**
 * Why a fact is not worth a card, or null when it is. Facts refused here get no item of any type.
 */
export function notWorthLearning(fact: Fact, article: ArticleText, matchReport = isMatchReport(article)): string | null {
  // "Bulls had 25 points.", "16 points and 13 rebounds", "after 38 minutes", "the 52nd minute": a box score.
  if (matchReport && matchStatistic(fact, article) && !inTitle(fact, article.title)) return "match statistic";
  if (onlySpeaks(fact)) return "who said it";
  if (workedOut(fact, article.title)) return "worked out from the prompt";
  return null;
}

/**
 * The facts worth a card; a fact whose question only spells out an abbreviation of a body cited in passing keeps its
 * cloze and true/false items but loses the question ("What does IUCN stand for in ...?": C1 items 7, 20). The body
 * the article is about (in its title, or named again after it is spelled out) is still asked.
 */
export function worthLearning(facts: Fact[], article: ArticleText): Fact[] {
  const matchReport = isMatchReport(article);
  const kept = facts.filter((f) => notWorthLearning(f, article, matchReport) === null);
  for (const f of kept) {
    const acronym = /^What does the abbreviation (\S+) stand for/.exec(f.question ?? "")?.[1];
    if (acronym && mentions(acronym, article) < 2 && !new RegExp(`\\b${acronym}\\b`).test(article.title)) f.question = null;
  }
  return kept;
}
