// What the generator's evaluation scripts share: a batch's gold facts, and the items of a strict read's sample file.
import fs from "node:fs";
import path from "node:path";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { generateArticleFacts } from "@/lib/generate/generate-items";
import type { Fact, FactKind, ItemType } from "@/lib/generate/types";
import type { GoldFact } from "@/tests/fixtures/gold/seeds";

/** Every gold fact a batch's index.ts lists (tests/fixtures/gold/<batch>/index.ts). */
export async function loadGold(batch: string): Promise<GoldFact[]> {
  const mod = (await import(path.resolve("tests/fixtures/gold", batch, "index.ts"))) as Record<string, unknown>;
  return Object.values(mod)
    .filter((v): v is { gold: GoldFact[] }[] => Array.isArray(v))
    .flat()
    .flatMap((s) => s.gold);
}

/** One item of a sample printed by scripts/generate.ts --sample, numbered as the strict read numbers it. */
export interface SampledItem {
  n: number;
  type: ItemType;
  kind: FactKind;
  prompt: string;
  answer: string;
  article: string;
  key: string;
}

export function readSample(file: string): SampledItem[] {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const out: SampledItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^\[(\w+)\/(\w+)\] (.*)$/.exec(lines[i] ?? "");
    if (!head) continue;
    const answerLine = lines.slice(i + 1, i + 3).find((l) => l.trimStart().startsWith("answer:")) ?? "";
    // "(d=0.55, worth 0.47, slug, key)"; samples written before items carried a worth have no "worth".
    const m = /answer: (.*?)\s+\(d=[^,]*, (?:worth [^,]*, )?([^,]+), (\w+)\)/.exec(answerLine);
    if (m) out.push({ n: out.length + 1, type: (head[1] ?? "") as ItemType, kind: (head[2] ?? "") as FactKind, prompt: head[3] ?? "", answer: m[1] ?? "", article: m[2] ?? "", key: m[3] ?? "" });
  }
  return out;
}

/** A strict read and the sample it judged: tests/fixtures/gold/<batch>/sample-<id>.txt beside strict-read-<id>.md. */
export interface StrictRead {
  batch: string;
  id: string;
  sampleFile: string;
  readFile: string;
}

/** Every strict read of every batch folder under tests/fixtures/gold, in folder order. */
export function strictReads(gold = "tests/fixtures/gold"): StrictRead[] {
  const out: StrictRead[] = [];
  for (const batch of fs.readdirSync(gold).sort()) {
    const dir = path.join(gold, batch);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const sample of fs.readdirSync(dir).filter((f) => /^sample-.*\.txt$/.test(f))) {
      const id = sample.replace(/^sample-/, "").replace(/\.txt$/, "");
      const readFile = path.join(dir, `strict-read-${id}.md`);
      if (fs.existsSync(readFile)) out.push({ batch, id, sampleFile: path.join(dir, sample), readFile });
    }
  }
  return out;
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);

// A read may sample several batches at once (I0/I1 sampled batches i and j together): its batch's folder first, then any.
function findArticle(batch: string, slug: string): string | null {
  const folders = [batch, ...fs.readdirSync("tests/fixtures/articles").filter((f) => f !== batch)];
  const found = folders.map((f) => path.join("tests/fixtures/articles", f, `${slug}.md`)).find((file) => fs.existsSync(file));
  return found ?? null;
}

/**
 * The blind batches a generator change may be tuned on (BUILD: read their articles and gold, fit to them) and those it
 * is only measured on (CHECK: never read, never fitted). A fresh batch joins one of them once its first run is
 * recorded; eval-generate.ts --split build|check selects each.
 */
export const BUILD_BATCHES = ["11", "11b", "11c", "11d", "11e", "11f", "11g", "11h", "11i", "11j", "11k", "11m", "11o", "11q", "11s", "11u", "11w", "11y", "11aa", "11ac", "11ae", "11ag", "11ai", "11ak", "11am", "11aq", "11as", "11au", "11aw"].map((b) => `blind-2026-${b}`);
export const CHECK_BATCHES = ["11l", "11n", "11p", "11r", "11t", "11v", "11x", "11z", "11ab", "11ad", "11af", "11ah", "11aj", "11al", "11an", "11ar", "11at", "11av", "11ax"].map((b) => `blind-2026-${b}`);

/** The gold batches the fact-worth model is fitted on (scripts/fit-fact-worth.ts); later batches are held out of it. */
export const FIT_BATCHES = ["11", "11b", "11c", "11d", "11e", "11f", "11g", "11h", "11i", "11j", "11k", "11l", "11m", "11n", "11o", "11p", "11q", "11r", "11s", "11t", "11u", "11v", "11w", "11x", "11y", "11z", "11aa", "11ab"].map((b) => `blind-2026-${b}`);

/** One item a strict read judged, found among its article's candidate facts as generated today. */
export interface JudgedFact {
  read: string;
  n: number;
  /** The article folder it was found in (tests/fixtures/articles/<folder>). */
  folder: string;
  article: ArticleInput;
  candidates: Fact[];
  /** Its fact's index in `candidates`. */
  at: number;
  notWorth: boolean;
  /** The read's verdict on the item was OK (acceptable as it stands). */
  acceptable: boolean;
  answer: string;
  /** The item as the read saw it (its prompt carries the label it was shown with). */
  item: SampledItem;
}

/**
 * Every judged item whose fact is still a candidate (generateArticleFacts with no selection): the fact of the item's
 * kind and answer whose sentence shares most words with the item's prompt.
 */
export function judgedFacts(): JudgedFact[] {
  const out: JudgedFact[] = [];
  const generated = new Map<string, { article: ArticleInput; candidates: Fact[] }>();
  for (const { batch, id, sampleFile, readFile } of strictReads()) {
    const row = /^\| Not worth learning \| ([^|]*) \|/m.exec(fs.readFileSync(readFile, "utf8"));
    const notWorth = new Set((row?.[1] ?? "").split(",").map((s) => Number(s.trim())));
    // The per-item table: | # | type/kind | prompt | answer | verdict | reason |, verdict "OK" (or "OK (B)") when acceptable.
    const acceptable = new Set([...fs.readFileSync(readFile, "utf8").matchAll(/^\| (\d+) \|(?:[^|]*\|){3} *OK\b/gm)].map((m) => Number(m[1])));
    readSample(sampleFile).forEach((item, i) => {
      const file = findArticle(batch, item.article);
      if (!file) return;
      let got = generated.get(file);
      if (!got) {
        const article = parseArticle(path.basename(file), fs.readFileSync(file, "utf8"));
        got = { article, candidates: generateArticleFacts(article, { keepFrom: 0, fullFrom: 0 }).candidates };
        generated.set(file, got);
      }
      const promptWords = words(item.prompt);
      const overlap = (s: string) => [...words(s)].filter((w) => promptWords.has(w)).length;
      const matching = got.candidates.map((f, at) => ({ f, at })).filter(({ f }) => f.kind === item.kind && (f.answer === item.answer || /^(True|False)$/.test(item.answer)));
      const found = matching.sort((a, b) => overlap(b.f.sentence) - overlap(a.f.sentence))[0];
      if (!found) return;
      out.push({ read: id, n: i + 1, folder: path.basename(path.dirname(file)), article: got.article, candidates: got.candidates, at: found.at, notWorth: notWorth.has(i + 1), acceptable: acceptable.has(i + 1), answer: item.answer, item });
    });
  }
  return out;
}
