import { DEMONYM_OF } from "./find-entity-facts";

/**
 * The country a story is about, as a demonym ("Danish"), when one stands out: named (or its demonym used) at least
 * three times and at least twice as often as any other. A two-country story ("Chile and South Korea") has none, so
 * a bare "President Park" is not given the wrong country.
 */
export function mainCountry(body: string): string | null {
  const counts: [string, number][] = Object.entries(DEMONYM_OF).map(([country, demonym]) => {
    // Most countries are never named: a substring test spares compiling and running their pattern.
    if (!body.includes(country) && !body.includes(demonym)) return [demonym, 0];
    // "South Korea" is not also a mention of "Korea"; "South Korean" not also of "Korean".
    const re = new RegExp(`(?<!(?:South|North) )\\b(?:${country}|${demonym}|${demonym}s)\\b`, "g");
    return [demonym, (body.match(re) ?? []).length];
  });
  const [top, second] = counts.sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 3 && (!second || second[1] * 2 <= top[1]) ? top[0] : null;
}
