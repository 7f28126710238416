import { isCountryName } from "./demonyms";

/** "Kenya and Uganda", "Kenya, Uganda and Rwanda", "Kenya & Uganda": the names of a list, or null when it is one name. */
export function listMembers(text: string): string[] | null {
  const members = text.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).map((m) => m.trim()).filter(Boolean);
  return members.length >= 2 ? members : null;
}

/**
 * "Kenya and Tanzania" as an option for "Kenya and Uganda", or "University of Leeds" beside "University of Leeds and
 * Kesso College": two names of which one lists a name the other is or lists is half right, so no option beside it.
 * A one-word piece that is no country ("Ministry of Trade and Industry", "... of Energy and Industry") is no name of its own.
 */
export function sharesListMember(a: string, b: string): boolean {
  const [ma, mb] = [listMembers(a) ?? [a], listMembers(b) ?? [b]];
  if (ma.length === 1 && mb.length === 1) return false;
  const own = (m: string) => m.includes(" ") || isCountryName(m);
  return ma.some((x) => own(x) && mb.some((y) => x.toLowerCase() === y.toLowerCase()));
}
