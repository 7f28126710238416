import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { DOTTED_SYMBOLS } from "@/lib/generate/currency-names";
import { splitSentences } from "@/lib/generate/split-sentences";
import { questionText } from "./question-text";

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe("abbreviations do not end sentences", () => {
  it.each([
    ["the U.S. Treasury said", "Officials at the U.S. Treasury said on Monday that rates would hold. Markets rose."],
    ["on Oct. 3", "The vote was held on Oct. 3 in the capital. Turnout was high."],
    ["Ltd. and Corp.", "Acme Ltd. and Foo Corp. Holdings signed the deal. Shares rose."],
    ["No. 10", "A spokesman for No. 10 Downing Street declined to comment. Talks continue."],
    ["initials", "The report by J. R. Smith was published in May. It was widely read."],
    ["titles", "Mr. Nguyen met Dr. Petrova in Hanoi. They discussed trade."],
    ["a currency written with a stop", "Sales rose 8% to Afl. 41.2 million in the quarter. Costs fell."],
    ["rupees", "The stall sold tea worth Rs. 900,000 in October. Prices held."],
  ])("%s", (_name, body) => {
    expect(texts(body)).toHaveLength(2);
  });

  it("a sentence does end after U.S. when the next word starts a sentence", () => {
    expect(texts("He moved to the U.S. The move surprised his team. Inc. filings rose.")).toEqual(["He moved to the U.S.", "The move surprised his team.", "Inc. filings rose."]);
  });

  // "Rs." was a special case beside the table of symbols written with a stop; it is now an entry of that table, with
  // the stop symbols the press writes that CLDR lacks, and the sentence reader and the money reader share it.
  it("the rupee's and the guilder's press symbols, which CLDR lacks, are in the one table of dotted symbols", () => {
    expect([DOTTED_SYMBOLS.has("Rs"), DOTTED_SYMBOLS.has("NAf"), DOTTED_SYMBOLS.has("Afl")]).toEqual([true, true, true]);
    expect(texts("The temple trust paid Rs. 45 lakh for the land. Work began in March.")).toHaveLength(2);
    expect(texts("The ferry fare is NAf. 12 each way. It rose last year.")).toHaveLength(2);
  });

  it("a sentence does end after a currency's letters when no amount follows, and after a plain word before a number", () => {
    expect(texts("The hotel prices rooms in Afl. The rate is set weekly.")).toHaveLength(2);
    expect(texts("The club signed Ana Ruiz. 12 players left in June.")).toHaveLength(2);
  });

  it("a sentence does end after Corp. and a.m. when the next word starts a sentence", () => {
    expect(texts("Shares fell at Foo Corp. The board met at 9 a.m. It agreed a plan.")).toHaveLength(3);
  });
});

describe("long sentences", () => {
  const clause = (i: number) => `the council approved plan number ${i} for the northern district budget`;

  it("a sentence over a hundred words is split at semicolons and ', and'", () => {
    const body = `${Array.from({ length: 12 }, (_, i) => clause(i)).join("; ")}, and ${clause(99)}.`;
    const out = texts(body);
    expect(out.length).toBe(13);
    expect(out[0]).toBe("The council approved plan number 0 for the northern district budget.");
    expect(out[12]).toBe("The council approved plan number 99 for the northern district budget.");
  });

  it("a short sentence with semicolons is left whole", () => {
    expect(texts(`${clause(1)}; ${clause(2)}.`)).toHaveLength(1);
  });

  // (The three cases below are timed in the bench, npm run bench:generate: words-30k, digits-50k and
  // heading-spaces-50k. A timed assertion here failed under load; a quadratic scan still runs past the test's timeout.)
  it("a 'sentence' of thousands of words with no clause boundary is skipped", () => {
    const body = Array.from({ length: 30_000 }, (_, i) => `word${i % 50}`).join(" ");
    expect(texts(body)).toEqual([]);
    expect(generateItems([{ slug: "x", title: "X", source: null, publishedAt: null, body }])).toEqual([]);
  });

  it("a sentence with a 'word' of thousands of digits is skipped, not scanned quadratically (2.7 s a sentence before)", () => {
    const body = Array.from({ length: 5 }, () => `Revenue was ${"1".repeat(50_000)} dollars, up 5%.`).join("\n\n");
    expect(generateItems([{ slug: "x", title: "X", source: null, publishedAt: null, body }])).toEqual([]);
    expect(texts(`See https://example.com/${"a".repeat(60)} for the report. Revenue rose 5%.`)).toEqual(["Revenue rose 5%."]);
  });

  // (100 KB: 15 s when the read was quadratic, past the test timeout.)
  it("a heading line with a long run of spaces is read whole", () => {
    const out = splitSentences(`# Results${" ".repeat(100_000)}x\n\nRevenue rose 5%.\n\n## Outlook ##\n\nCosts fell.`);
    expect(out.map((s) => s.heading)).toEqual(["Results x", "Outlook"]);
    expect(out.map((s) => s.text)).toEqual(["Revenue rose 5%.", "Costs fell."]);
  });

  it("an unclosed quotation does not swallow the rest of the paragraph", () => {
    const body = `He said: “We will grow. ${"We build more homes. ".repeat(200)}`;
    expect(texts(body).length).toBeGreaterThan(10);
  });
});

describe("Markdown tables", () => {
  const table = [
    "Standings after 20 matches:",
    "",
    "| Team | Played | Won | Points |",
    "|---|---|---|---|",
    "| Brighton | 20 | 12 | 44 |",
    "| **Arsenal** | 20 | 11 | 40 |",
    "| Fulham | 20 | 8 | 31 |",
    "| Chelsea | 20 | 9 | 35 |",
  ].join("\n");

  it("each figure becomes a statement with its row and column heading, under the lead-in", () => {
    const out = splitSentences(table);
    // Only the headline column: wins, draws and goals of a standings table are cells nobody learns.
    expect(out.map((s) => s.text)).toEqual([
      "Brighton had 44 points after 20 matches.",
      "Arsenal had 40 points after 20 matches.",
      "Fulham had 31 points after 20 matches.",
      "Chelsea had 35 points after 20 matches.",
    ]);
    expect(out.every((s) => s.context === "Standings after 20 matches")).toBe(true);
  });

  it("a table with units in its headings writes the figures with them", () => {
    const out = texts("| Quarter | Revenue (€bn) | Margin (%) |\n|:--|--:|--:|\n| Q3 2025 | 4.1 | 12.5 |");
    expect(out).toEqual(["The revenue of Q3 2025 was €4.1 billion.", "The margin of Q3 2025 was 12.5%."]);
  });

  it("a table that leads with a rank column, under a bold caption, is read by its names (blind batch: Hearts top of the table)", () => {
    const out = splitSentences(
      ["**Scottish Premiership, top six after 12 games**", "", "| Pos | Club | P | W | D | L | GD | Pts |", "|---|---|---|---|---|---|---|---|", "| 1 | Hearts | 12 | 9 | 2 | 1 | +14 | 29 |", "| 6 | Hibernian | 12 | 4 | 4 | 4 | 0 | 16 |"].join("\n"),
    );
    expect(out.map((s) => s.text)).toEqual(["Hearts had 29 points in the Scottish Premiership after 12 games.", "Hibernian had 16 points in the Scottish Premiership after 12 games."]);
    expect(out[0]?.context).toBe("Scottish Premiership, top six after 12 games");
  });

  it("a standings table gives real questions about a team's points", () => {
    const items = generateItems([{ slug: "t", title: "League", source: "Test", publishedAt: new Date(Date.UTC(2026, 0, 5)), body: table }]);
    const q = items.find((i) => i.type === "choice" && i.answer === "44");
    expect(questionText(q?.prompt)).toBe("How many points did Brighton have after 20 matches?");
    expect(q?.choices).toHaveLength(4);
  });
});

describe("results tables (blind batch 2026-11: a marathon results table gave nothing)", () => {
  const results = ["**Men’s results**", "", "| Place | Athlete | Country | Time |", "|---|---|---|---|", "| 1 | Brian Cheruiyot | Kenya | 2:02:11 |", "| 3 | Joshua Kiprotich | Uganda | 2:03:40 |"].join("\n");

  it("a row with a race time says who finished where, from where, in what time", () => {
    expect(texts(results)).toEqual(["Kenyan athlete Brian Cheruiyot finished first in 2:02:11.", "Ugandan athlete Joshua Kiprotich finished third in 2:03:40."]);
  });

  it("without a rank column the row still gives its time", () => {
    expect(texts("| Athlete | Time |\n|---|---|\n| Almaz Gebre | 2:16:48 |")).toEqual(["Almaz Gebre finished in 2:16:48."]);
    expect(texts("| Name | Country | Time |\n|---|---|---|\n| Fenna de Vries | Netherlands | 2:19:31 |")).toEqual(["Fenna de Vries of the Netherlands finished in 2:19:31."]);
  });

  it("the time is asked with the runner's name", () => {
    const items = generateItems([{ slug: "t", title: "Marathon", source: "Test", publishedAt: new Date(Date.UTC(2025, 11, 8)), body: results }]);
    expect(questionText(items.find((i) => i.type === "typed" && i.answer === "2:03:40")?.prompt)).toBe("In what time did Ugandan athlete Joshua Kiprotich finish third?");
  });

  it("the runner is asked by place, nationality and time", () => {
    const items = generateItems([{ slug: "t", title: "Marathon", source: "Test", publishedAt: new Date(Date.UTC(2025, 11, 8)), body: results }]);
    expect(questionText(items.find((i) => i.type === "typed" && i.answer === "Joshua Kiprotich")?.prompt)).toBe("Which Ugandan athlete finished third in 2:03:40?");
  });
});

describe("bullet lists", () => {
  const body = "Highlights of the quarter:\n\n- Revenue rose 12% to €4.1 billion\n- Net profit fell 3% to €300 million\n\nThe outlook was unchanged.";

  it("each item is a sentence of its own, with the lead-in as its context", () => {
    const out = splitSentences(body);
    expect(out.map((s) => [s.text, s.context ?? null])).toEqual([
      ["Revenue rose 12% to €4.1 billion.", "Highlights of the quarter"],
      ["Net profit fell 3% to €300 million.", "Highlights of the quarter"],
      ["The outlook was unchanged.", null],
    ]);
  });

  it("items that continue their lead-in ('X has:' + '- opened 12 clinics;') are read as one sentence with it", () => {
    const out = texts("To respond to the outbreak, the ministry has:\n\n- opened 12 walk-in clinics in Hamilton;\n- sent reminders to 64,000 families; and\n- asked 1,900 contacts to stay at home.");
    expect(out).toEqual([
      "To respond to the outbreak, the ministry has opened 12 walk-in clinics in Hamilton.",
      "To respond to the outbreak, the ministry has sent reminders to 64,000 families.",
      "To respond to the outbreak, the ministry has asked 1,900 contacts to stay at home.",
    ]);
  });

  it("'Label: figure' items of a key-figures list become statements (blind batch: Nordvind press release)", () => {
    const out = splitSentences("Key figures:\n\n- Total investment: NOK 52 billion (about €4.4 billion)\n- Construction jobs: 2,100 at peak\n- Operator: Nordvind Energy");
    expect(out.map((s) => s.text)).toEqual(["The total investment is NOK 52 billion (about €4.4 billion).", "The number of construction jobs is 2,100 at peak.", "The operator is Nordvind Energy."]);
    expect(out.every((s) => s.context === "Key figures")).toBe(true);
  });

  it("under a caption that names its subject, a 'Label: figure' item is the subject's, and a label with no figure is dropped (strict read B2: 'Reach: shelves ...', 'Picking rate: up to ...')", () => {
    const out = splitSentences("**Kestrel at a glance**\n\n- Picking rate: up to 1,200 items per hour; 99.6% accuracy in customer trials\n- Reach: shelves from floor level to 2.4 metres\n- Items handled: from 20 grams to 7 kilograms\n\n**The appeal at a glance**\n\n- People reached: 1.2 million, half of them children\n- Cost per person reached: about US$48");
    expect(out.map((s) => s.text)).toEqual([
      "Kestrel’s picking rate is up to 1,200 items per hour.",
      "For the appeal, the number of people reached is 1.2 million, half of them children.",
      "The appeal’s cost per person reached is about US$48.",
    ]);
  });

  it("a list item is asked about alone, not as a run-on with the next item", () => {
    const items = generateItems([{ slug: "t", title: "Results", source: "Test", publishedAt: new Date(Date.UTC(2026, 0, 5)), body }]);
    // A bare "Revenue" with no company named is not asked as a wh-question (whose revenue?), so the list
    // item is checked through its cloze: its source is the item alone.
    expect(items.find((i) => i.answer === "12%")?.source.sentence).toBe("Revenue rose 12% to €4.1 billion.");
    expect(items.every((i) => !i.source.sentence.includes("Net profit") || !i.source.sentence.includes("Revenue"))).toBe(true);
  });
});

describe("a list's lead-in that states a figure before ', made up of:' (invented text)", () => {
  it("keeps the statement and leaves the list to its items", async () => {
    const { splitSentences } = await import("@/lib/generate/split-sentences");
    const texts = splitSentences("The new library cost £14 million, made up of:\n\n- £9 million for the building\n- £5 million for fittings\n").map((s) => s.text);
    expect(texts).toContain("The new library cost £14 million.");
    expect(splitSentences("The scheme is financed by:\n\n- a grant\n- a loan\n").map((s) => s.text).join(" ")).not.toMatch(/financed by\.?$/m);
  });
});

describe("a fact box item whose figure is a compound after 'a' (qr lane)", () => {
  it("'Storage: a 20-megawatt-hour battery, ...', 'Power: a 4 MW solar park' become sentences; 'Quay: a new quay' (no figure) stays out", () => {
    const body = "The plant opened today.\n\n**At a glance**\n\n- Storage: a 20-megawatt-hour battery, enough to carry the evening peak for about 40 minutes\n- Lease: a 30-year lease with the port at $2 per square metre\n- Quay: a new quay for trawlers\n- Power: a 4 MW solar park with 9 MWh of storage\n- Berth: a new 90-metre berth for ferries\n";
    const all = texts(body);
    expect(all).toContain("The storage is a 20-megawatt-hour battery, enough to carry the evening peak for about 40 minutes.");
    expect(all).toContain("The lease is a 30-year lease with the port at $2 per square metre.");
    expect(all).toContain("The power is a 4 MW solar park with 9 MWh of storage.");
    expect(all).toContain("The berth is a new 90-metre berth for ferries.");
    expect(all.join(" ")).not.toMatch(/new quay/);
  });
});

// Lane precision15: "Jobs: 85 year-round positions and about 140 seasonal ones ..." was shown as a verbless fragment
// (compromise took "positions" for a verb), and "The Council resolves:" + "3. To require ..." as a bare infinitive.
describe("list items that are no clause of their own", () => {
  it("keeps a label before a list of figures, where a plural noun only looks like a verb", () => {
    expect(texts("**At a glance**\n\n- Staff: 60 full-time posts and about 90 part-time ones in the summer season")).toEqual(["The staff is 60 full-time posts and about 90 part-time ones in the summer season."]);
    expect(texts("**At a glance**\n\n- Energy: 1,200 rooftop panels cover about a third of demand")).toEqual(["1,200 rooftop panels cover about a third of demand."]);
  });

  it("joins a decision's 'To ...' points to the lead-in that decides them", () => {
    const body = "**The board resolves:**\n\n1. To require every ferry to carry a second engineer. Until now one was required on one crossing in four.\n2. To raise the harbour fee to €40.";
    expect(texts(body)).toEqual(["The board resolves to require every ferry to carry a second engineer.", "Until now one was required on one crossing in four.", "The board resolves to raise the harbour fee to €40."]);
    expect(texts("**Next steps:**\n\n1. To require every ferry to carry a second engineer.")).toEqual(["To require every ferry to carry a second engineer."]);
  });
});

// Lane bullets33: a fact box value written in words ("eight turbines", "about two thirds of ...") is a figure as digits
// are; a label that captions the item ("Photo:", "Note:") names no property of the subject.
describe("fact box values written in words", () => {
  it("'First order: six barges ...' and 'Local share: about two thirds of ...' become statements under their caption", () => {
    const body = "The yard opened today.\n\n**The yard at a glance**\n\n- First order: six barges for a river ferry line, due in spring 2029\n- Local share: about two thirds of the steel rolled within 50 km\n- Export share: half of the output, mostly to Chile\n";
    expect(texts(body)).toEqual([
      "The yard opened today.",
      "The yard’s first order is six barges for a river ferry line, due in spring 2029.",
      "The yard’s local share is about two thirds of the steel rolled within 50 km.",
      "The yard’s export share is half of the output, mostly to Chile.",
    ]);
  });

  it("keeps out a value that only starts like a number word, and a label that is no property", () => {
    const body = "The yard opened today.\n\n**At a glance**\n\n- Site: one of the oldest slipways on the coast\n- Photo: two welders on the new barge\n- Note: three cranes leased from the port\n- Photo: a welder on the new barge\n";
    expect(texts(body)).toEqual(["The yard opened today."]);
    expect(texts("**The yard at a glance**\n\n- Photo: a welder on the new barge\n- Photo: 12 welders at work")).toEqual([]);
  });
});
