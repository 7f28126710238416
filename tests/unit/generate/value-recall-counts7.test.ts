import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: counts whose noun is a set named by a determiner, or left out after "Of the N nouns ...," (lane
// counts7, batches 11..11u), each with a case that must stay no count.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);
const countOf = (sentence: string, answer: string) => spans(sentence).find((s) => s.kind === "count" && s.answer === answer);

describe("a part of a set the sentence names by its determiner: '18 of those meetings', 'eight of his last nine games'", () => {
  it.each([
    ["Lakeford Rovers have now won 22 of those derbies.", "22", "of those derbies", "derby"],
    ["Striker Tom Hale has scored in seven of his last ten games.", "seven", "of his last ten games", "game"],
    ["Five of the seven firms accepted the offer.", "Five", "of the seven firms", "firm"],
    ["Rana scored 14 of his 31 points in the last quarter.", "14", "of his 31 points", "point"],
    ["The team grew 120 of the wild plants in a greenhouse.", "120", "of the wild plants", "plant"],
    ["Baird scored two of their four tries.", "two", "of their four tries", "try"],
  ])("%s -> %s %s", (sentence, answer, noun, unit) => {
    const span = countOf(sentence, answer);
    expect(span?.noun).toBe(noun);
    expect(span?.unit).toBe(unit);
  });

  it("'and 9 have been drawn' after such a part counts the same set", () => {
    expect(countOf("Lakeford Rovers have now won 22 of those derbies, Millbrook 14, and 9 have been drawn.", "9")?.noun).toBe("of those derbies");
  });

  it.each([
    ["Page 18 of the report lists the sites.", "18"],
    ["In Game 4 of the series he scored twice.", "4"],
    ["She is one of the best players in the league.", "one"],
    ["He named two of the Rovers players.", "two"],
  ])("%s: %s numbers a thing, is one member or counts a name: no count", (sentence, answer) => {
    expect(countOf(sentence, answer)).toBeUndefined();
  });
});

describe("'Of the 19 herons found dead in that period, 12 had been shot, four ... and three ...': each part counts the whole", () => {
  const sentence = "Of the 19 herons found dead in that period, 12 had been shot, four had hit power lines and three died of unknown causes.";

  it.each(["12", "four", "three"])("%s counts the herons", (answer) => {
    expect(countOf(sentence, answer)?.noun).toBe("herons");
  });

  it("a figure before a verb counts nothing the verb's object names ('four had hit power lines')", () => {
    expect(spans(sentence).some((s) => s.noun?.includes("power lines"))).toBe(false);
  });

  it("words after the whole's noun, a year among them, stay out of the count", () => {
    expect(countOf("Of the 40 boats built in the yard since 2010, 31 are still at sea, and 6 sank.", "6")?.noun).toBe("boats");
  });

  it("a list item with no verb of its own is no part", () => {
    expect(countOf("Of the 40 boats, 31 are at sea, 2 in dock and 5 hulls were lost.", "2")).toBeUndefined();
  });
});

describe("a figure after 'and' with a past verb of its own counts the sentence's earlier count: '..., and 11,122 finished'", () => {
  it("'12,400 runners started ..., and 11,122 finished' counts runners", () => {
    expect(countOf("The organisers said 12,400 runners started the race, a record, and 11,122 finished.", "11,122")?.noun).toBe("runners");
  });

  it("'and 40 trained dogs' is a count of its own, not of the cows", () => {
    expect(countOf("The farm has 300 cows and 40 trained dogs.", "40")?.noun).toBe("trained dogs");
  });
});

describe("a figure a counting verb ends its clause with, in a sentence that names nothing it counts: a blank, no noun", () => {
  it.each([
    ["This year the reserve's wardens counted six.", "six"],
    ["A survey by boat over the same lagoon in 2012 had found 87.", "87"],
    ["The three colleges graduated just 1,100 last year.", "1,100"],
  ])("%s -> %s", (sentence, answer) => {
    const span = countOf(sentence, answer);
    expect(span?.noun).toBeNull();
    expect(span?.unit).toMatch(/^bare count:/);
  });

  it.each([
    ["The study found 2019 was the warmest year on record.", "2019"],
    ["The wardens counted one.", "one"],
    ["Ticket sales for the festival had already passed 9,000.", "9,000"],
    ["Sales reached 4,000 last year.", "4,000"],
  ])("%s: %s is a year, a lone one, or after a verb that takes sums too: no count", (sentence, answer) => {
    expect(countOf(sentence, answer)).toBeUndefined();
  });

  it("a bare count gets no true/false item, which would say not what it counts (mend15)", () => {
    const body = "Volunteers walked the whole marsh at dawn to look for nesting cranes. In the spring survey the field team counted six. Three of the pairs raised chicks.";
    const items = generateItems([{ slug: "t", title: "Cranes on the marsh", source: "Test", publishedAt: PUBLISHED, body }]);
    expect(items.filter((i) => i.type === "truefalse" && /counted (?:six|\w+)\.$/.test(i.prompt))).toEqual([]);
  }, 30_000);

  it("a sentence with a count of a noun counts by it instead ('began with 30 boats and now runs 42 there')", () => {
    expect(countOf("The ferry firm began with 30 boats and now runs 42 there.", "42")?.noun).toBe("boats");
  });
});

describe("a figure that is its clause's subject: its noun is the count before it, or none", () => {
  it("', of whom some 420 are permanent staff' counts the people before it", () => {
    expect(countOf("Work peaks at about 1,150 people in the harvest, of whom some 420 are permanent staff.", "420")?.noun).toBe("people");
  });

  it("'and only nine had sons who fished' counts nothing the sentence names: a blank with no noun, never 'had sons'", () => {
    const span = countOf("Nearly half of the boatmen were over 60, and only nine had sons who still fished.", "nine");
    expect(span?.noun).toBeNull();
    expect(span?.unit).toBe("bare count:had");
  });
});

describe("a part's options are fewer than its whole", () => {
  it("'photographed in _____ of the ten seasons' is offered only figures under ten", () => {
    const body = "The team has tracked turtles on the island since 2015 and counted forty nests last year. One male, known to researchers as \"LK-12\", was photographed in nine of the ten seasons.";
    const items = generateItems([{ slug: "t", title: "Turtle tracking off Lakeford", source: "Test", publishedAt: PUBLISHED, body }]);
    const choice = items.find((i) => i.type === "choice" && i.answer === "nine");
    expect(choice).toBeDefined();
    for (const option of choice?.choices ?? []) expect(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]).toContain(option);
  }, 30_000);
});
