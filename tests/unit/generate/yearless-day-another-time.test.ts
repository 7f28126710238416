import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { garbledQuestion } from "@/lib/generate/garbled-question";

// Lane year26. A strict read of fresh text keyed "12 October 2026" for a frost date the article gave for 1971-1979:
// a day written without a year took the article's year in a sentence about another time, a wrong answer.
const at = new Date("2026-11-13T00:00:00Z");
const days = (sentence: string) => findValueSpans(sentence, at).filter((s) => s.kind === "date" && s.unit === "day").map((s) => s.answer);
const article = (body: string): ArticleInput => ({ slug: "orchard", title: "Orchards count the cost of frost", source: "Test Wire", publishedAt: at, body });

describe("a day without a year in a sentence about another time keeps no year", () => {
  it("a span of years, a decade or another year in the sentence: the day as written", () => {
    expect(days("From 1981 to 1990 the average last frost in the hills fell on 18 April.")).toEqual(["18 April"]);
    expect(days("In the 1990s the swallows usually left on 2 September.")).toEqual(["2 September"]);
    // (Near misses for the count test: a year span before an article or a verb is still a span.)
    expect(days("Between 1971 and 1979 the first frost came on 12 October.")).toEqual(["12 October"]);
    expect(days("The cellar, flooded in 1998 and rebuilt, reopened on 2 November.")).toEqual(["2 November 2026"]);
    expect(days("The cellar flooded in 1998 on 2 November.")).toEqual(["2 November"]);
    expect(days("The orchard's first apples were picked on Aug. 14 in the dry summer of 2018.")).toEqual(["August 14"]);
    expect(days("In 2019, the cellar flooded on 2 November.")).toEqual(["2 November"]);
  });

  it("a day that comes back, or a figure over many years: 'each year', 'on average', 'the median date'", () => {
    expect(days("Each year the cider fair opens on 21 September.")).toEqual(["21 September"]);
    expect(days("On average the pear blossom opens on 9 April.")).toEqual(["9 April"]);
    expect(days("The median date of the first snow is 30 November.")).toEqual(["30 November"]);
  });

  it("the key and every option of such a day carry no year", () => {
    const items = generateItems([article("Orchards in the Brenn valley lost a third of their blossom this spring.\n\nBetween 1961 and 1970 the average first autumn frost came on 7 October, the growers' union said.")]);
    const asked = items.filter((i) => i.kind === "date" && /7 October/.test(i.answer));
    expect(asked.length).toBeGreaterThan(0);
    for (const item of asked) {
      expect(item.answer).toBe("7 October");
      if (item.type === "choice") for (const c of item.choices) expect(c).not.toMatch(/\d{4}/);
    }
  });
});

describe("a day without a year about the article's own time still takes a year (near misses)", () => {
  it("a plan or an event with no other time named: the nearest fitting year", () => {
    expect(days("The packing shed opens on 3 March.")).toEqual(["3 March 2027"]);
    expect(days("The frost struck the orchards on 2 November.")).toEqual(["2 November 2026"]);
    // ("2,000 crates" is a count, not a year.)
    expect(days("The shed will ship 2,000 crates on 3 March.")).toEqual(["3 March 2027"]);
    // Review 30 finding 6: a four-digit count with its plural noun is no year either.
    expect(days("Between 1500 and 2000 visitors are expected at the fair on 9 September.")).toEqual(["9 September 2026"]);
    expect(days("The mill ships 1800 crates on 3 March.")).toEqual(["3 March 2027"]);
    expect(days("The mill shipped 1800 tonnes of pears on 2 November.")).toEqual(["2 November 2026"]);
  });

  it("a year elsewhere that is not the day's time: 'since', a later year, a dateline, another stretch, 'an average rise'", () => {
    expect(days("The cooperative will pay a bonus for the first time since 2017, worth a tenth of its profit, on Dec. 4.")).toEqual(["4 December 2026"]);
    expect(days("The council passed the 2027 orchard plan on Nov. 3 without a vote.")).toEqual(["3 November 2026"]);
    expect(days("The growers will set out their plan to 2040 at a meeting in Brenn on Jan. 20.")).toEqual(["20 January 2027"]);
    expect(days("BRENN, 13 November 2026 - The union approved new rules that take effect from Feb. 2.")).toContain("2 February 2027");
    expect(days("The grower, whose pears won a medal in 1988, died on Nov. 2 at his farm.")).toEqual(["2 November 2026"]);
    expect(days("The board, at its meeting of 10 November, approved an average rise of 4% in picking wages.")).toEqual(["10 November 2026"]);
    expect(days("The survey, published on Nov. 4, puts the yearly loss to frost at 9%.")).toEqual(["4 November 2026"]);
  });

  it("'two years after it closed in 2024' counts the day's year from the year it names", () => {
    expect(days("The line was first opened on 9 May, three years before the floods of 2021.")).toEqual(["9 May 2018"]);
  });

  it("review 30 finding 1: the count stays in its clause and yields to the tense", () => {
    // The mill's opening year is in a relative clause after a comma: no year is counted from it.
    expect(days("The mill was shut on 3 March, two years after the council voted to close the mill, which had opened in 1950.")).toEqual(["3 March 2026"]);
    expect(days("The mill was shut on 3 March, two years after the council that opened the mill in 1950 voted to close it.")).toEqual(["3 March 2026"]);
    // A present-tense schedule is not a day already past: "two years" is rounded, and the year next to it yields.
    expect(days("The cannery reopens on 3 March, two years after it closed in 2024.")).toEqual(["3 March 2027"]);
    // A far counted year on the wrong side of publication for the tense: the day keeps no year.
    expect(days("The cannery will reopen on 3 March, two years after it closed in 1990.")).toEqual(["3 March"]);
    // Near misses: a far year on the tense's side still counts.
    expect(days("The founder died on 3 March, two years after the mill closed in 1990.")).toEqual(["3 March 1992"]);
    expect(days("The founder died on 3 March, twenty years after he opened the mill in 1990.")).toEqual(["3 March 2010"]);
  });

  it("a range's end or 'last year' still says the year", () => {
    expect(days("The harvest ran from 12 June to September 14, 2025.")).toEqual(["12 June 2025", "September 14, 2025"]);
    expect(days("The cellar flooded on 2 November last year.")).toEqual(["2 November 2025"]);
  });
});

describe("a question whose subject opens with a subordinator is withdrawn", () => {
  it("when, if, although, between: a clause or a lead phrase is no subject", () => {
    expect(garbledQuestion("How many jobs does when a packing plant promise to a village of 800?")).not.toBeNull();
    expect(garbledQuestion("How many ladders did if a grower buys?")).not.toBeNull();
    expect(garbledQuestion("How many pickers did although the estate hire?")).not.toBeNull();
    expect(garbledQuestion("On what date did between 1961 and 1970 the first frost come?")).not.toBeNull();
  });

  it("a subject that only starts like one reads: 'after-school clubs', 'as well as', 'Whenua'", () => {
    expect(garbledQuestion("How many pupils did after-school clubs enrol in 2025?")).toBeNull();
    expect(garbledQuestion("How many hives did Whenua Honey move to the valley?")).toBeNull();
    expect(garbledQuestion("How many points did AS Orven have after round 9?")).toBeNull();
    expect(garbledQuestion("How much is as much as a grower earns in a year?")).toBeNull();
  });

  it("review 30 finding 7: after a copula, 'once', 'between', 'until' read; a clause opener does not", () => {
    expect(garbledQuestion("Which mill was once the valley's largest employer?")).toBeNull();
    expect(garbledQuestion("How many of the pickers were between 18 and 25?")).toBeNull();
    expect(garbledQuestion("Who was until 2024 the chief executive of Kesso?")).toBeNull();
    expect(garbledQuestion("How many jobs were during the harvest on offer?")).toBeNull();
    expect(garbledQuestion("How many jobs is when a mill opens in a town?")).not.toBeNull();
    expect(garbledQuestion("How many pickers were if the estate hired them?")).not.toBeNull();
  });

  it("the sentence still makes a cloze; the question is not asked", () => {
    const items = generateItems([article("Orchards in the Brenn valley lost a third of their blossom this spring.\n\nWhen a juice maker promises 450 jobs to a village of 2,000, the mayor signs.")]);
    const jobs = items.filter((i) => i.answer === "450");
    expect(jobs.some((i) => i.type === "cloze")).toBe(true);
    for (const i of jobs) expect(i.prompt).not.toMatch(/\b(?:does|did|do) when\b/i);
  });
});
