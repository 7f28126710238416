import { describe, expect, it } from "vitest";
import { namesCompany } from "@/lib/generate/company-named-in";
import { givesAwayPart } from "@/lib/generate/gives-away";
import type { Fact } from "@/lib/generate/types";

describe("namesCompany", () => {
  it("by default reads off a legal form only and matches the name as written", () => {
    expect(namesCompany("Region Trafik will cut two routes", "Region Trafik AB")).toBe(true);
    expect(namesCompany("Air France said ...", "Air India")).toBe(false);
    expect(namesCompany("region trafik will cut two routes", "Region Trafik AB")).toBe(false);
    // A company word is no legal form: "Acme" may be another body of the group.
    expect(namesCompany("Acme will cut jobs", "Acme Group")).toBe(false);
    // A name with no legal form is tested whole.
    expect(namesCompany("Andes Air flies to Lima", "Andes Air")).toBe(true);
  });

  it("with an ending: the prompt's own company with a legal form or company word added", () => {
    expect(namesCompany("Selkämeri Lämpö has signed a deal with _____", "Selkämeri Lämpö Oy", { withEnding: true })).toBe(true);
    expect(namesCompany("Acme will cut jobs", "Acme Group", { withEnding: true })).toBe(true);
    expect(namesCompany("shares of ACME fell", "Acme Holdings", { withEnding: true })).toBe(true);
  });

  it("with an ending: no ending, a name of fewer than three letters, or another name is not the prompt's company", () => {
    expect(namesCompany("Andes Air flies to Lima", "Andes Air", { withEnding: true })).toBe(false);
    expect(namesCompany("BP raised its dividend", "BP plc", { withEnding: true })).toBe(false);
    expect(namesCompany("Air France said ...", "Air India Ltd", { withEnding: true })).toBe(false);
  });

  // Review of tidy97 (HIGH): three characters, not three letters, as gives-away counted before: "H&M", "A2A", "K+S".
  it("with an ending: a name of three characters, not three letters, is the prompt's company", () => {
    expect(namesCompany("Which retailer did H&M say it would buy in March?", "H&M Group", { withEnding: true })).toBe(true);
    expect(namesCompany("What did A2A say it would sell?", "A2A Group", { withEnding: true })).toBe(true);
    expect(namesCompany("What did K+S say it would mine?", "K+S Holdings", { withEnding: true })).toBe(true);
    // Still not: two characters, or the name only inside another word.
    expect(namesCompany("3M raised its dividend", "3M Company", { withEnding: true })).toBe(false);
    expect(namesCompany("H&Ms stores opened", "H&M Group", { withEnding: true })).toBe(false);
  });
});

describe("givesAwayPart: an organisation key whose name, its ending aside, the prompt writes", () => {
  const organisation = (answer: string): Fact => ({ kind: "organisation", answer, sentence: "", span: null }) as unknown as Fact;
  it("H&M, A2A and K+S give away H&M Group, A2A Group and K+S Holdings", () => {
    expect(givesAwayPart("Which retailer did H&M say it would buy in March?", organisation("H&M Group"))).toBe(true);
    expect(givesAwayPart("(“H&M to open 40 stores in Vietnam”) By which company will the new shops be run?", organisation("H&M Group"))).toBe(true);
    expect(givesAwayPart("Which utility did A2A say it would buy in March?", organisation("A2A Group"))).toBe(true);
    expect(givesAwayPart("Which miner did K+S say it would buy in March?", organisation("K+S Holdings"))).toBe(true);
  });
  it("another name, or a two-character one, gives nothing away", () => {
    expect(givesAwayPart("Which retailer did Zara say it would buy in March?", organisation("H&M Group"))).toBe(false);
    expect(givesAwayPart("Which firm did 3M say it would buy in March?", organisation("3M Company"))).toBe(false);
  });
});
