import { describe, expect, it } from "vitest";
import { titleOpeningModifies } from "@/lib/generate/extract-facts";
import { findNameChunks } from "@/lib/generate/find-name-chunks";

const persons = (s: string) => findNameChunks(s).filter((c) => c.kind === "person").map((c) => c.name);

// Review 32 finding 7: the firm doers were read as a word's ending, so "lawmaker", "playmaker" and "examiner" (through
// "miner") counted as a firm's trade, and any -er role before "of" and a plural as one, and people lost their cue.
describe("a firm's doer is a whole word (review 32 finding 7)", () => {
  it("keeps people whose role only ends like a firm's doer", () => {
    expect(persons("Sione Vakalahi, a Samoan lawmaker, voted against the bill.")).toContain("Sione Vakalahi");
    expect(persons("Teiva Montevel, a Uruguayan playmaker, missed the final.")).toContain("Teiva Montevel");
    expect(persons("Kaivo Lindqvast, a trainer of racehorses, bought the colt.")).toContain("Kaivo Lindqvast");
    expect(persons("Vaiko Dovcan, a supporter of reforms, spoke first.")).toContain("Vaiko Dovcan");
  });
  it("still reads a firm by its trade (near miss)", () => {
    expect(persons("Varnholt Pharma, a Danish drugmaker, cut its forecast.")).toEqual([]);
    expect(persons("Orsk Marine, a heat-pump maker, cut its forecast.")).toEqual([]);
    expect(persons("Orsk Marine, a builder of tugboats, cut its forecast.")).toEqual([]);
    expect(persons("Orsk Marine, a ferry supplier, cut its forecast.")).toEqual([]);
  });
  it("takes a title's opening as a place before a firm's doer, not before an -er word that only ends like one", () => {
    expect(titleOpeningModifies("Tolsby papermaker posts record third quarter", "Tolsby")).toBe(true);
    expect(titleOpeningModifies("Kiruna miner cuts output", "Kiruna")).toBe(true);
    expect(titleOpeningModifies("Kiruna examiner rejects appeal", "Kiruna")).toBe(false);
  });
});
