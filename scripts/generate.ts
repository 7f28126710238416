// Generates quiz items from Markdown or plain-text articles:
//   npx tsx scripts/generate.ts <file-or-folder>... [--json] [--sample N [--seed S]] [--tier core|all]
// --sample prints N items drawn with a seeded shuffle, for reading a fixed random sample by hand: by default from the
// core set (items whose fact's worth reaches CORE_FROM, what a deck holds by default), with --tier all from every
// item. Without --sample every item is printed unless --tier core.
import fs from "node:fs";
import path from "node:path";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { isCoreWorth } from "@/lib/generate/item-tier";
import { shuffleWithKey } from "@/lib/generate/hash-key";

function listFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter((f) => /\.(md|markdown|txt)$/i.test(f))
    .sort()
    .map((f) => path.join(target, f));
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sample = option("--sample");
  const seed = option("--seed") ?? "recall";
  const tier = option("--tier") ?? (sample ? "core" : "all");
  const valued = ["--sample", "--seed", "--tier"];
  const targets = argv.filter((a, i) => a !== "--json" && !valued.includes(a) && !valued.includes(argv[i - 1] ?? ""));
  if (targets.length === 0 || (tier !== "core" && tier !== "all")) {
    process.stderr.write("Usage: npx tsx scripts/generate.ts <file-or-folder>... [--json] [--sample N [--seed S]] [--tier core|all]\n");
    return 2;
  }
  let failed = false;
  const articles: ArticleInput[] = [];
  for (const target of targets) {
    let files: string[];
    try {
      files = listFiles(target);
    } catch {
      process.stderr.write(`${target}: no such file or folder\n`);
      failed = true;
      continue;
    }
    for (const file of files) {
      try {
        articles.push(parseArticle(file, fs.readFileSync(file, "utf8")));
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        failed = true;
      }
    }
  }
  const generated = generateItems(articles);
  const all = tier === "core" ? generated.filter((it) => isCoreWorth(it.worth)) : generated;
  const items = sample ? shuffleWithKey(all, seed).slice(0, Number(sample)) : all;
  if (json) {
    const out = items.map((it) => ({
      key: it.key,
      type: it.type,
      kind: it.kind,
      prompt: it.prompt,
      answer: it.answer,
      ...(it.type === "choice" ? { choices: it.choices } : {}),
      source: it.source,
      ...(it.worth === undefined ? {} : { worth: Number(it.worth.toFixed(3)) }),
    }));
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  } else {
    const count = (by: (i: (typeof items)[number]) => string) =>
      Object.entries(items.reduce<Record<string, number>>((acc, i) => ((acc[by(i)] = (acc[by(i)] ?? 0) + 1), acc), {}))
        .sort()
        .map(([k, n]) => `${k}=${n}`)
        .join(" ");
    const tierNote = tier === "core" ? ` from the core set (${all.length} of ${generated.length})` : "";
    process.stdout.write(`${articles.length} article(s), ${items.length} item(s)${tierNote}\nby kind: ${count((i) => i.kind)}\nby type: ${count((i) => i.type)}\n\n`);
    for (const it of items) {
      process.stdout.write(`[${it.type}/${it.kind}] ${it.prompt}\n`);
      if (it.type === "choice") process.stdout.write(`   options: ${it.choices.join(" | ")}\n`);
      process.stdout.write(`   answer: ${it.answer}   (d=${it.difficulty}${it.worth === undefined ? "" : `, worth ${it.worth.toFixed(2)}${isCoreWorth(it.worth) ? "" : " more"}`}, ${it.source.article}, ${it.key})\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
