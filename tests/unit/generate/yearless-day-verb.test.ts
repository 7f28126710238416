import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Lane past32. Published 26 November 2026: a "will" anywhere before a day without a year moved a past day a year on,
// and the nearest 4 March is in 2027, so a day after a bare "-ed" verb ("closed", "registered") took next year's whether
// the verb told of the past or named a day ahead as a participle.
const at = new Date("2026-11-26T00:00:00Z");
const days = (sentence: string) => findValueSpans(sentence, at).filter((s) => s.kind === "date" && s.unit === "day").map((s) => s.answer);

describe("a bare '-ed' verb before a day without a year", () => {
  it("a finite past (the verb right after its clause's subject) keeps the day before publication", () => {
    expect(days("The mine closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("The mine closed on 4 March and will reopen on 2 August 2027.")).toEqual(["4 March 2026", "2 August 2027"]);
    expect(days("Officials said the mine closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("Officials said that the mine closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("The mine that closed on 4 March employs 300 people.")).toEqual(["4 March 2026"]);
    expect(days("The mine, which employs 300 people, closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("After the flood, the mine closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("The mine, which employs 300 people, closed on 4 March, the company said.")).toEqual(["4 March 2026"]);
    expect(days("Staff and contractors registered on 18 March.")).toEqual(["18 March 2026"]);
  });

  it("a participle inside a larger clause names a day ahead: the nearest", () => {
    expect(days("The dividend goes to shareholders registered on 18 March.")).toEqual(["18 March 2027"]);
    expect(days("Shareholders registered on 18 March will receive the dividend.")).toEqual(["18 March 2027"]);
    expect(days("Registered on 18 March, the shares will trade in April.")).toEqual(["18 March 2027"]);
    expect(days("The shares, registered on 18 March, will trade in April.")).toEqual(["18 March 2027"]);
    expect(days("Holders of that stock registered on 18 March will receive the dividend.")).toEqual(["18 March 2027"]);
    expect(days("The board declared a dividend, payable on 15 April to shareholders registered on 18 March.")).toEqual(["15 April 2027", "18 March 2027"]);
  });

  it("where the sentence does not tell the two apart and they give different years, the day keeps no year", () => {
    expect(days("Boats reopened on 12 April sail daily.")).toEqual(["12 April"]);
    // ("and" may join two clauses or two nouns: "Prices rose and the mine closed", "goes to staff and contractors registered".)
    expect(days("Prices rose and the mine closed on 4 March.")).toEqual(["4 March"]);
  });

  it("near misses: a day both readings put in one year, and the other verbs, are as before", () => {
    expect(days("The mine closed on 4 October.")).toEqual(["4 October 2026"]);
    expect(days("Boats reopened on 12 October sail daily.")).toEqual(["12 October 2026"]);
    expect(days("The mine began on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("The mine was closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("The hearing was scheduled on 4 March.")).toEqual(["4 March 2027"]);
    expect(days("The mine is closed on 4 March.")).toEqual(["4 March 2027"]);
  });
});

describe("'will' and 'shall' are read in the day's own clause", () => {
  it("a 'will' of another clause does not move a past day a year on", () => {
    expect(days("Residents, who say it will reopen, were told it shut on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("Residents who say it will reopen were told it shut on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("The ministry will say whether the mine began work on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("Residents who say it will reopen were told it closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("The ministry will say whether the mine closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(days("Shareholders, who shall vote in May, bought shares on 14 September.")).toEqual(["14 September 2026"]);
  });

  it("near misses: the day's own 'will' or 'shall' still speaks of what is to come", () => {
    expect(days("The final will be played at Wembley on May 23.")).toEqual(["23 May 2027"]);
    expect(days("The final will be played at Wembley on 3 October.")).toEqual(["3 October 2027"]);
    expect(days("The board shall meet again on 3 October.")).toEqual(["3 October 2027"]);
    expect(days("Residents were told the plant will not reopen on 3 October.")).toEqual(["3 October 2027"]);
    expect(days("The pier is set to reopen on 3 October.")).toEqual(["3 October 2027"]);
  });
});

describe("a modal is a modal only as written in lower case", () => {
  // The month "May" and the name "Will" were read as modals (modalClause lower-cased every word): a past day a year on.
  it("near misses: 'in May and again on', 'Will Jones scored on' keep the past", () => {
    expect(days("Sales fell in May and again on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("Will Jones scored on 3 October.")).toEqual(["3 October 2026"]);
  });

  it("the modal itself still speaks of what is to come", () => {
    expect(days("The works may begin on 3 October.")).toEqual(["3 October 2027"]);
  });
});

// Review 31 finding 7: the future's words and MODAL were two lists, and a modal was read in a four-word window with no
// look at the verbs between ("Fans who may travel bought tickets on"); one reader takes both now (lane past32).
describe("a modal is read as 'will' is: its own verb group, in the day's clause", () => {
  it("a modal whose verb is not the day's does not move a past day a year on", () => {
    expect(days("Fans who may travel bought tickets on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("Exports can swing widely and fell on 14 September.")).toEqual(["14 September 2026"]);
  });

  it("near misses: a modal governing the day's verb, however far before it, speaks of what is to come", () => {
    expect(days("Bids must reach the tender office in Oslo by 20 June.")).toEqual(["20 June 2027"]);
    expect(days("The ferry is to resume its winter timetable on 2 May.")).toEqual(["2 May 2027"]);
    expect(days("The plant must have shut on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("The plant could reopen on 3 October.")).toEqual(["3 October 2026"]);
  });
});
