/**
 * A pure function of one string, remembered per argument. The generator asks the same questions of the same text
 * many times (a clause is parsed by the fact pass, the subject placer, the question and the completion stem), so the
 * answer is kept; the map is cleared when it reaches `limit`, which bounds memory on any input. Results are frozen:
 * a caller that changed one would change it for every later caller.
 */
export function remembered<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text: string): T => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    const value = fn(text);
    if (value !== null && typeof value === "object") Object.freeze(value);
    if (seen.size >= limit) seen.clear();
    seen.set(text, value);
    return value;
  };
}
