import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ArticleFile } from "@/lib/server/catalog";

/** Every .md and .txt file in a folder (not recursive), in name order. */
export function readArticleFiles(folder: string): ArticleFile[] {
  return readdirSync(folder)
    .filter((name) => /\.(md|txt)$/i.test(name) && statSync(path.join(folder, name)).isFile())
    .sort()
    .map((name) => ({ fileName: name, text: readFileSync(path.join(folder, name), "utf8") }));
}
