import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: values no reader took (lane values5, batches s and t), each with a case that must not change.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);

describe("a qualifier a rule's span leaves before it is typed with it", () => {
  it.each([
    ["The eastern slopes get up to 4 metres of snow a winter.", "4 metres", "up to 4 metres"],
    ["The dunes can move by more than 30 metres in a storm.", "30 metres", "more than 30 metres"],
    ["The lake is roughly 12 km long.", "12 km", "roughly 12 km"],
  ])("%s -> %s, also typed %s", (sentence, answer, typed) => {
    const span = spans(sentence).find((s) => s.answer === answer);
    expect(span?.accepted).toContain(typed);
  });

  it("a bound after 'no' or 'not' is the other bound: no qualified form", () => {
    const span = spans("The trail is no more than 5 km long.").find((s) => s.answer === "5 km");
    expect(span?.accepted).not.toContain("more than 5 km");
  });
});

describe("a multiple of a level a year names: 'nearly double the 2019 figure', 'three times the town's 2020 catch'", () => {
  it.each([
    ["The club now has 640 members, nearly double the 2019 figure.", "nearly double"],
    ["The new mill can press 12 tonnes a day, three times the town's 2020 catch.", "three times"],
  ])("%s -> %s", (sentence, answer) => {
    expect(spans(sentence).map((s) => s.answer)).toContain(answer);
  });

  it("a multiple of nothing stays unread: 'three times in 2019'", () => {
    expect(spans("He won the race three times in 2019.").map((s) => s.answer)).not.toContain("three times");
  });
});

describe("'a' before a scale is one: 'around a billion tonnes'", () => {
  it("is read as a measure, typed as 1 billion, with its qualifier, and its options in tenths", () => {
    const span = spans("The glacier sheds around a billion tonnes of ice each year.").find((s) => s.kind === "count");
    expect(span).toMatchObject({ answer: "a billion tonnes", value: 1e9 });
    expect(span?.accepted).toEqual(expect.arrayContaining(["1 billion tonnes", "around a billion tonnes"]));
    expect(span?.accepted).not.toContain("a");
    expect(span?.form.decimals).toBe(1);
  });

  it("'half a billion tonnes' and 'a quarter of a million tonnes' are no billion or million (review of c83f0b2)", () => {
    expect(spans("The mine has moved half a billion tonnes of rock.").map((s) => s.answer)).not.toContain("a billion tonnes");
    expect(spans("The port handled a quarter of a million tonnes of grain.").map((s) => s.answer)).not.toContain("a million tonnes");
  });

  it("'a tonne' alone is no figure", () => {
    expect(spans("The crane lifted a tonne of steel.").filter((s) => s.kind === "count")).toEqual([]);
  });
});

describe("a change whose ends do not share a written unit is one answer, typed whole", () => {
  it.each([
    ["The queue has shrunk from 90 families to 35.", "from 90 families to 35"],
    ["Reef cover grew from 0.4 to 1.1 corals per square metre.", "from 0.4 to 1.1 corals per square metre"],
    ["The village shrank from about 2,400 to under 900 after the flood.", "from about 2,400 to under 900"],
  ])("%s -> %s", (sentence, answer) => {
    expect(spans(sentence).map((s) => s.answer)).toContain(answer);
  });

  it("a change is never cut inside a figure (review of 420a932): 'to 12,500 people', 'to 1.2 million people'", () => {
    expect(spans("The town fell from about 11,000 to 12,500 people in a decade.").map((s) => s.answer)).toContain("12,500");
    expect(spans("The city grew from about 40,000 to 1.2 million people in a decade.").map((s) => s.answer)).toContain("1.2 million");
  });

  it("ends in one unit stay apart, and bare small ends or years make no change", () => {
    expect(spans("Fares rose from 21 cents to 27 cents.").map((s) => s.answer)).toEqual(["21 cents", "27 cents"]);
    expect(spans("Rate each dish from 1 to 5 at the end.").map((s) => s.answer)).not.toContain("from 1 to 5");
    expect(spans("The fair ran from 2019 to 2023 in all.").map((s) => s.answer)).not.toContain("from 2019 to 2023");
  });
});

describe("a range of a count 'of them' is one answer: 'between five and seven of them'", () => {
  it("is read without a noun, typed with or without its between", () => {
    const span = spans("On a calm day, between four and nine of them sit in the bay.").find((s) => s.kind === "count");
    expect(span).toMatchObject({ answer: "between four and nine", value: null });
    expect(span?.accepted).toContain("4 to 9");
  });

  it("a bare range with neither noun nor 'of them' stays unread", () => {
    expect(spans("The score was between four and nine, they said.").map((s) => s.answer)).not.toContain("between four and nine");
  });
});

describe("a result box's half-time or full-time line gives a score", () => {
  it.each([
    ["Half-time: 1-2. Attendance: 900.", "1-2"],
    ["Full-time: 3-0.", "3-0"],
  ])("%s -> %s", (sentence, answer) => {
    expect(spans(sentence).map((s) => s.answer)).toContain(answer);
  });

  it("a figure pair after another label is no score", () => {
    expect(spans("Ages: 4-9.").map((s) => s.answer)).not.toContain("4-9");
  });
});

describe("how often, as one period in N, is one answer: 'one day in three'", () => {
  it.each([
    ["In the dry season the taps ran only one day in four, the council said.", "one day in four"],
    ["Trains ran two weeks in five during the strike.", "two weeks in five"],
  ])("%s -> %s", (sentence, answer) => {
    expect(spans(sentence).map((s) => s.answer)).toContain(answer);
  });

  it("a period and a figure of another unit are no share: '2 days in 12 hours', 'three days in Paris'", () => {
    expect(spans("The test took 2 days in 12 hours of work.").map((s) => s.answer)).not.toContain("2 days in 12");
    expect(spans("He spent three days in Paris.").map((s) => s.answer)).toEqual(["three days"]);
  });
});

describe("the count a change brings a whole to: 'bringing the town's total to 9'", () => {
  it.each([
    ["The board added three ferries, bringing the island's fleet to 11.", "11"],
    ["- Staff: six new posts, taking the bakery's workforce to 24", "24"],
  ])("%s -> %s", (sentence, answer) => {
    expect(spans(sentence).find((s) => s.answer === answer)?.kind).toBe("count");
  });

  it("a percentage or a year it is brought to is no count of this kind", () => {
    expect(spans("The merger took the bank's share to 20 percent.").map((s) => s.answer)).toEqual(["20%"]);
    expect(spans("It brought the total to 2025 by then.").map((s) => s.answer)).not.toContain("2025");
  });
});

describe("a part of a count just given: '29 attacks, 11 of them fatal'", () => {
  it.each([
    ["The ward has 48 beds, 12 of them private.", "12"],
    ["The mill employs 210 people, 64 of them women.", "64"],
  ])("%s -> %s", (sentence, answer) => {
    expect(spans(sentence).find((s) => s.answer === answer)?.kind).toBe("count");
  });

  it("with no larger whole before it, or only a year, it is no part", () => {
    expect(spans("In 2019, 40 of them left.").map((s) => s.answer)).not.toContain("40");
    expect(spans("It has 5 boats, 11 of them new.").map((s) => s.answer)).not.toContain("11");
  });
});

describe("an age range is one answer: 'every child aged 4 to 12'", () => {
  it.each([
    ["Swimming lessons are free for every child aged 5 to 10, the town said.", "5 to 10"],
    ["Women aged 45-70 are invited to the screening.", "45-70"],
  ])("%s -> %s", (sentence, answer) => {
    expect(spans(sentence).map((s) => s.answer)).toContain(answer);
  });

  it("an age and an open end is no range: 'aged 25 and over'", () => {
    expect(spans("Men aged 25 and over may apply.").map((s) => s.answer)).not.toContain("25 and over");
  });
});

describe("a weekday's date beside it: 'next Saturday, Nov. 28'", () => {
  it("is read as the day, its year the one nearest publication", () => {
    expect(spans("The two clubs meet next Friday, Nov. 27, at the town rink.").find((s) => s.kind === "date")?.answer).toBe("27 November 2026");
  });

  it("a weekday with a month and year only stays a month", () => {
    expect(spans("Friday, November 2025 was cold.").find((s) => s.kind === "date")?.answer).toBe("November 2025");
  });
});

describe("a side held to a score by another: 'were held 1-1 by Samaritaine'", () => {
  it("is a score", () => {
    expect(spans("The leaders were held 2-2 by Bellevue on Sunday.").map((s) => s.answer)).toContain("2-2");
  });

  it("held by no named side is no score", () => {
    expect(spans("Prices were held 2-3 by the board.").map((s) => s.answer)).not.toContain("2-3");
  });
});
