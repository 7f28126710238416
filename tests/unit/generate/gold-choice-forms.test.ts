import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import type { ItemType, QuizItem } from "@/lib/generate/types";
import { asScored, covers } from "@/tests/fixtures/gold/coverage";
import type { GoldFact } from "@/tests/fixtures/gold/seeds";

// A choice item carries no accepted forms (a learner picks it, never types it), so scoring gives it the forms its
// fact's typed item accepts. Sentences written for the test; the forms are the value spans' own.
function scored(sentence: string, type: ItemType = "choice"): QuizItem {
  const span = findValueSpans(sentence, null)[0];
  if (!span) throw new Error(`no value span in ${sentence}`);
  const it: QuizItem = {
    key: `${type}:${span.answer}`, type, kind: span.kind, prompt: `Question about ${sentence}`, answer: span.answer,
    choices: type === "choice" ? [span.answer, "a", "b", "c"] : [], accepted: [], source: { article: "a", sentence }, difficulty: 0.5,
  };
  return asScored([it], new Map([[it, { accepted: span.accepted }]]))[0] as QuizItem;
}
const gold = (answer: string): GoldFact => ({ article: "a", answer, context: [] });

describe("a choice item is scored with its fact's accepted forms", () => {
  it("counts a gold 'six wickets' asked by a choice keyed 'six-wicket'", () => {
    expect(covers(scored("India sealed a six-wicket win in Perth on Sunday."), gold("six wickets"))).toBe(true);
  });

  it("counts a gold '29 points' asked by a choice keyed '29', and '52nd' by one keyed '52nd minute'", () => {
    expect(covers(scored("Olimpia scored 29 points in the final."), gold("29 points"))).toBe(true);
    expect(covers(scored("She scored in the 52nd minute."), gold("52nd"))).toBe(true);
  });

  it("near miss: another value or unit never matches ('29 minutes' is not '29 points', 'six overs' not 'six wickets')", () => {
    expect(covers(scored("The match lasted 29 minutes."), gold("29 points"))).toBe(false);
    expect(covers(scored("The rain came after six overs."), gold("six wickets"))).toBe(false);
    expect(covers(scored("India sealed a six-wicket win in Perth on Sunday."), gold("seven wickets"))).toBe(false);
  });

  it("near miss: a true/false item gains no forms and never counts", () => {
    const statement = scored("Olimpia scored 29 points in the final.", "truefalse");
    expect(statement.accepted).toEqual([]);
    expect(covers(statement, gold("29 points"))).toBe(false);
  });

  it("leaves items without a known fact, and typed items with forms of their own, as they are", () => {
    const it: QuizItem = { ...scored("Olimpia scored 29 points in the final.", "typed"), accepted: ["29 points"] };
    const choice: QuizItem = { ...it, type: "choice", accepted: [] };
    const [typed, unknown] = asScored([it, choice], new Map([[it, { accepted: ["other"] }]]));
    expect(typed).toBe(it);
    expect(unknown).toBe(choice);
  });
});
