import { describe, expect, it } from "vitest";
import { escapeCsvField, toCsv, toCsvFileName } from "@/lib/classes/csv";

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(escapeCsvField("plain")).toBe("plain");
    expect(escapeCsvField("a, b")).toBe('"a, b"');
    expect(escapeCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvField("two\nlines")).toBe('"two\nlines"');
    expect(escapeCsvField(null)).toBe("");
    expect(escapeCsvField(42)).toBe("42");
    expect(escapeCsvField(-3)).toBe("-3");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(escapeCsvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(escapeCsvField("+1")).toBe("'+1");
    expect(escapeCsvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes a header and rows with CRLF line ends", () => {
    expect(toCsv(["name", "score"], [["Ann", 3], ["Bo, Jr", null]])).toBe('name,score\r\nAnn,3\r\n"Bo, Jr",\r\n');
  });

  it("makes file names safe for a Content-Disposition header", () => {
    expect(toCsvFileName('Year 9 "Economics"', "learners", "2026-11-22")).toBe("year-9-economics-learners-2026-11-22.csv");
    expect(toCsvFileName("日本")).toBe("export.csv");
  });
});
