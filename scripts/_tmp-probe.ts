import fs from "node:fs";
import { parseArticle } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
for (const f of process.argv.slice(2)) extractFacts(parseArticle(f.split("/").pop()!, fs.readFileSync(f, "utf8")));
