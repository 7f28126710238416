import { describe, expect, it } from "vitest";
import { spreadSiblings } from "@/lib/srs/spread-siblings";

const item = (id: string, siblingKey: string, type = "choice") => ({ id, siblingKey, type });

describe("spreadSiblings", () => {
  it("gives each sentence one item per round, keeping sentence order", () => {
    const items = [item("a1", "A"), item("a2", "A", "cloze"), item("b1", "B"), item("c1", "C"), item("b2", "B", "typed")];
    expect(spreadSiblings(items)).toEqual(["a1", "b1", "c1", "a2", "b2"]);
  });

  it("puts recognition before recall within a sentence", () => {
    const items = [item("cloze", "A", "cloze"), item("typed", "A", "typed"), item("mc", "A", "choice")];
    expect(spreadSiblings(items)).toEqual(["mc", "typed", "cloze"]);
  });

  it("ends a sentence's new items at its true/false statement, which would give away the blanks after it (issue 9)", () => {
    const items = [item("cloze", "A", "cloze"), item("typed", "A", "typed"), item("tf", "A", "truefalse"), item("mc", "A", "choice"), item("b1", "B", "cloze")];
    expect(spreadSiblings(items)).toEqual(["mc", "b1", "tf"]);
    // Another day, with the statement met, the recall items come.
    expect(spreadSiblings([item("cloze", "A", "cloze"), item("typed", "A", "typed")])).toEqual(["typed", "cloze"]);
  });

  it("leaves out sentences whose sibling the learner already met today", () => {
    expect(spreadSiblings([item("a1", "A"), item("b1", "B")], new Set(["A"]))).toEqual(["b1"]);
  });

  it("with a due date to meet, puts sentences met today after the fresh ones instead of leaving them out", () => {
    const items = [item("a1", "A"), item("a2", "A", "cloze"), item("b1", "B"), item("c1", "C"), item("c2", "C", "typed")];
    expect(spreadSiblings(items, new Set(["A"]), { metToday: "last" })).toEqual(["b1", "c1", "c2", "a1", "a2"]);
  });

  it("returns nothing for nothing", () => {
    expect(spreadSiblings([])).toEqual([]);
  });
});
