import { DEMONYM_OF } from "./demonyms";
import { countryMentionCounts, mainCountryOf } from "./whose-country";

/**
 * The country a story is about, as a demonym ("Danish"), when one stands out (mainCountryOf: named, or its demonym
 * used, at least three times and at least twice as often as any other). A two-country story ("Chile and South
 * Korea") has none, so a bare "President Park" is not given the wrong country; nor has a story about a country
 * without a listed demonym.
 */
export function mainCountry(body: string): string | null {
  const country = mainCountryOf(countryMentionCounts(body));
  return country ? (DEMONYM_OF[country] ?? null) : null;
}
