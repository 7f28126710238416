import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { generateItems } from "@/lib/generate";
import { splitSentences } from "@/lib/generate/split-sentences";
import { questionText } from "./question-text";

// Recall in the structured genres (sports reports, results and budgets): the final score, tables and bullet lists.
// Every case is invented; each class was counted on the seen blind batches (gentab report, 29 Nov 2026).
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const values = (sentence: string) => findValueSpans(sentence, PUBLISHED).map((s) => s.answer);
const itemsOf = (body: string, title = "Report") => generateItems([{ slug: "t", title, source: "Test", publishedAt: PUBLISHED, body }]);

describe("a final score after the words that name the opponent or the match", () => {
  it.each([
    ["Rovers beat bitter rivals Town 3-1 at the Dell on Sunday.", "3-1"],
    ["United won the first leg of the cup tie 2-0 on Tuesday.", "2-0"],
    ["The Hawks edged their old rivals Kings 101-99 in overtime.", "101-99"],
    ["Leinster defeated the reigning champions 27-13 in Dublin.", "27-13"],
    ["Northfield won the 2026 spring edition of the county derby 2-0 on Sunday.", "2-0"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("no score in a range or a season after such a verb", () => {
    expect(values("The club won the title in the 2019-20 season.")).not.toContain("19-20");
    expect(values("They beat forecasts for the 20-25 age group.")).not.toContain("20-25");
  });

  it("the final score is asked with both teams", () => {
    const items = itemsOf("Hartwell beat bitter rivals Dunmore 3-1 at Glen Park on Sunday to go top of the league.");
    const q = items.find((i) => i.type === "typed" && i.answer === "3-1");
    expect(questionText(q?.prompt)).toMatch(/^By what score did Hartwell beat bitter rivals Dunmore at Glen Park/);
  });
});

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe("a table whose columns are periods: each row's latest figure, with its unit, period and what the row is", () => {
  const budget = [
    "**Where the money goes (NOK million)**",
    "",
    "| Area | 2028 | 2027 | Change |",
    "|---|---|---|---|",
    "| Harbour and ferries | 1,240 | 1,010 | +22.8% |",
    "| Libraries | 310 | 330 | -6.1% |",
    "| Buses (BTS) | 200 | 200 | 0.0% |",
    "| Other | 95 | 90 | +5.6% |",
    "| Total | 1,645 | 1,430 | +15.0% |",
  ].join("\n");

  it("a spending table says what is spent on each row in the latest period, with the caption's unit", () => {
    expect(texts(budget)).toEqual([
      "Spending on harbour and ferries is NOK 1,240 million in 2028.",
      "Spending on harbour and ferries rises by 22.8% between 2027 and 2028.",
      "Spending on libraries is NOK 310 million in 2028.",
      "Spending on libraries falls by 6.1% between 2027 and 2028.",
      // (An abbreviation in brackets names the row's body: no unit, and no change of 0%.)
      "Spending on buses (BTS) is NOK 200 million in 2028.",
      "Total spending is NOK 1,645 million in 2028.",
      "Total spending rises by 15.0% between 2027 and 2028.",
    ]);
  });

  it("a results table of measures (no heading over its rows) says each measure in the latest period", () => {
    const results = [
      "**Half-year results (€ million)**",
      "",
      "| | H1 2026 | H1 2025 | Change |",
      "|---|---|---|---|",
      "| Revenue | 412.5 | 380.1 | +8.5% |",
      "| Net profit | 31.2 | 35.0 | −10.9% |",
      "| Earnings per share (€) | 0.41 | 0.46 | −10.9% |",
      "| Operating margin | 9.8 | 11.2 | n/m |",
      "| Bottles sold (million) | 88 | 80 | +10% |",
      "| Net profit/(loss) | 12.0 | (3.1) | n/m |",
      "| Average price | €4.10/kg | €3.90/kg | +5% |",
    ].join("\n");
    expect(texts(results)).toEqual([
      "Revenue was €412.5 million in H1 2026.",
      "Revenue rose by 8.5% between H1 2025 and H1 2026.",
      "Net profit was €31.2 million in H1 2026.",
      "Net profit fell by 10.9% between H1 2025 and H1 2026.",
      "Earnings per share were €0.41 in H1 2026.",
      "Earnings per share fell by 10.9% between H1 2025 and H1 2026.",
      // ("Bottles sold" would read "sold" as the verb; "(loss)" is no unit; "n/m" is no change.)
      "Net profit was €12.0 million in H1 2026.",
      "The average price was €4.10 per kg in H1 2026.",
      "The average price rose by 5% between H1 2025 and H1 2026.",
    ]);
  });

  it("a revenue table says where the money comes from; a cell with its own unit keeps it", () => {
    const revenue = ["**Sources of revenue**", "", "| Source | 2027 budget | 2026 budget |", "|---|---|---|", "| Property tax | NZ$212m | NZ$198m |"].join("\n");
    expect(texts(revenue)).toEqual(["Revenue from property tax is NZ$212m in the 2027 budget."]);
  });

  it("the period of a figure is its label, never asked", () => {
    const results = ["**Key figures (six months to June 30)**", "", "| | 2026 | 2025 | Change |", "|---|---|---|---|", "| Revenue | NOK 4.1bn | NOK 3.8bn | +8% |", "| Sales | Rs 2.2bn | Rs 2.0bn | +10% |"].join("\n");
    const items = itemsOf(results, "Brevik Foods half-year");
    expect(items.some((i) => i.answer === "NOK 4.1bn")).toBe(true);
    expect(items.filter((i) => i.kind === "date").map((i) => i.prompt)).toEqual([]);
  });

  it("bare years under a caption's span are that span, compared with a year earlier", () => {
    const results = ["**Key figures (six months to June 30)**", "", "| | 2026 | 2025 | Change |", "|---|---|---|---|", "| Net profit | NOK 1.2bn | NOK 0.9bn | +33% |"].join("\n");
    expect(texts(results)).toEqual(["Net profit was NOK 1.2bn in the six months to June 30, 2026.", "Net profit rose by 33% in the six months to June 30, 2026, from a year earlier."]);
  });

  it("the change of a row counted in tonnes is its change by volume", () => {
    const volumes = ["**Volumes sold (tonnes)**", "", "| | 2026 | 2025 | Change |", "|---|---|---|---|", "| Frozen fillets | 8,200 | 7,100 | +15.5% |"].join("\n");
    expect(texts(volumes)).toEqual(["Frozen fillets were 8,200 tonnes in 2026.", "Frozen fillets by volume rose by 15.5% between 2025 and 2026."]);
  });

  it("the base of a unit is no fact", () => {
    const results = ["**Q3 results**", "", "| | Q3 2026 | Q3 2025 |", "|---|---|---|", "| Average price (US$ per 1,000 bricks) | 310 | 290 |"].join("\n");
    const items = itemsOf(results, "Brickworks results");
    expect(items.some((i) => i.answer === "US$310")).toBe(true);
    expect(items.filter((i) => i.answer === "1,000").map((i) => i.prompt)).toEqual([]);
  });

  it("the figure is asked with its row, its period and its unit", () => {
    // (Periods of the year the article is published in, which the reporting-year rule alone would not refuse.)
    const items = itemsOf(budget.replace("| 2028 | 2027 |", "| 2026 | 2025 |"), "Bergen budget adds money for ferries");
    const q = items.find((i) => i.type === "typed" && i.answer === "NOK 1,240 million");
    expect(questionText(q?.prompt)).toBe("How much is spending on harbour and ferries in 2026?");
    const change = items.find((i) => i.type === "typed" && i.answer === "22.8%");
    expect(questionText(change?.prompt)).toBe("By what percentage does spending on harbour and ferries rise between 2025 and 2026?");
    // The period is the figure's label, not a fact: "In which year is spending on libraries NOK 310 million?" is not asked.
    expect(items.filter((i) => i.kind === "date").map((i) => i.prompt)).toEqual([]);
  });
});

describe("bullet lists of 'Label: value' items", () => {
  it("a value that is a clause of its own is that clause, as a sentence", () => {
    const body = [
      "**Key facts about the ferry service**",
      "",
      "- Range: each boat can sail 90 km on one charge.",
      "- Jobs: the new depot will employ about 75 people, most of them local.",
      "- Crew: Harbour Lines will train 24 captains at its school in Tromsø before launch.",
      "- Energy: solar panels on the roof; the rest is bought from a wind farm near Bodø",
      "- Staff: hired locally; the operator will hire 12 more in spring",
    ].join("\n");
    expect(texts(body)).toEqual([
      "Each boat can sail 90 km on one charge.",
      "The new depot will employ about 75 people, most of them local.",
      "Harbour Lines will train 24 captains at its school in Tromsø before launch.",
      // ("The rest" says nothing without the part before it.)
      "The operator will hire 12 more in spring.",
    ]);
  });

  it("a clause with a relative word in its subject, or a participle for a verb, is not read as one", () => {
    expect(texts("**Plan at a glance**\n\n- Lab: a test room where hospitals can try new software")).not.toContain("A test room where hospitals can try new software.");
    // (Not "Software reconstruction trained on ...": the participle is no verb. Since lane bullets40 the noun phrase is
    // what the label is.)
    expect(texts("- Imaging: software reconstruction trained on 4 million images\n- Coffee: freshly roasted Bourbon beans, 500 g at €12")).toEqual([
      "The imaging is software reconstruction trained on 4 million images.",
      "The coffee is freshly roasted Bourbon beans, 500 g at €12.",
    ]);
  });

  it("a plural label takes a plural verb", () => {
    expect(texts("**Offer details**\n\n- Return fares: from €99 to Oslo\n- Operator: Fjord Lines\n- Total paid to growers: €12 million\n- Launch fares: from NZ$99 return to Nelson")).toEqual([
      "The return fares are from €99 to Oslo.",
      "The operator is Fjord Lines.",
      "The total paid to growers is €12 million.",
      // (A currency of capitals and "$" is a figure: NZ$, TT$, HK$.)
      "The launch fares are from NZ$99 return to Nelson.",
    ]);
  });

  it("the possessive of a singular noun in -us keeps its s", () => {
    expect(texts("**The campus at a glance**\n\n- Floor space: 12,000 square metres")).toEqual(["The campus’s floor space is 12,000 square metres."]);
  });

  it("under a caption that names its subject, a value that is a thing the subject has says so", () => {
    const body = ["**The new library at a glance**", "", "- Study: a reading room for 300 students, open at night", "- Events: an auditorium with 180 seats"].join("\n");
    expect(texts(body)).toEqual(["The new library has a reading room for 300 students, open at night.", "The new library has an auditorium with 180 seats."]);
  });

  it("a plural subject's possessive is written with an apostrophe alone", () => {
    expect(texts("**The trams at a glance**\n\n- Capacity: 240 passengers")).toEqual(["The trams’ capacity is 240 passengers."]);
  });

  it("the clause is asked", () => {
    // (Every item of the fact, whatever its learned worth: the question is what is tested.)
    const body = "**Key facts about the ferry service**\n\n- Jobs: the new depot will employ about 75 people, most of them local.";
    const items = generateItems([{ slug: "t", title: "Ferry service to expand", source: "Test", publishedAt: PUBLISHED, body }], { keepFrom: 0, fullFrom: 0 });
    expect(questionText(items.find((i) => i.type === "typed" && i.answer === "75")?.prompt)).toMatch(/^Roughly how many people will the new depot employ/);
  });
});

describe("the final score of a lede that beats the opponent in an infinitive or wins with an adjective", () => {
  // (A wh-question is asked by a choice item and, when the sentence has room, by a typed copy with the same prompt.)
  const typed = (body: string, answer: string) =>
    questionText(itemsOf(body).find((i) => (i.type === "typed" || i.type === "choice") && i.answer === answer && !/^Complete the sentence/.test(i.prompt))?.prompt);

  it.each([
    ["Harwick scored four goals, three of them after the break, to beat Elmsford 4-2 at Crane Park on Saturday.", "4-2", /^By what score did Harwick beat Elmsford at Crane Park on 14 November 2026\?$/],
    ["Tom Reyes scored 31 points, a season high, and the Ravens pulled away late to beat the Falcons 97-90 on Friday night.", "97-90", /^By what score did the Ravens beat the Falcons on 20 November 2026\?$/],
    ["Carlow scored three tries to beat Kelso 22-15 at a windswept Mill Lane Stadium on Saturday evening.", "22-15", /^By what score did Carlow beat Kelso at Mill Lane Stadium on 14 November 2026\?$/],
    ["BOGOTÁ, Colombia - Dunmore beat Kelso 3-0 at Riverside on Sunday.", "3-0", /^By what score did Dunmore beat Kelso at Riverside on 15 November 2026\?$/],
    ["Dunmore came from behind to beat old rivals Kelso 2-1 at Riverside on Sunday.", "2-1", /^By what score did Dunmore beat old rivals Kelso at Riverside on 15 November 2026\?$/],
    ["Northfield went top of the table after a hard-fought 24-10 bonus-point win over Carlow at Mill Lane on Saturday.", "24-10", /^By what score did Northfield win over Carlow at Mill Lane on 14 November 2026\?$/],
  ])("%s", (sentence, answer, question) => {
    expect(typed(sentence, answer)).toMatch(question);
  });
});

describe("the period rule reads only the statements of period tables", () => {
  it("a sentence of the body wrapped over two lines keeps its year", () => {
    const items = itemsOf("The new plant near the port is expected to employ some 900 workers\nwhen it opens in 2028.", "Port plant");
    expect(items.some((i) => i.answer === "2028")).toBe(true);
  });
});

describe("a budget table's rows are never stated as the wrong side of the budget", () => {
  it("a 'Revenue line' heading makes a revenue table, even with a total-expenditure row under it", () => {
    const table = [
      "**Budget (€ million)**",
      "",
      "| Revenue line | 2026 revised | 2027 budget | Change |",
      "|---|---|---|---|",
      "| Road tolls | 120 | 130 | +8.3% |",
      "| Total revenue | 900 | 950 | +5.6% |",
      "| Total expenditure | 880 | 940 | +6.8% |",
    ].join("\n");
    const said = texts(table);
    expect(said.some((t) => /^Revenue from road tolls is €130 million/.test(t))).toBe(true);
    expect(said.filter((t) => /spending on/i.test(t))).toEqual([]);
  });

  it("a table of both sides states each row as itself: no 'spending on revenue'", () => {
    const table = [
      "**Key figures (€ million)**",
      "",
      "| Item | 2026 budget | 2027 budget | Change |",
      "|---|---|---|---|",
      "| Revenue | 1,800 | 1,950 | +8.3% |",
      "| Public works | 500 | 600 | +20.0% |",
      "| Total spending | 1,750 | 1,900 | +8.6% |",
      "| Surplus | 50 | 50 | – |",
    ].join("\n");
    const said = texts(table);
    expect(said.filter((t) => /spending on (?:revenue|surplus)/i.test(t))).toEqual([]);
    expect(said.some((t) => /^Revenue was €1,950 million in the 2027 budget/.test(t))).toBe(true);
  });

  it("a spending table still says what is spent on each row", () => {
    const table = ["**Spending (€ million)**", "", "| Area | 2027 | 2026 |", "|---|---|---|", "| Schools | 300 | 280 |", "| Other revenue | 12 | 10 |"].join("\n");
    const said = texts(table);
    expect(said).toContain("Spending on schools is €300 million in 2027.");
    expect(said.filter((t) => /spending on other revenue/i.test(t))).toEqual([]);
  });
});
