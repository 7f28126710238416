import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Lane mend70. A strict read of fresh text keyed "8 June 2026" for a median birth date the article gave over 1985-2025
// ("Over that period the median birth date ... moved, from 8 June to 6 June"): a yearless day that stands for many
// years, or that lies in a sentence set in a period named before, has no year of the article's.
const at = new Date("2026-11-12T00:00:00Z");
const days = (sentence: string) => findValueSpans(sentence, at).filter((s) => s.kind === "date" && s.unit === "day").map((s) => s.answer);
const article = (body: string): ArticleInput => ({ slug: "births", title: "Birthdays drift little", source: "Test Wire", publishedAt: at, body });

describe("a day that stands for many years, or in a period named before, keeps no year", () => {
  it("a median, average, typical or usual date anywhere in the sentence", () => {
    expect(days("Across the decades the typical birth date of babies hardly shifted, from 12 July to 10 July.")).toEqual(["12 July", "10 July"]);
    expect(days("The usual sowing day in the valley moved, from 3 April to 29 March.")).toEqual(["3 April", "29 March"]);
    expect(days("The mean hatching date of the chicks, once 4 May, is now 28 April.")).toEqual(["4 May", "28 April"]);
  });

  it("a sentence set in a period an earlier sentence named: 'over that period', 'across that span', 'in those years'", () => {
    expect(days("Over that period the first swallows arrived earlier, from 20 April to 11 April.")).toEqual(["20 April", "11 April"]);
    expect(days("Across that span the harvest began on 2 September.")).toEqual(["2 September"]);
    expect(days("In those years the river froze on 14 December.")).toEqual(["14 December"]);
  });

  it("the key and every option of such a day carry no year", () => {
    const items = generateItems([article("The hospital group compared the records of children born from 1980 to 2020.\n\nAcross that span the typical birth date of babies hardly shifted, from 12 July to 10 July.")]);
    const asked = items.filter((i) => i.kind === "date");
    expect(asked.length).toBeGreaterThan(0);
    for (const item of asked) {
      expect(item.answer).not.toMatch(/\d{4}/);
      if (item.type === "choice") for (const c of item.choices) expect(c).not.toMatch(/\d{4}/);
    }
  });
});

describe("a day of the article's own time still takes a year (near misses)", () => {
  it("no average day, no period named before", () => {
    expect(days("The clinic opened its new maternity ward on 2 November.")).toEqual(["2 November 2026"]);
    // ("the day" alone, or a typical thing that is no day, is no average day.)
    expect(days("The typical patient waited 12 minutes on 2 November.")).toEqual(["2 November 2026"]);
    // ("this year" is the article's year, not a period.)
    expect(days("The ward closed on 2 November this year.")).toEqual(["2 November 2026"]);
  });
});
