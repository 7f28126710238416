// What the generator's evaluation scripts share: a batch's gold facts, and the items of a strict read's sample file.
import fs from "node:fs";
import path from "node:path";
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
  type: string;
  kind: string;
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
    const m = /answer: (.*?)\s+\(d=[^,]*, ([^,]+), (\w+)\)/.exec(answerLine);
    if (m) out.push({ n: out.length + 1, type: head[1] ?? "", kind: head[2] ?? "", prompt: head[3] ?? "", answer: m[1] ?? "", article: m[2] ?? "", key: m[3] ?? "" });
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
