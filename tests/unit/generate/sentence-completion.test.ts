import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { completionStem, isCompletionPrompt } from "@/lib/generate/completion-stem";

// Issue 9: most clauses give no sound wh-question, and a fact only a cloze asks is never asked with options. Such a
// fact is asked as a choice of four that completes its own clause, marked as a completion so it is never counted
// as a wh-question, and never made where a wh-question was.
const article = (body: string, title = "Bristol sets its budget", source: string | null = "West Country Gazette") => ({
  slug: "a",
  title,
  source,
  publishedAt: new Date(Date.UTC(2026, 1, 20)),
  body,
});
const completions = (body: string, title?: string) => generateArticleItems(article(body, title)).filter((i) => i.type === "choice" && isCompletionPrompt(i.prompt));

describe("a sentence-completion choice where no wh-question is sound", () => {
  it("asks the value of a clause with no wh-question, under the article's label, with four options", () => {
    const body = "Bristol City Council published its budget. Adult social care remains the largest single item, at £198m, up 7.2 per cent. Children's services will get £121m. Roads will get £40m. Parks will get £12m.";
    const item = completions(body).find((i) => i.answer === "£198m");
    expect(item?.prompt).toBe("Complete the sentence (“Bristol sets its budget”, West Country Gazette, February 2026): Adult social care remains the largest single item, at _____.");
    expect(item?.choices).toHaveLength(4);
    expect(item?.choices).toContain("£198m");
  });

  it("is not made for a fact a wh-question asks", () => {
    const body = "Andes Air carried 9.1 million passengers in the first half. Sky Air carried 4.2 million passengers. Sol Air carried 3.3 million passengers. Mar Air carried 2.8 million passengers.";
    const all = generateArticleItems(article(body, "Airlines report passenger numbers"));
    expect(all.some((i) => i.answer === "9.1 million" && i.type === "choice" && !isCompletionPrompt(i.prompt))).toBe(true);
    expect(all.filter((i) => i.answer === "9.1 million" && isCompletionPrompt(i.prompt))).toEqual([]);
  });
});

describe("completionStem: the shortest self-contained clause holding the blank", () => {
  it("cuts an aside or second clause after the blank", () => {
    expect(completionStem("Councillors voted at a meeting that lasted more than _____, with the Conservative group voting against.")).toBe("Councillors voted at a meeting that lasted more than _____.");
    expect(completionStem("The council will raise council tax by _____, the maximum allowed without a local referendum.")).toBe("The council will raise council tax by _____.");
  });

  it("drops a clause of its own before the blank's, keeping a leading time", () => {
    expect(completionStem("In 2025, exports to Chile rose sharply; imports from Korea fell by _____.")).toBe("In 2025, imports from Korea fell by _____.");
  });

  it("keeps a cut only when a clause is left", () => {
    expect(completionStem("Revenue of _____, the most in a decade, was reported.")).toBe("Revenue of _____, the most in a decade, was reported.");
  });

  it("refuses a blank glued to a word and a stem that points back", () => {
    expect(completionStem("The council approved a budget for 2026/_____ on Tuesday.")).toBeNull();
    expect(completionStem("It raised prices by _____ last year.")).toBeNull();
  });
});

describe("completionStem: an 'it' or 'their' with a name before it anywhere in the stem is placed", () => {
  it("a name before 'them' or 'it', though it is not the clause's subject", () => {
    expect(completionStem("Kalmar went top after a late goal from _____ gave them a 1-0 win over Hammarby.")).toBe("Kalmar went top after a late goal from _____ gave them a 1-0 win over Hammarby.");
    expect(completionStem("A queue of _____ lorries formed at the Brenner crossing before its gates opened.")).toBe("A queue of _____ lorries formed at the Brenner crossing before its gates opened.");
  });
  it("never places a bare 'it' or 'they' by a name: it often means something outside", () => {
    expect(completionStem("Headquartered in Kigali, it employs _____ people in three countries.")).toBeNull();
    expect(completionStem("Several, including _____ and Spain, are still arguing about it.")).toBeNull();
  });
  it("refuses a second clause cut down to its subject", () => {
    expect(completionStem("Rovers made 31 clearances and blocked eight shots, and centre-back _____.")).toBeNull();
  });
  it("still refuses a pronoun after only common nouns, a possessive name or a person, and any he or she", () => {
    expect(completionStem("In field trials, the new pumps kept 90% of their pressure after _____ hours of use.")).toBeNull();
    expect(completionStem("Norway's exports rose by _____ after it cut the levy.")).toBeNull();
    expect(completionStem("Marta Kowalski scored _____ goals before it was over.")).toBeNull();
    expect(completionStem("Returning to the capital in _____, she joined the ministry's buildings office.")).toBeNull();
  });
});

describe("completionStem: an opening possessive the sentence before says whose", () => {
  it("stands when that sentence is shown, and not otherwise", () => {
    const blanked = "Its head ranger, Tomas Kelesi, said the shading work would need _____ more rangers.";
    expect(completionStem(blanked, { ownerShown: true })).toBe(blanked);
    expect(completionStem(blanked)).toBeNull();
    expect(completionStem("It said the shading work would need _____ more rangers.", { ownerShown: true })).toBeNull();
  });
});
