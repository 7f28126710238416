import { describe, expect, it } from "vitest";
import { applyItemOverrides, checkEditedItem, diffItemOverrides, parseItemOverrides } from "@/lib/classes/item-overrides";

const row = {
  id: "i1",
  type: "choice",
  prompt: "By what percentage did trade rise?",
  answer: "24%",
  choices: JSON.stringify(["12%", "24%", "35%", "50%"]),
  accepted: JSON.stringify(["24 percent"]),
};

describe("applyItemOverrides", () => {
  it("leaves an item without overrides (free study, or an unedited deck item) as it is", () => {
    expect(applyItemOverrides(row, null)).toEqual(row);
    expect(applyItemOverrides(row, undefined)).toEqual(row);
  });

  it("replaces prompt, answer and choices, and drops the old answer's accepted forms", () => {
    const edited = applyItemOverrides(row, JSON.stringify({ prompt: "How much did trade grow?", answer: "25%", choices: ["10%", "25%", "40%"] }));
    expect(edited).toMatchObject({ id: "i1", prompt: "How much did trade grow?", answer: "25%", accepted: "[]" });
    expect(JSON.parse(edited.choices)).toEqual(["10%", "25%", "40%"]);
  });

  it("keeps accepted forms when only the prompt changed", () => {
    const edited = applyItemOverrides(row, JSON.stringify({ prompt: "Trade grew by how much?" }));
    expect(edited.accepted).toBe(row.accepted);
    expect(edited.answer).toBe("24%");
  });

  it("ignores unreadable overrides rather than breaking study", () => {
    expect(parseItemOverrides("{not json")).toEqual({});
    expect(parseItemOverrides(JSON.stringify({ prompt: "" }))).toEqual({});
    expect(applyItemOverrides(row, "[1,2]")).toEqual(row);
  });
});

describe("diffItemOverrides", () => {
  const generated = { prompt: "Q?", answer: "A", choices: ["A", "B"] };
  it("keeps only what differs, so restoring the original leaves nothing", () => {
    expect(diffItemOverrides(generated, { prompt: " Q? ", answer: "A", choices: ["A", "B", " "] })).toBeNull();
    expect(diffItemOverrides(generated, { prompt: "Q2?", answer: "A", choices: ["A", "B"] })).toEqual({ prompt: "Q2?" });
    expect(diffItemOverrides(generated, { prompt: "Q?", answer: "B", choices: ["A", "B", "C"] })).toEqual({ answer: "B", choices: ["A", "B", "C"] });
  });
});

describe("checkEditedItem", () => {
  it("requires a choice item's answer among at least two different choices", () => {
    expect(checkEditedItem("choice", { answer: "A", choices: ["A", "B"] })).toBeNull();
    expect(checkEditedItem("choice", { answer: "C", choices: ["A", "B"] })).toBe("The answer must be one of the choices.");
    expect(checkEditedItem("choice", { answer: "A", choices: ["A"] })).toBe("Give at least two choices.");
    expect(checkEditedItem("choice", { answer: "A", choices: ["A", "a"] })).toBe("Each choice must be different.");
    expect(checkEditedItem("typed", { answer: "anything", choices: [] })).toBeNull();
  });
});
