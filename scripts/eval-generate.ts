// Measures how many hand-written gold facts the generated items cover, per gold set and per genre:
//   npx tsx scripts/eval-generate.ts [--set <glob or dir>]... [--split build|check] [--genre <genre>]... [--missing] [--list] [--core-from <t>]... [--gold-dir <dir> --articles-dir <dir>]...
// A set's id is its gold folder and name: tests/fixtures/gold/chile-korea, tests/fixtures/gold/blind-2026-11/<slug>.
// --set keeps the sets whose id matches the glob or lies under the folder (repeatable). --gold-dir adds a folder
// whose index.ts lists more sets (a held-out batch), --articles-dir a folder holding their articles.
// --split build keeps the blind batches a change may be tuned on, --split check those it is only measured on
// (BUILD_BATCHES, CHECK_BATCHES in scripts/lib/gold-samples.ts); with --set, the union.
// --genre keeps only the sets of that genre ("sports report"; repeatable), so the core line speaks for one genre.
// --missing lists, per set, the facts no item covers, those only a cloze covers and those only a completion covers. --list prints the selected
// sets and the article folders they need without generating anything (to check a selection first).
// Below the tables, the core set's coverage (items whose fact's worth reaches CORE_FROM: what a deck holds by default)
// beside all items'; --core-from t (repeatable) adds the same line for another cut-off.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { buildLibraryPool } from "@/lib/generate";
import { generateArticleFacts } from "@/lib/generate/generate-items";
import { isCompletionPrompt } from "@/lib/generate/completion-stem";
import { CORE_FROM, isCoreWorth } from "@/lib/generate/item-tier";
import type { QuizItem } from "@/lib/generate/types";
import { asScored, goldCoverage, type GenreGoldSet } from "@/tests/fixtures/gold/coverage";
import { BUILD_BATCHES, CHECK_BATCHES } from "./lib/gold-samples";

const GOLD_ROOT = "tests/fixtures/gold";
const ARTICLE_ROOT = "tests/fixtures/articles";
// Folders read as one corpus (the sets tests/unit/generate/gold-coverage.test.ts checks); any other article folder
// is read with content/. Each article is still generated on its own, with content/ as the library.
const BASELINE_FOLDERS = ["content", ARTICLE_ROOT, `${ARTICLE_ROOT}/blind`];
// Articles the app must refuse: never part of a corpus.
const NOT_CORPUS = new Set([`${ARTICLE_ROOT}/non-english`]);

const readFolder = (dir: string): ArticleInput[] => markdownIn(dir).map((file) => parseArticle(path.basename(file), fs.readFileSync(file, "utf8")));
let libraryPool: ReturnType<typeof buildLibraryPool> | null = null;

/**
 * As the app generates: each article on its own, wrong options from itself, then from the shared library (content/);
 * choice items scored with their fact's accepted forms (asScored).
 */
function generateFor(corpus: ArticleInput[]): QuizItem[] {
  libraryPool ??= buildLibraryPool(readFolder("content"));
  const library = libraryPool;
  return corpus.flatMap((article) => {
    const { items, factOf } = generateArticleFacts(article, { library });
    return asScored(items, factOf);
  });
}

interface LoadedSet extends GenreGoldSet {
  id: string;
}

interface Options {
  sets: string[];
  missing: boolean;
  list: boolean;
  goldDirs: string[];
  articleDirs: string[];
  coreFrom: string[];
  genres: string[];
}

const USAGE = "Usage: npx tsx scripts/eval-generate.ts [--set <glob or dir>]... [--split build|check] [--genre <genre>]... [--missing] [--list] [--core-from <t>]... [--gold-dir <dir> --articles-dir <dir>]...\n";

function parseOptions(argv: string[]): Options | string {
  const options: Options = { sets: [], missing: false, list: false, goldDirs: [], articleDirs: [], coreFrom: [], genres: [] };
  const valued: Record<string, string[]> = { "--set": options.sets, "--gold-dir": options.goldDirs, "--articles-dir": options.articleDirs, "--core-from": options.coreFrom, "--genre": options.genres };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--missing") options.missing = true;
    else if (arg === "--list") options.list = true;
    else if (arg in valued) {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      valued[arg]!.push(value);
    } else if (arg === "--split") {
      const split = argv[++i];
      if (split !== "build" && split !== "check") return "--split takes build or check";
      options.sets.push(...(split === "build" ? BUILD_BATCHES : CHECK_BATCHES).map((b) => `${GOLD_ROOT}/${b}`));
    } else return `unknown argument ${arg}`;
  }
  return options;
}

const isGenreGoldSet = (v: unknown): v is GenreGoldSet =>
  typeof v === "object" && v !== null && typeof (v as GenreGoldSet).name === "string" && typeof (v as GenreGoldSet).genre === "string" && Array.isArray((v as GenreGoldSet).gold);

/** Every set listed by the index.ts of `dir`: all its exports that are arrays of genre-labelled sets. */
async function loadIndex(dir: string): Promise<LoadedSet[]> {
  const mod = (await import(pathToFileURL(path.resolve(dir, "index.ts")).href)) as Record<string, unknown>;
  const sets = Object.values(mod).filter((v): v is GenreGoldSet[] => Array.isArray(v) && v.length > 0 && v.every(isGenreGoldSet));
  return sets.flat().map((s) => ({ ...s, id: `${dir.replace(/\/+$/, "")}/${s.name}` }));
}

async function loadGoldSets(extraDirs: string[]): Promise<LoadedSet[]> {
  const batches = fs
    .readdirSync(GOLD_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(GOLD_ROOT, d.name, "index.ts")))
    .map((d) => `${GOLD_ROOT}/${d.name}`)
    .sort();
  const all: LoadedSet[] = [];
  for (const dir of [GOLD_ROOT, ...batches, ...extraDirs]) all.push(...(await loadIndex(dir)));
  return all;
}

// path.matchesGlob is still experimental (and warns) on Node 20; sets only need *, ** and ?.
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*|\*|\?)/)
    .map((part) => (part === "**" ? ".*" : part === "*" ? "[^/]*" : part === "?" ? "[^/]" : part.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

/** A set is kept when its id matches a --set glob, or lies under a --set folder. */
function selectSets(sets: LoadedSet[], patterns: string[]): LoadedSet[] {
  if (patterns.length === 0) return sets;
  const norm = (p: string) => p.replace(/\/+$/, "");
  const hasGlob = (p: string) => /[*?]/.test(p);
  return sets.filter((s) =>
    patterns.some((raw) => {
      const p = norm(raw);
      if (hasGlob(p)) return globToRegExp(p).test(s.id) || globToRegExp(p).test(s.name);
      return s.id === p || s.id.startsWith(`${p}/`) || s.name === p;
    }),
  );
}

function articleFolders(extra: string[]): string[] {
  const subfolders = fs
    .readdirSync(ARTICLE_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${ARTICLE_ROOT}/${d.name}`)
    .filter((d) => !NOT_CORPUS.has(d))
    .sort();
  return [...new Set([...BASELINE_FOLDERS, ...subfolders, ...extra.map((d) => d.replace(/\/+$/, ""))])];
}

const markdownIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => path.join(dir, f));

/** The folder each article slug lives in; a slug in two folders would make the gold ambiguous. */
function indexArticles(folders: string[]): Map<string, string> {
  const folderOf = new Map<string, string>();
  for (const folder of folders) {
    for (const file of markdownIn(folder)) {
      const slug = path.basename(file, ".md");
      const seen = folderOf.get(slug);
      if (seen !== undefined && seen !== folder) throw new Error(`article ${slug} is in both ${seen} and ${folder}`);
      folderOf.set(slug, folder);
    }
  }
  return folderOf;
}

/** Generates each corpus once: the baseline folders together, any other folder with content/. */
function itemsForFolders(folders: Set<string>): QuizItem[] {
  const corpora = new Map<string, string[]>();
  for (const folder of folders) {
    if (BASELINE_FOLDERS.includes(folder)) corpora.set("baseline", BASELINE_FOLDERS);
    else corpora.set(folder, ["content", folder]);
  }
  return [...corpora.values()].flatMap((dirs) => generateFor(dirs.flatMap(readFolder)));
}

interface Row {
  label: string;
  genre: string;
  facts: number;
  anyCovered: number;
  questionCovered: number;
  /** Of questionCovered: facts a wh-question covers, and those only a sentence-completion choice covers. */
  whCovered: number;
  completionOnly: number;
}

const pct = (n: number, of: number) => (of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}%`);

function printTable(title: string, second: string, rows: Row[]): void {
  const width = Math.max(title.length, ...rows.map((r) => r.label.length));
  const genreWidth = Math.max(second.length, ...rows.map((r) => r.genre.length));
  const line = (label: string, genre: string, facts: string, any: string, question: string, wh: string, completion: string) =>
    `${label.padEnd(width)}  ${genre.padEnd(genreWidth)}  ${facts.padStart(5)}  ${any.padStart(7)}  ${question.padStart(8)}  ${wh.padStart(7)}  ${completion.padStart(10)}\n`;
  process.stdout.write(line(title, second, "facts", "any", "question", "wh", "completion"));
  for (const r of rows) process.stdout.write(line(r.label, r.genre, String(r.facts), pct(r.anyCovered, r.facts), pct(r.questionCovered, r.facts), pct(r.whCovered, r.facts), pct(r.completionOnly, r.facts)));
}

function sumRows(label: string, genre: string, rows: Row[]): Row {
  return {
    label,
    genre,
    facts: rows.reduce((n, r) => n + r.facts, 0),
    anyCovered: rows.reduce((n, r) => n + r.anyCovered, 0),
    questionCovered: rows.reduce((n, r) => n + r.questionCovered, 0),
    whCovered: rows.reduce((n, r) => n + r.whCovered, 0),
    completionOnly: rows.reduce((n, r) => n + r.completionOnly, 0),
  };
}

/** Facts covered by any item but true/false, and by a choice or typed item. */
function coverage(sets: LoadedSet[], items: QuizItem[]): { any: number; question: number } {
  const questions = items.filter((i) => i.type === "choice" || i.type === "typed");
  let any = 0;
  let question = 0;
  for (const s of sets) {
    any += s.gold.length - goldCoverage(s.gold, items).missing.length;
    question += s.gold.length - goldCoverage(s.gold, questions).missing.length;
  }
  return { any, question };
}

/**
 * Beside all items' coverage (the tables' total row), the core set's (what a deck holds by default) at each cut-off,
 * with items per article of the sets' articles.
 */
function printCoreSet(sets: LoadedSet[], items: QuizItem[], total: Row, cutOffs: number[]): void {
  const articles = new Set(sets.flatMap((s) => s.gold.map((g) => g.article)));
  const own = items.filter((it) => articles.has(it.source.article));
  const perArticle = (n: number) => (n / Math.max(1, articles.size)).toFixed(1);
  process.stdout.write(`\nall items: ${perArticle(own.length)} items/article, any ${pct(total.anyCovered, total.facts)}, question ${pct(total.questionCovered, total.facts)}\n`);
  for (const t of cutOffs) {
    const core = own.filter((it) => isCoreWorth(it.worth, t));
    const c = coverage(sets, core);
    process.stdout.write(`core set (worth >= ${t}${t === CORE_FROM ? ", CORE_FROM" : ""}): ${perArticle(core.length)} items/article, any ${pct(c.any, total.facts)}, question ${pct(c.question, total.facts)}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === "string") {
    process.stderr.write(`${options}\n${USAGE}`);
    return 2;
  }
  const sets = selectSets(await loadGoldSets(options.goldDirs), options.sets).filter((s) => options.genres.length === 0 || options.genres.includes(s.genre));
  if (sets.length === 0) {
    process.stderr.write(`no gold set matches ${options.sets.join(", ")}\n${USAGE}`);
    return 2;
  }
  const folderOf = indexArticles(articleFolders(options.articleDirs));
  const needed = new Set<string>();
  const foldersOf = new Map<string, Set<string>>();
  for (const s of sets) {
    foldersOf.set(s.id, new Set());
    for (const g of s.gold) {
      const folder = folderOf.get(g.article);
      if (folder === undefined) {
        process.stderr.write(`${s.id}: no article "${g.article}" in ${[...new Set(folderOf.values())].join(", ")}\n`);
        return 1;
      }
      needed.add(folder);
      foldersOf.get(s.id)!.add(folder);
    }
  }
  if (options.list) {
    for (const s of sets) process.stdout.write(`${s.id}  (${s.genre}, ${s.gold.length} facts, articles in ${[...foldersOf.get(s.id)!].join(", ")})\n`);
    return 0;
  }
  const items = itemsForFolders(needed);
  const questions = items.filter((i) => i.type === "choice" || i.type === "typed");
  const whQuestions = questions.filter((i) => !isCompletionPrompt(i.prompt));

  const rows: Row[] = [];
  const details: string[] = [];
  for (const s of sets) {
    const any = goldCoverage(s.gold, items);
    const asked = goldCoverage(s.gold, questions);
    const wh = goldCoverage(s.gold, whQuestions);
    const clozeOnly = asked.missing.filter((m) => !any.missing.includes(m));
    const completionOnly = wh.missing.filter((m) => !asked.missing.includes(m));
    const questionCovered = s.gold.length - asked.missing.length;
    rows.push({ label: s.id, genre: s.genre, facts: s.gold.length, anyCovered: s.gold.length - any.missing.length, questionCovered, whCovered: questionCovered - completionOnly.length, completionOnly: completionOnly.length });
    if (options.missing && (any.missing.length > 0 || clozeOnly.length > 0 || completionOnly.length > 0)) {
      details.push(`\n${s.id}\n`);
      for (const m of any.missing) details.push(`  missing:      ${m}\n`);
      for (const m of clozeOnly) details.push(`  no question:  ${m}\n`);
      for (const m of completionOnly) details.push(`  completion:   ${m}\n`);
    }
  }
  const genres = [...new Set(rows.map((r) => r.genre))].sort();
  const genreRows = genres.map((g) => {
    const inGenre = rows.filter((r) => r.genre === g);
    return sumRows(g, String(inGenre.length), inGenre);
  });

  process.stdout.write(`${items.length} item(s) generated; "any" = covered by any item but true/false, "question" = by a choice or typed item, of which\n"wh" = by a wh-question and "completion" = only by a sentence-completion choice\n\n`);
  const total = sumRows("all sets", "", rows);
  printTable("gold set", "genre", [...rows, total]);
  process.stdout.write("\n");
  printTable("genre", "sets", genreRows);
  printCoreSet(sets, items, total, [CORE_FROM, ...options.coreFrom.map(Number).filter((t) => Number.isFinite(t))]);
  if (options.missing) process.stdout.write(details.join(""));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
