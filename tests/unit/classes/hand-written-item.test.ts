import { describe, expect, it } from "vitest";
import { HandWrittenItemSchema, toItemData } from "@/lib/classes/hand-written-item";

const parse = (input: unknown) => HandWrittenItemSchema.safeParse(input);

describe("toItemData", () => {
  it("writes the blank as the generator does and drops the answer from its own accepted forms", () => {
    const item = HandWrittenItemSchema.parse({ type: "cloze", prompt: "Lima is the capital of ___________.", answer: "Peru", accepted: ["Peru", "the Republic of Peru", " "] });
    expect(toItemData(item)).toMatchObject({ prompt: "Lima is the capital of _____.", accepted: '["the Republic of Peru"]', choices: "[]", kind: "other" });
  });

  it("gives true-or-false questions their two choices in the usual order", () => {
    expect(toItemData(HandWrittenItemSchema.parse({ type: "truefalse", prompt: "Lima is in Chile.", answer: "False" }))).toMatchObject({ choices: '["True","False"]', answer: "False" });
  });
});

describe("HandWrittenItemSchema", () => {
  it("refuses a choice question whose choices repeat, ignoring case", () => {
    expect(parse({ type: "choice", prompt: "Capital?", answer: "Lima", choices: ["Lima", "lima"] }).error?.issues[0]?.message).toBe("Each choice must be different.");
  });

  it("refuses a cloze with two blanks and an unknown kind", () => {
    expect(parse({ type: "cloze", prompt: "___ is the capital of ___.", answer: "Lima" }).error?.issues[0]?.message).toContain("exactly one blank");
    expect(parse({ type: "typed", kind: "colour", prompt: "Sky?", answer: "blue" }).error?.issues[0]?.message).toBe("Pick a kind of fact, or Other.");
  });
});
