import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { placedQuestion, unresolvedInQuestion } from "@/lib/generate/build-items";
import { leadFor, pointsBack, pronounAfterOpeningPhrase, pronounLeadFor } from "@/lib/generate/points-back";

// Lane context36 (strict reads AE0/AE1/AC1/AA0): prompts that keep a reference the learner cannot resolve ("What share
// of them ...?", "How much will the largest cost?", "Between 2018 and 2025 it was 15 July.", "One brings 60 nurses").
// Sentences here are written for the test, not copied from a fixture.

const article = (body: string) => ({ slug: "c36", title: "Harbour board report", source: "Coast Wire", publishedAt: new Date(Date.UTC(2026, 10, 3)), body });

describe("a question that keeps a pronoun or a bare superlative with nothing before it to stand for", () => {
  it("is unresolved: a share of 'them', 'pay for them', a bare 'the largest' as subject", () => {
    expect(unresolvedInQuestion("What share of them opposed the new toll?")).toBe(true);
    expect(unresolvedInQuestion("Roughly how much did the council borrow to build them?")).toBe(true);
    expect(unresolvedInQuestion("How much will the largest cost?")).toBe(true);
    expect(unresolvedInQuestion("How many workers will the second plant employ?")).toBe(false);
    expect(unresolvedInQuestion("How many workers will the biggest employ 300 days a year?")).toBe(true);
    expect(placedQuestion("What share of them opposed the new toll?").usable).toBe(false);
    expect(unresolvedInQuestion("To what amount will the mooring fee rise from the same date as point 2?")).toBe(true);
    expect(unresolvedInQuestion("To what amount will the mooring fee rise under point 2 of the harbour plan?")).toBe(false);
    expect(unresolvedInQuestion("Who proposed the limit adopted in decision point 2?")).toBe(false);
  });

  it("is resolved when the question names the thing before its pronoun, the pronoun is the asked subject's, or sits in a quoted title", () => {
    // (Near misses: "the ferry ... when it opens", "people ... a third of them", "said it would", a quoted "it".)
    expect(unresolvedInQuestion("How many passengers will the new ferry carry a day when it enters service?")).toBe(false);
    expect(unresolvedInQuestion("How many people will the depot employ, about half of them drivers?")).toBe(false);
    expect(unresolvedInQuestion("Which company said it would build a second dock in 2028?")).toBe(false);
    expect(unresolvedInQuestion("Which agency published “Where it all went wrong” in 2025?")).toBe(false);
    expect(unresolvedInQuestion("How much will the largest crane cost?")).toBe(false);
    expect(unresolvedInQuestion("When will the first ferry sail?")).toBe(false);
    expect(unresolvedInQuestion("Which firm does the largest of the contracts name as builder?")).toBe(false);
    expect(unresolvedInQuestion("Which councillor called it “a harbour for everyone” in March?")).toBe(false);
    expect(unresolvedInQuestion("Which club made it to the final in 2024?")).toBe(false);
  });
});

describe("a sentence whose subject is a bare superlative, 'One' or 'Another', or a superlative step", () => {
  it("points back to the sentence before", () => {
    expect(pointsBack("The largest would pump water uphill by night and release it at noon.")).toBe(true);
    expect(pointsBack("One sends 30 apprentices a year to the shipyards of Gdańsk.")).toBe(true);
    expect(pointsBack("Another would train 40 pilots over three years.")).toBe(true);
    expect(pointsBack("The biggest single step cost €18 million, most of it from the port's reserves.")).toBe(true);
  });

  it("does not when the superlative or 'One' names what it is", () => {
    expect(pointsBack("The largest pump would lift water uphill by night.")).toBe(false);
    expect(pointsBack("One in four dockers is over 55.")).toBe(false);
    expect(pointsBack("One plant will close in 2027.")).toBe(false);
    // Review 31 finding 11: a singular noun in -s after "One" is no verb.
    expect(pointsBack("One gas field supplies 40% of the country's power.")).toBe(false);
    expect(pointsBack("One news outlet reported a fall of 3%.")).toBe(false);
    expect(pointsBack("The biggest single buyer was a Danish utility.")).toBe(false);
    expect(pointsBack("The biggest step of the plan is a new lock.")).toBe(false);
    expect(pointsBack("The biggest single item is the purchase of 12 tugboats.")).toBe(false);
    expect(pointsBack("The largest, a 300-metre quay below the fort, would cost €40 million.")).toBe(false);
    // (The sentence that says what the step was introduces it, and can lead the next one in.)
    const introduces = "The biggest single step came in May, when the port fitted shore power at its ferry berth.";
    expect(pointsBack(introduces)).toBe(false);
    expect(leadFor("The biggest single step cost €18 million.", introduces)).toBe(introduces);
  });

  it("is blanked after the sentence before, never stated alone", () => {
    const body = "The board signed three agreements on Monday. The largest would dredge the outer channel at a cost of €42 million. The smallest covers pilot training.";
    const items = generateArticleItems(article(body));
    const asked = items.filter((i) => i.answer === "€42 million");
    expect(asked.length).toBeGreaterThan(0);
    for (const i of asked) {
      expect(i.type).not.toBe("truefalse");
      if (i.type === "cloze" || i.prompt.startsWith("Complete")) expect(i.prompt).toContain("The board signed three agreements on Monday.");
      else expect(i.prompt).not.toMatch(/\bthe largest\b/i);
    }
  }, 60_000);
});

describe("a share of 'them' with 'a' before its fraction", () => {
  it("points back, as 'two thirds of them' does", () => {
    expect(pointsBack("Almost a third of them have no lift.")).toBe(true);
    expect(pointsBack("Just over a quarter of them were built before 1960.")).toBe(true);
    // (Near miss: the whole is named in its own sentence.)
    expect(pointsBack("Almost a third of the town's 40 quays have no lift.")).toBe(false);
  });
});

describe("an 'it' after a span of time or of years", () => {
  it("is read after the sentence before", () => {
    const before = "The harbour's median waiting time was 9 hours in 2010.";
    expect(pronounAfterOpeningPhrase("Between 2020 and 2024 it was 14 hours.")).toBe(true);
    expect(pronounAfterOpeningPhrase("Ten years ago it handled 300 ships.")).toBe(true);
    expect(pronounAfterOpeningPhrase("Two seasons later, it was relegated.")).toBe(true);
    expect(pronounLeadFor("Between 2020 and 2024 it was 14 hours.", before)).toBe(before);
    expect(leadFor("Between 2020 and 2024 it was 14 hours.", before)).toBeNull();
  });

  it("is not when the span's clause has its own subject", () => {
    expect(pronounAfterOpeningPhrase("Between 2020 and 2024 the harbour handled 300 ships.")).toBe(false);
    expect(pronounAfterOpeningPhrase("Ten years ago the port handled 300 ships.")).toBe(false);
    expect(pronounAfterOpeningPhrase("Between them they own 40 boats.")).toBe(false);
  });

  it("is never stated as true or false without the sentence before", () => {
    const body = "The harbour's median waiting time was 9 hours in 2010. Between 2020 and 2024 it was 14 hours.";
    const items = generateArticleItems(article(body));
    const asked = items.filter((i) => i.answer === "14 hours");
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((i) => i.type === "truefalse")).toEqual([]);
    for (const i of asked.filter((x) => x.type === "cloze")) expect(i.prompt).toContain("median waiting time was 9 hours");
  }, 60_000);
});
