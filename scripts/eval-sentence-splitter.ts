/**
 * Sentence boundaries of lib/generate/sentence-boundaries.ts against wink-nlp's (wink-eng-lite-web-model), on every
 * prose paragraph of content/ and the fixtures plus abbreviation cases; prints counts, time and each disagreement.
 * Usage: npm install --no-save wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 && npx tsx scripts/eval-sentence-splitter.ts
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { parseArticle } from "@/lib/content/parse-article";
import { sentenceBoundaries } from "@/lib/generate/sentence-boundaries";
import { stripInlineMarkdown } from "@/lib/generate/strip-inline-markdown";
type WinkDoc = { sentences(): { out(as: unknown): string[]; length(): number } };
type Wink = { readDoc(text: string): WinkDoc; its: { value: unknown } };
const require = createRequire(import.meta.url);
const t0 = performance.now();
let nlp: Wink;
try {
  const winkNLP = require("wink-nlp") as (model: unknown) => Wink;
  nlp = winkNLP(require("wink-eng-lite-web-model"));
} catch {
  console.error("Install the candidates first (not project dependencies): npm install --no-save wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1");
  process.exit(1);
}
const its = nlp.its;
console.log("wink load ms", (performance.now() - t0).toFixed(0));
const paras: string[] = [];
for (const d of ["content", "tests/fixtures/articles", "tests/fixtures/articles/blind", "tests/fixtures/articles/blind-2026-11"]) for (const f of fs.readdirSync(d).filter((x) => x.endsWith(".md"))) {
  const a = parseArticle(f, fs.readFileSync(path.join(d, f), "utf8"));
  for (const p of a.body.split(/\n\s*\n/)) if (!/^#/.test(p.trim())) paras.push(stripInlineMarkdown(p.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, "")));
}
const extra = [
  "Officials at the U.S. Treasury said on Monday that rates would hold. Markets rose.",
  "The vote was held on Oct. 3 in the capital. Turnout was high.",
  "Acme Ltd. and Foo Corp. Holdings signed the deal. Shares rose.",
  "A spokesman for No. 10 Downing Street declined to comment. Talks continue.",
  "The report by J. R. Smith was published in May. It was widely read.",
  "Mr. Nguyen met Dr. Petrova in Hanoi. They discussed trade.",
  "He moved to the U.S. The move surprised his team.",
  "Shares fell at Foo Corp. The board met at 9 a.m. It agreed a plan.",
  "The U.N. Security Council met on Jan. 5. Russia vetoed the text.",
  "Revenue rose 4.5% to $3.2 billion. Costs fell.",
];
let mine = 0, wink = 0, disagree = 0, mineMs = 0, winkMs = 0;
const report: string[] = [];
for (const p of [...paras, ...extra]) {
  let t = performance.now(); const a = sentenceBoundaries(p); mineMs += performance.now() - t;
  t = performance.now(); const b = nlp.readDoc(p).sentences().out(its.value).map((s) => s.trim()); winkMs += performance.now() - t;
  mine += a.length; wink += b.length;
  if (JSON.stringify(a) !== JSON.stringify(b)) { disagree++; report.push(`--- ours (${a.length}):\n  ${a.join("\n  ")}\n--- wink (${b.length}):\n  ${b.join("\n  ")}`); }
}
console.log(`paragraphs ${paras.length + extra.length} (${paras.length} from articles, ${extra.length} abbreviation cases); sentences ours ${mine}, wink ${wink}; paragraphs split differently ${disagree}; ms ours ${mineMs.toFixed(1)}, wink ${winkMs.toFixed(1)}`);
console.log(`\nParagraphs split differently:\n\n${report.join("\n\n")}\n`);
const big = paras.join(" ").repeat(50);
let t = performance.now(); sentenceBoundaries(big); const a = performance.now() - t;
t = performance.now(); nlp.readDoc(big).sentences().length(); const b = performance.now() - t;
console.log(`${(big.length / 1024).toFixed(0)} KB in one paragraph: ours ${a.toFixed(0)} ms, wink ${b.toFixed(0)} ms`);
