import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// "N to M <counted noun>" in digits: one count range, asked whole. Sentences written for this test.
const spans = (sentence: string) => findValueSpans(sentence, new Date(Date.UTC(2026, 10, 20)));
const answers = (sentence: string) => spans(sentence).map((s) => s.answer);

describe("a count range written 'N to M' is one answer", () => {
  it("keeps the range with what it counts, a people's adjective included", () => {
    const [range] = spans("Some 8,000 to 10,000 Bhutanese trucks cross the border each month.");
    expect(range?.answer).toBe("8,000 to 10,000");
    expect(range?.noun).toBe("Bhutanese trucks");
    expect(range?.unit).toBe("count range:trucks");
    expect(range?.accepted).toContain("8,000-10,000");
  });
  it("reads a range after a verb and with a modifier, and no end alone", () => {
    expect(answers("The reserve employs 6 to 9 wardens in summer.")).toEqual(["6 to 9"]);
    expect(answers("Cleaner air prevented 20 to 25 premature deaths a year in the city.")).toEqual(["20 to 25"]);
  });
  it("a duration range in grouped digits is one duration", () => {
    expect(answers("Working a vineyard takes 1,200 to 1,600 hours of labour per hectare a year.")).toEqual(["1,200 to 1,600 hours"]);
  });
});

describe("near misses keep their own readings", () => {
  it("a change from .. to is no range", () => {
    expect(answers("Direct flights will increase from 21 to 35 flights a week.")).not.toContain("21 to 35");
  });
  it("labels, measures, votes, ages and multiples are not counted ranges", () => {
    expect(answers("Chapters 1 to 3 cover questions of law.")).toEqual([]);
    expect(answers("The nodules lie at depths of 5,000 to 6,000 metres.")).toEqual(["5,000 to 6,000 metres"]);
    expect(answers("Councillors voted 41 to 24 in favour.")).toEqual(["41 to 24"]);
    expect(spans("Children aged 5 to 14 account for most cases.")[0]?.unit).toBe("age range");
    expect(answers("The fleet grew 10 to 20 times.")).not.toContain("10 to 20");
  });
  it("a falling pair and a year are no range", () => {
    expect(answers("The board cut 40 to 35 members this year.")).not.toContain("40 to 35");
    expect(answers("From 2020 to 2025 farmers planted trees.")).not.toContain("2020 to 2025");
  });
});

describe("a change or a tally written 'N to M' is no range (review of recall67)", () => {
  it("a change verb before the pair: the first figure was, the second is", () => {
    expect(answers("Weekly services rose 20 to 28 flights.")).toEqual([]);
    expect(answers("Cases grew 20 to 25 cases in the district.")).toEqual([]);
    expect(answers("The company shed 400 to 900 jobs.")).toEqual([]);
  });
  it("'go' in any form before the pair is a move", () => {
    expect(answers("Flights went 20 to 28 flights a week.")).toEqual([]);
    expect(answers("Services have gone 12 to 16 trains a day.")).toEqual([]);
  });
  it("a tally verb before the pair is a vote or a match, neither side asked", () => {
    expect(answers("The motion failed 48 to 52 votes.")).toEqual([]);
    expect(answers("The bill passed 39 to 61 senators.")).toEqual([]);
    expect(answers("The amendment was carried 40 to 45 delegates.")).toEqual([]);
    expect(answers("The side won 3 to 4 matches.")).toEqual([]);
  });
  it("votes, ballots, seats and a score's heads are counted by a tally", () => {
    expect(answers("Labour took 30 to 40 seats.")).toEqual([]);
    expect(answers("Observers counted 300 to 400 ballots.")).toEqual([]);
    expect(answers("The striker managed 10 to 12 goals.")).toEqual([]);
  });
  it("'up' or 'down' before the pair is a change written without its verb (review of recall71)", () => {
    expect(answers("Weekly services to Akita were up 20 to 28 flights on the year, the airport said.")).toEqual([]);
    expect(answers("Weekly services were down 20 to 28 flights on the year.")).toEqual([]);
    expect(answers("Weekly flights, up 20 to 28 flights, resumed.")).toEqual([]);
    expect(answers("The number of flights is expected to be up 20 to 28 flights.")).toEqual([]);
    // (near miss: no change word in the clause; the range stays)
    expect(answers("The airline now operates 20 to 28 flights a week.")).toContain("20 to 28");
  });
  it("a change verb in an earlier clause leaves the range its own", () => {
    expect(answers("Exports rose last year, and 20 to 30 firms now sell abroad.")).toContain("20 to 30");
  });
});

// "count between", "count to range" and "change with one unit" share one integer, one counted noun and one list of
// heads that count no things (tidy87): each keeps its own reading.
describe("the count rules' shared parts", () => {
  it("'between N and M' counts people and plurals, in digits or words", () => {
    expect(answers("The new mill would employ between 1,200 and 1,500 people.")).toEqual(["between 1,200 and 1,500"]);
    expect(answers("The trust hopes to release between five and seven beavers next spring.")).toEqual(["between five and seven"]);
    expect(answers("The range of 372 to 509 was wide.")).toEqual(["372 to 509"]);
  });
  it("no count rule counts nights, times, points or years", () => {
    expect(answers("Guests stay between three and five nights at the lodge.")).not.toContain("between three and five");
    expect(answers("Guests stay 3 to 5 nights at the lodge.")).not.toContain("3 to 5");
    expect(answers("Prices rose between 10 and 20 times over the decade.")).not.toContain("between 10 and 20");
    expect(answers("The queue has shrunk from 90 families to 35.")).toContain("from 90 families to 35");
    expect(answers("The stay grew from 3 nights to 5 last winter.")).not.toContain("from 3 nights to 5");
  });
  it("a verb's -ing word before the noun is no counted phrase; an adjective is", () => {
    expect(answers("The plant cut between 6 and 9 rising costs.")).not.toContain("between 6 and 9");
    expect(answers("Cleaner air prevented 20 to 25 premature deaths a year in the city.")).toEqual(["20 to 25"]);
  });
});
