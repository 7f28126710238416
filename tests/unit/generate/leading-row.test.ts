import { describe, expect, it } from "vitest";
import { escapePattern } from "@/lib/generate/escape-pattern";
import { leadingRow, namedContender } from "@/lib/generate/worth-learning";

/** leadingRow as it searched the whole body per fact, before the numbered rows were found once (speed3). */
const searched = (side: string, body: string) => new RegExp(`^\\|\\s*[12]\\.?\\s*\\|\\s*(?:\\*\\*)?${escapePattern(side)}(?:\\*\\*)?\\s*\\|`, "mu").test(body);

// Invented tables, with the edges a row's start has: the body's first line, a row spread over two lines, CRLF, bold
// names, a numbered "1." and rows past the top two.
const BODIES = [
  "| 1 | Riverton | 16 |\n| 2 | Oakdale FC | 14 |\n| 3 | Marlow | 12 |",
  "Standings after round 8:\n\n| Pos | Club | Pts |\n|---|---|---|\n| 1. | **Oakdale FC** | 19 |\r\n| 2 | Tre Penne | 17 |",
  "|1\n|2| Riverton |\n| 3 | Marlow | 12 |",
  "Riverton lead the table. | 1 | Marlow | 9 |\u2028| 2 | Marlow (A) | 8 |",
  "No table here, though Riverton won 2-1.",
];
const SIDES = ["Riverton", "Oakdale FC", "Marlow", "Tre Penne", "Marlow (A)", "Tre"];

describe("leadingRow: a side first or second in a table of the body", () => {
  // Regression (speed3): the rows are found once per article and each side remembered; the answers must stay the search's.
  it("answers as the search of the whole body did, for every side, asked twice", () => {
    for (const [n, body] of BODIES.entries()) {
      const article = { title: `Table ${n}`, body };
      for (const side of [...SIDES, ...SIDES]) expect(leadingRow(side, article), `${side} in body ${n}`).toBe(searched(side, body));
    }
  });
  it("finds the leader and the side chasing it, not the third", () => {
    const article = { title: "League", body: BODIES[0] as string };
    expect([leadingRow("Riverton", article), leadingRow("Oakdale FC", article), leadingRow("Marlow", article)]).toEqual([true, true, false]);
  });
});

describe("namedContender: a side third or fourth in a table, named outside it", () => {
  /** Its row as it was searched in the whole body per side, before the numbered rows were found once (speed8). */
  const searchedRow = (side: string, body: string) => new RegExp(`^\\|\\s*[34]\\.?\\s*\\|\\s*(?:\\*\\*)?${escapePattern(side)}(?:\\*\\*)?\\s*\\|`, "mu").test(body);

  // Regression (speed8): a side whose row is third or fourth is a contender only when the report's sentences name it.
  it("answers as the search of the whole body did, for every side, asked twice", () => {
    const named = (side: string, body: string) => searchedRow(side, body) && new RegExp(`(?<![\\p{L}'’-])${escapePattern(side)}(?![\\p{L}'’-])`, "u").test(body.split("\n").filter((l) => !/^\s*\|/.test(l)).join("\n"));
    const bodies = [...BODIES, "Marlow drew again.\n\n| 3 | Marlow | 12 |\n| 4. | **Tre Penne** | 11 |\nTre Penne lost.", "Marlow won.\r\n|3|Marlow|9|\u2028| 4 | Riverton | 8 |"];
    for (const [n, body] of bodies.entries()) {
      const article = { title: `Table ${n}`, body };
      for (const side of [...SIDES, ...SIDES]) expect(namedContender(side, article), `${side} in body ${n}`).toBe(named(side, body));
    }
  });
  it("finds the third side the report names, not the one it does not", () => {
    const article = { title: "League", body: "Marlow won 2-0 to stay in touch.\n\n| 3 | Marlow | 12 |\n| 4 | Tre Penne | 11 |" };
    expect([namedContender("Marlow", article), namedContender("Tre Penne", article)]).toEqual([true, false]);
  });
});
