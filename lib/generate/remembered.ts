/**
 * A pure function of one string, remembered per argument. The generator asks the same questions of the same text
 * many times (a clause is parsed by the fact pass, the subject placer, the question and the completion stem), so the
 * answer is kept. Plain objects and arrays are frozen: a caller that changed one would change it for every later
 * caller.
 *
 * What is remembered is one article's: generateArticleItems forgets it all before each article (forgetRemembered),
 * so an article is never faster for text another article had, and a map is also cleared when it reaches `limit`,
 * which bounds memory on any input.
 */
const all: Map<string, unknown>[] = [];

export function remembered<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const seen = new Map<string, T>();
  all.push(seen);
  return (text: string): T => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    const value = fn(text);
    if (Array.isArray(value) || (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)) Object.freeze(value);
    if (seen.size >= limit) seen.clear();
    seen.set(text, value);
    return value;
  };
}

/** Forgets every remembered answer: called before each article. */
export function forgetRemembered(): void {
  for (const seen of all) seen.clear();
}
