import { isFiniteVerb } from "./tag-words";

/**
 * How a day written without a year is tensed by the verbs around it (value-rules.ts DAY_WITHOUT_YEAR): a future in the
 * day's own clause (lane past32).
 */

/** A word as these readers compare it: lower case, letters and hyphens only ("must-win" stays one word). */
const bare = (word: string) => word.replace(/[^\p{L}-]/gu, "").toLowerCase();

/** A word that opens a relative clause: a "will" inside one is not the day's ("Residents, who say it will reopen, ..."). */
const RELATIVE = /^(?:who|whom|whose|which|that|where)$/;
/** Words between "will" and its verb: "will not reopen", "will also be played". */
const FUTURE_ADVERB = /^(?:not|also|then|now|only|still|soon|likely|probably|again|never|first|finally|once|all|each|both|either|just)$/;

/**
 * The words after a future marker's verb group, or null when the words are no marker: "will (not) (be) played",
 * "is set to reopen", "opens".
 */
function futureGroupEnd(words: readonly string[], raw: readonly string[], i: number): number | null {
  const word = words[i] ?? "";
  // ("will" and "shall" as written, lower case: "Will Jones" and "must-win" are no markers.)
  if (/^(?:will|shall)$/.test(raw[i]?.replace(/[^\p{L}-]/gu, "") ?? "")) {
    let j = i + 1;
    while (FUTURE_ADVERB.test(words[j] ?? "")) j++;
    if (/^(?:be|have)$/.test(words[j] ?? "")) j++;
    if (/^(?:been|being)$/.test(words[j] ?? "")) j++;
    return /^\p{L}+$/u.test(words[j] ?? "") ? j + 1 : null;
  }
  if (/^(?:is|are)$/.test(word) && /^(?:due|scheduled|set)$/.test(words[i + 1] ?? "")) return words[i + 2] === "to" ? i + 4 : i + 2;
  return /^(?:starts|begins|opens)$/.test(word) ? i + 1 : null;
}

/**
 * Whether a future governs the day: "will", "shall", "is due/scheduled/set" or "starts/begins/opens" in the day's own
 * clause, with no other finite verb between its verb group and the day. "The final will be played at Wembley on May
 * 23" is ahead; "Residents, who say it will reopen, were told it shut on 3 October" and "The ministry will say whether
 * the mine closed on 4 March" are not (review 31's finding 1, read for "will" and "shall").
 */
export function futureInDayClause(before: string): boolean {
  const pieces = before.split(/[;:,]/);
  const raw = before.split(/\s+/).filter((w) => w !== "");
  const words = raw.map(bare);
  // (The word index at which each comma piece starts, to know whether a marker sits in a relative clause.)
  const pieceOf: number[] = [];
  let piece = 0;
  for (const w of raw) {
    pieceOf.push(piece);
    piece += (w.match(/[;:,]/g) ?? []).length;
  }
  const lastPiece = pieces.length - 1;
  for (let i = words.length - 1; i >= 0; i--) {
    const end = futureGroupEnd(words, raw, i);
    if (end === null) continue;
    const own = pieceOf[i] ?? 0;
    const opener = bare(pieces[own]?.trim().split(/\s+/)[0] ?? "");
    if (own < lastPiece && RELATIVE.test(opener)) return false;
    for (let j = end; j < words.length; j++) {
      const previous = words[j - 1] ?? "";
      if (previous !== "to" && isFiniteVerb(words[j] ?? "", previous)) return false;
    }
    return true;
  }
  return false;
}
