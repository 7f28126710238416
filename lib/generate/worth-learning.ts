import { MONTH_PREFIX_SOURCE } from "./calendar-names";
import { articleRecord, type ArticleText } from "./article-record";
import { DEMONYMS } from "./demonyms";
import { escapePattern } from "./escape-pattern";
import { shownDigits } from "./format-value";
import { asksReportingYear, basisOfFigure, isReferenceBasis, labelsFigure } from "./reference-basis";
import { PERIOD_KIND_SOURCE, PERIOD_YEAR_SOURCE, spansOneYear } from "./period-table";
import { isFiniteVerb } from "./tag-words";
import { firstIndexOf, gramIndex, PLAIN_WORD, wordCounts } from "./text-index";
import { decimalsOf } from "./number-words";
import type { Fact } from "./types";
import { countWholeWord } from "./whole-word";

/**
 * Which facts are worth a card. A fact can be true, found soundly and still not be what a reader should learn from
 * the article: a match report's box score, the relative who confirmed a death, the spelled-out name of a body cited
 * once. Or the prompt itself settles it: a margin beside the two tallies it is the difference of. Each rule comes
 * from a strict read (/work/coord/strict-read-c1.md, strict-read-genstrict-1.md); examples beside each.
 */

export type { ArticleText } from "./article-record";

/** Words only a sports report uses often; several distinct ones make the article a match report. */
const SPORTS_WORDS =
  /\b(?:scored|scorer|season|coach|league|match(?:es)?|fixture|tries|try|innings|wickets?|goals?|rebounds|assists|turnovers|half-time|halftime|striker|midfielder|defender|goalkeeper|fly-half|winger|forward|guard|point guard|centre-back|full-back|captain|semi-finals?|quarter-finals?|playoffs?|championship|podium|penalt(?:y|ies)|yellow card|red card|kick-off|stoppage time|overtime|derby|hat-trick|double-double|sell-?out crowd)\b/gi;

export function isMatchReport(article: ArticleText): boolean {
  // (Asked of one article by the worth rules and the fact features: a scan of the whole text each time.)
  return rememberedIn(article, "matchReport", () => (new Set([...`${article.title} ${article.body}`.matchAll(SPORTS_WORDS)].map((m) => m[0].toLowerCase())).size >= 4 ? 1 : 0)) === 1;
}

/**
 * What a count counts (fact.unit is its noun's stem: "point", "rebound", "penalty") when it is a match statistic:
 * also "17 carries and 19 tackles", "for seven innings", "made two changes at half-time", "down to ten men", "18
 * second-chance points" (strict reads F1 #48, M0 #4, K1 #12, K0 #13, G2 #30).
 */
// (A cricket innings is told in balls faced, fours and sixes: "88 from 64 balls, with nine fours" (strict read H1 #4).)
const STAT_UNIT = /^(?:point|rebound|assist|turnover|steal|block|foul|penalt|penalty|try|tries|conversion|wicket|run|over|ball|delivery|deliverie|four|six|sixe|boundary|boundarie|shot|save|corner|goal|kick|free throw|3-pointer|pointer|lap|card|quarter|half|minute|second|match|matche|game|round|double-double|inning|hit|strikeout|walk|tackle|carry|carrie|pass|passe|touch|touche|interception|clearance|cross|crosse|chance|substitution|change|man|men)s?$/i;
/** An ordinal that places a moment of the match: "the 52nd minute", "the second half", "his fourth double-double". */
const MATCH_MOMENT = /^\s*(?:minute|half|quarter|period|innings|over|set|leg|lap|round|double-double|wicket|test|try|goal)\b/i;
const SHOOTING = /\b(?:shot|shooting|from (?:the field|3-point range|three-point range|beyond the arc|the line)|free throws?|possession|completion rate)\b/i;

/**
 * "Kestrel had 58% of possession." (a match-statistics table's row, table-sentences.ts): a side's share of the whole
 * match is its summary, asked by gold writers of every report with such a table; a share of a spell ("71% of
 * possession in the last half-hour") stays play.
 */
const WHOLE_MATCH_POSSESSION = /^[^,;]{1,60} had \d{1,3}(?:\.\d)?% of possession\.$/;

/** "Millonarios almost doubled their lead just before the break": a goal (or a near miss), not a multiplier (self-read genpr-0 item 9). */
const LEAD_MULTIPLIED = /^\s+(?:their|his|her|its|the)\s+(?:lead|advantage|margin|tally)\b/;

/**
 * Where a side stands in its league, or what a player or side has done over a season or a career: "three points clear
 * at the top", "six points behind the leaders", "top of the table with 38 points", "10 points from four matches", "his
 * 11th goal of the season", "nine league goals", "a run of 14 games unbeaten", "his 100th goal in the top flight",
 * "74 points in seven games, the most in the league", and a result's margin ("won by 37 runs"). A teacher asks these
 * of a match report; they outlast the match, unlike its box score ("16 points and 13 rebounds", "led by 16 points in
 * the third quarter"). A standing or a margin only in the lede, where it is the result.
 */
const STANDING_AFTER = /^\s+(?:clear\b|behind\s+(?:the\s+)?(?:leaders|league leaders|top)\b)|^[^,;.]{0,30}?\s(?:from|after)\s+(?:\w+\s+){0,2}(?:matches|games|rounds|fixtures)\b|^\s+\w+\s+(?:clear|ahead|behind)\s+(?:at|of)\s+the\s+(?:top|summit|leaders|table)\b/i;
const STANDING_BEFORE = /\b(?:top\s+of\s+the\s+(?:table|standings|league|group)|(?:lead|leads|led|leading|top|tops|topped|topping)\s+the\s+(?:table|standings|league|group))\s+(?:with|on)\s+$/i;
const RECORD_AFTER = /^\s+(?:(?:league|season|tournament|career|international|test|club)\s+)?(?:goals?|tries|try|points?|runs?|wickets?|games?|matches|appearances|caps|starts|wins|victories|defeats|centuries|hundreds)\b(?:\s+(?:in|of|for)\s+(?:the|this|his|her|their)\s+(?:\w+\s+){0,2}(?:season|tournament|campaign|league|competition|top\s+flight|career|country)|\s+this\s+(?:season|year|campaign)|\s+(?:unbeaten|in\s+a\s+row|running)|\s+(?:in|of)\s+the\s+(?:season|tournament|campaign|league))\b|^\s+(?:league|season|tournament|career)\s+(?:goals?|tries|points|runs|wickets|games|matches|wins|defeats)\b/i;
const RECORD_NEXT = /^[^,;.]*,\s+(?:the\s+most\s+in\s+the|(?:\w+\s+)?more\s+than\s+any(?:one|\s+other)|a\s+(?:league|club|season|competition)\s+record)\b/i;
/** "won the second Test by 37 runs", "beat the Bulls by 12 points": the margin of a result is the result. */
const RESULT_MARGIN = /\b(?:won|win|wins|winning|beat|beating|defeated|lost|losing)\b[^,;:.]{0,60}\bby\s+$/i;
const RECORD_BEFORE = /\b(?:(?:leading|top)\s+(?:scorer|try-scorer|run-scorer|wicket-taker)\s+with|(?:unbeaten|winning|losing|scoring)\s+(?:run|streak|sequence)\s+of)\s+$/i;
/** "with five rounds left", "two matches left to play": what is left of a season. */
const SEASON_LEFT = /^\s+(?:rounds?|games?|matches|match|fixtures?)\s+(?:left|remaining|to\s+play|to\s+go)\b/i;
/** "four goals in his last three matches": a player's form over a run of matches. */
const FORM_AFTER = /^\s+(?:league\s+)?(?:goals?|tries|points|wickets)\s+in\s+(?:his|her|their)\s+last\s+\S+\s+(?:matches|games|appearances|starts|outings)\b/i;

export function standingOrRecord(fact: Fact, article: ArticleText): boolean {
  if (!fact.span || (fact.kind !== "count" && fact.kind !== "ordinal")) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  const after = fact.sentence.slice(fact.span[1]);
  if (RECORD_AFTER.test(after) || RECORD_NEXT.test(after) || RECORD_BEFORE.test(before) || FORM_AFTER.test(after) || SEASON_LEFT.test(after)) return true;
  // A standing or a margin is the story in the lede ("beat JS Kabylie 2-1, moving three points clear at the top");
  // past it, "10 points from four matches", "finished fourth with 29 points" or an earlier match's margin is a
  // snapshot of the table (strict reads E1 #29, I0 #45, K0 #1).
  const lede = indexInBody(article, fact.sentence.slice(0, 40)) >= 0 && !pastLede(fact, article);
  // ("six points behind": the span may stop before its unit.)
  return lede && (STANDING_AFTER.test(after.replace(/^\s+points?\b/i, "")) || STANDING_BEFORE.test(before) || RESULT_MARGIN.test(before));
}

/**
 * "headed in a corner in the 21st minute", "opened the scoring in the 19th minute", "The equaliser came in the 61st
 * minute": the minute of a goal is the story of its sentence, and gold writers ask it of every match report. The minute
 * of a card, a substitution or an injury ("sent off in the 90th minute", "came on in the 70th minute") stays play.
 */
const GOAL_TOLD = /\b(?:scor(?:ed|es|ing)|goal|equali[sz](?:e|ed|er|es|ing)|level(?:l?ed|ler)|winner|(?:went|go|goes|gone|going|move[sd]?)\s+ahead|put\s+(?:\S+\s+){1,3}ahead|opened\s+the\s+scoring|headed\s+(?:in|home)|turned\s+(?:it\s+|the\s+ball\s+)?in|netted|struck|fired|curled|slotted|tapped\s+in|converted|(?:make|made|making)\s+it\s+\d+-\d+|fell\s+behind|had\s+led|tr(?:y|ies)\b|seal(?:ed|s)\s+(?:the\s+)?(?:win|victory|points)|took\s+the\s+lead)/i;
// "shot low past Cata Ruiz", "slid the ball under the goalkeeper", "drove it into the far corner": a finish.
const FINISH = /\b(?:shot|drove|slid|lifted|chipped|poked|drilled|rifled|steered)\s+(?:[a-z]+\s+){0,3}?(?:(?:past|under|beyond)\s+(?:the\s+)?(?:goalkeeper|keeper|\p{Lu})|into\s+the\s+(?:net|far|near|bottom|top))/u;
const NOT_A_GOAL = /\b(?:card|sent\s+off|dismissed|came\s+on|come\s+on|replaced|brought\s+on|taken\s+off|substitut(?:ed|ion)|limp\w*|injur\w*|went\s+off|saved|hit\s+the\s+(?:post|bar|crossbar|woodwork))\b/i;

/**
 * The clause of a sentence a span sits in: "They hit the crossbar in the 77th minute, but Lincoln sealed the win in the
 * 84th minute" tells a near miss and a goal, one in each clause.
 */
function clauseAt(sentence: string, at: number): string {
  const BREAK = /,\s+but\s|;\s|,\s+while\s|,\s+whereas\s/g;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index < at) start = m.index + m[0].length;
    else if (m.index < end) end = m.index;
  }
  return sentence.slice(start, end);
}

/**
 * A goal's time given as a duration: "The winner came on 71 minutes", "The visitors led after 23 minutes" (not "90
 * minutes of pressing", a spell; nor "after 80 minutes" of an injury).
 */
const GOAL_TIME_BEFORE = /\b(?:on|after)\s+$/i;
// ("Vega came on 60 minutes into the game and scored twice": only a goal's noun "comes on" a time; a player comes on
// as a substitute.)
const GOAL_CAME_ON = /\b(?:winner|equali[sz]er|leveller|goal|opener|breakthrough)\s+(?:came|comes|come)\s+on\s+$/i;
// ("The protest that led to a stoppage came after 23 minutes": "led" is a goal's only as a side's lead at the time.)
const SIDE_LED_AFTER = /(?:\p{Lu}[\p{L}'’-]*|\b(?:hosts|visitors|home\s+side|away\s+side|they))\s+led\s+(?:\d+-\d+\s+)?after\s+$/u;

function goalMinute(fact: Fact): boolean {
  if (!fact.span) return false;
  const minute = fact.kind === "ordinal" && /\sminute$/.test(fact.answer);
  const timed = fact.kind === "duration" && /^minutes?$/.test(fact.unit.trim()) && GOAL_TIME_BEFORE.test(fact.sentence.slice(0, fact.span[0])) && !/^\s*of\b/.test(fact.sentence.slice(fact.span[1]));
  if (!minute && !timed) return false;
  // ("The winner came on 71 minutes": "came on" before the time is when the goal came, no substitute.)
  const before = fact.sentence.slice(0, fact.span[0]);
  const goalCameOn = timed && GOAL_CAME_ON.test(before);
  const at = goalCameOn ? before.replace(/\b(?:came|comes|come)\s+on\s+$/i, "at ") : before;
  const clause = clauseAt(at + fact.sentence.slice(fact.span[0]), at.length);
  const told = timed ? goalCameOn || GOAL_TOLD.test(clause) || FINISH.test(clause) || SIDE_LED_AFTER.test(before) : GOAL_TOLD.test(fact.sentence) || FINISH.test(fact.sentence);
  return told && !NOT_A_GOAL.test(clause);
}

function matchStatistic(fact: Fact, article: ArticleText): boolean {
  if (standingOrRecord(fact, article) || goalMinute(fact)) return false;
  if (fact.kind === "count" && fact.unit === "fold" && fact.span) return LEAD_MULTIPLIED.test(fact.sentence.slice(fact.span[1]));
  if (fact.kind === "count") return STAT_UNIT.test(fact.unit.trim());
  if (fact.kind === "duration") return /^(?:minute|second)s?$/.test(fact.unit.trim());
  if (fact.kind === "percent") return SHOOTING.test(fact.sentence) && !WHOLE_MATCH_POSSESSION.test(fact.sentence);
  if (fact.kind === "ordinal" && fact.span) return /\sminute$/.test(fact.answer) || MATCH_MOMENT.test(fact.sentence.slice(fact.span[1])) || STAT_UNIT.test(fact.unit.trim());
  void article;
  return false;
}

/** A headline figure ("Demir scores 29") is the report's point, whatever it counts. */
export function inTitle(fact: Fact, title: string): boolean {
  // Every figure the answer shows stands alone in the title ("2-1" as "2" and "1"; "Afl. 14.2 million" as "14.2").
  const figures = shownDigits(fact.answer);
  if (figures.length > 0 && figures.every((f) => title.includes(f) && new RegExp(`(?<![\\d.,])${escapePattern(f)}(?![\\d]|[.,]\\d)`).test(title))) return true;
  return fact.answer.length > 3 && title.toLowerCase().includes(fact.answer.toLowerCase());
}

const SIDE_ROLE = /(?:^|\b(?:the|Which|Who)\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:head\s+)?(?:coach|manager)\b/u;

/** "Barcelona coach Jordi Vilaró", "Who was the Olympiacos coach ...?": a person asked as the named side's coach. */
function teamRole(fact: Fact): boolean {
  const side = SIDE_ROLE.exec(fact.measure ?? "")?.[1] ?? SIDE_ROLE.exec(fact.question ?? "")?.[1];
  return side !== undefined && !DEMONYMS.has(side) && !/^(?:The|Which|Who|Was|Is)$/.test(side);
}

/** What a scorer "added" ("a third", "15 points", "another"): "added" before it is scoring, not speech. */
export const ADDED_SCORE_OBJECT = String.raw`(?:a|an|another|his|her|their|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\b`;
/** "Substitute X added a third", "Forward X added 15 points": "added" before what was added is scoring, not speech. */
const ADDED_SCORE = new RegExp(String.raw`\badded\s+(?=${ADDED_SCORE_OBJECT})`, "i");

const SPEECH = /^[^.;:]{0,40}?\b(?:said|says|told|admitted|added|confirmed|noted|warned|explained|insisted|conceded|quoted|recalled|joked)\b/;
const SPEECH_BEFORE = /\b(?:said|says|told|admitted|added|confirmed|noted|warned|explained|insisted|conceded|recalled)\s+(?:\p{Ll}[\p{L}-]*\s+){0,6}$/u;

/**
 * "Her daughter, Valeria Ostrowski, said the cause was heart failure", "Australia captain Nathan Pryce admitted his
 * side had been outplayed": a person whose only part in the sentence is speaking. Officials and executives speak for
 * what the article is about, and an expert is asked with what they study; anyone else quoted (a relative, a
 * player, a customer) is who said it, not what happened.
 */
function onlySpeaks(fact: Fact): boolean {
  return speaks(fact) && !askedByOwnedRole(fact);
}

const OWNED_ROLE_QUESTIONS = [
  // "Who is the dean of law at the University of Tarvel?", "Who was the guardian in the village of Oru in May 2026?"
  /^Who (?:is|was) the (?!(?:who|which|that)\b)\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,3}\s(?:of|at|in|for|on)\s[^?]*\p{Lu}[^?]*\?$/u,
  // "Who is Ana Ruiz’s daughter?", "Who is the Tarvel Council’s deputy mayor?"
  /^Who (?:is|was) (?:the\s)?(?:\p{Lu}[\p{L}-]*\s){0,3}\p{Lu}[\p{L}-]*[’']s\s\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,3}\?$/u,
  // "Who chairs the Federation of Home Carers?", "Which deputy chairs Tarvel's housing board?": the office the person
  // holds, and whose ("Who covers lenders at X?", "Who teaches economics at X?" ask an analyst's or a scholar's work).
  /^(?:Who|Which\s\p{Ll}[\p{L}-]*)\s(?:chairs|heads|leads|directs|runs|manages|presides|coordinates|co-chairs)\s[^?]*\p{Lu}[^?]*\?$/u,
];
/** A "(title, source, month)" label a prompt opens with, its source's brackets too: "(“T”, Firm Ltd (press release), May 2026) ". */
const LEADING_LABEL = /^\((?:“[^”]*”)?[^()]*(?:\([^()]*\)[^()]*)*\)\s*:?\s*/;

/** The text without the label it opens with (one rule for worthLearning and the item features). */
export const stripLabel = (text: string): string => text.replace(LEADING_LABEL, "");

const SPEECH_WORDS = /\b(?:said|says|told|tells|quoted|according|added|warned|argued|argues|called|calls|wrote)\b/;

/**
 * "“We planned for this,” said Ana Ruiz, the dean of law at the University of Tarvel": a person quoted is still asked
 * by the office and whose it is ("Who is the dean of law at the University of Tarvel?"), never by the quotation (readers
 * reject "who said ...?"), so such a fact keeps its role question and loses its blank (worthLearning).
 */
function askedByOwnedRole(fact: Fact): boolean {
  const question = stripLabel(fact.question ?? "").replace(/\sin\s\p{Lu}\p{Ll}+\s\d{4}\?$/u, "?");
  if (fact.kind !== "person" || !OWNED_ROLE_QUESTIONS.some((q) => q.test(question)) || SPEECH_WORDS.test(question)) return false;
  // ("Her daughter, X, said": a person's relative, whose "her" the question wrote in, stays who said it.)
  if (fact.span && /\b[Hh](?:is|er)\s(?:\p{Ll}[\p{L}-]*\s){0,3}?\p{Ll}[\p{L}-]*,?\s*$/u.test(fact.sentence.slice(0, fact.span[0]))) return false;
  // ("Who was the Greek coach ...?": a nationality says whose no more than no owner does.)
  return question.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w) && !DEMONYMS.has(w.replace(/[’']s$|[?,]$/g, "")));
}

/** The person's part in the sentence is speaking (onlySpeaks, unless a role question asks for them). */
function speaks(fact: Fact): boolean {
  if (fact.kind !== "person" || !fact.span || fact.roleKind === "official" || fact.roleKind === "business" || fact.roleKind === "expert") return false;
  // "Nacional’s coach, X, said": a named team's coach speaks for the team as an executive does for a company (strict
  // read B2 item 14 found "Barcelona coach ___ said ..." worth a card); "the Polish coach" names no team.
  if (/^(?:head )?coach$/.test(fact.measure ?? "") && /’s (?:head )?coach\?$/.test(fact.question ?? "")) return false;
  // So does "Barcelona coach X" (a side's coach or manager by the side's name); "the Greek coach" names a nationality,
  // no side. A captain quoted is a player quoted (strict read genstrict-1), and stays out.
  if (teamRole(fact)) return false;
  const after = fact.sentence.slice(fact.span[1]).replace(/^,[^,]{0,80},/, "").replace(ADDED_SCORE, " scored ");
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

const MONTH = new RegExp(String.raw`(?:${MONTH_PREFIX_SOURCE})[a-z]*\.?`).source;
const MONTH_BEFORE = new RegExp(`${MONTH}\\s$`);
const MONTH_AFTER = new RegExp(`^\\s${MONTH}`);

/** Numerals as written ("7,650", "49.3"), with where they are and what they measure; years and days are labels. */
function numerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  for (const m of text.matchAll(/(?<![\d.,\p{L}-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,\p{L}-])\d+(?:\.\d+)?(?![\d])/gu)) {
    const raw = m[0].replace(/,/g, "");
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const date = /^(?:19|20)\d{2}$/.test(raw) || MONTH_BEFORE.test(before) || MONTH_AFTER.test(after);
    const measure: Measure = date ? "date" : /^\s?(?:%|per ?cent|percent)/.test(after) ? "percent" : /(?:[$€£¥₹]|\b[A-Z]{1,3}\$?|\bRs\.?)\s?$/.test(before) ? "money" : "count";
    out.push({ value: Number(raw), decimals: decimalsOf(raw), start: m.index, end: m.index + m[0].length, measure });
  }
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * "7,650 votes, against 7,128 votes ..., a margin of 522 votes", "46,305 registered voters, 22,841 cast their
 * ballots, a turnout of 49.3 percent", "held them to 18 points" under a title "88-81" after "led 63-58": the answer is
 * the sum, difference, product, quotient or share of two other figures the learner sees (the sentence and its title), so any of the
 * three is worked out, not recalled (C1 item 33, genstrict-1 11b items 43, 44).
 */
export function workedOut(fact: Fact, title: string): boolean {
  if (!fact.span || !["count", "money", "percent"].includes(fact.kind)) return false;
  const inSentence = numerals(fact.sentence);
  const own = inSentence.find((n) => n.start >= fact.span![0] && n.end <= fact.span![1]);
  if (!own || own.measure === "date") return false;
  // A share is worked out from counts; a sum or difference from figures of its own measure.
  const operand: Measure = fact.kind === "percent" ? "count" : own.measure;
  const others = [...inSentence.filter((n) => n.end <= fact.span![0] || n.start >= fact.span![1]), ...numerals(title)]
    .filter((n) => n.measure === operand)
    .map((n) => n.value);
  const v = own.value;
  // "0.4% wrongly flagged, a specificity of 99.6%": the rest of a whole.
  if (fact.kind === "percent") {
    const shares = inSentence.filter((n) => n.measure === "percent" && (n.end <= fact.span![0] || n.start >= fact.span![1]));
    if (shares.some((p) => close(round(100 - p.value, Math.max(own.decimals, p.decimals)), v))) return true;
    // "40% of the company, Pakistan Railways 40% and an Afghan entity the remaining 20%": the parts of a whole.
    if (shares.length >= 2 && close(round(shares.reduce((sum, p) => sum + p.value, v), own.decimals), 100)) return true;
  }
  if (v < 2) return false;
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
      // "1,500 MW from 100 turbines of 15 MW each".
      if (b >= 2 && a >= 2 && (close(a / b, v) || (i < j && close(a * b, v)))) return true;
    }
  }
  return false;
}

/** How often the article writes a word or name as a whole word ("EDC", "Nazarov"), title included. */
export function timesWritten(word: string, article: ArticleText): number {
  if (PLAIN_WORD.test(word)) {
    const record = articleRecord(article);
    return (record.words ??= wordCounts(`${article.title} ${article.body}`)).get(word) ?? 0;
  }
  const record = articleRecord(article);
  return rememberedIn(article, `written\u0000${word}`, () => countWholeWord((record.titled ??= `${article.title} ${article.body}`), word));
}

/** Answers about one article's text, remembered in its record (article-record.ts) while the article is the same. */
export function rememberedIn(article: ArticleText, key: string, answer: () => number): number {
  const { answers } = articleRecord(article);
  let value = answers.get(key);
  if (value === undefined) {
    value = answer();
    answers.set(key, value);
  }
  return value;
}

/** The body length from which indexInBody indexes the body rather than scanning it per search. */
const INDEXED_BODY = 100_000;

/** Where `text` first occurs in the article's body, or -1. */
export function indexInBody(article: ArticleText, text: string): number {
  const record = articleRecord(article);
  // (A long body is indexed once: each fact's search of it cost a scan of the whole body.)
  return rememberedIn(article, `index\u0000${text}`, () => (article.body.length < INDEXED_BODY ? article.body.indexOf(text) : firstIndexOf((record.grams ??= gramIndex(article.body)), text)));
}

/** Whether the body, its runs of white space as one space, has `text`. */
function inCollapsedBody(article: ArticleText, text: string): boolean {
  const record = articleRecord(article);
  return rememberedIn(article, `collapsed\u0000${text}`, () => ((record.collapsed ??= article.body.replace(/\s+/g, " ")).includes(text) ? 1 : 0)) === 1;
}

/**
 * Where the body's first two sentences end (the lede and the sentence that dates its event): at a full stop not after
 * an abbreviation ("Oct.", "Mr.", "U.S."), or a blank line.
 */
function ledeEnd(article: ArticleText): number {
  return rememberedIn(article, "lede", () => sentenceEnd(article.body, sentenceEnd(article.body, 0) + 1));
}

/** Where the sentence that goes on at `from` ends. */
function sentenceEnd(body: string, from: number): number {
  for (const m of body.slice(from).matchAll(/[.!?][”"’]?\s+(?=[“"‘]?\p{Lu})|\n\s*\n/gu)) {
    if (body.slice(from, from + m.index).trim().length < 20) continue;
    const word = /(\S+)$/.exec(body.slice(from, from + m.index))?.[1] ?? "";
    if (m[0].startsWith(".") && /^(?:\p{Lu}\p{Ll}{0,3}|(?:\p{Lu}\.)*\p{Lu})$/u.test(word)) continue;
    return from + m.index;
  }
  return body.length;
}

/** Whether a sentence of the body comes after its first two (a sentence the splitter wrote itself is not judged). */
export function pastLede(fact: Fact, article: ArticleText): boolean {
  const at = indexInBody(article, fact.sentence.slice(0, 40));
  return at >= 0 && at > ledeEnd(article);
}

/**
 * "Payments will be completed by 15 December 2026", "a public meeting on 21 October", "a funeral on Nov. 14": past
 * the lede, the exact day of a schedule or a procedure is of a minor event (strict reads C1 items 22, 48; D1 items
 * 14, 17, 20, 42; genprec5-2 item 11), even of the title's company. The article's own event is dated in its first
 * sentences, and a date of record ("The FDA approved Memorel on Tuesday (Jul 21)") has no such cue.
 */
function minorDay(fact: Fact, article: ArticleText): boolean {
  if (fact.kind !== "date" || fact.unit !== "day" || !fact.span) return false;
  if (!pastLede(fact, article) || inTitle(fact, article.title)) return false;
  // (Only what leads up to the date: "take effect on October 1 and will apply to bills" is dated by its own verb.)
  const lead = fact.sentence.slice(Math.max(0, fact.span[0] - 80), fact.span[0]);
  return MINOR_DAY.test(lead) || /\b(?:by|until|before)\s+$/.test(lead);
}

/**
 * What makes a day past the lede a schedule or a procedure rather than a date of record ("The canal opened on 21 June
 * 1895", "The new rates take effect on October 1" stay): something still to come ("will be completed by", "is
 * expected to vote on", "runs until", "meet again in Helsinki on Dec. 6") or a step of a procedure ("a public hearing
 * on 22 April", "The statutory deadline for this case was", "a record date of Nov. 5", "a funeral will be held"), or a
 * fixture ("Scotland meet New Zealand at Murrayfield on 8 November").
 */
const MINOR_DAY = /\b(?:will|is expected|are expected|is due|are due|scheduled|until|deadline|hearing|funeral|consultation|investigation|record date|meet again|meets?|faces?|hosts?|information evenings?)\b/u;

const SPOKEN_AT = /\b(?:told|said\s+(?:at|in|to)|speaking\s+(?:at|in|to)|addressing)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:news\s+conference|press\s+conference|briefing|reporters|journalists|the\s+media|forum|summit|conference|parliament|lawmakers|audience|crowd)\s+(?:in|at)\s+(?:the\s+)?$/i;
const OPEN_QUOTE = /^\s*[“"‘]/;

/**
 * '"That is the right design," said Daniel Kovacs of the Privacy Forum, a Washington-based group': after a
 * quotation, a place or body only says where the speaker works (genprec5-1 item 17).
 */
function speakersPlace(fact: Fact): boolean {
  if ((fact.kind !== "place" && fact.kind !== "organisation") || !fact.span) return false;
  // "..., Al-Marri told a news conference in ___", "she told reporters at ___": where words were said (self-read genpr-0 item 11).
  if (fact.kind === "place" && SPOKEN_AT.test(fact.sentence.slice(0, fact.span[0]))) return true;
  if (!OPEN_QUOTE.test(fact.sentence)) return false;
  // ("..., TASS quoted the prime minister as saying": the agency that quotes is no workplace.)
  return /[”"],?\s+(?:said|says|told|added)\b/.test(fact.sentence.slice(0, fact.span[0]));
}

/**
 * "the third quarter ended 30 September 2026", "Profit for the six months to Sept. 30": the day a reporting period
 * closes is a label of the figure, not a fact (strict read E0 item 20, self-read genpr-d1 item 8). A day read as a
 * count after its month ("Sept. _____") is the same day.
 */
const PERIOD_END = new RegExp(String.raw`\b(?:quarter|half|half-year|year|months|weeks|period|fiscal year|financial year)\s+(?:ended|ending|to|through)\s+(?:on\s+)?(?:${MONTH}\s+)?$`, "i");

function periodEnd(fact: Fact): boolean {
  if (!fact.span || (fact.kind !== "date" && fact.kind !== "count")) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  if (fact.kind === "count" && !new RegExp(`${MONTH}\\s+$`).test(before)) return false;
  return PERIOD_END.test(before);
}

/**
 * "The two countries plan to hold their next summit in _____ in 2027", "A joint committee will hold its first
 * meeting in _____ in February": where a meeting still to come is held is a procedural note (strict read E1 item 38,
 * self-read genpr-d1 item 37).
 */
const MEETING_PLACE = /\b(?:meeting|summit|talks|session|conference|round|forum|council|committee)\b[^.;]{0,40}?\b(?:in|at)\s+(?:the\s+)?$|\b(?:meet|convene|reconvene)\b[^.;]{0,30}?\b(?:in|at)\s+(?:the\s+)?$/i;
const STILL_TO_COME = /\b(?:will|plans?\sto|planned|is due to|are due to|next|expected to|is to|are to)\b/i;

function futureMeetingPlace(fact: Fact): boolean {
  if (fact.kind !== "place" || !fact.span) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  return MEETING_PLACE.test(before) && STILL_TO_COME.test(before);
}

/**
 * "The change of Administration was −5%.", "The 2026 budget of Housing was €96 million.": a table cell that the
 * splitter could only write with its column and row headings (table-sentences.ts) reads as a stiff non-sentence, with
 * no period or base (strict read D1 items 4, 23, 29, 32, 38). A row written
 * as a sentence of its own ("Lyon had 12 points in Group B") is kept.
 */
// (A heading may hold a grouped number: "Average price (US$ per 1,000 pieces)".)
const TABLE_CELL = /^The (?:[^.,;]|[.,](?=\d)){1,60} of (?:[^.,;]|[.,](?=\d)){1,80} was (?:[^.,;]|[.,](?=\d)){1,40}\.$/;

function tableCell(fact: Fact, article: ArticleText): boolean {
  return TABLE_CELL.test(fact.sentence) && indexInBody(article, fact.sentence.slice(0, -1)) < 0;
}

/**
 * "Spending on libraries is NOK 310 million in 2028.", "Revenue rose by 8% between 2025 and 2026.": the period of a
 * figure the splitter wrote from a table's period columns (period-table.ts) labels the figure; it is no fact.
 */
const PERIOD = String.raw`(?:the )?(${PERIOD_YEAR_SOURCE})(?: (?:${PERIOD_KIND_SOURCE}))?`;
const SPAN = String.raw`the (?:\w+ months|(?:financial |fiscal )?year|quarter|half(?:-year)?) to [^,;]{3,30}, (?:19|20)\d{2}`;
const PERIOD_STATEMENT = new RegExp(String.raw`^[^,;]{1,90} (?:is|was|were) (?:\p{Lu}[\p{L}.]{0,3} )?[^ ]*\d(?:[^,;]|,\d){0,30} in (?:${PERIOD}|${SPAN})\.$|^[^,;]{1,90} (?:rises|falls|rose|fell) by [\d.]+% (?:between ${PERIOD} and ${PERIOD}|in ${SPAN}, from a year earlier)\.$`, "u");

/**
 * The period of a table figure, or the base of its unit ("US$21.40 per ___ pieces"): labels, not facts.
 */
function tablePeriod(fact: Fact, article: ArticleText): boolean {
  if (fact.kind !== "date" && !(fact.kind === "count" && fact.span && /\bper\s$/.test(fact.sentence.slice(0, fact.span[0])))) return false;
  const m = PERIOD_STATEMENT.exec(fact.sentence);
  // (A range of several years, "in 2026-2030", is no period the splitter writes: period-table.ts.)
  return m !== null && m.slice(1).every((year) => year === undefined || spansOneYear(year)) && !inCollapsedBody(article, fact.sentence.slice(0, -1));
}

/** "in the 17th and ___ centuries", "in 2016 and ___": the next of a series the sentence counts up (genprec5-2 item 16). */
function nextInSeries(fact: Fact): boolean {
  if (fact.kind !== "ordinal" || !fact.span) return false;
  const prev = /\b(\d+)(?:st|nd|rd|th)\s+(?:and|or|to)\s+$/.exec(fact.sentence.slice(0, fact.span[0]))?.[1];
  const own = /^(\d+)(?:st|nd|rd|th)$/.exec(fact.answer)?.[1];
  return prev !== undefined && own !== undefined && Math.abs(Number(own) - Number(prev)) === 1;
}

/**
 * Why a fact is not worth a card, or null when it is. Facts refused here get no item of any type.
 */
/**
 * "Olimpia had 36 points in the Clausura standings.", "Lyon had 12 points in Group B after four matches.", "Lyon had
 * 12 points." (a standings row, table-sentences.ts) in a report on Olimpia's match: the sides the report is about
 * (named in its title) keep their points as a fact of the story; every other row of the table stays a box-score
 * figure, not worth a card (a whole table of cards would bury the match).
 */
// ("Pirae had 29 points after round 13.": a table placed by its time alone.)
const STANDING = /^(.+?) had \d{1,3} points?(?: (?:in|after|as of|at the end of) [^.]+)?\.$/u;

/** Words of a club's name that name no club: "AS Pirae" is "Pirae" in a headline, "Gazelle FC" is "Gazelle". */
const CLUB_AFFIX = /^(?:[A-Z]{1,3}|Club|Clube|Real|Sporting|Athletic|Atlético|Deportivo|Racing|Union|United|City|Town|County|Rovers|Wanderers|Athletico|Olympique|Dynamo|Dinamo|The|de|del|la|los|las|of)$/u;

/** The row's side is one the title names, in full or by a word of its name that is not a club affix. */
function titleNamesSide(side: string, title: string): boolean {
  if (title.includes(side)) return true;
  // ("Tre" of "Tre Fiori" is in "Tre Penne": a word of three letters names no side on its own.)
  return side.split(/\s+/).some((w) => w.length >= 4 && !CLUB_AFFIX.test(w) && new RegExp(`(?<![\\p{L}'’-])${escapePattern(w)}(?![\\p{L}'’-])`, "u").test(title));
}

/**
 * "| 2 | Riverton | 16 | ... |": the side is first or second in its table, the leader or the side chasing it. Its points
 * give the gap at the top, which a teacher asks of a match report as much as the leader's own.
 */
export function leadingRow(side: string, article: ArticleText): boolean {
  // (Tried only where a row numbered 1 or 2 starts, once per side: a search of the whole body per fact grew with a
  // long article's length times its standings.)
  const found = () => {
    const row = new RegExp(`^\\|\\s*[12]\\.?\\s*\\|\\s*(?:\\*\\*)?${escapePattern(side)}(?:\\*\\*)?\\s*\\|`, "muy");
    for (const at of numberedRowStarts(article, "leading")) {
      row.lastIndex = at;
      if (row.test(article.body)) return 1;
    }
    return 0;
  };
  return rememberedIn(article, `leadingRow\u0000${side}`, found) === 1;
}

/**
 * Where the body's table rows numbered 1 or 2 ("leading": "| 2 | ...") or 3 or 4 ("contending") start, found once per
 * article.
 */
function numberedRowStarts(article: ArticleText, rows: "leading" | "contending"): number[] {
  const record = articleRecord(article);
  const known = rows === "leading" ? record.leadingRows : record.contendingRows;
  if (known) return known;
  const numbered = rows === "leading" ? /\|\s*[12]\.?\s*\|/uy : /\|\s*[34]\.?\s*\|/uy;
  const starts: number[] = [];
  for (const m of article.body.matchAll(/^\|/gmu)) {
    numbered.lastIndex = m.index;
    if (numbered.test(article.body)) starts.push(m.index);
  }
  return rows === "leading" ? (record.leadingRows = starts) : (record.contendingRows = starts);
}

/**
 * "| 3 | AS Dragon | ... |" and "Dragon kept pace with a 3-0 win": a side third or fourth in its table that the report's
 * sentences name, outside its tables, is a contender the story is about, and its points are asked as the leaders' are
 * (gold of four batches asks them). Lower rows, and sides the sentences do not name, stay unasked: a table of cards
 * would bury the match. A name is found whole, or without its letters ("Dragon" of "AS Dragon", "Gazelle" of "Gazelle
 * FC"): "Lions Gibraltar" is not named by "Gibraltar".
 */
export function namedContender(side: string, article: ArticleText): boolean {
  const record = articleRecord(article);
  const found = () => {
    // (Tried only where a row numbered 3 or 4 starts, as leadingRow does: a search of a long body per side cost a 2 MB
    // article 1% of its time.)
    const row = new RegExp(`^\\|\\s*[34]\\.?\\s*\\|\\s*(?:\\*\\*)?${escapePattern(side)}(?:\\*\\*)?\\s*\\|`, "muy");
    const rowAt = (at: number) => {
      row.lastIndex = at;
      return row.test(article.body);
    };
    if (!numberedRowStarts(article, "contending").some(rowAt)) return 0;
    const prose = (record.prose ??= article.body
      .split("\n")
      .filter((l) => !/^\s*\|/.test(l))
      .join("\n"));
    // (Only letters are dropped: "Kelby" of "Kelby Town" and "Estelí" of "Real Estelí" may be the town.)
    const words = side.split(/\s+/);
    const own = words.filter((w) => !/^[A-Z]{1,3}$/.test(w));
    const names = own.length === 1 && own.length < words.length && (own[0] ?? "").length >= 4 ? [side, own[0] ?? side] : [side];
    return names.some((n) => new RegExp(`(?<![\\p{L}'’-])${escapePattern(n)}(?![\\p{L}'’-])`, "u").test(prose)) ? 1 : 0;
  };
  return rememberedIn(article, `namedContender\u0000${side}`, found) === 1;
}

const titleSideStanding = (fact: Fact, article: ArticleText) => {
  const side = STANDING.exec(fact.sentence)?.[1];
  return side !== undefined && (titleNamesSide(side, article.title) || leadingRow(side, article) || namedContender(side, article)) && indexInBody(article, fact.sentence.slice(0, -1)) < 0;
};

/**
 * "Mamadou Faye had 9 points for Senegal." (a box score's row past its top scorer, table-sentences.ts): play. A name
 * may hold a full stop ("Naveed Stanikzai (capt.) had 26 balls for Afghanistan"), and a table captioned as a scorecard
 * or box score is play whatever its column is read as ("Zimbabwe had 70 points in the Scorecard", strict read H1 #4).
 */
// (Tested only on a sentence holding " had ": its lazy opening walks the whole sentence, per fact, to find none.)
const BOX_SCORE_ROW = /^.+? had \d[\d,]* \p{L}+ for [^.]+\.$/u;
const BOX_SCORE_TABLE = /\bin the (?:\p{L}+ )?(?:scorecard|box score|match statistics|match stats)\.$/iu;

/**
 * "- SCR 18 million for crew training, spares and the first two years of maintenance", "14 partner councils from
 * Cumbria to Lincolnshire": a list item that is a figure and what it is for, with no verb. Copied as a sentence it
 * does not say what the figure is part of (strict read H1 #44, a verbless bullet fragment).
 */
const FIGURE_FIRST = /^(?:\p{Lu}{2,3}\$?\s?|[$€£¥₹])?\d[\d,.]*(?:\s?(?:million|billion|thousand|bn|m|%|percent))?(?:\s[\p{L}-]+){0,3}?\s(?:for|of|from|to|in|on|at)\s/u;
/** A present verb the lexicon's finite test leaves out ("stands", "rise"): a fragment has none. */
const PRESENT_VERB = /\b(?:is|are|was|were|be|has|have|had|will|would|can|could|may|might|must|should|go|goes|\p{L}{3,}(?:s|es))\s+(?:(?:to|for|at|by|on|in|up|down|from|about|around|the|a|an)\b|\d)/u;

function verblessFragment(fact: Fact): boolean {
  const text = fact.sentence;
  if (!FIGURE_FIRST.test(text)) return false;
  const words = text.match(/[\p{L}'’-]+/gu) ?? [];
  return !words.some((w, i) => isFiniteVerb(w, words[i - 1])) && !PRESENT_VERB.test(text);
}

/** The head word that ends a body's name. */
const BODY_HEAD = String.raw`(?:Agency|Authority|Services?|Council|Commission|Ministry|Department|Institute|Corporation|Company|Bank|Fund|Board|Association|Union|Federation|Centre|Center|Office|Bureau|Directorate|Trust|Foundation|Society|Club|Programme|Program)`;
const NAME_GOES_ON = new RegExp(String.raw`^\s+(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}${BODY_HEAD}\b`, "u");
const NAME_BEGAN = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+$`, "u");
const ENDS_IN_HEAD = new RegExp(String.raw`\b${BODY_HEAD}$`, "u");

/**
 * "the Seychelles Fire and Rescue Services Agency": a name found up to its "and" ("Seychelles Fire", asked as a
 * person) or from it ("Rescue Services Agency") is half a body's name, and its blank leaves the other half in the
 * sentence (strict read H1 #40, "Seychelles Fire and _____").
 */
function partOfLongerName(fact: Fact): boolean {
  if (!fact.span || !["person", "organisation", "place"].includes(fact.kind)) return false;
  const before = fact.sentence.slice(0, fact.span[0]);
  const after = fact.sentence.slice(fact.span[1]);
  return NAME_GOES_ON.test(after) || (NAME_BEGAN.test(before) && ENDS_IN_HEAD.test(fact.answer));
}

/**
 * "The team blames three pressures", "The report draws four lessons": how many reasons, factors or lessons a sentence
 * announces is no fact; the members are, and a card on the count either names none of them or lists them all (strict
 * reads I0 #2, I1 #2). A count of things ("three agreements", "four vessels") stays.
 */
const ABSTRACT_COUNTED = /^\s+(?:(?:main|key|major|big|broad|separate|distinct|related|overlapping|interlocking|simple|basic|common)\s+)?(?:pressures|factors|reasons|lessons|challenges|threats|risks|priorities|pillars|ways|things|issues|problems|trends|drivers|causes|principles|options|scenarios|questions|concerns|themes|forces|explanations)\b/i;

function countOfAbstractList(fact: Fact): boolean {
  return fact.kind === "count" && fact.span !== null && ABSTRACT_COUNTED.test(fact.sentence.slice(fact.span[1]));
}

/**
 * "On the business side, Bergen-based Nordhav Marine signed ...", "led by the Nairobi-based investor ...": past the
 * lede, where a body is based only tags the body (strict read I1 #45); the lede's "the Kigali-based operator" places
 * the article's own subject and stays. In the seen batches no such place past the lede is a gold answer (10 found).
 */
function whereBased(fact: Fact, article: ArticleText): boolean {
  return fact.kind === "place" && fact.span !== null && /^-based\b/.test(fact.sentence.slice(fact.span[1])) && pastLede(fact, article);
}

/**
 * "Mozambique's minister of mineral resources ... called the plans", "a grant from Madagascar's Ministry of
 * Environment", "Stockholm's charge raised SEK 1.4 billion": past the lede, a place before "'s" only says whose the
 * noun is, and the sentence's fact is about the noun (strict reads E1 #15, I0 #24). None of 109 such places in the
 * seen batches is a gold answer; the lede's "opened Lesotho's first plant" is the article's point and stays.
 */
function possessorPlace(fact: Fact, article: ArticleText): boolean {
  return fact.kind === "place" && fact.span !== null && /^['’]s\b/.test(fact.sentence.slice(fact.span[1])) && pastLede(fact, article);
}

/** "The shares rose 4.2% to MVR 48.50, valuing it at roughly ___": a market value on one trading day (I0 #49). */
const MARKET_VALUE = /\bvaluing\s+(?:it|them|the\s+(?:company|group|firm|bank|business|lender|airline|operator))\s+at\s+(?:(?:about|roughly|around|some|nearly|almost)\s+)?$/i;

/** "She was received at the ___ by the Foreign Secretary": the building where a visitor was received (I0 #14). */
const RECEIVED_AT = /\b(?:was|were)\s+(?:received|welcomed|greeted)\s+at\s+(?:the\s+)?$/i;

/** The value is inside a direct quotation: "For ten winters we have apologised ...", a speaker's rhetoric. */
export function insideQuotation(before: string): boolean {
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * '"Two months in a hall does not make a teacher"', '"with four people and one server"': a count written in words
 * inside a quotation is the speaker's rhetoric or colour, not a figure the article reports (strict reads F0 #4, F1
 * #22). In the seen batches 1 of 8 is a gold answer.
 */
// ("earned 'nearly three times' the margin": a multiple is a comparison the speaker reports, and stays.)
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|hundreds|thousands)\b(?!\s+times\b|-fold\b)/i;

function quotedNumberWord(fact: Fact): boolean {
  return fact.kind === "count" && fact.span !== null && NUMBER_WORD.test(fact.sentence.slice(fact.span[0])) && insideQuotation(fact.sentence.slice(0, fact.span[0]));
}

/**
 * "A second phase, planned for 2028, ...", "A third accord, on air services, ...", "sent off for a second yellow
 * card": after "a", an ordinal only counts on to the next of a series ("another"), so the blank is given away or
 * minor (strict reads H0 #45, H1 #47, G0 #41, G2 #39). None of 35 in the seen batches is a gold answer.
 */
function ordinalAfterA(fact: Fact): boolean {
  return fact.kind === "ordinal" && fact.span !== null && /\b(?:a|an)\s+$/i.test(fact.sentence.slice(0, fact.span[0]));
}

/**
 * Ordinals that only place something in a sequence the sentence is telling: a reporting period ("a 27% jump in
 * third-quarter profit", "warned that the second half would be harder"), a step of an enumeration ("The second is
 * measurement", "The third agreement, a technical cooperation ...") or of an itinerary ("on the second day of a
 * four-day visit"). In the seen batches none of these is a gold answer (20 found). A period with its year ("will open
 * in the fourth quarter of 2027") is a date of the plan and stays (strict read I1 #23).
 */
function sequenceOrdinal(fact: Fact): string | null {
  if (fact.kind !== "ordinal" || !fact.span || /-/.test(fact.answer)) return null;
  const before = fact.sentence.slice(0, fact.span[0]);
  const after = fact.sentence.slice(fact.span[1]);
  // ("the sixth quarter in a row": a streak is a fact.)
  if (/^-?\s*(?:quarter|half)\b/.test(after) && !/^\s+(?:quarter|half)\s+(?:of\s+(?:next\s+year|(?:19|20)\d{2})|in\s+a\s+row|running)\b/.test(after)) return "period of a report";
  if (/^(?:The|A)\s+$/.test(before) && !/^\s*(?:largest|biggest|highest|most|best|fastest)\b/.test(after)) return "step of an enumeration";
  if (/^\s+(?:day|leg|stop)\s+of\s+(?:a|an|the|its|his|her)\b/.test(after)) return "step of an itinerary";
  return null;
}

export function notWorthLearning(fact: Fact, article: ArticleText, matchReport = isMatchReport(article)): string | null {
  if (tableCell(fact, article)) return "table cell";
  if (partOfLongerName(fact)) return "part of a longer name";
  if (verblessFragment(fact)) return "verbless fragment";
  if (matchReport && STANDING.test(fact.sentence) && indexInBody(article, fact.sentence.slice(0, -1)) < 0 && !titleSideStanding(fact, article)) return "standings row of another side";
  if (((fact.sentence.includes(" had ") && BOX_SCORE_ROW.test(fact.sentence)) || BOX_SCORE_TABLE.test(fact.sentence)) && indexInBody(article, fact.sentence.slice(0, -1)) < 0) return "box-score row";
  if (tablePeriod(fact, article)) return "period of a table figure";
  if (minorDay(fact, article)) return "day of a minor event";
  if (nextInSeries(fact)) return "next in a series";
  if (periodEnd(fact)) return "end of a reporting period";
  if (futureMeetingPlace(fact)) return "where a meeting will be held";
  if (speakersPlace(fact)) return "where the speaker works";
  // "Bulls had 25 points.", "16 points and 13 rebounds", "after 38 minutes", "the 52nd minute": a box score.
  if (matchReport && matchStatistic(fact, article) && !inTitle(fact, article.title) && !titleSideStanding(fact, article)) return "match statistic";
  if (onlySpeaks(fact)) return "who said it";
  if (workedOut(fact, article.title)) return "worked out from the prompt";
  if (isReferenceBasis(fact)) return "reference basis";
  const basis = basisOfFigure(fact);
  if (basis) return basis;
  if (countOfAbstractList(fact)) return "count of an unnamed list";
  if (whereBased(fact, article)) return "where a body is based";
  if (possessorPlace(fact, article)) return "place that owns a noun";
  if (quotedNumberWord(fact)) return "number word in a quotation";
  if (ordinalAfterA(fact)) return "ordinal after 'a'";
  const sequence = sequenceOrdinal(fact);
  if (sequence) return sequence;
  if (fact.kind === "money" && fact.span && MARKET_VALUE.test(fact.sentence.slice(0, fact.span[0]))) return "market value on one day";
  if ((fact.kind === "place" || fact.kind === "organisation") && fact.span && RECEIVED_AT.test(fact.sentence.slice(0, fact.span[0]))) return "where a visitor was received";
  if (labelsFigure(fact)) return "label of a figure";
  if (asksReportingYear(fact)) return "reporting year of a figure";
  return null;
}

const DEFINED = String.raw`\([A-Za-z]{2,8}\)`;
const NAME_RUN = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|for|and|de|du)\s+)?)*\p{Lu}[\p{L}'’-]*`;
/** ", the World Bank (WB) and ...", " and the Asian Development Bank (ADB)", ", Japan, ...": more names of a list follow. */
const LIST_GOES_ON = new RegExp(String.raw`^(?:(?:,\s+|\s+(?:and|or)\s+)${NAME_RUN}\s+${DEFINED}|,\s+${NAME_RUN}(?:\s+${DEFINED})?(?:,|\s+(?:and|or)\s))`, "u");
/** "the Asian Development Bank (ADB), the ...", "(ADB) and the ...": the name before is another of the list. */
const LIST_BEFORE = new RegExp(String.raw`${DEFINED}(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$`, "u");

/**
 * A body spelled out only in passing: one name of a list of bodies ("backed by the Asian Development Bank (ADB), the
 * World Bank (WB) and Japan"), or a term ("kilowatt-hours (kWh)") in a sentence that carries no figure. A body that
 * acts in its sentence ("The Lake Authority (LA) will discuss ...", "a loan from the Island Bank (IB)") is asked.
 */
function spelledOutInPassing(fact: Fact, acronym: string): boolean {
  const at = fact.sentence.indexOf(`(${acronym})`);
  if (at < 0) return false;
  const nameAt = fact.sentence.lastIndexOf(fact.answer, at);
  if (LIST_GOES_ON.test(fact.sentence.slice(at + acronym.length + 2)) || (nameAt >= 0 && LIST_BEFORE.test(fact.sentence.slice(0, nameAt)))) return true;
  return /^\p{Ll}/u.test(fact.answer) && !/\d/.test(fact.sentence.replace(`(${acronym})`, ""));
}

/**
 * The facts worth a card; a fact whose question only spells out an abbreviation of a body cited in passing (one name
 * of a list, a term without a figure) keeps its cloze and true/false items but loses the question. A body that acts
 * or carries a fact in its sentence is asked even when its letters are not used again: gold writers ask every such
 * body, though strict read C1 (items 7, 20) judged some of them borderline (a precision trade-off).
 */
export function worthLearning(facts: Fact[], article: ArticleText): Fact[] {
  const matchReport = isMatchReport(article);
  const kept = facts.filter((f) => notWorthLearning(f, article, matchReport) === null);
  for (const f of kept) if (ABBREVIATION_QUESTION.test(f.question ?? "") && !abbreviationWorthAsking(f, article)) f.question = null;
  // A person quoted and asked by role: the question only, no blank in the quotation.
  for (const f of kept) if (speaks(f) || f.askedByOffice) f.span = null;
  return kept;
}

/** The question that asks what a body's letters stand for; its group is the letters. */
export const ABBREVIATION_QUESTION = /^What does the abbreviation (\S+) stand for\b/;

/** Whether a "What does the abbreviation X stand for" fact is worth its question (see worthLearning). */
export function abbreviationWorthAsking(fact: Fact, article: ArticleText): boolean {
  const acronym = ABBREVIATION_QUESTION.exec(fact.question ?? "")?.[1];
  if (!acronym) return false;
  return timesWritten(acronym, article) >= 2 || new RegExp(`\\b${acronym}\\b`).test(article.title) || !spelledOutInPassing(fact, acronym);
}
