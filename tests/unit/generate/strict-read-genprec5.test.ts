import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { brokenQuestion, statesValueOf } from "@/lib/generate/build-items";
import { isCompletionPrompt } from "@/lib/generate/completion-stem";

// Defects of the strict reads of blind batches 2026-11c and 11d (/work/coord/strict-read-c1.md, strict-read-d1.md,
// strict-read-genprec5-*.md), pinned with invented sentences.
const article = (body: string, title = "Torvik Marine opens a new shipyard in Bergen", source: string | null = "Nordic Wire") => ({ slug: "a", title, source, publishedAt: new Date(Date.UTC(2026, 9, 7)), body });
const items = (body: string, title?: string, source?: string | null) => generateArticleItems(article(body, title, source));
const whQuestions = (body: string, title?: string) => items(body, title).filter((i) => (i.type === "choice" || i.type === "typed") && !isCompletionPrompt(i.prompt));

describe("a wh-question carries its article's label (d1 item 8: whose revenue?)", () => {
  it("a subject named only by a nationality word is placed by the title", () => {
    const qs = whQuestions("American customers now account for 44% of revenue, up from 38% a year earlier.").filter((i) => i.answer === "44%");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toMatch(/^\(“Torvik Marine opens/);
  });

  it("a question that names its subject gets the label too", () => {
    const qs = whQuestions("Torvik Marine raised NOK 2.3 billion in its initial public offering in 2021.");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toMatch(/^\(“Torvik Marine opens/);
  });

  it("the title is left out when it gives the answer away, and a named question is still asked", () => {
    const qs = whQuestions("Torvik Marine raised NOK 2.3 billion in its initial public offering in 2021.", "Torvik Marine raised NOK 2.3 billion in 2021");
    expect(qs.some((q) => q.answer === "NOK 2.3 billion")).toBe(true);
    for (const q of qs) expect(q.prompt).not.toContain(q.answer);
  });
});

describe("facts a strict reader would not learn (D1 items 14, 17, 20, 42; genprec5-1 item 17)", () => {
  const answers = (body: string) => items(body).map((i) => i.answer);

  it("the exact day of an event past the lede: a deadline, a hearing", () => {
    const body =
      "Torvik Marine opened its new shipyard in Bergen on 3 October, creating 400 jobs. The yard cost NOK 2.3 billion to build. Payments to suppliers will be completed by 15 December 2026, the company said. A public meeting will be held at the town hall on 21 October.";
    const got = answers(body);
    expect(got).toContain("400");
    expect(got.filter((a) => /\b(?:15 December|21 October|December 15|October 21)\b/.test(a))).toEqual([]);
  });

  it("the day of the article's own event is still asked: in its lede, or naming what the title names", () => {
    expect(answers("Torvik Marine opened its new shipyard in Bergen on 3 October 2026, creating 400 jobs.").some((a) => /3 October 2026|October 3, 2026/.test(a))).toBe(true);
    const later = "Shipbuilding is growing along the coast. Orders rose by a third last year. Yards hired 2,000 people. Torvik Marine opened its new shipyard in Bergen on 3 October 2026, creating 400 jobs.";
    expect(answers(later).some((a) => /3 October 2026|October 3, 2026/.test(a))).toBe(true);
    const history = "Shipbuilding is growing along the coast. Orders rose by a third last year. The Laksevag yard opened on 21 June 1895 in a ceremony attended by 14 warships.";
    expect(answers(history)).toContain("21 June 1895");
  });

  it("where a quoted speaker works", () => {
    const got = answers('"That is the right design," said Ingrid Solheim of the Fjord Privacy Forum, a Stavanger-based advocacy group. The yard will employ 400 people by 2028.');
    expect(got).toContain("400");
    expect(got.filter((a) => /^(?:Stavanger|Fjord Privacy Forum)$/.test(a))).toEqual([]);
  });

});

describe("a table cell written as 'The <column> of <row> was <value>' is no card (D1 items 4, 23, 29, 32, 38)", () => {
  const table = ["**Spending by department, € million**", "", "| Department | 2026 | 2027 | Change |", "|---|---|---|---|", "| Administration | 212 | 208 | −2% |", "| Housing | 96 | 141 | +47% |"].join("\n");

  it("no item of any type reads 'The change of Housing was'", () => {
    const got = items(`The city will spend €2.9 billion next year. ${"\n\n"}${table}`);
    expect(got.filter((i) => /\bThe (?:change|2026|2027) of (?:Housing|Administration)\b|\bof (?:Housing|Administration)\b/i.test(i.prompt))).toEqual([]);
  });

  it("a standings row still gives its points", () => {
    const standings = ["**Group B after four matches**", "", "| Pos | Team | P | Pts |", "|---|---|---|---|", "| 1 | Lyon | 4 | 12 |", "| 2 | Barcelona | 4 | 9 |"].join("\n");
    expect(items(standings).some((i) => i.answer === "12")).toBe(true);
  });
});

describe("wrong options agree with the stem's own comparison (D1 items 1, 2, 19)", () => {
  const choiceFor = (body: string, answer: string) => items(body).find((i) => i.type === "choice" && i.answer === answer);
  const num = (option: string) => Number(option.replace(/[^\d.]/g, ""));
  const wrong = (item: { choices: string[]; answer: string } | undefined) => (item ? item.choices.filter((c) => c !== item.answer).map(num) : []);

  it("'R, below the ___': every option is above R; '___, below the R': every option is below R", () => {
    const body = "The regulator set the allowed return for Torvik Marine at 12.5%, below the 14.8% the company requested.";
    const requested = choiceFor(body, "14.8%");
    const allowed = choiceFor(body, "12.5%");
    expect(requested ?? allowed).toBeDefined();
    for (const x of wrong(requested)) expect(x).toBeGreaterThan(12.5);
    for (const x of wrong(allowed)) expect(x).toBeLessThan(14.8);
  });

  it("'R, down from ___': every option is above R", () => {
    const item = choiceFor("From January 2027, Torvik Marine must answer complaints within 24 hours, down from 48 hours.", "48 hours");
    for (const x of wrong(item)) expect(x).toBeGreaterThan(24);
  });

  it("'less than ___' and 'fewer than ___' are bounds: a larger option would be true too", () => {
    for (const x of wrong(choiceFor("Torvik Marine built the Bergen yard in less than five years.", "five years"))) expect(x).toBeLessThan(5);
    for (const x of wrong(choiceFor("Torvik Marine's yard in Bergen employs fewer than 600 people.", "600"))) expect(x).toBeLessThan(600);
  });

  it("'more than ___' is a bound the other way", () => {
    const item = items("More than 400 people attended the opening of the Torvik Marine yard in Bergen.").find((i) => i.type === "choice" && i.answer === "400");
    expect(item).toBeDefined();
    for (const x of wrong(item)) expect(x).toBeGreaterThan(400);
  });
});

describe("a name keeps its capital in a question (genprec5-1 items 7, 28: 'according to tonal', 'Two-way trade')", () => {
  it("the source after 'according to' is written as the article writes it", () => {
    const qs = whQuestions("Torvik Marine bought Tonal, a software firm, in May. About 14 of the 41 routes are served by diesel ships, according to Tonal.").filter((i) => i.answer === "14");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toMatch(/according to Tonal\?$/);
  });

  it("a capitalised compound opening the sentence is no name", () => {
    const qs = whQuestions("Torvik Marine builds ferries for Norway and Sweden. Two-way trade between the two countries reached $3 billion in 2025.");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/\bTwo-way\b/);
  });
});

describe("the header neither gives the answer away nor is dropped for a false match (genprec5-2 items 6, 13)", () => {
  it("'€2' is not in a title that says '€2.9bn': the title stays and places 'the city'", () => {
    const got = items("Parking charges in the city's first zone will rise from €1.60 to €2 an hour.", "Zagora's €2.9bn budget for 2027 bets on trams").filter((i) => i.type === "cloze" && i.answer === "€2");
    expect(got.length).toBeGreaterThan(0);
    for (const i of got) expect(i.prompt).toContain("Zagora's €2.9bn budget");
  });

  it("a title that states the answer in another form ('€4.75 million' for €4,750,000) is left out", () => {
    const got = items("The regulator has imposed a fine of €4,750,000 on Torvik Marine for unlawfully processing the personal data of its passengers.", "Regulator fines Torvik Marine €4.75 million over passenger data").filter((i) => i.answer === "€4,750,000" && i.type !== "truefalse");
    expect(got.length).toBeGreaterThan(0);
    for (const i of got) expect(i.prompt).not.toContain("€4.75 million");
  });

  it("a title that states the answer rounded ('€1.28 million' for €1,284,000, strict read F1 item 8) is left out", () => {
    const got = items("The regulator has imposed a penalty of €1,284,000 on Torvik Marine for failures in safeguarding customer funds.", "Regulator imposes €1.28 million penalty on Torvik Marine").filter((i) => i.answer === "€1,284,000" && i.type !== "truefalse");
    expect(got.length).toBeGreaterThan(0);
    for (const i of got) expect(i.prompt).not.toContain("€1.28 million");
  });
});

describe("more refusals from genprec5-2 (items 11, 16)", () => {
  const answers = (body: string) => items(body).map((i) => i.answer);
  it("a deadline past the lede is refused even when the sentence names the title's company", () => {
    const body = "Torvik Marine opened its new shipyard in Bergen on 3 October, creating 400 jobs. The yard cost NOK 2.3 billion to build. The regulator has also ordered Torvik Marine to delete all photographs older than 13 months by 1 March 2027.";
    expect(answers(body).filter((a) => /1 March 2027|March 1, 2027/.test(a))).toEqual([]);
  });

  it("the second of two consecutive ordinals ('the 17th and ___ centuries') gives itself away", () => {
    expect(answers("Almost all the ferries on the coast descend from designs taken out of Torvik Marine's Bergen yard in the 17th and 18th centuries.")).not.toContain("18th");
  });
});

describe("a quotation is judged by who said it (genprec5-2 item 17)", () => {
  it("a quotation is no true/false statement", () => {
    const got = items('"Parking your ferry should not mean that a company follows you for years," said Torvik Marine chair Anouk Berg. The yard will employ 400 people by 2028.');
    expect(got.filter((i) => i.type === "truefalse" && /Parking your ferry/.test(i.prompt))).toEqual([]);
  });
});

describe("genprec5-3 items 3, 6, 8", () => {
  const answers = (body: string, title?: string) => items(body, title).map((i) => i.answer);

  it("a fixture still to be played past the lede ('Norway meet Spain at Ullevaal on 8 November')", () => {
    const body = "Torvik Marine opened its new shipyard in Bergen, creating 400 jobs. The yard cost NOK 2.3 billion to build. Norway meet Spain at Ullevaal on 8 November, with a crowd of 27,000 expected.";
    expect(answers(body).filter((a) => /8 November|November 8/.test(a))).toEqual([]);
  });

  it("shares that add up to the whole are worked out from each other ('40%, 40% and the remaining 20%')", () => {
    const got = answers("Torvik Marine will hold 40% of the company, Bergen Port 40% and the city the remaining 20%.");
    expect(got.filter((a) => /^(?:40|20)%$/.test(a))).toEqual([]);
  });

  it("a sentence about 'the team' is not shown under its publisher alone when the title must be left out", () => {
    const got = items("When the team ran the new test on old samples, it correctly flagged 73% of the cancers.", "New test flags 73% of cancers early").filter((i) => i.answer === "73%" && i.type !== "truefalse");
    for (const i of got) expect(i.prompt).not.toMatch(/^(?:Complete the sentence )?\(?:?\s*\(?Nordic Wire, October 2026\)/);
    expect(got.filter((i) => /\(Nordic Wire, October 2026\)/.test(i.prompt))).toEqual([]);
  });
});

describe("a table heading with a grouped number is still a table cell (genprec5-4 item 29)", () => {
  it("'The Q3 2026 of Average price (US$ per 1,000 pieces) was 21.40.' is no card", () => {
    const table = ["**Results**", "", "| Item | Q3 2026 | Q3 2025 |", "|---|---|---|", "| Average price (US$ per 1,000 pieces) | 21.40 | 18.90 |", "| Revenue (RM million) | 845 | 702 |"].join("\n");
    const got = items(`Torvik Gloves swung back to profit in the third quarter.\n\n${table}`);
    expect(got.filter((i) => /\bof Average price\b/.test(i.prompt))).toEqual([]);
  });
});

describe("options are written alike (genprec5-4 item 10: 'Three | two | four | five')", () => {
  it("a number word that opens its sentence does not stand out by its capital", () => {
    const got = items("Torvik Marine opened its new shipyard in Bergen. Three regions of the hull design explained much of the fuel saving, the engineers said.").filter((i) => i.type === "choice" && /^three$/i.test(i.answer));
    expect(got.length).toBeGreaterThan(0);
    for (const i of got) expect(new Set(i.choices.map((c) => /^\p{Lu}/u.test(c))).size).toBe(1);
  });
});

describe("a broken wh-transform falls back to completing the sentence (D1 item 48, genprec5-4 items 12, 26)", () => {
  it("the checks catch the broken questions of the strict reads", () => {
    expect(brokenQuestion("Roughly what considering a loan is the African Development Bank (AfDB), according to the European Investment Bank (EIB) has?")).toBe(true);
    expect(brokenQuestion("In which year did Estonia's national government extend free travel to regional buses, then partially reversed the policy in 2024 when budgets tightened?")).toBe(true);
    expect(brokenQuestion("How much did Torvik Marine raise in its initial public offering in 2021?")).toBe(false);
    expect(brokenQuestion("What percentage of revenue do American customers account for?")).toBe(false);
  });
});

describe("'each' standing for a noun of another sentence leaves a question unplaced (genprec5-4 item 16)", () => {
  it("is not usable", async () => {
    const { placedQuestion } = await import("@/lib/generate/build-items");
    expect(placedQuestion("What was the value of the income-tax revenue that each brought a year?").usable).toBe(false);
    expect(placedQuestion("How many ferries did each yard build in 2025?").usable).toBe(true);
  });
});

describe("a title's money figure states the answer when it is the answer rounded, not another figure", () => {
  const money = (value: number) => ({ kind: "money", value }) as Parameters<typeof statesValueOf>[1];
  it.each([
    ["€1.28 million penalty", 1_284_000, true],
    ["about €1.3 million", 1_284_000, true],
    ["€4.75 million fine", 4_750_000, true],
    ["$2bn plan", 1_990_000_000, true],
    ["€2 million plan", 1_600_000, false],
    ["€1.2 million penalty", 1_284_000, false],
    ["€128,000 grant", 1_284_000, false],
  ])("%s for %d: %s", (title, value, states) => {
    expect(statesValueOf(title, money(value))).toBe(states);
  });
});
