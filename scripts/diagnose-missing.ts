// Where each gold fact no item covers was lost, stage by stage, so work goes to the stage that loses the most:
//   npx tsx scripts/diagnose-missing.ts <gold folder>... [--list] [--why]
// Stages: no span (no sentence gives the answer as a value span, entity or name chunk), span dropped (a span has it,
// but extraction made no fact of it: refused, or its sentence's subject could not be placed), not worth learning (worth-learning.ts dropped every fact with it),
// ranked out (the selection dropped them: fact-worth.ts, or a change its own figures give away), no item (facts kept, no non-true/false item has the answer), context (an
// item has the answer but its prompt lacks a gold context word). --list prints each lost fact under its stage.
// --why says, for each "no item" fact, why (with --list, beside the fact; a count of each reason is printed either way):
// the builder refused every kept fact with the answer (and by which trait of the fact), or it built items that a later
// step (conflicting prompts, one item per sentence) dropped. The stages and the builder are the generator's own
// (generateArticleFacts): its deduped facts, those worth learning, those selected, and its item builder.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArticle, type ArticleInput } from "@/lib/content/parse-article";
import { buildLibraryPool } from "@/lib/generate";
import { generateArticleFacts } from "@/lib/generate/generate-items";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";
import { findNameChunks } from "@/lib/generate/find-name-chunks";
import { articleCurrencyLetters } from "@/lib/generate/currency-names";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { splitSentences } from "@/lib/generate/split-sentences";
import type { Fact, QuizItem } from "@/lib/generate/types";
import { covers, fold, sameAnswer } from "@/tests/fixtures/gold/coverage";
import type { GoldFact } from "@/tests/fixtures/gold/seeds";

const STAGES = ["covered", "no span", "span dropped", "not worth learning", "ranked out", "no item", "context"] as const;
type Stage = (typeof STAGES)[number];

/** A fact stands for the gold answer when an item built from it would: same text or a graded-equal form. */
const factHas = (f: Fact, g: GoldFact) => sameAnswer({ answer: f.answer, accepted: f.accepted, kind: f.kind, type: "typed" } as unknown as QuizItem, g);

/** Every answer a sentence offers before extraction decides: value spans, rule-found entities, bare name chunks. */
function spanAnswers(article: ArticleInput): Fact[] {
  // As extraction reads them: "K2,760" is money in an article that names the kwacha.
  const letters = articleCurrencyLetters(`${article.title}\n${article.body}`);
  return splitSentences(article.body).flatMap(({ text }) => [
    ...findValueSpans(text, article.publishedAt, letters).map((v) => ({ answer: v.answer, accepted: v.accepted, kind: v.kind })),
    ...findEntitySpans(text, { publishedAt: article.publishedAt }).map((e) => ({ answer: e.name, accepted: [], kind: e.kind })),
    ...findNameChunks(text).map((c) => ({ answer: c.name, accepted: [], kind: c.kind })),
  ]) as Fact[];
}

function stageOf(g: GoldFact, spans: Fact[], found: Fact[], worth: Fact[], kept: Fact[], items: QuizItem[]): Stage {
  if (items.some((it) => covers(it, g))) return "covered";
  if (!found.some((f) => factHas(f, g))) return spans.some((f) => factHas(f, g)) ? "span dropped" : "no span";
  if (!worth.some((f) => factHas(f, g))) return "not worth learning";
  if (!kept.some((f) => factHas(f, g))) return "ranked out";
  const answered = items.filter((it) => it.type !== "truefalse" && it.source.article === g.article && sameAnswer(it, g));
  return answered.length === 0 ? "no item" : "context";
}

/**
 * Why kept facts with the gold answer gave no item: "dropped after building" when buildItems made a non-true/false item
 * of one (a later step removed it), else the builder refused them all, named by the first fact's trait that refuses.
 */
function noItemReason(mine: Fact[], build: (f: Fact) => QuizItem[]): string {
  if (mine.some((f) => build(f).some((it) => it.type !== "truefalse"))) return "dropped after building";
  const f = mine[0] as Fact;
  if (f.question) return "builder: question refused, no cloze";
  if (!f.span) return "builder: no question, no span";
  if (/^(?:It|They|He|She)\b/.test(f.sentence) && !f.referent && !f.lead) return "builder: opening pronoun, nothing written in or led";
  if (f.byForm) return "builder: name by form, no completion";
  if (f.fallback) return "builder: fallback name, kind unknown";
  return "builder: cloze and completion refused";
}

async function main() {
  const args = process.argv.slice(2);
  const list = args.includes("--list");
  const why = args.includes("--why");
  const dirs = args.filter((a) => !a.startsWith("--"));
  if (dirs.length === 0) throw new Error("Usage: npx tsx scripts/diagnose-missing.ts <gold folder>... [--list] [--why]");
  const library = buildLibraryPool(fs.readdirSync("content").filter((f) => f.endsWith(".md")).map((f) => parseArticle(f, fs.readFileSync(path.join("content", f), "utf8"))));
  const counts = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  const lost = new Map<Stage, string[]>();
  const reasons = new Map<string, number>();
  for (const dir of dirs) {
    const index = await import(pathToFileURL(path.resolve(dir, "index.ts")).href);
    const sets = Object.values(index).find(Array.isArray) as { name: string; gold: GoldFact[] }[];
    const articleDir = dir.replace("tests/fixtures/gold", "tests/fixtures/articles");
    for (const set of sets) {
      const article: ArticleInput = parseArticle(`${set.name}.md`, fs.readFileSync(path.join(articleDir, `${set.name}.md`), "utf8"));
      const spans = spanAnswers(article);
      const { items, found, worth, kept, itemsOf } = generateArticleFacts(article, { library });
      const build = why ? itemsOf : null;
      for (const g of set.gold) {
        const stage = stageOf(g, spans, found, worth, kept, items);
        counts.set(stage, (counts.get(stage) ?? 0) + 1);
        const reason = build && stage === "no item" ? noItemReason(kept.filter((f) => factHas(f, g)), build) : null;
        if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        if (stage !== "covered") lost.set(stage, [...(lost.get(stage) ?? []), `${set.name}: ${g.answer} [${g.context.map(fold).join(", ")}]${reason ? ` (${reason})` : ""}`]);
      }
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  for (const s of STAGES) console.log(`${s.padEnd(20)} ${String(counts.get(s)).padStart(4)}  ${((100 * (counts.get(s) ?? 0)) / total).toFixed(1)}%`);
  if (why) for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  no item: ${r.padEnd(52)} ${String(n).padStart(4)}`);
  if (list) for (const s of STAGES.slice(1)) console.log(`\n## ${s}\n${(lost.get(s) ?? []).join("\n")}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
