import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { buildLibraryPool, generateArticleItems } from "@/lib/generate";
import { statesAnswer } from "@/lib/generate/cap-items-per-sentence";
import { itemKey } from "@/lib/generate/hash-key";
import type { QuizItem } from "@/lib/generate/types";

// Issue 9: "a true/false item never states the answer of a sibling card". Checked on every seed article as generated.
const read = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => parseArticle(f, fs.readFileSync(path.join(dir, f), "utf8")));
const library = buildLibraryPool(read("content"));
const articles = [...read("content"), ...read("tests/fixtures/articles"), ...read("tests/fixtures/articles/blind")];
const generated = articles.map((a) => ({ slug: a.slug, items: generateArticleItems(a, { library }) }));

const statementOf = (tf: QuizItem) => tf.prompt.replace(/^True or false(?: \(.*?\))?: /, "");
/** The true/false key the item's fact would have: a statement about the same fact is not a sibling's giveaway. */
const factKey = (it: QuizItem) => itemKey({ article: it.source.article, sentence: it.source.sentence, kind: it.kind, answer: it.answer, type: "truefalse" });
const words = (text: string) => ` ${text.toLowerCase().replace(/[.,;:!?“”"()]/g, " ").split(/\s+/).join(" ")} `;
const hasWords = (text: string, phrase: string) => words(text).includes(words(phrase));

describe("true/false statements and their sibling cards", () => {
  it("a statement states no answer of another fact of its sentence, in any form the other card accepts", () => {
    const leaks = generated.flatMap(({ slug, items }) =>
      items
        .filter((t) => t.type === "truefalse")
        .flatMap((t) =>
          items
            .filter((o) => o.type !== "truefalse" && o.source.sentence === t.source.sentence && factKey(o) !== t.key)
            .filter((o) => [o.answer, ...o.accepted.filter((a) => /\D/.test(a))].some((form) => statesAnswer(statementOf(t), form)))
            .map((o) => `${slug}: "${statementOf(t)}" gives away ${o.answer}`),
        ),
    );
    expect(leaks).toEqual([]);
  });

  it("a false statement never swaps in the answer of another card of the article", () => {
    const leaks = generated.flatMap(({ slug, items }) =>
      items
        .filter((t) => t.type === "truefalse" && t.answer === "False")
        .flatMap((t) =>
          items
            .filter((o) => o.type !== "truefalse" && factKey(o) !== t.key && hasWords(statementOf(t), o.answer) && !hasWords(t.source.sentence, o.answer))
            .map((o) => `${slug}: "${statementOf(t)}" states ${o.answer}, the answer of "${o.prompt.slice(0, 80)}"`),
        ),
    );
    expect(leaks).toEqual([]);
  });

  it("still makes false statements (the check is not met by making none)", () => {
    const statements = generated.flatMap((g) => g.items).filter((t) => t.type === "truefalse");
    expect(statements.filter((t) => t.answer === "False").length).toBeGreaterThan(statements.length / 4);
  });
});
