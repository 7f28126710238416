import { describe, expect, it } from "vitest";
import { findConflictingPrompts } from "@/lib/generate/find-conflicting-prompts";
import { generateItems } from "@/lib/generate";

const article = (slug: string, body: string) => ({ slug, title: "T", source: null, publishedAt: new Date(Date.UTC(2024, 0, 1)), body });

describe("findConflictingPrompts", () => {
  it("flags both items when two articles ask one question with different answers", () => {
    const items = generateItems([article("a", "Vietnam and Russia signed two agreements in Hanoi."), article("b", "Vietnam and Russia signed five agreements in Hanoi.")]);
    const typed = items.filter((i) => i.type === "typed" && i.kind === "count").map((i) => ({ ...i, id: i.key }));
    expect(typed).toHaveLength(2);
    expect(findConflictingPrompts(typed)).toEqual(new Set(typed.map((i) => i.id)));
  });

  it("keeps a prompt asked twice with the same answer, and ignores case and punctuation of the prompt", () => {
    const items = [
      { id: "1", type: "typed", prompt: "How many agreements were signed?", answer: "Two" },
      { id: "2", type: "choice", prompt: "how many agreements were signed", answer: "two" },
      { id: "3", type: "typed", prompt: "Who signed them?", answer: "Putin" },
      { id: "4", type: "typed", prompt: "Who signed them ?", answer: "Lam" },
    ];
    expect(findConflictingPrompts(items)).toEqual(new Set(["3", "4"]));
  });
});
