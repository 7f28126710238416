import { describe, expect, it } from "vitest";
import { placeSubject } from "@/lib/generate/place-subject";

// A name read before "the museum" or "the bank" keeps its "of the" words ("the Museum of the Moving Image"), or none is
// written when the name may go on: a name clipped before "of the ..." is another body (strict read AS0, finding 1).
const ctx = (before: string[]) => ({ title: "Report", source: "Daily Wire", company: null, before });

describe("a name with 'of the' in it, written in for 'the museum', 'the bank'", () => {
  it("keeps the 'of the' words of the name the sentence before gives", () => {
    const museum = placeSubject("The museum will cost about $40 million.", ctx(["Plans were shown for the National Museum of the Moving Image in Queens."]));
    expect(museum?.text).toContain("National Museum of the Moving Image");
    const bank = placeSubject("The bank lent $2 billion in 2025.", ctx(["Seven countries founded the Development Bank of the South in 2009."]));
    expect(bank?.text).toContain("Development Bank of the South");
  });

  it("still writes a name with no 'of' ('the Extremely Large Telescope') and one with a plain 'of' phrase", () => {
    expect(placeSubject("The telescope will cost about €1.45 billion.", ctx(["ESO is building the Extremely Large Telescope (ELT) in Chile."]))?.text).toContain("Extremely Large Telescope will cost");
    expect(placeSubject("The bank lent $2 billion in 2025.", ctx(["Seven countries founded the Development Bank of Latin America in 1970."]))?.text).toContain("Development Bank of Latin America");
  });

  it("writes no name clipped before its 'of the' words", () => {
    const placed = placeSubject("The bank lent $2 billion in 2025.", ctx(["Seven countries founded the Development Bank of the South Atlantic Coastal Region Partners Union in 2009."]));
    expect(placed?.text ?? "").not.toMatch(/Development Bank(?! of the South Atlantic Coastal Region Partners Union)/);
  });
});

describe("the one body the sentence before names, with 'of the' in it", () => {
  it("'The agency' after 'the Agency of the Americas for ...' keeps the whole name", () => {
    const placed = placeSubject("The agency plans to add 240 new buses.", ctx(["Funding came from the Transport Agency of the Americas last year."]));
    expect(placed?.text ?? "").not.toMatch(/Transport Agency(?! of the Americas)/);
  });
});
