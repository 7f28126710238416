/**
 * The verbs that move a figure or give its level, one list for every rule that reads a change ("exports rose 12%",
 * "deepen the berth from 11 to 14 metres", "reached $5 billion, up 12%"), each taking the forms it needs below, so a
 * verb added here reaches all of them (as `speech-verbs.ts` serves the speech verbs). Beside them, the verbs of a vote's
 * or a match's result (`TALLY_VERBS`), after which "48 to 52" is a tally and no range; the match's own verbs
 * (`MATCH_RESULT_VERBS`) also serve figure-pair.ts's score reading and the score rule in value-rules.ts.
 *
 * A verb is written as its base ("climb": climbs, climbed, climbed, climbing are made from it) or, when irregular, as
 * all five forms split by ";" with "|" between spellings of one form ("total;totals;totalled|totaled;...").
 */

export type VerbForm = "base" | "third" | "past" | "participle" | "ing";
const FORMS: readonly VerbForm[] = ["base", "third", "past", "participle", "ing"];

/** A figure that goes up by itself: "exports rose 12%", "sales climbed to $5 billion". */
export const RISE_VERBS: readonly string[] = ["rise;rises;rose;risen;rising", "increase", "climb", "grow;grows;grew;grown;growing", "gain", "jump", "surge", "soar", "advance", "improve", "recover", "rebound"];
/** A figure that goes down by itself: "exports fell 12%". */
export const FALL_VERBS: readonly string[] = ["fall;falls;fell;fallen;falling", "decrease", "decline", "drop;drops;dropped;dropped;dropping", "slip;slips;slipped;slipped;slipping", "ease", "dip;dips;dipped;dipped;dipping", "slide;slides;slid;slid;sliding", "sink;sinks;sank;sunk;sinking", "shrink;shrinks;shrank;shrunk;shrinking", "plunge", "slump", "contract", "tumble"];
/** "lost 3%": a fall that takes an object, so it gives no level of its subject. */
export const LOSE_VERBS: readonly string[] = ["lose;loses;lost;lost;losing"];
/** Someone moves a figure: "the fee was raised from $5 to $7", "the price goes up from ...". */
export const RAISE_VERBS: readonly string[] = ["raise", "lift", "boost", "hike", "go up;goes up;went up;gone up;going up"];
export const LOWER_VERBS: readonly string[] = ["cut;cuts;cut;cut;cutting", "reduce", "lower", "slash", "trim;trims;trimmed;trimmed;trimming", "go down;goes down;went down;gone down;going down"];
/** A size that grows or shrinks: "deepen its main berth from 11 to 14 metres". */
export const GROW_VERBS: readonly string[] = ["deepen", "widen", "extend", "expand", "lengthen", "enlarge"];
export const SHRINK_VERBS: readonly string[] = ["shorten", "narrow"];
/** A figure multiplied or divided: "doubled from 40 to 80 berths". A factor, so kept apart from the plain rises. */
export const MULTIPLY_VERBS: readonly string[] = ["double", "triple"];
export const HALVE_VERBS: readonly string[] = ["halve"];
/** Nouns of a change, spelled unlike its verb ("growth from 3% to 5%"); a noun spelled as its verb ("a rise") is there. */
export const UP_NOUNS: readonly string[] = ["growth", "expansion", "extension"];
export const DOWN_NOUNS: readonly string[] = ["reduction"];
/** Verbs whose complement is the subject's own level: "exports reached $5 billion", "stood at 4%". */
export const LEVEL_VERBS: readonly string[] = ["be;is|are;was|were;been;being", "stand;stands;stood;stood;standing", "remain", "stay", "reach", "total;totals;totalled|totaled;totalled|totaled;totalling|totaling", "amount", "come;comes;came;come;coming", "hit;hits;hit;hit;hitting", "top;tops;topped;topped;topping", "exceed", "average", "end", "close", "finish", "settle", "touch"];

/** The five forms of a verb written as above. */
function formsOf(verb: string): Record<VerbForm, readonly string[]> {
  const spelled = verb.split(";");
  const form = (i: number) => (spelled[i] ?? "").split("|");
  if (spelled.length === 5) return { base: form(0), third: form(1), past: form(2), participle: form(3), ing: form(4) };
  const stem = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  const third = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return { base: [verb], third: [third], past: [`${stem}ed`], participle: [`${stem}ed`], ing: [`${stem}ing`] };
}

/** The words of these verbs in these forms, each once ("hit" is base and past). */
export function verbWords(verbs: readonly string[], forms: readonly VerbForm[]): string[] {
  const words = verbs.flatMap((v) => {
    const all = formsOf(v);
    return forms.flatMap((f) => all[f]);
  });
  return [...new Set(words)];
}

/** A regular-expression alternation of these verbs in these forms, longest first, for inside a larger pattern. */
export function verbAlternation(verbs: readonly string[], forms: readonly VerbForm[]): string {
  return verbWords(verbs, forms)
    .sort((a, b) => b.length - a.length)
    .join("|");
}

/** A pattern that matches one whole word of these verbs in these forms (a verb already cut out of its sentence). */
export function verbWordPattern(verbs: readonly string[], forms: readonly VerbForm[]): RegExp {
  return new RegExp(`^(?:${verbAlternation(verbs, forms)})$`);
}

export const ALL_FORMS: readonly VerbForm[] = FORMS;
/** The forms that can end a clause's verb group as a finite verb: "rose", "rises" (not "rise": "will rise" is no level). */
export const FINITE_FORMS: readonly VerbForm[] = ["third", "past"];

/** "added 300 jobs", "shed 400": a market's moves, which take the amount moved as their object. */
export const MARKET_VERBS: readonly string[] = ["add", "shed;sheds;shed;shed;shedding"];
/** Every verb that moves a figure, one list for the readers of a change (figure-pair.ts, the count range rule). */
export const CHANGE_VERBS: readonly string[] = [...RISE_VERBS, ...FALL_VERBS, ...LOSE_VERBS, ...RAISE_VERBS, ...LOWER_VERBS, ...GROW_VERBS, ...SHRINK_VERBS, ...MULTIPLY_VERBS, ...HALVE_VERBS, ...MARKET_VERBS, "firm", "rally;rallies;rallied;rallied;rallying", "retreat"];
/** The change verbs in every form, each word once: "rose", "raising", "shed". */
export const ALL_CHANGE_FORMS: ReadonlySet<string> = new Set(verbWords(CHANGE_VERBS, ALL_FORMS));
/** "go", whose "went from 20 to 28" or "went 20 to 28" moves a figure though the verb moves nothing by itself. */
export const GO_VERB = "go;goes;went;gone;going";
/** A match's result with the score right after: "won 2-0", "led 63-58", "drew 1-1". */
export const SCORE_AFTER_VERBS: readonly string[] = ["win;wins;won;won;winning", ...LOSE_VERBS, "draw;draws;drew;drawn;drawing", "lead;leads;led;led;leading", "trail"];
/** A match's result with the beaten side between: "beat Olympiacos 88-81", "edged the Hawks 24-17". */
export const SIDE_BEATEN_VERBS: readonly string[] = ["beat;beats;beat;beaten;beating", "defeat", "edge", "thrash"];
/** Every verb of a match's result. */
export const MATCH_RESULT_VERBS: readonly string[] = [...SCORE_AFTER_VERBS, ...SIDE_BEATEN_VERBS];
/**
 * Verbs of a vote's or a match's result, whose "N to M" after is a tally, never a range: "the motion failed 48 to 52",
 * "passed 61 to 39", "beat them 3 to 1".
 */
export const TALLY_VERBS: readonly string[] = [...MATCH_RESULT_VERBS, "pass", "fail", "carry;carries;carried;carried;carrying", "vote", "score", "reject"];
