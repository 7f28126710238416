/**
 * Question generation on one core: throughput on about 1 MB of mixed articles, then the worst inputs an upload can
 * bring (one 200 KB "sentence" with no full stop, with and without clause breaks; a 2 MB article; a 500-row table),
 * each in its own child process so its peak memory (maxRSS) is its own.
 *
 * Usage: npm run bench:generate [-- --corpus-kb 1100]
 * Prints a table, then `name=value` lines that scripts/bench.ts gathers.
 */
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { buildLibraryPool, generateArticleItems, type FactGroups } from "@/lib/generate";
import { fallbackValueSpans } from "@/lib/generate/fallback-spans";
import { splitSentences } from "@/lib/generate/split-sentences";

// The seed and fixture articles and every blind batch (other fixture folders hold articles made to be refused): the more distinct text, the less V8's caches of compiled patterns
// flatter the figure (gensp4: a regex with Unicode classes costs 0.5–0.9 ms to compile, paid again on text not seen).
const fixtureDirs = fs.existsSync("tests/fixtures/articles")
  ? fs.readdirSync("tests/fixtures/articles", { withFileTypes: true }).filter((e) => e.isDirectory() && e.name.startsWith("blind")).map((e) => `tests/fixtures/articles/${e.name}`).sort()
  : [];
const dirs = ["content", "tests/fixtures/articles", ...fixtureDirs].filter((d) => fs.existsSync(d));
const seeds = dirs.flatMap((d) =>
  fs.readdirSync(d).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => parseArticle(f, fs.readFileSync(path.join(d, f), "utf8"))),
);
const publishedAt = new Date(Date.UTC(2026, 0, 15));
const contentArticles = seeds.filter((a) => fs.existsSync(path.join("content", `${a.slug}.md`)));

/** As the app generates an upload: the article alone, with the shared library's pool built once and cached. */
function generateAsTheAppDoes(articles: ArticleInput[], library: FactGroups, onProgress?: (done: number, total: number) => void): number {
  return articles.reduce((n, article) => n + generateArticleItems(article, { library, onProgress }).length, 0);
}

// Vary every number so the corpus is not the same facts repeated (which would hit the ambiguity checks differently).
function variant(a: ArticleInput, i: number): ArticleInput {
  const body = a.body.replace(/\d+(?:\.\d+)?/g, (n) => (/^(19|20)\d\d$/.test(n) ? String(Number(n) - (i % 5)) : String(Math.round(Number(n) * (1 + (i % 7) / 10) * 10) / 10)));
  return { ...a, slug: `${a.slug}-${i}`, body };
}

function bodyOfKb(kb: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < kb * 1024; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join("");
}

const prose = seeds.map((s) => s.body.replace(/^#.*$/gm, "")).join("\n\n");
const words = prose.replace(/[^\p{L}\d\s]/gu, " ").split(/\s+/).filter(Boolean);

/**
 * The worst cases, each built when its child process runs: an article generated as the app does, or (`part`) one step
 * of the pipeline on an input made to make it quadratic, which returns its input's size in bytes and its count of
 * results. `budgetMs` is a case's own CPU budget where "in seconds" means less than the default.
 */
interface WorstCase {
  what: string;
  article?: () => ArticleInput;
  part?: () => { bytes: number; results: number };
  budgetMs?: number;
}
const CASES: Record<string, WorstCase> = {
  "line-200kb": {
    what: "one 200 KB line, no punctuation at all",
    article: () => ({ slug: "line", title: "One line", source: null, publishedAt, body: bodyOfKb(200, (i) => `${words[i % words.length]} `) }),
  },
  "clauses-200kb": {
    what: "one 200 KB sentence of clauses (', and' / ';'), no full stop",
    article: () => {
      const clauses = prose.split(/(?<=[.!?])\s+/).map((s) => s.replace(/[.!?]$/, ""));
      return { slug: "clauses", title: "Clauses", source: null, publishedAt, body: `${bodyOfKb(200, (i) => `${clauses[i % clauses.length]}${i % 2 ? "; " : ", and "}`)}end.` };
    },
  },
  "article-2mb": {
    what: "one 2 MB article (the seeds' paragraphs, numbers varied)",
    article: () => ({ slug: "big", title: "Big", source: "Bench", publishedAt, body: bodyOfKb(2048, (i) => `${variant(seeds[i % seeds.length] as ArticleInput, i).body}\n\n`) }),
  },
  "table-500": {
    what: "a Markdown table of 500 rows x 4 figures",
    article: () => {
      const rows = Array.from({ length: 500 }, (_, i) => `| Club ${String.fromCharCode(65 + (i % 26))}${i} | 38 | ${i % 30} | ${(i * 7) % 90} | ${(i * 13) % 60} | ${(i * 3) % 100} |`);
      const body = `Final standings after 38 matches:\n\n| Club | Played | Won | Points | Goals | Cards |\n|---|---|---|---|---|---|\n${rows.join("\n")}`;
      return { slug: "table", title: "League table", source: "Bench", publishedAt, body };
    },
  },
  // Moved here from the unit tests (split-sentences, fallback-spans), whose timed assertions failed under load; the
  // budgets are the ones those tests held, now of CPU time.
  "words-30k": {
    what: "a 'sentence' of 30,000 words and no clause break (skipped)",
    article: () => ({ slug: "words", title: "Words", source: null, publishedAt, body: Array.from({ length: 30_000 }, (_, i) => `word${i % 50}`).join(" ") }),
    budgetMs: 2_000,
  },
  "digits-50k": {
    what: "5 sentences, each with a 'word' of 50,000 digits",
    article: () => ({ slug: "digits", title: "Digits", source: null, publishedAt, body: Array.from({ length: 5 }, () => `Revenue was ${"1".repeat(50_000)} dollars, up 5%.`).join("\n\n") }),
    budgetMs: 2_000,
  },
  "heading-spaces-50k": {
    what: "splitSentences: a heading line with 50,000 spaces in it",
    part: () => {
      const text = `# Results${" ".repeat(50_000)}x\n\nRevenue rose 5%.\n\n## Outlook ##\n\nCosts fell.`;
      return { bytes: text.length, results: splitSentences(text).length };
    },
    budgetMs: 1_000,
  },
  "figures-20k": {
    what: "fallbackValueSpans: a line of 20,000 figures against 20,000 taken spans",
    part: () => {
      const line = "40 farms ".repeat(20_000);
      const taken: [number, number][] = Array.from({ length: 20_000 }, (_, i) => [i * 9 + 3, i * 9 + 8]);
      return { bytes: line.length, results: fallbackValueSpans(line, taken).length };
    },
    budgetMs: 3_000,
  },
};

/**
 * What "bounded" means for a worst case (issue 9: "finish in seconds, in bounded memory"): a case over either budget
 * fails the bench, as one that never ends does. CPU, not wall, so a loaded machine does not fail it.
 */
const CASE_CPU_BUDGET_MS = 30_000;
const CASE_RSS_BUDGET_MB = 1_024;

/** The machine as the figures were taken on it: the caveat printed beside them. */
function loadNote(): string {
  const [one, five] = os.loadavg();
  const cores = os.availableParallelism();
  return `${cores} cores, load average ${one?.toFixed(1)} (1 min) / ${five?.toFixed(1)} (5 min)${(one ?? 0) > cores ? ": more runnable work than cores, so wall time is mostly waiting" : ""}`;
}

/** CPU time of this process (user + system): wall time on a shared machine counts other people's work too. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

interface CaseResult {
  kb: number;
  sentences: number;
  items: number;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  baseRssMb: number;
}

/**
 * Every distinct article once, in a process that has generated nothing yet: what an upload of new text pays, with no
 * pattern compiled before and no article seen twice. The throughput corpus repeats these with numbers varied.
 */
function runFresh(): CaseResult {
  const baseRssMb = process.resourceUsage().maxRSS / 1024;
  const library = buildLibraryPool(contentArticles);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const items = generateAsTheAppDoes(seeds, library);
  const cpuMs = cpuMsSince(cpu);
  const ms = performance.now() - start;
  const kb = seeds.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / 1024;
  return { kb, sentences: 0, items, ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb };
}

function runCase(name: string): CaseResult {
  if (name === "fresh") return runFresh();
  const baseRssMb = process.resourceUsage().maxRSS / 1024;
  const part = CASES[name]?.part;
  if (part) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const { bytes, results } = part();
    const cpuMs = cpuMsSince(cpu);
    return { kb: bytes / 1024, sentences: 0, items: results, ms: performance.now() - start, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb };
  }
  const article = CASES[name]?.article?.();
  if (!article) throw new Error(`no case ${name}`);
  const library = buildLibraryPool(contentArticles);
  const start = performance.now();
  const cpu = process.cpuUsage();
  // (The count is the one generation reports as its progress, as the app shows it: splitting again only to count
  // cost the 2 MB case 4% of its time, which no upload pays.)
  let sentences = 0;
  const items = generateAsTheAppDoes([article], library, (_, total) => (sentences = total));
  const cpuMs = cpuMsSince(cpu);
  const ms = performance.now() - start;
  return { kb: Buffer.byteLength(article.body) / 1024, sentences, items, ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb };
}

/**
 * A child that never ends is the failure this bench exists to catch, so it is stopped, by its CPU time (user + system,
 * read from /proc/<pid>/stat) and not by the clock: at load 18 on 2 cores a case gets a ninth of a core, and a wall
 * limit killed cases that had used 20 s of CPU. The limit is well past every budget, so an over-budget case still
 * reports its figures. A wall limit of ten times the CPU one is the backstop: it stands in where there is no /proc
 * (not Linux), and it stops a child that waits without end (an open handle, a message that never comes), which uses no
 * CPU (review 34b #7).
 */
const CHILD_CPU_LIMIT_MS = 180_000;
const CHILD_WALL_LIMIT_MS = 10 * CHILD_CPU_LIMIT_MS;
// USER_HZ, the unit of /proc's utime and stime: 100 on every Linux that Node runs on (`getconf CLK_TCK`).
const CLOCK_TICKS_PER_S = 100;

/** The user + system CPU time a process has used so far, from /proc; null where there is none (not Linux, or it has ended). */
function procCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name in parentheses (which may hold spaces): state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S) * 1000;
  } catch {
    return null;
  }
}

function inChild(name: string): Promise<CaseResult | string> {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ["--case", name], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const started = performance.now();
    let stoppedWhy = "";
    const watch = setInterval(() => {
      const cpuMs = child.pid === undefined ? null : procCpuMs(child.pid);
      const wallMs = performance.now() - started;
      if ((cpuMs ?? 0) > CHILD_CPU_LIMIT_MS || wallMs > CHILD_WALL_LIMIT_MS) {
        stoppedWhy = `stopped after ${((cpuMs ?? 0) / 1000).toFixed(0)} s CPU, ${(wallMs / 1000).toFixed(0)} s wall, load ${os.loadavg()[0]?.toFixed(1)}`;
        child.kill();
      }
    }, 1_000);
    // (With its result in, the child has nothing left to do: neither the watch nor its channel keeps the bench alive.)
    child.on("message", (m) => {
      clearInterval(watch);
      resolve(m as CaseResult);
      if (child.connected) child.disconnect();
    });
    child.on("exit", (code) => {
      clearInterval(watch);
      resolve(code === 0 ? "no result" : `failed (${stoppedWhy || `exit ${code ?? "killed"}`})`);
    });
  });
}

async function main(): Promise<void> {
  const caseArg = process.argv.indexOf("--case");
  if (caseArg >= 0) {
    process.send?.(runCase(process.argv[caseArg + 1] ?? ""));
    return;
  }
  const kbArg = process.argv.indexOf("--corpus-kb");
  const corpusKb = kbArg >= 0 ? Number(process.argv[kbArg + 1]) : 1100;

  const corpus: ArticleInput[] = [];
  let bytes = 0;
  for (let i = 0; bytes < corpusKb * 1024; i++) {
    const a = variant(seeds[i % seeds.length] as ArticleInput, i);
    corpus.push(a);
    bytes += Buffer.byteLength(a.body);
  }
  const libraryCpu = process.cpuUsage();
  const library = buildLibraryPool(contentArticles);
  const libraryCpuMs = cpuMsSince(libraryCpu);
  generateAsTheAppDoes(corpus.slice(0, 20), library); // warm-up
  const start = performance.now();
  const cpu = process.cpuUsage();
  const items = generateAsTheAppDoes(corpus, library);
  const cpuMs = cpuMsSince(cpu);
  const ms = performance.now() - start;
  // Per core: CPU time, which garbage collection on helper threads can push slightly above wall time.
  const kbPerS = bytes / 1024 / (cpuMs / 1000);

  console.log(`Throughput: ${corpus.length} articles (${(bytes / 1024).toFixed(0)} KB, ${seeds.length} articles from content/ and the fixtures, numbers varied), each generated on its own as an upload is`);
  console.log(`  the library's pool (content/, built once per library version and cached): ${libraryCpuMs.toFixed(0)} ms CPU, not counted below`);
  console.log(`  ${items} items in ${(cpuMs / 1000).toFixed(1)} s CPU (${(ms / 1000).toFixed(1)} s wall, load ${os.loadavg()[0]?.toFixed(1)}) = ${kbPerS.toFixed(0)} KB/s of CPU on one core (${(bytes / 1024 / (ms / 1000)).toFixed(0)} KB/s of wall time), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log(`  machine: ${loadNote()}; generation ran on one thread, which had a core ${((cpuMs / ms) * 100).toFixed(0)}% of the wall time`);
  const fresh = await inChild("fresh");
  if (typeof fresh !== "string") {
    console.log(`  first sight: the ${seeds.length} distinct articles once each (${fresh.kb.toFixed(0)} KB) in a fresh process: ${fresh.items} items in ${(fresh.cpuMs / 1000).toFixed(1)} s CPU (${(fresh.ms / 1000).toFixed(1)} s wall, load ${os.loadavg()[0]?.toFixed(1)}) = ${(fresh.kb / (fresh.cpuMs / 1000)).toFixed(0)} KB/s of CPU (what an upload of new text pays: no pattern compiled before)`);
  } else console.log(`  first sight: ${fresh}`);
  console.log("  (KB/s of CPU is the figure to compare: what one core does alone, whatever else runs. It includes V8's warm-up past the\n  first 20 articles. The corpus repeats the distinct articles with numbers varied: a cache kept across articles would flatter\n  it, so none is; V8's own cache of compiled patterns does, which the first-sight line does not have.)\n");

  // Each case's load average is read as it ends: its CPU and wall seconds sit beside it.
  const results: [string, CaseResult | string, string][] = [];
  for (const name of Object.keys(CASES)) results.push([name, await inChild(name), os.loadavg()[0]?.toFixed(1) ?? ""]);
  const header = ["case", "input", "KB", "sentences", "items", "CPU s", "wall s", "load 1m", "peak RSS MB", "RSS before MB"];
  const overBudget = (name: string, r: CaseResult) => r.cpuMs > (CASES[name]?.budgetMs ?? CASE_CPU_BUDGET_MS) || r.maxRssMb > CASE_RSS_BUDGET_MB;
  const rows = results.map(([name, r, load]) =>
    typeof r === "string"
      ? [name, CASES[name]?.what ?? "", r, "", "", "", "", load, "", ""]
      : [name, CASES[name]?.what ?? "", r.kb.toFixed(0), String(r.sentences), String(r.items), `${(r.cpuMs / 1000).toFixed(2)}${overBudget(name, r) ? " OVER" : ""}`, (r.ms / 1000).toFixed(2), load, `${r.maxRssMb.toFixed(0)}${overBudget(name, r) ? " OVER" : ""}`, r.baseRssMb.toFixed(0)],
  );
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? "").length)));
  for (const r of [header, widths.map((w) => "-".repeat(w)), ...rows]) console.log(r.map((c, j) => (j >= 2 ? c.padStart(widths[j] ?? 0) : c.padEnd(widths[j] ?? 0))).join("  "));
  console.log(
    `\nBudgets: each case within ${CASE_CPU_BUDGET_MS / 1000} s of CPU (or its own: ${Object.entries(CASES).filter(([, c]) => c.budgetMs).map(([n, c]) => `${n} ${(c.budgetMs ?? 0) / 1000} s`).join(", ")}) and ${CASE_RSS_BUDGET_MB} MB peak RSS, or the bench fails.` +
    `\nA child still running after ${CHILD_CPU_LIMIT_MS / 1000} s of its own CPU time (its whole process: start-up too) is stopped and fails, however long` +
    `\nthat takes on the clock${fs.existsSync("/proc/self/stat") ? "" : ` (no /proc here: stopped after ${CHILD_WALL_LIMIT_MS / 1000} s of wall time instead)`}; a loaded machine makes a case slower, not a failure.` +
    "\nA case whose input names a function (splitSentences:, fallbackValueSpans:) times that step alone; its items column counts its results." +
    `\nCaveats: one run each, on ${loadNote()}. CPU time is the figure, wall time shows contention; CPU time too grows` +
      "\nunder heavy load (shared caches: +15% seen at load 20 against load 5), so compare runs taken at similar load. The sentence" +
      "\ncount is the generator's own (its progress), not a second split. Peak RSS is the child's high-water mark, ~100+ MB of it Node, tsx and" +
      "\ncompromise's lexicon loaded before the case (RSS before). A sentence over 100 words is cut at clause breaks or" +
      "\nskipped, so the 200 KB line without any gives no items by design. Seed articles are few: the corpus repeats them" +
      "\nwith numbers varied, which is kinder to the distractor pools than real variety.",
  );

  console.log(`\ncorpus_kb=${(bytes / 1024).toFixed(0)}`);
  console.log(`corpus_items=${items}`);
  console.log(`corpus_cpu_ms=${cpuMs.toFixed(0)}`);
  console.log(`corpus_wall_ms=${ms.toFixed(0)}`);
  console.log(`generate_kb_per_s=${kbPerS.toFixed(0)}`);
  if (typeof fresh !== "string") console.log(`generate_first_sight_kb_per_s=${(fresh.kb / (fresh.cpuMs / 1000)).toFixed(0)}`);
  for (const [name, r] of results) {
    if (typeof r === "string") continue;
    const key = name.replace(/-/g, "_");
    console.log(`worst_${key}_cpu_ms=${r.cpuMs.toFixed(0)}`);
    console.log(`worst_${key}_max_rss_mb=${r.maxRssMb.toFixed(0)}`);
  }
  console.log(`load_average_1m=${os.loadavg()[0]?.toFixed(2)}`);
  console.log(`cores=${os.availableParallelism()}`);
  if (results.some(([name, r]) => typeof r === "string" || overBudget(name, r))) process.exitCode = 1;
}

await main();
