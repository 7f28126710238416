import { describe, expect, it } from "vitest";
import { stripLabel } from "@/lib/generate/worth-learning";

// Invented labels and sentences (review 17, finding 8): a source written with brackets is still one label.
describe("a prompt's label, its source's brackets too", () => {
  it.each([
    ["(“Tarvel weighs a library”, Daily Wire, October 2026) Who is the dean of law?", "Who is the dean of law?"],
    ["(“Tarvel weighs a library”, Tarvel Council (press release), October 2026) Who is the dean of law?", "Who is the dean of law?"],
    ["(Tarvel Council (press release), October 2026): Who is the dean of law?", "Who is the dean of law?"],
    ["Who is the dean of law?", "Who is the dean of law?"],
  ])("%s", (prompt, stem) => {
    expect(stripLabel(prompt)).toBe(stem);
  });
});
