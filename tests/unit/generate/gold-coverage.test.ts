import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import type { QuizItem } from "@/lib/generate/types";
import { seedGold } from "@/tests/fixtures/gold/seeds";

const dir = path.resolve(import.meta.dirname, "../../../content");
const articles = fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort().map((f) => parseArticle(f, fs.readFileSync(path.join(dir, f), "utf8")));
const items = generateItems(articles);
const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'");

function covers(item: QuizItem, g: { article: string; answer: string; context: string[] }): boolean {
  if (item.source.article !== g.article || item.type === "truefalse") return false;
  if (fold(item.answer) !== fold(g.answer)) return false;
  return g.context.every((c) => fold(item.prompt).includes(fold(c)));
}

describe("seed corpus quality", () => {
  it("covers >= 95% of the hand-written gold facts with the right answer and context", () => {
    const missing = seedGold.filter((g) => !items.some((it) => covers(it, g)));
    const coverage = 1 - missing.length / seedGold.length;
    expect(missing.map((m) => `${m.answer} [${m.context.join(", ")}]`), `coverage ${(coverage * 100).toFixed(1)}%`).toEqual(
      coverage >= 0.95 ? missing.map((m) => `${m.answer} [${m.context.join(", ")}]`) : [],
    );
    expect(coverage).toBeGreaterThanOrEqual(0.95);
  });

  it("never gives two different answers to one prompt", () => {
    const byPrompt = new Map<string, Set<string>>();
    for (const it of items) byPrompt.set(it.prompt, (byPrompt.get(it.prompt) ?? new Set()).add(it.answer));
    expect([...byPrompt].filter(([, a]) => a.size > 1).map(([p]) => p)).toEqual([]);
  });

  it("never shows the answer in its own prompt", () => {
    const leaks = items.filter((it) => it.type !== "truefalse" && fold(it.prompt).includes(fold(it.answer)) && !/^\d+$/.test(it.answer));
    expect(leaks.map((l) => `${l.answer}: ${l.prompt}`)).toEqual([]);
  });

  it("gives choice items four distinct options including the answer", () => {
    for (const it of items.filter((i) => i.type === "choice")) {
      expect(new Set(it.choices).size).toBe(4);
      expect(it.choices).toContain(it.answer);
    }
  });

  it("is deterministic and keys are unique", () => {
    const again = generateItems(articles);
    expect(again).toEqual(items);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
});
