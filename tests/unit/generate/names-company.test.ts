import { describe, expect, it } from "vitest";
import { namesCompany } from "@/lib/generate/company-named-in";

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
});
