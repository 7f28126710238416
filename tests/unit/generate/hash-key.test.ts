import { describe, expect, it } from "vitest";
import { hashString, itemKey } from "@/lib/generate/hash-key";

// Item keys are stored: the hash must never change with a tidying of its code (values from before finishHash was shared).
describe("hashString keeps its values", () => {
  it.each([
    ["", 0, 3338908027751811],
    ["abc", 0, 5059922895146125],
    ["The first set of rules", 7, 3580668524148414],
    ["é—x", 123, 5522452506432297],
  ])("%j with seed %i", (text, seed, value) => {
    expect(hashString(text, seed)).toBe(value);
  });
  it("an item key is the text's two hashes, seeds 0 and 7", () => {
    const parts = { article: "a", sentence: "S", kind: "count", answer: "X", type: "choice" };
    const text = ["a", "s", "count", "x", "choice"].join("\u241f");
    expect(itemKey(parts)).toBe(hashString(text, 0).toString(36).padStart(11, "0") + hashString(text, 7).toString(36).slice(0, 4));
  });
});
