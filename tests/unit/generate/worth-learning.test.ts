import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { extractFacts } from "@/lib/generate/extract-facts";
import { inTitle, notWorthLearning } from "@/lib/generate/worth-learning";

// Defects from the strict reads genstrict-1 and C1 (/work/coord/strict-read-genstrict-1.md, strict-read-c1.md): facts
// that are true but not worth learning, or that the prompt gives away, must not become items of any type.
const article = (body: string, title = "Report", source: string | null = "Daily Wire") => ({ slug: "a", title, source, publishedAt: new Date(Date.UTC(2026, 9, 7)), body });
const answersOf = (body: string, title?: string) => generateArticleItems(article(body, title)).map((i) => i.answer);

const MATCH = [
  "Glasgow Warriors beat the Stormers 31-20 at Scotstoun on Saturday to go top of the league.",
  "Winger Callum Baird scored two tries and fly-half Finn Rutherford kicked 11 points.",
  "With the Stormers leading 13-10 after 38 minutes, their lock Pieter Swanepoel was shown a yellow card.",
  "Centre Jaylen Brooks had 16 points and 13 rebounds, his fourth double-double of the season.",
  "Glasgow scored again early in the second half through their captain.",
  "The coach said the match turned on the scrum.",
  "Glasgow won the league title in 2024, beating the Bulls 21-16 in Pretoria.",
  "Cardiff had 18 points.",
].join(" ");

describe("a match report's in-game statistics are not worth learning", () => {
  const answers = answersOf(MATCH, "Glasgow Warriors beat Stormers 31-20 to go top");

  it("no box-score counts, standings rows, match-clock minutes or halves", () => {
    for (const bad of ["11", "16", "13", "18", "38 minutes", "second", "fourth"]) expect(answers).not.toContain(bad);
  });

  it("the club's title and where it was won are still asked", () => {
    expect(answers).toContain("2024");
  });

  it("points outside a match report are still asked", () => {
    expect(answersOf("The Dow Jones index closed 120 points lower on Friday after the central bank raised rates.")).toContain("120");
  });
});

// Where a side stands and what a player has done over a season outlast the match: a teacher asks them of a report.
describe("a match report's standings and season records are worth learning", () => {
  const REPORT = [
    "Riverton beat Oakdale 2-0 on Sunday in the league, moving four points clear at the top of the Northern Division.",
    "Striker Tomas Vell scored both goals, with a header and a penalty, and the coach praised the whole squad.",
    "It was Vell's 13th goal of the season, two more than anyone else in the league.",
    "The defeat was Oakdale's first in seven league games and left them five points behind the leaders.",
    "Goalkeeper Ian Moor made six saves and midfielder Joel Park had nine shots.",
    "Riverton led by 12 points in the third quarter of the charity basketball exhibition before the match.",
  ].join(" ");
  const answers = answersOf(REPORT, "Riverton beat Oakdale to go clear");

  it("the lede's gap at the top, a scorer's season tally and a run ended", () => {
    for (const good of ["four", "13th", "seven"]) expect(answers).toContain(good);
  });

  it("the match's own box score, and a snapshot of the table past the lede, stay out", () => {
    for (const bad of ["six", "nine", "12", "five"]) expect(answers).not.toContain(bad);
  });
});

describe("a run and a player's form past the lede", () => {
  it("'ends their unbeaten run of 14 matches', 'five goals in his last four matches', 'seven rounds left' are asked", () => {
    const body = [
      "Riverton beat Oakdale 2-1 in the league on Sunday, and the coach praised his captain after the match.",
      "The result ends Oakdale's unbeaten run of 14 league and cup matches, which began in August.",
      "Striker Tomas Vell has now scored five goals in his last four matches.",
      "The title race has three clubs within four points of each other with seven rounds left.",
    ].join(" ");
    const answers = answersOf(body, "Riverton beat Oakdale to go top");
    expect(answers).toContain("14");
    expect(answers).toContain("five");
    expect(answers).toContain("seven");
  });
});

describe("more of a match's box score", () => {
  it("carries and tackles, innings pitched, half-time changes, a side down to ten men, second-chance points", () => {
    const body = [
      "Riverton beat Oakdale 31-20 in the league on Sunday to go top.",
      "Flanker Tomas Vell made 17 carries and 19 tackles before he went off.",
      "For seven innings the night belonged to the starter, and the coach made two changes at half-time.",
      "Oakdale, down to ten men, pushed forward, and Riverton scored 18 second-chance points.",
    ].join(" ");
    const answers = answersOf(body, "Riverton beat Oakdale to go top");
    for (const bad of ["17", "19", "seven", "two", "ten", "second"]) expect(answers).not.toContain(bad);
  });

  it("outside a match report the same words are asked", () => {
    expect(answersOf("The transport authority made 14 changes to the city's bus network in March, cutting journey times for 40,000 passengers.")).toContain("14");
  });
});

describe("a result's margin and a title side's standings row", () => {
  it("'won the second Test by 37 runs' is the result; 'led by 16 points' is play", () => {
    const body = "Riverton won the second Test by 37 runs on Saturday to level the series, after their captain scored a century and the bowlers took nine wickets. Oakdale led by 16 points in the third quarter of the exhibition match.";
    const answers = answersOf(body, "Riverton level the Test series");
    expect(answers).toContain("37");
    expect(answers).not.toContain("16");
  });

  it("'Riverton had 22 points.' of a table is asked for a side the title names, not for another side", () => {
    const fact = (sentence: string) => ({ kind: "count", answer: "22", accepted: [], unit: "point", sentence, span: [sentence.indexOf("22"), sentence.indexOf("22") + 2] }) as unknown as Parameters<typeof notWorthLearning>[0];
    const report = { title: "Riverton beat Oakdale to go top", body: "Riverton beat Oakdale 2-0 in the league on Sunday. The striker scored twice and the coach praised the goalkeeper and the captain." };
    expect(notWorthLearning(fact("Riverton had 22 points."), report, true)).toBeNull();
    expect(notWorthLearning(fact("Hillcrest had 22 points."), report, true)).toBe("standings row of another side");
    // A row placed by its time alone is a standings row too.
    expect(notWorthLearning(fact("Riverton had 22 points after round 13."), report, true)).toBeNull();
    expect(notWorthLearning(fact("Hillcrest had 22 points after round 13."), report, true)).toBe("standings row of another side");
  });

  it("a headline names a side by the distinctive word of its name: 'AS Riverton', 'Riverton FC'", () => {
    const fact = (sentence: string) => ({ kind: "count", answer: "22", accepted: [], unit: "point", sentence, span: [sentence.indexOf("22"), sentence.indexOf("22") + 2] }) as unknown as Parameters<typeof notWorthLearning>[0];
    const report = { title: "Riverton beat Oakdale to go top", body: "Riverton beat Oakdale 2-0 in the league on Sunday. The striker scored twice and the coach praised the goalkeeper and the captain." };
    expect(notWorthLearning(fact("AS Riverton had 22 points."), report, true)).toBeNull();
    expect(notWorthLearning(fact("Oakdale FC had 22 points."), report, true)).toBeNull();
    // The side second in the table is asked too (the gap at the top); the third is not.
    const table = { ...report, body: `${report.body}\n\n| Pos | Club | Pts |\n|---|---|---|\n| 1 | AS Riverton | 25 |\n| 2 | Hillcrest | 22 |\n| 3 | Dunmore | 20 |` };
    expect(notWorthLearning(fact("Hillcrest had 22 points."), table, true)).toBeNull();
    expect(notWorthLearning(fact("Dunmore had 22 points."), table, true)).toBe("standings row of another side");
    // "Real" names no side: "Real Hillcrest" is not the title's "Real Riverton".
    expect(notWorthLearning(fact("Tre Fiori had 22 points."), { ...report, title: "Tre Penne beat Oakdale to go top" }, true)).toBe("standings row of another side");
    const real = { ...report, title: "Real Riverton beat Oakdale to go top" };
    expect(notWorthLearning(fact("Real Hillcrest had 22 points."), real, true)).toBe("standings row of another side");
  });
});

describe("a standings row of a contender the report's sentences name", () => {
  const fact = (sentence: string, n = "20") => ({ kind: "count", answer: n, accepted: [], unit: "point", sentence, span: [sentence.indexOf(n), sentence.indexOf(n) + n.length] }) as unknown as Parameters<typeof notWorthLearning>[0];
  const table = "| Pos | Club | Pts |\n|---|---|---|\n| 1 | Riverton | 25 |\n| 2 | Hillcrest | 22 |\n| 3 | AS Dunmore | 20 |\n| 4 | Port Marlow | 19 |\n| 5 | Kelby Town | 18 |";
  const report = (prose: string) => ({ title: "Riverton beat Oakdale to go top", body: `Riverton beat Oakdale 2-0 in the league on Sunday. The striker scored twice and the coach praised the goalkeeper.\n\n${table}\n\n${prose}` });

  it("'Dunmore kept pace with a 3-0 win' names AS Dunmore, third: its points are asked", () => {
    const article = report("Dunmore kept pace with a 3-0 win away at Oakdale Rovers.");
    expect(notWorthLearning(fact("AS Dunmore had 20 points."), article, true)).toBeNull();
    expect(notWorthLearning(fact("Port Marlow had 19 points.", "19"), article, true)).toBe("standings row of another side");
  });

  it("a side fifth or lower, a place in a name, or a table row alone is no contender named", () => {
    const article = report("Fans from Marlow travelled to the game, and Kelby Town drew 1-1 at home.");
    expect(notWorthLearning(fact("Port Marlow had 19 points.", "19"), article, true)).toBe("standings row of another side");
    expect(notWorthLearning(fact("Kelby Town had 18 points.", "18"), article, true)).toBe("standings row of another side");
    expect(notWorthLearning(fact("AS Dunmore had 20 points."), article, true)).toBe("standings row of another side");
  });

  it("a box score's player the sentences name is no side of a table", () => {
    const box = { title: "Riverton beat Oakdale", body: "Riverton beat Oakdale 88-80 in the league. Ana Vidal scored 21 and the coach praised the captain.\n\n| Player | Team | Pts |\n|---|---|---|\n| Ana Vidal | Riverton | 21 |" };
    expect(notWorthLearning(fact("Ana Vidal had 21 points.", "21"), box, true)).not.toBeNull();
  });
});

describe("a side's coach who speaks, and a scorer who 'added' a goal", () => {
  it("a named side's coach is asked; a coach named by nationality is not", () => {
    expect(answersOf("Riverton coach Marta Sollen said her side had earned the win after a difficult first half in the league.")).toContain("Marta Sollen");
    expect(answersOf("The Danish coach Per Holm said his side had earned the win after a difficult first half in the league.")).not.toContain("Per Holm");
  });

  it("'added a second' is scoring; 'added that' is still speech", () => {
    expect(answersOf("Winger Tomas Vell scored early in the league match, and substitute Joel Parkes added a second goal before half-time.")).toContain("Joel Parkes");
    expect(answersOf("The striker scored twice in the league match, and his teammate Joel Parkes added that the crowd had helped.")).not.toContain("Joel Parkes");
  });
});

describe("points outside a match report", () => {
  it("are still asked", () => {
    expect(answersOf("The Dow Jones index closed 120 points lower on Friday after the central bank raised rates.")).toContain("120");
  });
});

describe("answers that follow from the other figures in the prompt", () => {
  it("a margin, and the two tallies it is the difference of", () => {
    const answers = answersOf("In Mpika North, Mr Peter Mumba of the PF was declared elected with 7,650 votes, against 7,128 votes for Mr Given Chisanga of the UPND, a margin of 522 votes.");
    for (const bad of ["522", "7,650", "7,128"]) expect(answers).not.toContain(bad);
  });

  it("a share worked out from its two counts", () => {
    expect(answersOf("Out of 46,305 registered voters, 22,841 cast their ballots, a turnout of 49.3 percent.")).not.toContain("49.3%");
  });

  it("a figure the title's figures sum to", () => {
    const answers = answersOf("The developer built 45 homes for social rent and 75 homes for private sale in the first phase of the scheme.", "Builder completes 120 homes in Leeds");
    expect(answers).not.toContain("75");
    expect(answers).not.toContain("45");
  });

  it("figures that do not sum are still asked", () => {
    expect(answersOf("The developer built 45 homes for social rent and 75 homes for private sale in the first phase of the scheme.", "Builder completes homes in Leeds")).toContain("75");
  });
});

describe("who said it is not the fact", () => {
  it("the relative who confirmed a death, a player quoted", () => {
    expect(answersOf("Her daughter, Valeria Ostrowski, said the cause was heart failure.", "Lucía Ferraro, Architect, Dies at 88")).not.toContain("Valeria Ostrowski");
    expect(answersOf("Australia captain Nathan Pryce admitted his side had been outplayed in Perth.")).not.toContain("Nathan Pryce");
  });

  it("a minister who speaks for the government is still asked", () => {
    expect(answersOf("Finance Minister Kwame Mensah said the deficit would fall to 2.8 percent of GDP next year.")).toContain("Kwame Mensah");
  });
});

// Gold writers ask what a body's letters stand for whenever the body acts in its sentence (lends, lists, publishes,
// will discuss); the first policy (strict read C1: only bodies named again) lost them. Reversed on purpose: a body
// that acts is asked once even when its letters are not used again, a precision trade-off against C1's "borderline".
describe("abbreviations spelled out once", () => {
  const stands = (body: string, title = "Sugar taxes a decade on") => generateArticleItems(article(body, title)).filter((i) => /stand for/.test(i.prompt));
  const body = "The World Health Organization (WHO) has recommended taxes that raise the price of sugary drinks by at least 20%. Mexico introduced a tax of one peso per litre in January 2014.";

  it("are asked when the body acts in its sentence", () => {
    expect(stands(body).length).toBeGreaterThan(0);
    expect(stands("Net debt fell to $40 million after the firm repaid a loan from the Coral Sea Development Bank (CSDB) early.").map((i) => i.answer)).toContain("Coral Sea Development Bank");
    expect(stands("The Lake Victoria Fisheries Board (LVFB) is due to discuss a closure of the lake at its meeting in March.").map((i) => i.answer)).toContain("Lake Victoria Fisheries Board");
  });

  it("also in a sentence whose own subject cannot be placed (“Its shares trade on ...”)", () => {
    const hotels = "Harbour Hotels owns three resorts with 640 rooms, at North Bay and Sandy Point, and manages a fourth for its owners. Its shares trade on the Coral Sea Stock Exchange (CSSE), where they rose 5% on the day of the results to $3.10.";
    expect(stands(hotels, "Island hotel group's profit rises").map((i) => i.answer)).toContain("Coral Sea Stock Exchange");
  });

  it("also the body a figure is cited from, asked only what its letters stand for", () => {
    const cited = article("Harbour Hotels owns three resorts on the islands. Tourism income accounted for 31% of the islands' revenue last year, according to the Coral Sea Central Bank (CSCB), against 12% for its neighbour.", "Island hotel group's profit rises");
    const bank = generateArticleItems(cited).filter((i) => i.answer === "Coral Sea Central Bank");
    expect(bank.map((i) => i.type)).toContain("typed");
    expect(bank.every((i) => /stand for/.test(i.prompt))).toBe(true);
  });

  it("the body an article is about is", () => {
    expect(stands(body, "WHO wants sugar taxes to grow").length).toBeGreaterThan(0);
    expect(stands(`${body} The WHO says the tax should be at least 20%.`).length).toBeGreaterThan(0);
  });

  it("are not asked for one body of a list, nor for a term in a sentence without a figure", () => {
    const list = "The harbour was rebuilt with money from the Pacific Harbour Fund (PHF), the Island Works Agency (IWA) and the Reef Trust (RT) over the winter.";
    expect(stands(list).map((i) => i.answer)).not.toContain("Island Works Agency");
    expect(stands("Rents stay tied to the consumer price index (CPI) published by the statistics office.").map((i) => i.answer)).not.toContain("consumer price index");
    expect(stands("Rents may rise by no more than the consumer price index (CPI), which was 3.1% in October.").map((i) => i.answer)).toContain("consumer price index");
  });
});

describe("a figure the others multiply or divide to (genstrict-3 item 21)", () => {
  it("“1,500 MW from 100 turbines of 15 MW each”", () => {
    expect(answersOf("The installed capacity is 1,500 MW from 100 turbines of 15 MW each, the company said.")).not.toContain("15 MW");
  });
});

describe("an outside voice's employer (genstrict-3 item 8)", () => {
  it("“said Professor Helen Marsh of the University of Cambridge, who was not involved in the work”", () => {
    const answers = answersOf('"The charging figures are remarkable," said Professor Helen Marsh of the University of Cambridge, who was not involved in the work.');
    expect(answers).not.toContain("University of Cambridge");
  });
});

// Strict reads I0 and I1 (tests/fixtures/gold/blind-2026-11i/strict-read-i*.md): a figure that is only the basis of
// the sentence's real fact (a prior-year baseline, the reporting period, the reference customer, the whole a part
// was taken from) or the count of an unnamed list is no card; the real fact stays worth learning.
describe("a figure that is only the basis of the real fact is not worth learning", () => {
  const reasonOf = (sentence: string, answer: string): string | null => {
    const a = article(`The regional council met on Monday to review the year. Its members approved the minutes of the last meeting. ${sentence}`);
    const fact = extractFacts(a).find((f) => f.answer === answer && f.sentence === sentence);
    if (!fact) throw new Error(`no fact ${answer}`);
    return notWorthLearning(fact, a);
  };

  it("the prior period's figure of a result, not the result", () => {
    const sentence = "Operating profit for the half year rose to KES 410 million from KES 322 million a year earlier, the miller said.";
    expect(reasonOf(sentence, "KES 322 million")).toBe("prior-period baseline");
    expect(reasonOf(sentence, "KES 410 million")).toBeNull();
  });

  it("a change between two set values names no prior period, and a lone old figure is all its sentence teaches", () => {
    expect(reasonOf("The permit fee rose to €48 from €35 in January.", "€35")).not.toBe("prior-period baseline");
    expect(reasonOf("The governor said the reserve fund had grown from US$2.3 billion a year earlier.", "US$2.3 billion")).toBeNull();
  });

  it("the length of a reporting period, not the figure it labels", () => {
    const sentence = "Port authorities said 2.4 million containers passed through the harbour in the first eight months of 2026, a record.";
    expect(reasonOf(sentence, "eight months")).toBe("length of a reporting period");
    expect(reasonOf(sentence, "2.4 million")).toBeNull();
    expect(reasonOf("The bridge repairs will take eight months and close two lanes, the roads agency said.", "eight months")).toBeNull();
  });

  it("the reference customer's consumption, unless it is stated as the average", () => {
    expect(reasonOf("For a typical household using 220 kWh a month, the monthly bill will rise by about K45, the regulator estimated.", "220 kWh")).toBe("reference customer");
    expect(reasonOf("For a household using 190 kWh a month, the national average, the change adds about K3 to the bill.", "190 kWh")).toBeNull();
  });

  it("the whole a part was repaid from, not the part", () => {
    const sentence = "The chief financial officer said the group had repaid US$9 million of a US$40 million bank loan ahead of schedule.";
    expect(reasonOf(sentence, "US$40 million")).toBe("whole of a part");
    expect(reasonOf(sentence, "US$9 million")).toBeNull();
  });

  it("the census year a population is compared with, not the population", () => {
    const sentence = "The town puts its population at about 48,000, nearly a quarter more than at the 2012 census.";
    expect(reasonOf(sentence, "2012")).toBe("reference basis");
    expect(reasonOf(sentence, "48,000")).toBeNull();
  });

  it("where a body past the lede is based, a market value on one day, the building where a visitor was received", () => {
    expect(reasonOf("On the trade side, Lyon-based Vantor Rail signed a €90 million contract for six trains.", "Lyon")).toBe("where a body is based");
    expect(reasonOf("The bank's shares rose 3.1% to $12.40 on Monday, valuing it at roughly $2.3 billion.", "$2.3 billion")).toBe("market value on one day");
    expect(reasonOf("The minister was received at the Ministry of Foreign Affairs by the permanent secretary.", "Ministry of Foreign Affairs")).toBe("where a visitor was received");
  });

  it("a place past the lede that only owns a noun", () => {
    const owns = "Mozambique's minister of energy, Celestina Mucavele, called the plans a vote of confidence.";
    const lede = "Mozambique's parliament approved a new mining code on Monday.";
    const a = article(`${lede} The code takes effect in January. ${owns}`);
    const reasons = extractFacts(a).filter((f) => f.answer === "Mozambique").map((f) => [f.sentence, notWorthLearning(f, a)]);
    expect(reasons).toContainEqual([owns, "place that owns a noun"]);
    // (In the lede, whose parliament acted is the article's point.)
    expect(reasons).toContainEqual([lede, null]);
  });

  it("the lede's base of the article's own company stays", () => {
    const a = article("Vantor Rail, the Lyon-based maker of regional trains, said on Monday it had won a €90 million order. The trains will run from 2028.");
    const fact = extractFacts(a).find((f) => f.answer === "Lyon");
    expect(fact && notWorthLearning(fact, a)).toBeNull();
  });

  it("a number word inside a quotation, not one the article reports", () => {
    expect(reasonOf('"We started with four people and one server in a garage," the founder said.', "four")).toBe("number word in a quotation");
    expect(reasonOf("The two ministers signed four agreements in the capital.", "four")).toBeNull();
  });

  it("an ordinal after 'a' that only counts on to the next of a series, not the rank of a result", () => {
    expect(reasonOf("A second phase, worth about €40 million, is planned for 2029.", "second")).toBe("ordinal after 'a'");
    expect(reasonOf("The port is now the second largest in the region by tonnage handled.", "second")).toBeNull();
  });

  it("an ordinal that places a report's period, a step of an enumeration or of an itinerary", () => {
    expect(reasonOf("The brewer reported a 12% rise in third-quarter profit on Tuesday.", "third")).toBe("period of a report");
    expect(reasonOf("The second is cost: most farmers cannot afford the new seed without credit.", "second")).toBe("step of an enumeration");
    expect(reasonOf("The president, on the second day of a three-day visit, opened the new port.", "second")).toBe("step of an itinerary");
  });

  it("a streak, a plan's period with its year and a rank stay", () => {
    expect(reasonOf("Sales fell for the fifth quarter in a row as shoppers cut back.", "fifth")).toBeNull();
    expect(reasonOf("The terminal will now open in the third quarter of 2028 rather than in January.", "third quarter of 2028")).toBeNull();
    expect(reasonOf("The port is now the second largest in the region by tonnage handled.", "second")).toBeNull();
  });

  it("the count of reasons a sentence announces without naming them, not a count of things", () => {
    expect(reasonOf("The report blames four pressures on the coral reefs of the northern lagoon.", "four")).toBe("count of an unnamed list");
    expect(reasonOf("The two ministers signed four agreements in the capital.", "four")).toBeNull();
  });
});

// A figure after a currency written with a stop ("Afl. 14.2 million") was read with the currency's stop as ".14.2",
// so the headline's "14.2 million" was not found (the twin of the option bug shownFigure fixed).
describe("inTitle reads an answer's figure as written", () => {
  const a = article("The island's parliament approved Afl. 14.2 million for new school roofs on Tuesday.");
  const fact = extractFacts(a).find((f) => f.answer === "Afl. 14.2 million");

  it("a sum after a dotted currency symbol is found in a headline that drops the symbol", () => {
    expect(fact && inTitle(fact, "Parliament approves 14.2 million for school roofs")).toBe(true);
  });

  it("another figure in the headline is not the answer's", () => {
    expect(fact && inTitle(fact, "Parliament approves 4.2 million for school roofs")).toBe(false);
  });
});

// Gold writers ask the minute of each goal of a match report ("21st minute [headed in a corner]"); the minute of a
// card or a substitution is play, and stays out.
describe("the minute of a goal, asked whole", () => {
  const REPORT = [
    "Riverton beat Oakdale 2-1 in the league on Sunday to go top of the table.",
    "Oakdale's captain, Ian Moor, headed in a corner in the 12th minute.",
    "Riverton's striker Tomas Vell equalised in the 55th minute with a low shot from the edge of the box.",
    "Oakdale's defender Joel Park was sent off for a second yellow card in the 80th minute.",
    "Substitute Lena Ross came on in the 70th minute for the tired winger.",
  ].join(" ");
  const answers = answersOf(REPORT, "Riverton beat Oakdale to go top");

  it("a goal's minute is asked as 'Nth minute'", () => {
    expect(answers).toContain("12th minute");
    expect(answers).toContain("55th minute");
  });

  it("a substitute's goal is a goal; 'a quarter of an hour left' is no fraction", () => {
    const body = "Riverton beat Oakdale 2-1 in the league on Sunday, and the coach praised his striker and his captain after the match. Substitute Lena Ross headed in a corner in the 86th minute, a quarter of an hour after the break.";
    const answers = answersOf(body, "Riverton beat Oakdale to go top");
    expect(answers).toContain("86th minute");
    expect(answers).not.toContain("a quarter");
  });

  it("a card's or a substitution's minute is not", () => {
    for (const bad of ["80th minute", "80th", "70th minute", "70th"]) expect(answers).not.toContain(bad);
  });
});

describe("review 34b #1/#8: the period of a table figure, with the period pattern shared with period-table.ts", () => {
  it("near miss: a one-year range heading ('2024-25', '2025-26') still labels its table's figures", () => {
    const a = article(["The regional council met on Monday to review the year.", "", "| | 2024-25 | 2025-26 | Change |", "| --- | --- | --- | --- |", "| Revenue (€m) | 100 | 110 | +10% |"].join("\n"));
    const dates = extractFacts(a).filter((f) => f.kind === "date");
    expect(dates.map((f) => f.answer).sort()).toEqual(["2024-25", "2025-26", "2025-26"]);
    for (const f of dates) expect(notWorthLearning(f, a)).toBe("period of a table figure");
  });
});
