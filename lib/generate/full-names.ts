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
