import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Lane wrong38. A statement published in late November about next season gave a day written without a year the
// publication year ("12 April 2026") while the dated day beside it carried 2027: a wrong answer.
const at = new Date("2026-11-26T00:00:00Z");
const days = (sentence: string) => findValueSpans(sentence, at).filter((s) => s.kind === "date" && s.unit === "day").map((s) => s.answer);

describe("a day without a year beside a dated day in the same sentence", () => {
  it("a start and an end read as one period share the end's year", () => {
    expect(days("Planting may start on 3 May and must be over by 30 September 2027.")).toEqual(["3 May 2027", "30 September 2027"]);
    expect(days("The ferry runs from 14 April to 2 October 2027.")).toEqual(["14 April 2027", "2 October 2027"]);
    expect(days("The trial opened on 8 June and closed on 20 September 2026.")).toEqual(["8 June 2026", "20 September 2026"]);
  });

  it("a start later in the calendar than its end takes the year before; an end earlier than its start the year after", () => {
    expect(days("Entries open on 1 December and close on 15 January 2027.")).toEqual(["1 December 2026", "15 January 2027"]);
    expect(days("The market ran from 28 December 2026 until 3 January.")).toEqual(["28 December 2026", "3 January 2027"]);
    expect(days("The pool opened on 5 May 2026 and will shut on 10 February.")).toEqual(["5 May 2026", "10 February 2027"]);
  });

  it("a dated day of another year that is no pair leaves the day without a year (precision first)", () => {
    expect(days("The act, passed on 3 March 2019, takes effect on 1 July.")).toEqual(["3 March 2019", "1 July"]);
  });

  it("near misses: a dated day of the day's own year, or none, changes nothing", () => {
    expect(days("The board met on 2 November 2026 and voted on 12 November.")).toEqual(["2 November 2026", "12 November 2026"]);
    expect(days("The pier will reopen on 12 April.")).toEqual(["12 April 2027"]);
    expect(days("The pier reopened on 12 September.")).toEqual(["12 September 2026"]);
  });

  // Review 31 finding 2: "and/but ... on" joined two separate events, and the later event's year overrode the past tense.
  it("near misses: two events are no period, and a past day never takes a year after publication", () => {
    for (const [sentence, wrong] of [
      ["The mine was closed on 4 March and will reopen on 2 August 2027.", "4 March 2027"],
      ["Fares rose on 1 March but will fall on 1 July 2027.", "1 March 2027"],
      ["The strike began on 4 March and will end on 2 August 2027.", "4 March 2027"],
    ] as const) {
      const found = days(sentence);
      expect(found).not.toContain(wrong);
      expect(found).toHaveLength(2);
    }
  });
});

// Review 31 finding 7: RANGE_END (month by month) and siblingYear (day by day) both gave a range's start its end's
// year, with different rules for a start and end in one month; siblingYear alone reads them now (lane past32).
describe("one reader gives a range's start its end's year", () => {
  it("'on ... and', 'from ... until', '–' keep their end's year", () => {
    expect(days("Sailings run on June 12 and September 14, 2027.")).toEqual(["12 June 2027", "September 14, 2027"]);
    expect(days("The ferry runs from 14 April until 2 October 2027.")).toEqual(["14 April 2027", "2 October 2027"]);
    expect(days("The ferry runs from 20 December – 8 January 2027.")).toEqual(["20 December 2026", "8 January 2027"]);
  });

  it("a start later in its end's month than the end is of the year before, as a start later in the calendar is", () => {
    expect(days("The trial runs from 20 March to 5 March 2028.")).toEqual(["20 March 2027", "5 March 2028"]);
  });

  it("near misses: a start before its end in one month shares its year", () => {
    expect(days("The trial runs from 5 March to 20 March 2028.")).toEqual(["5 March 2028", "20 March 2028"]);
  });
});

describe("a modal speaks of what is to come", () => {
  it("'may begin on', 'must finish by' in late November: a spring or summer day is next year", () => {
    expect(days("Harvesting may begin on 12 June.")).toEqual(["12 June 2027"]);
    expect(days("Bids must reach the office by 20 June.")).toEqual(["20 June 2027"]);
  });

  it("near misses: a past tense keeps the past", () => {
    expect(days("Harvesting began on 12 June.")).toEqual(["12 June 2026"]);
    expect(days("The bids were opened on 20 June.")).toEqual(["20 June 2026"]);
  });

  // Review 31 finding 1: a modal anywhere before the day, even inside "must-win" or a relative clause, moved a past day
  // a year on.
  it("near misses: a modal outside the day's clause, or in a compound, is not the day's verb", () => {
    expect(days("Atlas won the must-win derby on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("Residents, who say the water may be unsafe, were told the plant shut on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("Exports, which can swing widely, fell on 14 September.")).toEqual(["14 September 2026"]);
    expect(days("The plant must have shut on 3 October.")).toEqual(["3 October 2026"]);
  });

  it("a modal in the day's clause still speaks of what is to come", () => {
    expect(days("The council says the works may not begin on 12 June.")).toEqual(["12 June 2027"]);
    expect(days("The ferry is to resume on 2 May.")).toEqual(["2 May 2027"]);
  });
});

describe("the options of a day of another year are of its year", () => {
  it("a 2027 key among an article's 2026 days is offered 2027 days only", () => {
    const article: ArticleInput = {
      slug: "ferry", title: "Island ferry sets next year's timetable", source: "Test Wire", publishedAt: at,
      body: "The ferry company published on 24 November 2026 its timetable for next year, after a meeting of its board on 17 November 2026.\n\nThe summer service may begin on 14 May and must end by 27 September 2027, the company said.\n\nIts ticket office will close on 22 December 2026 for the holidays.",
    };
    const all = generateItems([article]);
    expect(all.some((i) => i.answer === "14 May 2026")).toBe(false);
    const items = all.filter((i) => i.kind === "date" && /2027$/.test(i.answer));
    expect(items.some((i) => i.answer === "14 May 2027")).toBe(true);
    for (const item of items) if (item.type === "choice") for (const c of item.choices) expect(c).toMatch(/2027$/);
  });
});
