import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { extractFacts } from "@/lib/generate/extract-facts";
import { buildPool, layerPools, pickDistractors } from "@/lib/generate/pick-distractors";
import { garbledQuestion } from "@/lib/generate/garbled-question";
import { computedFromPrompt } from "@/lib/generate/gives-away";
import type { Fact } from "@/lib/generate/types";
import { pointsBack } from "@/lib/generate/points-back";
import { companyNamedIn } from "@/lib/generate/company-named-in";

// Strict reads Q0/Q1 (blind batches 2026-11q/r): items that left what they were about unresolved, or that the stem
// gave away. Sentences below are invented.
const at = new Date("2026-11-04T00:00:00Z");
const itemsOf = (body: string, title = "Lakeside ministers sign power and port deals", source = "Lakeside Courier") =>
  generateItems([{ slug: "a", title, source, publishedAt: at, body }]);

// Q1 #1: "_____ companies, the Libyan firm ... Co. and the Athens-based ... SA, signed ..." keyed "Two": the legal
// form's full stop hid the list from the rule that cuts it.
describe("a count whose listed members end in a legal form's full stop is asked without the list (strict read Q1 #1)", () => {
  it("cuts 'X Co. and Y SA' after the counted noun", () => {
    const prompts = itemsOf("Two firms, the Kenyan firm Savanna Power Co. and the Oslo-based Nordlys Energi AS, signed the survey contract on Monday. The survey will cost about €4.2 million.")
      .filter((it) => it.answer === "Two" && it.type !== "truefalse")
      .map((it) => it.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => p.includes("Nordlys"))).toEqual([]);
  }, 30_000);
});

// Q1 #2 ("The company was restructured in _____" in a ministry's statement) and M1 #30 ("The company owes _____" in a
// regulator's): a public body's "the company" is the firm the sentence before names, else no header can say which.
describe("a public body's 'the company' is the firm the sentence before names (strict reads Q1 #2, M1 #30)", () => {
  const regulator = "Lakeside Mining Authority (official statement)";
  const title = "Authority renews two seabed licences and refuses a third";

  it("writes in the one company the sentence before names", () => {
    const items = itemsOf("The application of Coral Deep Minerals Ltd. to renew licence L-3 is refused. The company owes NZ$1.1 million in unpaid fees.", title, regulator);
    const owes = items.filter((it) => it.answer === "NZ$1.1 million" && it.type !== "truefalse");
    expect(owes.length).toBeGreaterThan(0);
    for (const it of owes) expect(it.prompt).toMatch(/Coral Deep Minerals Ltd\. owe/);
    // "Vanta's managing director ..." names the firm by its manager.
    const restructured = itemsOf("Vanta's managing director, Ana Koroi, told the authority that the company would open a second plant in 2027. The company was restructured in 2023 and is 51% owned by the State.", title, regulator).filter((it) => it.answer === "2023" && it.type !== "truefalse");
    expect(restructured.length).toBeGreaterThan(0);
    for (const it of restructured) expect(it.prompt).toMatch(/Vanta was restructured|was Vanta restructured/);
  }, 30_000);

  it("asks nothing of 'the company' when the sentence before names none, or two", () => {
    const none = itemsOf("The authority met on Tuesday to review the licences. The company owes NZ$1.1 million in unpaid fees.", title, regulator);
    expect(none.filter((it) => it.answer === "NZ$1.1 million")).toEqual([]);
    const two = itemsOf("Licences held by Coral Deep Minerals Ltd. and Blue Reef Mining Ltd. were reviewed. The company owes NZ$1.1 million in unpaid fees.", title, regulator);
    expect(two.filter((it) => it.answer === "NZ$1.1 million")).toEqual([]);
  }, 30_000);

  it("leaves out the words that open the sentence before the company's name", () => {
    expect(companyNamedIn("On Monday Tidewell Payments, a mobile-money firm, said it would appeal.")).toBe("Tidewell Payments");
    expect(companyNamedIn("Yesterday Tidewell Payments's managing director resigned.")).toBe("Tidewell Payments");
    expect(companyNamedIn("Shareholders of Emberly Copper Mines, a mining company, rejected the offer.")).toBe("Emberly Copper Mines");
    expect(companyNamedIn("The Bank of Vardia, a lender, cut its rate.")).toBeNull();
    const items = itemsOf("On Monday Tidewell Payments, a mobile-money firm, lost its appeal. The company owes NZ$2.4 million in unpaid fees.", title, regulator);
    const owes = items.filter((i) => i.answer === "NZ$2.4 million" && i.type !== "truefalse");
    expect(owes.length).toBeGreaterThan(0);
    for (const it of owes) expect(it.prompt).toMatch(/(?<!Monday )Tidewell Payments owe/);
  }, 30_000);
});

// Once "The company" is named, "The company owes X and made no survey voyage" parses and is asked: do-support must turn
// both verbs of the coordinated predicate, or the question is garbled.
describe("a question whose do-support left a coordinated past verb is garbled", () => {
  it("'does X owe ... and made no ...' is garbled; a bare second verb or a noun after 'and' is not", () => {
    expect(garbledQuestion("How much does Coral Deep Minerals Ltd. owe in unpaid fees and made no survey voyage in 2025?")).toBe("second finite verb");
    expect(garbledQuestion("How much did the council spend on roads and paid the contractors in 2025?")).toBe("second finite verb");
    expect(garbledQuestion("How much did the council spend on roads and bridges in 2025?")).toBeNull();
    expect(garbledQuestion("How many homes does the plan aim to build and exceed the target by 2030?")).toBeNull();
  });
});

// Q1 #9 ("Haitian officials said that would cover _____ of the rice paddies") and Q1 #22 (T/F "Libyan crude oil
// accounts for about three quarters of it, while ..."): "that" as a subject and a share "of it" mid-sentence point
// back to the sentence before, which leads the item or no item is made.
describe("'said that would' and 'accounts for a share of it' point back (strict read Q1 #9, #22)", () => {
  it("are read as pointing back; a conjunction 'that' and a share of a named whole are not", () => {
    expect(pointsBack("Officials said that would cover about a third of the farms in the valley.")).toBe(true);
    expect(pointsBack("Coffee accounts for about three quarters of it, while the islands import mainly fuel.")).toBe(true);
    expect(pointsBack("Officials said that the plant would cover about a third of the farms.")).toBe(false);
    expect(pointsBack("Coffee accounts for about three quarters of exports, while the islands import mainly fuel.")).toBe(false);
    // (A figure named after a first clause is that clause's: Q1 core #31, a question kept.)
    expect(pointsBack("One in four residents is over 65, and the number over 80 is expected to double by 2040.")).toBe(false);
  });

  it("is never stated as true or false, and is blanked only after the sentence before", () => {
    const body = "Trade between the two islands reached €40 million last year, up from €12 million in 2021. Coffee accounts for about three quarters of it, while the smaller island sells mainly fish and timber.";
    const items = itemsOf(body, "Two island ministers sign coffee and fish deals");
    expect(items.filter((it) => it.type === "truefalse" && it.prompt.includes("of it"))).toEqual([]);
    for (const it of items.filter((i) => i.prompt.includes("three quarters of it") || i.answer === "about three quarters")) expect(it.prompt).toContain("Trade between the two islands reached");
  }, 30_000);
});

// Q1 #46 ("deepen its main berth from _____ to 14 metres" offered 20 metres) and #49 ("in the _____ half of next year"
// offered "third" and "fourth"): options the stem rules out.
describe("options stay on the side the stem allows (strict read Q1 #46, #49)", () => {
  const choicesFor = (body: string, answer: string) => itemsOf(body, "Port of Lakeside plans upgrade").filter((it) => it.type === "choice" && it.answer === answer);

  it("the old figure of a change 'from _____ to' lies on the side the verb left", () => {
    const deepen = choicesFor("The port authority wants to deepen its main berth from 11 metres to 14 metres so that larger ships can call. The work will cost about €40 million.", "11 metres");
    for (const it of deepen) for (const c of it.choices ?? []) expect(Number.parseFloat(c)).toBeLessThan(14);
    const cut = choicesFor("The harbour fee was reduced from US$45 per call to US$30 in March, the authority said. About 1,200 ships called in 2025.", "US$45");
    for (const it of cut) for (const c of it.choices ?? []) expect(Number.parseFloat(c.replace(/[^\d.]/g, ""))).toBeGreaterThan(30);
    expect(deepen.length + cut.length).toBeGreaterThan(0);
  }, 30_000);

  it("a half is only first or second, a quarter first to fourth", () => {
    const optionsFor = (body: string, answer: string) => {
      const facts = extractFacts({ slug: "a", title: "Lakeside and Marlow sign five accords", source: "Lakeside Courier", publishedAt: at, body });
      const fact = facts.find((f) => f.answer === answer && f.kind === "ordinal");
      expect(fact).toBeDefined();
      return fact ? pickDistractors(fact, layerPools(buildPool(facts)), fact.sentence, "k") : [];
    };
    expect(optionsFor("A joint commission will meet in Lakeside in the second half of next year.", "second")).toEqual(["first"]);
    for (const o of optionsFor("A joint commission will meet in Lakeside in the third quarter of next year.", "third")) expect(["first", "second", "fourth"]).toContain(o);
  });
});

// Q0 #31, Q1 core #19 ("followed 212 females over _____ winters, from 2017 to 2025"): the two years count the winters.
describe("a count of years that the stem's two years give is no choice (strict reads Q0 #31, Q1 core #19)", () => {
  it("withdraws the choice, keeps the cloze", () => {
    const items = itemsOf("The survey followed 140 tagged turtles over eight seasons, from 2017 to 2025, the researchers said.", "Lakeside turtle study").filter((it) => it.answer === "eight");
    expect(items.filter((it) => it.type === "choice")).toEqual([]);
    expect(computedFromPrompt("The survey followed 140 tagged turtles over _____ seasons, from 2017 to 2025.", { kind: "count", answer: "eight" } as Fact)).toBe(true);
    expect(computedFromPrompt("The survey followed 140 tagged turtles over _____ seasons, from 2017 to 2025.", { kind: "count", answer: "five" } as Fact)).toBe(false);
  }, 30_000);
});
