import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { reportedClause } from "@/lib/generate/resolve-subject-pronoun";

// Issue 9 (recall): "She noted that fishing already employed about 12,000 people in Finnmark" after a sentence that
// named no one ("The minister said ...") got no item, though what was said names its own subject. Sentences written
// for this test.
describe("what an unknown He or She said, as the sentence to ask from", () => {
  it.each([
    ["She noted that fishing already employed about 12,000 people in Finnmark.", "Fishing already employed about 12,000 people in Finnmark."],
    ["He told reporters in Tromsø that Norway would buy 40 tonnes of copper a month.", "Norway would buy 40 tonnes of copper a month."],
    ["He also said the quay would cost NOK 410 million.", "The quay would cost NOK 410 million."],
    // Strict read U0 #25: a second reported clause loses its "that" with the speaker.
    ["She said the piers were built after the floods of 2015, and that each pier is anchored twelve feet deep.", "The piers were built after the floods of 2015, and each pier is anchored twelve feet deep."],
    ["He said the quay was finished, and that was the end of the work.", "The quay was finished, and that was the end of the work."],
  ])("%s", (text, clause) => {
    expect(reportedClause(text)).toBe(clause);
  });

  it.each([
    "She said she hoped to finish the quay by 2028.",
    "He added that it would cost NOK 410 million.",
    'He said the quay would be "the best in the north" by 2028.',
    "He visited the quay in 2026.",
    "The minister said the quay would cost NOK 410 million.",
    // A claim argued, warned of or estimated is the speaker's, not a fact to state without them.
    "He argued that the levy would raise NOK 2 billion a year.",
    "She warned that the quay would cost NOK 410 million more.",
    "He estimated that 3,000 boats used the harbour.",
    "She stressed that the fleet had shrunk by 20%.",
  ])("refused: %s", (text) => {
    expect(reportedClause(text)).toBeNull();
  });

  it("so the figure is asked, without a vague She", () => {
    const body = ["Norway opened a fish-processing plant in Vardø on Monday.", "The minister said the plant fitted the government's plan for the north.", "She noted that fishing already employed about 12,000 people in Finnmark."].join(" ");
    const items = generateArticleItems({ slug: "vardo", title: "Norway opens fish plant in Vardø", source: "Arctic Wire", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });
    const asked = items.filter((i) => i.answer === "12,000" && i.type !== "truefalse");
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((i) => !/\bShe\b/.test(i.prompt) && /fishing/i.test(i.prompt))).toBe(true);
  });
});
