import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Lane sport9: the weakest genres on fresh text (sports reports, science news). Every sentence here is invented.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const values = (sentence: string) => findValueSpans(sentence, PUBLISHED).map((s) => s.answer);
const article = (body: string): ArticleInput => ({ slug: "sport9-test", title: "Seals return to the northern islands, survey finds", source: "Test Science", publishedAt: PUBLISHED, body });

describe("months with no year are a season, one answer: 'from March to August', 'between December and February'", () => {
  it.each([
    ["Nets are banned from March to August, when most calves are born.", "from March to August"],
    ["The worst floods come in the wet season, from June to October.", "from June to October"],
    ["The baits were laid before lambing, between December and February.", "between December and February"],
    ["From May until September the trail stays shut.", "from May until September"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("two months side by side, and months with a day or a year, are not a season", () => {
    expect(values("Sales in June and July rose.")).toEqual([]);
    expect(values("The museum closed from June to September 2025.")).not.toContain("from June to September");
    expect(values("The road is shut from 1 June to 30 September.")).not.toContain("from June to September");
    expect(values("The road is shut from June 1 to September 30.")).not.toContain("from June to September");
    expect(values("A pilot ran between May and August this year.")).not.toContain("between May and August");
    expect(values("Revenue for its financial year, which runs from April to March, rose 9%.")).not.toContain("from April to March");
  });

  it("is asked whole, typed without its 'from', with options that move both months", () => {
    const items = generateArticleItems(article("A drone survey counted 410 grey seals on the northern islands, researchers said on Tuesday. The authors want a closed zone around the three islands, with fishing nets banned from March to August, when most pups are born."));
    const choice = items.find((i) => i.type === "choice" && i.answer === "from March to August");
    expect(choice?.choices).toHaveLength(4);
    expect(choice?.choices.filter((c) => /^from \p{Lu}\p{Ll}+ to \p{Lu}\p{Ll}+$/u.test(c))).toHaveLength(4);
    const typed = items.find((i) => (i.type === "cloze" || i.type === "typed") && i.answer === "from March to August");
    expect(typed?.accepted).toContain("March to August");
  });
});

describe("a month that comes back each year, or part of one, is asked as the month: 'in late October', 'every April'", () => {
  it.each([
    ["The turtles arrive in late October and leave by early February.", ["late October", "early February"]],
    ["Growers watch the fields turn white with salt every April.", ["April"]],
    ["The wage is set each December by a board of unions and employers.", ["December"]],
  ])("%s -> %j", (sentence, answers) => {
    expect(values(sentence)).toEqual(answers);
  });

  it("a bare month, a list of months, a span, and a month with its day or year are not one month", () => {
    expect(values("The new coach took over in August after a run of defeats.")).toEqual([]);
    expect(values("Prices rise every May, June and July.")).toEqual([]);
    expect(values("The plant opened in late March 2025.")).not.toContain("late March");
    expect(values("The hall shuts from late May to July.")).not.toContain("late May");
  });

  // Review of eaa659d: a one-off event in a part of a month is a date whose year the text leaves out.
  it("a part of a month after a preposition is one only in a sentence of what comes back", () => {
    expect(values("The new fish market opened in late October after two years of delays.")).not.toContain("late October");
    expect(values("The new bridge will open by mid-June if the steel arrives.")).not.toContain("mid-June");
    expect(values("Herders drive the flock to the hills in late May.")).toEqual(["late May"]);
    expect(values("The ferry ran until late September in most years, the season's last sailing.")).toContain("late September");
  });

  // Review of eaa659d: "of 2025", "in 2025" and "of last year" give the months a year as ", 2025" does.
  it("months with a year after 'of' or 'in' are a date, not a season", () => {
    expect(values("Nets were banned from March to August of 2025 on every reef.")).not.toContain("from March to August");
    expect(values("Nets were banned from March to August in 2025 on every reef.")).not.toContain("from March to August");
    expect(values("The sharks arrived every October of last year near the reef.")).not.toContain("October");
    expect(values("The sharks arrive every October in 2026 near the reef.")).not.toContain("October");
  });

  it("is blanked whole, with other months of the same part as options", () => {
    const body = "A drone survey counted 410 grey seals on the northern islands, researchers said on Tuesday. The seals come ashore in late October, when the pups are born.";
    expect(extractFacts(article(body)).find((f) => f.answer === "late October")?.unit).toBe("month of the year");
    const choice = generateArticleItems(article(body)).find((i) => i.type === "choice" && i.answer === "late October");
    expect(choice?.choices.every((c) => /^late (?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(c))).toBe(true);
  });
});
