import { describe, expect, it } from "vitest";
import { completionStem } from "@/lib/generate/completion-stem";
import { splitSentences } from "@/lib/generate/split-sentences";

const texts = (body: string) => splitSentences(body).map((s) => s.text);

// Strict reads G0/G1 of blind batch 2026-11g: list items without a verb of their own were quizzed as statements
// ("A public report on ... after the first season, in November 2027.", "BDS$9.0 million in cost overruns on ...; and.").
describe("a list item with no clause of its own is no sentence", () => {
  it("a noun-phrase bullet that is the object of its lead-in ('This includes:') is said with it", () => {
    const body = [
      "The auditor disallowed NZ$9 million of spending. This includes:",
      "",
      "- NZ$2.2 million for a depot at Kingsford, which was finished six months late and which the auditor found was too small;",
      "- NZ$4.1 million in consultancy fees for the redesign of the Eastgate pumping station; and",
      "- NZ$2.7 million in legal costs that the utility did not show were needed.",
    ].join("\n");
    expect(texts(body)).toEqual([
      "The auditor disallowed NZ$9 million of spending.",
      "The auditor disallowed NZ$9 million of spending, including NZ$2.2 million for a depot at Kingsford, which was finished six months late and which the auditor found was too small.",
      "The auditor disallowed NZ$9 million of spending, including NZ$4.1 million in consultancy fees for the redesign of the Eastgate pumping station.",
      "The auditor disallowed NZ$9 million of spending, including NZ$2.7 million in legal costs that the utility did not show were needed.",
    ]);
  });

  it("a noun-phrase piece of a list sentence with no lead-in to say it with is dropped", () => {
    const body = ["- NZ$4.1 million in consultancy fees for the redesign of the Eastgate pumping station; and", "- NZ$2.7 million in legal costs."].join("\n");
    expect(texts(body)).toEqual(["NZ$2.7 million in legal costs."]);
  });

  it("a noun-phrase bullet under a caption stays (a key figure)", () => {
    const body = ["**The depot in figures**", "", "- NZ$48 million total investment, including NZ$31 million from the state"].join("\n");
    expect(texts(body)).toEqual(["NZ$48 million total investment, including NZ$31 million from the state."]);
  });

  it("a bullet that is a clause of its own stays, in the present, the future and the past", () => {
    const body = ["The agency reported three results, which are:", "", "- The former director, Mr Tom Hale, is barred for five years", "- The agency will open a second depot in 2028", "- Water losses fell by 18% in the first year"].join("\n");
    expect(texts(body)).toEqual(["The former director, Mr Tom Hale, is barred for five years.", "The agency will open a second depot in 2028.", "Water losses fell by 18% in the first year."]);
  });
});

describe("a completion stem is not cut before its main clause", () => {
  it("a participle clause ('Having reviewed ...,') is no stem on its own", () => {
    const stem = completionStem("Having reviewed the bids received over _____ in June, and the advice of its engineers, the council has chosen a Danish firm.");
    expect(stem).not.toBe("Having reviewed the bids received over _____ in June.");
  });
});

// Strict read H1 items 2 and 22: "- Fares stay the same: SCR 850 ..." became "The fares stay the same is SCR 850 ...".
describe("a list label that is a clause of its own", () => {
  it("is said as written, not made the subject of 'is'", () => {
    const body = ["What changes for passengers:", "", "- Fares stay the same: SCR 850 one way for visitors and SCR 250 for residents.", "- Crossing time: 65 minutes", "- Total paid to farmers: NZ$40 million"].join("\n");
    expect(texts(body)).toEqual(["Fares stay the same: SCR 850 one way for visitors and SCR 250 for residents.", "The crossing time is 65 minutes.", "The total paid to farmers is NZ$40 million."]);
  });
});
