import { describe, expect, it } from "vitest";
import { OwnCardSchema, parseCloze, toOwnCard, toOwnItemData } from "@/lib/own-cards/own-card";

const firstError = (input: unknown) => OwnCardSchema.safeParse(input).error?.issues[0]?.message;

describe("parseCloze", () => {
  it("turns the marked gap into the blank, and keeps the whole sentence for after the answer", () => {
    expect(parseCloze("The capital of Peru is {{c1::Lima}}.")).toEqual({
      ok: true,
      prompt: "The capital of Peru is _____.",
      answer: "Lima",
      sentence: "The capital of Peru is Lima.",
    });
  });

  it("accepts any cloze number and trims the answer", () => {
    expect(parseCloze("{{c3:: 1821 }} was the year Peru declared independence.")).toMatchObject({ ok: true, answer: "1821", prompt: "_____ was the year Peru declared independence." });
  });

  it("names what is wrong with a sentence it cannot use", () => {
    const error = (text: string) => {
      const parsed = parseCloze(text);
      return parsed.ok ? null : parsed.error;
    };
    expect(error("The capital of Peru is Lima.")).toContain("Mark the gap with {{c1::…}}");
    expect(error("{{c1::Lima}} is the capital of {{c2::Peru}}.")).toContain("one gap");
    expect(error("The capital of Peru is {{c1::Lima::city}}.")).toContain("Hints");
    expect(error("The capital of Peru is {{c1:: }}.")).toContain("Write the answer inside the gap");
    expect(error("The capital of {{Peru}} is {{c1::Lima}}.")).toContain("braces");
    expect(error("The capital of Peru is {{c1::Lima}}, not ____.")).toContain("not with underscores");
    expect(error("{{c1::Lima}}")).toContain("Write a sentence around the gap");
    expect(error(`The answer is {{c1::${"x".repeat(201)}}}.`)).toContain("under 200 characters");
  });
});

describe("OwnCardSchema", () => {
  it("requires both sides of a basic card, after trimming", () => {
    expect(firstError({ type: "basic", front: "  ", back: "Lima" })).toBe("Write the front of the card.");
    expect(firstError({ type: "basic", front: "Capital of Peru?", back: "" })).toBe("Write the back of the card.");
    expect(OwnCardSchema.parse({ type: "basic", front: " Capital of Peru? ", back: " Lima " })).toEqual({ type: "basic", front: "Capital of Peru?", back: "Lima" });
  });

  it("reports a cloze problem on the text field, and refuses an unknown type", () => {
    const issue = OwnCardSchema.safeParse({ type: "cloze", text: "No gap here." }).error?.issues[0];
    expect(issue?.path).toEqual(["text"]);
    expect(firstError({ type: "image", front: "a" })).toBe("Pick a card type: basic or cloze.");
  });

  it("limits the length of each side", () => {
    expect(firstError({ type: "basic", front: "a".repeat(501), back: "b" })).toBe("Keep the front under 500 characters.");
    expect(firstError({ type: "cloze", text: `${"a".repeat(600)} {{c1::b}}` })).toBe("Keep the sentence under 600 characters.");
  });
});

describe("toOwnItemData and toOwnCard", () => {
  it("stores a basic card as a typed question with no sentence", () => {
    expect(toOwnItemData(OwnCardSchema.parse({ type: "basic", front: "Capital of Peru?", back: "Lima" }))).toMatchObject({
      type: "typed",
      kind: "other",
      prompt: "Capital of Peru?",
      answer: "Lima",
      sourceSentence: "",
      choices: "[]",
      accepted: "[]",
    });
  });

  it("gives back the text the learner wrote, so editing starts from it", () => {
    for (const card of [
      { type: "basic", front: "Capital of Peru?", back: "Lima" },
      { type: "cloze", text: "The capital of Peru is {{c1::Lima}}." },
      { type: "cloze", text: "A price of {{c1::$5 & $&}} is odd." },
    ] as const) {
      const parsed = OwnCardSchema.parse(card);
      expect(toOwnCard(toOwnItemData(parsed))).toEqual(parsed);
    }
  });
});
