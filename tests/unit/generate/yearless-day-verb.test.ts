import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Lane past32. Published 26 November 2026: a "will" anywhere before a day without a year moved a past day a year on.
const at = new Date("2026-11-26T00:00:00Z");
const days = (sentence: string) => findValueSpans(sentence, at).filter((s) => s.kind === "date" && s.unit === "day").map((s) => s.answer);

describe("'will' and 'shall' are read in the day's own clause", () => {
  it("a 'will' of another clause does not move a past day a year on", () => {
    expect(days("Residents, who say it will reopen, were told it shut on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("Residents who say it will reopen were told it shut on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("The ministry will say whether the mine began work on 3 October.")).toEqual(["3 October 2026"]);
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
