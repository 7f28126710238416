import { describe, expect, it } from "vitest";
import { datelineLength, stripDateline } from "@/lib/generate/datelines";

// One reader of where an opening dateline ends (datelines.ts): extract-facts took the larger of stripDateline's and
// MIXED_CASE_DATELINE's, and stripDateline left a mixed-case dateline in place.
describe("the dateline opening a sentence", () => {
  it("is read in capitals, before a colon or a dash", () => {
    expect(stripDateline("HANOI: The ministry said.")).toBe("The ministry said.");
    expect(stripDateline("PERTH — The port reopened.")).toBe("The port reopened.");
    expect(stripDateline("GEORGETOWN, Guyana, Nov. 17 (CNA) — The port reopened.")).toBe("The port reopened.");
  });
  it("is read in mixed case too, with a day and month before the dash", () => {
    expect(stripDateline("Avarua, Rarotonga, 16 November 2026 – The Authority said.")).toBe("The Authority said.");
    expect(datelineLength("Honiara, Nov. 18 (SIBC) — The ministry said.")).toBe("Honiara, Nov. 18 (SIBC) — ".length);
  });
  it("is not a sentence's own opening set off by dashes, nor a place with no date", () => {
    for (const s of ["Ostra, the port town – once a whaling base – now ships grain.", "Avarua, Rarotonga, the Penrhyn basin – all three lie in the zone.", "The Authority said."]) {
      expect(datelineLength(s), s).toBe(0);
      expect(stripDateline(s)).toBe(s);
    }
  });
});
