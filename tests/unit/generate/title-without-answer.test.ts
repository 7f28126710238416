import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Strict reads E0 #19, M1 #34, Q0 #41, S0 #24: a title that held the answer was dropped whole, and the publisher left
// alone did not say whose debt, budget, result or exports the sentence was about. The title is shown with the answer
// cut out instead. Every sentence here is invented for the test.
const article = (title: string, body: string) => ({ slug: "t", title, source: "Harbour Business Daily", publishedAt: new Date(Date.UTC(2026, 10, 12)), body });

describe("a title that holds the answer is shown with the answer cut out", () => {
  const body = "Portmarsh Canning Ltd. reported a net profit of €3.1 million for the nine months to September. Export sales jumped 45% in the period, helped by new orders from Spain and Italy.";
  const all = generateArticleItems(article("Fish canner lifts profit as export sales jump 45%", body)).filter((i) => i.answer === "45%" && i.type !== "truefalse");

  it("keeps the rest of the title, never the answer", () => {
    expect(all.length).toBeGreaterThan(0);
    for (const i of all) {
      expect(i.prompt).toContain("“Fish canner lifts profit as export sales jump …”");
      expect(i.prompt).not.toContain("45");
    }
  });

  it("leaves a title that does not hold the answer whole", () => {
    const profit = generateArticleItems(article("Fish canner lifts profit as export sales jump 45%", body)).filter((i) => i.answer === "€3.1 million");
    expect(profit.length).toBeGreaterThan(0);
    for (const i of profit) expect(i.prompt).toContain("“Fish canner lifts profit as export sales jump 45%”");
  });

  it("does not cut a word joined by a hyphen ('Ten-man')", () => {
    const match = "Harbour Rovers beat Quay Athletic 2-1 on Saturday. The result ends Quay Athletic's run of ten league games without defeat and leaves Rovers top.";
    const ten = generateArticleItems(article("Ten-man Rovers hold off Quay Athletic", match)).filter((i) => i.answer === "ten");
    for (const i of ten) expect(i.prompt).not.toMatch(/…-man/);
  });
});

// Lane ctx9 (strict read W1 #19): a title whose figure works the answer out ("jumps 31%" over "rise from 314
// million") was dropped whole, and the publisher alone left whose profit unplaced. It is shown with its figures cut.
describe("a title whose figure gives the answer away is shown with its figures cut out", () => {
  const body = "Norlake Pawn Finance, a gold loan company based in Vessa, said on Tuesday that net profit for the second quarter rose to 412 million crowns from 314 million crowns a year earlier.";
  const title = "Vessa gold lender's quarterly profit jumps 31% as prices swell loan book";

  it("keeps the rest of the title rather than the publisher alone", () => {
    const profit = generateArticleItems(article(title, body)).filter((i) => i.answer === "412 million" && i.type === "choice");
    expect(profit.length).toBeGreaterThan(0);
    for (const i of profit) {
      expect(i.prompt).toContain("“Vessa gold lender's quarterly profit jumps … as prices swell loan book”");
      expect(i.prompt).not.toContain("31%");
    }
  });
});
