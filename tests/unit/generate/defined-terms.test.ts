import { describe, expect, it } from "vitest";
import { definedTerms } from "@/lib/generate/defined-terms";

describe("names a text defines by a term", () => {
  it("reads a term after an acronym or alone, with curly or straight quotes", () => {
    const terms = definedTerms(
      "The Harbour Utilities Board (HUB or “the Board”) ruled on the application by The Northgate Water Services Company Limited (NWS or \"the Company\"). The Ministry of Water and Sanitation (\"the Ministry\") agreed.",
    );
    expect(terms.get("board")).toBe("The Harbour Utilities Board");
    expect(terms.get("company")).toBe("The Northgate Water Services Company Limited");
    expect(terms.get("ministry")).toBe("The Ministry of Water and Sanitation");
  });

  it("means neither name when one term is defined for two", () => {
    const terms = definedTerms("Alpha Mining Limited (“the Company”) and Beta Metals Limited (“the Company”) merged. Gamma Fund (“the Fund”) paid.");
    expect(terms.has("company")).toBe(false);
    expect(terms.get("fund")).toBe("Gamma Fund");
  });

  it("ignores parentheses that define no term", () => {
    expect(definedTerms("Revenue rose (see the Table) at Alpha Mining Limited (AML).").size).toBe(0);
  });
});
