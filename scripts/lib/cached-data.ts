import fs from "node:fs";

/**
 * The data a measuring script collects, read from the JSON file named after `--cache` when it exists, else collected
 * and written there (when `--cache` is given), so a second run with other settings skips generating the corpus again.
 */
export async function cachedData<T>(argv: string[], collect: () => Promise<T>): Promise<T> {
  const at = argv.indexOf("--cache");
  const cache = at >= 0 ? argv[at + 1] : undefined;
  if (cache && fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, "utf8")) as T;
  const data = await collect();
  if (cache) fs.writeFileSync(cache, JSON.stringify(data));
  return data;
}
