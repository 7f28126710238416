import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: what a count counts.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const nounOf = (sentence: string, answer: string) => findValueSpans(sentence, PUBLISHED).find((s) => s.answer === answer)?.noun ?? null;

describe("a count's noun is its plural head, never a singular in -ss, -us or -sis that modifies it", () => {
  it.each([
    ["The ministers signed nine business agreements on Tuesday.", "nine", "business agreements"],
    ["The province opened 12 census offices in May.", "12", "census offices"],
    ["The university built 14 campus dormitories last year.", "14", "campus dormitories"],
    ["Inspectors found 40 glass bottles in the crate.", "40", "glass bottles"],
    ["The lab ran 300 analysis kits a day.", "300", "analysis kits"],
  ])("%s -> %s %s", (sentence, answer, noun) => {
    expect(nounOf(sentence, answer)).toBe(noun);
  });

  it("a plural head still ends the noun: '300 taxis', '12 areas'", () => {
    expect(nounOf("The city licensed 300 taxis in 2025.", "300")).toBe("taxis");
    expect(nounOf("Floods hit 12 areas of the delta.", "12")).toBe("areas");
  });
});

describe("a bare count after a verb takes its noun from the sentence, or is no value", () => {
  const span = (sentence: string, answer: string) => findValueSpans(sentence, PUBLISHED).find((s) => s.answer === answer) ?? null;

  it("'with 12 boats and now operates 85 along the coast': 85 boats", () => {
    expect(span("The cooperative began in 2019 with 12 boats and now operates 85 along the coast.", "85")?.noun).toBe("boats");
    expect(span("The clinic opened with 40 beds and today has 310.", "310")?.noun).toBe("beds");
    expect(span("The firm began with 30 vans and now runs 420 there.", "420")?.noun).toBe("vans");
  });

  it("'about 40 of the world's roughly 150 active volcanoes': of the world's active volcanoes", () => {
    const s = span("Chile holds about 40 of the world's roughly 150 active volcanoes, more than any other country.", "40");
    expect(s?.noun).toBe("of the world's active volcanoes");
    expect(s?.qualifier).toBe("about");
  });

  it("no noun in the sentence: no value ('had passed 9,000 by noon')", () => {
    expect(span("Attendance at the festival had already passed 9,000 by noon.", "9,000")).toBeNull();
    // (A year after a verb is no count, nor a figure that another count's noun does not fit: "in 2019 with 12 boats".)
    expect(span("The cooperative began with 12 boats and grew fast after 2019.", "2019")?.kind ?? "date").not.toBe("count");
  });
});

describe("a figure whose noun is left out after 'and', a change's 'to' or 'of which' counts the sentence's earlier count", () => {
  const span = (sentence: string, answer: string) => findValueSpans(sentence, PUBLISHED).find((s) => s.answer === answer) ?? null;

  it.each([
    ["The company will build 180 rental flats in Ordino and 96 in La Massana.", "96", "rental flats"],
    ["The mill has 26 full-time jobs at opening, rising to 40 when a second line starts.", "40", "full-time jobs"],
    ["The clinic recorded 642 suspected cases of measles, of which 219 have been confirmed.", "219", "suspected cases of measles"],
  ])("%s -> %s %s", (sentence, answer, noun) => {
    expect(span(sentence, answer)?.noun).toBe(noun);
  });

  it("a range, a year and a figure with no earlier count stay as they were", () => {
    expect(span("The ministry expects between 400 and 600 homes to return.", "between 400 and 600")?.kind).toBe("count");
    expect(span("The ministry expects between 400 and 600 homes to return.", "600")).toBeNull();
    expect(span("The firm hired 30 engineers in 2024 and 2025.", "2025")?.kind ?? "none").not.toBe("count");
    // (figures10: the figure a change ends at is now read as a bare count, a blank in its sentence, never with a noun.)
    expect(span("Attendance rose to 9,000 by noon.", "9,000")?.noun ?? null).toBeNull();
  });

  it("a verb after the figure counts the earlier count only when that count is its clause's subject (mend15)", () => {
    expect(span("The club sold 32,400 tickets, and 31,122 attended.", "31,122")?.noun ?? null).toBeNull();
    expect(span("The city planted 400 trees last year, and 12 volunteered.", "12")?.noun ?? null).toBeNull();
    expect(span("In the race 32,400 runners started, and 31,122 finished.", "31,122")?.noun).toBe("runners");
  });

  it("a part after 'Of the N ...' no smaller than the whole is no part of it (mend15)", () => {
    const sentence = "Of the 12 regional branches, 5 closed in May, and 300 were moved to new offices.";
    expect(span(sentence, "5")?.noun).toBe("regional branches");
    expect(span(sentence, "300")?.noun ?? null).not.toBe("regional branches");
  });
});

describe("after 'the', a figure of three or more before a described noun is a count", () => {
  const span = (sentence: string, answer: string) => findValueSpans(sentence, PUBLISHED).find((s) => s.answer === answer) ?? null;

  it("'covers the nine regional operators', 'the five eastern member states'", () => {
    expect(span("The ruling covers the nine regional operators that deliver power.", "nine")?.noun).toBe("regional operators");
    expect(span("In May the five eastern member states agreed a floor price.", "five")?.noun).toBe("eastern member states");
  });

  it("a pair, a bare noun or a superlative after 'the' stays context", () => {
    expect(span("The two neighbouring countries signed the pact.", "two")).toBeNull();
    expect(span("The ruling covers the nine operators.", "nine")).toBeNull();
    expect(span("The five largest banks agreed.", "five")).toBeNull();
  });

  it("'600 staff while running and up to 3,500 during construction': the second figure counts staff too", () => {
    expect(span("The plant would employ some 600 workers once running and up to 3,500 during construction.", "3,500")?.noun).toBe("workers");
  });
});
