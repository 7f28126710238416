import { describe, expect, it } from "vitest";
import { partOfRow, subRowLabel, tableSentences, withoutFootnote } from "@/lib/generate/table-sentences";

// Strict reads AK0 #6/#50 and AK1 #16/#31/#41: a results table's sub-row ("of which United States") became a subject of
// its own ("By what percentage did of which United States rise ...?"). A sub-row is said with its parent row, or not at
// all; footnote marks and year-range headings are read as what they are. All tables here are invented.
const table = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/g, "---"), ...rows];

describe("a sub-row is the part of its parent row", () => {
  it("'of which' a country under a measure is the measure in that country", () => {
    const lines = table("| | 9M 2026 | 9M 2025 | Change |", "| Sales | €80.0 million | €75.0 million | +7% |", "| of which Brazil | €21.0 million | €20.0 million | +5% |", "| o/w United States | €9.5 million | €10.0 million | -5% |");
    expect(tableSentences(lines)).toEqual([
      "Sales were €80.0 million in the first nine months of 2026.",
      "Sales rose by 7% in the first nine months of 2026, from a year earlier.",
      "Sales in Brazil were €21.0 million in the first nine months of 2026.",
      "Sales in Brazil rose by 5% in the first nine months of 2026, from a year earlier.",
      "Sales in the United States were €9.5 million in the first nine months of 2026.",
      "Sales in the United States fell by 5% in the first nine months of 2026, from a year earlier.",
    ]);
  });

  it("exports go to a country and imports come from one, in the parent's unit", () => {
    expect(partOfRow("Exports (€m)", "Japan", "measure")).toBe("Exports to Japan (€m)");
    expect(partOfRow("Imports", "Canada", "measure")).toBe("Imports from Canada");
    expect(partOfRow("Total shipments", "to the Netherlands", "measure")).toBe("Shipments to the Netherlands");
    const lines = table("| | 2026 | 2025 |", "| Exports (€m) | 310 | 290 |", "| thereof Japan | 120 | 100 |");
    expect(tableSentences(lines)).toContain("Exports to Japan were €120 million in 2026.");
  });

  it("a part that is no place names nothing with its parent, and gives no statement", () => {
    const lines = table("| | 2026 | 2025 | Change |", "| Staff | 900 | 850 | +6% |", "| of which women | 400 | 380 | +5% |", "| Revenue (€m) | 300 | 280 | +7% |", "| - Online | 90 | 70 | +29% |", "| of which other countries | 12 | 10 | +20% |");
    const all = tableSentences(lines).join(" ");
    expect(all).not.toMatch(/women|online|other countries|of which|- /i);
    expect(all).toContain("Revenue was €300 million in 2026.");
  });

  it("under a budget's spending lines a part is a line of its own", () => {
    const lines = table("| Spending (€m) | 2026 | 2027 |", "| Education | 400 | 420 |", "| of which universities | 150 | 160 |");
    expect(tableSentences(lines)).toEqual(["Spending on education is €420 million in 2027.", "Spending on universities is €160 million in 2027."]);
  });

  it("near misses: rows that only open with a sub-row's words are rows of their own", () => {
    expect(subRowLabel("Income tax")).toBeNull();
    expect(subRowLabel("Other income")).toBeNull();
    expect(subRowLabel("Includes VAT")).toBeNull();
    expect(subRowLabel("Pre-tax profit")).toBeNull();
    expect(subRowLabel("of which: Italy")).toBe("Italy");
    expect(subRowLabel("- Online")).toBe("Online");
    const lines = table("| | 2026 | 2025 |", "| Income tax (€m) | 40 | 38 |");
    expect(tableSentences(lines)).toEqual(["Income tax was €40 million in 2026."]);
  });

  it("a named part in a table of names is a row of its own; an unnamed one gives nothing", () => {
    const lines = table("| Club | Points |", "| Northby United | 30 |", "| of which Northby Reserves | 12 |", "| - home games | 20 |");
    expect(tableSentences(lines)).toEqual(["Northby United had 30 points.", "Northby Reserves had 12 points."]);
  });

  it("review 34b #5: a capitalised label that is no name ('- Online', 'of which Women') gives nothing; a place or a many-word name still is a row", () => {
    const lines = table("| Region | Stores | Staff |", "| Germany | 40 | 900 |", "| - Online | 0 | 120 |", "| of which Women | 0 | 400 |", "| of which Bavaria | 12 | 300 |", "| - North Rhine-Westphalia | 10 | 200 |");
    expect(tableSentences(lines)).toEqual(["Germany had 40 stores.", "Germany had 900 staff.", "Bavaria had 12 stores.", "Bavaria had 300 staff.", "North Rhine-Westphalia had 10 stores.", "North Rhine-Westphalia had 200 staff."]);
  });
});

describe("a footnote mark and a year-range heading", () => {
  it("a footnote mark is cut from the row's name, a unit in brackets is not", () => {
    expect(withoutFootnote("Net profit¹")).toBe("Net profit");
    expect(withoutFootnote("Total*")).toBe("Total");
    expect(withoutFootnote("Revenue (a)")).toBe("Revenue");
    expect(withoutFootnote("Revenue (€m)")).toBe("Revenue (€m)");
    expect(withoutFootnote("Other [2]")).toBe("Other");
    const lines = table("| | 2026 | 2025 |", "| Net profit (€m)¹ | 12 | 10 |", "| Other* | 3 | 2 |", "| Total* | 15 | 12 |");
    expect(tableSentences(lines)).toEqual(["Net profit was €12 million in 2026."]);
  });

  it("a heading that is a year range ('2025-26', '2024–2025') is a period, like '2025/26'", () => {
    const lines = table("| In NZD million | 2025-26 | 2024-25 | Change |", "| Operating profit | 12.5 | 10.0 | +25% |");
    expect(tableSentences(lines)).toEqual(["Operating profit was NZD 12.5 million in 2025-26.", "Operating profit rose by 25% between 2024-25 and 2025-26."]);
    const full = table("| In NZD million | 2024–2025 | 2023–2024 |", "| Net debt | 80 | 90 |");
    expect(tableSentences(full)).toEqual(["Net debt was NZD 80 million in 2024–2025."]);
  });

  it("review 34b #1: a range of several years ('2026-2030', '2025-30', '1991-2020') is no period and never the latest", () => {
    const change = table("| | 2024 | 2025 | Change | 2026-2030 |", "| Investment (€m) | 100 | 110 | +10% | 700 |");
    expect(tableSentences(change)).toEqual(["Investment was €110 million in 2025.", "Investment rose by 10% between 2024 and 2025."]);
    expect(tableSentences(table("| | 2025 | 2025-30 |", "| Investment (€m) | 100 | 700 |"))).toEqual(["Investment was €100 million in 2025."]);
    expect(tableSentences(table("| | 2025-30 | 2025 |", "| Investment (€m) | 700 | 100 |"))).toEqual(["Investment was €100 million in 2025."]);
    expect(tableSentences(table("| | 1991-2020 | 2025 | Change |", "| Rainfall (mm) | 800 | 600 | -25% |")).join(" ")).not.toMatch(/1991|fell/);
  });

  it("near miss: a fiscal year or season across a century ('1999/00') is still one period", () => {
    expect(tableSentences(table("| | 1998/99 | 1999/00 |", "| Revenue (€m) | 100 | 110 |"))).toEqual(["Revenue was €110 million in 1999/00."]);
  });

  it("near miss: a range of numbers that are no years is no period", () => {
    const lines = table("| Age group | 10-12 | 13-15 |", "| Girls | 40 | 35 |");
    expect(tableSentences(lines).join(" ")).not.toMatch(/ in 10-12/);
  });
});

// Build-set tables read row by row (scripts/audit of table-made sentences): a unit column said as a count ("Cocoa
// butter had 31,500 tonnes"), a bare scale or a coin's subunit read as a volume ("earnings per share by volume"), a
// "(loss)" note kept in the name, a participle's plural ("premiums written was"), a bowler's conceded runs said as his.
describe("units, notes and a scorecard's rows", () => {
  it("a unit of measure as a column heading is no count a row has; a plural noun still is", () => {
    const lines = table("| Product | Tonnes | Shops |", "| Rye flour | 12,400 | 31 |");
    expect(tableSentences(lines)).toEqual(["Rye flour had 31 shops."]);
  });

  it("a bare scale is said singular, and neither it nor a coin's subunit makes a change 'by volume'; tonnes still do", () => {
    const lines = table("| | Q3 2026 | Q3 2025 | Change |", "| Visitors (thousands) | 412 | 380 | +8% |", "| Dividend per share (cents) | 12 | 10 | +20% |", "| Grain shipped (tonnes) | 900 | 800 | +13% |", "| Flour (tonnes) | 500 | 400 | +25% |");
    expect(tableSentences(lines)).toEqual([
      "Visitors were 412 thousand in Q3 2026.",
      "Visitors rose by 8% between Q3 2025 and Q3 2026.",
      "Dividend per share was 12 cents in Q3 2026.",
      "Dividend per share rose by 20% between Q3 2025 and Q3 2026.",
      "Flour was 500 tonnes in Q3 2026.",
      "Flour by volume rose by 25% between Q3 2025 and Q3 2026.",
    ]);
  });

  it("'(loss)' after a result is a note, and a plural before a participle takes 'were'", () => {
    const lines = table("| | Q3 2026 | Q3 2025 |", "| Net income (loss) | $12.0m | ($3.1m) |", "| Gross premiums written | $90.0m | $80.0m |", "| Net premiums earned | $70.0m | $60.0m |");
    expect(tableSentences(lines)).toEqual(["Net income was $12.0m in Q3 2026.", "Gross premiums written were $90.0m in Q3 2026."]);
  });

  it("a scorecard: a caption names no competition, a captain's mark and the extras go, a bowler keeps only his wickets", () => {
    const batting = table("| Kestrel batting | Runs |", "| Arun Pillay (capt.) | 88 |", "| Extras | 9 |");
    expect(tableSentences(batting, "Scorecard (summary)")).toEqual(["Arun Pillay had 88 runs."]);
    const bowling = table("| Kestrel bowling | Overs | Runs | Wickets |", "| Dev Raman | 10 | 41 | 3 |");
    expect(tableSentences(bowling)).toEqual(["Dev Raman had 3 wickets."]);
    // Near miss: a batting table keeps its runs; a named competition still places its standings.
    expect(tableSentences(table("| Team | Points |", "| Kestrel | 40 |"), "Coastal League standings")).toEqual(["Kestrel had 40 points in the Coastal League standings."]);
  });
});
