import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
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

// "and the" starts a second body: "the Bank of England and the Treasury" is two, never one name written for "The bank"
// (review of lane wrong77, finding 1). "the" joins a name only after "of" or "for".
describe("a name followed by 'and the <Name>'", () => {
  const article = (body: string) => ({ slug: "a", title: "Plan agreed", source: "Daily Wire", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });

  it("writes the first body's name alone, never the two joined", () => {
    const bank = generateArticleItems(article("The Bank of England and the Treasury agreed a plan on Tuesday. The bank said it would buy 30% of the bonds."));
    const bonds = bank.filter((i) => i.answer === "30%");
    expect(bonds.length).toBeGreaterThan(0);
    for (const i of bonds) expect(i.prompt).toMatch(/The Bank of England said it would buy/);
    const ministry = generateArticleItems(article("The Ministry of Health and the Treasury said on Tuesday that the scheme would cost 4 billion yen. The ministry said it would pay 60% of the cost by 2030."));
    for (const i of ministry.filter((x) => x.answer === "60%")) expect(i.prompt).not.toMatch(/and the Treasury said it would pay/);
    for (const i of [...bank, ...ministry]) expect(i.prompt).not.toMatch(/and the Treasury said it would (?:buy|pay)/);
  });

  it("still keeps 'of the' names and an 'and' between names ('Trinidad and Tobago')", () => {
    expect(placeSubject("The museum will cost about $40 million.", ctx(["The Museum of the Moving Image in Queens showed its plans."]))?.text).toContain("Museum of the Moving Image will cost");
    expect(placeSubject("The university will cost about $40 million.", ctx(["The University of the Andes in Bogotá showed its plans."]))?.text).toContain("University of the Andes will cost");
    expect(placeSubject("The bank lent $2 billion in 2025.", ctx(["Seven countries founded the Development Bank of the South in 2009."]))?.text).toContain("Development Bank of the South lent");
    expect(placeSubject("The bank lent $2 billion in 2025.", ctx(["Funding came from the Development Bank of Trinidad and Tobago in 2009."]))?.text).toContain("Development Bank of Trinidad and Tobago lent");
  });
});
