import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import type { ArticleInput } from "@/lib/content/parse-article";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Lane wrong59. Published 26 November 2026, the nearest 3 April is in 2027: a day after a perfect ("had been received
// on 3 April") was read as untensed (pastReading returned null after any auxiliary), so it took the next year's, a day
// the article never spoke of. A perfect tells of a day already past; futures and plans keep the day ahead.
const at = new Date("2026-11-26T00:00:00Z");
const days = (sentence: string) => findValueSpans(sentence, at).filter((s) => s.kind === "date" && s.unit === "day").map((s) => s.answer);

describe("a perfect before a day without a year puts the day before publication", () => {
  it("past perfect, present perfect and 'having', passive or active", () => {
    expect(days("The permit request had been lodged on 3 April and was debated at a hearing in Kenhardt on 8 September.")).toEqual(["3 April 2026", "8 September 2026"]);
    expect(days("The objection had been filed on 3 April.")).toEqual(["3 April 2026"]);
    expect(days("The objection has been filed on 3 April.")).toEqual(["3 April 2026"]);
    expect(days("The town council had approved on 3 April.")).toEqual(["3 April 2026"]);
    expect(days("The bakery had shut on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("Both unions have signed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("Having been lodged on 3 April, the request waited months for a hearing.")).toEqual(["3 April 2026"]);
  });

  it("near misses: a future, a plan or a present keep the day ahead", () => {
    expect(days("The objection will be filed on 3 April.")).toEqual(["3 April 2027"]);
    expect(days("The objection is due on 3 April.")).toEqual(["3 April 2027"]);
    expect(days("The objection will have been filed on 3 April.")).toEqual(["3 April 2027"]);
    // (A past perfect of a plan does not tell whether the day has come: no year; see below.)
    expect(days("The hearing had been scheduled on 4 March.")).toEqual(["4 March"]);
    expect(days("The bakery is closed on 4 March.")).toEqual(["4 March 2027"]);
    // (A present perfect with an object between may name the day of what is yet to come: as before, the nearest.)
    expect(days("The union has called a strike on 4 March.")).toEqual(["4 March 2027"]);
  });

  // Review 34d finding 2: the perfect of a verb of calling or arranging, or one governing a to-infinitive, dates the
  // calling, not the day named, which may be the event's, still ahead.
  it("a present perfect of calling or arranging keeps the nearest day, as an untensed day", () => {
    expect(days("A general strike has been called on 4 March.")).toEqual(["4 March 2027"]);
    expect(days("A town hall meeting has been organised on 3 April.")).toEqual(["3 April 2027"]);
    expect(days("Fresh elections have been called on 4 March.")).toEqual(["4 March 2027"]);
    expect(days("A public holiday has been declared on 4 March.")).toEqual(["4 March 2027"]);
    expect(days("The two unions have agreed to meet on 3 April.")).toEqual(["3 April 2027"]);
  });

  it("a past perfect governing a to-infinitive, or of calling or arranging, gives the day no year when it may lie ahead", () => {
    expect(days("Miners said they had been told to return on 4 January.")).toEqual(["4 January"]);
    expect(days("Nurses had been asked to report on 4 January.")).toEqual(["4 January"]);
    expect(days("Mediators said the two sides had agreed to meet on 3 April.")).toEqual(["3 April"]);
    expect(days("He said the smelter had been due to restart on 4 January.")).toEqual(["4 January"]);
    expect(days("A referendum had been called on 4 March.")).toEqual(["4 March"]);
    // (A day already past by the nearest reading keeps its year: 20 November, published 26 November.)
    expect(days("Mediators said the two sides had agreed to meet on 20 November.")).toEqual(["20 November 2026"]);
  });

  it("near misses: the participle's own event on the day stays past", () => {
    expect(days("The dockers had been told on 4 January that the port would close.")).toEqual(["4 January 2026"]);
    expect(days("The plant had been shut down on 3 April.")).toEqual(["3 April 2026"]);
    expect(days("He had been named on 3 April.")).toEqual(["3 April 2026"]);
    expect(days("The smelter had been shut on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("The lease had been signed on 3 April.")).toEqual(["3 April 2026"]);
  });

  it("through generateItems, no item keys the perfect's day in the next year", () => {
    const article: ArticleInput = {
      slug: "t", title: "Regulator approves solar park licence", source: "Test", publishedAt: at,
      body: "The regulator approved a licence for a 90 MW solar park near Kenhardt on Wednesday.\n\nThe permit request had been lodged on 3 April and was debated at a public hearing in Kenhardt on 8 September, attended by about 140 people.\n\nConstruction will begin on 3 April, the developer said.",
    };
    const items = generateItems([article]);
    const lodged = items.filter((i) => /lodged/.test(i.prompt) && /April/.test(i.answer));
    const begins = items.filter((i) => /begin/.test(i.prompt) && /April/.test(i.answer));
    expect(lodged.length).toBeGreaterThan(0);
    for (const i of lodged) expect(i.answer).toBe("3 April 2026");
    // ("will begin on 3 April" is the next year's.)
    for (const i of begins) expect(i.answer).toBe("3 April 2027");
  });
});

// Review 35b finding 5: words between the participle and "on" may own the day, an event still ahead ("invited to
// Beijing on", "adjourned until a hearing on", "voted for a strike on"); a past perfect then gives no year when the
// nearest day lies ahead. Finding 7: the same holds, conservatively, for "taken to hospital on" and "named captain on"
// (no year, never the next year's).
describe("review 35b findings 5 and 7: a past perfect dates the day only when the participle stands right before 'on'", () => {
  it("the reviewer's sentences: no year", () => {
    expect(days("The envoy said she had been invited to Beijing on 4 March.")).toEqual(["4 March"]);
    expect(days("The case had been adjourned until a hearing on 4 March.")).toEqual(["4 March"]);
    expect(days("The union said members had voted for a strike on 4 March.")).toEqual(["4 March"]);
    expect(days("Police said the man had been taken to hospital on 3 April.")).toEqual(["3 April"]);
    expect(days("He had been named captain on 3 April.")).toEqual(["3 April"]);
    expect(days("The court had ordered his release on 3 April.")).toEqual(["3 April"]);
    expect(days("The firm said its shares had been admitted to trading on 4 March.")).toEqual(["4 March"]);
  });

  it("near misses: the participle right before 'on', or its particle, stays past", () => {
    expect(days("The club said the player had been cleared on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("The court had ruled on 3 April.")).toEqual(["3 April 2026"]);
    expect(days("The talks had broken down on 3 April.")).toEqual(["3 April 2026"]);
    expect(days("A strike has been called on 4 March.")).toEqual(["4 March 2027"]);
  });
});
