import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { readingOfPair } from "@/lib/generate/figure-pair";

// One list of a match's result verbs serves the tally rule, figure-pair's score reading and the score rule (tidy87).
// Sentences written for this test.
const spans = (sentence: string) => findValueSpans(sentence, new Date(Date.UTC(2026, 10, 20)));
const answers = (sentence: string) => spans(sentence).map((s) => s.answer);

describe("one list of result verbs", () => {
  it("the tally rule reads the side-beaten verbs too: a count after them is no range", () => {
    expect(answers("The crew fed 20 to 28 guests.")).toEqual(["20 to 28"]);
    expect(answers("The crew thrashed 20 to 28 guests.")).toEqual([]);
    expect(answers("The crew edged 20 to 28 guests.")).toEqual([]);
  });
  it("the score rule reads the forms it read before and the third-person ones", () => {
    expect(answers("Arsenal won 2-0 against Chelsea on Saturday.")).toEqual(["2-0"]);
    expect(answers("The Hawks trailed 63-58 at half-time.")).toEqual(["63-58"]);
    expect(answers("Arsenal beat Olympiacos 88-81 on Friday.")).toEqual(["88-81"]);
    expect(answers("Arsenal leads 3-1 after the first leg.")).toEqual(["3-1"]);
  });
  it("a range after no result verb stays a range", () => {
    expect(answers("The fund beat forecasts for the 20-25 age group.")).not.toContain("20-25");
    expect(answers("Councillors voted 41 to 24 in favour.")).toEqual(["41 to 24"]);
  });
  it("figure-pair reads no score after a noun 'trail', 'lead' or an '-ing' form", () => {
    const reading = (sentence: string, pair: string) => {
      const start = sentence.indexOf(pair);
      return readingOfPair(sentence, start, start + pair.length)?.kind;
    };
    expect(reading("The trail is 12-15 km long and climbs 400-600 metres.", "12-15")).toBe("range");
    expect(reading("The trail is 12-15 km long and climbs 400-600 metres.", "400-600")).toBe("range");
    expect(reading("The coastal trail runs 5-8 km along the cliffs.", "5-8")).toBe("range");
    expect(reading("Lead times for new turbines are now 6-9 weeks.", "6-9")).toBe("range");
    // (the result verbs it read before still make a score)
    expect(reading("Arsenal won 3-4 on Saturday.", "3-4")).toBe("score");
    expect(reading("The Hawks trailed 24-27 at half-time.", "24-27")).toBe("score");
    expect(reading("Arsenal leads 1-2 in the tie.", "1-2")).toBe("score");
  });
  it("the score rule reads no score after 'were drawn'", () => {
    expect(answers("Lottery numbers were drawn 1-49, and the jackpot rolled over.")).not.toContain("1-49");
    expect(answers("Rovers drew 1-1 with Leeds on Saturday.")).toEqual(["1-1"]);
  });
});
