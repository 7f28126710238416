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
