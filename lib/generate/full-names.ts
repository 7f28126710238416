import { lastWordOf } from "./known-people";

/**
 * A stem that says "Lenz" where the article introduced "Tobias Lenz" leaves the reader asking who Lenz is: a prompt is
 * read alone, long after the article (closing-note-16, "surname-only speakers never introduced in the stem").
 */

/** Surname -> the one full name the article gives a person; a surname two people share ("Ana Ruiz", "Luis Ruiz") is left out. */
export function fullNamesBySurname(people: readonly string[]): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const name of people) {
    if (!name.includes(" ")) continue;
    const last = lastWordOf(name);
    if (!/^\p{Lu}\p{L}+$/u.test(last)) continue;
    const had = found.get(last);
    found.set(last, had === undefined || had === name ? name : null);
  }
  const unique = new Map<string, string>();
  for (const [last, name] of found) if (name !== null) unique.set(last, name);
  return unique;
}

/** Lower-case words of a phrase joined by single spaces: "Dmitry Chernyshenko's" and "dmitry chernyshenko" compare as one. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The full names that are no card's answer, and share no run of words with one. Written into a stem, such a name would
 * state another card's answer: a true/false statement saying "Dmitry Chernyshenko agreed" beside the card that asks who
 * agreed. `answers` are every answer (and accepted form) of the article's cards, true/false ones left out.
 */
export function namesNoCardAnswers(fullNames: ReadonlyMap<string, string>, answers: Iterable<string>): Map<string, string> {
  const names = new Set<string>();
  let longest = 0;
  for (const full of fullNames.values()) {
    const words = wordsOf(full);
    names.add(words.join(" "));
    longest = Math.max(longest, words.length);
  }
  // A name is answered when an answer's run of words is the name ("Dmitry Chernyshenko, deputy prime minister") or the
  // answer is a run of the name's words ("Chernyshenko"); both are looked up by runs, never name against answer.
  const answered = new Set<string>();
  const answerRuns = new Set<string>();
  for (const answer of answers) {
    const words = wordsOf(answer);
    if (words.length === 0 || !words.some((w) => /\p{L}/u.test(w))) continue;
    answerRuns.add(words.join(" "));
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= longest && i + n <= words.length; n++) {
        const run = words.slice(i, i + n).join(" ");
        if (names.has(run)) answered.add(run);
      }
    }
  }
  const kept = new Map<string, string>();
  for (const [last, full] of fullNames) {
    const words = wordsOf(full);
    const key = words.join(" ");
    let shared = answered.has(key);
    for (let i = 0; i < words.length && !shared; i++) {
      for (let n = 1; i + n <= words.length && !shared; n++) shared = answerRuns.has(words.slice(i, i + n).join(" "));
    }
    if (!shared) kept.set(last, full);
  }
  return kept;
}

/** What a prompt shows apart from its own words: an article label or aside in brackets, a title or speech in quotation marks. */
const NOT_STEM = /\([^()]*(?:\([^()]*\)[^()]*)*\)|“[^”]*”|"[^"]*"/g;

/** The words of `full` before its last that `before` ends with, as written there ("El " of "Anas El Idrissi"); "" when none. */
function namePartBefore(before: string, full: string): string {
  const words = full.split(" ").slice(0, -1);
  for (let k = words.length - 1; k >= 1; k--) {
    const part = `${words.slice(words.length - k).join(" ")} `;
    if (before.endsWith(part) && !/[\p{L}\p{N}-]$/u.test(before.slice(0, -part.length))) return part;
  }
  return "";
}

/**
 * The prompt with the first bare surname of each person written in full: "according to Whitfield?" -> "according to
 * Dana Whitfield?". A surname inside a label, a title or a quotation stays as written, as does one that is part of a
 * longer name ("Saint-Pierre", "Dr Brandl", "Lenz Group"). Not when the full name would show the answer or an option.
 */
export function withFullNames(prompt: string, fullNames: ReadonlyMap<string, string>, shown: readonly string[]): string {
  if (fullNames.size === 0) return prompt;
  const hidden: [number, number][] = [...prompt.matchAll(NOT_STEM)].map((m) => [m.index, m.index + m[0].length]);
  const inHidden = (at: number) => hidden.some(([s, e]) => at >= s && at < e);
  const lowerShown = shown.map((s) => s.toLowerCase()).filter((s) => s.length > 0);
  const edits: [number, number, string][] = [];
  // Only the surnames the prompt writes: a scan of every person for every item grew with the article's cast.
  const written = new Set(prompt.match(/\p{Lu}\p{L}+/gu) ?? []);
  for (const last of written) {
    const full = fullNames.get(last);
    if (full === undefined || prompt.includes(full)) continue;
    const fullLower = full.toLowerCase();
    if (lowerShown.some((s) => fullLower.includes(s) || s.includes(last.toLowerCase()))) continue;
    const bare = new RegExp(`(?<![\\p{L}\\p{N}\\-.’'])${last}(?![\\p{L}\\p{N}\\-])`, "gu");
    for (const m of prompt.matchAll(bare)) {
      if (inHidden(m.index)) continue;
      // "El Idrissi" of "Anas El Idrissi", "Canché Poot" of "Itzel Canché Poot": the words of the name already shown are replaced whole.
      const shownPart = namePartBefore(prompt.slice(0, m.index), full);
      const start = m.index - shownPart.length;
      const before = prompt.slice(0, start);
      const after = prompt.slice(m.index + last.length);
      // Part of a longer name: a capitalised word before it ("Mr Lenz", "Saint Pierre") or after it ("Lenz Group").
      if (/\p{Lu}[\p{L}.]*\s+$/u.test(before) && !/(?:^|[.!?:]\s+)\p{Lu}[\p{L}.]*\s+$/u.test(before)) break;
      if (/^\s+\p{Lu}/u.test(after)) break;
      edits.push([start, m.index + last.length, full]);
      break;
    }
  }
  let out = prompt;
  for (const [s, e, full] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + full + out.slice(e);
  return out;
}
